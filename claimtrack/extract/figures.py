"""Figure extraction: every number mention of an article, as an interval.

Pure and rule-based: takes an :class:`Article` and its sentence spans, returns
:class:`Figure` records. No I/O.

How a mention is read
---------------------
1. A *core* is found: digits ("1,200", "19,600", "1.2", "500"), number words
   ("thirty", "forty-one", "two hundred and five", "a dozen") or a vague
   quantity ("dozens", "hundreds", "tens of thousands", "several").
2. Cores that are not quantities are dropped (see :func:`_is_not_quantity`):
   years, parts of dates ("October 7", "7 October", "2023-10-07"), times
   ("10:30", "3 pm"), ordinals ("2nd"), phone numbers, URLs/handles, page /
   section / resolution numbers, letter-number codes ("F-16", "COVID-19"),
   "one of the", hyphenated non-units ("two-state").
3. A scale word ("million", "billion", "bn") multiplies the value; a currency
   sign or word makes it money; "%"/"percent" a percentage; a hyphenated or
   spaced unit makes it a length, area, age or duration.
4. A qualifier before it ("more than", "at least", "about", "up to", ...)
   turns the value into an interval, see :data:`QUALIFIERS`. Ranges
   ("20 to 30", "between 50 and 60") become [low, high].
5. The counted noun phrase after it is read ("40 Northland prisoners"), and its
   head normalised into ``key`` with :data:`NOUN_KEYS` (fallback: naive
   singular). "X of whom / of them" inherits the key of the figure before.
6. Role words are collected and normalised with :data:`ROLE_WORDS`: words
   inside the figure ("1,200 dead"), then the figure's own clause before it
   (from the previous figure or clause break) and after it (up to the next
   clause break); when none is found, the first role word later in the
   sentence (up to ';'/':'). Extra rules: "in exchange for N" -> released;
   "still" with captive keys -> held; "took/taken/seized" with captive keys
   -> kidnapped; coordinated objects ("killed 2,250 Palestinians and 73
   Northlanders") share roles; "N of them/whom" and "including N" inherit the key
   of the figure before. When the sentence up to the figure holds a
   proposal/future marker (:data:`PROPOSAL_MARKERS`: proposal, offered,
   would, will, plan...) and the roles hold a release/exchange, "released"
   becomes "to be released" and "proposed" is added; "to release" / "will
   release" / "would be freed" map straight to "to be released".

Interval conventions (documented, relied on by the comparator)
---------------------------------------------------------------
* exact "129 hostages": low = high = value = 129.
* "more than N" / "over N": low = N, high = inf (the bound is exclusive; the
  exclusivity is carried by ``qualifier`` == "more than", ``low`` stays N).
* "at least N": low = N, high = inf.
* "about / around / roughly / some / approximately / an estimated N":
  N * (1 -/+ APPROX_TOLERANCE).
* "nearly / almost / close to N": [N * (1 - APPROX_TOLERANCE), N].
* "up to / as many as / at most N": [0, N]; "fewer / less than / under N":
  [0, N] (exclusive, carried by qualifier "less than").
* vague words: the intervals of :data:`VAGUE`, qualifier "vague".
* ranges: [a, b], value the midpoint, qualifier "range".

``value`` of length/area/duration/age figures is the number as written (12
for "12-kilometer"); the unit word is normalised into ``key`` when no noun
follows ("14 years" -> key "year"), else the noun is the key ("11-day war"
-> key "war").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from typing import Sequence

from .. import rules as _rules
from ..doc import Doc
from .prefilter import trie_pattern
from ..lexicon import calendar as _calendar
from ..lexicon import domain as _domain
from ..lexicon import numbers as _numbers
from ..models import Article, Claim, Figure, Span, stable_id  # noqa: F401
from ..tuning import (FIG_APPROX_TOLERANCE, FIG_CONTEXT_WINDOW, FIG_MAX_APPOSITION_AGE, FIG_MAX_WORD_TOKENS,
                      FIG_PROPOSAL_LOOKBACK, YEAR_MAX, YEAR_MIN)
from ..text import sentence_at

_DOMAIN = _domain.get()

# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------

#: Relative tolerance of approximate qualifiers ("about 1,200" -> 1080..1320).
APPROX_TOLERANCE = FIG_APPROX_TOLERANCE

#: Qualifier phrase (lowercase) -> canonical qualifier. The canonical
#: qualifier decides the interval (see :func:`_interval`).
QUALIFIERS: dict[str, str] = {
    "more than": "more than",
    "more then": "more than",
    "over": "more than",
    "just over": "more than",
    "well over": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "exceeding": "more than",
    "greater than": "more than",
    "above": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "a minimum of": "at least",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "approximately": "about",
    "approx.": "about",
    "an estimated": "about",
    "estimated": "about",
    "an approximate": "about",
    "circa": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "just shy of": "nearly",
    "up to": "up to",
    "as many as": "up to",
    "at most": "up to",
    "no more than": "up to",
    "a maximum of": "up to",
    "fewer than": "less than",
    "less than": "less than",
    "under": "less than",
    "below": "less than",
}

#: Qualifiers written after the number ("200 or more", "40 or so").
POST_QUALIFIERS: dict[str, str] = {
    "or more": "at least",
    "or so": "about",
    "-odd": "about",
    "-plus": "more than",
    "plus": "more than",
}

#: Vague quantity words -> (value, low, high). Value is a representative.
VAGUE: dict[str, tuple[float, float, float]] = {
    "a dozen": (12, 12, 12),
    "dozens": (36, 24, 99),
    "scores": (60, 40, 199),
    "hundreds": (300, 200, 999),
    "several hundred": (400, 200, 999),
    "a few hundred": (300, 200, 500),
    "thousands": (3000, 2000, 9999),
    "several thousand": (4000, 2000, 9999),
    "a few thousand": (3000, 2000, 5000),
    "tens of thousands": (30000, 20000, 99999),
    "tens of": (30, 20, 99),  # translated Arabic "asharat": "tens of detainees"
    "hundreds of thousands": (300000, 200000, 999999),
    "millions": (3e6, 2e6, 999e6),
    "several million": (4e6, 2e6, 9.99e6),
    "several": (4, 3, 9),
    "a few": (3, 2, 5),
    "a handful": (4, 2, 6),
}

_UNITS = dict(_numbers.UNITS)
_TENS = dict(_numbers.TENS)
_SCALES = dict(_numbers.SCALES)
_NUMWORDS = {**_UNITS, **_TENS, **_SCALES, "dozen": 12}

#: Scale words after digits ("1.2 million", "$500m", "3bn").
SCALE_SUFFIXES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}

#: Counted nouns (lowercase, as written) -> normalised key.
NOUN_KEYS: dict[str, str] = {
    "people": "person", "persons": "person", "person": "person", "individuals": "person",
    "individual": "person",
    "dead": "person", "deaths": "person", "death": "person", "fatalities": "person",
    "injured": "person", "wounded": "person", "casualties": "casualty",
    "displaced": "person", "victims": "person", "martyrs": "person", "victim": "person",
    "bodies": "body", "body": "body", "corpses": "body",
    "hostages": "hostage", "hostage": "hostage", "captives": "hostage", "captive": "hostage",
    "abductees": "hostage", "abductee": "hostage",
    "prisoners": "prisoner", "prisoner": "prisoner", "detainees": "prisoner",
    "detainee": "prisoner", "inmates": "prisoner",
    "soldiers": "soldier", "soldier": "soldier", "troops": "soldier", "servicemen": "soldier",
    "reservists": "soldier",
    "civilians": "civilian", "civilian": "civilian",
    "children": "child", "child": "child", "kids": "child", "minors": "child",
    "women": "woman", "woman": "woman", "men": "man", "man": "man",
    "fighters": "fighter", "militants": "fighter", "gunmen": "fighter",
    "policemen": "police officer", "police": "police officer", "officers": "officer",
    "egyptians": "egyptian",
    "lebanese": "lebanese", "syrians": "syrian", "americans": "american",
    "foreigners": "foreigner", "foreign nationals": "foreigner",
    "journalists": "journalist", "medics": "medic", "doctors": "doctor",
    "refugees": "refugee", "residents": "resident", "families": "family",
    "rockets": "rocket", "missiles": "missile", "drones": "drone",
    "strikes": "strike", "airstrikes": "strike", "air strikes": "strike", "raids": "raid",
    "trucks": "truck", "lorries": "truck",
    "homes": "home", "houses": "house", "buildings": "building",
    "members": "member", "officials": "official", "delegates": "delegate",
    "lives": "life", "times": "time",
} | {k: v for k, v in _DOMAIN.sides.items() if k.endswith("s")}  # "<nationals>" of the domain

_PERSON_KEYS = frozenset(NOUN_KEYS.values())

#: Words that may stand before the head of the counted noun phrase.
NOUN_MODIFIERS = frozenset(
    """
    new more other additional further armed young elderly foreign senior local military
    security air aid civilian international humanitarian political
    egyptian american lebanese syrian jordanian qatari iranian arab jihad dual
    long wide high deep old former current unarmed innocent injured wounded dead
    """.split()
) | frozenset(_DOMAIN.sides) | _DOMAIN.noun_modifiers

#: Words that end the counted noun phrase (function words, auxiliaries...).
NOUN_STOPS = frozenset(
    """
    a an the and or but nor of in on at to for from by with without into onto over under
    about after before during since until within between among against per via as than
    that which who whom whose what when where while whereas if because so
    is are was were be been being has have had do does did will would can could may
    might must shall should it its their his her our your my this these those there
    he she they we you i not no also still only just each both all
    along across around near toward towards through throughout beyond inside outside upon
    amid amidst despite like beside besides behind off up down out every following
    runs says remains lies stands includes comes goes shows means seems continues stretches
    extends separates links connects leads marks takes makes gives needs requires contains
    including according ago later earlier then now here respectively alone
    """.split()
)

#: Role words (lowercase surface form) -> normalised role. Longer phrases are
#: matched first. Future/proposed forms map straight to "to be released".
ROLE_WORDS: dict[str, str] = {
    # killed / dead
    "killed": "killed", "killing": "killed", "kill": "killed", "kills": "killed",
    "slain": "killed", "lost": "killed", "martyred": "killed", "massacred": "killed", "lost their lives": "killed",
    "dead": "dead", "died": "dead", "deaths": "dead", "death toll": "dead", "fatalities": "dead",
    "perished": "dead", "bodies": "dead", "martyrs": "dead", "martyr": "dead",
    # wounded
    "wounded": "wounded", "injured": "wounded", "injuring": "wounded", "injuries": "wounded",
    "wounding": "wounded", "hurt": "wounded",
    # kidnapped
    "kidnapped": "kidnapped", "abducted": "kidnapped", "captured": "kidnapped",
    "taken hostage": "kidnapped", "taken captive": "kidnapped", "seized": "kidnapped",
    "kidnapping": "kidnapped", "abduction": "kidnapped",
    # held
    "held": "held", "holding": "held", "hold": "held", "holds": "held",
    "still held": "held", "being held": "held", "in captivity": "held", "captivity": "held",
    "remaining": "remaining", "remain": "remaining", "remains": "remaining",
    # released
    "released": "released", "release": "released", "releasing": "released",
    "freed": "released", "free": "released", "frees": "released", "releases": "released", "freeing": "released", "set free": "released",
    "handed over": "released", "returned": "released",
    "exchange": "exchanged", "exchanged": "exchanged", "swap": "exchanged", "swapped": "exchanged",
    # future / proposed release
    "to release": "to be released", "to free": "to be released",
    "will release": "to be released", "would release": "to be released",
    "will be released": "to be released", "would be released": "to be released",
    "to be released": "to be released", "will free": "to be released",
    "would free": "to be released", "will be freed": "to be released",
    "would be freed": "to be released", "to be freed": "to be released",
    # arrested
    "arrested": "arrested", "detained": "arrested", "arrests": "arrested", "arrest": "arrested",
    "rounded up": "arrested", "jailed": "arrested", "imprisoned": "arrested",
    # demanded
    "demanded": "demanded", "demands": "demanded", "demand": "demanded", "demanding": "demanded",
    "wants": "demanded", "want": "demanded", "calls for": "demanded", "called for": "demanded",
    "insists on": "demanded",
    # others
    "displaced": "displaced", "fled": "displaced", "evacuated": "displaced",
    "missing": "missing", "rescued": "rescued",
}

#: Words in a sentence that make its releases proposals rather than facts.
PROPOSAL_MARKERS = (
    "proposal", "proposals", "proposed", "propose", "proposes", "offer", "offered", "offers",
    "would", "could", "plan", "plans", "draft", "suggested", "suggests", "possible",
    "potential", "expected to", "will", "is to", "are to", "under the deal",
)

#: Keys of things that can be "still" held.
CAPTIVE_KEYS = frozenset({"hostage", "prisoner", "captive", "person", "civilian",
                          "soldier", "woman", "child", "foreigner"} | set(_DOMAIN.sides.values()))

#: Currency signs/words -> key of money figures.
CURRENCY_KEYS: dict[str, str] = {
    "$": "usd", "US$": "usd", "USD": "usd", "dollar": "usd", "€": "eur", "EUR": "eur",
    "euro": "eur", "£": "gbp", "GBP": "gbp", "pound": "gbp", "₪": "ils", "NIS": "ils",
    "nis": "ils", "shekel": "ils", "riyal": "riyal", "dinar": "dinar", "dirham": "dirham",
    "lira": "lira", "usd": "usd", "eur": "eur", "LE": "egp", "L.E.": "egp", "EGP": "egp",
    "E£": "egp", "QAR": "qar", "SAR": "sar", "AED": "aed", "JOD": "jod",
}

#: Units written after the number.
_PERCENT = re.compile(r"[ \t]?(?:%|per[ \t]?cent\b|percent\b|pct\b|percentage points?\b)", re.I)
_CURRENCY_BEFORE = re.compile(
    r"(?:US[ \t]?\$|\$|€|£|₪|E£|USD[ \t]?|EUR[ \t]?|GBP[ \t]?|NIS[ \t]?|LE[ \t]?|L\.E\.[ \t]?|EGP[ \t]?|"
    r"QAR[ \t]?|SAR[ \t]?|AED[ \t]?|JOD[ \t]?)[ \t]?\Z")
_CURRENCY_AFTER = re.compile(
    r"[ \t]+(?:(?:US[ \t]+)?dollars?|euros?|pounds?(?:[ \t]+sterling)?|shekels?|riyals?|dinars?|"
    r"dirhams?|lira|Egyptian[ \t]+pounds|USD|EUR|NIS)\b", re.I)
_SCALE_AFTER = re.compile(
    r"(?:[ \t]+|(?=[kmbt]))(thousand|million|billion|trillion|mln|mn|bn|tn|m|k|b)\b", re.I)
_HYPHEN_UNIT = re.compile(
    r"[-\u2010\u2011](?:(year|month|week|day|hour|minute|decade|century)s?"
    r"(?:[-\u2010\u2011](old))?"
    r"|(square[-\u2010\u2011](?:kilomet(?:er|re)|km|mile|met(?:er|re)))s?"
    r"|(kilomet(?:er|re)|km|met(?:er|re)|m|mile|foot|feet|ft|cm|mm|yard|inch|nautical[-\u2010\u2011]mile)s?"
    r"|(hectare|acre|dunum|dunam|donum)s?"
    r"|(ton|tonne|kg|kilogram|litre|liter|megawatt|mw|storey|story|floor|seat|member|strong|man|point|bed)s?)"
    r"\b(?:[-\u2010\u2011](wide|long|high|deep|tall|thick))?",
    re.I,
)
_SPACED_UNIT = re.compile(
    r"(?:[ \t]*)(?:(square[ \t]+(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?)|sq\.?[ \t]*km|km2|km²|hectares?|acres?|dunums?|dunams?|donums?)"
    r"|(kilomet(?:er|re)s?|km|met(?:er|re)s?|m|miles?|feet|foot|ft|cm|mm|centimet(?:er|re)s?|yards?)"
    r"|(years?[ \t]+old|months?[ \t]+old)"
    r"|(years?|months?|weeks?|days?|hours?|hrs|minutes?|decades?|centuries|nights?))(?![\w\u00C0-\u024F])",
    re.I,
)
_UNIT_WORD_KEY = {
    "year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour", "hr": "hour",
    "minute": "minute", "decade": "decade", "century": "century", "centurie": "century",
    "night": "night",
    "kilometer": "km", "kilometre": "km", "km": "km", "meter": "m", "metre": "m", "m": "m",
    "mile": "mile", "foot": "ft", "feet": "ft", "ft": "ft", "cm": "cm", "mm": "mm",
    "yard": "yard", "inch": "inch", "centimeter": "cm", "centimetre": "cm",
    "hectare": "hectare", "acre": "acre", "dunum": "dunam", "dunam": "dunam", "donum": "dunam",
}

_MONTHS = "|".join(_calendar.MONTHS)
_DATE_AFTER = re.compile(r"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:" + _MONTHS + r")\b", re.I)
_EURO_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d.,])")
_ISO_AFTER = re.compile(r"[-/.]\d{1,2}[-/.]\d")
_ISO_BEFORE = re.compile(r"\d[-/]\Z")
_AGED_BEFORE = re.compile(r"\b(?:aged|age of|ages of)[ \t]+\Z", re.I)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_TIME_AFTER = re.compile(
    r"(?::\d|[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|local time\b|hrs\b|h\b))", re.I)
_TIME_BEFORE = re.compile(r"\d[:.]\Z")
#: Words after which a number is a reference, not a quantity ("page 12", "Resolution 2334").
REFERENCE_WORDS = frozenset(
    """
    page pages section article paragraph chapter clause resolution number room flight route
    highway channel item annex rule verse line version code platform gate bus seat apartment
    level phase grade class decree law case file phone fax box unit brigade division battalion
    regiment squadron district zone area sector camp block building kilometre kilometer km
    mile vote votes scale
    """.split()
)
#: Abbreviations (written with a dot) with the same effect ("No. 5", "p. 12").
REFERENCE_ABBREVIATIONS = frozenset("p pp no nos para tel ext art sec".split())
_MONTH_WORDS = frozenset(_MONTHS.split("|"))


def _word_before(text: str, s: int) -> tuple[str, bool]:
    """The lowercase word just before ``s`` (blanks and '#' skipped) and whether a '.' ends it."""
    i = s
    lim = max(0, s - 4)
    while i > lim and text[i - 1] in " \t#":
        i -= 1
    dot = i > 0 and text[i - 1] == "."
    if dot:
        i -= 1
    j = i
    lim = max(0, i - 16)
    while j > lim and text[j - 1].isalpha():
        j -= 1
    if j > 0 and text[j - 1].isalnum():
        return "", dot
    return text[j:i].lower(), dot


_PHONE_AFTER = re.compile(r"(?:[-.][ \t]?\d{2,}[-. ]\d{2,}|[ \t]\d{3,4}[ \t]\d{3,4})")
_PHONE_BEFORE = re.compile(r"\d[ \t-]\d{2,4}[ \t-]\Z")
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of them)[ \t]+\Z", re.I)
_OF_NEXT = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|[A-Z][\w]*(?:'s|’s))[ \t]+)?")
_PARTITIVE = re.compile(r"[ \t]+of[ \t]+(?:whom|them|those|which|these)\b", re.I)
_OF_THE = re.compile(r"[ \t]+of(?:[ \t]+(?:the|these|those|its|their))?(?=[ \t])", re.I)
_WORD = re.compile(r"[ \t]+([A-Za-z\u00C0-\u024F][\w'’\u00C0-\u024F]*(?:-[A-Za-z\u00C0-\u024F]+)*)")

#: Cores: vague quantities, digits, number words.
_VAGUE_RE = "|".join(sorted((re.escape(k).replace(r"\ ", r"[ \t]+") for k in VAGUE), key=len, reverse=True))
_NUMWORD_RE = "|".join(sorted(_NUMWORDS, key=len, reverse=True))
_CORE = re.compile(
    r"(?P<vague>(?<![\w\u00C0-\u024F])(?:" + _VAGUE_RE + r"|half)(?![\w\u00C0-\u024F]))"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<word>(?<![\w\u00C0-\u024F])(?:a[ \t]+(?=hundred|thousand|million|dozen))?(?:" + _NUMWORD_RE + r")(?![\w\u00C0-\u024F]))",
    re.I,
)
_WORD_NEXT = re.compile(
    r"(?:[ \t]+and[ \t]+|[ \t]*[-\u2010\u2011][ \t]*|[ \t]+)(" + _NUMWORD_RE + r")(?![\w\u00C0-\u024F])", re.I)

_RANGE_SEP = re.compile(r"[ \t]*(?:to|-|–|—|and|or)[ \t]*\Z|[ \t]*[-–][ \t]*\Z", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)[ \t]+\Z", re.I)
#: "bringing the toll from 78 to 81", "rose from 93 to 115": a change from an old to a new value, not a range
_CHANGE_FROM = re.compile(
    r"\b(?:ris\w*|rose|climb\w*|jump\w*|increas\w*|grew|grow\w*|soar\w*|surg\w*|swell\w*|doubl\w*|"
    r"bring\w*|brought|rais\w*|revis\w*|lower\w*|correct\w*|updat\w*|adjust\w*|fell|fall\w*|dropp?\w*|"
    r"declin\w*|decreas\w*|reduc\w*|cut|went\s+up|gone\s+up|went\s+down|gone\s+down)\b"
    r"[^.;:!?\d]{0,50}\bfrom[ \t]+(?:about[ \t]+|some[ \t]+|around[ \t]+)?\Z", re.I)

_POST_QUAL = re.compile(r"(?:[ \t]+(or more|or so|plus)\b|(-odd|-plus)\b)", re.I)

_ROLE_RE = re.compile(
    r"(?<![\w\u00C0-\u024F])(" + trie_pattern({k.lower() for k in ROLE_WORDS}) + r")(?![\w\u00C0-\u024F])",
    re.I,
)
_PROPOSAL_RE = re.compile(
    r"(?<![\w\u00C0-\u024F])(?:" + "|".join(re.escape(k) for k in PROPOSAL_MARKERS) + r")", re.I)
_EXCHANGE_FOR_BEFORE = re.compile(r"\bin[ \t]+(?:exchange|return)[ \t]+for[ \t]+(?:the[ \t]+)?(?:release[ \t]+of[ \t]+)?\Z", re.I)
_NUMBER_OF_RE = re.compile(r"\bnumber[ \t]+of[ \t]+([A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*s)?)", re.I)
_TOOK_RE = re.compile(r"\b(?:took|taken|take|takes|taking|seized|grabbed)\b", re.I)
#: Roles that imply the counted things are people when no noun is written.
CASUALTY_ROLES = frozenset({"killed", "dead", "wounded", "kidnapped", "arrested", "displaced", "missing"})
_COORD_RE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|or|as well as|plus)[ \t]+|[ \t]*,[ \t]*")
_COORD_END = re.compile(r"[ \t]*(?:[.,;:)]|\Z|\n)|[ \t]+(?:in|on|at|during|since|across|from|inside|near|over|according)\b", re.I)
_STRONG_BREAK = re.compile(r"[;:()\u2014]")
_STILL_RE = re.compile(r"\bstill\b", re.I)
_DEATH_TOLL_RE = re.compile(r"\bdeath[ \t]+toll\b|\btoll\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014\"“”]|[ \t](?:and|but|while|whereas)[ \t]", re.I)

#: How far (characters) the context windows reach around a mention.
WINDOW = FIG_CONTEXT_WINDOW
_MAX_WORD_TOKENS = FIG_MAX_WORD_TOKENS


# ---------------------------------------------------------------------------
# Number parsing
# ---------------------------------------------------------------------------


def words_to_number(words: list[str]) -> float | None:
    """Value of a list of lowercase number words; None if they do not form one."""
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w == "a":
            current = 1 if current == 0 else current
            continue
        if w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w in _TENS:
            current += _TENS[w]
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _valid_word_sequence(words: list[str]) -> int:
    """How many leading words form a well-shaped number ("forty one" yes, "two three" no)."""
    n = 0
    prev = None  # kind of previous word: unit/teen/tens/hundred/scale
    for w in words:
        if w in _UNITS:
            kind = "unit" if _UNITS[w] < 10 else "teen"
            if prev in ("unit", "teen") or (prev == "tens" and kind == "teen"):
                break
        elif w in _TENS:
            kind = "tens"
            if prev in ("unit", "teen", "tens"):
                break
        elif w == "hundred":
            kind = "hundred"
            if prev not in ("unit", "teen", None) or prev is None and n:
                break
        elif w == "dozen":
            kind = "scale"
        elif w in _SCALES:
            kind = "scale"
        else:
            break
        prev = kind
        n += 1
    return n


def parse_number(s: str) -> float | None:
    """Value of a number written in digits or words ("1,200", "forty-one")."""
    t = s.strip().lower()
    if not t:
        return None
    if t[0].isdigit():
        try:
            return float(t.replace(",", ""))
        except ValueError:
            return None
    toks = [w for w in re.split(r"[\s\-\u2010\u2011]+", t) if w and w != "and"]
    return words_to_number(toks)


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def claim_for(claims: Sequence[Claim], start: int, end: int) -> str:
    """Id of the claim whose content contains [start, end), else whose sentence does, else ""."""
    best = ""
    best_len = None
    for c in claims:
        if c.start <= start and end <= c.end:
            if best_len is None or c.end - c.start < best_len:
                best, best_len = c.id, c.end - c.start
    if best:
        return best
    for c in claims:
        if c.sentence_start <= start and end <= c.sentence_end:
            return c.id
    return ""


class _ClaimIndex:
    """Claim lookup that stays cheap for articles with many claims."""

    def __init__(self, claims: Sequence[Claim]):
        self.claims = sorted(claims, key=lambda c: (c.sentence_start, c.start))
        self.keys = [min(c.sentence_start, c.start) for c in self.claims]

    def find(self, start: int, end: int) -> str:
        if not self.claims:
            return ""
        i = bisect_right(self.keys, start)
        lo = max(0, i - 64)
        return claim_for(self.claims[lo:i], start, end)


def singular(word: str) -> str:
    """Naive English singular of a lowercase word."""
    w = word.lower()
    if w in NOUN_KEYS:
        return NOUN_KEYS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def noun_key(noun: str) -> str:
    """Normalised key of a counted noun phrase ("Northland prisoners" -> "prisoner")."""
    n = noun.lower().replace("’", "'").strip(" \"'“”‘")
    if not n:
        return ""
    if n in NOUN_KEYS:
        return NOUN_KEYS[n]
    words = n.split()
    if len(words) >= 2 and " ".join(words[-2:]) in NOUN_KEYS:
        return NOUN_KEYS[" ".join(words[-2:])]
    return singular(words[-1])


_QUAL_MAX_WORDS = max(len(k.split()) for k in QUALIFIERS)
_NONBLANK = re.compile(r"\S+")


def _qualifier_before(text: str, a: int, s: int) -> tuple[str, int] | None:
    """(canonical qualifier, start) of a qualifier phrase ending right before ``s``."""
    if s == a or text[s - 1] not in " \t":
        return None
    toks = [(m.start(), m.group().lower()) for m in _NONBLANK.finditer(text, a, s)]
    if toks and toks[-1][1] == "of":  # "upwards of", "a total of"
        toks.pop()
    for k in range(min(_QUAL_MAX_WORDS, len(toks)), 0, -1):
        if k == len(toks) and a > 0 and not text[a - 1].isspace() and toks[0][0] == a:
            continue  # first token may be cut by the window
        phrase = " ".join(t for _, t in toks[-k:])
        q = QUALIFIERS.get(phrase)
        if q:
            return q, toks[-k][0]
    return None


def _interval(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier in ("more than", "at least"):
        return value, math.inf
    if qualifier == "about":
        return value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
    if qualifier == "nearly":
        return value * (1 - APPROX_TOLERANCE), value
    if qualifier in ("up to", "less than"):
        return 0.0, value
    return value, value


# ---------------------------------------------------------------------------
# Core scanning
# ---------------------------------------------------------------------------


class _Core:
    __slots__ = ("start", "end", "value", "low", "high", "kind", "raw", "qualifier", "scaled")

    def __init__(self, start, end, value, kind, raw, low=None, high=None, qualifier=""):
        self.start = start
        self.end = end
        self.value = value
        self.kind = kind  # "num" | "word" | "vague" | "half"
        self.raw = raw
        self.low = value if low is None else low
        self.high = value if high is None else high
        self.qualifier = qualifier
        self.scaled = False


#: Cheap anchors (run on the lowercased text): every core starts at, or two
#: characters before ("a dozen"), one of these. The full ``_CORE`` pattern is
#: only tried there, which keeps the scan fast on long texts.
_ANCHOR = re.compile(
    r"\d+|\b(?:" + trie_pattern(set(_NUMWORDS) | {
        "dozens", "hundreds", "thousands", "millions", "tens", "scores", "several", "few",
        "handful", "half"}) + r")\b")
_A_PREFIXED = frozenset({"dozen", "few", "handful", "hundred", "thousand", "million", "billion"})


def _core_matches(text: str, start: int, stop: int):
    """Yield ``_CORE`` matches near anchors; the caller sends back the resume position."""
    low = text.lower()
    if len(low) != len(text):  # rare Unicode case changes lengths: slow exact path
        pos = start
        while True:
            m = _CORE.search(text, pos, stop)
            if not m:
                return
            pos = yield m
        return
    pos = start
    for am in _ANCHOR.finditer(low, start, stop):
        a = am.start()
        if a < pos:
            continue
        cands = [a]
        if a >= 2 and a - 2 >= pos and low[a - 2: a] == "a " and am.group() in _A_PREFIXED:
            cands.insert(0, a - 2)
        for c in cands:
            m = _CORE.match(text, c, stop)
            if m:
                pos = yield m
                break


def _send(gen, pos: int):
    try:
        return gen.send(pos)
    except StopIteration:
        return None


def _vague_core(text: str, m: re.Match) -> _Core:
    """ "dozens", "hundreds", "half a million", bare "half"."""
    s, raw = m.start(), m.group("vague")
    k = re.sub(r"\s+", " ", raw.lower())
    if k == "half":
        # "half a million" -> 500,000; bare "half" -> 0.5
        hm = re.match(r"[ \t]+a[ \t]+(million|billion|thousand|dozen)\b", text[m.end(): m.end() + 20], re.I)
        if hm:
            v = 0.5 * (_SCALES.get(hm.group(1).lower()) or 12)
            return _Core(s, m.end() + hm.end(), v, "word", text[s: m.end() + hm.end()])
        return _Core(s, m.end(), 0.5, "half", raw)
    v, lo, hi = VAGUE[k]
    c = _Core(s, m.end(), v, "vague", raw, lo, hi, "vague" if k != "a dozen" else "")
    if k == "a dozen":
        c.kind = "word"
    return c


def _num_core(text: str, m: re.Match, stop: int) -> _Core:
    s, raw = m.start(), m.group("num")
    v = float(raw.replace(",", ""))
    em = _EURO_THOUSANDS.match(text, s, stop)
    if em and _WORD.match(text, em.end()) and _WORD.match(text, em.end()).group(1).lower() in NOUN_KEYS:
        # "1.200 dead" (EFE style): dots group thousands before a counted noun
        raw = em.group()
        return _Core(s, em.end(), float(raw.replace(".", "")), "num", raw)
    return _Core(s, m.end(), v, "num", raw)


def _word_core(text: str, m: re.Match, stop: int) -> _Core | None:
    """Number words, extended greedily over the number words that follow."""
    s = m.start()
    toks = [w.lower() for w in m.group("word").split()]
    ends = [m.end()]
    p = m.end()
    for _ in range(_MAX_WORD_TOKENS):
        nm = _WORD_NEXT.match(text, p, stop)
        if not nm:
            break
        sep = text[p: nm.start(1)]
        if "and" in sep.lower() and toks[-1] not in _SCALES:
            break
        toks.append(nm.group(1).lower())
        ends.append(nm.end())
        p = nm.end()
    body = [t for t in toks if t != "a"]
    n = _valid_word_sequence(body)
    if n == 0:
        return None
    # tokens map 1:1 to ends except a leading "a" that shares the first match
    end = ends[n - 1]
    vals = (["a"] if toks[0] == "a" else []) + body[:n]
    v = words_to_number(vals)
    if v is None:
        return None
    return _Core(s, end, v, "word", text[s:end])


def _scan_cores(text: str, start: int, stop: int) -> list[_Core]:
    out: list[_Core] = []
    gen = _core_matches(text, start, stop)
    m = next(gen, None)
    while m is not None:
        if m.group("vague"):
            c = _vague_core(text, m)
        elif m.group("num"):
            c = _num_core(text, m, stop)
        else:
            c = _word_core(text, m, stop)
        if c is None:
            m = _send(gen, m.end())
            continue
        out.append(c)
        m = _send(gen, c.end)
    return out


def looks_like_year(text: str, start: int, end: int) -> bool:
    """A bare 4-digit number 1800..2100 that is not followed by a counted noun or unit."""
    raw = text[start:end]
    if len(raw) != 4 or not raw.isdigit():
        return False
    v = int(raw)
    if not YEAR_MIN <= v <= YEAR_MAX:
        return False
    after = text[end: end + 40]
    if _PERCENT.match(after) or _CURRENCY_AFTER.match(after) or _HYPHEN_UNIT.match(after):
        return False
    if _CURRENCY_BEFORE.search(text[max(0, start - 6): start]):
        return False
    wm = _WORD.match(after)
    if wm:
        w = wm.group(1).lower()
        # "2000 people", "1800 hostages" are counts; "2014 war", "2014 talks" are years
        if w in NOUN_KEYS and w not in ("times", "lives"):
            return False
    return True


_NONSPACE_AFTER = re.compile(r"\S{0,150}")
_NONSPACE_BEFORE = re.compile(r"\S{0,150}\Z")


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited token around [start, end), at most 150 chars each side."""
    lo = max(0, start - 150)
    a = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), text.rfind("\t", lo, start))
    a = a + 1 if a >= 0 else _NONSPACE_BEFORE.search(text, lo, start).start()
    b = _NONSPACE_AFTER.match(text, end).end()
    return a, b


