"""Flag figures, dates and name spellings that disagree across articles. Pure.

:func:`find_conflicts` reads the figures, dates and person names of a set of
articles and reports the ones a fact-checker should look at:

* **figure**: the same quantity -- same counted thing (hostages, Palestinian
  prisoners, people, soldiers, ...; "Israeli prisoners" held by Hamas are
  hostages), same role (killed, injured, kidnapped, held, released, to be
  released, demanded; a participle after the noun -- "hostages kidnapped
  by Hamas" -- describes it, and an appositive -- "60 hostages, most of them
  children, are to be freed" -- is skipped to find the verb), same place for
  casualties, same event -- given as
  intervals that do not overlap. What a figure counts is read from its clause
  in the article text; the extractor's ``key``/``roles`` are hints only.
  When: running counts (still held, tolls "so far", "as of", "has risen")
  compare only with the same day (or the date the sentence gives; a date
  opening the counted period -- "killed since October 7" -- is not that day); terms of
  a proposed deal with reports two days apart; tolls of a named event (the
  October 7 attack, "the 2014 war", "the 11-day war") across all dates; the toll of one
  strike on a named site ("the al-Wahda Street strike", "air strikes
  destroyed buildings on al-Wahda Street, killing ...") with reports within
  :data:`SITE_WINDOW_DAYS` (not "another strike on ..."; the site, not the
  victims' side, says where); likewise the toll of one operation in a named
  place smaller than a region ("the raid on Nuseirat", "the Israeli
  operation in Nuseirat", and a later "the raid" referring back to it; not
  "a raid", not "the operation in Gaza"); other fixed events with reports within a year. Casualty counts of no named event and no
  running toll (one strike among many) are not compared. Round numbers are
  read as people write them (:func:`readings`, the one place for that
  rule): disjoint literally -> high, only as people read them -> medium.
  One number told with and without a hedge ("1,400" / "more than 1,400")
  is not a conflict.
* **date**: the same named event (:func:`canonical_event`: the
  :data:`EVENT_EQUIVALENTS` list, then rapidfuzz on normalised keys) given
  non-overlapping dates; generic, indefinite and person-activity events are
  skipped, recurring sessions (talks, summits) clash only when each report
  was written after both dates, repeated operations (raids) only within
  :data:`OPS_WINDOW_DAYS` (a date attached to an operation in a named place
  -- "rescued in Nuseirat on [June 8]", "the [June 7] rescue operation in
  Nuseirat" -- dates that operation). Bare verbs ("announced", "released") name no
  event. A generic truce dated by a start or end verb ("the truce, which
  took effect on November 24", "a ceasefire took effect at 2 a.m. on May
  21") is compared with other dates of that moment within
  :data:`TRUCE_WINDOW_DAYS`.
* **name**: one person spelled two ways (:mod:`claimtrack.extract.names`), one
  conflict per article using a rare spelling.
* **status**: one person described as captured in one article and killed in
  another (unless the death is later news).

Within a block every value is compared with the block's consensus value (the
one most articles give), never all pairs, so work and output stay
near-linear in the number of mentions.
"""

from __future__ import annotations

import datetime
import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from .extract import names as _names
from .extract.dates import EVENT_VERBS as _EVENT_VERBS
from .models import SEVERITY_ORDER, Article, Claim, Conflict, DateMention, Figure, Mention, Span, stable_id
from .text import sentence_at, sentences

#: "when" of a figure of a fixed past event with no named date: compared with
#: reports of the same event written within a year of it.
WITHIN_A_YEAR = "within a year"
#: "when" of the terms of a proposed deal: compared with reports a few days apart.
WITHIN_DAYS = "within days"
DEAL_WINDOW_DAYS = 2
#: "when" of the toll of one strike on a named site ("the strike on al-Wahda
#: Street", "the al-Ahli hospital blast"): compared with reports a couple of
#: weeks apart (the same site hit again months later is another strike).
WITHIN_WEEKS = "within weeks"
SITE_WINDOW_DAYS = 14
#: A spelling used by at most this many articles gets one name conflict per article.
NAME_PER_ARTICLE_LIMIT = 100
#: At most this many mentions are listed in one conflict.
MAX_MENTIONS = 12
#: How far (characters, each side) the comparator reads the sentence of a
#: figure or date: wider than any sentence of real prose (the seeds' longest
#: reach 300), and it keeps the work per figure constant in a run-on sentence.
SENTENCE_WINDOW = 500


# ---------------------------------------------------------------------------
# context: articles, sentences, claims


class _Spans:
    """Spans ``(start, end)`` of one article, each with its rank (position in
    the input list), for the containment lookups the comparator makes for
    every figure and date: O(log n) each (bisect) instead of a scan of all
    the article's claims or dates, so an article with many of them stays
    linear. Answers are exactly those of a scan in input order (the first
    match wins); spans out of text order or nested cost a short walk."""

    __slots__ = ("items", "starts", "maxend", "ranked", "odd")

    def __init__(self, spans: Iterable[tuple[int, int, int]]):
        items, odd = [], []
        for s, e, r in spans:
            (items if s <= e else odd).append((s, e, r))
        items.sort()
        self.items = items
        self.starts = [s for s, _, _ in items]
        maxend, m = [], -math.inf
        for _, e, _ in items:
            m = e if e > m else m
            maxend.append(m)
        self.maxend = maxend  # non-decreasing: the largest end among spans starting here or before
        # input order == text order (the extractors' output): the first span
        # found in text order is the first in input order
        self.ranked = all(a[2] < b[2] for a, b in zip(items, items[1:]))
        self.odd = odd  # malformed spans (end < start): scanned

    def containing(self, start: int, end: int) -> int | None:
        """Rank of the first span (input order) with ``s <= start`` and ``end <= e``."""
        best = None
        if start <= end:
            i = bisect_right(self.starts, start)
            j = bisect_left(self.maxend, end, 0, i)
            items = self.items
            while j < i:
                s, e, r = items[j]
                if e >= end and (best is None or r < best):
                    best = r
                    if self.ranked:
                        break
                j += 1
            odd = self.odd
        else:
            odd = self.items + self.odd
        for s, e, r in odd:
            if s <= start and end <= e and (best is None or r < best):
                best = r
        return best

    def any_containing(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        if i and self.maxend[i - 1] >= end:
            return True
        return any(s <= start and end <= e for s, e, _ in self.odd)

    def inside(self, lo: int, hi: int) -> int | None:
        """Rank of the first span (input order) with ``lo <= s`` and ``e <= hi``."""
        best = None
        items = self.items
        j = bisect_left(self.starts, lo)
        while j < len(items):
            s, e, r = items[j]
            if s > hi:
                break
            if e <= hi and (best is None or r < best):
                best = r
                if self.ranked:
                    break
            j += 1
        for s, e, r in self.odd:
            if lo <= s and e <= hi and (best is None or r < best):
                best = r
        return best


class _Context:
    def __init__(self, articles: Sequence[Article], claims: Sequence[Claim], dates: Sequence[DateMention] = ()):
        self.articles = {a.id: a for a in articles}
        self._days: dict[int, tuple] = {}
        self._war: dict[str, bool] = {}
        self.dates_by_article: dict[str, list[DateMention]] = defaultdict(list)
        for d in dates:
            self.dates_by_article[d.article].append(d)
        self._sent: dict[str, list[Span]] = {}
        self.claims = {c.id: c for c in claims}
        self._claims_by_article: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            self._claims_by_article[c.article].append(c)
        # per-article indexes, built on first use
        self._claim_spans: dict[str, _Spans] = {}
        self._speaker_spans: dict[str, _Spans] = {}
        self._date_spans: dict[str, tuple[list[DateMention], _Spans]] = {}
        self._blanked: dict[str, str] = {}

    def text(self, art: str) -> str:
        a = self.articles.get(art)
        return a.text if a else ""

    def date(self, art: str) -> str | None:
        a = self.articles.get(art)
        return a.date if a else None

    def sentences(self, art: str) -> list[Span]:
        if art not in self._sent:
            a = self.articles.get(art)
            self._sent[art] = sentences(a.text, a.body_start) if a else []
        return self._sent[art]

    def sentence(self, art: str, offset: int) -> tuple[int, int]:
        s = sentence_at(self.sentences(art), offset)
        if s is None:
            return -1, -1
        return s.start, s.end

    def report_days(self, items: list) -> list[datetime.date]:
        key = id(items)
        hit = self._days.get(key)
        if hit is None or hit[0] is not items:
            hit = (items, _report_days(items, self))
            self._days[key] = hit
        return hit[1]

    def about_this_war(self, art: str) -> bool:
        """Whether the article mentions Hamas, Gaza or Israel (computed once per article)."""
        hit = self._war.get(art)
        if hit is None:
            hit = self._war[art] = bool(_THIS_WAR.search(self.text(art)))
        return hit

    def in_speaker(self, art: str, start: int, end: int) -> bool:
        """Whether the span lies inside the speaker phrase of a claim."""
        idx = self._speaker_spans.get(art)
        if idx is None:
            cs = self._claims_by_article.get(art, ())
            idx = self._speaker_spans[art] = _Spans(
                (c.speaker_start, c.speaker_end, r) for r, c in enumerate(cs) if c.speaker_start >= 0
            )
        return idx.any_containing(start, end)

    def without_speakers(self, art: str, start: int, end: int) -> str:
        """``text[start:end]`` with the speaker phrases of claims blanked out
        ("two people briefed on the negotiations said ..."). The article is
        blanked once; each call is a slice."""
        blanked = self._blanked.get(art)
        if blanked is None:
            text = self.text(art)
            spans = sorted(
                (max(c.speaker_start, 0), min(c.speaker_end, len(text)))
                for c in self._claims_by_article.get(art, ())
                if c.speaker_start >= 0
            )
            parts, pos = [], 0
            for s, e in spans:
                s = max(s, pos)
                if s < e:
                    parts.append(text[pos:s])
                    parts.append(" " * (e - s))
                    pos = e
            parts.append(text[pos:])
            blanked = self._blanked[art] = "".join(parts)
        return blanked[start:end]

    def claim_at(self, art: str, start: int, end: int) -> str:
        idx = self._claim_spans.get(art)
        cs = self._claims_by_article.get(art, ())
        if idx is None:
            idx = self._claim_spans[art] = _Spans((c.start, c.end, r) for r, c in enumerate(cs))
        r = idx.containing(start, end)
        return cs[r].id if r is not None else ""

    def clause_date(self, art: str, lo: int, hi: int) -> DateMention | None:
        """The first date mention (input order) inside ``[lo, hi)`` that resolves to a day."""
        hit = self._date_spans.get(art)
        if hit is None:
            ds = [d for d in self.dates_by_article.get(art, ()) if d.valid and (d.low or d.value)]
            hit = self._date_spans[art] = (ds, _Spans((d.start, d.end, r) for r, d in enumerate(ds)))
        r = hit[1].inside(lo, hi)
        return hit[0][r] if r is not None else None

    def mention(
        self,
        art: str,
        start: int,
        end: int,
        value: Any = None,
        low: Any = None,
        high: Any = None,
        claim: str | None = None,
        sentence: tuple[int, int] | None = None,
        article_date: str | None = None,
    ) -> Mention:
        if claim is None:
            claim = self.claim_at(art, start, end)
        c = self.claims.get(claim) if claim else None
        if sentence is None or sentence[0] < 0:
            sentence = self.sentence(art, start)
        text = self.text(art)
        return Mention(
            article=art,
            article_date=article_date if article_date is not None else self.date(art),
            claim=claim if c else "",
            speaker=(c.speaker_name or c.speaker) if c else "",
            speaker_kind=c.speaker_kind if c else "",
            text=text[start:end] if text else "",
            start=start,
            end=end,
            value=value,
            low=low,
            high=high,
            sentence_start=sentence[0],
            sentence_end=sentence[1],
        )


def _conflict(kind: str, severity: str, summary: str, mentions: Iterable[Mention]) -> Conflict:
    ms = sorted(set(mentions), key=lambda m: (m.article_date or "", m.article, m.start, m.end))[:MAX_MENTIONS]
    cid = stable_id("cf_", kind, *sorted((m.article, m.start, m.end) for m in ms))
    return Conflict(id=cid, kind=kind, severity=severity, summary=summary, mentions=tuple(ms))


# ---------------------------------------------------------------------------
# round numbers: the one place where "more than thirty" becomes 31-39

_QUALIFIERS = (
    ("more", r"(?:more than|over|above|in excess of|upwards of|greater than)"),
    ("atleast", r"(?:at least|no fewer than|no less than|a minimum of)"),
    ("less", r"(?:less than|fewer than|under|below)"),
    ("nearly", r"(?:nearly|almost|close to|just under|just shy of)"),
    ("about", r"(?:about|around|approximately|roughly|some|an estimated|estimated|nearly|circa|or so)"),
    ("upto", r"(?:up to|as many as|at most|no more than)"),
)


_QUALIFIER_FULL = [(name, re.compile(pat)) for name, pat in _QUALIFIERS]
_QUALIFIER_END = re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in _QUALIFIERS) + r")\s*$")


