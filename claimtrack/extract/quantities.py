"""What a figure counts: the quantity identity, read once from the text.

For each count figure the reader decides what is counted (the thing, its
side), in which role (killed, injured, kidnapped, held, released, to be
released, demanded), where (a named place at the level written), for which
event, and when it is compared (a running count on its day, the terms of a
deal within days, a fixed event across dates); plus the literal and
everyday readings of its bound. The result is stored on the Figure record
(:func:`describe_figures`), so the comparator works on records only.

Story knowledge (named events, places, agents, sides, who holds captives)
comes from the domain lexicon (:mod:`claimtrack.lexicon.domain`).
"""

from __future__ import annotations

from ..tuning import OP_LOOKBACK, CLAUSE_DATES_LOOKED_AT, MAGNITUDE_REACH, MAX_MAGNITUDE  # noqa: E402

import math
import re
import unicodedata
import weakref
from collections.abc import Sequence

from . import names as _names
from . import prefilter as _pf
from .context import WITHIN_A_YEAR, WITHIN_DAYS, WITHIN_WEEKS, _Context
from ..lexicon.quantities import WITHIN_A_DAY
from ..tuning import MAX_LIST_ITEM_WORDS, NUMBER_OF_REACH, SENTENCE_WINDOW, UNDATED_LEDE_SENTENCES
from .. import rules as _rules
from ..compare.bounds import readings
from ..lexicon import calendar as _cal
from ..lexicon import domain as _domain
from ..lexicon import numbers as _numbers
from ..lexicon import quantities as _q
from ..models import Article, Claim, DateMention, Figure, replaced

_D = _domain.get()
_EVENT_NAMES = {e.name for e in _D.events}
_CAPT = _D.captivity

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


# ---------------------------------------------------------------------------
# figures: what is counted, in which role, where, when

_WORD_NUMBERS = [*_numbers.UNITS, *_numbers.TENS, *_numbers.SCALES, "hundreds", "thousands", "millions",
                 "dozen", "dozens", "a", "an"]

_SKIP_WORDS = set(_WORD_NUMBERS) | {
    "more", "than", "over", "about", "around", "some", "nearly", "almost", "at", "least", "up", "to", "as",
    "many", "roughly", "approximately", "estimated", "of", "them", "whom", "which", "those", "the", "and",
    "other", "others", "additional", "further", "another", "new", "total", "mostly", "including",
    "fewer", "less", "under", "below", "no", "just", "only", "upwards", "close", "between", "from", "or",
}

_NATIONALITY = dict(_q.SIDES) | _D.sides

#: counted things: noun (lower case) -> canonical thing (generic, then the domain's)
_THINGS = dict(_q.THINGS) | _D.things

_PEOPLE_LIKE = set(_THINGS.values()) | {_CAPT.get("jailed_thing", "")} - {""}

_ROLE_CUES = (
    ("killed", r"killed|kill|kills|killing|dead|deaths?|died|die|dying|lives|bodies|massacred|murdered|slain|fatalities|death toll"),
    ("injured", r"injured|wounded|injuries|injuring|wounding|hurt"),
    ("kidnapped", r"kidnapp\w*|abduct\w*|taken hostage|taken captive|seized|captured|snatched|took"),
    # "remain missing", "still unaccounted for": missing, not held; "still stands at 82", "remains at 104":
    # a count's verb, not captivity
    ("held", r"(?:still|remain\w*)(?!\s+(?:missing|unaccounted|stands?\b|stood\b|standing\b|at\b|unchanged|the same))"
             r"|held|hold|holds|holding|captivity|captive"),
    ("released", r"releas\w*|free|freed|freeing|frees|swap\w*|exchang\w*|handed over|hand over|liberat\w*|returned|rescued|rescuing|rescue(?!\s+(?:workers?|teams?|crews?|services?|efforts?|personnel))"),
    ("demanded", r"demand\w*|wants?|seeks?|seeking|calls? for|insists?"),
    ("missing", r"missing|unaccounted(?:\s+for)?"),
    ("arrested", r"arrested|arrests"),
    ("displaced", r"displaced|evacuated|homeless"),
)
_ROLES_RE = re.compile("|".join(rf"\b(?P<{r}>{p})\b" for r, p in _ROLE_CUES), re.I)
_HELD_IN = re.compile(r"(?:held|jailed|detained)\s+(?:in|by)\b", re.I)
#: a participle describing the counted noun ("hostages kidnapped by the Front
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
    r"(?:them|whom)|including|among them|mostly|mainly|many of them)\b[^,;()]{0,80}[,)]"
    r"|\s*[\u2014\u2013]\s*[^\u2014\u2013;.()]{1,80}?[\u2014\u2013]",  # "24 hostages \u2014 13 X, 10 Y \u2014 were freed"
    re.I,
)

