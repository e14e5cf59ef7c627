"""Article date inference: when an article has no `` date`` line, find its date in the text.

Pure and linear: :func:`infer_date` takes the article text (exactly as
``Path.read_text`` returns it) and where its body starts, and returns an
:class:`Inferred` (ISO date, how it was known, the exact evidence span and the
rule) or None. A wrong date is worse than none (running counts are compared
across days), so every rule gives up rather than guess.

In order of trust:

``dateline`` (rules ``date.article-dateline``, ``date.article-dateline-year``)
    A wire dateline opening one of the first lines: "HARBIN, Feb 3 (Xinhua) --",
    "Lisbon, 14 March (Lusa) -", "ODESA, May 2 /Ukrinform/ -", "QUITO, Ecuador,
    Nov. 5, 2021 (AP) —". It needs an agency marker, or a dash after an
    upper-case place. Without a year the year comes from the text: the latest
    full date (the dateline read in the next year when it would fall before that
    date), else the latest bare year, and then only when the opening paragraph
    names the dateline's own weekday, since bare years are often history
    ("the 2011 floods"); with a full date's year the opening paragraph must
    name the dateline's weekday or the day before (a story filed the morning
    after), which also rules out a year taken from a historical full date.
``published`` (rules ``date.published-line``, ``date.stamp-line``)
    A page stamp: a line opening with Published/Updated/Posted and a full date
    ("Published On 4 Feb 2022", "Updated: March 14, 2021 6:10 PM"), preferring
    Published/Posted over Updated; or, among the first lines, a line that is
    only a date and a time ("Mar 14, 2021 | 6:10 PM", "2021-03-14",
    "18:40 14.03.2021").
``inferred`` (rules ``date.latest-mention``, ``date.latest-mention-weekday``)
    The latest full date the text mentions (day, month and year, or day and
    month in the year of the latest full date, at most a fortnight after it),
    leaving out dates in quotes, in future clauses ("will", "scheduled",
    "until ..."), dates naming an event or a starting point ("the March 3
    floods", "since March 3") and dates whose written weekday does not fit.
    It must be backed: by its weekday written with it ("Tuesday, March 9"), by
    the same weekday named on its own ("said Tuesday"), or by being in a photo
    caption or an embedded post (not a file photo); history is rarely any of
    these. No bare year later than it may appear. Then the first weekday named
    on its own ("said on Sunday"), when it is not the date's own, moves it to
    that day of the week after ("Friday, May 7" and "on Sunday": May 9).
``inferred`` (rule ``date.anniversary``)
    An anniversary written against a full date: "marked two years since the
    May 7, 2021 blast" (2023-05-07), "the first anniversary of the March 3,
    2021 floods", "six months since ..."; not when hedged ("more than two
    years since") nor "N years after" (narration). Used when it is later than
    the latest full date (or there is none).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from .. import tuning
from ..rules import register

from .dates import FUTURE_MARKERS
# The calendar words have one home (lexicon/calendar.py).
from ..lexicon.calendar import MONTHS, WEEKDAYS

RULE_DATELINE = register(
    "date.article-dateline", "date", "A wire dateline with its date opens the article",
    "QUITO, Ecuador, Nov. 5, 2021 (AP) —")
RULE_DATELINE_YEAR = register(
    "date.article-dateline-year", "date",
    "A wire dateline without a year; the year comes from the text's full dates or years",
    "HARBIN, Feb 3 (Xinhua) --")
RULE_PUBLISHED = register(
    "date.published-line", "date", "A Published/Updated/Posted line with a full date",
    "Published On 4 Feb 2022")
RULE_STAMP = register(
    "date.stamp-line", "date", "A line near the top that is only a date and a time",
    "Mar 14, 2021 | 6:10 PM")
RULE_LATEST = register(
    "date.latest-mention", "date", "The latest full date the text mentions, backed by a weekday or a nearby date",
    "... the storm that struck on Tuesday, March 9, 2021 ...")
RULE_LATEST_WEEKDAY = register(
    "date.latest-mention-weekday", "date",
    "The latest full date moved to the weekday named after it ('Friday, May 7' and 'on Sunday': May 9)",
    "Friday, May 7, 2021 ... officials said on Sunday")
RULE_ANNIVERSARY = register(
    "date.anniversary", "date",
    "An anniversary of a full date: 'marked two years since the May 7, 2021 blast' is 2023-05-07",
    "Friday marked two years since the May 7, 2021 blast")


class Inferred(NamedTuple):
    """An article date found in the text: ``text[start:end]`` is the evidence."""

    date: str  # ISO YYYY-MM-DD
    source: str  # "dateline" | "published" | "inferred"
    start: int
    end: int
    rule: str


# ---------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------

_MONTH = "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")(?![A-Za-z])\.?"
_WD = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
#: a year, also one glued to the time after it as some pages print it ("Sep 26, 202309:26")
_YEAR = r"(?:19|20)\d\d(?:(?!\d)|(?=[0-2]\d:[0-5]\d(?!\d)))"
_ORD = r"(?:st|nd|rd|th)?"
_DAY = r"[0-3]?\d" + _ORD + r"(?![\d:])"
#: One calendar date; the weekday in front, when there is one, is kept in ``wd``.
_DATE_SRC = (
    r"(?<![\w.])(?:(?P<wd>" + _WD + r"),?[ \t]+(?:the[ \t]+)?)?(?:"
    r"(?P<m1>" + _MONTH + r")[ \t]+(?P<d1>" + _DAY + r")(?:,?[ \t]+(?P<y1>" + _YEAR + r"))?"
    r"|(?P<d2>" + _DAY + r")[ \t]+(?:of[ \t]+)?(?P<m2>" + _MONTH + r")(?:,?[ \t]+(?P<y2>" + _YEAR + r"))?"
    r"|(?P<y3>" + _YEAR + r")(?P<s3>[-./])(?P<m3>[01]?\d)(?P=s3)(?P<d3>[0-3]?\d)(?![\d])"
    r"|(?P<a4>[0-3]?\d)(?P<s4>[./])(?P<b4>[0-3]?\d)(?P=s4)(?P<y4>(?:19|20)?\d\d)(?![\d]|[./]\d)"
    r")"
)
_DATE = re.compile(_DATE_SRC)
_TIME = (
    r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]*\(?(?:[A-Z]{2,5}|GMT|UTC|Z)(?:[+-]\d{1,2}(?::?\d\d)?)?\)?(?![A-Za-z])|[+-]\d\d:?\d\d)?"
)
_SEP = r"(?:T|[ \t]*[,|·•/\-–—]?[ \t]*(?:at[ \t]+)?)"
#: A line that is only a date and a time: "Mar 14, 2021 | 6:10 PM", "18:40 14.03.2021",
#: "2021-03-14T18:40:00Z" (what may follow is checked by :func:`_rest_is_stamp`).
_STAMP = re.compile(
    r"[ \t]*(?:" + _TIME + r"[ \t]*[,|·•]?[ \t]*)?(?:" + _DATE_SRC + r")(?:" + _SEP + _TIME + r")?")
#: "Published On 4 Feb 2022", "Updated: March 14, 2021 6:10 PM", "Posted 6:10 PM EST, Sun March 14, 2021".
_KEYWORD = re.compile(
    r"^[ \t]*(?P<kw>(?i:(?:first[ \t]+|last[ \t]+)?(?:published|updated|posted|modified)))"
    r"(?:[ \t]+(?i:on|at))?[ \t]*[:\-–—]?[ \t]*(?:" + _TIME + r"[ \t]*,?[ \t]*)?(?:" + _DATE_SRC + r")"
    r"(?:" + _SEP + _TIME + r")?", re.M)
_AGENCY = r"(?:\([^\W\d_][^()\n]{0,40}\)|/[^\W\d_][^/\n]{0,40}/)"
_PLACE_WORD = r"[^\W\d_][\w'’.&-]*"
_PLACE = _PLACE_WORD + r"(?:[ \t]+" + _PLACE_WORD + r"){0,3}(?:[ \t]*\[[^\]\n]{1,30}\])?"  # "New Delhi [India]"
#: "HARBIN, Feb 3 (Xinhua) --", "ODESA, May 2 /Ukrinform/ -", "Feb 3 (Xinhua) -".
_DATELINE = re.compile(
    r"[ \t]*(?:(?P<place>" + _PLACE + r"(?:,[ \t]*" + _PLACE + r"){0,2})[ \t]*[,.][ \t]*)?"
    r"(?P<date>" + _DATE_SRC + r")\.?[ \t]*(?P<ag>" + _AGENCY + r")?\.?[ \t]*(?P<dash>--|\.-|[-–—:])?"
)
_WEEKDAY_WORD = re.compile(
    r"(?<![\w])(?:(?P<pre>last|next|this|coming|past)[ \t]+)?(?P<w>" + "|".join(w.capitalize() for w in WEEKDAYS)
    + r")(?![\w])", re.I)
_BARE_YEAR = re.compile(r"(?<![\w$€£.,/-])(?P<y>" + _YEAR + r")(?![\w%/-]|[.,]\d)")
_FUTURE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(m) for m in FUTURE_MARKERS) + r"|until|till|by|before|through)(?![\w])", re.I)
_CLAUSE_END = re.compile(r"[.;!?\n]")
#: Where a clause starts, looking back from a date: punctuation or a conjunction.
_CLAUSE_CUT = re.compile(r"[,;:()\u2013\u2014\"“”.!?\n]|\b(?:and|that|which|but|while|although)\b")
#: Words a date may be preceded by that make it the name of an event or a
#: starting point, not the day being reported ("the March 3 floods", "since March 3").
_NAMING = re.compile(r"(?:\bthe|\bsince|’s|'s)[ \t]+\Z", re.I)
_COUNT_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {"a": 1}
_ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
#: "marked two years since", "six months since", "the first anniversary of"; a
#: hedge before it ("more than two years since") makes it no anniversary, and
#: "N years after" is narration ("three years after the 2011 quake, the plant closed").
_ANNIVERSARY = re.compile(
    r"(?<![\w])(?:(?P<hedge>(?i:more[ \t]+than|over|nearly|almost|about|some|around|less[ \t]+than))[ \t]+)?"
    r"(?:(?P<n>(?i:" + "|".join(_COUNT_WORDS) + r")|\d{1,2})[ \t]+(?P<unit>(?i:years?|months?))[ \t]+(?i:since)"
    r"|(?i:the[ \t]+)?(?P<ord>(?i:" + "|".join(_ORDINALS) + r")|\d{1,2}(?:st|nd|rd|th))[ \t]+(?i:anniversary)[ \t]+(?i:of))"
    r"[ \t]+(?:(?i:the)[ \t]+)?")
_LEAD_ONLY = re.compile(r"[ \t,]*(?:(?:on|in|at|as[ \t]+of|from|by|early|late)[ \t,]+)*\Z", re.I)


# ---------------------------------------------------------------------------
# Reading one date match
# ---------------------------------------------------------------------------


def _month(name: str) -> int:
    return MONTHS.get(name.rstrip(".").lower(), 0)


def _weekday(word: str | None) -> int | None:
    """Index of a weekday given in full or abbreviated ("Sun", "Thurs."), else None."""
    if not word:
        return None
    w = word.rstrip(".").lower()
    if len(w) < 3:
        return None
    for name, i in WEEKDAYS.items():
        if name.startswith(w):
            return i
    return None


def _numeric(a: int, b: int, sep: str) -> tuple[int, int] | None:
    """(month, day) of a numeric date; "." is day-first unless the second part
    cannot be a month; "/" only when one part cannot be a month."""
    if b > 12 >= a:
        return a, b
    if a > 12 >= b or (sep == "." and a <= 12 and b <= 12):
        return b, a
    return None


def _parts(m: re.Match) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a ``_DATE`` match, or None when it is no date."""
    g = m.group
    if g("m1"):
        y, mo, d = g("y1"), _month(g("m1")), g("d1")
    elif g("m2"):
        y, mo, d = g("y2"), _month(g("m2")), g("d2")
    elif g("y3"):
        y, mo, d = g("y3"), int(g("m3")), g("d3")
    else:
        md = _numeric(int(g("a4")), int(g("b4")), g("s4"))
        if md is None:
            return None
        y = g("y4") if len(g("y4")) == 4 else "20" + g("y4")
        mo, d = md
    if isinstance(d, str):
        d = int(re.match(r"\d+", d).group())
    year = int(y) if y else None
    if not 1 <= mo <= 12 or not _valid(year or 2000, mo, d):
        return None
    return year, mo, d


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return True


