"""Date extraction: every date mention of an article, resolved to days.

Pure and rule-based (no date guessers: they turn "4.1% in February" into a
date). Takes an :class:`Article` and its sentence spans, returns
:class:`DateMention` records sorted by start. No I/O.

Absolute forms
    "October 7", "Oct. 7", "7 October", "7th of October", "October 7, 2023",
    "7 October 2023", "2023-10-07", "May 2021", "in May" / "last November" /
    "early July" (month), "in 2014" / "the 2014 war" (year).
    Month names must be capitalised; "May" and "March" alone (no day or year)
    need a preposition or "last/next/this/early/late/mid" before them (they
    are also verbs).
Relative forms (resolved against the article date, see :func:`_resolve_relative`)
    weekdays ("on Tuesday", "this Wednesday", "last Sunday", "next Monday"),
    "today", "yesterday", "tomorrow", "tonight", "last night", "this morning",
    "this/last/next week|month|year", "earlier/later this week|month|year",
    "N days/weeks/months/years ago", "in recent days/weeks/months/years",
    "the past/last (few) days/weeks/months/years", "in the coming days/weeks/months",
    "last summer|winter|spring|autumn|fall".

Resolution rules (documented and tested)
----------------------------------------
* Missing year: the latest such date not after the article date; but when
  the clause is clearly future ("will", "is expected to", "scheduled", ...,
  see :data:`FUTURE_MARKERS`) the earliest such date on or after it.
* A weekday written before a year-less day ("Friday, November 24") picks the
  year, within one of the article date's, in which that day is that weekday.
* "planned" makes a clause future only as "the planned ..." / "planned for".
* Weekdays: the article's own weekday is the article date itself ("this
  Wednesday" in a Wednesday article). Otherwise the latest such weekday
  before the article date, unless the clause is future (then the next one
  after it) or the word "next"/"coming" is used. "last <weekday>" is always
  strictly before the article date (7 days back on the same weekday).
* "last night" is the day before the article date; "tonight", "this
  morning/afternoon/evening" are the article date.
* Weeks are ISO weeks, Monday..Sunday.
* Vague spans ("in recent weeks", "the past few days", "in the coming days")
  get ``low``/``high`` from :data:`RECENT_SPANS` and no ``value``.
* No article date: relative expressions and year-less dates keep their text
  with value/low/high "".
* Impossible days ("September 31") are kept with valid=False and value/low/high "".
* ``value`` is set only for day granularity; month/year/week mentions carry
  low/high only.

Events
------
Each mention records the event it dates (``event`` as written and
``event_key``: lowercase, determiners and possessives removed). Patterns:

* the date modifies a following event noun: "its October 7 attack" ->
  event "its October 7 attack", key "attack"; "the 2014 war" -> key "war";
  "last summer's war" -> key "war".
* an event noun phrase before the date, joined by a preposition or a linking
  verb (:data:`EVENT_LINKS`): "the the Front attack on September 7" -> "the
  the Front attack" / "front attack"; "the start of the war on October 7" -> "the
  start of the war" / "start of war"; "a truce in May" -> "a truce" / "truce".
* else a nearby event verb of :data:`EVENT_VERBS` ("arrived in Cairo this
  Wednesday" -> event "arrived", key "arrival").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from .figures import _ClaimIndex, looks_like_year
from .. import rules as _rules
from ..doc import Doc
from ..models import Article, Claim, DateMention, Span, stable_id
from ..text import sentence_at
from ..tuning import DATE_ANCHOR_BACK, DATE_CLAUSE_REACH

# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------

from ..lexicon.calendar import MONTHS, SEASONS, WEEKDAYS  # noqa: E402  (the one home of calendar words)
from ..lexicon.numbers import FEW, TENS, UNITS  # noqa: E402

#: Vague spans -> days before (negative: after) the article date they reach.
RECENT_SPANS: dict[str, int] = {
    "days": 7, "weeks": 28, "months": 90, "years": 3 * 365,
    "day": 1, "week": 7, "month": 30, "year": 365,
}
#: Words that make a clause future (weekday/month resolution looks forward).
FUTURE_MARKERS = (
    "will", "would", "shall", "is expected", "are expected", "expected to", "scheduled",
    "is due", "are due", "due to", "set to", "is to", "are to", "plans to",
    "plan to", "upcoming", "is slated", "to be held", "next", "coming", "ahead of",
)
#: Future markers that are also past-tense verbs count only in these uses:
#: "the planned talks", "planned for", not "they planned the attack".
_FUTURE_EXTRA = r"(?:the|a|an|its|their|his|her)\s+planned|planned\s+for"
#: Event nouns a date can date.
EVENT_NOUNS = frozenset(
    """
    attack attacks assault offensive war wars truce truces ceasefire cease-fire invasion incursion
    raid raids strike strikes airstrike airstrikes bombing bombings bombardment massacre operation
    battle clashes conflict uprising intifada revolution coup election elections vote referendum
    meeting meetings talks summit visit visits trip agreement accord accords deal treaty pact
    resolution release releases exchange swap handover kidnapping abduction killing killings
    assassination shooting explosion blast protest protests demonstration demonstrations flotilla
    decision announcement statement speech conference negotiations round session siege blockade
    closure reopening inauguration escalation fighting hostilities withdrawal disengagement
    occupation annexation incident ambush rampage infiltration onslaught takeover seizure
    pause lull elections polls vote funeral hearing trial ruling verdict sentencing
    ouster overthrow crackdown dispersal sit-in devaluation earthquake fire crash sinking
    shelling invasion accident collapse visit arrest arrests detention raid
    """.split()
)
#: Nouns that frame an event: "the start of the war".
EVENT_FRAMES = frozenset("start beginning outbreak end onset eve anniversary aftermath launch wake".split())
#: Linking words allowed between an event phrase and its date ("attack on", "truce that began in").
EVENT_LINKS = frozenset(
    """
    on in of dated from at since during that which was were began begun started erupted broke out
    ended launched held signed took place carried staged announced reached agreed brokered
    negotiated collapsed happened occurred took effect came into effect expired
    open opens opened begins starts start take takes place be is are will due set scheduled
    expected to slated planned resumed resume resumes
    """.split()
)
#: Verbs -> normalised event key when no event noun phrase is found.
EVENT_VERBS: dict[str, str] = {
    "arrived": "arrival", "arrives": "arrival", "arrive": "arrival", "met": "meeting",
    "meet": "meeting", "visited": "visit", "signed": "signing", "killed": "killing",
    "launched": "launch", "began": "start", "started": "start", "ended": "end",
    "departed": "departure", "announced": "announcement", "released": "release",
    "freed": "release", "kidnapped": "kidnapping", "abducted": "kidnapping",
    "attacked": "attack", "died": "death", "declared": "declaration", "resigned": "resignation",
    "elected": "election", "captured": "kidnapping",
}
_PLACE_PREPS = frozenset("on in against into across from near at inside".split())
_PREPS = frozenset(
    """
    under over with against between across along near into onto about among for toward towards
    through throughout within without beyond behind upon amid via per like despite except
    """.split()
)
_DETERMINERS = frozenset("the a an its their his her our this that these those my your".split())
_STOPS = frozenset(
    """
    and or but said says told after before while when since with without by for to from into
    is are was were be been has have had will would can could may might also not no as than
    there here who whom whose what where which that he she they we it i you them him
    """.split()
)

# ---------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_ABBR_DOT = r"(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.)?"
_WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NB = r"(?![\w\u00C0-\u024F])"  # no word char follows
_NA = r"(?<![\w\u00C0-\u024F])"  # no word char precedes

_DATE = re.compile(
    # ISO 2023-10-07
    r"(?P<iso>" + _NA + r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d-]))"
    # 7 October (2023), 7th of October
    r"|(?P<dmy>" + _NA + r"(?P<dd>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<dm>" + _MONTH_RE + r")" + _ABBR_DOT + _NB
    + r"(?:,?[ \t]+(?P<dy>\d{4})(?!\d))?)"
    # (last|early|...) October (7) (, 2023)
    r"|(?P<mdy>(?:(?P<mpre>(?i:last|next|this|early|late|mid|mid-|earlier|the[ \t]+end[ \t]+of|the[ \t]+beginning[ \t]+of|the[ \t]+start[ \t]+of|the[ \t]+middle[ \t]+of|end[ \t]+of|beginning[ \t]+of|in|since|until|till|by|from|during|through|before|after|of|on))[ \t]+)?"
    + r"(?P<mm>" + r"(?:(?<=mid-)|(?<=Mid-)|" + _NA + r")" + _MONTH_RE + r")(?P<mdot>" + _ABBR_DOT + r")?" + _NB
    + r"(?:[ \t]+(?P<md>\d{1,2})(?:st|nd|rd|th)?(?![\d:]))?"
    + r"(?:,?[ \t]+(?:of[ \t]+)?(?P<my>\d{4})(?!\d))?)"
    # weekdays
    r"|(?P<wd>(?:(?P<wpre>(?i:this[ \t]+past|this[ \t]+coming|this|last|next|past|coming|on|since|by|until|from))[ \t]+)?"
    + r"(?P<wname>" + _NA + _WD_RE + r")" + _NB + r")"
    # relative words
    r"|(?P<rel>" + _NA + r"(?i:the[ \t]+day[ \t]+before[ \t]+yesterday|the[ \t]+day[ \t]+after[ \t]+tomorrow|"
    r"yesterday|today|tomorrow|tonight|last[ \t]+night|(?:over|during|at)[ \t]+the[ \t]+weekend|this[ \t]+(?:morning|afternoon|evening))" + _NB + r")"
    # this/last/next week|month|year, earlier/later this ...
    r"|(?P<per>" + _NA + r"(?i:(?P<pmod>earlier[ \t]+this|later[ \t]+this|early[ \t]+this|early[ \t]+next|late[ \t]+last|"
    r"this|last|next|the[ \t]+past|the[ \t]+previous|the[ \t]+last|the[ \t]+coming|the[ \t]+following)"
    r"[ \t]+(?P<punit>week|weekend|month|year|summer|winter|spring|autumn|fall))" + _NB + r")"
    # N days ago
    r"|(?P<ago>" + _NA + r"(?i:(?P<an>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a[ \t]+few|several|few)"
    r"[ \t]+(?P<au>days?|weeks?|months?|years?|decades?)[ \t]+ago)" + _NB + r")"
    # in recent weeks / the past few days / in the coming days
    r"|(?P<rec>" + _NA + r"(?i:(?P<rdir>in[ \t]+recent|over[ \t]+recent|recent|in[ \t]+the[ \t]+(?:past|last)(?:[ \t]+few)?|"
    r"over[ \t]+the[ \t]+(?:past|last)(?:[ \t]+few)?|during[ \t]+the[ \t]+(?:past|last)(?:[ \t]+few)?|"
    r"the[ \t]+(?:past|last)[ \t]+few|the[ \t]+(?:past|last)(?=[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d))|"
    r"in[ \t]+the[ \t]+coming|the[ \t]+coming|in[ \t]+the[ \t]+next(?:[ \t]+few)?)"
    r"(?:[ \t]+(?P<rn>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}))?"
    r"[ \t]+(?P<ru>days|weeks|months|years))" + _NB + r")"
    # years
    r"|(?P<year>" + _NA + r"(?<![$€£,.\d/])(?P<yy>1[89]\d\d|20\d\d)(?![\d%]|s\b|,\d))"
)

_NUMWORD = {"a": 1, "an": 1, **{k: v for k, v in UNITS.items() if 0 < v}, **{k: v for k, v in TENS.items() if v <= 50}, **FEW}
_FUTURE_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(m) for m in FUTURE_MARKERS) + "|" + _FUTURE_EXTRA + r")(?![\w])", re.I)
_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’\u00C0-\u024F-]*|\d+|[,;:()\"“”–—]")
_CLAUSE_PUNCT = frozenset(',;:()"“”–—')


# ---------------------------------------------------------------------------
# Date arithmetic
# ---------------------------------------------------------------------------


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _month_end(y: int, m: int) -> dt.date:
    if m == 12:
        return dt.date(y, 12, 31)
    return dt.date(y, m + 1, 1) - dt.timedelta(days=1)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _day_exists_some_year(m: int, d: int) -> bool:
    return _safe_date(2000, m, d) is not None  # 2000 is a leap year


def _resolve_day(m: int, d: int, ref: dt.date, future: bool) -> dt.date | None:
    """Year for a day without one: latest not after ``ref`` (or earliest on/after when future)."""
    if future:
        for y in (ref.year, ref.year + 1, ref.year + 2, ref.year + 3, ref.year + 4):
            x = _safe_date(y, m, d)
            if x and x >= ref:
                return x
    for y in (ref.year, ref.year - 1, ref.year - 2, ref.year - 3, ref.year - 4):
        x = _safe_date(y, m, d)
        if x and x <= ref:
            return x
    return None


_WEEKDAY_BEFORE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?\Z"
)


def _resolve_by_weekday(m: int, d: int, ref: dt.date, weekday: int) -> dt.date | None:
    """The date nearest ``ref`` (a year either side) on which day ``d`` of month
    ``m`` is the given weekday, or None when no such year is near."""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        x = _safe_date(y, m, d)
        if x and x.weekday() == weekday and (best is None or abs((x - ref).days) < abs((best - ref).days)):
            best = x
    return best


def _resolve_month_year(m: int, ref: dt.date, future: bool, strict_past: bool = False) -> int:
    if future:
        return ref.year if m >= ref.month else ref.year + 1
    if strict_past:
        return ref.year if m < ref.month else ref.year - 1
    return ref.year if m <= ref.month else ref.year - 1


def _week(d: dt.date) -> tuple[dt.date, dt.date]:
    mon = d - dt.timedelta(days=d.weekday())
    return mon, mon + dt.timedelta(days=6)


def _parse_date(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------


class _Res:
    __slots__ = ("value", "low", "high", "gran", "relative", "valid")

    def __init__(self, value="", low="", high="", gran="day", relative=False, valid=True):
        self.value, self.low, self.high = value, low, high
        self.gran, self.relative, self.valid = gran, relative, valid


def _day_res(d: dt.date | None, relative: bool = False) -> _Res:
    if d is None:
        return _Res("", "", "", "day", relative, True)
    s = _iso(d)
    return _Res(s, s, s, "day", relative, True)


def _span_res(lo: dt.date | None, hi: dt.date | None, gran: str, relative: bool) -> _Res:
    if lo is None or hi is None:
        return _Res("", "", "", gran, relative, True)
    return _Res("", _iso(lo), _iso(hi), gran, relative, True)


def _month_part(y: int, m: int, pre: str) -> tuple[dt.date, dt.date]:
    end = _month_end(y, m)
    if pre == "early":
        return dt.date(y, m, 1), dt.date(y, m, 10)
    if pre in ("mid", "mid-", "the middle of"):
        return dt.date(y, m, 11), dt.date(y, m, 20)
    if pre in ("late", "the end of", "end of"):
        return dt.date(y, m, 21), end
    if pre in ("the beginning of", "beginning of", "the start of"):
        return dt.date(y, m, 1), dt.date(y, m, 10)
    return dt.date(y, m, 1), end


def _is_future(text: str, a: int, b: int) -> bool:
    return bool(_FUTURE_RE.search(text, a, b))


def _resolve_iso(m: re.Match, text: str, ref: dt.date | None, clause: tuple[int, int]) -> tuple[_Res, int, int] | None:
    g = m.group
    s, e = m.start(), m.end()
    y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
    x = _safe_date(y, mo, d)
    if x is None:
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return _Res("", "", "", "day", False, False), s, e
        return None
    return _day_res(x), s, e


def _resolve_day_month(m: re.Match, text: str, ref: dt.date | None, clause: tuple[int, int]) -> tuple[_Res, int, int] | None:
    g = m.group
    s, e = m.start(), m.end()
    if g("dmy"):
        d, mname, ytxt = int(g("dd")), g("dm"), g("dy")
    else:
        d, mname, ytxt = int(g("md")), g("mm"), g("my")
        s = m.start("mm")  # a preposition or modifier before "October 7" stays outside
    mo = MONTHS[mname.lower().rstrip(".")]
    if d < 1 or d > 31:
        return None
    if ytxt:
        x = _safe_date(int(ytxt), mo, d)
        if x is None:
            return _Res("", "", "", "day", False, False), s, e
        return _day_res(x), s, e
    if not _day_exists_some_year(mo, d):
        return _Res("", "", "", "day", False, False), s, e
    if ref is None:
        return _Res("", "", "", "day", False, True), s, e
    wd = _WEEKDAY_BEFORE.search(text, max(0, s - 16), s)
    if wd:  # "Friday, November 24": the year in which that day is a Friday
        x = _resolve_by_weekday(mo, d, ref, WEEKDAYS[wd.group(1).lower()])
        if x is not None:
            return _day_res(x), s, e
    future = _is_future(text, clause[0], clause[1])
    return _day_res(_resolve_day(mo, d, ref, future)), s, e


def _resolve_month(m: re.Match, text: str, ref: dt.date | None, clause: tuple[int, int]) -> tuple[_Res, int, int] | None:
    g = m.group
    s, e = m.start(), m.end()
    mname = g("mm")
    pre = re.sub(r"\s+", " ", (g("mpre") or "").lower())
    if g("mdot") and not g("my"):
        return None  # "Oct." alone is too ambiguous
    if len(mname) <= 4 and mname.lower() not in ("may", "june", "july") and not g("my"):
        return None  # bare abbreviations ("Mar", "Dec") need a day or year
    if mname in ("May", "March") and not pre and not g("my"):
        return None  # verbs / names
    mo = MONTHS[mname.lower()]
    ms = m.start("mm")
    if not pre and ms >= 4 and text[ms - 4: ms].lower() == "mid-":
        pre = "mid"
        s = ms - 4
    keep_pre = pre in ("last", "next", "this", "early", "late", "mid", "mid-", "the end of",
                       "the beginning of", "the start of", "the middle of", "end of",
                       "beginning of", "earlier")
    ts = s if keep_pre else m.start("mm")
    if g("my"):
        y = int(g("my"))
        lo, hi = _month_part(y, mo, pre)
        return _span_res(lo, hi, "month", False), ts, e
    if ref is None:
        return _Res("", "", "", "month", pre in ("last", "next", "this"), True), ts, e
    if pre == "next":
        y = ref.year if mo > ref.month else ref.year + 1
    elif pre == "last":
        y = _resolve_month_year(mo, ref, False, strict_past=True)
    else:
        y = _resolve_month_year(mo, ref, _is_future(text, clause[0], clause[1]))
    lo, hi = _month_part(y, mo, pre)
    return _span_res(lo, hi, "month", pre in ("last", "next", "this")), ts, e


def _resolve_weekday(m: re.Match, text: str, ref: dt.date | None, clause: tuple[int, int]) -> tuple[_Res, int, int] | None:
    g = m.group
    s, e = m.start(), m.end()
    wd = WEEKDAYS[g("wname").lower()]
    pre = re.sub(r"\s+", " ", (g("wpre") or "").lower())
    keep = pre in ("this", "last", "next", "past", "coming", "this past", "this coming")
    ts = m.start() if keep else m.start("wname")
    if ref is None:
        return _Res("", "", "", "day", True, True), ts, e
    delta = (ref.weekday() - wd) % 7  # days back to the latest such weekday (0 = today)
    if pre in ("last", "past", "this past"):
        back = delta or 7
        return _day_res(ref - dt.timedelta(days=back), True), ts, e
    fwd = (wd - ref.weekday()) % 7
    if pre in ("next", "coming", "this coming"):
        return _day_res(ref + dt.timedelta(days=fwd or 7), True), ts, e
    if delta == 0:
        return _day_res(ref, True), ts, e
    if pre != "since" and _is_future(text, clause[0], clause[1]):
        return _day_res(ref + dt.timedelta(days=fwd), True), ts, e
    return _day_res(ref - dt.timedelta(days=delta), True), ts, e


def _resolve_relative_day(m: re.Match, text: str, ref: dt.date | None, clause: tuple[int, int]) -> tuple[_Res, int, int] | None:
    g = m.group
    s, e = m.start(), m.end()
    w = re.sub(r"\s+", " ", g("rel").lower())
    if ref is None:
        return _Res("", "", "", "day", True, True), s, e
    if w.endswith("weekend"):
        sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)  # latest Saturday on/before
        return _span_res(sat, sat + dt.timedelta(days=1), "week", True), s, e
    off = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
           "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}.get(w, 0)
    return _day_res(ref + dt.timedelta(days=off), True), s, e


def _resolve_period(m: re.Match, text: str, ref: dt.date | None, clause: tuple[int, int]) -> tuple[_Res, int, int] | None:
    g = m.group
    s, e = m.start(), m.end()
    mod = re.sub(r"\s+", " ", g("pmod").lower())
    unit = g("punit").lower()
    gran = {"weekend": "day", "summer": "month", "winter": "month", "spring": "month",
            "autumn": "month", "fall": "month"}.get(unit, unit)
    if unit == "weekend":
        gran = "week"
    if ref is None:
        return _Res("", "", "", gran, True, True), s, e
    step = {"this": 0, "earlier this": 0, "later this": 0, "early this": 0, "last": -1,
            "the past": -1, "the previous": -1, "the last": -1, "late last": -1,
            "next": 1, "the coming": 1, "the following": 1, "early next": 1}[mod]
    if unit in SEASONS:
        first, last = SEASONS[unit]
        # the season of year y runs first..last (winter crosses the year end)
        def season(y: int) -> tuple[dt.date, dt.date]:
            if first > last:
                return dt.date(y, first, 1), _month_end(y + 1, last)
            return dt.date(y, first, 1), _month_end(y, last)
        if step < 0:
            y = ref.year
            while season(y)[1] >= ref:
                y -= 1
        elif step > 0:
            y = ref.year
            while season(y)[0] <= ref:
                y += 1
        else:
            y = ref.year if not (first > last and ref.month <= last) else ref.year - 1
        lo, hi = season(y)
        return _span_res(lo, hi, "month", True), s, e
    if unit in ("week", "weekend"):
        if mod in ("the past", "the last") and unit == "week":
            return _span_res(ref - dt.timedelta(days=7), ref, "week", True), s, e
        lo, hi = _week(ref + dt.timedelta(days=7 * step))
        if unit == "weekend":
            lo = lo + dt.timedelta(days=5)
    elif unit == "month":
        if mod in ("the past", "the last"):
            return _span_res(ref - dt.timedelta(days=30), ref, "month", True), s, e
        y, mo = _add_months(ref.year, ref.month, step)
        lo, hi = dt.date(y, mo, 1), _month_end(y, mo)
    else:
        if mod in ("the past", "the last"):
            return _span_res(ref - dt.timedelta(days=365), ref, "year", True), s, e
        y = ref.year + step
        lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    if mod in ("earlier this",):
        hi = ref
    elif mod in ("later this",):
        lo = ref
    return _span_res(lo, hi, gran, True), s, e


def _resolve_ago(m: re.Match, text: str, ref: dt.date | None, clause: tuple[int, int]) -> tuple[_Res, int, int] | None:
    g = m.group
    s, e = m.start(), m.end()
    n = _NUMWORD.get(re.sub(r"\s+", " ", g("an").lower()))
    if n is None:
        try:
            n = int(g("an"))
        except ValueError:
            return None
    unit = g("au").lower().rstrip("s")
    if ref is None:
        gran = {"decade": "year"}.get(unit, unit)
        return _Res("", "", "", gran, True, True), s, e
    if unit == "day":
        return _day_res(ref - dt.timedelta(days=n), True), s, e
    if unit == "week":
        c = ref - dt.timedelta(days=7 * n)
        return _span_res(c - dt.timedelta(days=3), c + dt.timedelta(days=3), "week", True), s, e
    if unit == "month":
        y, mo = _add_months(ref.year, ref.month, -n)
        return _span_res(dt.date(y, mo, 1), _month_end(y, mo), "month", True), s, e
    years = n * (10 if unit == "decade" else 1)
    y = ref.year - years
    if y < 1:
        return None
    return _span_res(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True), s, e


def _resolve_recent(m: re.Match, text: str, ref: dt.date | None, clause: tuple[int, int]) -> tuple[_Res, int, int] | None:
    g = m.group
    s, e = m.start(), m.end()
    ru = g("ru").lower()
    rdir = re.sub(r"\s+", " ", g("rdir").lower())
    gran = {"days": "week", "weeks": "week", "months": "month", "years": "year"}[ru]
    if ref is None:
        return _Res("", "", "", gran, True, True), s, e
    span = dt.timedelta(days=RECENT_SPANS[ru])
    if g("rn"):
        rn = g("rn").lower()
        k = int(rn) if rn.isdigit() else _NUMWORD[rn]
        span = dt.timedelta(days=RECENT_SPANS[ru[:-1]] * k)
    if "coming" in rdir or "next" in rdir:
        return _span_res(ref + dt.timedelta(days=1), ref + span, gran, True), s, e
    return _span_res(ref - span, ref, gran, True), s, e


def _resolve_year(m: re.Match, text: str, ref: dt.date | None, clause: tuple[int, int]) -> tuple[_Res, int, int] | None:
    g = m.group
    s, e = m.start(), m.end()
    ys, ye = m.start("yy"), m.end("yy")
    if not looks_like_year(text, ys, ye):
        return None
    y = int(g("yy"))
    return _span_res(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", False), ys, ye


#: the resolver of each kind of date match, tried in order (the first group that matched)
_RESOLVERS = (
    (lambda g: bool(g("iso")), _resolve_iso),
    (lambda g: bool(g("dmy") or (g("mdy") and g("md"))), _resolve_day_month),
    (lambda g: bool(g("mdy")), _resolve_month),
    (lambda g: bool(g("wd")), _resolve_weekday),
    (lambda g: bool(g("rel")), _resolve_relative_day),
    (lambda g: bool(g("per")), _resolve_period),
    (lambda g: bool(g("ago")), _resolve_ago),
    (lambda g: bool(g("rec")), _resolve_recent),
    (lambda g: bool(g("year")), _resolve_year),
)


def _resolve(m: re.Match, text: str, ref: dt.date | None, clause: tuple[int, int]) -> tuple[_Res, int, int] | None:
    """Resolve one date match: (resolution, text start, text end) or None to skip."""
    for matched, resolver in _RESOLVERS:
        if matched(m.group):
            return resolver(m, text, ref, clause)
    return None


# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------


#: Vague modifiers dropped from event keys ("a similar visit" -> "visit").
EVENT_KEY_DROP = frozenset("previous similar recent latest possible brief new most same".split())
_NUM_HYPHEN = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)-", re.I)


def event_key(event: str) -> str:
    """Normalised event key: lowercase, no determiners/possessives/dates."""
    words = []
    for w in re.findall(r"[\w\u00C0-\u024F'’-]+", event.lower().replace("’", "'")):
        if w in _DETERMINERS:
            continue
        if w.endswith("'s"):
            w = w[:-2]
            if not w:
                continue
        if w.endswith("'"):
            w = w[:-1]
        if _NUM_HYPHEN.match(w) or w.endswith("-long"):
            continue  # "seven-day pause", "week-long truce" -> "pause", "truce"
        if w in EVENT_KEY_DROP:
            continue
        if w.isdigit() or w in MONTHS or w in WEEKDAYS or w in ("last", "next", "summer", "winter",
                                                                "spring", "autumn", "fall"):
            continue
        words.append(w)
    return " ".join(words)


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, a, b)]


def _is_event_noun(w: str) -> bool:
    wl = w.lower()
    return wl in EVENT_NOUNS


def _event_after(text: str, ds: int, de: int, limit: int) -> tuple[int, int] | None:
    """'its October 7 attack': the date modifies a following event noun."""
    if text[de: de + 2] in ("'s", "’s"):
        de += 2
    toks = _tokens(text, de, min(limit, de + 60))
    i = 0
    for k in range(i, min(i + 3, len(toks))):
        w = toks[k][2]
        if w in _CLAUSE_PUNCT:
            return None
        if _is_event_noun(w):
            # start: a determiner/possessive right before the date
            st = ds
            before = _tokens(text, max(0, ds - 30), ds)
            if before and (before[-1][2].lower() in _DETERMINERS or before[-1][2].endswith(("'s", "’s"))):
                st = before[-1][0]
            return st, toks[k][1]
        wl = w.lower()
        if wl in _STOPS or wl in _DETERMINERS or wl in EVENT_LINKS or wl in _PREPS or w.isdigit():
            return None
    return None


def _event_before(text: str, ds: int, clause_start: int) -> tuple[int, int] | None:
    """'the the Front attack on September 7': an event noun phrase before the date."""
    toks = _tokens(text, max(clause_start, ds - 120), ds)
    i = len(toks) - 1
    links = 0
    relative = False
    while i >= 0 and links < 7:
        w = toks[i][2].lower()
        if w in ("which", "that"):
            relative = True
        elif w == "," and relative:
            pass  # "the war, which began on"
        elif w not in EVENT_LINKS:
            break
        i -= 1
        links += 1
    if i >= 2 and not _is_event_noun(toks[i][2]) and toks[i][2][:1].isupper() \
            and toks[i - 1][2].lower() in _PLACE_PREPS:
        i -= 2  # "its attack on Northland on October 7"
    if i >= 0 and toks[i][2] == ",":
        i -= 1
    if i < 0 or not _is_event_noun(toks[i][2]):
        return None
    end = toks[i][1]
    j = i
    mods = 0
    while j - 1 >= 0 and mods < 3:
        w = toks[j - 1][2]
        wl = w.lower()
        if wl in _DETERMINERS or w.endswith(("'s", "’s", "s'", "s’")) and w[0].isupper():
            j -= 1
            break
        if w in _CLAUSE_PUNCT or wl in _STOPS or wl in EVENT_LINKS or w.isdigit():
            break
        if wl.endswith(("ed", "ing")) and not w[0].isupper() and wl not in ("armed",):
            break
        j -= 1
        mods += 1
    start = toks[j][0]
    # "the start of the war": extend over a frame noun
    k = j - 1
    if k >= 1 and toks[k][2].lower() == "of" and toks[k - 1][2].lower() in EVENT_FRAMES:
        start = toks[k - 1][0]
        if k >= 2 and toks[k - 2][2].lower() in _DETERMINERS:
            start = toks[k - 2][0]
    return start, end


def _event_verb(text: str, ds: int, clause_start: int) -> tuple[int, int, str] | None:
    toks = _tokens(text, max(clause_start, ds - 60), ds)
    for t in reversed(toks[-6:]):
        if t[2] in _CLAUSE_PUNCT:
            return None
        key = EVENT_VERBS.get(t[2].lower())
        if key:
            return t[0], t[1], key
    return None


_CLAUSE_CUT = re.compile(r"[,;:()\u2013\u2014\"“”]|\b(?:and|that|which|but|while|although)\b")


_LEAD_WORDS = frozenset("on in by from until till since at the early late mid of during before after".split())


def _future_window(text: str, s: int, e: int, ca: int, cb: int) -> tuple[int, int]:
    """Where to look for future markers: the clause before the date (cut at
    punctuation and 'and/that/which/but/while'); when the date opens its clause
    ("On December 28, leaders will meet") the words after it instead."""
    a = max(ca, s - 120)
    for m in _CLAUSE_CUT.finditer(text, a, s):
        a = m.end()
    lead = [w.lower() for w in re.findall(r"[A-Za-z]+", text[a:s])]
    if any(w not in _LEAD_WORDS for w in lead):
        return a, s
    b = min(cb, e + 80)
    m = _CLAUSE_CUT.search(text, e + 2, b)
    if m:
        b = m.start()
    return e, b


def _clause_bounds(text: str, pos: int, sent: Span | None, body: int) -> tuple[int, int]:
    a = sent.start if sent else max(body, pos - DATE_CLAUSE_REACH)
    b = sent.end if sent else min(len(text), pos + DATE_CLAUSE_REACH)
    a = max(a, pos - DATE_CLAUSE_REACH)
    b = min(b, pos + DATE_CLAUSE_REACH)
    return a, b


#: Cheap anchors: every date expression contains one of these tokens. The full
#: pattern is only tried at the few word starts just before an anchor, which
#: keeps extraction linear and fast on long texts.
_ANCHORS = (
    re.compile(r"\d+"),
    re.compile(
        r"(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
        r"Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tomorrow|Tonight)\b"),
    re.compile(
        r"(?:yesterday|today|tomorrow|tonight|night|morning|afternoon|evening|week|weekend|"
        r"month|year|summer|winter|spring|autumn|fall|ago|days|weeks|months|years)\b"),
)


#: The three anchors as one scan. It finds what merging their three scans finds,
#: except an anchor starting inside another's match ("night" in "Tonight"), and
#: such an anchor always follows a letter, which :func:`_date_matches` skips anyway:
#: the digits match digits only, the names start with a capital, the words are
#: lower case.
_ANY_ANCHOR = re.compile("|".join(f"(?:{a.pattern})" for a in _ANCHORS))


def _anchors(text: str, body: int):
    """Anchor matches of the three cheap patterns, in text order (see :data:`_ANY_ANCHOR`)."""
    return _ANY_ANCHOR.finditer(text, body)


_WORD_START = re.compile(r"(?<![\w'’-])[\w'’-]")
#: How far before an anchor a date expression may start ("in the past few days").
_ANCHOR_BACK = DATE_ANCHOR_BACK


#: Every prefix of every run of letters in ``_DATE`` (its words, month and weekday names,
#: group names too), in lower case. A date expression that starts with a letter starts
#: with one of the pattern's words, ended by a non-letter, so the run of ASCII letters at
#: its start is one of these.
_DATE_WORD_PREFIXES = frozenset(
    w[:k].lower() for w in re.findall(r"[A-Za-z]+", _DATE.pattern) for k in range(1, len(w) + 1)
)
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def _may_start_date(text: str, c: int) -> bool:
    """False only when no date expression can start at ``c`` (its first run of ASCII
    letters is no prefix of a word of the pattern); a digit or any other character may."""
    m = _ASCII_LETTERS.match(text, c)
    return m is None or m.group().lower() in _DATE_WORD_PREFIXES


def _date_matches(text: str, body: int):
    """Leftmost non-overlapping matches of ``_DATE``, tried only near anchors."""
    last_end = body
    n = len(text)
    for am in _anchors(text, body):
        a = am.start()
        if a < last_end:
            continue
        if a and (text[a - 1].isalnum() and not text[a].isdigit()):
            continue  # inside a word
        if text[a].isdigit() and a and text[a - 1].isdigit():
            continue
        lo = max(last_end, a - _ANCHOR_BACK)
        starts = [w.start() for w in _WORD_START.finditer(text, lo, a)][-5:]
        starts.append(a)
        for c in starts:
            if c < a and not _may_start_date(text, c):
                continue
            m = _DATE.match(text, c, min(n, am.end() + 40))
            if m and m.end() > a:
                last_end = m.end()
                yield m
                break


_GRANS = ("day", "week", "month", "year")
#: one registered rule per kind of date mention: absolute or relative, by granularity
DATE_RULES = {
    (rel, g): _rules.register(f"date.{'relative' if rel else 'absolute'}-{g}", "date",
                              f"a {'relative' if rel else 'absolute'} date naming a {g}")
    for rel in (False, True) for g in _GRANS
}


def extract_dates(doc: Doc, claims: Sequence[Claim] = ()) -> list[DateMention]:
    """Every date mention of ``article`` (see module doc), sorted by start."""
    article = doc.article
    sentences = list(doc.sentences)
    text = article.text
    body = article.body_start
    ref = _parse_date(article.date)
    cidx = _ClaimIndex(claims)
    out: list[DateMention] = []
    last_end = -1
    for m in _date_matches(text, body):
        sent = sentence_at(sentences, m.start()) if sentences else None
        ca, cb = _clause_bounds(text, m.start(), sent, body)
        # future detection looks at the clause around the date only
        fa, fb = _future_window(text, m.start(), m.end(), ca, cb)
        try:
            r = _resolve(m, text, ref, (fa, fb))
        except (ValueError, OverflowError, KeyError):
            r = None
        if r is None:
            continue
        res, s, e = r
        if s < last_end or s >= e:
            continue
        last_end = e
        ev = ""
        possessive = text[e: e + 2] in ("'s", "’s")
        if m.group("rec") or m.group("ago") or ((m.group("per") or m.group("rel") or m.group("wd")) and not possessive):
            span = None  # "in the coming weeks talks resume": no date-modifier reading
        else:
            span = _event_after(text, s, e, cb)
        evkey = ""
        if span:
            ev = text[span[0]: span[1]]
            evkey = event_key(text[e: span[1]])
        else:
            span = _event_before(text, s, ca)
            if span:
                ev = text[span[0]: span[1]]
                evkey = event_key(ev)
            else:
                vb = _event_verb(text, m.start(), ca)
                if vb:
                    ev = text[vb[0]: vb[1]]
                    evkey = vb[2]
        out.append(DateMention(
            rule=DATE_RULES[(res.relative, res.gran if res.gran in _GRANS else "day")],
            id=stable_id("da_", article.id, s, e), article=article.id, text=text[s:e],
            start=s, end=e, value=res.value, low=res.low, high=res.high,
            granularity=res.gran, relative=res.relative, valid=res.valid,
            event=ev, event_key=evkey, claim=cidx.find(s, e),
            sentence_start=sent.start if sent else -1, sentence_end=sent.end if sent else -1,
            article_date=article.date,
        ))
    return out