#: a release told as a past fact: "the Front released 50 hostages", "were freed"
_PAST_RELEASE = re.compile(
    r"(?<!would )(?<!will )(?<!could )(?<!to )(?<!be )\b(?:released|freed|were released|were freed|have been released|"
    r"had been released|has released|have released|had released)\s+(?:\w+\s+){0,2}$",
    re.I,
)
#: "12 Thai workers had been freed", "10 Thais and one Filipino freed were ...":
#: the count's own verb, after it, tells a release that happened
_PAST_RELEASE_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:(?:were|was|had been|have been|has been)\s+(?:\w+\s+)?(?:released|freed)\b"
    r"|(?:released|freed)\s+(?:were|was|on|by|from|earlier|last|so far)\b)",
    re.I,
)
_PROPOSAL_RE = re.compile(
    r"\b(?:would|will|could|might|shall|to be|agreed to|agrees? to|earmarked|slated|"
    r"proposals?|propos\w*|offer\w*|plans?|planned|possible|"
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

_PLACES = dict(_D.places)
_PLACE_ALT = "|".join(sorted((re.escape(p) for p in _PLACES), key=len, reverse=True)) or "(?!x)x"
_PLACE_PREP_RE = re.compile(
    r"\b(?:in|on|across|inside|into|near|at|from|throughout)\s+(?:the\s+)?"
    r"(?:[\w]+-(?:run|controlled|ruled|governed|held|besieged)\s+)?"  # "in the Front-run Eastland"
    r"(?:southern\s+|northern\s+|occupied\s+|central\s+)?(" + _PLACE_ALT + r")\b", re.I)
#: a place fronted for the whole sentence: "In Eastland, the health ministry said ..."
_FRONTED_PLACE = re.compile(
    r"\s*(?:in|inside|across|throughout)\s+(?:the\s+)?(?:southern\s+|northern\s+|occupied\s+|central\s+)?("
    + _PLACE_ALT + r")\s*,", re.I)
_PLACE_RE = re.compile(r"\b(" + _PLACE_ALT + r")\b", re.I)

#: Named events a figure can belong to: compared across all report dates.
_NAMED_EVENTS = tuple((e.name, e.place, e.pattern) for e in _D.events)

#: a named site ("al-Wahda Street", "the al-Ahli Arab Hospital"): capitalised
#: words (an "al-"/"el-" prefix allowed) ending in a kind of building or street
#: one strike hits (not camps or towns: areas struck again and again)
_SITE = (
    r"(?!(?:The|A|An|This|That|Its|Their)\b)(?:(?:al|el)-)?[A-Z][\w'\u2019-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'\u2019-]*){0,3}\s+"
    r"(?i:street|road|hospital|school|mosque|church|tower|market|square|university|clinic|bakery)"
)
_SITE_EVENT_NOUN = r"(?i:(?:air\s*|drone\s*|missile\s*)?strikes?|airstrikes?|air\s*raids?|bombings?|blast|explosion|massacre|shelling)"
#: one strike on a named site, told as "the al-Wahda Street strike" or "strikes
#: (destroyed three buildings) on al-Wahda Street"; not "another/a second strike on ..."
_SITE_EVENT_RE = re.compile(
    r"(?<![\w-])(?:(?P<site1>" + _SITE + r")\s+" + _SITE_EVENT_NOUN + r"\b"
    r"|" + _SITE_EVENT_NOUN + r"\s+(?:[\w'\u2019-]+\s+){0,4}?(?i:on|at|in|near|of|against)\s+(?:the\s+)?(?P<site2>" + _SITE + r"))\b"
)
_NOT_THIS_STRIKE = re.compile(
    r"\b(?:a|an|another|second|third|new|fresh|latest|earlier|previous|separate|further)\s+(?:\w+\s+)?\Z", re.I
)


#: "another strike on the school": one of several; "an explosion at <named hospital>" is that strike
_NOT_THIS_SITE_STRIKE = re.compile(
    r"\b(?:another|second|third|new|fresh|latest|earlier|previous|separate|further)\s+(?:\w+\s+)?\Z", re.I
)


def _site_event(text: str, lo: int, hi: int) -> tuple[str, str]:
    """The named site of the one strike a clause tells of, as its first name
    word and its kind ("al-Ahli Arab Hospital" and "the al-Ahli hospital" ->
    "ahli hospital") and as written, or ("", "")."""
    for m in _pf.finditer(_SITE_EVENT_RE, text, lo, hi):
        if _pf.search(_NOT_THIS_SITE_STRIKE, text, max(lo, m.start() - 30), m.start()):
            continue  # "another strike on the school": one of several
        written = " ".join((m.group("site1") or m.group("site2")).split())
        return site_key(written), written
    return "", ""


_SITE_KINDS = r"(?:street|road|hospital|school|mosque|church|tower|market|square|university|clinic|bakery)"
#: "the blast at the hospital", "the hospital strike": a strike on a site named earlier
_THE_SITE_STRIKE = re.compile(
    r"(?<![\w-])(?:" + _SITE_EVENT_NOUN + r"\s+(?:[\w'\u2019-]+\s+){0,2}?(?i:on|at|in|near|against)\s+(?i:the)\s+"
    r"(?P<k1>(?i:" + _SITE_KINDS + r"))|(?i:the)\s+(?P<k2>(?i:" + _SITE_KINDS + r"))\s+" + _SITE_EVENT_NOUN + r")\b")
_ANY_SITE = re.compile(r"(?<![\w-])" + _SITE + r"\b")


def _site_named_before(text: str, lo: int, hi: int) -> tuple[str, str]:
    """"The blast at the hospital" in ``[lo, hi)`` when the article names exactly
    one site of that kind before it: that site's strike (key, as written), else ("", "")."""
    m = _pf.search(_THE_SITE_STRIKE, text, lo, hi)
    if not m or _pf.search(_NOT_THIS_SITE_STRIKE, text, max(lo, m.start() - 30), m.start()):
        return "", ""
    kind = (m.group("k1") or m.group("k2")).lower()
    sites = {site_key(s.group(0)): " ".join(s.group(0).split()) for s in _pf.finditer(_ANY_SITE, text, 0, lo)
             if s.group(0).lower().endswith(kind)}
    if len(sites) != 1:
        return "", ""  # none, or two hospitals: "the hospital" is not known
    return next(iter(sites.items()))


def site_key(written: str) -> str:
    """A named site's key: its first name word and its kind ("al-Ahli Arab
    Hospital" and "Ahli al-Arabi Hospital" -> "ahli hospital")."""
    words = re.sub(r"\b(?:al|el)-", "", " ".join(written.split()).lower().replace("\u2019", "'")).split()
    while len(words) > 2 and words[0].rstrip(".") in _SITE_TITLES:
        words = words[1:]  # "St Columba Hospital" and "St Aidan Hospital" are two hospitals
    return words[0] + " " + words[-1] if len(words) > 1 else " ".join(words)


#: title words a site's name may open with; the name word after them tells sites apart
_SITE_TITLES = {"st", "saint", "king", "queen", "prince", "princess", "sheikh", "imam", "holy", "mar", "sainte"}


#: one military operation in a named place smaller than a region ("the raid
#: on Nuseirat", "the Northland operation in the Maghazi camp", "the Nuseirat
#: raid"); regions and cities struck again and again (:data:`_PLACES`: Eastland,
#: Rafah, Jenin, ...) are not one operation
_OP_PLACE = r"(?:(?:al|el)-)?[A-Z][\w'\u2019-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w'\u2019-]+){0,2}"
_OP_NOUN = r"(?i:(?:(?:hostage[- ])?rescue|military|special[- ]forces|commando|army|deadly|daytime|daylight)\s+)?" \
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
_THE_OP = re.compile(r"\bthe\s+(?:(?:\w+|military|rescue|army)\s+)?(?:raid|operation|assault)\b", re.I)
#: how far back (characters) "the raid" looks for the operation it names
_NOT_OP_PLACE = {"the", "west"} | set(_cal.MONTHS) | _D.not_places


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
            m = _pf.search(rx, text, pos, hi)
            if m is None:
                break
            # next search from the next word: "the Northland operation in Nuseirat"
            # is not "the [Northland] operation" but the operation in Nuseirat
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
    m = _pf.search(_THE_OP, text, cl, ch)
    if m and not _pf.search(_PLACE_PREP_RE, text, cl, ch):  # "the operation in Eastland": the war, not one raid
        ops = _place_operations(text, max(0, cl - OP_LOOKBACK), cl)
        if ops:
            return ops[-1][2], ops[-1][3]
    return "", ""


_PARTITIVE = re.compile(
    r"^(?:(?:more than|over|around|about|some|nearly|almost|at least|roughly|up to)\s+)?[\w.,-]*\w\s+of\s+(?:whom|them|which|those|these|the)\b"
)
_SOURCE_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:briefed|familiar with|close to|with knowledge|who (?:asked|spoke|requested|declined)|"
    r"told|said|speaking on condition)\b",
    re.I,
)
_RATE = re.compile(r"\s*(?:for (?:each|every)|per|a day|each day|every day|a week|per day)\b", re.I)
#: "one day for every additional 10 captives": the number is the divisor of a rate
_RATE_BEFORE = re.compile(r"\b(?:for (?:each|every)|per)\s+(?:additional\s+|extra\s+|further\s+|other\s+)?\Z", re.I)
#: a count per item of a list: "had two deaths each", "each have 12 deaths", "two apiece": never the total
_EACH_AFTER = re.compile(r"\s*(?:each|apiece)\b(?!\s+(?:day|week|month|year|night|hour|time|of)\b)", re.I)
_EACH_BEFORE = re.compile(
    r"\beach\s+(?:have|has|had|reported|recorded|counted|lost|saw|suffered|confirmed)\s+(?:[\w-]+\s+){0,2}?\Z", re.I)
#: number words from the lexicon's one table (longest first: "sixteen" before "six")
_NUM_WORDS = "|".join(sorted([*_numbers.UNITS, *_numbers.TENS], key=len, reverse=True))
#: one number of a coordinated list told "respectively" ("64 and 41 deaths, respectively"): each is one item's part
_LIST_NEXT = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:,\s*(?:and\s+)?|and\s+)(?:\d|(?:" + _NUM_WORDS + r")\b)", re.I)
_LIST_PREV = re.compile(
    r"(?:\d[\d.,]*|\b(?:" + _NUM_WORDS + r"))\s*(?:[a-z-]+\s+){0,2}?(?:,\s*(?:and\s+)?|and\s+)\Z", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
#: one item's share of a toll: "<Place> alone accounted for 64 deaths"
_ACCOUNTED_FOR = re.compile(r"\baccount(?:ed|s|ing)?\s+for\s+(?:about\s+|some\s+|at\s+least\s+|nearly\s+|almost\s+)?\Z", re.I)
#: "<Place> recorded 64 deaths, the most of any town": the top item of a ranking
_MOST_OF_ANY = re.compile(r"[^.;:!?]{0,30}?,\s*the\s+(?:most|highest|largest)\s+(?:of|among)\s+(?:any|all)\b", re.I)
#: the count of one item of a ranking: "has recorded the highest number of deaths with 69", "followed by <Place> with 38"
_RANKED_BEFORE = re.compile(
    r"\b(?:(?:the\s+)?(?:highest|largest|biggest|greatest|most)\s+(?:number\s+of\s+)?[\w-]+(?:\s+[\w-]+)?|"
    r"followed\s+by\s+[A-Z][\w'-]*(?:\s+[A-Z]?[\w'-]+)?)\s+with\s+(?:about\s+|some\s+|at\s+least\s+)?\Z")
_RELATIVE_START = re.compile(
    r"^\s*(?:which|who|that|in which|during which|where|when|killing|leaving|wounding|kidnapping|abducting|taking)\b", re.I
)
_CAPT = _D.captivity
_CAPTORS = tuple(_CAPT.get("captors", ()))
_JAILERS = tuple(_CAPT.get("jailers", ()))
_HOLDER_RE = re.compile(r"\b(" + "|".join(map(re.escape, _CAPTORS + _JAILERS)) + r")\b", re.I) if _CAPTORS + _JAILERS else None
_JAIL_PHRASE = re.compile(r"^\s*(?:\w+\s+){0,3}?in\s+(?:" + _CAPT["jail_phrase"] + ")", re.I) if _CAPT.get("jail_phrase") else None
_RELEASE_VERB = re.compile(r"\b(?:releas\w*|free\w*|hold\w*|held|swap\w*|exchang\w*|jail\w*)\b", re.I)


def _prisoner_holder(text: str, cl: int, ch: int, start: int, end: int) -> str:
    """Whose prisoners: held by a captor of the domain lexicon (``[captivity]``)
    they are hostages; held by a jailer, the jailed side's prisoners ("held in
    <jailer> jails" too). Unknown holder: plain "prisoner"."""
    if _HOLDER_RE is None:
        return "prisoner"
    jailed = _CAPT.get("jailed_thing", "prisoner")
    after = text[end:ch]
    m = re.match(r"^\s*(?:\w+\s+){0,3}?(?:held|jailed|detained)\s+(?:by|in)\s+(?:the\s+)?(\w+(?:\s+\w+)?)", after, re.I)
    if m:
        w = m.group(1).lower()
        if w.startswith(_CAPTORS):
            return "hostage"
        if w.startswith(_JAILERS):
            return jailed
    if _JAIL_PHRASE is not None and _JAIL_PHRASE.match(after):
        return jailed
    # the actor named last before the verb that governs the prisoners
    verbs = [m for m in _pf.finditer(_RELEASE_VERB, text, cl, start)]
    if verbs:
        v = verbs[-1]
        actors = [m for m in _pf.finditer(_HOLDER_RE, text, cl, v.start())]
        if actors:
            return "hostage" if actors[-1].group(1).lower() in _CAPTORS else jailed
    return "prisoner"


def _captivity(thing: str, side: str, role: str, text: str, cl: int, ch: int, start: int, end: int) -> tuple[str, str]:
    """Who is held by whom (the domain's ``[captivity]``): prisoners of the
    captive side are the hostages, the jailed side's prisoners are another
    count; people of the captive side kidnapped, held or freed are hostages."""
    captive, jailed = _CAPT.get("captive_side", ""), _CAPT.get("jailed_side", "")
    if thing == "prisoner":
        if captive and side == captive:
            return "hostage", ""
        if jailed and side == jailed:
            return _CAPT.get("jailed_thing", "prisoner"), ""
        return _prisoner_holder(text, cl, ch, start, end), side
    if thing == "people" and (role == "kidnapped" or captive and side == captive and role in ("held", "released", "to be released")):
        thing = "hostage"  # "Thirteen <captive-side people> were freed": the hostages
    if thing == "hostage" and captive and side == captive:
        side = ""  # most hostages are of the captive side: "<side> hostages" and "hostages" are one count
    return thing, side


def _agent_place(text: str, cl: int, ch: int, start: int) -> str:
    """Where a toll is, from who did the killing when no place is named
    (the domain lexicon's ``[[agents]]``: each agent's pattern and its place)."""
    kinds = set()
    for agent in _D.agents:
        for m in agent.pattern.finditer(text, cl, ch):
            kinds.add(agent.place)
            break
    return kinds.pop() if len(kinds) == 1 else ""


_YEAR_WAR_RE = re.compile(r"\b(?:(?:the\s+)?(19[5-9]\d|20[0-4]\d)\s+(?:war|conflict|offensive|fighting)|(?:war|conflict|offensive) (?:of|in) (19[5-9]\d|20[0-4]\d))\b", re.I)
#: a war named by its length: "the 11-day war", "the eleven-day conflict", "the 50-day war of 2014"
_DAYS_WAR_RE = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](day|week)\s+(?:war|conflict)\b", re.I)
def _days_war(clause: str) -> str:
    """ "the 11-day war" (digits or words) as one event name, or "". """
    m = _pf.search_in(_DAYS_WAR_RE, clause)
    if not m:
        return ""
    n = m.group(1).lower()
    n = n if n.isdigit() else str(_numbers.small_number(n) or "")
    return f"the {int(n)}-{m.group(2).lower()} war" if n else ""


