"""Named tuning constants: every window, look-back and threshold in one place.

Each constant says what it changes; each has a test that shows the
behaviour on both sides of it. Modules import them from here rather than
writing the number inline.
"""

from __future__ import annotations

# --- attribution ------------------------------------------------------------

# --- figures and dates --------------------------------------------------------

# --- article date (extract/pubdate.py) -------------------------------------------

#: A dateline or a bare timestamp line is looked for only in the article's first
#: this many non-blank lines (wire datelines open the story; page stamps sit
#: under the headline).
PUBDATE_HEAD_LINES = 8
#: A year-less date ("Saturday, August 12") takes the year of the latest full
#: date in the text that puts it no later than this many days after that date;
#: later than that it is read as the year before (with "Oct. 5, 2023" in the
#: text, "November 20" is 2022-11-20, not a day still to come).
PUBDATE_YEARLESS_AHEAD_DAYS = 14
#: Weekdays named on their own ("said on Sunday") move an inferred date forward
#: to the next such day at most this many days after the latest full date.
PUBDATE_WEEKDAY_REACH_DAYS = 6
#: A year-less dateline ("SEOUL, Jan 3 (Yonhap)") that falls before the latest
#: full date of the text is read in the next year only when that puts it at
#: most this many days after that date; further than that the year is unknown.
PUBDATE_DATELINE_NEXT_YEAR_DAYS = 183

# --- comparator ----------------------------------------------------------------

# --- review and the desk ---------------------------------------------------------