def _glued_num(text: str, c: _Core, after: str) -> bool:
    """A number glued to letters or signs: "F-16", "COVID-19", "+20", "3rd", "x2y"."""
    s, e = c.start, c.end
    prev = text[s - 1] if s else ""
    if prev and (prev.isalpha() or prev in "_/@#\\") and not _CURRENCY_BEFORE.search(text, max(0, s - 8), s):
        return True
    if prev in "-\u2010\u2011" and s >= 2 and text[s - 2].isalpha():
        return True  # F-16, COVID-19
    if prev == "+":
        return True
    nxt = text[e] if e < len(text) else ""
    if nxt.isalpha():
        if _ORDINAL_AFTER.match(after):
            return True
        if not (_SCALE_AFTER.match(after) or _SPACED_UNIT.match(after) or _PERCENT.match(after)):
            return True
    return False


#: digits no count is written as: a leading zero ("0030"), or eleven digits and more without separators
_CODE_DIGITS = re.compile(r"0\d{2,}|\d{11,}")


def _num_not_quantity(text: str, c: _Core, before: str, after: str) -> bool:
    s, e = c.start, c.end
    if _glued_num(text, c, after):
        return True
    a, b = _token_bounds(text, s, e)
    tok = text[a:b].lower()
    if any(x in tok for x in ("/", "@", "http", "www.", "#", "=", "_")):
        return True
    if _TIME_AFTER.match(after) or _TIME_BEFORE.search(before[-2:]):
        return True
    if _PHONE_AFTER.match(after) or _PHONE_BEFORE.search(before[-12:]):
        return True
    if _CODE_DIGITS.fullmatch(c.raw):
        return True  # "0030-6943850188", "00302107777777": a phone number or code, not a count
    # ISO-like dates 2023-10-07
    if _ISO_AFTER.match(after) or _ISO_BEFORE.search(before[-3:]):
        return True
    wb, dot = _word_before(text, s)
    if wb in _MONTH_WORDS and text[s - 1: s] in " \t" or _DATE_AFTER.match(after):
        return True
    if "," not in c.raw and "." not in c.raw and looks_like_year(text, s, e):
        return True
    return wb in REFERENCE_WORDS or bool(dot and wb in REFERENCE_ABBREVIATIONS)