_PART_RE = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|final|latest|new|another|next|previous)\s+"
    r"(?:day|batch|group|round|phase|stage|release|swap|exchange|wave)|batch|group of)\b",
    re.I,
)
_TRUCE_NOUN = re.compile(r"\b(?:truce|ceasefire|cease-fire|pause|lull)\b", re.I)
_AS_OF = re.compile(r"\bas of\b", re.I)
#: a toll scoped to one day of the story: "on the first day of the offensive, 300 were killed"
_DAY_SCOPE = re.compile(
    r"\b(?:on|in|during|over)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|final|latest|"
    r"new|next)\s+day\b", re.I)
_BATCH_WORDS = {"day", "batch", "group", "round", "release", "swap", "exchange", "wave"}


def _part_name(part: str) -> str:
    """One name for one batch of a deal: "the first day", "the first exchange"
    and "the first group" of a daily swap are the same release."""
    words = part.lower().split()
    if len(words) == 2 and words[1] in _BATCH_WORDS:
        return words[0] + " batch"
    return " ".join(words)


#: a subset of a count named just before: "24 hostages, including 13 Northlanders"
#: groups counted inside a toll ("including 13 children") that are compared as tolls of their own
#: (a later report of fewer dead children is a discrepancy); other subsets stay parts of their count
SUBSET_THINGS = ("child", "woman")
SUBSET_ROLES = ("killed", "injured")
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them|among those|"
    r"(?:toll|tally|count|total|dead|deaths)\s+(?:also\s+|now\s+)?(?:includes|included|include))\s+"
    r"(?:at least\s+|some\s+|about\s+|around\s+|nearly\s+)?\Z", re.I)
_DAILY_RE = re.compile(
    r"\b(?:(?:past|last|previous)\s+(?:24|48|72|twenty-four|forty-eight)\s+hours|(?:past|last) (?:day|night)|overnight|"
    r"in a single day|in one day|today|yesterday|since (?:dawn|midnight|morning)|this morning|daily)\b",
    re.I,
)
_SUBPLACE_RE = re.compile(
    r"\b(?:in|at|near|inside|on)\s+(?:the\s+)?(?:kibbutz\s+|moshav\s+|(?:town|city|village|camp|province|district|region|state|county|governorate|prefecture) of\s+)?"
    r"([A-Z][\w'\u2019-]+)"
)
#: an unnamed area fronted for the sentence: "In the hardest-hit city, 64 people died"
_FRONTED_AREA = re.compile(
    r"\s*(?:In|At|Across)\s+the\s+((?:[\w-]+\s+){1,2}(?:city|town|village|district|area|region|prefecture|province|"
    r"county|municipality))\s*,")
#: a place the lexicon does not know, fronted for the sentence: "In neighbouring Ostra Province, 12 people ..."
_FRONTED_SUBPLACE = re.compile(
    r"\s*(?:In|At|Across)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|northern|southern|eastern|western|central)\s+)?"
    r"(?:(?:town|city|village|province|district|region|state|county|prefecture)\s+of\s+)?"
    r"([A-Z][\w'\u2019-]+)(?:\s+[A-Z][\w'\u2019-]+){0,2}\s*,")
#: a place named as such, subject of the clause and its verb: "The city of Artu has reported 64 deaths", "Belka Town
#: recorded ..." (not "<Place> County on Friday said ...": the county government speaking)
_SUBJECT_PLACE = re.compile(
    r"\s*(?:(?:The|the)\s+(?:town|city|village|province|district|region|county|prefecture|municipality)\s+of\s+"
    r"([A-Z][\w'\u2019-]+)|([A-Z][\w'\u2019-]+)\s+(?:City|Town|Village|Province|District|County|Prefecture|Municipality))"
    r"\s+(?:alone\s+)?(?:has\s+|have\s+|had\s+)?(?:recorded|registered|counted|suffered|lost|saw|reported|confirmed)\b")
_NOT_SUBPLACE = set(_names.NON_NAME_TOKENS) | set(_cal.MONTHS) | set(_D.sides)
_TOLL_RE = re.compile(r"\b(?:death toll|toll|in total|overall|altogether|total of)\b", re.I)


#: a date that opens the period a count covers ("killed since October 7",
#: "since the fighting began on Monday", "from October 7"): not the day the
#: count is given for
_PERIOD_START = re.compile(r"(?:\bsince\b[^,;:.!?()]{0,40}|\bfrom\s+)\Z", re.I)
#: a date told in a relative clause of the event before the count: "the earthquake that struck the coast
#: on Monday, March 3 has killed 120" (the day of the quake, not of the count; no number in between)
_EVENT_RELATIVE = re.compile(
    r"\b(?!(?:toll|number|count|tally|figure|total)\b)[a-z]+,?\s+(?:that|which)\s+(?:[A-Za-z,'\u2019-]+\s+){1,10}?\Z")


def _names_event(d: DateMention, text: str) -> bool:
    """A date that names the event rather than the day of a count: inside the event's name ("the March 3
    earthquake") or in a relative clause of it ("the earthquake that struck on March 3")."""
    if (d.low or d.value) != (d.high or d.value):
        return False  # "the 2014 war": a past event's year still dates what happened in it
    if d.event and d.text in d.event:
        return True
    return bool(_pf.search(_EVENT_RELATIVE, text, max(0, d.start - 80), d.start))


def _clause_date(ctx: _Context, art: str, cl: int, ch: int, toll: bool = False) -> str:
    """The resolved date a clause gives itself ("on Friday", "as of November 20"), or "".
    A date opening the counted period ("since October 7") is not the clause's date, nor, for a toll
    (``toll``), a day that names the event ("the March 3 earthquake", "the quake that struck on March 3")."""
    text = ctx.text(art)
    d, lo = None, cl
    for _ in range(CLAUSE_DATES_LOOKED_AT):
        d = ctx.clause_date(art, lo, ch)
        if d is None or not (_pf.search(_PERIOD_START, text, max(cl, d.start - 45), d.start) or toll and _names_event(d, text)):
            break
        lo, d = d.start + 1, None
    if d is None:
        return ""
    lo, hi = d.low or d.value, d.high or d.value
    return lo if lo == hi else f"{lo}..{hi}"


def _truce_date(ctx: _Context, art: str, ss: int, se: int) -> str:
    """The date the sentence gives a truce ("the truce, in late November"), or ""."""
    lo = ss
    for _ in range(CLAUSE_DATES_LOOKED_AT):
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


#: the last item of a serial list: ", and a goods train" / ", or the port"
_LIST_TAIL = re.compile(r"\s*(?:and|or)\s+(?:(?:a|an|the)\s+)?[A-Za-z][\w'-]*", re.I)
#: a list item between two commas: a few words, no number, no quote
_LIST_ITEM = re.compile(r"\s*(?:(?:a|an|the)\s+[A-Za-z][A-Za-z'-]*|[A-Z][A-Za-z'-]*)(?:\s+[A-Za-z'-]+){0,%d}\s*"
                        % (MAX_LIST_ITEM_WORDS - 2))


def _splits(text: str, ss: int, se: int) -> list[re.Match]:
    """The clause breaks of a sentence, less the commas of a serial list of
    names ("a tanker, a minibus, and a lorry"; "the A Express, the B
    Express, and a goods train"): such a list is one noun phrase."""
    ms = list(_CLAUSE_SPLIT.finditer(text, ss, se))
    drop: set[int] = set()
    for a, b in zip(ms, ms[1:]):
        if (text[a.start()] == "," == text[b.start()] and _LIST_TAIL.match(text, b.end() - 1)
                and _LIST_ITEM.fullmatch(text, a.end() - 1, b.start())):
            drop.update((a.start(), b.start()))
    return [m for m in ms if m.start() not in drop]