def granularity(value: float) -> float:
    """The step a writer rounds to: 30 -> 10, 1,200 -> 100, 129 -> 1."""
    if not math.isfinite(value) or value <= 0 or value != int(value):
        return 1.0
    v, g = int(value), 1
    while v % 10 == 0 and v >= 10:
        v //= 10
        g *= 10
    return float(g)


def qualifier_of(qualifier: str, before: str) -> str:
    """Normalised qualifier from the extractor's field or the words before the number."""
    q = (qualifier or "").lower().strip()
    if q:
        for name, rx in _QUALIFIER_FULL:
            if rx.fullmatch(q):
                return name
    m = _QUALIFIER_END.search(before.lower())
    if m:
        return m.lastgroup
    if q in ("range", "vague"):
        return q
    return ""


def readings(value: float, low: float, high: float, qual: str) -> tuple[tuple[float, float], tuple[float, float]]:
    """(literal, everyday) intervals of a count as written.

    Literal: what the words allow ("more than 30" is anything above 30).
    Everyday: how people read round numbers: "more than thirty" is 31-39 (a
    writer with 40 in mind says forty), "at least 1,200" is 1,200-1,299,
    "about 1,200" is 1,150-1,250, "nearly 300" is 291-299. The everyday
    interval is always inside the literal one.
    """
    g = granularity(value)
    v = value
    if qual == "more":
        lit = (v + 1 if v == int(v) else v, math.inf)
        every = (v + 1, v + g - 1) if g > 1 else lit
    elif qual == "atleast":
        lit = (v, math.inf)
        every = (v, v + g - 1) if g > 1 else lit
    elif qual == "less":
        lit = (0.0, v - 1 if v == int(v) else v)
        every = (v - g + 1, v - 1) if g > 1 else lit
    elif qual == "nearly":
        lit = (v - max(g, 0.1 * v), v)
        every = (v - g + 1, v) if g > 1 else lit
    elif qual == "about":
        lit = (v - max(g, 0.1 * v), v + max(g, 0.1 * v))
        every = (v - g / 2, v + g / 2) if g > 1 else lit
    elif qual == "upto":
        lit = (0.0, v)
        every = lit
    else:
        lit = (min(low, v), max(high, v))
        every = lit
    # the extractor's interval widens the literal reading, never narrows it
    if qual and math.isfinite(low) and math.isfinite(high) and low <= v <= high:
        lit = (min(lit[0], low), max(lit[1], high))
    lo, hi = max(every[0], lit[0]), min(every[1], lit[1])
    every = (lo, hi) if lo <= hi else lit
    return lit, every


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


# ---------------------------------------------------------------------------
# figures: what is counted, in which role, where, when

_WORD_NUMBERS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions dozen dozens a an"
).split()

_SKIP_WORDS = set(_WORD_NUMBERS) | {
    "more", "than", "over", "about", "around", "some", "nearly", "almost", "at", "least", "up", "to", "as",
    "many", "roughly", "approximately", "estimated", "of", "them", "whom", "which", "those", "the", "and",
    "other", "others", "additional", "further", "another", "new", "total", "mostly", "including",
    "fewer", "less", "under", "below", "no", "just", "only", "upwards", "close",
}

_NATIONALITY = {
    "israeli": "israeli", "israelis": "israeli", "palestinian": "palestinian", "palestinians": "palestinian",
    "egyptian": "egyptian", "egyptians": "egyptian", "foreign": "foreign", "foreigners": "foreign",
    "american": "american", "americans": "american", "thai": "thai", "lebanese": "lebanese",
    "syrian": "syrian", "syrians": "syrian", "jordanian": "jordanian", "british": "british",
}

#: counted things: noun (lower case) -> canonical thing
_THINGS = {
    "hostage": "hostage", "hostages": "hostage", "captive": "hostage", "captives": "hostage",
    "abductee": "hostage", "abductees": "hostage", "kidnapped": "hostage",
    "prisoner": "prisoner", "prisoners": "prisoner", "detainee": "prisoner", "detainees": "prisoner",
    "people": "people", "persons": "people", "person": "people", "individuals": "people", "dead": "people",
    "killed": "people", "injured": "people", "wounded": "people", "casualties": "people", "victims": "people",
    "deaths": "people", "lives": "people", "bodies": "people", "fatalities": "people", "residents": "people",
    "israelis": "people", "palestinians": "people", "egyptians": "people", "syrians": "people",
    "americans": "people", "others": "people",
    "soldier": "soldier", "soldiers": "soldier", "troops": "soldier", "servicemen": "soldier",
    "civilian": "civilian", "civilians": "civilian",
    "child": "child", "children": "child", "minors": "child", "kids": "child",
    "woman": "woman", "women": "woman", "foreigners": "foreigner", "foreign": "foreigner",
    "journalist": "journalist", "journalists": "journalist", "reporters": "journalist",
    "fighter": "fighter", "fighters": "fighter", "militants": "fighter", "gunmen": "fighter",
    "worker": "worker", "workers": "worker", "doctors": "medic", "medics": "medic", "nurses": "medic",
}

_PEOPLE_LIKE = set(_THINGS.values())

_ROLE_CUES = (
    ("killed", r"killed|kill|kills|killing|dead|deaths?|died|die|dying|lives|bodies|massacred|murdered|slain|fatalities|death toll"),
    ("injured", r"injured|wounded|injuries|injuring|wounding|hurt"),
    ("kidnapped", r"kidnapp\w*|abduct\w*|taken hostage|taken captive|seized|captured|snatched|took"),
    ("held", r"still|remain\w*|held|hold|holds|holding|captivity|captive"),
    ("released", r"releas\w*|free|freed|freeing|frees|swap\w*|exchang\w*|handed over|hand over|liberat\w*|returned|rescued|rescuing|rescue(?!\s+(?:workers?|teams?|crews?|services?|efforts?|personnel))"),
    ("demanded", r"demand\w*|wants?|seeks?|seeking|calls? for|insists?"),
)
_ROLES_RE = re.compile("|".join(rf"\b(?P<{r}>{p})\b" for r, p in _ROLE_CUES), re.I)
_HELD_IN = re.compile(r"(?:held|jailed|detained)\s+(?:in|by)\b", re.I)
#: a participle describing the counted noun ("hostages kidnapped by Hamas
#: during its attack"): the verb or noun before the number governs the count
_DESCRIBED = re.compile(
    r"(?:held|jailed|detained|kidnapp\w*|abducted|seized|captured|taken(?:\s+(?:hostage|captive))?)\s+"
    r"(?:in|by|during|on|from|at|since)\b",
    re.I,
)
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|to)\b", re.I)
#: an appositive after the counted noun: "60 hostages, most of them women and children, are to be freed"
_APPOSITIVE = re.compile(
    r"\s*[,(]\s*(?:(?:most|all|many|some|several|half|none|nearly all|almost all|the majority|two-thirds|a third)\s+of\s+"
    r"(?:them|whom)|including|among them|mostly|mainly|many of them)\b[^,;()]{0,80}[,)]",
    re.I,
)

#: a release told as a past fact: "Hamas released 50 hostages", "were freed"
_PAST_RELEASE = re.compile(
    r"(?<!would )(?<!will )(?<!could )(?<!to )(?<!be )\b(?:released|freed|were released|were freed|have been released|"
    r"had been released|has released|have released|had released)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_PROPOSAL_RE = re.compile(
    r"\b(?:would|will|could|might|shall|to be|proposals?|propos\w*|offer\w*|plans?|planned|possible|"
    r"potential|expected|under discussion|discuss\w*|negotiat\w*|draft|suggest\w*|in return for|"
    r"provides? for|providing for|envisag\w*)\b",
    re.I,
)
_DEMAND_RE = re.compile(r"\b(?:demand\w*|wants?|seeks?|seeking|calls? for|insists? on)\b", re.I)
_RUNNING_RE = re.compile(
    r"\b(?:still|so far|to date|as of|has risen|have risen|had risen|rose|risen|climbed|rising|"
    r"reached|continues? to|ongoing|health ministry|ministry of health|since|"
    r"(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?(?:been\s+)?(?:killed|died|released|freed|injured|wounded))\b",
    re.I,
)
#: a toll told as still rising: the markers of :data:`_RUNNING_RE` that do not
#: just name the health ministry or the start of the war
_RISING_TOLL_RE = re.compile(r"\b(?:still|so far|to date|as of|has risen|have risen|had risen|rose|risen|climbed|rising|reached)\b", re.I)
_TRUCE_RE = re.compile(
    r"\b(?:truce|ceasefire|cease-fire|pause|lull|halt|stop(?:ping)? the fighting|deal|exchange|swap|agreement)\b",
    re.I,
)