def _word_not_quantity(text: str, c: _Core, after: str) -> bool:
    s, e = c.start, c.end
    wb, _ = _word_before(text, s)
    if _DATE_AFTER.match(after) or wb in _MONTH_WORDS and text[s - 1: s] in " \t":
        return True
    if c.raw.lower() != "one":
        return False
    # "one of the", "no one", "one another", "one day" (idiom): only keep
    # "one" when a known counted noun or a unit follows.
    if re.match(r"[-\u2010\u2011]", after):
        return False
    wm = _WORD.match(after)
    if not wm:
        return True
    w = wm.group(1).lower()
    if w in NOUN_KEYS or w in ("million", "billion", "thousand", "hundred") or _SPACED_UNIT.match(after):
        return False
    if w in ("of", "another", "day", "side", "hand", "way", "thing", "point", "time", "more"):
        return True
    nn = _noun_phrase(text, e, min(len(text), e + 60))[0]
    return not (nn and noun_key(nn) in _PERSON_KEYS)  # "one Northland soldier"


def _is_not_quantity(text: str, c: _Core) -> bool:
    """True for cores that are dates, years, times, codes... (see module doc)."""
    s, e = c.start, c.end
    after = text[e: e + 40]
    if c.kind == "num":
        return _num_not_quantity(text, c, text[max(0, s - 40): s], after)
    if c.kind == "word":
        return _word_not_quantity(text, c, after)
    return False