def _clause(text: str, ss: int, se: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence ``[ss, se)`` around ``[start, end)``."""
    lo, hi = ss, se
    for m in _splits(text, ss, se):
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


#: A bare number followed by an aside naming part of it: "133, including five children", "140, mostly women".
_ASIDE_AFTER_BARE = re.compile(r",[ \t]*(?:including|among them|mostly|mainly)\b", re.I)


def _noun_phrase(text: str, start: int, end: int) -> list[str]:
    """Words of the counted thing: the words after the number, past
    qualifiers, number words and "of them"."""
    if _ASIDE_AFTER_BARE.match(text, end) and not any(c.isalpha() for c in text[start:end]):
        # "risen to 133, including five children": the bare number counts people, not the aside's children
        aside = re.findall(r"[a-z]+", text[end : end + 60].lower())
        return ["people"] if any(w in _THINGS for w in aside) else []
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
#: a noun (not a function word) right after the number: "40 hostages", not "11,300 as ..."
_LETTER_NEXT = re.compile(
    r"[ \t]{0,2}(?!(?:as|in|on|at|and|or|but|it|they|he|she|we|after|before|with|from|to|by|according|since|"
    r"when|while|that|which|who|the|a|an|so|this|last|on|over|during|were|was|are|is|had|have|has|people's)\b)[A-Za-z]",
    re.I)
#: a number glued to the word after it: "the 7.2-magnitude earthquake", "a 10-storey block": a modifier, not a count
_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
_DEATH_TOLL = re.compile(r"\b(?:death|casualty|fatality)\s+(?:toll|tally|count)\b|\bnumber of (?:dead|deaths|victims)\b", re.I)
_HAS_KILLED = re.compile(r"\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:killed|been killed|died)\b", re.I)
_INNER_WORDS = re.compile(r"\s*((?:[a-z]+\s+){1,3})")


_ROLE_OF_LEMMA = {"kill": "killed", "die": "killed", "injure": "injured", "wound": "injured", "kidnap": "kidnapped",
                  "abduct": "kidnapped", "hold": "held", "release": "released", "free": "released",
                  "missing": "missing", "killed": "killed", "dead": "killed", "wounded": "injured",
                  "injured": "injured", "displaced": "displaced", "arrested": "arrested"}
#: a count told as the old value of a stated revision: "officials initially said
#: 150 people were injured", "revised the toll from 1,900 to 1,650" (the 1,900)
_SUPERSEDED_BEFORE = re.compile(
    r"(?:\b(?:initially|originally|earlier|previously|first)\s+(?:\w+\s+){0,2}?"
    r"(?:said|reported|put|gave|announced|stated|estimated|counted)\b[^.;!?]{0,40}"
    r"|\b(?:previous|earlier|initial|original|first)\s+(?:\w+\s+){0,2}?(?:reports?|figures?|tolls?|counts?|"
    r"estimates?|tally|tallies)\s+(?:that\s+|which\s+)?(?:had\s+)?(?:said|put|gave|showed|stood at|of)?\s*"
    r"(?:that\s+)?(?:about\s+|some\s+|around\s+|at least\s+)?"
    r"|\b(?:revis\w*|rais\w*|lower\w*|correct\w*|updat\w*|adjust\w*|cut|increas\w*|reduc\w*|"
    r"brought|bringing|bring|drop|fall|decline|decrease|revision|adjustment|down|up|"
    r"rose|risen|rising|climb\w*|jump\w*|grew|grow\w*|soar\w*|surg\w*|swell\w*|doubl\w*)\b[^.;!?]{0,60}\bfrom\s+"
    r"(?:about\s+|some\s+|around\s+)?)\Z",
    re.I,
)
#: "raised the death toll to", "the toll was revised to", "revised ... from 1,900 to":
#: the value after is the new one of a stated revision
_REVISION_NOUN = r"(?:death\s+)?(?:toll|count|tally|figure|estimate|number)"
_REVISION_VERB = r"(?:revis|rais|lower|updat|increas|reduc|adjust|correct)\w*(?:\s+(?:up|down|upwards?|downwards?))?"
_REVISED_TO = re.compile(
    r"(?:\b" + _REVISION_VERB + r"\s+(?:(?:the|its|their|his|her|a)\s+)?(?:[\w-]+\s+){0,2}?" + _REVISION_NOUN
    + r"\b[^.;!?]{0,60}?|\b" + _REVISION_NOUN + r"\b[^.;!?]{0,60}?\s(?:was|has been|had been|is|were)\s+" + _REVISION_VERB
    + r"(?:\s+from\s+[^.;!?]{0,30}?)?)\s+to\s+(?:about\s+|some\s+|around\s+|at least\s+|more than\s+|nearly\s+|over\s+)?\Z",
    re.I,
)
#: "... from 11,300 it had previously reported": the value is the old one
_SUPERSEDED_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:that|which|it|they|he|she|officials|authorities)\s+(?:had\s+|has\s+)?"
    r"(?:previously|earlier|initially|originally|first)\s+(?:reported|said|given|gave|announced|put)\b", re.I)
#: a toll of one incident among many: "a strike", "another attack" (never the story's one event)
_INDEFINITE_INCIDENT = re.compile(
    r"\b(?:an?|another|one|two|three|several|separate)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:air\s*)?strikes?|airstrikes?|attacks?|raids?|shelling|bombings?|explosions?|blasts?|incidents?|"
    r"accidents?|shootings?|crash(?:es)?)\b"
    # "killed when a house collapsed", "in a single village": one incident, not the story's toll
    r"|\bwhen\s+(?:a|an|one|their|his|her)\b"
    r"|\b(?:in|at|inside)\s+(?:a|an|one|a single)\s+(?:\w+\s+)?(?:house|home|building|village|school|family|"
    r"hotel|mosque|church|market|street|neighbourhood|neighborhood|car|bus|boat)\b",
    re.I,
)


#: roles whose counts are the story's tolls (compared as running counts)
_PLACE_VALUES = frozenset(_PLACES.values())
_TOLL_ROLES = ("killed", "injured", "missing", "arrested", "displaced")


_OTHERS_END = re.compile(r"\bothers\s*$", re.I)


#: a grade of injury: the count is a part of all the injured
_INJURY_GRADE = re.compile(
    r"\b(?:minor|light|slight|lightly|slightly|serious|seriously|critical|critically|severe|severely|moderate|"
    r"moderately|grave|gravely|life-threatening)\b", re.I)


class _R:
    """The reading of one figure in progress (what :func:`_read_figure` fills in)."""

    def __init__(self, f: Figure, ctx: _Context, text: str):
        self.f, self.ctx, self.text = f, ctx, text
        self.thing = self.side = self.role = self.place = self.event = self.label = self.site = ""
        self.running = False
        self.aspect = ""
        self.np_words: list[str] = []
        self.bare = False
        self.subset = False  # a named group inside a toll ("including five children")
        self.number_of = None  # "the number of <np> stands at N": the counted noun phrase before the number
        self.ss = self.se = self.fronted = self.cl = self.ch = 0
        self.clause = self.sentence = ""


def _counted_thing(r: _R) -> None:
    f, text = r.f, r.text
    r.np_words = _noun_phrase(text, f.start, f.end)
    for w in r.np_words:
        w2 = w[:-2] if w.endswith(("'s", "\u2019s")) else w.rstrip("'\u2019")
        if w2 in _NATIONALITY and not r.side:
            r.side = _NATIONALITY[w2]
            if w2 in _THINGS:
                r.thing = _THINGS[w2]
                break
            continue
        if w2 in _q.BODY_NOUNS:
            continue  # only the figure's own noun makes it a tally of bodies (below)
        if w2 in _THINGS:
            r.thing = _THINGS[w2]
            break
        if w2 in ("of", "whom", "them", "which"):
            break
    if (r.thing in ("", "people") and any(w in _q.BODY_NOUNS for w in f.text.lower().split())
            or _pf.search(_BODIES_OF, text, max(0, f.start - 30), f.start)):
        # "10 dead bodies", "the bodies of 14 people", "the bodies of two construction workers": remains, not the toll
        r.thing = _THINGS["bodies"]
    if not r.thing and f.key in _PEOPLE_LIKE:
        r.thing = f.key
    if not r.thing and _OTHERS_END.search(f.text):
        r.thing = "people"  # "killing 149 people and injuring 150 others"
    r.bare = not _LETTER_NEXT.match(text, f.end) and not _HYPHEN_WORD.match(text, f.end)
    if r.bare:
        m = _pf.search(_NUMBER_OF, text, max(0, f.start - NUMBER_OF_REACH), f.start)
        if m:  # "the number of missing people is between 1,000 and 1,100": the thing is named before
            r.number_of = m.group("np")
            named = next((_THINGS[w] for w in re.findall(r"[\w'-]+", r.number_of.lower()) if w in _THINGS), "")
            r.thing = named or r.thing


#: "the bodies of 14 people were recovered": remains found, not the toll
_BODIES_OF = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:about\s+|some\s+|at\s+least\s+|another\s+)?\Z", re.I)
#: "the number of <counted thing> is / stood at / reached N": the thing before the number
_NUMBER_OF = re.compile(
    r"\b(?:the|a)\s+(?:total\s+)?(?:number|count|tally)\s+of\s+(?P<np>[^.;:!?\d]{1,40}?)\s+"
    r"(?:(?:still\s+|now\s+)?(?:is|was|are|were|stands at|stood at|remains at|remained at|at)|"
    r"has (?:risen|climbed|grown|increased) to|rose to|climbed to|reached|has reached|hit|topped)\s+(?:now\s+)?"
    r"(?:between\s+|about\s+|some\s+|around\s+|at least\s+|more than\s+|over\s+|nearly\s+|almost\s+)?\Z",
    re.I,
)


def _frame(r: _R) -> bool:
    """The sentence and clause of the figure; False when the figure is not a count of its own
    (a subset, a partitive, a rate)."""
    f, text = r.f, r.text
    ss, se = f.sentence_start, f.sentence_end
    if not (0 <= ss <= f.start and f.end <= se <= len(text)):
        ss, se = r.ctx.sentence(f.article, f.start)
        if ss < 0:
            ss, se = f.start, f.end
    r.fronted = ss  # a place fronted for the whole sentence ("In <place>, ...")
    # the sentence as far as it can describe this figure: a bounded window,
    # so the work per figure stays constant in a run-on sentence of figures
    ss, se = max(ss, f.start - SENTENCE_WINDOW), min(se, f.end + SENTENCE_WINDOW)
    cl, ch = _clause(text, ss, se, f.start, f.end)
    if _RELATIVE_START.match(text[cl:ch]) and cl > ss:
        # "the attack, which killed 1,400 people": the antecedent is in the clause before
        cl, _ = _clause(text, ss, se, max(ss, cl - 3), max(ss, cl - 2))
    r.ss, r.se, r.cl, r.ch = ss, se, cl, ch
    r.clause, r.sentence = text[cl:ch], text[ss:se]
    if _pf.search(_SUBSET_BEFORE, text, max(ss, f.start - 30), f.start):
        if r.thing not in SUBSET_THINGS:
            return False  # "24 hostages, including 13 children": part of the count before
        r.subset = True  # "killed 133 people, including at least five children": the dead children, a toll of its own
        # with the scope of the count it is part of: its place, its incident ("a strike on X killed 12, including 5 children")
        r.cl, r.clause = ss, text[ss:r.ch]
    if _PARTITIVE.match(text[f.start : min(len(text), f.end + 20)].lower()):
        return False  # "24 of them", "twenty of whom": a subset of a count named elsewhere
    if _per_item(f, text, ss, se):
        return False  # "two deaths each", "64 and 41 deaths, respectively": one place's part, not the total
    if _RATE.match(text, f.end) or _pf.search(_RATE_BEFORE, text, max(ss, f.start - 40), f.start):
        return False  # "three prisoners for each hostage", "a day for every 10 captives": a rate
    if _pf.search(_SUPERSEDED_BEFORE, text, max(ss, f.start - 120), f.start) or _SUPERSEDED_AFTER.match(text, f.end, se):
        r.aspect = "superseded"  # "initially said 150", "revised from 1,900 (to 1,650)"
    return True


def _per_item(f: Figure, text: str, ss: int, se: int) -> bool:
    """A count told per item of a list: with "each" or "apiece", as one item of a ranking, or one of
    numbers told "respectively"."""
    if _EACH_AFTER.match(text, f.end) or _pf.search(_EACH_BEFORE, text, max(ss, f.start - 40), f.start):
        return True
    if _pf.search(_RANKED_BEFORE, text, max(ss, f.start - 60), f.start) or _MOST_OF_ANY.match(text, f.end, se):
        return True
    if _pf.search(_ACCOUNTED_FOR, text, max(ss, f.start - 30), f.start):
        return True
    if not _pf.search(_RESPECTIVELY, text, f.end, se):
        return False
    return bool(_LIST_NEXT.match(text, f.end) or _pf.search(_LIST_PREV, text, max(ss, f.start - 40), f.start))


def _nearest_role(r: _R) -> tuple[str, str] | None:
    f, text = r.f, r.text
    best = None
    for m in _pf.finditer(_ROLES_RE, text, r.cl, r.ch):
        role = m.lastgroup
        if m.start() < f.end and m.end() > f.start:
            d = 0
        elif m.start() >= f.end:
            d = m.start() - f.end
            if role == "held" and _HELD_IN.match(text, m.start()):
                d += 60  # "hostages held in <place>": a description, the verb before governs
            elif _DESCRIBED.match(text, m.start()) and not _AUXILIARY.search(text, f.end, m.start()):
                d += 60  # "the release of 40 hostages kidnapped by <group>": likewise
        else:
            d = f.start - m.end()
        if best is None or d < best[0]:
            best = (d, role, m.group())
    return (best[1], best[2]) if best else None


#: a count given against the figures just reported: "disputed these figures, estimating ..."
_DISPUTES = re.compile(
    r"\b(?:disputed|disputes|dispute|contested|contests|rejected|rejects|denied|denies)\s+(?:the|these|those|this|that|its|their)\s+"
    r"(?:[\w'’]+\s+){0,2}?(?:figures?|numbers?|tolls?|counts?|tally|tallies|claims?)\b", re.I)


def _read_role(r: _R) -> str:
    """The role: nouns like "dead" fix it, else the nearest role cue in the clause."""
    # "60 hostages, most of them women and children, are to be freed": with no
    # role in its own clause, the count's verb comes after the appositive
    if not _pf.search(_ROLES_RE, r.text, r.cl, r.ch):
        ap = _APPOSITIVE.match(r.text, r.ch, r.se)
        if ap:
            _, r.ch = _clause(r.text, r.ss, r.se, ap.end() + 1, ap.end() + 1)
            r.clause = r.text[r.cl : r.ch]
    if r.subset:
        # "killed 137 people, including three children": the role of the count the group is part of
        before = list(_ROLES_RE.finditer(r.text, r.ss, r.f.start))
        return before[-1].lastgroup if before else ""
    if r.number_of is not None:
        # "the number of persons rescued remains at 104", "the number of survivors at 104": the
        # counted phrase names the role, else the count has none (not the toll later in the sentence)
        hit = _ROLES_RE.search(r.number_of)
        if hit is None:
            return "held" if r.thing == "hostage" else ""  # "the number of hostages in X stands at 136"
        rescue = hit.lastgroup == "released" and hit.group().lower().startswith("rescu") and r.thing != "hostage"
        return "" if rescue else hit.lastgroup
    role = ""
    for w in r.np_words[:2]:
        if w in ("dead", "killed", "deaths", "fatalities", "bodies"):
            role = "killed"
        elif w in ("injured", "wounded", "injuries"):
            role = "injured"
        elif w in ("casualties", "casualty"):
            role = "casualties"  # killed or injured, or both: held against each (compare.rules.casualties)
    if not role:
        hit = _nearest_role(r)
        if hit:
            role = hit[0]
            if role == "released" and hit[1].lower().startswith("rescu") and r.thing != "hostage":
                role = ""  # "rescuers pulled 40 people from the rubble": not a release
    if not role and r.thing == "hostage":
        role = "held"
    if not role and _lede_aboard(r):
        role = "aboard"
    if not role and r.f.roles:
        role = _ROLE_OF_LEMMA.get(r.f.roles[0], "")
    return role


def _release_mode(r: _R) -> None:
    """A release as a past fact, a proposal (plan) or a demand."""
    if r.role != "released":
        return
    if _pf.search_in(_DEMAND_RE, r.clause):
        r.role = "demanded"
    elif not _pf.search(_PAST_RELEASE, r.text, r.cl, r.f.start) and not _PAST_RELEASE_AFTER.match(
            r.text, r.f.end, r.ch) and _PROPOSAL_RE.search(
            r.ctx.without_speakers(r.f.article, r.ss, _own_clause_end(r))):
        r.role = "to be released"


#: a new clause after a count: "... the release of 12 workers and that officials would collect them"
_NEXT_CLAUSE = re.compile(r"\band that\b|\bbut\b|,\s+(?:and|but)\b|;", re.I)


def _own_clause_end(r: _R) -> int:
    """Where the count's own clause ends: before a coordinated "and that ..." clause."""
    m = _NEXT_CLAUSE.search(r.text, r.f.end, r.ch)
    return m.start() if m else r.ch


def _read_event(r: _R) -> None:
    if r.role in ("released", "to be released") and _pf.search_in(_TRUCE_RE, r.sentence):
        r.event, r.label = "truce", "in a truce" if r.role == "to be released" else "in the truce"
        return
    for name, _, rx in _NAMED_EVENTS:
        if rx.search(r.clause):
            r.event = r.label = name
            return
    if r.role not in ("killed", "injured"):
        return
    site, written = _site_event(r.text, r.cl, r.ch)
    if not site:
        site, written = _site_named_before(r.text, r.cl, r.ch)
    if site:
        r.site, r.event, r.label = site, "the strike on " + site, "in the strike on " + written
        return
    site, written = _operation_of(r.text, r.cl, r.ch, r.ss)
    if site:
        r.site, r.event, r.label = site, site, "in the operation in " + written
        return
    m = _pf.search_in(_YEAR_WAR_RE, r.clause)
    if m:
        y = m.group(1) or m.group(2)
        r.event = r.label = f"the {y} war"
    else:
        r.event = r.label = _days_war(r.clause)


#: a count told for the rest of a place: "about 170 people elsewhere in the country"
_ELSEWHERE = re.compile(r"\b(?:elsewhere|outside\s+(?:of\s+)?(?:the\s+)?[A-Z]\w+|in other (?:parts|areas|regions|cities|towns))\b")


def _place_written(r: _R) -> str:
    f, text, cl, ch = r.f, r.text, r.cl, r.ch
    if _pf.search(_ELSEWHERE, text, cl, ch):
        return "elsewhere"
    hit = _nearest(_PLACE_PREP_RE, text, cl, ch, f.start, f.end)
    if hit is None:
        sub = _nearest(_SUBPLACE_RE, text, cl, ch, f.start, f.end)
        word = re.sub(r"['\u2019]s?$", "", sub[1].group(1)).lower() if sub else ""
        if word and word not in _NOT_SUBPLACE and word not in _PLACES:
            return word  # "at the <festival>", "in <village>": part of a larger toll
        hit = _nearest(_PLACE_RE, text, cl, ch, f.start, f.end)
    if hit:
        return _PLACES.get(hit[1].group(1).lower(), hit[1].group(1).lower())
    fm = _FRONTED_PLACE.match(text, r.fronted, r.se)
    if fm:
        return _PLACES.get(fm.group(1).lower(), fm.group(1).lower())
    area = _FRONTED_AREA.match(text, r.fronted, f.start)
    if area:
        return " ".join(area.group(1).lower().split())  # "In the hardest-hit city, 64 people died": a part
    sub = _FRONTED_SUBPLACE.match(text, r.fronted, f.start) or _SUBJECT_PLACE.match(text, r.cl, f.start)
    word = next((g for g in (sub.groups() if sub else ()) if g), "").lower()
    if word and word not in _NOT_SUBPLACE:
        return _PLACES.get(word, word)  # "In neighbouring Ostra Province, 12 ...", "The city of Artu reported 64 ..."
    return _agent_place(text, cl, ch, f.start)


def _read_place(r: _R) -> None:
    if r.role not in _TOLL_ROLES:
        return
    r.place = _place_written(r)
    ev_place, ev_side = next(((e.place, e.side) for e in _D.events if e.name == r.event), ("", ""))
    if r.site:
        r.place, r.side = "", ""  # the site says where; "42 <nationals>" and "30 people" are one toll
    elif ev_place:
        if r.place and r.place != ev_place:
            r.event = r.label = ""  # e.g. the toll elsewhere of the war that followed
        else:
            r.place = ev_place
            if r.side and r.side == ev_side:  # "1,200 <nationals>" in their own country
                r.side = ""


def _is_running(r: _R) -> bool:
    f, text, clause = r.f, r.text, r.clause
    running = (
        bool(_pf.search_in(_RUNNING_RE, clause))
        or r.role in ("held", "to be released", "demanded")
        or bool(_pf.search(_AS_OF, text, r.ss, f.start))  # "As of February 20, 18,228 people ..."
    )
    if r.site and running and not _pf.search_in(_RISING_TOLL_RE, clause) and not (
            r.event.startswith("the operation in ") and _pf.search_in(_HAS_KILLED, clause)):
        running = False  # "the blast at <site> killed 471": one strike's toll
    if _pf.search_in(_DAILY_RE, clause):
        r.event = (r.event + " in one day").strip()  # "in the past 24 hours": not the cumulative toll
    part = _pf.search_in(_PART_RE, r.sentence)
    if part and r.role in _TOLL_ROLES and part.group(0).lower().endswith(" day") and not _pf.search_in(_DAY_SCOPE, r.sentence):
        part = None  # "as the search entered a third day", "up from 85 the previous day": when, not one day's toll
    if part:
        running = True
        r.event = (r.event + " " + _part_name(part.group(0))).strip()
    return running


def _casualty_scope(r: _R) -> bool:
    """Tolls: a running toll of a known place, an event's toll, or (no place
    the domain knows, no incident among many) the story's own toll ("toll"
    aspect: compared only when a later report is lower, or as far-apart
    bounds on one day). False: nothing to compare it with."""
    if r.role not in _TOLL_ROLES:
        return True
    if not r.running and not r.event and _pf.search_in(_TOLL_RE, r.clause):
        r.running = True
    known_place = r.place in _PLACE_VALUES
    if r.event or r.site or (r.running and known_place):
        return True
    if known_place or _pf.search_in(_INDEFINITE_INCIDENT, r.clause) and not _lede_wreck(r):
        return False  # one strike or incident among many
    r.running, r.aspect = True, r.aspect or "toll"
    return True


#: how the lede tells the story's own disaster: "Seven people were killed when a man opened fire in a
#: shopping centre", "... when a bus plunged into a gorge" (not a strike, shelling or raid of a war)
_WHEN_A = re.compile(r"\bwhen\s+(?:a|an)\b", re.I)
_WAR_INCIDENT = re.compile(
    r"\b(?:strikes?|airstrikes?|air\s+raids?|raids?|shell\w*|missiles?|rockets?|drones?|bomb\w*|mortars?|"
    r"artillery|soldiers?|troops|army|forces|militants?|fighters?|sniper)\b", re.I)


#: "a ferry carrying 412 people sank", "a plane with 181 people on board crashed": how many were aboard
_ABOARD = re.compile(r"\b(?:carrying|carried|with)\s+\Z|\A\s*(?:[\w-]+\s+){0,2}?(?:on\s+board|aboard|onboard)\b", re.I)
_WRECKED = re.compile(r"\b(?:sank|sunk|capsized|crashed|collapsed|derailed|went down|overturned|plunged|caught fire)\b", re.I)
#: a number people give as a guess: never compared as the count aboard
_ESTIMATE = re.compile(r"\b(?:estimat\w*|believed|thought|may|might|could|reportedly|suggest\w*|feared|possibly|"
                       r"perhaps|unclear|unknown)\b", re.I)


def _lede_aboard(r: _R) -> bool:
    """An exact count of the people aboard the vessel, aircraft or vehicle whose wreck the article's first
    sentence tells ("A ferry carrying 412 people sank ..."): one number of the story, whatever the day."""
    f = r.f
    if f.qualifier or r.thing in ("hostage", "prisoner") or not r.thing:
        return False
    sents = r.ctx.sentences(f.article)
    if not sents or f.start >= sents[0].end:
        return False
    if not (_ABOARD.search(r.text, max(r.ss, f.start - 12), f.start) or _ABOARD.match(r.text[f.end: f.end + 30])):
        return False
    return bool(_pf.search(_WRECKED, r.text, r.ss, r.se)) and not _pf.search(_ESTIMATE, r.text, r.ss, r.se)


def _lede_wreck(r: _R) -> bool:
    """A toll "killed when a <something> <did something>" in the article's first sentence, with no
    war incident in the sentence: the story's own event, not one incident among many."""
    sents = r.ctx.sentences(r.f.article)
    if not sents or r.f.start >= sents[0].end or not _pf.search_in(_WHEN_A, r.clause):
        return False
    return not _pf.search(_WAR_INCIDENT, r.text, r.ss, r.se)


_WEEKDAY_RE = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in _cal.WEEKDAYS if len(w) > 3 and w.endswith("day")) + r")\b")
_UNDATED_DAYS: "weakref.WeakKeyDictionary[_Context, dict[str, str]]" = weakref.WeakKeyDictionary()