_PLACES = {
    "gaza": "gaza", "gaza strip": "gaza", "israel": "israel", "sinai": "sinai", "north sinai": "sinai",
    "west bank": "west bank", "lebanon": "lebanon", "syria": "syria", "egypt": "egypt", "jerusalem": "jerusalem",
    "khan younis": "gaza", "rafah": "gaza", "jenin": "west bank", "iraq": "iraq", "yemen": "yemen",
    "ukraine": "ukraine", "russia": "russia", "sudan": "sudan", "the palestinian enclave": "gaza",
    "the enclave": "gaza", "the strip": "gaza", "israeli soil": "israel", "southern israel": "israel",
}
_PLACE_ALT = "|".join(sorted((re.escape(p) for p in _PLACES), key=len, reverse=True))
_PLACE_PREP_RE = re.compile(
    r"\b(?:in|on|across|inside|into|near|at|from|throughout)\s+(?:the\s+)?"
    r"(?:[\w]+-(?:run|controlled|ruled|governed|held|besieged)\s+)?"  # "in Hamas-run Gaza"
    r"(?:southern\s+|northern\s+|occupied\s+|central\s+)?(" + _PLACE_ALT + r")\b", re.I)
#: a place fronted for the whole sentence: "In Gaza, the health ministry said ..."
_FRONTED_PLACE = re.compile(
    r"\s*(?:in|inside|across|throughout)\s+(?:the\s+)?(?:southern\s+|northern\s+|occupied\s+|central\s+)?("
    + _PLACE_ALT + r")\s*,", re.I)
_PLACE_RE = re.compile(r"\b(" + _PLACE_ALT + r")\b", re.I)

#: Named events a figure can belong to: compared across all report dates.
_NAMED_EVENTS = (
    ("the October 7 attack", "israel", re.compile(
        r"\b(?:october 7|oct\.? 7|7 october|hamas(?:'s|\u2019s|-led)?\s+(?:\w+\s+)?(?:attack|assault|incursion|rampage|massacre|raid)|"
        r"al-aqsa flood|cross-border (?:attack|raid|assault)|surprise attack|"
        r"hamas(?:-led)? (?:militants|fighters|gunmen|terrorists) (?:\w+ )?(?:stormed|attacked|rampaged|infiltrated|burst|poured|broke)|"
        r"stormed (?:into )?(?:southern )?israel)\b", re.I)),
)

#: a named site ("al-Wahda Street", "the al-Ahli Arab Hospital"): capitalised
#: words (an "al-"/"el-" prefix allowed) ending in a kind of building or street
#: one strike hits (not camps or towns: areas struck again and again)
_SITE = (
    r"(?:(?:al|el)-)?[A-Z][\w'\u2019-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'\u2019-]*){0,3}\s+"
    r"(?i:street|road|hospital|school|mosque|church|tower|market|square|university|clinic|bakery)"
)
_SITE_EVENT_NOUN = r"(?i:(?:air\s*|drone\s*|missile\s*)?strikes?|airstrikes?|bombings?|blast|explosion|massacre|shelling)"
#: one strike on a named site, told as "the al-Wahda Street strike" or "strikes
#: (destroyed three buildings) on al-Wahda Street"; not "another/a second strike on ..."
_SITE_EVENT_RE = re.compile(
    r"(?<![\w-])(?:(?P<site1>" + _SITE + r")\s+" + _SITE_EVENT_NOUN + r"\b"
    r"|" + _SITE_EVENT_NOUN + r"\s+(?:[\w'\u2019-]+\s+){0,4}?(?i:on|at|in|near|of|against)\s+(?:the\s+)?(?P<site2>" + _SITE + r"))\b"
)
_NOT_THIS_STRIKE = re.compile(
    r"\b(?:a|an|another|second|third|new|fresh|latest|earlier|previous|separate|further)\s+(?:\w+\s+)?\Z", re.I
)


def _site_event(text: str, lo: int, hi: int) -> tuple[str, str]:
    """The named site of the one strike a clause tells of, as its first name
    word and its kind ("al-Ahli Arab Hospital" and "the al-Ahli hospital" ->
    "ahli hospital") and as written, or ("", "")."""
    for m in _SITE_EVENT_RE.finditer(text, lo, hi):
        if _NOT_THIS_STRIKE.search(text, max(lo, m.start() - 30), m.start()):
            continue  # "another strike on the school": one of several
        written = " ".join((m.group("site1") or m.group("site2")).split())
        words = re.sub(r"\b(?:al|el)-", "", written.lower().replace("\u2019", "'")).split()
        return (words[0] + " " + words[-1] if len(words) > 1 else " ".join(words)), written
    return "", ""


#: one military operation in a named place smaller than a region ("the raid
#: on Nuseirat", "the Israeli operation in the Maghazi camp", "the Nuseirat
#: raid"); regions and cities struck again and again (:data:`_PLACES`: Gaza,
#: Rafah, Jenin, ...) are not one operation
_OP_PLACE = r"(?:(?:al|el)-)?[A-Z][\w'\u2019-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w'\u2019-]+){0,2}"
_OP_NOUN = r"(?i:(?:(?:hostage[- ])?rescue|military|special[- ]forces|commando|army|israeli|deadly|daytime|daylight)\s+)?" \
    r"(?i:raid|operation|mission|assault|incursion)"
_OP_EVENT_RE = re.compile(
    r"(?<![\w-])(?:" + _OP_NOUN + r"\s+(?i:on|in|at|into|inside)\s+(?i:the\s+)?"
    r"(?i:(?:crowded|central|northern|southern|eastern|western|densely populated)\s+)?(?P<p1>" + _OP_PLACE + r")"
    r"|(?i:the)\s+(?P<p2>" + _OP_PLACE + r")\s+(?i:(?:hostage[- ])?rescue\s+)?(?i:raid|operation|mission|assault|incursion))(?![\w-])"
)
#: "hostages rescued in Nuseirat [on Saturday]": a participle naming the operation (dates only)
_OP_VERB_RE = re.compile(
    r"(?<![\w-])(?i:rescued|raided)\s+(?:(?i:from|in|at|inside)\s+)?(?i:the\s+)?(?:\w+\s+)?(?P<p3>" + _OP_PLACE + r")(?![\w-])"
)
#: "killed in the raid": a definite operation named earlier in the article
_THE_OP = re.compile(r"\bthe\s+(?:(?:israeli|military|rescue|army)\s+)?(?:raid|operation|assault)\b", re.I)
#: how far back (characters) "the raid" looks for the operation it names
OP_LOOKBACK = 1500
_NOT_OP_PLACE = {"hamas", "idf", "the", "gaza", "israel", "palestinian", "israeli", "october", "november", "west"}


def _op_key(written: str) -> str:
    words = re.sub(r"\b(?:al|el)-", "", written.lower().replace("\u2019", "'")).split()
    if not words or written.lower() in _PLACES or words[0] in _PLACES or words[0] in _NOT_OP_PLACE \
            or words[0] in _NATIONALITY or words[0] in _NOT_SUBPLACE:
        return ""
    return "the operation in " + words[0]


def _place_operations(text: str, lo: int, hi: int, verbs: bool = False) -> list[tuple[int, int, str, str]]:
    """The operations in named places told in ``[lo, hi)``: (start, end, key, place as written)."""
    out = []
    for rx in (_OP_EVENT_RE, _OP_VERB_RE) if verbs else (_OP_EVENT_RE,):
        pos = lo
        while True:
            m = rx.search(text, pos, hi)
            if m is None:
                break
            # next search from the next word: "the Israeli operation in Nuseirat"
            # is not "the [Israeli] operation" but the operation in Nuseirat
            pos = m.start() + 1
            if _NOT_THIS_STRIKE.search(text, max(lo, m.start() - 30), m.start()):
                continue  # "a raid on ...", "another operation in ...": one of several
            written = " ".join(next(g for g in m.groups() if g).split())
            key = _op_key(written)
            if key:
                out.append((m.start(), m.end(), key, written))
                pos = m.end()
    return sorted(out)


def _operation_of(text: str, cl: int, ch: int, ss: int) -> tuple[str, str]:
    """The operation in a named place a clause tells of ("killed in the raid on
    Nuseirat"), or the one "the raid" of the clause refers back to (the last
    named before it in the article, within :data:`OP_LOOKBACK`), or ("", "")."""
    ops = _place_operations(text, cl, ch)
    if ops:
        return ops[0][2], ops[0][3]
    m = _THE_OP.search(text, cl, ch)
    if m and not _PLACE_PREP_RE.search(text, cl, ch):  # "the operation in Gaza": the war, not one raid
        ops = _place_operations(text, max(0, cl - OP_LOOKBACK), cl)
        if ops:
            return ops[-1][2], ops[-1][3]
    return "", ""


_PARTITIVE = re.compile(
    r"^(?:(?:more than|over|around|about|some|nearly|almost|at least|roughly|up to)\s+)?[\w.,-]*\w\s+of\s+(?:whom|them|which|those|these)\b"
)
_SOURCE_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:briefed|familiar with|close to|with knowledge|who (?:asked|spoke|requested|declined)|"
    r"told|said|speaking on condition)\b",
    re.I,
)
_RATE = re.compile(r"\s*(?:for (?:each|every)|per|a day|each day|every day|a week|per day)\b", re.I)
#: "one day for every additional 10 captives": the number is the divisor of a rate
_RATE_BEFORE = re.compile(r"\b(?:for (?:each|every)|per)\s+(?:additional\s+|extra\s+|further\s+|other\s+)?\Z", re.I)
_RELATIVE_START = re.compile(
    r"^\s*(?:which|who|that|in which|during which|where|when|killing|leaving|wounding|kidnapping|abducting|taking)\b", re.I
)
_HOLDER_RE = re.compile(r"\b(hamas|israel|islamic jihad|militants|israeli (?:jails|prisons|custody))\b", re.I)
_RELEASE_VERB = re.compile(r"\b(?:releas\w*|free\w*|hold\w*|held|swap\w*|exchang\w*|jail\w*)\b", re.I)