# ---------------------------------------------------------------------------
# Noun phrase and roles
# ---------------------------------------------------------------------------


#: An organisation's name of two to five capitalised words (and its acronym in brackets) before a
#: lowercase counted noun: "seven World Central Kitchen (WCK) aid workers", "four Red Crescent paramedics".
_NAME_RUN = re.compile(r"[ \t]+((?:[A-Z][\w'\u2019&-]*[ \t]+){2,5})(?:\([A-Z]{2,6}\)[ \t]+)?(?=[a-z])")


def _noun_after_name(text: str, pos: int, stop: int) -> tuple[str, int, int] | None:
    """The lowercase counted noun after an organisation's name, with the name as its modifier
    (start at the name); None when no such name opens the phrase or a word of it is a nationality
    or a counted noun itself ("Syrian refugees" is read as it was)."""
    m = _NAME_RUN.match(text, pos, stop)
    if m is None:
        return None
    for w in m.group(1).split():
        wl = w.lower()
        if wl in NOUN_KEYS or wl in NOUN_MODIFIERS or wl.endswith(("ans", "ians", "is", "ese", "ites")):
            return None
    nn, _, ne = _noun_phrase(text, m.end() - 1, stop)
    last = nn.split()[-1].lower() if nn else ""
    if not nn or not (last in NOUN_KEYS or (last.endswith("s") and not last.endswith(("ss", "us")))):
        return None
    return nn, m.start(1), ne