def _undated_day(ctx: _Context, art: str) -> str:
    """The day an article with no date reports on, as far as its text tells:
    the one weekday its lede names ("a raid on Saturday"), so that two undated
    reports of that day's event meet; else the article itself."""
    known = _UNDATED_DAYS.setdefault(ctx, {})
    if art not in known:
        text = ctx.text(art)
        named = {m.group(0).lower() for s in ctx.sentences(art)[:UNDATED_LEDE_SENTENCES]
                 for m in _pf.finditer(_WEEKDAY_RE, text, s.start, s.end)}
        known[art] = ("undated " + named.pop()) if len(named) == 1 else "article " + art
    return known[art]


def _read_when(r: _R) -> str:
    """What the count is compared across: running counts and proposals only
    the same day (or the date the clause gives); a fixed past event across dates."""
    f, ctx = r.f, r.ctx
    if r.role == "aboard":
        return ""  # how many were aboard the wrecked vessel: one number, told on any day
    art_day = ctx.date(f.article) or f.article_date or ""
    day = art_day or _undated_day(ctx, f.article)
    toll = r.role in _TOLL_ROLES
    dated = _clause_date(ctx, f.article, r.cl, r.ch, toll)
    if dated and r.role == "to be released" and art_day and dated.split("..")[-1] <= art_day:
        dated = ""  # a release still to come is not dated by a day already over
    if not dated and r.role == "released" and r.event == "truce":
        dated = _truce_date(ctx, f.article, r.ss, r.se)  # "the previous truce, in late November, saw ..."
    if dated:
        day = dated
    if r.running and r.role == "to be released" and not dated and art_day:
        return WITHIN_DAYS  # the terms of one deal, told by outlets a day or two apart
    if r.running:
        # the clause's date, the sentence's ("..., the ministry said on Friday"), else the report's day
        return dated or _clause_date(ctx, f.article, r.ss, r.se, toll) or day
    if r.event in _EVENT_NAMES or r.event.startswith("the ") and r.event.endswith(" war"):
        return ""
    if r.site:
        return WITHIN_WEEKS
    if r.role == "released" and r.event != "truce" and not dated:
        # "12 Thai nationals were freed": one group's release, told that day or the next morning
        return WITHIN_A_DAY if art_day and r.side else day
    if dated:
        # a fixed past event dated by a part of a month ("in late November") is that month
        lo, _, hi = dated.partition("..")
        return lo[:7] if hi and lo[:7] == hi[:7] else dated
    y = _YEAR_RE.search(r.clause) or _YEAR_RE.search(r.sentence)
    if y:
        return y.group(1)
    return WITHIN_A_YEAR if art_day else "article " + f.article