def _date_start(m: re.Match) -> int:
    """Where the date proper starts: a word before it that is no weekday is left out."""
    if m.group("wd") and _weekday(m.group("wd")) is None:
        return m.end("wd") + len(re.match(r"\.?,?[ \t]+(?:the[ \t]+)?", m.string[m.end("wd"):]).group())
    return m.start()


def _full(m: re.Match) -> dt.date | None:
    """The date of a match carrying a year whose weekday, when written, fits."""
    p = _parts(m)
    if p is None or p[0] is None:
        return None
    d = dt.date(*p)
    wd = _weekday(m.group("wd"))
    if wd is not None and wd != d.weekday():
        return None
    return d


# ---------------------------------------------------------------------------
# Head lines: datelines and page stamps
# ---------------------------------------------------------------------------


def _head_lines(text: str, body: int) -> list[int]:
    """Start offsets of the first non-blank lines from ``body`` on."""
    out: list[int] = []
    pos, n = body, len(text)
    while pos < n and len(out) < tuning.PUBDATE_HEAD_LINES:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if not text[pos:end].isspace() and pos < end:
            out.append(pos)
        pos = end + 1
    return out


def _published(text: str, body: int) -> Inferred | None:
    """A Published/Posted (else Updated) line, else a bare stamp line near the top."""
    best = None
    for m in _KEYWORD.finditer(text, body):
        d = _full(m)
        if d is None or not _rest_is_stamp(text, m.end()):
            continue
        first = not m.group("kw").lower().endswith(("updated", "modified"))
        hit = Inferred(d.isoformat(), "published", m.start("kw"), m.end(), RULE_PUBLISHED)
        if first:
            return hit
        best = best or hit
    if best:
        return best
    for ls in _head_lines(text, body):
        m = _STAMP.match(text, ls)
        d = _full(m) if m and _rest_is_stamp(text, m.end(), after_date=False) else None
        if d is not None:
            line = text[ls:m.end()]
            s = ls + len(line) - len(line.lstrip())
            return Inferred(d.isoformat(), "published", s, ls + len(line.rstrip()), RULE_STAMP)
    return None


