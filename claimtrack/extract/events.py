"""The event a date dates, read once from the text at extraction.

A date mention gets ``event_id`` (the canonical key of the named event it
dates: the domain lexicon's equivalents, then a normalised key) and
``event_name`` (the event as written), or "" when it dates nothing that can
be compared (a generic "the meeting", a person's visit, "a strike").
The comparator blocks dates on ``event_id`` and never reads the text.
"""

from __future__ import annotations

from ..tuning import EVENT_WINDOW  # noqa: E402

import datetime
import re
from collections.abc import Sequence
from functools import lru_cache

from . import prefilter as _pf
from .context import _Context
from ..tuning import SENTENCE_WINDOW
from .dates import EVENT_VERBS as _EVENT_VERBS
from .quantities import _SITE, _place_operations, site_key
from .. import rules as _rules
from ..lexicon import calendar as _cal
from ..lexicon import domain as _domain
from ..models import Article, Claim, DateMention, replaced

_D = _domain.get()

# ---------------------------------------------------------------------------
# dates: one event, two dates

#: Event names that mean the same event (normalised keys, see :func:`event_key`).
EVENT_EQUIVALENTS = dict(_D.event_equivalents)

_EVENT_STOP = set(
    "the a an its his her their this that these those of on in at to by from with for and last first latest "
    "recent current s".split()
)
_MONTHS = set(_cal.MONTHS)
_WEEKDAYS = set(_cal.WEEKDAYS)
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
    "egyptian egyptians arab arabs american americans qatari iranian "
    "lebanese syrian jordanian turkish european western international regional".split()
) | set(_D.sides)
_PERSON_ACTIVITY = set(
    "visit visits visited trip trips call calls phone statement statements speech interview arrival arrived "
    "departure departed remarks briefing tour delegation delegations negotiations discussions consultations "
    "contacts hearing report said says met meet ended began begun started held took place".split()
)
from ..lexicon.events import DISASTER_MOMENT, REPEATED_OPS as _REPEATED_OPS, TRUCE_MOMENTS as _TRUCE_MOMENTS  # noqa: E402
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
        return None  # "the meeting", "the truce", "the Northland strike", "ended", "announced"
    if any(t in _PERSON_ACTIVITY for t in content):
        return None  # "Haniyeh's visit": people visit, call and speak again and again
    return _without_day_possessive(k)


#: Parts of a day after a weekday ("Monday night's fire").
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_DAY_WORDS = _WEEKDAYS | {"yesterday", "today", "tonight"}


def _without_day_possessive(k: str) -> str:
    """An event key without the day it opens with ("Monday's fire", "Tuesday night's blast",
    "yesterday's crash"): the day dates the event, it does not name it, so "Monday's fire" is
    the fire another report dates to Sunday. A day after the noun stays ("Bloody Sunday")."""
    toks = k.split()
    n = 1 if toks[0] in _DAY_WORDS else 0
    if n and len(toks) > 2 and toks[1] in _DAY_PARTS:
        n = 2
    return " ".join(toks[n:]) if 0 < n < len(toks) else k


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