#: a count told for one kind of setting, right after it (no comma between): a part of the toll
#: (not a strike's site: "killed in the explosion at the <Named> hospital")
_SETTING_AFTER = re.compile(
    r"(?:(?!explosion|blast|strike|attack|raid|bomb|shell|fire)[^,;.]){0,40}?\b(?:in|at|inside)\s+(?:the\s+|a\s+|an\s+|their\s+)?"
    r"(?:[a-z-]+\s+)?(?:hospitals?|shelters?|evacuation\s+cent(?:er|re)s?|care\s+homes?|nursing\s+homes?)\b")
#: a count of new casualties added to a toll: "another 14", "a further 20", "12 more people", "were newly found dead"
_INCREMENT_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+(?:about\s+|some\s+|at\s+least\s+)?\Z", re.I)
_INCREMENT_AFTER = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?newly\b", re.I)
#: "12 more bodies were found", "another 14 were found dead": more of the same count ("17 missing, while 95
#: more are injured", "130 killed and another 250 injured": the count of others)
_FOUND = re.compile(r"\b(?:found|recovered|discovered|pulled|retrieved|confirmed|identified)\b", re.I)
_MORE_INSIDE = re.compile(r"[\w.,-]+\s+more\b(?!\s+than)", re.I)


def _increment(r: _R) -> bool:
    """Whether the count is of casualties added to the toll rather than the toll."""
    f, text = r.f, r.text
    if _INCREMENT_AFTER.match(text, f.end):
        return True
    added = _pf.search(_INCREMENT_BEFORE, text, max(r.ss, f.start - 30), f.start) or _MORE_INSIDE.match(
        text, f.start, min(len(text), f.end + 6))
    return bool(added and _pf.search_in(_FOUND, r.clause))