def _rest_is_stamp(text: str, pos: int, after_date: bool = True) -> bool:
    """What follows a stamp's date and time is nothing, a separator, an
    "Updated ..." note or (after a keyword line's date) another date."""
    nl = text.find("\n", pos)
    rest = text[pos: nl if nl >= 0 else len(text)].strip()
    if not rest or rest[0] in "|·•" or re.match(r"(?i)(?:last[ \t]+)?(?:updated|modified)\b", rest):
        return True
    return after_date and bool(_DATE.match(rest))


def _dateline(text: str, body: int, years: _Years) -> Inferred | None:
    for ls in _head_lines(text, body):
        m = _DATELINE.match(text, ls)
        if not m or not _dateline_ok(m):
            continue
        p = _parts(m)
        if p is None:
            continue
        start = m.start("place") if m.group("place") else _date_start(m)
        end = m.end("ag") if m.group("ag") else m.end("date")
        y, mo, d = p
        if y is not None:
            day = _full(m)
            return Inferred(day.isoformat(), "dateline", start, end, RULE_DATELINE) if day else None
        day = _dateline_year(mo, d, text, ls, years)
        return Inferred(day.isoformat(), "dateline", start, end, RULE_DATELINE_YEAR) if day else None
    return None


def _dateline_ok(m: re.Match) -> bool:
    """An agency marker, or a dash after an upper-case place ("WASHINGTON, Oct. 7 —")."""
    place = m.group("place") or ""
    if place and _weekday(place.split()[0]) is not None or place and _month(place.split()[0]):
        return False
    if m.group("ag"):
        return _agency_like(m.group("ag")[1:-1])
    letters = [c for c in place.split(",")[0] if c.isalpha()]
    return bool(m.group("dash") and letters and all(c.isupper() for c in letters))