def _prisoner_holder(text: str, cl: int, ch: int, start: int, end: int) -> str:
    """Whose prisoners: "Hamas releasing 40 prisoners" are hostages, "Israel
    to release 1,100 prisoners" are Palestinian prisoners; "prisoners held in
    Israeli jails" too. Unknown holder: plain "prisoner"."""
    after = text[end:ch]
    m = re.match(r"^\s*(?:\w+\s+){0,3}?(?:held|jailed|detained)\s+(?:by|in)\s+(?:the\s+)?(\w+(?:\s+\w+)?)", after, re.I)
    if m:
        w = m.group(1).lower()
        if w.startswith(("hamas", "gaza", "militants")):
            return "hostage"
        if w.startswith(("israel", "israeli")):
            return "palestinian prisoner"
    if re.match(r"^\s*(?:\w+\s+){0,3}?in\s+israeli\s+(?:jails|prisons|custody)", after, re.I):
        return "palestinian prisoner"
    # the actor named last before the verb that governs the prisoners
    verbs = [m for m in _RELEASE_VERB.finditer(text, cl, start)]
    if verbs:
        v = verbs[-1]
        actors = [m for m in _HOLDER_RE.finditer(text, cl, v.start())]
        if actors:
            a = actors[-1].group(1).lower()
            if a in ("hamas", "islamic jihad", "militants"):
                return "hostage"
            return "palestinian prisoner"
    return "prisoner"


_AGENT_RE = re.compile(
    r"\b(?:(israeli (?:air ?strikes|strikes|bombardment|bombing|forces|troops|army|military|fire|raids?|attacks?|offensive)|"
    r"air ?strikes|bombardment|israel's (?:offensive|war|bombardment|campaign))|"
    r"(hamas|militants|gunmen|rockets?|hamas-led))\b",
    re.I,
)


def _agent_place(text: str, cl: int, ch: int, start: int) -> str:
    """Where a toll is, from who did the killing when no place is named:
    Israeli strikes kill in Gaza, Hamas gunmen and rockets in Israel."""
    hits = list(_AGENT_RE.finditer(text, cl, ch))
    if not hits:
        return ""
    kinds = {"gaza" if m.group(1) else "israel" for m in hits}
    return kinds.pop() if len(kinds) == 1 else ""


_YEAR_WAR_RE = re.compile(r"\b(?:(?:the\s+)?(19[5-9]\d|20[0-4]\d)\s+(?:war|conflict|offensive|fighting)|(?:war|conflict|offensive) (?:of|in) (19[5-9]\d|20[0-4]\d))\b", re.I)
#: a war named by its length: "the 11-day war", "the eleven-day conflict", "the 50-day war of 2014"
_DAYS_WAR_RE = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](day|week)\s+(?:war|conflict)\b", re.I)
_SMALL_UNITS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
               "seventeen eighteen nineteen".split()
_SMALL_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_SMALL_NUMBERS = {w: i + 1 for i, w in enumerate(_SMALL_UNITS)} | _SMALL_TENS | {
    f"{t}-{u}": v + i + 1 for t, v in _SMALL_TENS.items() for i, u in enumerate(_SMALL_UNITS[:9])}


def _days_war(clause: str) -> str:
    """ "the 11-day war" (digits or words) as one event name, or "". """
    m = _DAYS_WAR_RE.search(clause)
    if not m:
        return ""
    n = m.group(1).lower()
    n = n if n.isdigit() else str(_SMALL_NUMBERS.get(n, ""))
    return f"the {int(n)}-{m.group(2).lower()} war" if n else ""


_PART_RE = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|final|latest|new|another|next|previous)\s+"
    r"(?:day|batch|group|round|phase|stage|release|swap|exchange|wave)|batch|group of)\b",
    re.I,
)
_AS_OF = re.compile(r"\bas of\b", re.I)
_BATCH_WORDS = {"day", "batch", "group", "round", "release", "swap", "exchange", "wave"}


def _part_name(part: str) -> str:
    """One name for one batch of a deal: "the first day", "the first exchange"
    and "the first group" of a daily swap are the same release."""
    words = part.lower().split()
    if len(words) == 2 and words[1] in _BATCH_WORDS:
        return words[0] + " batch"
    return " ".join(words)


#: a subset of a count named just before: "24 hostages, including 13 Israelis"
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them|among those)\s+"
    r"(?:at least\s+|some\s+|about\s+|around\s+|nearly\s+)?\Z", re.I)
_DAILY_RE = re.compile(
    r"\b(?:(?:past|last|previous)\s+(?:24|48|72|twenty-four|forty-eight)\s+hours|(?:past|last) (?:day|night)|overnight|"
    r"in a single day|in one day|today|yesterday|since (?:dawn|midnight|morning)|this morning|daily)\b",
    re.I,
)
_SUBPLACE_RE = re.compile(
    r"\b(?:in|at|near|inside|on)\s+(?:the\s+)?(?:kibbutz\s+|moshav\s+|town of\s+|city of\s+|village of\s+|camp of\s+)?"
    r"([A-Z][\w'\u2019-]+)"
)
_NOT_SUBPLACE = set(_names.NON_NAME_TOKENS) | {"october", "oct", "israeli", "palestinian"}
_TOLL_RE = re.compile(r"\b(?:death toll|toll|in total|overall|altogether|total of)\b", re.I)


#: a date that opens the period a count covers ("killed since October 7",
#: "since the fighting began on Monday", "from October 7"): not the day the
#: count is given for
_PERIOD_START = re.compile(r"(?:\bsince\b[^,;:.!?()]{0,40}|\bfrom\s+)\Z", re.I)
#: dates looked at per clause (bounded: the work per figure stays constant)
_CLAUSE_DATES_LOOKED_AT = 4


def _clause_date(ctx: "_Context", art: str, cl: int, ch: int) -> str:
    """The resolved date a clause gives itself ("on Friday", "as of November 20"), or "".
    A date opening the counted period ("since October 7") is not the clause's date."""
    text = ctx.text(art)
    d, lo = None, cl
    for _ in range(_CLAUSE_DATES_LOOKED_AT):
        d = ctx.clause_date(art, lo, ch)
        if d is None or not _PERIOD_START.search(text, max(cl, d.start - 45), d.start):
            break
        lo, d = d.start + 1, None
    if d is None:
        return ""
    lo, hi = d.low or d.value, d.high or d.value
    return lo if lo == hi else f"{lo}..{hi}"


def _truce_date(ctx: "_Context", art: str, ss: int, se: int) -> str:
    """The date the sentence gives a truce ("the truce, in late November"), or ""."""
    lo = ss
    for _ in range(_CLAUSE_DATES_LOOKED_AT):
        d = ctx.clause_date(art, lo, se)
        if d is None:
            return ""
        if _TRUCE_NOUN.search(d.event_key or d.event or ""):
            lo_, hi_ = d.low or d.value, d.high or d.value
            return lo_ if lo_ == hi_ else f"{lo_}..{hi_}"
        lo = d.end
    return ""


_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_CLAUSE_SPLIT = re.compile(r"[,;:][\"'\u201d\u2019]?\s|\s[\u2013\u2014-]\s|\(|\)")