def _bound(r: _R, scale: float = 1.0) -> tuple[tuple, tuple] | None:
    f, text = r.f, r.text
    qual = qualifier_of(f.qualifier, text[max(r.ss, f.start - 30) : f.start])
    # the number inside the figure text may carry its own qualifier ("more than thirty")
    inner = _INNER_WORDS.match(text[f.start : f.end].lower())
    if inner and not qual:
        qual = qualifier_of("", inner.group(1))
    if qual == "vague":
        return None
    v = f.value * scale
    low = f.low * scale if f.low is not None else v
    high = f.high * scale if f.high is not None else v
    return readings(v, low, high, qual)


def _usable(f: Figure, text: str) -> bool:
    if not text or not (0 <= f.start < f.end <= len(text)):
        return False
    v = f.value
    return v is not None and math.isfinite(v) and v > 0 and f.qualifier != "vague" and not _YEAR_ONLY.fullmatch(f.text)


def _read_figure(f: Figure, ctx: _Context) -> tuple[_FigKey, tuple, tuple, str] | None:
    text = ctx.text(f.article)
    if not _usable(f, text):
        return None
    if f.unit not in ("count", ""):
        return _read_measure(f, ctx, text)
    r = _R(f, ctx, text)
    _counted_thing(r)
    if r.thing not in _PEOPLE_LIKE and not r.bare:
        return _read_measure(f, ctx, text)
    if ctx.in_speaker(f.article, f.start, f.end) or _SOURCE_AFTER.match(text, f.end):
        return None  # "Two people briefed on the negotiations told ...": the source, not a count
    if not _frame(r):
        return None
    if not r.thing and r.bare and _pf.search_in(_DEATH_TOLL, r.clause):
        r.thing = "people"  # "the death toll has risen to 14,800"
    if r.thing not in _PEOPLE_LIKE:
        return _read_measure(f, ctx, text)
    r.role = _read_role(r)
    if not r.role or r.subset and r.role not in SUBSET_ROLES:
        return None
    r.thing, r.side = _captivity(r.thing, r.side, r.role, text, r.cl, r.ch, f.start, f.end)
    _release_mode(r)
    _read_event(r)
    _read_place(r)
    ev_roles = next((e.roles for e in _D.events if e.name == r.event), None)
    if ev_roles and r.role not in ev_roles:
        r.event = r.label = ""
    if r.role == "injured" and _pf.search_in(_INJURY_GRADE, r.clause):
        return None  # "116 others sustained minor injuries": a part of the injured, not their count
    if r.role in _TOLL_ROLES and _increment(r):
        return None  # "12 more people were found dead", "another 14": new deaths, not the toll
    if r.role in _TOLL_ROLES and _SETTING_AFTER.match(text, f.end, min(len(text), f.end + 70)):
        return None  # "20 people died in hospital", "eight deaths were at evacuation centres": a part of the toll
    if r.role == "casualties" and _pf.search(_DISPUTES, r.text, r.ss, r.f.start):
        r.aspect = "disputed"  # "the army disputed the figures, estimating fewer than 90 casualties"
    r.running = _is_running(r)
    if not _casualty_scope(r):
        return None
    when = _read_when(r)
    b = _bound(r)
    if b is None:
        return None
    return _FigKey(r.thing, r.side, r.role, r.place, r.event, when, r.label, r.running), b[0], b[1], r.aspect


# --- measures of the story's one event: an earthquake's magnitude and depth

#: magnitude words next to the number ("a 7-magnitude quake", "magnitude 6.8", "7 on the Richter scale")
_MAGNITUDE_NEAR = re.compile(r"\b(?:magnitude|richter)\b", re.I)
#: "depth of (about) 8 km"
_DEPTH_BEFORE = re.compile(r"\bdepth\s+of\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|some\s+|nearly\s+)?\Z", re.I)
#: another quake than the story's one: an aftershock, a second or earlier quake, one of another year
_OTHER_QUAKE = re.compile(
    r"\b(?:aftershocks?|second|another|earlier|previous|last year|foreshocks?|tremors? (?:that|which) followed|"
    r"19\d\d|20\d\d)\b", re.I)
#: how many characters either side of a number a magnitude word may stand
#: a magnitude is at most this (the scales people quote end near 10)
_KM_PER_UNIT = {"km": 1.0, "kilometre": 1.0, "kilometer": 1.0, "kilometres": 1.0, "kilometers": 1.0,
                "m": 0.001, "metre": 0.001, "meter": 0.001, "metres": 0.001, "meters": 0.001}


#: "(about) 72 km (44 miles) northeast of <Place>": a distance and the direction from a place
_BEARING_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+"
    r"(?P<place>[A-Z][\w'\u2019-]+)")
#: the sentence before the distance tells where the quake was: "the epicentre was", "the quake that struck"
_EPICENTRE_BEFORE = re.compile(
    r"\bepicent(?:re|er)\b|\b(?:quake|earthquake|temblor)\b[^.;]{0,80}\b(?:struck|hit|centred|centered|occurred)\b", re.I)
#: "the village of X, 40 km south of <Place>": where another place lies, not the epicentre
_APPOSITIVE_BEFORE = re.compile(r",\s*\Z")


def _fold_place(written: str) -> str:
    """A place name folded across transliterations ("-kech" / "-kesh", doubled letters)."""
    w = unicodedata.normalize("NFKD", written.lower().replace("\u2019", "'"))
    w = "".join(c for c in w if c.isalpha())
    for a, b in (("sh", "s"), ("ch", "s"), ("kh", "k"), ("c", "k"), ("q", "k"), ("y", "i")):
        w = w.replace(a, b)
    return re.sub(r"(\w)\1+", r"\1", w)


def _read_bearing(f: Figure, ctx: _Context, text: str) -> tuple[_FigKey, tuple, tuple, str] | None:
    """Where the story's quake struck, as a direction from a place: compared across reports."""
    m = _BEARING_AFTER.match(text, f.end)
    if not m or _APPOSITIVE_BEFORE.search(text, max(0, f.start - 3), f.start):
        return None
    r = _measure_frame(f, ctx, text)
    if r is None or not _pf.search(_EPICENTRE_BEFORE, text, r.ss, f.start):
        return None
    angle = _q.COMPASS[re.sub(r"[- ]", "", m.group("dir").lower())]
    label = "Epicentre direction from " + m.group("place")
    return _FigKey(_q.BEARING, "", "", _fold_place(m.group("place")), "", "", label, False), (angle, angle), (angle, angle), ""


def _measure_frame(f: Figure, ctx: _Context, text: str) -> _R | None:
    r = _R(f, ctx, text)
    if not _frame(r):
        return None
    if _OTHER_QUAKE.search(r.clause):
        return None
    return r


def _read_measure(f: Figure, ctx: _Context, text: str) -> tuple[_FigKey, tuple, tuple, str] | None:
    """A magnitude or a depth of the story's event: compared across all reports."""
    lo, hi = max(0, f.start - MAGNITUDE_REACH), min(len(text), f.end + MAGNITUDE_REACH)
    scale, thing = 1.0, ""
    if f.value <= MAX_MAGNITUDE and f.unit in ("count", "", "other") and _pf.search(_MAGNITUDE_NEAR, text, lo, hi):
        thing = "magnitude"
    elif f.unit == "length" and _pf.search(_DEPTH_BEFORE, text, max(0, f.start - 40), f.start):
        unit = (f.noun or "").lower().rstrip(".")
        if unit not in _KM_PER_UNIT:
            return None
        scale, thing = _KM_PER_UNIT[unit], "depth"
    if not thing:
        return _read_bearing(f, ctx, text) if f.unit == "length" else None
    r = _measure_frame(f, ctx, text)
    if r is None:
        return None
    b = _bound(r, scale)
    if b is None:
        return None
    label = "Earthquake magnitude" if thing == "magnitude" else "Depth (km)"
    return _FigKey(thing, "", "", "", "", "", label, False), b[0], b[1], r.aspect