def _agency_like(name: str) -> bool:
    """"Reuters", "AP", "Interfax-Ukraine", "dpa"; not "local time"."""
    name = name.strip()
    return bool(name) and (name[0].isupper() or (" " not in name and len(name) <= 6))


def _dateline_year(mo: int, d: int, text: str, line: int, years: _Years) -> dt.date | None:
    """The year of a year-less dateline (see the module doc), or None."""
    if years.latest_full is not None:
        ref = years.latest_full
        day = _safe(ref.year, mo, d)
        if day is not None and day < ref:
            day = _safe(ref.year + 1, mo, d)
            if day is None or (day - ref).days > tuning.PUBDATE_DATELINE_NEXT_YEAR_DAYS:
                return None
        need_weekday = False
    elif years.latest_bare is not None:
        day = _safe(years.latest_bare, mo, d)
        need_weekday = True
    else:
        return None
    if day is None:
        return None
    named = _lede_weekdays(text, line)
    if need_weekday:
        # a bare year: the opening paragraph must name the dateline's own weekday
        return day if day.weekday() in named else None
    # a full date's year: the opening paragraph names the day or the day before
    return day if named & {day.weekday(), (day.weekday() - 1) % 7} else None


def _lede_weekdays(text: str, line: int) -> set[int]:
    nl = text.find("\n", line)
    end = nl if nl >= 0 else len(text)
    return {WEEKDAYS[m.group("w").lower()] for m in _WEEKDAY_WORD.finditer(text, line, end)
            if (m.group("pre") or "").lower() not in ("next", "coming", "last")}