def _noun_phrase(text: str, pos: int, stop: int) -> tuple[str, int, int]:
    """Counted noun phrase starting after ``pos``: (noun, start, end); ("", pos, pos) if none."""
    if pos < stop and text[pos : pos + 2].strip()[:1].isupper() or text[pos + 1 : pos + 2].isupper():
        named = _noun_after_name(text, pos, stop)
        if named is not None:
            return named
    p = pos
    n_start = -1
    n_end = pos
    count = 0
    while count < 4:
        m = _WORD.match(text, p, stop)
        if not m:
            break
        word = m.group(1)
        wl = word.lower().replace("’", "'")
        base = wl[:-2] if wl.endswith("'s") else wl
        if wl in NOUN_STOPS or wl in QUALIFIERS:
            break
        two = None
        if n_start >= 0:
            two = (text[n_start: m.end(1)]).lower()
        if wl in NOUN_KEYS or (two and two in NOUN_KEYS):
            if n_start < 0:
                n_start = m.start(1)
            n_end = m.end(1)
            count += 1
            # "air strikes": both words known; keep going only for a modifier+noun pair
            if wl in NOUN_MODIFIERS:
                p = m.end()
                continue
            break
        if word[0].isupper():
            named = _noun_after_name(text, m.start(), stop) if n_start >= 0 and count == 1 else None
            if named is not None:
                return named[0], n_start, named[2]  # "4 international World Central Kitchen aid workers"
            if base.endswith(("ans", "ians", "is", "ese", "ites")) and base not in ("this", "is"):
                if n_start < 0:
                    n_start = m.start(1)
                n_end = m.end(1)
                break
            if count >= 2 or wl.endswith("'s"):
                break
            if n_start < 0:
                n_start = m.start(1)
            n_end = m.end(1)
            count += 1
            p = m.end()
            continue
        if wl.endswith(("ed", "ing")) and wl not in NOUN_MODIFIERS:
            break
        if wl in NOUN_MODIFIERS:
            if n_start < 0:
                n_start = m.start(1)
            n_end = m.end(1)
            count += 1
            p = m.end()
            continue
        if wl.endswith("ly"):
            break
        if n_start < 0:
            n_start = m.start(1)
        n_end = m.end(1)
        count += 1
        if wl.endswith("s") and not wl.endswith(("ss", "us")):
            break
        p = m.end()
    if n_start < 0:
        return "", pos, pos
    # do not end on a dangling modifier/proper adjective when nothing follows it
    return text[n_start:n_end], n_start, n_end