def _date_event(d: DateMention, ctx: _Context) -> tuple[str, int, int]:
    """The event a date dates: the extractor's when it names one, else read
    from the text around it ("the the Front attack on [September 7]", "the
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
_THIS_WAR = re.compile(r"\b(?:" + _D.war["about"] + r")\b", re.I) if _D.war.get("about") else None
_OTHER_WAR = re.compile(r"\b(?:" + _D.war["other"] + r")\b", re.I) if _D.war.get("other") else None
_OPENING = _D.war.get("opening", "")


def _this_war(ctx: _Context, d: DateMention) -> bool:
    """Whether "the war" of a date mention is the the story's war: the
    article is about the story's own words and the sentence names no other war's place."""
    text = ctx.text(d.article)
    ss, se = (d.sentence_start, d.sentence_end) if 0 <= d.sentence_start <= d.start else ctx.sentence(d.article, d.start)
    sentence = text[max(ss, d.start - SENTENCE_WINDOW) : min(se, d.end + SENTENCE_WINDOW)] if ss >= 0 else ""
    if _THIS_WAR is None or not _pf.search_in(_THIS_WAR, text):
        return False
    return _OTHER_WAR is None or not _pf.search_in(_OTHER_WAR, sentence)


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
    m = _pf.search(_TRUCE_VERB, text, lo, d.start)
    if not m:
        return None
    nouns = list(_pf.finditer(_TRUCE_NOUN, text, max(ss, m.start() - 100), m.start()))
    if not nouns or _pf.search(_OTHER_SUBJECT, text, nouns[-1].end(), m.start()):
        return None  # "during the pause, the ground offensive began on ...": another subject
    return _TRUCE_MOMENTS[0] if m.group("start") else _TRUCE_MOMENTS[1]


#: a strike told in the words before a date ("the blast at the hospital on
#: [Tuesday]", "<site> was attacked ... in an air raid on [Monday]")
_SITE_STRIKE_WORDS = re.compile(
    r"\b(?:blast|explosion|strikes?|airstrikes?|air\s*raids?|bombing|shelling|attacked|struck|bombed|shelled|hit)\b",
    re.I,
)
#: what may stand between the strike and its date: one clause, no comma
#: (but "on Monday, [October 16]")
_STRIKE_DATE_GAP = re.compile(r"[^,;:()\u2013\u2014]{0,60}\Z")
_WEEKDAY_COMMA = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,", re.I)
_NAMED_SITE = re.compile(r"(?<![\w-])" + _SITE + r"\b")
_SITE_KIND = re.compile(
    r"\bthe\s+(street|road|hospital|school|mosque|church|tower|market|square|university|clinic|bakery)\b", re.I)


def _date_site(d: DateMention, ctx: _Context) -> tuple[str, str] | None:
    """The strike on a named site a date dates: a strike word before the date
    in its sentence and the site named there, or "the hospital" when the
    article names exactly one site of that kind before it. (key, as written)."""
    text = ctx.text(d.article)
    ss = d.sentence_start if 0 <= d.sentence_start <= d.start else 0
    lo = max(ss, d.start - EVENT_WINDOW)
    strikes = list(_pf.finditer(_SITE_STRIKE_WORDS, text, lo, d.start))
    if not strikes:
        return None
    gap = _WEEKDAY_COMMA.sub(" ", text[strikes[-1].end() : d.start])
    if not _STRIKE_DATE_GAP.match(gap):
        return None  # "the strike at <site>, according to a document seen on [Thursday]": another verb's date
    named = [m for m in _pf.finditer(_NAMED_SITE, text, lo, d.start)]
    if named:
        m = named[-1]
        return "the strike on " + site_key(m.group(0)), m.group(0)
    kind = list(_pf.finditer(_SITE_KIND, text, lo, d.start))
    if not kind:
        return None
    noun = kind[-1].group(1).lower()
    sites = {site_key(m.group(0)): m.group(0) for m in _pf.finditer(_NAMED_SITE, text, 0, d.start)
             if m.group(0).lower().endswith(noun)}
    if len(sites) != 1:
        return None  # none, or two hospitals: "the hospital" is not known
    key, written = next(iter(sites.items()))
    return "the strike on " + key, written


_PERSON = r"(?P<name>(?!(?:He|She|It|They|We|You|This|That|These|Those|The|A|An|One|Two|Three|Four|Five|Who|Which)\b)(?:(?:al|el|bin|ben|abu|van|von|de)[- ])?[A-Z][a-z'\u2019-]+(?:\s+(?:(?:al|el|bin|ben|abu|van|von|de)[- ])?[A-Z][a-z'\u2019-]+){0,3})"
_KILLED = r"(?:killed|assassinated|shot dead|murdered|slain)"
#: "<Name> was killed in a strike in <place> on [Wednesday]", "the killing of <Name> on [July 31]"
_KILLING_BEFORE = re.compile(
    r"(?:" + _PERSON + r"(?:,[^,;.]{1,60},)?\s+(?:was|had been|has been)\s+" + _KILLED
    + r"|(?i:killing|assassination|murder)\s+of\s+(?:[a-z][\w-]*\s+){0,3}?" + _PERSON.replace("?P<name>", "?P<name2>")
    + r")\b[^.;:,]{0,60}?\s(?:on\s+)?\Z"
)
#: a date at a day's edge ("late Tuesday", "Tuesday night"): reports a day apart may both be right
_DAY_EDGE_BEFORE = re.compile(r"\b(?:late|early|overnight|night)\b[^.;]{0,20}\Z", re.I)
_DAY_EDGE_AFTER = re.compile(r"\s*(?:night|evening|overnight)\b", re.I)


def _date_killing(d: DateMention, ctx: _Context) -> tuple[str, str] | None:
    """The killing of a named person a date dates: (key by surname, name as written)."""
    text = ctx.text(d.article)
    ss = d.sentence_start if 0 <= d.sentence_start <= d.start else 0
    lo = max(ss, d.start - EVENT_WINDOW)
    m = _pf.search(_KILLING_BEFORE, text, lo, d.start)
    if not m or _pf.search(_DAY_EDGE_BEFORE, text, max(lo, d.start - 25), d.start) or _DAY_EDGE_AFTER.match(text, d.end):
        return None
    name = m.group("name") or m.group("name2")
    return "the killing of " + name.split()[-1].lower().replace("\u2019", "'"), name


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
    killing = _date_killing(d, ctx)
    if killing is not None:
        return killing  # "<Name> was killed in a strike in <place> on [Wednesday]"
    site = _date_site(d, ctx)
    if site is not None and not _INDEFINITE.match(ev):
        return site
    if _INDEFINITE.match(ev):
        # "an attack": one of many, not a named event; but "a ceasefire
        # took effect on May 21" dates the one moment a truce starts
        canon = _truce_moment(d, ctx)
        return None if canon is None else (canon, ev)
    canon = canonical_event(ev)
    if canon is None and d.event_key and not ev:
        canon = canonical_event(d.event_key)
    if canon is None:
        canon = _truce_moment(d, ctx)
    if canon is None or not _pf.search_in(_EVENTISH, ev) or _pf.search_in(_FIRE_EVENT, ev):
        # "the storm pounded the coast on [Monday]": the disaster, not "the coast"
        disaster = _disaster_moment(d, ctx)
        if disaster is not None:
            canon, ev = disaster, ev if canon is None and ev else "the disaster"
    if canon is None:
        return None
    if _OPENING and canon == _OPENING and event_key(ev) in _WAR_START and not _this_war(ctx, d):
        return None  # "the start of the war" in an article about another war
    return canon, ev


#: the story's disaster: "the storm hit Libya on [Sept. 10]", "the quake that rocked the region
#: on [Friday]", "the [Oct. 28] incident" (one event per story; dates compared only when close)
_DISASTER_NOUN = (r"(?:storms?|hurricane|typhoon|cyclone|earthquake|quake|tsunami|floods?|flooding|wildfires?|"
                  r"fire|blaze|inferno|bushfires?|forest fires?|"
                  r"landslides?|mudslides?|avalanche|eruption|crush|stampede|tragedy|disaster|incident|collapse|"
                  r"derailment|accident|shipwreck|sinking|capsizing)")
_DISASTER_BEFORE = re.compile(
    r"(?<![\w-])(?P<det>(?:\w+\s+){0,2})" + _DISASTER_NOUN + r"\b"
    r"(?:\s+[A-Z]\w+)?(?:,?\s+(?:that|which))?\s+(?:\w+\s+)?"
    r"(?:hit|struck|pounded|battered|slammed|caused|arrived|made landfall|swept|ravaged|happened|occurred|"
    r"took place|broke out|erupted|rocked|shook|devastated|began|started)\b[^.;!?]{0,45}?"
    r"(?:\b(?:on|late|early|in the early hours of|overnight|last)\s+)?(?:\w+\s+)?\Z",
    re.I,
)
#: a vessel, aircraft or structure that "sank / capsized / crashed / collapsed" on a day: the story's disaster
_WRECK_BEFORE = re.compile(
    r"(?<![\w-])(?P<det>(?:\w+\s+){0,2})(?:ferry|boat|ship|vessel|trawler|dinghy|yacht|plane|aircraft|airliner|jet|"
    r"helicopter|bus|train|building|bridge|dam|mine|tower)\b(?:,?\s+(?:which|that)\b)?[^.;!?,]{0,50}?\b(?:sank|capsized|crashed|collapsed|"
    r"derailed|exploded|went down|caught fire|overturned|plunged)\b[^.;!?,]{0,45}?"
    r"(?:\b(?:on|late|early|in the early hours of|overnight|last)\s+)?(?:\w+\s+)?\Z",
    re.I,
)
#: another wreck than the story's: "another boat capsized", "a second plane crashed"
_OTHER_WRECK = re.compile(r"\b(?:another|second|third|previous|earlier|last|similar|other)\b", re.I)
_DISASTER_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?" + _DISASTER_NOUN + r"\b", re.I)
#: "[Monday]'s quake", "[Sunday]'s warehouse fire": the day owns the disaster
_DAYS_DISASTER_AFTER = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+)?" + _DISASTER_NOUN + r"\b", re.I)
_NOT_THIS_ONE = re.compile(r"\b(?:a|an|another|second|previous|earlier|last|similar|aftershocks?)\b", re.I)
#: an event phrase names another event than the story's disaster (not "the coast", "the storm") with one of these
_EVENTISH = re.compile(r"\b(?:attack|assault|war|raid|strike|bombing|offensive|operation|truce|"
                       r"ceasefire|talks|summit|meeting|election|vote|visit|massacre|explosion|blast|crash|fire|"
                       r"shooting|siege|invasion|release|deal|agreement|protest|launch|opening|ceremony)", re.I)
#: an event phrase naming a fire ("the warehouse fire", "the blaze"): the story's disaster when a
#: disaster verb dates it ("broke out on [May 2]"), not an event of its own (a fire is no attack)
_FIRE_EVENT = re.compile(r"(?<![\w-])(?:fire|blaze|inferno)\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)
#: how far before a date the disaster and its verb are looked for (characters)
DISASTER_REACH = 110


def _disaster_moment(d: DateMention, ctx: _Context) -> str | None:
    """The day the story's disaster struck, as written next to its date, or None."""
    text = ctx.text(d.article)
    ss = d.sentence_start if 0 <= d.sentence_start <= d.start else max(0, d.start - DISASTER_REACH)
    lo = max(ss, d.start - DISASTER_REACH)
    if d.granularity != "day":
        return None  # "over the weekend", "in September": not the day it struck
    m = _pf.search(_DISASTER_BEFORE, text, lo, d.start)
    if m and not _INDEFINITE.match(" " + m.group("det")) and not _NOT_THIS_ONE.search(m.group("det")):
        return DISASTER_MOMENT
    m = _pf.search(_WRECK_BEFORE, text, lo, d.start)
    if m and not _OTHER_WRECK.search(m.group("det")):
        return DISASTER_MOMENT  # "A ferry carrying 412 people sank off the island on [Wednesday]": the lede's wreck
    if _pf.search(_THE_BEFORE, text, max(0, d.start - 6), d.start) and _DISASTER_AFTER.match(text, d.end):
        return DISASTER_MOMENT  # "the Oct. 28 incident"
    if _DAYS_DISASTER_AFTER.match(text, d.end):
        return DISASTER_MOMENT  # "the toll from Monday's quake"
    return None


def _safe_read_date(d: DateMention, ctx: _Context) -> tuple[str, str] | None:
    try:
        return _read_date(d, ctx)
    except Exception:  # a malformed record must not stop the comparison
        return None




READ_RULE = _rules.register(
    "date.event", "date",
    "the named event a date dates (domain equivalents, then a normalised key)",
    "the the Front attack on [October 7] -> the opening attack",
)


def describe_dates(article: Article, claims: Sequence[Claim], dates: Sequence[DateMention],
                   sentences: Sequence | None = None) -> list[DateMention]:
    """Every date of one article with the event it dates (``event_id``/``event_name``);
    ``sentences``: the article's sentences when already split (a Doc's)."""
    ctx = _Context([article], claims, dates, sentences)
    out = []
    for d in dates:
        r = _safe_read_date(d, ctx)
        out.append(replaced(d, event_id=r[0], event_name=r[1]) if r else d)
    return out