def _safe(y: int, mo: int, d: int) -> dt.date | None:
    return dt.date(y, mo, d) if _valid(y, mo, d) else None


# ---------------------------------------------------------------------------
# Dates mentioned in the text
# ---------------------------------------------------------------------------


class _Mention(NamedTuple):
    start: int
    end: int
    year: int | None
    month: int
    day: int
    weekday: int | None  # written with the date
    future: bool  # in a future clause ("will", "scheduled", "until ...")
    usable: bool  # not future, not quoted, not naming an event


class _Years(NamedTuple):
    latest_full: dt.date | None  # latest full date of any use (year evidence)
    latest_bare: int | None  # latest bare year not in a future clause


def _in_quote(text: str, pos: int) -> bool:
    ls = text.rfind("\n", max(0, pos - 400), pos) + 1
    seg = text[max(ls, pos - 400): pos]
    return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”")


def _clause_start(text: str, pos: int) -> int:
    lo = max(0, pos - 120)
    cut = lo
    for m in _CLAUSE_CUT.finditer(text, lo, pos):
        cut = m.end()
    return cut


def _is_future(text: str, s: int, e: int) -> bool:
    """A future marker in the clause before the date, or after it when the date opens the clause."""
    cs = _clause_start(text, s)
    if _FUTURE.search(text, cs, s):
        return True
    if _LEAD_ONLY.match(text[cs:s]):
        m = _CLAUSE_END.search(text, e, min(len(text), e + 80))
        stop = m.start() if m else min(len(text), e + 80)
        comma = text.find(",", e, stop)
        return bool(_FUTURE.search(text, e, comma if comma > e + 1 else stop))
    return False


def _mentions(text: str, body: int) -> list[_Mention]:
    out = []
    for m in _DATE.finditer(text, body):
        p = _parts(m)
        if p is None:
            continue
        s = _date_start(m)
        wd = _weekday(m.group("wd"))
        future = _is_future(text, s, m.end())
        usable = not (future or _in_quote(text, s) or _NAMING.search(text[max(0, s - 12): s]))
        out.append(_Mention(s, m.end(), p[0], p[1], p[2], wd, future, usable))
    return out


def _years(text: str, body: int, mentions: list[_Mention]) -> _Years:
    full = [dt.date(x.year, x.month, x.day) for x in mentions if x.year is not None and not x.future]
    spans = [(x.start, x.end) for x in mentions]
    bare = []
    k = 0
    for m in _BARE_YEAR.finditer(text, body):
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1
        if k < len(spans) and spans[k][0] <= m.start():
            continue  # the year of a full date
        if not _is_future(text, m.start(), m.end()):
            bare.append(int(m.group("y")))
    return _Years(max(full, default=None), max(bare, default=None))


def _resolve(x: _Mention, ref: dt.date) -> dt.date | None:
    """A year-less mention in the year that puts it at most a few days after ``ref``
    (the latest full date); a written weekday must fit."""
    limit = ref + dt.timedelta(days=tuning.PUBDATE_YEARLESS_AHEAD_DAYS)
    for y in (ref.year + 1, ref.year, ref.year - 1):
        d = _safe(y, x.month, x.day)
        if d is not None and d <= limit:
            return d if x.weekday is None or x.weekday == d.weekday() else None
    return None