def _roles_in(text: str, a: int, b: int) -> list[tuple[int, str]]:
    out = []
    if b <= a:
        return out
    for m in _ROLE_RE.finditer(text, a, b):
        w = re.sub(r"\s+", " ", m.group(1).lower())
        out.append((m.start(), ROLE_WORDS[w]))
    return out


def _clause_start(text: str, a: int, b: int) -> int:
    """Start of the last clause in text[a:b]."""
    last = a
    for m in _CLAUSE_BREAK.finditer(text, a, b):
        last = m.end()
    return last


def _clause_end(text: str, a: int, b: int) -> int:
    m = _CLAUSE_BREAK.search(text, a, b)
    return m.start() if m else b


# ---------------------------------------------------------------------------
# Main entry point
# ---------------------------------------------------------------------------


class _Draft:
    __slots__ = ("start", "end", "num_end", "value", "low", "high", "qualifier", "unit",
                 "noun", "key", "partitive", "sent")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def _merge_ranges(text: str, cores: list[_Core]) -> list[_Core]:
    out: list[_Core] = []
    i = 0
    while i < len(cores):
        c = cores[i]
        if i + 1 < len(cores) and c.kind in ("num", "word") and cores[i + 1].kind == c.kind:
            d = cores[i + 1]
            gap = text[c.end: d.start]
            if len(gap) <= 6 and _RANGE_SEP.match(gap) and gap.strip().lower() in ("to", "-", "–", "—", "and", "or", ""):
                sep = gap.strip().lower()
                between = _BETWEEN.search(text[max(0, c.start - 12): c.start])
                ok = sep in ("to", "or", "-", "–", "—") or (sep == "and" and between)
                if sep == "to" and _CHANGE_FROM.search(text, max(0, c.start - FIG_CONTEXT_WINDOW), c.start):
                    ok = False  # "rose from 78 to 81": two values, the old and the new
                if sep in ("-", "–", "—") and (text[c.start - 1: c.start].isalpha() if c.start else False):
                    ok = False
                if ok and d.value > c.value:
                    # "20 to 30 million": the scale applies to both ends
                    r = _Core(c.start, d.end, (c.value + d.value) / 2, c.kind, text[c.start: d.end],
                              c.value, d.value, "range")
                    r.raw = c.raw  # the first end decides year/date tests
                    out.append(r)
                    i += 2
                    continue
        out.append(c)
        i += 1
    return out


def _money_and_scale(text: str, n: int, c: "_Core", start: int, end: int, value: float, low: float,
                     high: float) -> tuple[str, str, int, int, float, float, float]:
    """A currency before the number and a scale after it ("$1.2 million"): (unit, key, start,
    position after the number, value, low, high)."""
    unit, key = "count", ""
    # currency before
    cb = _CURRENCY_BEFORE.search(text[max(0, start - 8): start])
    if cb and c.kind in ("num", "word"):
        unit = "money"
        start = max(0, start - 8) + cb.start()
        sym = re.sub(r"[\s]", "", cb.group(0)).upper()
        key = CURRENCY_KEYS.get(sym, "usd")
    # scale after ("1.2 million", "$500m")
    after_pos = end
    sm = _SCALE_AFTER.match(text, end, min(n, end + 20)) if c.kind in ("num", "word") else None
    if sm:
        w = sm.group(1).lower()
        if w not in ("m", "k", "b") or unit == "money" or text[end: end + 1].isalpha():
            if not (w == "m" and unit != "money" and not _million_m(text, sm.end())):
                mult = SCALE_SUFFIXES[w]
                value *= mult
                low *= mult
                high = high * mult if not math.isinf(high) else high
                after_pos = sm.end()
    return unit, key, start, after_pos, value, low, high