def _clause(text: str, ss: int, se: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence ``[ss, se)`` around ``[start, end)``."""
    lo, hi = ss, se
    for m in _CLAUSE_SPLIT.finditer(text, ss, se):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def _nearest(regex: re.Pattern, text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, re.Match] | None:
    best = None
    for m in regex.finditer(text, lo, hi):
        if m.start() < end and m.end() > start:
            d = 0
        elif m.start() >= end:
            d = m.start() - end
        else:
            d = start - m.end()
        if best is None or d < best[0]:
            best = (d, m)
    return best


class _FigKey:
    __slots__ = ("thing", "side", "role", "place", "event", "when", "label_event", "running")

    def __init__(self, thing, side, role, place, event, when, label_event, running=False):
        self.thing, self.side, self.role, self.place = thing, side, role, place
        self.event, self.when, self.label_event = event, when, label_event
        self.running = running

    def block(self) -> tuple:
        return (self.thing, self.side, self.role, self.place, self.event, self.when, self.running)


def _noun_phrase(text: str, start: int, end: int) -> list[str]:
    """Words of the counted thing: the words after the number, past
    qualifiers, number words and "of them"."""
    window = text[start : min(len(text), end + 60)]
    words = re.findall(r"[A-Za-z][\w'\u2019-]*|\d[\d,.]*", window)
    out = []
    for w in words:
        lw = w.lower()
        if not out and (lw in _SKIP_WORDS or lw[0].isdigit()):
            continue
        out.append(lw)
        if len(out) >= 3:
            break
    return out


_YEAR_ONLY = re.compile(r"\s*(19|20)\d\d\s*")
_LETTER_NEXT = re.compile(r"[ \t]{0,2}[A-Za-z]")
_DEATH_TOLL = re.compile(r"\bdeath toll\b", re.I)
_HAS_KILLED = re.compile(r"\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:killed|been killed|died)\b", re.I)
_INNER_WORDS = re.compile(r"\s*((?:[a-z]+\s+){1,3})")


def _read_figure(f: Figure, ctx: _Context) -> tuple[_FigKey, tuple, tuple] | None:
    text = ctx.text(f.article)
    if not text or not (0 <= f.start < f.end <= len(text)):
        return None
    if f.unit not in ("count", ""):
        return None
    v = f.value
    if v is None or not math.isfinite(v) or v <= 0:
        return None
    if f.qualifier == "vague":
        return None
    if _YEAR_ONLY.fullmatch(f.text):  # a year, not a count
        return None
    # what is counted
    np_words = _noun_phrase(text, f.start, f.end)
    side = ""
    thing = ""
    for w in np_words:
        w2 = w[:-2] if w.endswith(("'s", "\u2019s")) else w.rstrip("'\u2019")
        if w2 in _NATIONALITY and not side:
            side = _NATIONALITY[w2]
            if w2 in _THINGS:
                thing = _THINGS[w2]
                break
            continue
        if w2 in _THINGS:
            thing = _THINGS[w2]
            break
        if w2 in ("of", "whom", "them", "which"):
            break
    if not thing and f.key in _PEOPLE_LIKE:
        thing = f.key
    bare = not _LETTER_NEXT.match(text, f.end)
    if thing not in _PEOPLE_LIKE and not bare:
        return None
    if ctx.in_speaker(f.article, f.start, f.end) or _SOURCE_AFTER.match(text, f.end):
        return None  # "Two people briefed on the negotiations told ...": the source, not a count
    ss, se = f.sentence_start, f.sentence_end
    if not (0 <= ss <= f.start and f.end <= se <= len(text)):
        ss, se = ctx.sentence(f.article, f.start)
        if ss < 0:
            ss, se = f.start, f.end
    fronted = ss  # "In Gaza, ...": a place fronted for the whole sentence
    # the sentence as far as it can describe this figure: a bounded window,
    # so the work per figure stays constant in a run-on sentence of figures
    ss, se = max(ss, f.start - SENTENCE_WINDOW), min(se, f.end + SENTENCE_WINDOW)
    cl, ch = _clause(text, ss, se, f.start, f.end)
    if _RELATIVE_START.match(text[cl:ch]) and cl > ss:
        # "the attack, which killed 1,400 people": the antecedent is in the clause before
        cl, _ = _clause(text, ss, se, max(ss, cl - 3), max(ss, cl - 2))
    clause = text[cl:ch]
    sentence = text[ss:se]
    if _SUBSET_BEFORE.search(text, max(ss, f.start - 30), f.start):
        return None  # "24 hostages, including 13 Israelis": part of the count before
    if _PARTITIVE.match(text[f.start : min(len(text), f.end + 20)].lower()):
        return None  # "24 of them", "twenty of whom": a subset of a count named elsewhere
    if _RATE.match(text, f.end) or _RATE_BEFORE.search(text, max(ss, f.start - 40), f.start):
        return None  # "three prisoners for each hostage", "a day for every 10 captives": a rate, not a count

    if not thing and bare and _DEATH_TOLL.search(clause):
        thing = "people"  # "the death toll has risen to 14,800"
    if thing not in _PEOPLE_LIKE:
        return None

    # "60 hostages, most of them women and children, are to be freed": with no
    # role in its own clause, the count's verb comes after the appositive
    if not _ROLES_RE.search(text, cl, ch):
        ap = _APPOSITIVE.match(text, ch, se)
        if ap:
            _, ch = _clause(text, ss, se, ap.end() + 1, ap.end() + 1)
            clause = text[cl:ch]

    # role: the nearest role cue in the clause; nouns like "dead" fix it
    role = ""
    for w in np_words[:2]:
        if w in ("dead", "killed", "deaths", "fatalities", "bodies"):
            role = "killed"
        elif w in ("injured", "wounded"):
            role = "injured"
    if not role:
        best = None
        for m in _ROLES_RE.finditer(text, cl, ch):
            r = m.lastgroup
            if m.start() < f.end and m.end() > f.start:
                d = 0
            elif m.start() >= f.end:
                d = m.start() - f.end
                if r == "held" and _HELD_IN.match(text, m.start()):
                    d += 60  # "hostages held in Gaza": a description, the verb before governs
                elif _DESCRIBED.match(text, m.start()) and not _AUXILIARY.search(text, f.end, m.start()):
                    d += 60  # "the release of 40 hostages kidnapped by Hamas": likewise
            else:
                d = f.start - m.end()
            if best is None or d < best[0]:
                best = (d, r, m.group())
        if best:
            role = best[1]
            if role == "released" and best[2].lower().startswith("rescu") and thing != "hostage":
                role = ""  # "rescuers pulled 40 people from the rubble": not a release
    if not role and thing == "hostage":
        role = "held"
    if not role and f.roles:
        r0 = f.roles[0]
        role = {"kill": "killed", "die": "killed", "injure": "injured", "wound": "injured", "kidnap": "kidnapped",
                "abduct": "kidnapped", "hold": "held", "release": "released", "free": "released"}.get(r0, "")
    if not role:
        return None

    # prisoners held by Hamas are the hostages; Palestinian prisoners are not
    if thing == "prisoner":
        if side == "israeli":
            thing, side = "hostage", ""
        elif side == "palestinian":
            thing, side = "palestinian prisoner", ""
        else:
            thing = _prisoner_holder(text, cl, ch, f.start, f.end)
    if thing == "people" and (role == "kidnapped" or side == "israeli" and role in ("held", "released", "to be released")):
        thing = "hostage"  # "Thirteen Israelis were freed": the hostages
    if thing == "hostage" and side == "israeli":
        side = ""  # most hostages are Israeli: "Israeli hostages" and "hostages" are one count

    # release roles: a past fact, a proposal or a demand
    if role == "released":
        if _DEMAND_RE.search(clause):
            role = "demanded"
        elif not _PAST_RELEASE.search(text, cl, f.start) and _PROPOSAL_RE.search(ctx.without_speakers(f.article, ss, ch)):
            role = "to be released"

    # event
    event, label_event = "", ""
    for name, place_of, rx in _NAMED_EVENTS:
        if rx.search(clause):
            event, label_event = name, name
            break
    site = ""
    if not event and role in ("killed", "injured"):
        site, written = _site_event(text, cl, ch)
        if site:
            event, label_event = "the strike on " + site, "in the strike on " + written
        else:
            site, written = _operation_of(text, cl, ch, ss)
            if site:
                event, label_event = site, "in the operation in " + written
    if not event and role in ("killed", "injured"):
        m = _YEAR_WAR_RE.search(clause)
        if m:
            y = m.group(1) or m.group(2)
            event, label_event = f"the {y} war", f"the {y} war"
        else:
            event = label_event = _days_war(clause)
    place = ""
    if role in ("killed", "injured"):
        hit = _nearest(_PLACE_PREP_RE, text, cl, ch, f.start, f.end)
        if hit is None:
            sub = _nearest(_SUBPLACE_RE, text, cl, ch, f.start, f.end)
            word = re.sub(r"['\u2019]s?$", "", sub[1].group(1)).lower() if sub else ""
            if word and word not in _NOT_SUBPLACE and word not in _PLACES:
                place = word  # "at the Nova festival", "in Be'eri": part of a larger toll
        if hit is None and not place:
            hit = _nearest(_PLACE_RE, text, cl, ch, f.start, f.end)
        if hit:
            place = _PLACES.get(hit[1].group(1).lower(), hit[1].group(1).lower())
        if not place:
            fm = _FRONTED_PLACE.match(text, fronted, se)
            if fm:
                place = _PLACES.get(fm.group(1).lower(), fm.group(1).lower())
        if not place:
            place = _agent_place(text, cl, ch, f.start)
        ev_place = next((p for n, p, _ in _NAMED_EVENTS if n == event), "")
        if site:
            place, side = "", ""  # the site says where; "42 Palestinians" and "30 people" are one toll
        elif ev_place:
            if place and place != ev_place:
                event, label_event = "", ""  # e.g. the Gaza toll of the war that followed
            else:
                place = ev_place
                if side == ev_place.rstrip("s") + "i":  # "1,200 Israelis" in Israel
                    side = ""
    elif role in ("released", "to be released") and _TRUCE_RE.search(sentence):
        event, label_event = "truce", "in a truce" if role == "to be released" else "in the truce"
    if role not in ("killed", "injured", "kidnapped") and event == "the October 7 attack":
        event, label_event = "", ""

    # when: running counts and proposals only compare with the same day (or
    # the date the clause gives); a fixed past event compares across dates
    day = ctx.date(f.article) or f.article_date or ("article " + f.article)
    dated = _clause_date(ctx, f.article, cl, ch)
    art_day = ctx.date(f.article) or f.article_date or ""
    if dated and role == "to be released" and art_day and dated.split("..")[-1] <= art_day:
        # a release still to come is not dated by a day already over: "the cabinet
        # voted Wednesday to free 50 hostages", "40 hostages seized on October 7"
        dated = ""
    if not dated and role == "released" and event == "truce":
        # "The previous truce, in late November, saw 110 hostages freed": the
        # truce the sentence dates is the one the count belongs to
        dated = _truce_date(ctx, f.article, ss, se)
    if dated:
        day = dated
    running = (
        bool(_RUNNING_RE.search(clause))
        or role in ("held", "to be released", "demanded")
        or bool(_AS_OF.search(text, ss, f.start))  # "As of February 20, 18,228 people ..."
    )
    if site and running and not _RISING_TOLL_RE.search(clause) and not (
            event.startswith("the operation in ") and _HAS_KILLED.search(clause)):
        # ("the operation in Jabalia has killed 300": an operation still going on)
        running = False  # "the ministry said the blast at al-Ahli hospital killed 471": one strike's toll
    if _DAILY_RE.search(clause):
        event = (event + " in one day").strip()  # "in the past 24 hours": not the cumulative toll
    part = _PART_RE.search(sentence)
    if part:
        running = True
        event = (event + " " + _part_name(part.group(0))).strip()
    if role in ("killed", "injured"):
        if not running and not event and _TOLL_RE.search(clause):
            running = True
        if not running and not event:
            return None  # one strike or incident among many: nothing to compare it with
        if running and not place and not site:
            return None  # a running toll of unknown place
    if running and role == "to be released" and not dated and (ctx.date(f.article) or f.article_date):
        # the terms of one deal, told by outlets a day or two apart
        when = WITHIN_DAYS
    elif running:
        # the day the count is given for: the clause's date, the sentence's
        # ("..., the ministry said on Friday"), else the report's day
        when = dated or _clause_date(ctx, f.article, ss, se) or day
    elif event == "the October 7 attack" or event.startswith("the ") and event.endswith(" war"):
        when = ""
    elif site:
        when = WITHIN_WEEKS
    elif role == "released" and event != "truce" and not dated:
        when = day
    elif dated:
        # a fixed past event dated by a part of a month ("in November", "in
        # late November") is that month: two such reports tell of one event
        lo, _, hi = dated.partition("..")
        when = lo[:7] if hi and lo[:7] == hi[:7] else dated
    else:
        y = _YEAR_RE.search(clause) or _YEAR_RE.search(sentence)
        if y:
            when = y.group(1)
        else:
            d = ctx.date(f.article) or f.article_date
            when = WITHIN_A_YEAR if d else "article " + f.article

    before = text[max(ss, f.start - 30) : f.start]
    qual = qualifier_of(f.qualifier, before)
    # the number inside the figure text may carry its own qualifier ("more than thirty")
    inner = _INNER_WORDS.match(text[f.start : f.end].lower())
    if inner and not qual:
        qual = qualifier_of("", inner.group(1))
    if qual in ("vague",):
        return None
    low = f.low if f.low is not None else v
    high = f.high if f.high is not None else v
    lit, every = readings(v, low, high, qual)
    return _FigKey(thing, side, role, place, event, when, label_event, running), lit, every


_THING_LABEL = {
    "hostage": "Hostages", "palestinian prisoner": "Palestinian prisoners", "prisoner": "Prisoners",
    "people": "People", "soldier": "Soldiers", "civilian": "Civilians", "child": "Children",
    "woman": "Women", "foreigner": "Foreigners", "journalist": "Journalists", "fighter": "Fighters",
    "worker": "Workers", "medic": "Medics",
}
_ROLE_LABEL = {
    "killed": "killed", "injured": "injured", "kidnapped": "kidnapped", "held": "still held",
    "released": "freed", "to be released": "to be freed", "demanded": "demanded",
}


def _fig_label(k: _FigKey) -> str:
    thing = _THING_LABEL.get(k.thing, k.thing.capitalize())
    if k.thing == "hostage" and k.role == "kidnapped":
        thing = "People"
    side = (k.side.capitalize() + " ") if k.side else ""
    parts = [f"{side}{thing.lower() if side else thing} {_ROLE_LABEL.get(k.role, k.role)}"]
    if k.place:
        parts.append("in " + ("the " if k.place == "west bank" else "") + k.place.title())
    if k.label_event:
        parts.append(k.label_event if k.label_event.startswith("in ") else "in " + k.label_event)
    return " ".join(parts)


def _safe_read_figure(f: Figure, ctx: _Context) -> tuple[_FigKey, tuple, tuple] | None:
    try:
        return _read_figure(f, ctx)
    except Exception:  # a malformed record must not stop the comparison
        return None


def _figure_conflicts(figures: Sequence[Figure], ctx: _Context, readings: Sequence[Any] | None = None) -> list[Conflict]:
    if readings is None:
        readings = [_safe_read_figure(f, ctx) for f in figures]
    blocks: dict[tuple, list[tuple[Figure, _FigKey, tuple, tuple]]] = defaultdict(list)
    for f, r in zip(figures, readings):
        if r is None:
            continue
        k, lit, every = r
        blocks[k.block()].append((f, k, lit, every))
    out = []
    for items in blocks.values():
        if len(items) < 2:
            continue
        classes: dict[tuple, list] = defaultdict(list)
        for it in items:
            classes[(it[2], it[3])].append(it)
        values = {c: {it[0].value for it in its} for c, its in classes.items()}
        window = {WITHIN_A_YEAR: 365, WITHIN_DAYS: DEAL_WINDOW_DAYS, WITHIN_WEEKS: SITE_WINDOW_DAYS}.get(items[0][1].when)
        firsts: dict[tuple, list] = {}
        for a, b in _against_consensus(classes, ctx, 0):
            if window is not None and not _within(classes[a], classes[b], ctx, window):
                continue
            if values[a] & values[b]:
                continue  # "1,400" and "more than 1,400": one number, told with and without a hedge
            if _disjoint(a[0], b[0]):
                sev = "high"
            elif _disjoint(a[1], b[1]):
                sev = "medium"
            else:
                continue
            for c in (a, b):
                if c not in firsts:
                    firsts[c] = _first(classes[c], ctx)
            ca, cb = sorted((a, b), key=lambda c: (ctx.date(firsts[c][0][0].article) or "9999", firsts[c][0][0].article, firsts[c][0][0].start))
            fa, fb = firsts[ca][0][0], firsts[cb][0][0]
            k = classes[a][0][1]
            ms = [
                ctx.mention(f.article, f.start, f.end, f.value, lit[0], lit[1], f.claim, (f.sentence_start, f.sentence_end),
                            article_date=ctx.date(f.article) or f.article_date)
                for f, _, lit, _ in firsts[a] + firsts[b]
            ]
            summary = f"{_fig_label(k)}: {_short(fa.text)} vs {_short(fb.text)}"
            out.append(_conflict("figure", sev, summary, ms))
    return out


def _against_consensus(classes: dict, ctx: _Context, pos: int) -> list[tuple]:
    """The pairs of value classes to compare in one block: each class against
    the consensus (the value most articles give, then the earliest); two
    deviant values are not compared with each other, each is flagged against
    the consensus. Keeps the work and the output linear in the classes."""
    if len(classes) < 2:
        return []

    def weight(c):
        arts = {it[pos].article for it in classes[c]}
        first = min((ctx.date(it[pos].article) or "9999", it[pos].article, it[pos].start) for it in classes[c])
        return (-len(arts), first)

    weights = {c: weight(c) for c in classes}
    order = sorted(classes, key=weights.__getitem__)
    return [(order[0], c) for c in order[1:]]


def _report_days(items: list, ctx: _Context) -> list[datetime.date]:
    out = []
    for it in items:
        f = it[0]
        d = _iso(ctx.date(f.article) or f.article_date or "")
        if d is not None:
            out.append(d)
    return sorted(out)


def _within(a: list, b: list, ctx: _Context, days: int) -> bool:
    """Whether some report of one value is within ``days`` of some report of the other."""
    da, db = ctx.report_days(a), ctx.report_days(b)
    if len(da) > len(db):
        da, db = db, da
    # each day of the shorter list against its neighbours in the longer one
    # (bisect): the consensus value, compared with every other value, is not rescanned
    for d in da:
        i = bisect_left(db, d)
        if i < len(db) and (db[i] - d).days <= days or i and (d - db[i - 1]).days <= days:
            return True
    return False


def _first(items: list, ctx: _Context, pos: int = 0) -> list:
    """The earliest reports of one value (at most half of :data:`MAX_MENTIONS`):
    listing the first ones keeps conflict ids stable as later articles arrive."""
    def key(it):
        r = it[pos]
        return (ctx.date(r.article) or "9999", r.article, r.start)
    return sorted(items, key=key)[: MAX_MENTIONS // 2]


def _short(s: str, n: int = 40) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


# ---------------------------------------------------------------------------
# dates: one event, two dates

#: Event names that mean the same event (normalised keys, see :func:`event_key`).
EVENT_EQUIVALENTS = {
    "hamas attack": "the Hamas attack",
    "hamas assault": "the Hamas attack",
    "hamas incursion": "the Hamas attack",
    "hamas massacre": "the Hamas attack",
    "hamas rampage": "the Hamas attack",
    "hamas raid": "the Hamas attack",
    "hamas led attack": "the Hamas attack",
    "hamas surprise attack": "the Hamas attack",
    "hamas cross border attack": "the Hamas attack",
    "october 7 attack": "the Hamas attack",
    "oct 7 attack": "the Hamas attack",
    "7 october attack": "the Hamas attack",
    "october 7 massacre": "the Hamas attack",
    "aqsa flood": "the Hamas attack",
    "operation aqsa flood": "the Hamas attack",
    "start war": "the Hamas attack",
    "beginning war": "the Hamas attack",
    "outbreak war": "the Hamas attack",
    "war began": "the Hamas attack",
    "war broke out": "the Hamas attack",
    "start current war": "the Hamas attack",
    "start gaza war": "the Hamas attack",
    "start israel hamas war": "the Hamas attack",
}

_EVENT_STOP = set(
    "the a an its his her their this that these those of on in at to by from with for and last first latest "
    "recent current s".split()
)
_MONTHS = set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday".split())
#: Event words too generic to identify an event on their own.
_GENERIC_EVENT = set(
    "meeting meetings visit visits talks statement session conference call trip day week month year time "
    "attack attacks war truce ceasefire deal agreement start beginning end outbreak election elections "
    "summit event incident operation offensive strike strikes raid announcement report decision vote "
    "release exchange swap round phase period date launch opening closure speech interview ended began started "
    "met arrived held".split()
)
_NOT_PROPER = set(
    "the a an its his her their this that these those last most first next our my your after before since during "
    "israeli israelis palestinian palestinians egyptian egyptians arab arabs american americans qatari iranian "
    "lebanese syrian jordanian turkish european western international regional".split()
)
_PERSON_ACTIVITY = set(
    "visit visits visited trip trips call calls phone statement statements speech interview arrival arrived "
    "departure departed remarks briefing tour delegation delegations negotiations discussions consultations "
    "contacts hearing report said says met meet ended began begun started held took place".split()
)
#: events held again and again: two reports clash only when each knew both dates
_RECURRING = set(
    "meeting meetings talks talk session sessions round rounds conference summit protest protests rally "
    "demonstration vote".split()
)
#: operations repeated in one place months apart: two dates clash only when close
_REPEATED_OPS = set("raid raids strike strikes operation operations bombing shelling incursion incursions".split())
#: largest gap (days) between two dates of one repeated operation that still counts as a clash
OPS_WINDOW_DAYS = 45
#: largest gap (days) between two dates given for the start (or end) of "the truce"
TRUCE_WINDOW_DAYS = 7
_TRUCE_NOUN = re.compile(r"\b(?:truce|ceasefire|cease-fire|pause|lull)\b", re.I)
#: "the truce, which took effect on [November 24]": the verb that makes a
#: generic truce a datable moment (its start or its end)
_TRUCE_VERB = re.compile(
    r"\b(?:(?P<start>took effect|takes? effect|came into (?:force|effect)|comes? into (?:force|effect)|"
    r"went into (?:force|effect)|goes into (?:force|effect)|entered into force|enters into force|began|begins?|"
    r"started|starts?|kicked in)|(?P<end>ended|ends?|expired|expires?|collapsed|broke down))\b"
    r"(?:[^;.!?]|\b[ap]\.m\.){0,25}\Z",  # "took effect at 2 a.m. on Friday, [May 21]"
    re.I,
)
_EVENT_SYNONYMS = {"assault": "attack", "onslaught": "attack", "attacks": "attack", "onset": "start",
                   "began": "began", "outbreak": "outbreak", "massacres": "massacre"}


def event_key(event: str) -> str:
    """Normalised key of an event name: lower case, no articles, dates or
    punctuation ("its October 7 attack" -> "october 7 attack", "the start of
    the war" -> "start war")."""
    s = event.lower().replace("\u2019", "'").replace("'s", " ")
    toks = re.findall(r"[a-z]+|\d+", s.replace("-", " "))
    toks = [re.sub(r"(st|nd|rd|th)$", "", t) if t[0].isdigit() else t for t in toks]
    toks = [_EVENT_SYNONYMS.get(t, t) for t in toks if t not in _EVENT_STOP and t not in ("al",)]
    return " ".join(toks)


@lru_cache(maxsize=65536)
def canonical_event(event: str) -> str | None:
    """The canonical name of an event for blocking, or None when the name is
    too generic to identify one event ("the meeting", "the truce")."""
    k = event_key(event)
    if not k:
        return None
    if k in EVENT_EQUIVALENTS:
        return EVENT_EQUIVALENTS[k]
    content = [
        t for t in k.split()
        if t not in _MONTHS and t not in _WEEKDAYS and not t.isdigit() and t not in _NOT_PROPER
    ]
    if not content or all(t in _GENERIC_EVENT or t in _EVENT_VERBS for t in content):
        return None  # "the meeting", "the truce", "the Israeli strike", "ended", "announced"
    if any(t in _PERSON_ACTIVITY for t in content):
        return None  # "Haniyeh's visit": people visit, call and speak again and again
    return k


def is_recurring(key: str) -> bool:
    """Whether events of this kind recur ("the Doha talks", "the Jabalia raid"):
    two reports then only clash when each was written after both dates."""
    return any(t in _RECURRING for t in key.split())


_DETERMINER = re.compile(r"\b(?:the|its|his|her|their|this|last)\b", re.I)
_EVENT_BEFORE = re.compile(
    r"((?:the|its|his|her|their|this|last)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)\s+"
    r"(?:(?:took place|began|started|happened|occurred|ended|was held|were held|was launched)\s+)?(?:on|of|in|from|dated)\s*$",
    re.I,
)
_NOT_EVENT_WORDS = re.compile(
    r"\b(?:that|which|who|whom|as|said|says|told|tells|and|but|or|if|because|than|was|were|is|are|had|has|have|"
    r"according|press|agency|news|reuters|afp|television|tv|newspaper|website)\b",
    re.I,
)
_EVENT_AFTER = re.compile(
    r"^(?:,\s*\d{4})?\s+((?:[A-Za-z-]+\s+)?(?:attack|assault|massacre|war|offensive|incursion|raid|truce|ceasefire|elections?|summit|operation|bombing|strike))\b",
    re.I,
)


#: How far before a date the comparator looks for the event it dates (characters).
EVENT_WINDOW = 160


def _date_event(d: DateMention, ctx: _Context) -> tuple[str, int, int]:
    """The event a date dates: the extractor's when it names one, else read
    from the text around it ("the Hamas attack on [September 7]", "the
    flotilla interception took place on [23 April]", "its [October 7] attack")."""
    if d.event and canonical_event(d.event) is not None:
        return d.event, -1, -1
    text = ctx.text(d.article)
    if not text:
        return d.event or d.event_key or "", -1, -1
    ss = d.sentence_start if 0 <= d.sentence_start <= d.start else 0
    ss = max(ss, d.start - EVENT_WINDOW)  # bounded: the work per date stays constant
    before = text[ss : d.start]
    if not re.search(r"\bas\s+of\s*$", before, re.I):
        best = None
        starts = [m.start() for m in _DETERMINER.finditer(before)]
        for st in reversed(starts):  # nearest first; keep the longest valid phrase
            m = _EVENT_BEFORE.match(before, st)
            if not m:
                continue
            if _NOT_EVENT_WORDS.search(m.group(1)):
                break
            best = m
        if best:
            return best.group(1), ss + best.start(1), ss + best.end(1)
    m = _EVENT_AFTER.match(text[d.end : d.end + 40])
    if m:
        return d.text + " " + m.group(1), d.start, d.end + m.end(1)
    return d.event or d.event_key or "", -1, -1


#: what may stand between an operation and the date that dates it: "rescued
#: in Nuseirat on Saturday, [June 8]", "the [June 7] rescue operation in Nuseirat"
_OP_DATE_GAP_BEFORE = re.compile(
    r"\s*,?\s*(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?\Z")
_OP_DATE_GAP_AFTER = re.compile(r"(?:,\s*\d{4})?\s+\Z")


def _date_operation(d: DateMention, ctx: _Context) -> str:
    """The operation in a named place a date is attached to, or ""."""
    text = ctx.text(d.article)
    if not text:
        return ""
    for s, e, key, _ in _place_operations(text, max(0, d.start - 80), d.start, verbs=True):
        if _OP_DATE_GAP_BEFORE.match(text, e, d.start):
            return key
    for s, e, key, _ in _place_operations(text, d.end, min(len(text), d.end + 80), verbs=True):
        if s == d.end or _OP_DATE_GAP_AFTER.match(text, d.end, s):
            return key
        break
    return ""


_INDEFINITE = re.compile(r"^\s*(?:a|an|another|one)\s", re.I)
_WAR_START = {k for k in EVENT_EQUIVALENTS if "war" in k.split()}
_THIS_WAR = re.compile(r"\b(?:hamas|gaza|israel)\b", re.I)
_OTHER_WAR = re.compile(r"\b(?:ukraine|ukrainian|russia|russian|sudan|sudanese|syria|syrian|yemen|yemeni|iraq|tigray|ethiopia)\b", re.I)


def _this_war(ctx: _Context, d: DateMention) -> bool:
    """Whether "the war" of a date mention is the Israel-Hamas war: the
    article is about Hamas/Gaza/Israel and the sentence names no other war's place."""
    text = ctx.text(d.article)
    ss, se = (d.sentence_start, d.sentence_end) if 0 <= d.sentence_start <= d.start else ctx.sentence(d.article, d.start)
    sentence = text[max(ss, d.start - SENTENCE_WINDOW) : min(se, d.end + SENTENCE_WINDOW)] if ss >= 0 else ""
    return ctx.about_this_war(d.article) and not _OTHER_WAR.search(sentence)


_TRUCE_MOMENTS = ("the truce took effect", "the truce ended")
_OTHER_SUBJECT = re.compile(
    r"\b(?:war|offensive|operation|fighting|talks|negotiations|strikes?|bombardment|raids?|invasion|attack|"
    r"assault|releases?|swap|evacuation|deliveries|aid|siege|incursion)\b",
    re.I,
)


def _truce_moment(d: DateMention, ctx: _Context) -> str | None:
    """"The truce, which took effect on [November 24]", "the ceasefire ended on
    [December 1]": a generic truce dated by a start or end verb right before
    the date, with the truce named earlier in the sentence. Truces recur, so
    such dates are compared only when close (:data:`TRUCE_WINDOW_DAYS`)."""
    text = ctx.text(d.article)
    ss = d.sentence_start if 0 <= d.sentence_start <= d.start else max(0, d.start - EVENT_WINDOW)
    lo = max(ss, d.start - 60)
    m = _TRUCE_VERB.search(text, lo, d.start)
    if not m:
        return None
    nouns = list(_TRUCE_NOUN.finditer(text, max(ss, m.start() - 100), m.start()))
    if not nouns or _OTHER_SUBJECT.search(text, nouns[-1].end(), m.start()):
        return None  # "during the pause, the ground offensive began on ...": another subject
    return _TRUCE_MOMENTS[0] if m.group("start") else _TRUCE_MOMENTS[1]


def _latest(items: list, ctx: _Context) -> datetime.date:
    """The latest report date among date mentions (undated reports count as latest)."""
    best = datetime.date.min
    for it in items:
        d = _iso(ctx.date(it[2].article) or it[2].article_date or "")
        if d is None:
            return datetime.date.max
        best = max(best, d)
    return best


def _iso(s: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def _read_date(d: DateMention, ctx: _Context) -> tuple[str, str] | None:
    """The named event a date dates, as (canonical name, name as written), or
    None when it dates nothing comparable. Per date and side-effect free, so
    it may run in a worker process."""
    if not d.valid:
        return None
    lo, hi = _iso(d.low or d.value), _iso(d.high or d.value)
    if lo is None or hi is None or hi < lo:
        return None
    ev, _, _ = _date_event(d, ctx)
    op = _date_operation(d, ctx)
    if op and (not ev or canonical_event(ev) is None or any(t in _REPEATED_OPS or t == "rescue" for t in event_key(ev).split())):
        ev = op  # "the June 7 rescue operation in Nuseirat", "hostages rescued in Nuseirat on [June 8]"
    if _INDEFINITE.match(ev):
        # "a Hamas attack": one of many, not a named event; but "a ceasefire
        # took effect on May 21" dates the one moment a truce starts
        canon = _truce_moment(d, ctx)
        return None if canon is None else (canon, ev)
    canon = canonical_event(ev)
    if canon is None and d.event_key and not ev:
        canon = canonical_event(d.event_key)
    if canon is None:
        canon = _truce_moment(d, ctx)
    if canon is None:
        return None
    if canon == "the Hamas attack" and event_key(ev) in _WAR_START and not _this_war(ctx, d):
        return None  # "the start of the war" in an article about another war
    return canon, ev


def _safe_read_date(d: DateMention, ctx: _Context) -> tuple[str, str] | None:
    try:
        return _read_date(d, ctx)
    except Exception:  # a malformed record must not stop the comparison
        return None


def _date_conflicts(dates: Sequence[DateMention], ctx: _Context, readings: Sequence[Any] | None = None) -> list[Conflict]:
    if readings is None:
        readings = [_safe_read_date(d, ctx) for d in dates]
    items = []
    for d, r in zip(dates, readings):
        if r is not None:
            items.append((r[0], r[1], d, _iso(d.low or d.value), _iso(d.high or d.value)))
    # fuzzy merge of event keys that are not in the equivalence list
    keys = sorted({c for c, *_ in items})
    by_token: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        for t in set(k.split()):
            by_token[t].append(k)
    find = _names.merge_in_blocks(keys, by_token.values(), lambda a, b: fuzz.token_sort_ratio(a, b) >= 90)
    blocks: dict[str, list] = defaultdict(list)
    for it in items:
        blocks[find(it[0])].append(it)
    out = []
    for block in blocks.values():
        classes: dict[tuple, list] = defaultdict(list)
        for it in block:
            classes[(it[3], it[4])].append(it)
        recurring = any(is_recurring(it[0]) for it in block) or block[0][0] in _TRUCE_MOMENTS
        repeated_op = any(t in _REPEATED_OPS for it in block for t in it[0].split())
        firsts: dict[tuple, list] = {}
        latests: dict[tuple, datetime.date] = {}

        def latest(c, classes=classes, latests=latests):  # once per value, not once per pair
            if c not in latests:
                latests[c] = _latest(classes[c], ctx)
            return latests[c]

        for a, b in _against_consensus(classes, ctx, 2):
            if not (a[1] < b[0] or b[1] < a[0]):
                continue
            gap = (b[0] - a[1]).days if a[1] < b[0] else (a[0] - b[1]).days
            if gap > 400:  # a different year: another event of the same name
                continue
            if recurring and not (latest(a) >= b[0] and latest(b) >= a[0]):
                continue  # one report was written before the other date: two sessions, not one
            if repeated_op and gap > OPS_WINDOW_DAYS:
                continue  # the Jabalia raid of October and the one of May
            if block[0][0] in _TRUCE_MOMENTS and gap > TRUCE_WINDOW_DAYS:
                continue  # the November truce and the January ceasefire
            # the odd one out first ("September 7 vs October 7" when October 7 is said twice)
            for c in (a, b):
                if c not in firsts:
                    firsts[c] = _first(classes[c], ctx, 2)
            first = lambda c: (len(classes[c]), ctx.date(firsts[c][0][2].article) or "9999", firsts[c][0][2].article, firsts[c][0][2].start)
            ca, cb = sorted((a, b), key=first)
            da, db = firsts[ca][0][2], firsts[cb][0][2]
            sev = "high" if da.granularity == "day" and db.granularity == "day" else "medium"
            name = classes[a][0][0]
            if not name.startswith("the "):
                name = classes[a][0][1] or name
                if not name.lower().startswith(("the ", "its ", "his ", "her ", "their ")):
                    name = "the " + name
                name = re.sub(r"^(its|his|her|their)\s", "the ", name, flags=re.I)
            ms = [
                ctx.mention(d.article, d.start, d.end, d.value or d.low, d.low, d.high, d.claim,
                            (d.sentence_start, d.sentence_end), article_date=ctx.date(d.article) or d.article_date)
                for _, _, d, _, _ in firsts[a] + firsts[b]
            ]
            summary = f"Date of {name}: {_short(da.text)} vs {_short(db.text)}"
            out.append(_conflict("date", sev, summary, ms))
    return out


# ---------------------------------------------------------------------------
# names: one person, two spellings


def _names_of(ctx: _Context, aid: str) -> list[tuple[str, int, int]]:
    a = ctx.articles[aid]
    return [(m.text, m.start, m.end) for m in _names.find_names(a.text, a.body_start)]


def _name_mentions(ctx: _Context) -> dict[str, list[tuple[str, int, int]]]:
    """Person-name mentions of every article: article id -> (text, start, end)."""
    return {aid: _names_of(ctx, aid) for aid in ctx.articles}


def _name_conflicts(ctx: _Context, found: dict[str, list[tuple[str, int, int]]]) -> list[Conflict]:
    spellings: dict[str, list[tuple[str, int, int]]] = defaultdict(list)  # spelling -> first mention per article
    seen = set()
    for aid in sorted(found):
        for text, s, e in found[aid]:
            if len(_names.name_tokens(text)) < 2 or (aid, text) in seen:
                continue
            seen.add((aid, text))
            spellings[text].append((aid, s, e))
    groups = _names.name_groups(spellings)
    members: dict[str, list[str]] = defaultdict(list)
    for n, canon in groups.items():
        if n in spellings:
            members[canon].append(n)
    out = []
    for canon, ns in members.items():
        # one spelling = one canonical key ("El Sisi" and "el-Sisi" are spelled alike)
        by_key: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)
        for n in ns:
            for a, st, e in spellings[n]:
                by_key[_names.canonical_key(n)].append((a, st, e, n))
        if len(by_key) < 2:
            continue
        order = lambda m: (ctx.date(m[0]) or "9999", m[0], m[1])
        for k in by_key:
            by_key[k].sort(key=order)
        # the usual spelling: used by most articles, then the earliest
        usual = min(by_key, key=lambda k: (-len({m[0] for m in by_key[k]}), order(by_key[k][0])))
        u = by_key[usual][0]
        for k, ms in sorted(by_key.items()):
            if k == usual:
                continue
            summary = f"Name spelled two ways: {ms[0][3]} / {u[3]}"
            if len(ms) <= NAME_PER_ARTICLE_LIMIT:
                # a slip in one article: one conflict per article, reviewed on its own
                for m in ms:
                    if m[0] == u[0] and m[1] == u[1]:
                        continue
                    out.append(_conflict("name", "low", summary, [ctx.mention(m[0], m[1], m[2], value=m[3]),
                                                                  ctx.mention(u[0], u[1], u[2], value=u[3])]))
            else:
                # a house style used by many articles: one conflict, earliest reports listed
                half = MAX_MENTIONS // 2
                mentions = [ctx.mention(a, st, e, value=n) for a, st, e, n in ms[:half] + by_key[usual][:half]]
                out.append(_conflict("name", "low", summary, mentions))
    return out


# ---------------------------------------------------------------------------
# status: captured/alive in one article, dead in another

_STATUS_RE = re.compile(
    r"^\s*(?:[\u2013\u2014,-]\s*)?who\s+(?:was|were|had been|have been|has been|is|are)\s+(?:\w+\s+)?"
    r"(?:(captured|kidnapped|abducted|taken captive|held captive|taken hostage|alive)|"
    r"(killed|dead|slain|murdered|executed|died)((?:\s+(?:in|during)\s+(?:the\s+)?(?:\d{4}\s+)?\w+(?:\s+war)?)?))\b",
    re.I,
)


def _status_clash(ctx: _Context, cap: list, dead: list) -> bool:
    """Captured in one report and dead in another clash unless the death is
    news: a later report of a death that the text does not date back to
    the time of the capture."""
    for a_c, *_ in cap:
        dc = ctx.date(a_c)
        for a_d, _, _, t in dead:
            dd = ctx.date(a_d)
            if dc is None or dd is None or dc >= dd:
                return True  # alive in a report no older than the death report
            y = _YEAR_RE.search(t)
            if y and y.group(1) <= dc[:4]:
                return True  # "killed in the 2014 war", yet reported captive after that
    return False


def _status_conflicts(ctx: _Context, found: dict[str, list[tuple[str, int, int]]]) -> list[Conflict]:
    statuses: dict[str, dict[str, list[tuple[str, int, int, str]]]] = defaultdict(lambda: defaultdict(list))
    all_names = []
    for aid in sorted(found):
        text = ctx.text(aid)
        ms = found[aid]
        for i, (n, s, e) in enumerate(ms):
            # the name must end a list of names the relative clause is about
            m = _STATUS_RE.match(text[e : e + 120])
            if not m:
                continue
            if m.group(1):
                cls, cs, ce = "captive", e + m.start(1), e + m.end(1)
            else:
                cls, cs, ce = "dead", e + m.start(2), e + m.end(3 if m.group(3) else 2)
            group = [(n, s, e)]
            j = i - 1
            while j >= 0 and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[ms[j][2] : group[0][1]]):
                group.insert(0, ms[j])
                j -= 1
            for gn, _, _ in group:
                statuses[gn][cls].append((aid, cs, ce, text[cs:ce]))
                all_names.append(gn)
    canon = _names.name_groups(all_names)
    by_person: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for n, cls_map in statuses.items():
        for cls, lst in cls_map.items():
            by_person[canon.get(n, n)][cls].extend(lst)
    merged: dict[tuple, list[str]] = defaultdict(list)
    for person, cls_map in by_person.items():
        if "captive" in cls_map and "dead" in cls_map:
            cap = sorted(set(cls_map["captive"]))
            dead = sorted(set(cls_map["dead"]))
            if {a for a, *_ in cap} == {a for a, *_ in dead} and len({a for a, *_ in cap}) == 1:
                continue  # one article telling a story (captured, later killed)
            if not _status_clash(ctx, cap, dead):
                continue
            merged[(tuple(cap), tuple(dead))].append(person)
    out = []
    for (cap, dead), persons in merged.items():
        ms = [ctx.mention(a, s, e, value=t) for a, s, e, t in list(cap)[: MAX_MENTIONS // 2] + list(dead)[: MAX_MENTIONS // 2]]
        summary = f"{', '.join(sorted(persons))}: {cap[0][3]} vs {dead[0][3]}"
        out.append(_conflict("status", "medium", summary, ms))
    return out


# ---------------------------------------------------------------------------
# parallel per-item work

#: ``pmap(fn, n) -> [fn(0), ..., fn(n - 1)]``, possibly in forked workers.
Mapper = Callable[[Callable[[int], Any], int], list[Any]]

#: What forked workers read: set only while a parallel map runs (workers
#: inherit it at fork time, so nothing large is pickled to them).
_WORK: tuple[_Context, list[str], Sequence[Figure], Sequence[DateMention]] | None = None


def _item_job(i: int) -> Any:
    """Item ``i`` of the per-item work: articles' names, then figures, then dates."""
    ctx, aids, figures, dates = _WORK  # type: ignore[misc]
    if i < len(aids):
        return _names_of(ctx, aids[i])
    i -= len(aids)
    if i < len(figures):
        return _safe_read_figure(figures[i], ctx)
    return _safe_read_date(dates[i - len(figures)], ctx)


def _per_item_work_in_parallel(
    ctx: _Context, figures: Sequence[Figure], dates: Sequence[DateMention], pmap: Mapper
) -> tuple[dict[str, list[tuple[str, int, int]]], list[Any], list[Any]]:
    """Names per article, readings per figure and per date, all in one ``pmap``
    call (one set of workers: forking a large process is not free)."""
    global _WORK
    aids = list(ctx.articles)
    _WORK = (ctx, aids, figures, dates)
    try:
        out = pmap(_item_job, len(aids) + len(figures) + len(dates))
    finally:
        _WORK = None
    names, rest = out[: len(aids)], out[len(aids) :]
    return dict(zip(aids, names)), rest[: len(figures)], rest[len(figures) :]


# ---------------------------------------------------------------------------


def find_conflicts(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    figures: Sequence[Figure],
    dates: Sequence[DateMention],
    pmap: Mapper | None = None,
) -> list[Conflict]:
    """Conflicting figures, dates, name spellings and statuses, sorted by
    severity (:data:`SEVERITY_ORDER`) then id. Ids are stable across
    recomputations: they derive from the kind and the mentions' spans.

    ``pmap(fn, n)``, when given, returns ``[fn(0), ..., fn(n - 1)]`` and may
    run the calls in forked worker processes: the per-article and per-figure
    reading (names, what each figure counts) is independent item by item.
    The result is the same with or without it."""
    ctx = _Context(articles, claims, dates)
    if pmap is None:
        found = _name_mentions(ctx)
        readings = date_readings = None
    else:
        found, readings, date_readings = _per_item_work_in_parallel(ctx, figures, dates, pmap)
    out: dict[str, Conflict] = {}
    for c in (
        _figure_conflicts(figures, ctx, readings)
        + _date_conflicts(dates, ctx, date_readings)
        + _name_conflicts(ctx, found)
        + _status_conflicts(ctx, found)
    ):
        out.setdefault(c.id, c)
    return sorted(out.values(), key=lambda c: (SEVERITY_ORDER.get(c.severity, 9), c.id))