def _safe_read_figure(f: Figure, ctx: _Context) -> tuple[_FigKey, tuple, tuple, str] | None:
    try:
        return _read_figure(f, ctx)
    except Exception:  # a malformed record must not stop the comparison
        return None


READ_RULE = _rules.register(
    "figure.quantity", "figure",
    "the quantity a count figure is: counted thing, side, role, place, event, when, bound readings",
    "at least 1,200 people were killed in the attack -> people/killed/<event>",
)


def describe(f: Figure, ctx: _Context) -> Figure:
    """The figure with its quantity identity filled in (``reading`` empty when
    it is not a comparable count: a rate, a subset, a source, a year ...)."""
    r = _safe_read_figure(f, ctx)
    if r is None:
        return f
    k, lit, every, aspect = r
    return replaced(
        f, thing=k.thing, side=k.side, role=k.role, place=k.place, event=k.event, event_label=k.label_event,
        when=k.when, running=k.running, lit_low=lit[0], lit_high=lit[1], every_low=every[0], every_high=every[1],
        aspect=aspect, reading=READ_RULE, revised=aspect != "superseded" and _states_revision(f, ctx),
    )


def _states_revision(f: Figure, ctx: _Context) -> bool:
    """Whether the figure is the new value of a revision its sentence states ("raised the toll to")."""
    text = ctx.text(f.article)
    lo = max(0, f.sentence_start if 0 <= f.sentence_start <= f.start else f.start - SENTENCE_WINDOW)
    return bool(_pf.search(_REVISED_TO, text, max(lo, f.start - SENTENCE_WINDOW), f.start))


def describe_figures(article: Article, claims: Sequence[Claim], figures: Sequence[Figure],
                     dates: Sequence[DateMention], sentences: Sequence | None = None) -> list[Figure]:
    """Every figure of one article with what it counts (see :func:`describe`);
    ``sentences``: the article's sentences when already split (a Doc's)."""
    ctx = _Context([article], claims, dates, sentences)
    return _with_breakdowns(article.text, _with_antecedents(article.text, [describe(f, ctx) for f in figures]))


ANTECEDENT_RULE = _rules.register(
    "figure.antecedent", "figure",
    "\"put it at N\" / \"put the figure at N\": the quantity of the figure before it in the sentence; "
    "\"down from (the previously reported) N\": its superseded old value",
    "the survey gave a magnitude of 6.8, while the agency put it at 7 -> magnitude",
)

#: A value given for a quantity named just before ("..., while the agency put it at 7").
_PUT_IT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|estimated|estimates|gave|gives)\s+(?:it|the\s+(?:number|figure|total|tally|count))"
    r"\s+at\s+(?:(?:about|around|some|nearly|almost|roughly|at\s+least|more\s+than|over)\s+)?\Z", re.I)


#: The old value of the quantity just before, bare: "revised to 78, down from the previously reported 79",
#: "up from 41 on Monday", "from an earlier figure of 60", "was 78 and not 79".
_DOWN_FROM = re.compile(
    r"\b(?:\d[\d,]*\s*,?\s*(?:and\s+)?not|rather\s+than|(?:down|up)\s+from|from\s+(?:the|an?)\s+(?:earlier|previous|initial|original)\s+(?:figure|toll|count|tally|estimate)"
    r"\s+of)\s+(?:(?:the|a|an)\s+)?(?:(?:previously|earlier|initially|originally|first)\s+)?"
    r"(?:(?:reported|announced|given|stated|published|cited)\s+)?(?:(?:figure|toll|count|tally)\s+of\s+)?\Z", re.I)


def _with_antecedents(text: str, figures: list[Figure]) -> list[Figure]:
    """A figure that only gives another value of the quantity before it ("put it at 7") takes
    that quantity's identity, with its own value and bounds; a bare old value after the new
    one ("revised to 78, down from the previously reported 79") takes it as superseded."""
    out = list(figures)
    for i, f in enumerate(out):
        if f.reading or f.sentence_start < 0 or f.low is None or f.high is None:
            continue
        lo = max(f.sentence_start, f.start - SENTENCE_WINDOW)
        if _pf.search(_PUT_IT_AT, text, lo, f.start):
            aspect = ""
        elif _DOWN_FROM.search(text, lo, f.start) and not _LETTER_NEXT.match(text, f.end):
            aspect = "superseded"
        else:
            continue
        prev = next((g for g in reversed(out[:i]) if g.reading and g.sentence_start == f.sentence_start), None)
        if prev is not None and (not aspect or prev.role):
            out[i] = replaced(
                f, thing=prev.thing, side=prev.side, role=prev.role, place=prev.place, event=prev.event,
                event_label=prev.event_label, when=prev.when, running=prev.running, aspect=aspect,
                lit_low=f.low, lit_high=f.high, every_low=f.low, every_high=f.high, reading=ANTECEDENT_RULE,
            )
    return out


BREAKDOWN_RULE = _rules.register(
    "figure.breakdown", "figure",
    "one place's part of a stated toll (\"Of the 202 deaths, 91 were in <Place>\", \"<A> and <B> ..., accounting for 81 "
    "and 71 deaths, respectively\"): compared with the same place's part of the same total in another report",
    "Of the 202 deaths, 91 were in Artu -> people/killed/artu/of 202",
)

#: "Of the 202 deaths (confirmed as of ...), 91 were in A, 81 (were) in B and five in C"; "Of these, 69 were in A"
_BREAKDOWN_OPEN = re.compile(
    r"\bOf\s+(?:the\s+(?P<total>\d[\d,]*)\s+(?:confirmed\s+)?(?:deaths|dead|fatalities|victims)|these|them)\b[^;:!?\n]{0,60}?,\s+")
_BREAKDOWN_ITEM = re.compile(
    r"(?P<n>[\w-]+)\s+(?:(?:were|was|had\s+been\s+confirmed|died)\s+)?in\s+(?:the\s+)?"
    r"(?:(?:city|town|village|prefecture|province|district)\s+of\s+)?(?P<place>[A-Z][\w'\u2019-]+)(?P<rest>[^,.;]*)")
#: "<A> (City) and <B> (City) ..., accounting for 81 and 71 deaths, respectively"
_RESPECTIVE_PLACES = re.compile(
    r"(?P<a>[A-Z][\w'\u2019-]+)(?:\s+(?:City|Town|Prefecture|Province))?\s+and\s+(?P<b>[A-Z][\w'\u2019-]+)"
    r"(?:\s+(?:City|Town|Prefecture|Province))?\b[^.;]{0,60}?\baccount\w*\s+for\s+(?P<n1>[\w-]+)\s+and\s+(?P<n2>[\w-]+)\s+"
    r"(?:deaths|dead|fatalities)\W+respectively\b")


def _breakdown_items(text: str) -> list[tuple[int, str, int, str]]:
    """(start of the part's number, place, where the breakdown opens, its total or "") for every breakdown."""
    out = []
    for m in _BREAKDOWN_OPEN.finditer(text):
        end = text.find(".", m.end())
        end = len(text) if end < 0 else end
        for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", text[m.end():end]):
            im = _BREAKDOWN_ITEM.match(item)
            if im and "each" not in im.group("rest").split():
                out.append((text.index(item, m.end()), im.group("place"), m.start(), (m.group("total") or "").replace(",", "")))
    for m in _RESPECTIVE_PLACES.finditer(text):
        out += [(m.start("n1"), m.group("a"), m.start(), ""), (m.start("n2"), m.group("b"), m.start(), "")]
    return out


def _total_before(figures: list[Figure], pos: int, last: bool) -> float | None:
    """The toll of the dead stated last before ``pos`` (a breakdown that names no total breaks it down);
    ``last``: only when it is the last count before ("Of these" after "300 injured" is of the injured)."""
    prev = [f for f in figures if f.start < pos and f.role and not f.place]
    if last:
        prev = prev[-1:]
    # an exact toll of the dead ("surged to 202"), not a bound ("more than 100 lives")
    prev = [f for f in prev if f.role == "killed" and f.aspect == "toll" and f.lit_low == f.lit_high]
    return prev[-1].value if prev else None


def _with_breakdowns(text: str, figures: list[Figure]) -> list[Figure]:
    """Each place's part of a stated toll, keyed by that total (the moment the breakdown describes,
    so reports of one moment meet even without a date)."""
    items = _breakdown_items(text) if "Of " in text or "respectively" in text else []
    if not items:
        return figures
    at = {f.start: i for i, f in enumerate(figures)}
    out = list(figures)
    for start, place, opens, total in items:
        i = at.get(start)
        if i is None or out[i].value is None:
            continue
        n = float(total) if total else _total_before(out, opens, text.startswith("Of", opens))
        if not n or out[i].value >= n:
            continue
        f = out[i]
        out[i] = replaced(
            f, thing="people", side="", role="killed", place=_PLACES.get(place.lower(), place.lower()), event="",
            event_label="", when=f"of {n:g} dead", running=False, aspect="", lit_low=f.value, lit_high=f.value,
            every_low=f.value, every_high=f.value, reading=BREAKDOWN_RULE)
    return out