def _units(text: str, n: int, c: "_Core", unit: str, key: str, after_pos: int) -> tuple[str, str, str, int]:
    """The unit after the number (percent, currency word, "5-year-old", "12 km"): (unit, noun, key, after)."""
    noun = ""
    # units
    pm = _PERCENT.match(text, after_pos, min(n, after_pos + 30))
    cm = _CURRENCY_AFTER.match(text, after_pos, min(n, after_pos + 30))
    hm = _HYPHEN_UNIT.match(text, after_pos, min(n, after_pos + 60))
    if pm:
        unit = "percent"
        after_pos = pm.end()
        key = "percent"
    elif cm:
        unit = "money"
        noun = cm.group(0).strip()
        key = CURRENCY_KEYS.get(singular(noun.split()[-1]), singular(noun.split()[-1]))
        after_pos = cm.end()
    elif hm and c.kind != "vague":
        if hm.group(1):
            unit = "age" if hm.group(2) else "duration"
            key = _UNIT_WORD_KEY.get(hm.group(1).lower(), hm.group(1).lower())
        elif hm.group(3) or hm.group(5):
            unit = "area"
            key = (hm.group(3) or hm.group(5)).lower()
        elif hm.group(4):
            unit = "length"
            key = _UNIT_WORD_KEY.get(hm.group(4).lower(), hm.group(4).lower())
        else:
            w = hm.group(6).lower()
            if w in ("strong", "man", "member", "seat", "bed"):
                unit = "count"
                key = {"strong": "", "man": "member", "member": "member"}.get(w, w)
            else:
                unit = "other"
                key = w
        after_pos = hm.end()
    elif unit == "count":
        um = _SPACED_UNIT.match(text, after_pos, min(n, after_pos + 40))
        if um and not (um.group(2) and um.group(2).lower() == "m" and text[after_pos: after_pos + 1] == " "):
            if um.group(1):
                unit = "area"
                key = singular(um.group(1).split()[-1])
            elif um.group(2):
                unit = "length"
                key = _UNIT_WORD_KEY.get(singular(um.group(2)), singular(um.group(2)))
            elif um.group(3):
                unit = "age"
                key = "year"
            else:
                unit = "duration"
                key = _UNIT_WORD_KEY.get(singular(um.group(4)), singular(um.group(4)))
            noun = um.group(0).strip()
            after_pos = um.end()
            ago = re.match(r"[ \t]+ago\b", text[after_pos: after_pos + 8], re.I)
            if ago and unit == "duration":
                after_pos += ago.end()
    return unit, noun, key, after_pos


def _noun_start(text: str, n: int, c: "_Core", unit: str, after_pos: int) -> tuple[int, bool, int]:
    """Where the counted noun starts, past a partitive ("24 of them", "twenty of whom")
    or "of the": (position, partitive, end of the partitive)."""
    npos = after_pos
    ptm = _PARTITIVE.match(text, npos, min(n, npos + 20))
    if ptm and unit == "count":
        return ptm.end(), True, ptm.end()
    if unit == "count" and (c.kind == "vague" or c.kind == "word" and c.raw.lower().endswith("dozen")):
        om = _OF_THE.match(text, npos, min(n, npos + 16))
        if om:
            npos = om.end()
    elif unit == "count":
        om = re.match(r"[ \t]+of[ \t]+(?:the|these|those)(?=[ \t])", text[npos: npos + 16], re.I)
        if om:
            npos += om.end()
    return npos, False, -1


def _qualifier_span(text: str, body: int, start: int, value: float, low: float, high: float, qualifier: str,
                    unit: str) -> tuple[int, str, float, float]:
    """A qualifier written before the number ("more than", "between"): (start, qualifier, low, high)."""
    if not qualifier and unit not in ("age",):
        qs = _qualifier_before(text, max(body, start - 24), start)
        if qs:
            qualifier, start = qs
            low, high = _interval(value, qualifier)
    elif qualifier == "range":
        bm = _BETWEEN.search(text, max(body, start - 12), start)
        if bm:
            start = bm.start()
    return start, qualifier, low, high


#: A capitalised word and a comma right before a number set off by commas: "NAME, 30, a builder".
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*,[ \t]+\Z")
#: Two capitalised words and a comma before the number: "Tomas Vidal, 38."
_FULL_NAME_COMMA_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?!(?:In|On|At|For|The|From|Of|By|To|With|And|But|As|After|Before)\b)"
    r"[A-Z][\w'\u2019-]*[ \t]+[A-Z][\w'\u2019-]*,[ \t]+\Z"
)


def _age_in_apposition(text: str, start: int, end: int, value: float) -> bool:
    """"Bilal Haddad, 30, a builder in the town, said": a whole number of at most 120 set off by
    commas right after a capitalised word is the age of the person named, not a count."""
    if not 0 < value <= FIG_MAX_APPOSITION_AGE or value != int(value) or text[end : end + 1] not in (",", "."):
        return False
    if text[end : end + 1] == "." and _FULL_NAME_COMMA_BEFORE.search(text, max(0, start - 60), start) is None:
        return False  # "... and Tomas Vidal, 38." closes on a full name only
    after = text[end + 1 : end + 30].split(None, 1)
    if after and after[0].lower().strip(",") in _PART_OF_COUNT:
        return False  # "In the town of Kessab, 30, mostly children, were hurt": a count
    return text[start - 1 : start].isspace() and _NAME_COMMA_BEFORE.search(text, max(0, start - 40), start) is not None


#: Words after ", N," that describe the N counted, not a person of that age.
_PART_OF_COUNT = frozenset("mostly including among all most many some of both half nearly about around almost".split())


def _draft(text: str, body: int, n: int, c: "_Core", sentences: list) -> "_Draft | None":
    """One number core read as a figure draft (unit, noun, qualifier), or None when it is noise."""
    if c.qualifier != "range" and _is_not_quantity(text, c):
        return None
    if c.qualifier == "range" and c.kind == "num" and _is_not_quantity(text, _Core(c.start, c.start + len(c.raw), c.low, "num", c.raw)):
        return None
    value, low, high, qualifier = c.value, c.low, c.high, c.qualifier
    unit, key, start, after_pos, value, low, high = _money_and_scale(text, n, c, c.start, c.end, value, low, high)
    end = c.end
    unit, noun, key, after_pos = _units(text, n, c, unit, key, after_pos)
    partitive = False
    if c.kind == "half" and unit == "count":
        unit = "other"
    # age written before: "aged 23", "age of 23"
    if unit == "count" and _AGED_BEFORE.search(text, max(0, start - 12), start):
        unit = "age"
        key = "year"
    elif unit == "count" and _age_in_apposition(text, start, end, value):
        unit = "age"  # "Bilal Haddad, 30, a builder, said": an age, not a count of the noun after it
        key = "year"
    # post-qualifiers
    pq = _POST_QUAL.match(text, after_pos, min(n, after_pos + 12))
    if pq and not qualifier:
        qualifier = POST_QUALIFIERS[(pq.group(1) or pq.group(2)).lower()]
        low, high = _interval(value, qualifier)
        after_pos = pq.end()
    npos, partitive, ptm_end = _noun_start(text, n, c, unit, after_pos)
    # counted noun phrase (percentages and money keep their unit key)
    if unit in ("count", "length", "duration", "area", "other", "age") and not noun:
        nn, ns, ne = _noun_phrase(text, npos, min(n, npos + 80))
        if nn:
            noun = nn
            key = noun_key(nn) if unit == "count" else (noun_key(nn) or key)
            end = max(end, ne)
        if partitive and not nn:
            end = max(end, ptm_end)
    end = max(end, after_pos)
    start, qualifier, low, high = _qualifier_span(text, body, start, value, low, high, qualifier, unit)
    if unit == "count" and not noun and not partitive and _INCLUDING_BEFORE.search(text, max(body, start - 14), start):
        partitive = True  # "391 soldiers ..., including 70 in the ground operation"
    # bare number words with nothing counted ("between the two") are noise
    if c.kind == "word" and unit == "count" and not noun and not partitive and not qualifier:
        return None
    sent = sentence_at(sentences, c.start) if sentences else None
    return _Draft(start=start, end=end, num_end=c.end, value=value, low=low, high=high,
                  qualifier=qualifier, unit=unit, noun=noun, key=key,
                  partitive=partitive, sent=sent)


