"""Months, weekdays and seasons: the one place for calendar words.

Used by the date extractor, the article-date inference (pubdate), the figure
extractor (a number after a month is a day, not a count), the names
extractor (a month is no name) and the event reader.
"""

from __future__ import annotations

#: month name or abbreviation (lower case) -> month number
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: weekday name (lower case) -> Monday=0 ... Sunday=6
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
#: Seasons (northern hemisphere): name -> (first month, last month).
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
}