def _free_weekdays(text: str, body: int, mentions: list[_Mention]) -> list[int]:
    """Weekdays named on their own, in past or present clauses ("said on Sunday"), in text order."""
    spans = [(x.start, x.end) for x in mentions]
    out = []
    k = 0
    for m in _WEEKDAY_WORD.finditer(text, body):
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1
        if k < len(spans) and spans[k][0] <= m.start("w") < spans[k][1]:
            continue
        if (m.group("pre") or "").lower() in ("next", "coming", "last") or _is_future(text, m.start(), m.end()):
            continue
        out.append(WEEKDAYS[m.group("w").lower()])
    return out


#: Words of a photo caption or an embedded post; their dates are the day the
#: picture was taken or the post sent, near the article's own day. A file
#: photo is the exception.
CAPTION_MARKERS = ("©", "photo", "pic.twitter.com", "getty images", "credit:", "pc:", "caption")


def _in_caption(text: str, pos: int) -> bool:
    ls = text.rfind("\n", max(0, pos - 400), pos) + 1
    le = text.find("\n", pos, pos + 400)
    line = text[max(ls, pos - 400): le if le >= 0 else min(len(text), pos + 400)].lower()
    return "file" not in line and any(k in line for k in CAPTION_MARKERS)


def _latest(text: str, body: int, mentions: list[_Mention], years: _Years) -> Inferred | None:
    full = [dt.date(x.year, x.month, x.day) for x in mentions if x.usable and x.year is not None]
    if not full:
        return None
    anchor = max(full)  # year-less dates take their year from the latest usable full date
    dated = []
    for x in mentions:
        d = None
        if x.usable:
            d = dt.date(x.year, x.month, x.day) if x.year is not None else _resolve(x, anchor)
        if d is not None and (x.weekday is None or x.weekday == d.weekday()):
            dated.append((d, x))
    if not dated:
        return None
    best, bx = max(dated, key=lambda t: (t[0], -t[1].start))
    if years.latest_bare is not None and years.latest_bare > best.year:
        return None  # the text speaks of a later year
    free = _free_weekdays(text, body, mentions)
    # Backing: the weekday written with the date, the same weekday named on its
    # own, or a photo caption or embed (history is rarely any of these).
    if bx.weekday is None and best.weekday() not in free and not _in_caption(text, bx.start):
        return None
    # The first weekday named on its own is the day the news is about: the
    # latest full date itself, or a day of the week after it.
    ahead = (free[0] - best.weekday()) % 7 if free else 0
    if ahead == 0 or ahead > tuning.PUBDATE_WEEKDAY_REACH_DAYS:
        return Inferred(best.isoformat(), "inferred", bx.start, bx.end, RULE_LATEST)
    moved = best + dt.timedelta(days=ahead)
    return Inferred(moved.isoformat(), "inferred", bx.start, bx.end, RULE_LATEST_WEEKDAY)


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def _count(word: str, table: dict[str, int]) -> int:
    word = word.lower()
    return table[word] if word in table else int(re.match(r"\d+", word).group())


def _anniversary(text: str, mentions: list[_Mention]) -> Inferred | None:
    """The first anniversary phrase right before a full date: that date N years (months) on."""
    for x in mentions:
        if x.year is None or x.weekday is not None:
            continue
        m = _ANNIVERSARY.search(text, max(0, x.start - 60), x.start)
        if not m or m.end() != x.start or m.group("hedge"):
            continue
        if m.group("ord"):
            n, months = _count(m.group("ord"), _ORDINALS), False
        else:
            n, months = _count(m.group("n"), _COUNT_WORDS), m.group("unit").lower().startswith("month")
        y, mo = (x.year + (x.month - 1 + n) // 12, (x.month - 1 + n) % 12 + 1) if months else (x.year + n, x.month)
        day = _safe(y, mo, x.day)
        if n and day is not None:
            return Inferred(day.isoformat(), "inferred", m.start(), x.end, RULE_ANNIVERSARY)
    return None


def infer_date(text: str, body_start: int = 0) -> Inferred | None:
    """The article's date found in ``text[body_start:]``, or None (see the module doc)."""
    body = max(0, min(body_start, len(text)))
    mentions = _mentions(text, body)
    years = _years(text, body, mentions)
    found = _dateline(text, body, years) or _published(text, body)
    if found:
        return found
    latest = _latest(text, body, mentions, years)
    ann = _anniversary(text, mentions)
    if ann and (latest is None or ann.date > latest.date):
        return ann
    return latest