def _add(roles: list[str], role: str) -> None:
    if role not in roles:
        roles.append(role)


def _clause_roles(text: str, d: "_Draft", before_a: int, after_b: int) -> list[str]:
    """Role words in the figure, then before it (nearest first), then after it in its clause."""
    roles: list[str] = []
    for _, r in _roles_in(text, d.start, d.end):  # "1,200 dead", "52,500 injured"
        _add(roles, r)
    for _, r in reversed(_roles_in(text, before_a, d.start)):
        _add(roles, r)
    for _, r in _roles_in(text, d.end, after_b):
        _add(roles, r)
    if _EXCHANGE_FOR_BEFORE.search(text, max(0, d.start - 60), d.start):
        _add(roles, "released")
    if d.key in CAPTIVE_KEYS and _STILL_RE.search(text, before_a, after_b):
        _add(roles, "held")
    return roles


def _fill_key(text: str, kept: list, i: int, before_a: int, roles: list[str]) -> None:
    """A count written without its noun takes the key the context gives."""
    d = kept[i]
    if d.noun or d.key or d.unit != "count":
        return
    if i + 1 < len(kept) and kept[i + 1].sent is d.sent and kept[i + 1].unit == "count" \
            and _OF_NEXT.fullmatch(text, d.end, kept[i + 1].start):
        d.key = kept[i + 1].key  # "some 1.7 million of the region's 2.3 million people"
        if d.key:
            return
    if _DEATH_TOLL_RE.search(text, before_a, d.start):
        d.key = "person"
        _add(roles, "dead")
        return
    if d.partitive:
        return
    nm = None
    for nm in _NUMBER_OF_RE.finditer(text, before_a, d.start):  # "the number of hostages held ... rose to 137"
        pass
    if nm:
        d.key = noun_key(nm.group(1))
    elif any(r in CASUALTY_ROLES for r in roles):
        d.key = "person"  # "13 were killed", "20,000 killed"


def _borrowed_roles(text: str, n: int, kept: list, i: int, out: list, roles: list[str], s_end: int) -> list[str]:
    """Roles from the count before (coordination, partitive) or later in the sentence."""
    d = kept[i]
    # coordination: "killed 2,250 soldiers and 73 civilians"
    if not roles and i and out and kept[i - 1].sent is d.sent and out[-1].unit == "count" \
            and _COORD_RE.fullmatch(text, kept[i - 1].end, d.start) \
            and _COORD_END.match(text, d.end, min(n, d.end + 20)):
        roles = list(out[-1].roles)
    # partitive: inherit the key (and roles only when it has none)
    if d.partitive and i and kept[i - 1].sent is d.sent and kept[i - 1].unit == "count":
        prev = out[-1]
        if not d.key:
            d.key = prev.key
        if not roles:
            roles = list(prev.roles)
    if not roles and not d.partitive:
        # "At least seven people, including two children, were wounded": the first role word later
        fb = min(s_end, d.end + WINDOW)
        stop_m = _STRONG_BREAK.search(text, d.end, fb)
        for _, r in _roles_in(text, d.end, stop_m.start() if stop_m else fb):
            roles.append(r)
            break
    return roles


def _proposed(text: str, d: "_Draft", s_start: int, roles: list[str]) -> list[str]:
    """A release in a proposal/future sentence is "to be released"; only the
    sentence up to the figure counts ("freed 105 hostages during a truce that
    could be extended" stays a past release)."""
    proposal = _PROPOSAL_RE.search(text, max(s_start, d.start - FIG_PROPOSAL_LOOKBACK), d.end)
    if proposal and any(r in ("released", "exchanged", "to be released") for r in roles):
        roles = ["to be released" if r == "released" else r for r in roles]
        _add(roles, "to be released")
        roles.append("proposed")
    elif "to be released" in roles and "proposed" not in roles:
        roles.append("proposed")
    return list(dict.fromkeys(roles))


def _figure_roles(text: str, body: int, n: int, kept: list, i: int, out: list) -> list[str]:
    """The roles of count draft ``kept[i]`` (its key may be filled in on the way)."""
    d = kept[i]
    s_start = d.sent.start if d.sent else max(body, d.start - WINDOW)
    s_end = d.sent.end if d.sent else min(n, d.end + WINDOW)
    prev_end = kept[i - 1].end if i and kept[i - 1].end > s_start else s_start
    next_start = kept[i + 1].start if i + 1 < len(kept) and kept[i + 1].start < s_end else s_end
    before_a = _clause_start(text, max(prev_end, d.start - WINDOW), d.start)
    after_b = _clause_end(text, d.end, min(next_start, d.end + WINDOW))
    roles = _clause_roles(text, d, before_a, after_b)
    _fill_key(text, kept, i, before_a, roles)
    if d.key in CAPTIVE_KEYS and "kidnapped" not in roles and _TOOK_RE.search(text, before_a, after_b):
        roles.append("kidnapped")  # "took around 240 hostages"
    roles = _borrowed_roles(text, n, kept, i, out, roles, s_end)
    return _proposed(text, d, s_start, roles)


def extract_figures(doc: Doc, claims: Sequence[Claim] = ()) -> list[Figure]:
    """Every figure mention of ``article`` (see module doc), sorted by start."""
    article = doc.article
    sentences = list(doc.sentences)
    text = article.text
    body = article.body_start
    n = len(text)
    cores = _merge_ranges(text, _scan_cores(text, body, n))
    drafts = [d for d in (_draft(text, body, n, c, sentences) for c in cores) if d is not None]
    # de-overlap (keep the earlier/longer)
    drafts.sort(key=lambda d: (d.start, -d.end))
    kept: list[_Draft] = []
    for d in drafts:
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    cidx = _ClaimIndex(claims)
    out: list[Figure] = []
    for i, d in enumerate(kept):
        roles = _figure_roles(text, body, n, kept, i, out) if d.unit == "count" else []
        out.append(_figure(article, d, tuple(roles), cidx))
    return out


def _million_m(text: str, pos: int) -> bool:
    """'1.9m residents': "m" means million when a counted noun follows."""
    wm = _WORD.match(text, pos, min(len(text), pos + 40))
    if not wm:
        return False
    w = wm.group(1)
    return w.lower() in NOUN_KEYS or (w[0].isupper() and w.endswith("s"))


#: one registered rule per kind of quantity a number pattern reads
FIGURE_RULES = {
    unit: _rules.register(f"figure.{unit}", "figure", f"a number read as a {unit} (value, interval, qualifier, noun)")
    for unit in ("count", "percent", "money", "length", "area", "age", "duration", "other")
}


def _figure(article: Article, d: _Draft, roles: tuple[str, ...], cidx: _ClaimIndex) -> Figure:
    return Figure(
        rule=FIGURE_RULES.get(d.unit) or FIGURE_RULES["other"],
        id=stable_id("fi_", article.id, d.start, d.end), article=article.id,
        text=article.text[d.start: d.end], start=d.start, end=d.end,
        value=float(d.value), low=float(d.low), high=float(d.high), qualifier=d.qualifier,
        unit=d.unit, noun=d.noun, key=d.key, roles=roles,
        claim=cidx.find(d.start, d.end),
        sentence_start=d.sent.start if d.sent else -1,
        sentence_end=d.sent.end if d.sent else -1,
        article_date=article.date,
    )
