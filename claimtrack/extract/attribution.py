"""Rule-based extraction of sourced assertions ("who said what").

Pure: takes an :class:`~claimtrack.models.Article`, returns
:class:`~claimtrack.models.Claim` records with exact offsets into
``article.text``. No I/O.

How it works, in short:

1. The article body is cut into *units*: sentences from
   :func:`claimtrack.text.sentences`, headline-like paragraphs dropped, and
   neighbouring sentences merged when a quotation runs across their border
   (a multi-sentence or multi-paragraph quote is one unit).
2. Each cue word outside quotation marks (``said``, ``told``, ``according to``,
   ... from :data:`claimtrack.lexicon.wordlists.CUE_VERBS`) is tried against a few
   constructions: speaker before the cue with the content after it ("X said
   (that) ..."), the content first ("..., X said."), inversion ("..., said
   X."), "according to X" at either end, and impersonal "it was reported
   that".
3. The speaker phrase is a noun phrase found by a bounded token scan and
   classified as named or anonymous; pronouns, short names ("Abu Naim") and
   "the source" are resolved against earlier speakers and names.

All scans look at a bounded window around the cue, so the work is linear in
the article length whatever the input.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import deque
from typing import NamedTuple

from .. import tuning as T
from ..doc import Doc
from ..lexicon import numbers as _numbers
from .figures import QUALIFIERS
from .prefilter import trie_pattern
from ..lexicon import reporting as R
from ..lexicon.calendar import MONTHS
from ..lexicon import wordlists as W
from ..models import Claim, stable_id
from ..rules import register

__all__ = ["extract_claims"]

# Windows and look-backs: named constants of claimtrack/tuning.py (each with a test).
BACK_WINDOW = T.ATTR_BACK_WINDOW
FORWARD_WINDOW = T.ATTR_FORWARD_WINDOW
MAX_NP_TOKENS = T.ATTR_MAX_NP_TOKENS
HISTORY = T.ATTR_HISTORY
MAX_CUES_PER_UNIT = T.ATTR_MAX_CUES_PER_UNIT
MAX_SECOND_CUE_GAP = T.ATTR_MAX_SECOND_CUE_GAP
MAX_SUBJECT_TOKENS = T.ATTR_MAX_SUBJECT_TOKENS
MAX_ADJUNCTS = T.ATTR_MAX_ADJUNCTS
DEBRIS_MAX_CHARS = T.ATTR_DEBRIS_MAX_CHARS
HEADLINE_MAX_WORDS = T.ATTR_HEADLINE_MAX_WORDS
COMPOUND_WORDS = T.ATTR_COMPOUND_WORDS
ANONYMITY_AFTER_CUE = T.ATTR_ANONYMITY_AFTER_CUE
TITLE_BACK_WINDOW = T.ATTR_TITLE_BACK_WINDOW
POSTMOD_CHARS = T.ATTR_POSTMOD_CHARS
CITED_BACK = T.ATTR_CITED_BACK
SHORT_NAME_BACK = T.ATTR_SHORT_NAME_BACK
SHORT_NAME_TRIES = T.ATTR_SHORT_NAME_TRIES
IT_NAME_BACK = T.ATTR_IT_NAME_BACK
PERSON_NAME_BACK = T.ATTR_PERSON_NAME_BACK
AND_GAP_CHARS = T.ATTR_AND_GAP_CHARS
RECENT_CLAIMS = T.ATTR_RECENT_CLAIMS
WIDEN_WORDS = T.ATTR_WIDEN_WORDS
TITLE_QUOTE_WORDS = T.ATTR_TITLE_QUOTE_WORDS
OBJECT_THAT_WORDS = T.ATTR_OBJECT_THAT_WORDS
DOC_ANTECEDENT_WORDS = T.ATTR_DOC_ANTECEDENT_WORDS
CUT_PROSE_WORDS = T.ATTR_CUT_PROSE_WORDS
PRE_CUE_WORDS = T.ATTR_PRE_CUE_WORDS
APPOSITIVE_SEGMENTS = T.ATTR_APPOSITIVE_SEGMENTS
CLOSING_ADJUNCTS = T.ATTR_CLOSING_ADJUNCTS
COORDINATED_VERBS_TRIED = T.ATTR_COORDINATED_VERBS_TRIED
RESTRICTIVE_RELATIVE_WORDS = T.ATTR_RESTRICTIVE_RELATIVE_WORDS
APPOSITIVE_WORDS = T.ATTR_APPOSITIVE_WORDS

_OPEN_Q = "\u201c\u00ab"
_CLOSE_Q = "\u201d\u00bb"
_ANY_Q = _OPEN_Q + _CLOSE_Q + '"'
_QCHAR = re.compile('[\u201c\u201d\u00ab\u00bb"]')
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?!,?\d)|(?:[A-Z]\.){2,}(?:-[a-z]+(?![\w-]))?(?![\w-])|\w+(?:[-'\u2019.]\w+)*|[^\w\s]")  # "30,000", "U.N." are one token
_SPACES = re.compile(r"\s+")
_OF_TOPIC = re.compile(r"of[ \t]+(\w+)")
_INFINITIVE = re.compile(r"to[ \t]+[a-z]+[ \t]+\S")
_THAT = re.compile(r"that(?!\w)")
_COMMA_THAT = re.compile(r",[ \t]*that(?!\w)")
_AND_BUT_WHILE = re.compile(r"(?<!\w)(?:and|but|while)(?!\w)")
_POSTMOD_STOP = re.compile(r"[,.;:!?\u201c\u201d\"()\n]")

_FORM_TO_LEMMA = {f: lemma for lemma, forms in W.CUE_VERBS.items() for f in forms}
for _form in R.PREPOSITIONAL_CUES:
    _FORM_TO_LEMMA[_form] = _FORM_TO_LEMMA[_form[0].upper() + _form[1:]] = W.ACCORDING_TO
for _form in R.SENTENCE_INITIAL_CUES:
    _FORM_TO_LEMMA[_form] = W.ACCORDING_TO


_CUE_RE = re.compile(r"(?<![\w-])(?:" + trie_pattern(_FORM_TO_LEMMA) + r")(?![\w-])")
#: (The "I" is matched before the lookbehind: a pattern opening with a character class is
#: scanned for fast, one opening with a lookbehind is tried at every position.)
_IMPERSONAL_RE = re.compile(
    r"[Ii](?<!\w[Ii])t[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been)[ \t]+("
    + "|".join(sorted(W.IMPERSONAL_VERBS))
    + r")[ \t]+that(?!\w)"
)
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)"
_DOC = (
    r"(?:statement|interview|speech|address|conference|briefing|post|tweet|message|video|communiqu\u00e9|communique"
    r"|meeting|funeral|ceremony|rally|gathering|vigil|protest|demonstration|march|session|call|remarks|letter|press[ \t]+release|phone[ \t]+call"
    r"|app|account|page|channel|platform|findings|report|assessment|update|livestream|broadcast"
    r"|match|game|hearing|trial|vote|talks|summit|visit|tour"
    r"|filing|ruling|lawsuit|complaint|motion|memo|e-?mail|op-ed|affidavit|testimony|newsletter|podcast|notice)"
)
#: Adjuncts skipped between a cue and its content ("said on Sunday that").
_ADJUNCT_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:"
    r"(?:on|this|last|late|early|earlier|later|until)?[ \t]*" + _DAYS
    + r"(?![\u2019']s\b)(?:[ \t]+(?:morning|afternoon|evening|night))?"  # (not "yesterday's attack")
    r"|(?:last|this|next|earlier[ \t]+this|late[ \t]+last)[ \t]+(?:week|month|year|weekend|night|morning|evening)"
    r"|(?:(?:on|later|earlier|late|early)[ \t]+)?(?:the|that)[ \t]+(?:same|next|following|previous)[ \t]+(?:day|night|morning|afternoon|evening|week|weekend)"
    r"|(?:later|earlier|late|early)[ \t]+that[ \t]+(?:day|night|morning|afternoon|evening)|the[ \t]+day[ \t]+(?:before|after)(?![ \t]+[a-z])"
    r"|(?:(?:just|shortly|soon|late|early|earlier|later)[ \t]+)?(?:(?:on|after|before|by|at|around)[ \t]+)?(?:midnight|noon|dawn|dusk|daybreak)"
    r"|(?:on|to|via)[ \t]+(?:the|its|his|her|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:platform|app|site|network|account)"
    r"(?:[ \t]+[A-Z][\w.]*)?"  # "posted to the social media platform X", "on the messaging app Telegram"
    r"|overnight|(?:late|early)[ \t]+on[ \t]+" + _DAYS + r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
    r"|in[ \t]+the[ \t]+early[ \t]+hours(?:[ \t]+of[ \t]+" + _DAYS + r")?"
    r"|(?:in|during|at|on|via|through|after)[ \t]+(?:(?:a|an|the|his|her|its|their)[ \t]+)?(?:(?!that[ \t])[\w\u2019'-]+[ \t]+){0,3}?"
    + _DOC + r"(?:[ \t]+" + _DOC + r")?"  # (not "in Beirut that talks had stalled": "that" opens the content)
    r"(?:[ \t]+(?:on|with|to|by)[ \t]+(?!(?:a[ \t]+)?reference[ \t])(?!" + _DAYS + r"\b)(?:(?:the|a|an)[ \t]+)?(?:(?:[A-Z](?:[\w\u2019'-]|\.(?=\w))*|[a-z][\w-]*)[ \t]+){0,5}"
    r"(?:[A-Z](?:[\w\u2019'-]|\.(?=\w))*|channel|newspaper|daily|agency|television|TV|radio|broadcaster|network"
    r"|website|outlet|magazine|station|paper))?"
    r"|(?:in|from|at)[ \t]+(?:the[ \t]+)?(?!The\b|A\b|An\b)[A-Z][\w\u2019'-]*(?:[ \t]+[A-Z][\w\u2019'-]*){0,2}"
    r"|on[ \t]+(?:Twitter|X|Facebook|Telegram|Instagram|television|TV|state[ \t]+television|social[ \t]+media|its[ \t]+website)"
    r"(?:[ \t]*\((?:formerly|previously)[ \t]+[A-Z]\w*\)|,[ \t]*formerly[ \t]+[A-Za-z]\w*(?=[ \t]*[,:.;!?]|[ \t]*$))?"  # "on X (formerly Twitter)"
    r"|(?:also|further|later|earlier|again|then|previously|recently|separately|publicly|repeatedly|too)"
    r"|(?<=,)[ \t]*however(?=[ \t]*,)"  # "cautioned, however, that": a connective set off by commas
    r"|on[ \t]+(?:the[ \t]+)?condition[ \t]+of[ \t]+anonymity|anonymously|privately"
    r"|at[ \t]+the[ \t]+time"
    r"|(?:at|over)[ \t]+the[ \t]+weekend"  # (British: "reported at the weekend that")
    r"|for[ \t]+(?:(?:the[ \t]+)?(?:past|last)[ \t]+(?:few[ \t]+|several[ \t]+|two[ \t]+|three[ \t]+)?)?"
    r"(?:years|months|weeks|days|decades|hours|some[ \t]+time|a[ \t]+long[ \t]+time)"  # "has warned for years that"
    r"|(?:with[ \t]+(?:a[ \t]+)?reference[ \t]+to|referring[ \t]+to)[ \t]+[^,.;:!?\n\u201c\u201d\"]{1,80}"
    r"|,[ \t]*(?:formerly|previously)(?:[ \t]+(?:known|called))?(?:[ \t]+as)?[ \t]+[A-Z][\w.-]*(?=[ \t]*,)"
    r"|(?:citing|quoting)[ \t]+[^,.;:!?\n\u201c\u201d\"]{1,80}(?=,[ \t]*that(?!\w))"
    r"|without[ \t]+(?:citing|naming|identifying|giving|providing|offering)(?:[ \t]+(?:any|its|their|his|her|further|more))?"
    r"(?:[ \t]+(?:sources?|details|evidence|names?|a[ \t]+source))?"
    r"|(?:carried|published|posted|released|broadcast|aired|issued|relayed)[ \t]+(?:by|on)[ \t]+(?:the|a|an|its|their)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,3}(?:agency|channel|television|TV|radio|website|outlet|broadcaster|network|media)"
    r"|for[ \t]+(?:his|her|its|their|our)[ \t]+part|in[ \t]+turn"
    r"|for[ \t]+(?:the|a|an)[ \t]+(?:unanimous[ \t]+|divided[ \t]+|\d-\d[ \t]+)?(?:majority|court|panel|plurality|bench)"
    r"|(?:by|over[ \t]+the|on[ \t]+the)[ \t]+(?:(?:satellite|mobile|cell|video)[ \t]+)?(?:tele)?phone"
    r"|by[ \t]+(?:video(?:[ \t]+link)?|e-?mail|text[ \t]+message|radio)"
    r"|(?:in|from|at)[ \t]+(?:the|a)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?(?:city|town|village|capital|port|camp|enclave"
    r"|territory|region|area|province|district|border|hospital|scene|site)(?:[ \t]+of[ \t]+[A-Z][\w\u2019'-]*(?:[ \t]+[A-Z][\w\u2019'-]*){0,2})?"
    r"|(?:carried|published|posted|released|broadcast|aired|issued|relayed)[ \t]+(?:by|on)[ \t]+(?:the[ \t]+)?"
    r"(?:official[ \t]+|state[ \t]+)?[A-Z][\w\u2019'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w\u2019'-]*){0,4}(?:[ \t]+\([A-Z]{2,8}\))?"
    r")(?![\w])"
)
#: "on Friday", "late on Sunday" closing the clause after an inverted speaker: no post-modifier.
_DAY_ADJUNCT = re.compile(
    r"[ \t]+(?:on|late[ \t]+on|early[ \t]+on|late|early)[ \t]+" + _DAYS + r"(?:[ \t]+(?:morning|afternoon|evening|night))?(?=[ \t]*[,.;:!?]|$)"
)
#: "in his daily press conference": an adjunct after an inverted speaker, not a post-modifier.
_DOC_ADJUNCT_RE = re.compile(
    r"[ \t]+(?:in|during|at|on)[ \t]+(?:a|an|the|his|her|its|their)[ \t]+(?:[\w\u2019'-]+[ \t]+){0,3}?"
    + _DOC + r"(?![\w])"
)
_TITLE_ALT = "|".join(sorted(W.TITLES, key=len, reverse=True))
#: A run of title words: "the prime minister", "her deputy foreign minister".
_TITLE_RUN = r"(?:" + _TITLE_ALT + r")s?(?:[ \t]+(?:" + _TITLE_ALT + r")s?)*(?![\w-])"
_RECIPIENT_RE = re.compile(
    r"[ \t]+(?:"
    # "the local newspaper Kompas": an outlet noun and its name, tried first as the longest reading
    + r"(?:a|an|the|his|her|its|their)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:channel|newspaper|daily|agency|broadcaster|station"
    + r"|radio|television|website|outlet|magazine|paper)[ \t]+(?!" + _DAYS + r"\b)[A-Z][\w\u2019'&-]*(?:[ \t]+[A-Z][\w\u2019'&-]*){0,3}"
    + r"|(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+)?[a-z][\w-]*['\u2019]s[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"  # "the country's Channel 9"
    + r"(?:[A-Z0-9][\w\u2019'&-]*(?:[ \t]+[A-Z0-9][\w\u2019'&-]*){0,3}|broadcaster|newspaper|daily|channel|agency|station|radio|television)"
    + r"|"
    + "|".join(re.escape(r).replace(r"\ ", r"[ \t]+") for r in sorted(W.RECIPIENT_WORDS, key=len, reverse=True))
    + r"|(?:a|an|the|his|her|its|their)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:briefing|conference|meeting|session|gathering"
    + r"|crowd|rally|forum|summit|committee|audience|delegation|lawmakers|supporters|channel|newspaper|daily|agency"
    + r"|jury|court|judge|panel|tribunal|inquiry|hearing|commission"
    + r"|broadcaster|station|radio|television|website|outlet|magazine|paper)"
    + r"|(?:the|his|her|their|its)[ \t]+(?:[\w-]+[ \t]+){0,3}?" + _TITLE_RUN
    + r"|(?:the[ \t]+)?(?:[\w\u2019'-]+[ \t]+)?(?:broadcaster|newspaper|daily|channel|agency|station|outlet|network|website"
    + r"|magazine|radio|television|broadcasters|newspapers)[ \t]+[A-Z0-9][\w\u2019'&-]*(?:[ \t]+[A-Z0-9][\w\u2019'&-]*){0,3}"
    + r"|(?:the[ \t]+)?[A-Z0-9](?:[\w\u2019'&-]|\.(?=\w))*(?:[ \t]+(?:of[ \t]+|al[ \t]+|el[ \t]+)?[A-Z0-9](?:[\w\u2019'&-]|\.(?=\w))*){0,4}"
    + r"|[a-z][a-z-]+s(?=[ \t]*[,.;!?])"  # "told cadets, according to ...": a bare plural ending the clause
    + r")(?:[ \t]+(?:news[ \t]+agency|agency|newspaper|daily|website|channel|television|radio|TV|news|outlet|broadcaster"
    + r"|network|station|paper|magazine|portal|site))?(?![\w])"
)
_TO_RECIPIENT_RE = re.compile(r"[ \t]+to" + _RECIPIENT_RE.pattern)
_PARTICIPLE_RE = re.compile(
    r"[ \t]*,[ \t]*(?:[a-z]+ing|without|which|who|where|as|while|but|and|in|after|before|when|amid|according|citing"
    r"|referring|although|though|whereas|despite|following)\b"
)


class _Tok(NamedTuple):
    s: int
    e: int
    t: str


class _Raw(NamedTuple):
    start: int
    end: int
    sp_start: int
    sp_end: int
    cue_start: int
    cue_end: int
    cue: str
    kind: str  # "named" | "anonymous" | "pronoun"
    core: str  # the noun phrase without post-modifiers, for naming
    unit: tuple[int, int]
    rule: str = ""  # the registered rule id (see RULE_OF_MODE and the registrations below)


# --------------------------------------------------------------------------- units


#: An agency sign-off after the last sentence of a story: "... at risk. EFE".
_SIGN_OFF = re.compile(r"(?<=[.!?\u201d\"\u00bb])[ \t]+\(?[A-Z]{2,5}\)?")


#: A letter or comma, one line break, then a lower-case word other than a byline's "by".
_HARD_WRAP = re.compile(r"[^\W\d_,]?,?\n(?!by[ \t])[a-z]")


def _is_headline(text: str, start: int, end: int) -> bool:
    """A short paragraph without final punctuation: headline, caption, credit."""
    last = text[end - 1]
    if last in ".!?\u201d\"\u2019)\u00bb:" or (last == "'" and text[end - 2 : end - 1] in (".", "!", "?")):
        return False  # (a closing straight single mark after a full stop: "... made 'good progress.'")
    if _HARD_WRAP.match(text, end - 1):
        return False  # a line broken inside a sentence: "... The death" / "toll is expected to rise"
    m = _SIGN_OFF.search(text, start, end)
    if m is not None and m.end() == end and m.start() > start:
        return False  # a paragraph closed by the agency's sign-off: "... at risk. EFE"
    if start > 0 and text[start] in _OPEN_Q + '"' and not text[end:].strip() and not any(
        c in text[start + 1 : end] for c in _ANY_Q
    ):
        return False  # the article's last paragraph, a quotation cut off by the capture: '"You see everything'
    n = len(text[start:end].split(None, HEADLINE_MAX_WORDS + 1))
    if n >= CUT_PROSE_WORDS and start > 0 and not text[end:].strip() and text[start:end].split()[-1][:1].islower():
        return False  # the article's last paragraph, cut off mid-sentence by the capture: prose
    return n <= HEADLINE_MAX_WORDS


def _is_debris(text: str, start: int, end: int) -> bool:
    """A line of web page furniture ("Advertisement", "Read more: ...", cookie prompts)."""
    if end - start > DEBRIS_MAX_CHARS:
        return False
    return text[start : start + 40].lower().lstrip(" \t>|-\u2022*").startswith(W.WEB_DEBRIS)


def _headline_units(doc: Doc) -> list[tuple[int, int]]:
    """Headline-like lines with a cue word: "Police say the driver was not injured"."""
    text = doc.text
    return [
        (p.start, p.end)
        for p in doc.paragraphs
        if _is_headline(text, p.start, p.end) and not _is_debris(text, p.start, p.end)
        and (_CUE_RE.search(text, p.start, p.end) is not None or _TITLE_CUE_RE.search(text, p.start, p.end) is not None
             or _COLON_HEADLINE.match(text, p.start, p.end) is not None)
    ]


def _no_space_breaks(text: str, s: int, e: int, inside) -> list[tuple[int, int]]:
    """A sentence split where a full stop has no space after it ("evaluated.The ministry",
    "said.\u201cWe ..."), unless inside a quotation (``inside(pos)``)."""
    out = []
    for m in _NO_SPACE_BREAK.finditer(text, s, e):
        if inside(m.start()):
            continue
        out.append((s, m.end()))
        s = m.end()
    out.append((s, e))
    return out


#: (The stop is matched first and the letters before it looked back at after it:
#: a pattern opening with a character class is scanned for fast, one opening with a
#: lookbehind is tried at every position.)
_NO_SPACE_BREAK = re.compile(
    r"[.!?](?:(?<=[a-z)]{2}[.!?])|(?<=\d[.!?]))(?:[\u201d\u2019]|\"(?=[A-Z]))?(?=[\u201c\"]?(?:[A-Z][a-z]|A[ \t]))"
)


def _units(doc: Doc, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of the prose, merged where a quotation crosses a border."""
    text = doc.text
    keep = [p for p in doc.paragraphs if not _is_headline(text, p.start, p.end) and not _is_debris(text, p.start, p.end)]
    if not keep:
        return []
    starts = [p.start for p in keep]
    out: list[tuple[int, int]] = []
    qstarts = [q[0] for q in quotes]

    def inside(pos: int) -> bool:
        return _inside_quote(quotes, qstarts, pos)

    for s in doc.sentences:
        k = bisect.bisect_right(starts, s.start) - 1
        if k < 0 or s.end > keep[k].end:
            continue
        if out and _inside_quote(quotes, qstarts, out[-1][1] - 1) and _inside_quote(quotes, qstarts, s.start):
            q = _quote_at(quotes, qstarts, out[-1][1] - 1)
            if q is not None and q[1] > s.start:
                out[-1] = (out[-1][0], s.end)
                continue
        if out and text[out[-1][0] : out[-1][1]].rstrip().endswith(":") and text[s.start] in _OPEN_Q + '"' and not text[
            out[-1][1] : s.start
        ].strip():
            out[-1] = (out[-1][0], s.end)  # "He continued:" + a quotation as the next paragraph
            continue
        out.extend(_no_space_breaks(text, s.start, s.end, inside))
    return out


def _quote_at(quotes, qstarts, pos):
    i = bisect.bisect_right(qstarts, pos) - 1
    if i >= 0 and quotes[i][0] <= pos < quotes[i][1]:
        return quotes[i]
    return None


def _inside_quote(quotes, qstarts, pos) -> bool:
    """True when ``pos`` lies strictly within a quotation (marks excluded)."""
    q = _quote_at(quotes, qstarts, pos)
    return q is not None and q[0] < pos < q[1] - 1


# --------------------------------------------------------------------------- tokens and noun phrases


_new_tuple = tuple.__new__


def _toks(text: str, lo: int, hi: int) -> list[_Tok]:
    # tuple.__new__ builds the named tuple without a Python-level __new__ call
    return [_new_tuple(_Tok, (m.start(), m.end(), m.group())) for m in _WORD.finditer(text, lo, hi)]


def _words(s: str) -> list[str]:
    return _WORD.findall(s)  # no groups in _WORD: findall gives the whole matches


def _is_cap(t: str) -> bool:
    """Capitalised, or a name with a lowercase particle ("el-Sisi", "al-Hayya")."""
    if t[:1].isupper():
        return True
    k = t.find("-")
    return 0 < k <= 3 and t[k + 1 : k + 2].isupper()


_ACRONYM = re.compile(r"[A-Z](?:\.[A-Z])+")
#: A dotted acronym with its last full stop, one token (:data:`_WORD`): "U.N.", "U.S.".
_ACRONYM_DOT = re.compile(r"(?:[A-Z]\.){2,}")


def _np_word(toks: list[_Tok], j: int) -> bool:
    """Whether token ``j`` can belong to a speaker noun phrase."""
    t = toks[j].t
    low = t.lower()
    if low in W.PRONOUNS or (t in W.CAP_STOP and not _stop_word_in_name(toks, j)):
        return False
    if t[-1:] == "." and j + 1 < len(toks) and _ACRONYM_DOT.fullmatch(t):
        nxt = toks[j + 1].t  # "A U.S. official", "U.S. President X"; but "in the U.S. Officials said" is two sentences
        if not _is_cap(nxt) or nxt.lower() in W.TITLES:
            return True
        low_nxt = nxt.lower()  # "the U.S. Army", "the U.K. Foreign Office"; not a plain source opening a sentence
        return not (low_nxt in R.ANONYMOUS_HEADS or low_nxt in R.PLURAL_BODIES or nxt in W.CAP_STOP)
    if low in _NP_LEXICAL_WORDS or t[:1].isupper() or _is_cap(t) or ("-" in t and t[0].isalpha()):
        return True  # _np_lexical, the test most often true, inline
    if t[:1].isdigit() and t.endswith("-old") and _AGE_NOUN.fullmatch(t):
        return True  # "the 34-year-old said"
    nxt = toks[j + 1].t if j + 1 < len(toks) else ""
    for test in _NP_WORD_TESTS_AFTER_LEXICAL:
        if test(toks, j, t, low, nxt):
            return True
    return False


#: Capitalised stop words that end an outlet's name ("Hawaii News Now", "USA Today").
_NAME_FINAL_STOPS = frozenset("Now Today Tonight".split())


def _stop_word_in_name(toks: list[_Tok], j: int) -> bool:
    """A capitalised stop word inside a run of name words ("Doctors Without Borders",
    "Hawaii News Now"), not a sentence opener or a date."""
    if j == 0 or toks[j].t.lower() in W.DAY_WORDS:
        return False
    prev = toks[j - 1].t
    if not (_is_cap(prev) and prev not in W.CAP_STOP and toks[j - 1].e + 1 == toks[j].s):
        return False
    nxt = toks[j + 1].t if j + 1 < len(toks) else ""
    if _is_cap(nxt) and nxt not in W.CAP_STOP:
        return True
    return toks[j].t in _NAME_FINAL_STOPS and j >= 2 and _is_cap(toks[j - 2].t)


def _np_lexical(toks, j, t, low, nxt) -> bool:
    """A listed modifier, head, title or organisation noun; a capitalised or hyphenated word."""
    if low in W.NP_MODIFIERS or low in W.ANONYMOUS_HEADS or low in W.TITLES or low in W.ORG_NOUNS:
        return True
    return _is_cap(t) or ("-" in t and t[0].isalpha())


def _np_possessive(toks, j, t, low, nxt) -> bool:
    """"the prime minister's office", "the territory's health ministry", "the families' forum"."""
    if low.endswith(("\u2019s", "'s")):
        if low[:-2] in W.TITLES or low[:-2] in W.ORG_NOUNS:
            return True
        nl = nxt.lower()
        return 0 < j and toks[j - 1].t.lower() == "the" and (nl in W.NP_MODIFIERS or nl in W.ORG_NOUNS or nl in W.TITLES)
    if t in ("\u2019", "'") and j > 0 and toks[j - 1].t.endswith("s") and toks[j - 1].e == toks[j].s:
        return True
    return (
        t.endswith("s") and nxt in ("\u2019", "'") and 0 < j and toks[j - 1].t.lower() == "the"
        and j + 1 < len(toks) and toks[j].e == toks[j + 1].s
    )


def _np_preposition(toks, j, t, low, nxt) -> bool:
    """"of the ...", "for Foreign Affairs", "in Cairo", "the first of them"."""
    if low in ("of", "for") and (nxt == "the" or _is_cap(nxt) or nxt.lower() in W.NP_MODIFIERS or nxt.lower() in W.ORG_NOUNS):
        return True
    if low in ("in", "at") and _is_cap(nxt) and nxt not in W.CAP_STOP:
        return True
    if low in ("by", "from") and 0 < j and toks[j - 1].t.lower() in _RELATIVE_DOC_HEADS and (
            nxt.lower() in ("the", "a", "an") or _is_cap(nxt) or nxt.lower() in W.ANONYMOUS_HEADS
            or nxt.lower() in W.NP_MODIFIERS):
        return True  # "a report by the agency", "a study by researchers at ..."
    counted = _ORDINALS | _QUANTIFIERS
    if low == "of" and nxt in ("them", "those") and 0 < j and toks[j - 1].t.lower() in counted:
        return True  # "the first of them", "one of them"
    return low in ("them", "those") and j > 1 and toks[j - 1].t.lower() == "of" and toks[j - 2].t.lower() in counted


def _np_abbreviation(toks, j, t, low, nxt) -> bool:
    """The point of "Dr.", "Gen.", "J." and of "A U.S. official" (not "in the U.S. Officials said")."""
    if not (t == "." and j > 0 and toks[j - 1].e == toks[j].s):
        return False
    prev = toks[j - 1].t
    if _ACRONYM.fullmatch(prev) and (nxt[:1].islower() or nxt.lower() in W.TITLES):
        return True  # "A U.S. official", "U.S. President X" (but "in the U.S. Officials said" is two sentences)
    if _ACRONYM.fullmatch(prev) and _dotted_acronym_in_name(toks, j, nxt):
        return True  # "the U.S. National Hurricane Center", "the U.K. Foreign Office"
    if prev.lower() in W.TITLES:
        return _is_cap(nxt)  # "Gen. Kamel", "Rep. Ann Lee"; not the full stop of "..., said a spokesman."
    if prev.lower() in W.NAME_SUFFIXES and j > 1 and _is_cap(toks[j - 2].t):
        return not _is_cap(nxt)  # "Roland Butler Jr. said", "Butler Jr., superintendent"; not "Butler Jr. The court"
    return len(prev) == 1 and prev.isupper()


def _dotted_acronym_in_name(toks: list[_Tok], j: int, nxt: str) -> bool:
    """A dotted acronym after an article and before a capitalised name word ("the U.S. Coast Guard"):
    part of the name. A source noun after it ("in the U.S. Officials said") opens a new clause."""
    low = nxt.lower()
    return (
        j > 1 and toks[j - 2].t.lower() in ("the", "a", "an") and _is_cap(nxt) and nxt not in W.CAP_STOP
        and low not in W.ANONYMOUS_HEADS and low not in W.PRONOUNS
    )


def _np_number_or_bracket(toks, j, t, low, nxt) -> bool:
    """"Channel 12", "the broadcaster channel 12", "the UN's humanitarian office (OCHA)"."""
    if _paren_acronym(toks, j) or _paren_affiliation(toks, j):
        return True
    if not (t.isdigit() and len(t) <= 3 and 0 < j):
        return False
    prev = toks[j - 1].t
    return _is_cap(prev) and prev not in W.CAP_STOP or prev.lower() in _NUMBERED_OUTLETS


def _np_conjunction(toks, j, t, low, nxt) -> bool:
    """"Egypt and Qatar", "residents and aid workers"."""
    if low != "and" or j == 0:
        return False
    prev = toks[j - 1].t
    if _is_cap(prev) and _is_cap(nxt) and nxt not in W.CAP_STOP:
        return True
    if _is_cap(prev) and (nxt == "other" or nxt == "the" and j + 2 < len(toks) and _is_cap(toks[j + 2].t)):
        return True  # "Ukraine and the United States", "the United States and other Western countries"
    return prev.lower() in W.ANONYMOUS_HEADS and (nxt.lower() in W.NP_MODIFIERS or nxt.lower() in W.ANONYMOUS_HEADS)


def _np_noun_modifier(toks, j, t, low, nxt) -> bool:
    """A plain word between a determiner and a source noun: "the district council", "an updated tally"."""
    if not (t.isalpha() and t.islower() and 0 < j):
        return False
    prev = toks[j - 1].t
    acronym = j > 1 and _ACRONYM_WORD.fullmatch(prev) is not None and toks[j - 2].t.lower() == "the"
    if not (prev.lower() in ("a", "an", "the") or (prev.lower() in W.NP_MODIFIERS and prev.islower()) or acronym):
        return False  # "the UN aid agency": an acronym may stand before the modifier too
    nl = nxt.lower()
    if prev.lower() in ("a", "an", "the") and _is_cap(nxt) and nxt not in W.CAP_STOP:
        return low not in _AUX  # "the new UN report", "an unclassified U.S. assessment"
    return low not in _AUX and (nl in W.ORG_NOUNS or nl in W.ANONYMOUS_HEADS or nl in W.TITLES)


def _np_compound(toks, j, t, low, nxt) -> bool:
    """A plain word inside a noun compound whose head is a source noun: "the state highway
    agency", "a county emergency management official", "city traffic data". Going back, plain
    words lead to an opening word (an article, a listed modifier or organisation noun);
    going on, plain words lead to the head; at most :data:`COMPOUND_WORDS` plain words in all.
    A phrase may also open with them ("preliminary figures from the commission")."""
    if not _compound_plain(t, low):
        return False
    a = j - 1
    while a >= 0 and j - a <= COMPOUND_WORDS and _compound_plain(toks[a].t, toks[a].t.lower()):
        a -= 1
    b = j + 1
    while b < len(toks) and b - a - 1 <= COMPOUND_WORDS and _compound_plain(toks[b].t, toks[b].t.lower()):
        b += 1
    if b >= len(toks) or b - a - 1 > COMPOUND_WORDS:
        return False
    head = toks[b].t.lower()
    if not (head in W.ORG_NOUNS or head in W.ANONYMOUS_HEADS or head in W.TITLES):
        return False
    if a < 0:
        return True  # the phrase opens with it: "according to preliminary figures from ..."
    opener = toks[a].t
    ol = opener.lower()
    return ol in ("a", "an", "the") or (opener.islower() and (ol in W.NP_MODIFIERS or ol in W.ORG_NOUNS))


#: Words that end a noun compound: function words, clause words and verbs.
_COMPOUND_BREAK = frozenset(
    """of in on at to for from by with without and or but nor that which who whom whose what when where as
    than into onto about after before over under between among during since until while if because so
    not no also only just its their his her our my your this these those there here it they he she we""".split()
)


def _compound_plain(t: str, low: str) -> bool:
    """A plain lower-case word that may stand inside a noun compound (not a source noun:
    those open or end one)."""
    return (t.isalpha() and t.islower() and low not in _AUX and low not in _COMPOUND_BREAK
            and low not in _FORM_TO_LEMMA and low not in W.ORG_NOUNS and low not in W.ANONYMOUS_HEADS
            and low not in W.TITLES and low not in W.NP_MODIFIERS and low not in W.PRONOUNS)


_TITLE_OR_BODY = W.TITLES | W.ORG_NOUNS


def _np_adjective_after_of(toks, j, t, low, nxt) -> bool:
    """"the chief executive of failed Silicon Valley Bank": "of" and one plain adjective before a name."""
    def plain(w: str) -> bool:
        return w.isalpha() and w.islower() and w not in _AUX and w not in W.PRONOUNS and w not in _FORM_TO_LEMMA

    def name_at(k: int) -> bool:
        return k < len(toks) and _is_cap(toks[k].t) and toks[k].t not in W.CAP_STOP

    def of_at(k: int) -> bool:  # "of" after a title or body: "the head of", not "thousands of"
        return 0 < k and toks[k].t.lower() in ("of", "for") and toks[k - 1].t.lower() in _TITLE_OR_BODY

    if of_at(j):
        return plain(nxt) and name_at(j + 2)
    return plain(t) and of_at(j - 1) and name_at(j + 1)


def _np_doc_wrapper(toks, j, t, low, nxt) -> bool:
    """"a copy of the letter", "a transcript of the call": the wrapper before "of"."""
    return low in _DOC_WRAPPERS and nxt == "of"


#: What lets a token into a speaker noun phrase (any one suffices; the tests are
#: pure, so their order is only speed: the one most often true comes first).
_NP_WORD_TESTS = (_np_lexical, _np_noun_modifier, _np_compound, _np_preposition, _np_possessive, _np_abbreviation, _np_number_or_bracket,
                  _np_conjunction, _np_adjective_after_of, _np_doc_wrapper)
_NP_WORD_TESTS_AFTER_LEXICAL = _NP_WORD_TESTS[1:]
#: The lowercase words :func:`_np_lexical` lets in (one set for one lookup).
_NP_LEXICAL_WORDS = W.NP_MODIFIERS | W.ANONYMOUS_HEADS | W.TITLES | W.ORG_NOUNS


_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,7}")


_AFFILIATION = re.compile(r"[DRI](?:-[A-Z][A-Za-z.]*(?:[ \t]*[A-Z][A-Za-z.]*)?)?\.?")


def _paren_affiliation(toks: list[_Tok], j: int) -> bool:
    """Token ``j`` is part of a party-and-state tag after a name: "Rep. Ro Khanna (D-Calif.)"."""
    o = next((k for k in range(j, max(-1, j - 6), -1) if toks[k].t == "("), -1)
    c = next((k for k in range(j, min(len(toks), j + 6)) if toks[k].t == ")"), -1)
    if o < 1 or c < 0 or c - o > 6 or any(toks[k].t in "()" for k in range(o + 1, c)):
        return False
    inner = "".join(toks[k].t for k in range(o + 1, c))
    return _AFFILIATION.fullmatch(inner) is not None and _is_cap(toks[o - 1].t)


def _paren_acronym(toks: list[_Tok], j: int) -> bool:
    """Token ``j`` is part of a bracketed acronym after a name: "(", "OCHA", ")"."""
    t = toks[j].t
    if t == "(":
        k = j + 1
    elif t == ")":
        k = j - 1
    else:
        k = j
    if not (0 < k - 1 and k + 1 < len(toks) and toks[k - 1].t == "(" and toks[k + 1].t == ")"):
        return False
    prev = toks[k - 2].t if k >= 2 else ""
    if not _ACRONYM_WORD.fullmatch(toks[k].t):
        # a short name in brackets after a body's name: "the National Water Commission (Conagua)"
        return _SHORT_NAME.fullmatch(toks[k].t) is not None and prev.lower() in W.ORG_NOUNS
    return _is_cap(prev) or prev.lower() in W.ORG_NOUNS


_SHORT_NAME = re.compile(r"[A-Z][a-z]{2,11}")


def _trim_np(toks: list[_Tok], a: int, b: int) -> tuple[int, int] | None:
    """Drop leading/trailing tokens that cannot open/close a noun phrase."""
    while a <= b and (toks[a].t.lower() in ("of", "for", "in", "at", "\u2019", "'") or toks[a].t in W.CAP_STOP):
        a += 1
    while b >= a and toks[b].t.lower() in ("of", "for", "in", "at", "the", "a", "an", "\u2019", "'"):
        b -= 1
    return (a, b) if a <= b else None


def _np_back(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """The noun phrase ending at token ``i``: (first, last) token indexes."""
    if i < 0:
        return None
    if toks[i].t.lower() in W.PRONOUNS:
        return (i, i)
    j = i
    while j >= 0 and i - j < MAX_NP_TOKENS and _np_word(toks, j):
        j -= 1
    return _trim_np(toks, j + 1, i)


def _np_forward(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i``."""
    if i >= len(toks):
        return None
    if toks[i].t.lower() in W.PRONOUNS:
        return (i, i)
    j = i
    while j < len(toks) and j - i < MAX_NP_TOKENS and _np_word(toks, j):
        j += 1
    return _trim_np(toks, i, j - 1)


_ORDINALS = frozenset("first second third fourth fifth other".split())
#: An age used as a noun: "the 34-year-old", "a 60-year-old".
_AGE_NOUN = re.compile(r"\d{1,3}-year-old")
#: Lowercase outlet nouns numbered like a name: "the Hebrew channel 12".
_NUMBERED_OUTLETS = frozenset("channel radio station".split())
_QUANTIFIERS = frozenset("one two three four five some many several most none all each either neither both any".split())


def _np_kind(words: list[str]) -> str | None:
    """"named", "anonymous", "pronoun", or None when not a plausible source."""
    return _np_kind_of(tuple(words))


#: Words that open no source's phrase: nobody or everybody, and "what" opening a subject clause.
_NO_SOURCE_OPENERS = frozenset("nobody none nothing everyone everybody anyone anybody what whatever".split())


@functools.lru_cache(maxsize=4096)
def _np_kind_of(words: tuple[str, ...]) -> str | None:
    """:func:`_np_kind` of a tuple (pure, so remembered: the same phrases recur)."""
    if not words:
        return None
    words = _drop_np_tail(words)
    low = [w.lower() for w in words]
    if not low or low[0] in _NO_SOURCE_OPENERS or " ".join(low[:2]) == "no one":
        return None  # "Nobody said a word", "What the mayor said next ...", "Everyone said"
    if len(words) == 1 and low[0] in W.PRONOUNS:
        return "pronoun"
    words, low = _np_head_part(words, low)
    if len(low) == 2 and low[0] in ("the", "a", "an") and _AGE_NOUN.fullmatch(low[1]):
        return "named" if low[0] == "the" else "anonymous"  # "the 34-year-old" (one just named), "a 60-year-old"
    if words[-1] == ")":  # "the National Water Commission (Conagua) of Mexico": the bracket before "of"
        words = _drop_np_tail(words)
        low = low[: len(words)]
    if len(low) == 2 and low[0] == "the" and low[1] in _ORDINALS:
        return "anonymous"  # "the other said", "the second said": one of the sources just named
    if len(low) == 3 and low[0] in _QUANTIFIERS | _ORDINALS and low[1] == "of" and low[2] in ("them", "those"):
        return "anonymous"  # "one of them added": one of the unnamed sources just cited
    if not _plausible_head(words, low):
        return None
    anon = _anonymous_kind(words, low)
    if anon is not None:
        return anon
    return _titled_or_named_kind(words, low)


def _authored(words: list[str]) -> bool:
    """"reports from the press service of the courts": documents from or by a named body (not a place:
    "reports from the region")."""
    low = [w.lower() for w in words]
    k = next((n for n in range(len(low) - 2) if low[n] in _RELATIVE_DOC_HEADS and low[n + 1] in ("from", "by")), None)
    if k is None:
        return False
    author, _ = _np_head_part(words[k + 2 :], low[k + 2 :])
    return author[-1].lower() not in W.POLITY_NOUNS and _np_kind(words[k + 2 :]) == "named"


def _drop_np_tail(words: list[str]) -> list[str]:
    """Without a trailing number, bracketed acronym or suffix's full stop ("Channel 12", "the News
    Agency (KUNA)", "Roland Butler Jr.")."""
    if len(words) > 2 and words[-1] == "." and words[-2].lower() in W.NAME_SUFFIXES:
        words = words[:-1]
    if len(words) > 1 and words[-1].isdigit() and (_is_cap(words[-2]) or words[-2].lower() in _NUMBERED_OUTLETS):
        words = words[:-1]
    if len(words) > 3 and words[-1] == ")" and "(" in words[-7:-2]:
        words = words[: len(words) - 1 - words[::-1].index("(")]  # "the agency (KUNA)", "Rep. Ann Lee (D-Ohio)"
    return words


#: Nouns standing for the document they wrap: "a copy of the letter", "a transcript of the call".
_DOC_WRAPPERS = frozenset("copy copies transcript transcripts draft summary version recording excerpt excerpts".split())


def _np_head_part(words: list[str], low: list[str]) -> tuple[list[str], list[str]]:
    """The phrase up to its head, before a prepositional post-modifier ("Diplomats in the region")."""
    for k, w in enumerate(low):
        if w == "of" and (low[k - 1] in _QUANTIFIERS or low[k - 1] in _DOC_WRAPPERS):
            continue  # "one of the sources", "a copy of the letter": the head comes after "of"
        if k > 0 and w in ("of", "in", "at", "from", "for", "with", "on"):
            return words[:k], low[:k]
    return words, low


def _plausible_head(words: list[str], low: list[str]) -> bool:
    """A capitalised word, a source noun, a title or an organisation noun ends the phrase."""
    last = low[-1]
    if last in W.NON_AGENT_HEADS and not (len(words) > 1 and _is_cap(words[-2])):
        return False  # "Aftershocks threatened to ...": a force, not a source
    if last in W.NON_SOURCE_HEADS and not (len(words) > 1 and _is_cap(words[-1]) and _is_cap(words[-2])):
        return False  # "the plan", but "the World Food Programme" is a name
    if not (_is_cap(words[-1]) or last in W.ANONYMOUS_HEADS or last in W.TITLES or last in W.ORG_NOUNS):
        return False
    return not (_is_cap(words[-1]) and words[-1] in W.CAP_STOP and not _name_final_stop(words))


def _name_final_stop(words: list[str]) -> bool:
    """"Hawaii News Now": a name ending in a capitalised stop word."""
    return len(words) >= 3 and words[-1] in _NAME_FINAL_STOPS and _is_cap(words[-2]) and _is_cap(words[-3])


#: A possessive ending written as a token of its own ("the rebels ' office").
_POSSESSIVE_MARKS = frozenset(("'", "\u2019", "'s", "\u2019s"))
#: A possessive inside the phrase makes its last noun owned by what comes before ("the militant group's armed wing").
_POSSESSIVE_ENDS = ("'s", "\u2019s", "s'", "s\u2019")


def _anonymous_kind(words: list[str], low: list[str]) -> str | None:
    """The kind of a phrase with a source noun ("officials", "a source"), or None without one."""
    anon = [k for k, w in enumerate(low) if w in W.ANONYMOUS_HEADS]
    if anon and _is_cap(words[anon[-1]]) and anon[-1] > 0 and _is_cap(words[-1]) and low[-1] not in W.ANONYMOUS_HEADS:
        anon = []  # a head word inside a proper name: "the Hostages and Missing Families Forum"
    if not anon:
        return None
    k = low.index("and") if "and" in low[1 : anon[-1]] else 0
    if k and low[k + 1] in ("other", "the") and _is_cap(words[k - 1]) and low[k - 1] not in W.ANONYMOUS_HEADS | W.NP_MODIFIERS:
        return "named"  # "the United States and other Western countries": a named party speaks too
    if low[anon[-1]] == "media" and anon[-1] > 0 and low[anon[-1] - 1] == "state":
        return "named"  # "the country's state media": the official news agency
    if low[0] == "the" and _capitalised_run(words, anon[-1]):
        return "named"  # "the Revolutionary Guards", "the National Guard": a source noun inside a name
    after = [w for w in words[anon[-1] + 1 :] if w not in _POSSESSIVE_MARKS]  # "the rebels' office"
    if any(_is_cap(w) and w.lower() not in W.NP_MODIFIERS for w in after):
        return "named"  # "party official Maria Lopez", "the militant group Harbat"
    owned = any(w in _POSSESSIVE_MARKS or w.endswith(_POSSESSIVE_ENDS) for w in words[anon[-1] + 1 : -1])
    if (0 < len(after) <= 2 or owned) and low[-1] in W.ORG_NOUNS:
        return "named"  # "the ministry's media office": the source noun only modifies a body
    return "anonymous"


def _capitalised_run(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` ends a run of two or more capitalised words after "the"."""
    return k >= 2 and all(_is_cap(w) for w in words[1 : k + 1])


#: Indefinite openers: "a spokesman", "one official" is an unnamed individual (anonymous).
_INDEFINITE = frozenset("a an one two three several some".split())


def _titled_or_named_kind(words: list[str], low: list[str]) -> str | None:
    """The kind of a phrase without a source noun: titles, spokespeople, names, bodies."""
    titles = [k for k, w in enumerate(low) if w in W.TITLES]
    if titles and low[titles[-1]] in W.SPOKESPEOPLE and low[0] not in _INDEFINITE:
        return "named"  # the spokesperson of a named body: "the army spokesman"
    if titles and low[0] in _INDEFINITE:
        after = words[titles[-1] + 1 :]
        if not (after and _is_cap(after[0])):
            return "anonymous"  # "a party spokesman"
    if any(_is_cap(w) and low[k] not in ("the", "a", "an") for k, w in enumerate(words)):
        return "named"
    if any(w in W.ORG_NOUNS or w in W.TITLES for w in low):
        return "named"
    return None


#: Determiners of a plain common-noun speaker ("the coroner", "an engineer") and the kind they give.
_COMMON_NOUN_DETERMINERS = {"the": "named", "a": "anonymous", "an": "anonymous",
                             "his": "anonymous", "her": "anonymous", "their": "anonymous"}  # "his publicist"
#: Possessive determiners: with them only a known source noun or title heads a speaker ("his lawyer").
_POSSESSIVE_DETERMINERS = frozenset("his her their".split())


def _case_kept(toks: list[_Tok]) -> list[str]:
    """The words of a phrase, lowercase except capitalised words after the first ("a Boeing door installer")."""
    return [t.t if k and _is_cap(t.t) else t.t.lower() for k, t in enumerate(toks)]


def _possessive_word(w: str) -> bool:
    """"striker's", "workers’": a plain word with a possessive mark."""
    base = w[:-2] if w.endswith(("'s", "\u2019s")) else w[:-1] if w.endswith(("s'", "s\u2019")) else ""
    return base.isalpha()


def _phrase_kind(phrase: str) -> str | None:
    """The kind of a source phrase: as a noun phrase (names, titles, source nouns), else as a common noun."""
    words = _words(phrase)
    return _np_kind(words) or _common_noun_kind([w.lower() for w in words])


def _common_noun_kind(low: list[str]) -> str | None:
    """A determiner and one to three plain lowercase words ("the coroner", "the bottling
    company", "an engineer"): a definite one is a unique role or body (named), an
    indefinite one an unnamed person (anonymous)."""
    if "of" in low[2:]:
        low = low[: low.index("of", 2)]  # "the panel of engineers": the head comes before "of"
    if not 2 <= len(low) <= 4 or (low[0] not in _COMMON_NOUN_DETERMINERS and low[0] not in _INDEFINITE):
        return None
    rest = low[1:]
    if not all(_plain_modifier(w) or _possessive_word(w) or _AGE_NOUN.fullmatch(w) for w in rest[:-1]) or not rest[-1].isalpha():
        return None  # a possessive may modify the head: "the striker's agent"
    if rest[-1] in W.NON_SOURCE_HEADS or rest[-1] in W.NON_AGENT_HEADS or rest[-1] in _AUX:
        return None
    if any(w in W.PRONOUNS or w in _NOT_OBJECT or (w.islower() and w.endswith(("ing", "ly"))) for w in rest):
        return None  # a capitalised name may end so: "a Boeing door installer"
    if low[0] in _POSSESSIVE_DETERMINERS and rest[-1] not in R.ANONYMOUS_HEADS and rest[-1] not in W.TITLES:
        return None  # "his publicist", "her lawyer"; not "his announcement"
    if low[0] in _INDEFINITE or (rest[-1].endswith("s") and not rest[-1].endswith("ss")):
        return "anonymous"  # "two engineers", "the engineers": unnamed people
    return _COMMON_NOUN_DETERMINERS[low[0]]


def _plain_modifier(w: str) -> bool:
    """A plain word or a hyphenated one before the head: "the two-time champion", "the long-serving mayor"."""
    return w.isalpha() or (w.count("-") == 1 and w.replace("-", "").isalpha())


def _subject_kind(words: list[str]) -> str | None:
    """The kind of a sentence subject before a reporting verb ("The coroner said")."""
    return _subject_kind_of(tuple(words))


@functools.lru_cache(maxsize=4096)
def _subject_kind_of(words: tuple[str, ...]) -> str | None:
    return _np_kind_of(words) or _common_noun_kind([w if k and _is_cap(w) else w.lower() for k, w in enumerate(words)])


def _postmod_end(text: str, pos: int, limit: int) -> int:
    """End of a speaker post-modifier starting at ``pos`` ("close to the talks",
    "who asked not to be named"): the next comma, stop or quote."""
    m = _POSTMOD_STOP.search(text, pos, min(limit, pos + POSTMOD_CHARS))
    end = m.start() if m else min(limit, pos + POSTMOD_CHARS)
    while end > pos and text[end - 1] in " \t":
        end -= 1
    return end


def _postmod_at(text: str, pos: int) -> bool:
    """Whether a speaker post-modifier starts at ``pos`` (after spaces)."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    frag = text[pos : pos + 40].lower()
    if not frag.startswith(W.FORWARD_POSTMOD_MARKERS):
        return False  # no marker opens it (one call for all of them)
    for mk in W.FORWARD_POSTMOD_MARKERS:
        if frag.startswith(mk) and (len(frag) == len(mk) or not frag[len(mk)].isalnum()):
            return True
    return False


#: Finite forms of the cues that take a bare clause ("said", "told").
_BARE_CUE_FORMS = frozenset(f for lemma in W.BARE_CONTENT_CUES for f in W.CUE_VERBS.get(lemma, ()) if " " not in f)


def _boundary_ok(toks: list[_Tok], a: int, text: str) -> str | None:
    """What precedes a speaker phrase starting at token ``a``.

    "start" (nothing in the window), "comma" (a comma or a quotation closing
    content), "clause" (a clause opener such as "which" or "but"), None when
    the phrase is inside something larger ("the leadership in Cairo").
    """
    if a == 0:
        return "start"
    t = toks[a - 1].t
    if t == ",":
        return "comma"
    if t in _CLOSE_Q or t in ('"', "'", "\u2019"):  # (single marks: "'We are ready,' he said")
        before = text[max(0, toks[a - 1].s - 1) : toks[a - 1].s]
        if before in (",", ".", "!", "?") or (a >= 2 and toks[a - 2].t == ","):
            return "comma"
        return None
    if t in ("-", "\u2013", "\u2014") and a >= 2:
        return "comma"
    if t in (";", ":", "(") or t in _OPEN_Q:
        return "clause"
    if (t == "." or _ACRONYM_DOT.fullmatch(t)) and _is_cap(toks[a].t):
        # text.sentences keeps "in the U.S. Officials said" / "10 a.m. Police said"
        # together: the full stop after an acronym still opens a clause here
        return "clause"
    if t == "." and toks[a].t == "the" and a >= 2 and len(toks[a - 2].t) > 3 and toks[a - 2].t.isalpha() \
            and toks[a - 2].t.islower() and toks[a - 2].e == toks[a - 1].s:
        return "comma"  # a full stop typed for the comma: "... surf conditions. the center added."
    if t.lower() in W.CLAUSE_OPENERS:
        return "clause"
    if t.lower() in _BARE_CUE_FORMS and a >= 2 and (toks[a - 2].t[:1].isalpha() or toks[a - 2].t in ")\u2013\u2014"):
        return "clause"  # the subject of a clause reported without "that": "said the agency told ..."
    return None


# --------------------------------------------------------------------------- rules and frames

#: Rule ids of the constructions that are not frames of a verb.
RULE_INVERSION = register(
    "claim.inversion", "claim", "content first, then the cue and the speaker", "“We are ready,” said the mayor."
)
RULE_CONTENT_BEFORE = register(
    "claim.content_before", "claim", "content first, then speaker and cue", "The dam will hold, the engineer said."
)
RULE_MID = register("claim.mid", "claim", "speaker and cue inside the content", "The talks, the source said, will resume.")
RULE_ACCORDING = register("claim.according_to", "claim", "according to X", "According to the coroner, nine died.")
RULE_AS_SAYING = register(
    "claim.as_saying", "claim", "X quoted Y as saying / Y was quoted as saying: Y speaks",
    "The paper quoted the mayor as saying the bridge was safe.",
)
RULE_PARTICIPLE = register(
    "claim.participle", "claim", "a speech participle of the sentence subject",
    "The ministry issued a statement, saying the border was closed.",
)
RULE_IMPERSONAL = register("claim.impersonal", "claim", "it was reported that ...", "It was reported that the pass had closed.")
RULE_CONTINUED = register(
    "claim.continued_quote", "claim", "a quotation resumed after its attribution, with the governing cue",
    "“We are tired,” she said. “We want to go home.”",
)
RULE_ADDING = register(
    "claim.adding", "claim", "a speech participle after an attribution opens a claim of the same speaker",
    "The toll is 40, officials said, adding that it could rise.",
)

RULE_WHAT_WAS = register(
    "claim.what_was", "claim", "what X said was C: X's description of the thing named after the copula",
    "The strike hit what the army said was a weapons depot.",
)

RULE_OUTLET = register(
    "claim.outlet_layer", "claim", "the outlet (or another party) reporting another speaker's claim (same content)",
    "The pilot said the engine failed, according to the newspaper.",
)

#: Rule id of each mode :func:`_after_cue` returns.
RULE_OF_MODE = {
    "that": register("claim.that", "claim", "X said (adjuncts) that C", "The mayor said on Monday that the road was open."),
    "quote": register("claim.quote", "claim", "X said: “C” / X said “C”", "The pilot said: “We lost an engine.”"),
    "colon": register("claim.colon", "claim", "X told Y: C", "A nurse told the paper: the ward is full."),
    "bare": register("claim.bare", "claim", "X said C (a clause without that)", "The mayor said the road was open."),
    "end": RULE_CONTENT_BEFORE,
    "mid": RULE_MID,
}

#: Frame handlers: frame name -> (rule id, function(text, i, end) -> content start or -1).
FRAME_HANDLERS: dict[str, tuple[str, object]] = {}


def _frame(name: str, rule_id: str, description: str, example: str):
    """Register the handler of the frame ``name`` (see :mod:`claimtrack.lexicon.reporting`)."""

    def deco(fn):
        assert name in R.FRAMES, name
        FRAME_HANDLERS[name] = (register(rule_id, "claim", description, example), fn)
        RULE_OF_MODE[name] = rule_id
        return fn

    return deco


#: Words that never open a noun-phrase object worth reporting ("denied it", "confirmed to").
_NOT_OBJECT = frozenset(
    "it this that to of in on at for from with by about as into over than and or but not no nothing "
    "after before during since until amid following despite under across through near "
    "little much so him her them us me what how why whether if when where "
    "within soon later again back ahead tomorrow tonight".split()  # adverbs: "is expected to report within weeks"
)
_OBJ_WORD = re.compile(r"[\w\u2019'-]+")
#: A qualifier of a figure (the figures extractor's own table) and the number after it: "at least 12".
_QUALIFIED_NUMBER = re.compile(
    r"(?:%s)[ \t]+(?:\d|(?:%s)\b)" % ("|".join(re.escape(q).replace(r"\ ", r"[ \t]+") for q in sorted(QUALIFIERS, key=len, reverse=True)),
                                    "|".join(sorted([*_numbers.UNITS, *_numbers.TENS], key=len, reverse=True))),
    re.I,
)
_QUALIFIER_WORDS = frozenset(q.split()[0] for q in QUALIFIERS)


@_frame("np_object", "claim.np_object", "reporting verb + noun-phrase object", "The coroner confirmed the deaths of two hikers.")
def _np_object(text: str, i: int, end: int) -> int:
    words = text[i:end].split(None, 3)
    if not words or not _OBJ_WORD.fullmatch(words[0].rstrip(",.")):
        return -1
    if len(words) < 2 and (words[0].rstrip(".").lower() in W.DAY_WORDS or not words[0].endswith(".")):
        return -1  # one word: "denied responsibility." but not "announced Monday."
    first = words[0].lower()
    if first in _QUALIFIER_WORDS and _QUALIFIED_NUMBER.match(text, i, end):
        return i  # a figure: "local media reported at least 12 dead", "reported more than 40 cases"
    if first in _NOT_OBJECT or first in W.PRONOUNS or first in _AUX or first.endswith(("ly", "ed")) or first in _FORM_TO_LEMMA:
        return -1  # "UN report warns of ...": "report" is a noun here, "warns" the verb
    if first in R.NON_REPORT_OBJECTS:
        return -1  # "UN report warns of ...": "report" is a noun here, "warns" the verb
    if first == "the" and len(words) == 2 and words[1].rstrip(".!?").lower() in R.ANAPHORIC_OBJECTS:
        return -1  # "the agency confirmed the news.": the object only points back
    return i


@_frame("of", "claim.of_complement", "X verb Y of Z: the 'of' complement", "The union accused the board of hiding losses.")
def _of_complement(text: str, i: int, end: int) -> int:
    m = _OF_COMPLEMENT.match(text, i, end)
    return m.start(1) if m else -1


_OF_COMPLEMENT = re.compile(r"(?:(?!of\b)[\w\u2019'-]+[ \t]+){1,5}?(of)[ \t]+[\u201c\"]?\w")  # (of \u201clying\u201d)


@_frame("of_topic", "claim.of_topic", "X warned of Z: the 'of' topic right after the verb", "Doctors warned of an outbreak.")
def _of_topic(text: str, i: int, end: int) -> int:
    m = _OF_TOPIC.match(text, i, end)
    return i if m and m.group(1).lower() not in _NON_CONTENT_OBJECTS else -1


@_frame("infinitive", "claim.infinitive", "reporting verb + to-infinitive", "The rebels claim to have downed a drone.")
def _infinitive(text: str, i: int, end: int) -> int:
    return i if _INFINITIVE.match(text, i, end) else -1


@_frame("put_at", "claim.put_at", "X put the number at N", "The agency put the toll at 93.")
def _put_at(text: str, i: int, end: int) -> int:
    return i if _PUT_AT.match(text, i, end) else -1


_PUT_AT = re.compile(
    r"(?:[\w\u2019'-]+[ \t]+){1,6}?at[ \t]+(?:(?:about|around|nearly|almost|some|over|roughly|least|more|than|at)[ \t]+){0,3}"
    r"(?:\d|(?:%s)(?![\w-]))" % "|".join(sorted([*_numbers.UNITS, *_numbers.TENS], key=len, reverse=True))  # "at seven"
)


@_frame("describe_as", "claim.describe_as", "X described Y as W", "The minister described the talks as frank.")
def _describe_as(text: str, i: int, end: int) -> int:
    return i if _DESCRIBE_AS.match(text, i, end) and _np_object(text, i, end) >= 0 else -1


_DESCRIBE_AS = re.compile(r"[^,.;:!?\n]{1,80}?[ \t]as[ \t]+[\w\u201c\"]")


@_frame("name_quote", "claim.name_quote", "X called Y “W”: a quoted description", "The senator called the bill \u201ca disgrace.\u201d")
def _name_quote(text: str, i: int, end: int) -> int:
    if _PRONOUN_NAME_QUOTE.match(text, i, end):
        return i  # "called it “a disgrace”", "calling them \"heroes\""
    return i if _NAME_QUOTE.match(text, i, end) and _np_object(text, i, end) >= 0 else -1


_PRONOUN_NAME_QUOTE = re.compile(r"(?:it|them|him|this)[ \t]+(?:an?[ \t]+)?[\u201c\"]\w")


#: One to six words, then a quotation opens: "the bill “a disgrace”", "the ruling \"a victory\"";
#: not a bare determiner before it ("which he called his “top priority”": the object is the relative).
_NAME_QUOTE = re.compile(
    r"(?!(?:his|her|its|their|my|our|your|the|a|an)[ \t]+[\u201c\"])(?:[\w\u2019'-]+[ \t]+){1,6}?[\u201c\"]\w"
)


@_frame("call_on", "claim.call_on", "X called on / urged Y to Z", "The mayor called on residents to stay indoors.")
def _call_on(text: str, i: int, end: int) -> int:
    return i if _CALL_ON.match(text, i, end) and _np_object(text, i, end) >= 0 else -1


_CALL_ON = re.compile(r"[^,.;:!?\n]{1,80}?[ \t]to[ \t]+[a-z]")


def _frame_content(text: str, i: int, end: int, frames) -> tuple[str, int]:
    """The first of the verb's object frames that fits at ``i``: (frame, content start)."""
    for name in sorted(frames & FRAME_HANDLERS.keys(), key=lambda n: (n == "np_object", n)):
        cs = FRAME_HANDLERS[name][1](text, i, end)
        if cs >= 0:
            return name, cs
    return "", -1


# --------------------------------------------------------------------------- the cue after


def _after_cue(text: str, pos: int, end: int, lemma: str) -> tuple[str, int]:
    """Classify what follows a cue ending at ``pos`` (``end`` = unit end).

    Returns (mode, content_start): mode "that", "quote", "colon", "bare" with
    the content start; "end" when the cue closes the clause; "" otherwise.
    """
    frames = R.VERB_FRAMES.get(lemma, R.SPEECH_FRAMES)
    mode, cs = _after_cue_modes(text, pos, end, lemma, frames)
    if mode in R.SPEECH_MODES and R.SPEECH_MODES[mode] not in frames:
        return "", -1
    return mode, cs


def _after_cue_modes(text: str, pos: int, end: int, lemma: str, frames) -> tuple[str, int]:
    limit = min(end, pos + FORWARD_WINDOW)
    c1_pos = pos
    pos = _skip_recipient_and_adjuncts(text, pos, limit, frames)
    if pos < 0:
        return "", -1
    i = _content_position(text, c1_pos, pos, limit)
    marked = _marked_content(text, i, end, limit)
    if marked is not None:
        return marked
    return _unmarked_content(text, pos, i, end, limit, lemma, frames)


def _skip_recipient_and_adjuncts(text: str, pos: int, limit: int, frames) -> int:
    """Position after the recipient ("told reporters") and adjuncts ("on Sunday");
    -1 when a verb that needs a recipient has none."""
    if "recipient" in frames:
        m = _RECIPIENT_RE.match(text, pos, limit)
        if not m:
            t = _past_title_quote(text, pos, limit)  # "told the "Morning Ledger" that"
            if t == pos:
                t = _object_before_that(text, pos, limit)  # any short object before "that": "told aides that"
            if t == pos:
                return -1
            pos = t
        else:
            pos = m.end()
            of = _OF_NEXT.match(text, pos, limit)
            if of is not None:  # "told a meeting of staff that"
                j = _object_before_that(text, of.end() - 1, limit)
                pos = j if j > of.end() else pos
    else:
        m = _TO_RECIPIENT_RE.match(text, pos, limit)  # "explained to the press that"
        if m:
            pos = m.end()
        elif "object_that" in frames:
            pos = _object_before_that(text, pos, limit)  # "warned investors on Friday that"
        else:
            m = _CLAIM_NOUN_OBJECT.match(text, pos, limit)
            pos = m.end() if m else pos  # "reiterated the president's claim that"
    for _ in range(MAX_ADJUNCTS):
        m = _ADJUNCT_RE.match(text, pos, limit)
        nxt = m.end() if m and m.end() > pos else _past_title_quote(text, pos, limit)
        if nxt == pos:
            break
        pos = nxt
    return pos


_OF_NEXT = re.compile(r"[ \t]+of[ \t]")
#: An object naming a claim whose "that" clause the verb reports: "reiterated the president's claim that",
#: "repeated his earlier assertion that" (one or two words of a possessor before the noun).
_CLAIM_NOUN_OBJECT = re.compile(
    r"[ \t]+(?:(?:the|his|her|its|their)[ \t]+)?(?:(?:[\w.-]+[ \t]+)?[\w.-]+[\u2019']s?[ \t]+)?(?:earlier[ \t]+|previous[ \t]+|own[ \t]+)?"
    r"(?:claims?|assertions?|allegations?|accusations?|arguments?|insistence|contention|view|position|warnings?)(?=[ \t]+that(?!\w))"
)
#: One word of a recipient object after the cue ("warned investors", "reminded the jury").
_OBJECT_WORD = re.compile(r"[ \t]+([\w\u2019'.-]+)")
_THAT_NEXT = re.compile(r"[ \t]*,?[ \t]*that(?!\w)")


def _object_before_that(text: str, pos: int, limit: int) -> int:
    """Past a recipient object of one to OBJECT_THAT_WORDS words when adjuncts and "that" follow
    it ("warned investors on Friday that", "assured its customers that"), else ``pos``."""
    j = pos
    for _ in range(OBJECT_THAT_WORDS):
        m = _OBJECT_WORD.match(text, j, limit)
        if m is None:
            break
        w = m.group(1).lower()
        if w == "that" or w in _FORM_TO_LEMMA or w in _AUX or w in _NOT_OBJECT_WORDS:
            break
        j = m.end()
        t = _THAT_NEXT.match(text, _skip_adjuncts(text, j, limit), limit)
        if t is not None:
            return pos if _RELATIVE_THAT.match(text, t.end(), limit) else j  # not "warned residents that were"
    return pos


def _skip_adjuncts(text: str, pos: int, limit: int) -> int:
    for _ in range(MAX_ADJUNCTS):
        m = _ADJUNCT_RE.match(text, pos, limit)
        if not m or m.end() == pos:
            break
        pos = m.end()
    return pos


_TITLE_QUOTE_PREP = re.compile(
    r"[ \t]*(?:(?:on|with|to|in|from)[ \t]+)?(?:the[ \t]+)?(?:(?:[A-Z][\w.&-]*[ \t]+){0,3}[A-Z][\w.&-]*['\u2019]s?[ \t]+)?"
)  # "on ABC News' ", "with NBC's "


def _past_title_quote(text: str, pos: int, limit: int) -> int:
    """Past a quoted programme title at ``pos`` ("told CBS's "Face the Nation" on Sunday"), else ``pos``."""
    p = _TITLE_QUOTE_PREP.match(text, pos, limit)
    i = p.end() if p else pos
    if i >= limit or text[i] not in _OPEN_Q + '"':
        return pos
    m = _QCHAR.search(text, i + 1, limit)
    return m.end() if m is not None and _title_quote(text, (i, m.end())) else pos


def _content_position(text: str, c1_pos: int, pos: int, limit: int) -> int:
    """Where the content marker or content starts, past a comma before "that"
    and a short prepositional gap ("assured before the vote that")."""
    i = pos
    while i < limit and text[i] in " \t":
        i += 1
    if pos > c1_pos and _COMMA_THAT.match(text, i, limit):
        i += 1  # "reports, without citing sources, that"
        while i < limit and text[i] in " \t":
            i += 1
    if not _THAT.match(text, i, limit):
        g = _PP_GAP_RE.match(text, pos, limit) or _PP_GAP_RE.match(text, c1_pos, limit)
        if g is not None and _CONJUNCTION.search(text, c1_pos, g.end()):
            g = None  # "said on Monday and stressed that": the "that" belongs to the second verb
        if g is not None and g.group(1).lower() not in _NOUN_COMPLEMENT_HEADS and not _RELATIVE_VERB_AFTER.match(text, g.end(), limit):
            i = g.end() - 4  # "assured before the vote that", "considered, in statements to X, that"
    return i


_AND_QUOTE = re.compile(r",[ \t]+and[ \t]+[\u201c\"]")


def _marked_content(text: str, i: int, end: int, limit: int) -> tuple[str, int] | None:
    """Content opened by "that", a colon or a quotation mark: (mode, content start)."""
    rest = text[i:limit]
    if _THAT.match(rest):
        j = i + 4
        while j < end and text[j] in " \t,":
            j += 1
        return ("that", j) if j < end else ("", -1)
    and_q = _AND_QUOTE.match(rest)  # "C, he said, and \u201cD.\u201d": D is quoted after the cue
    if rest[:1] == ":" or (rest[:2] == ", " and rest[2:3] != "" and rest[2:3] in _ANY_Q) or and_q:
        j = i + (and_q.end() - 1 if and_q else 1)
        while j < end and text[j] in " \t,":
            j += 1
        if j < end and text[j] in _ANY_Q:
            return ("quote", j)
        if rest[:1] == ":" and j < end:
            return ("colon", j)
    if rest and (rest[0] in _OPEN_Q or rest[0] == '"'):
        return ("quote", i)
    return None


#: A second reporting verb coordinated with the cue: "and stressed", "but added".
_SECOND_CUE = re.compile(
    r"(?:and|but)[ \t]+(?:(?:also|then|later|further)[ \t]+)?(?:"
    + "|".join(re.escape(f) for f in sorted(_FORM_TO_LEMMA, key=len, reverse=True) if f[:1].islower())
    + r")(?![\w-])"
)

#: Words that never open a bare reported clause ("said to reporters", "said of the plan").
_NOT_BARE_OPENERS = frozenset("to by of in on at for with from and or but outside inside near behind beside across because about whether".split())
#: Words that end a recipient object: prepositions open an adjunct ("warned in a speech that").
_NOT_OBJECT_WORDS = _NOT_BARE_OPENERS - {"and"}


#: Words that qualify a number opening the content rather than an adjunct ("said about 200 people ...").
_NUMBER_MODIFIERS = frozenset("about around over nearly almost roughly some under approximately".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands a half".split())


#: An absolute phrase or "with" adjunct closing the sentence after the cue ("..., her voice breaking.",
#: "..., with tears in his eyes."): no content resumes after it.
_ABSOLUTE_AFTER = re.compile(
    r",[ \t]*(?:(?:his|her|their|its|the|a|an)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]+\w+ing|with(?:out)?[ \t][^,;:]*)[ \t]*[.!?]?[ \t]*$"
)


def _unmarked_content(text: str, pos: int, i: int, end: int, limit: int, lemma: str, frames) -> tuple[str, int]:
    """No marker after the cue: the clause ends ("end", "mid"), an object frame, or a bare clause."""
    rest = text[i:limit]
    tail = text[i:end].strip(" \t.!?\u201d\"\u2019)\u00bb")
    if not tail or _PARTICIPLE_RE.match(text, pos, limit):
        return ("end", -1)
    if rest[:1] == ",":  # "The talks, the source said, will resume"; but "..., she told reporters, her voice breaking."
        return ("end", -1) if _ABSOLUTE_AFTER.match(text, i, limit) else ("mid", -1)
    words = tail.split(None, 9)
    first = words[0].lower().strip(",") if words else ""
    if first.strip("'\u2018\u2019") in _NON_CONTENT_OBJECTS:
        return ("", -1)  # "said little about", "said nothing", "said so"
    if first in ("and", "but") and _SECOND_CUE.match(text, i):
        return ("end", -1)  # "“...,” X said and stressed that ...": the first clause ends
    if _ends_before(first, words, tail) or _participle_after_object(text, i, words):
        return ("end", -1)
    first = _number_opener(first, words)
    frame, fcs = _frame_content(text, i, end, frames)
    if frame:
        return frame, fcs
    if "bare" in frames and _fronted_adjunct_clause(text, i, limit):
        return ("bare", i)  # "said based on sonar scans, the cars are buried": the adjunct opens the content
    if _closing_adjunct(first, words, tail):
        return ("end", -1)
    past = _past_recipient(tail, words, frames)
    if past >= 0:
        return ("bare", i + past)  # "warned investors they could ...": past the recipient
    sq = 1 if rest[:1] in ("'", "\u2018") and rest[1:2].isalpha() else 0  # "said 'gaps' remain": a scare quote opens it
    if rest[sq : sq + 1].isalnum() and len(words) >= 3 and first.strip("'\u2018") not in _NOT_BARE_OPENERS \
            and _bare_clause_at(text, i + sq, limit, lemma, frames):
        return ("bare", i)
    return ("", -1)


#: A fronted adjunct of the reported clause, closed by a comma: "based on the scans,", "if talks fail,".
_FRONTED_ADJUNCT = re.compile(
    r"(?:based[ \t]+on|because[ \t]+of|due[ \t]+to|despite|if|unless|once|without)[ \t]+"
    r"[^,.;:!?\n\"\u201c\u201d]{1,60},[ \t]+"
)


def _fronted_adjunct_clause(text: str, i: int, limit: int) -> bool:
    """After the cue, a fronted adjunct and its comma, then a clause ("said if the talks fail, the
    strike will go on"), not an adjunct of the cue closing the sentence."""
    m = _FRONTED_ADJUNCT.match(text, i, limit)
    if m is None:
        return False
    words = [w.strip(_ANY_Q) for w in text[m.end() : limit].split(None, 9)]
    words = [w for w in words if w and not (w.islower() and w.endswith("ly"))]  # "authorities “firmly” believe"
    return _looks_like_clause(words) or _bare_past_clause(words[:5]) or any(_finite_form(w.lower()) for w in words[1:4])


def _number_opener(first: str, words: list[str]) -> str:
    """The first word after the cue, or a stand-in when a qualified number opens the content
    ("said at least 90 people", "said about 200", "said as many as 40": a number, not an adjunct)."""
    if first == "at" and len(words) > 1 and words[1].lower() in ("least", "most"):
        return "at least"
    if first in _NUMBER_MODIFIERS and len(words) > 1 and (words[1][:1].isdigit() or words[1].lower() in _NUMBER_WORDS):
        return "about 200"
    if first == "as" and len(words) > 3 and words[1].lower() in _AS_AS_WORDS and words[2].lower() == "as":
        return "about 200"
    return first


def _closing_adjunct(first: str, words: list[str], tail: str) -> bool:
    """Only an adjunct follows the cue ("said on Monday", "told AFP in the aftermath of the strike that killed 45")."""
    if any(q in tail for q in _ANY_Q):
        return False
    if first in W.TRAILING_ADJUNCT_OPENERS and len(words) <= 8 and "that" not in words:
        return True
    return first in _CLOSING_PREPOSITIONS and _ADJUNCT_WITH_RELATIVE.match(tail) is not None


def _bare_clause_at(text: str, i: int, limit: int, lemma: str, frames) -> bool:
    """A clause without "that" starts at ``i`` right after the cue ("said the road was open")."""
    if _participle_opener(text, i, limit, lemma):
        return False
    return (lemma in W.BARE_CONTENT_CUES or _looks_like_clause(text[i:limit].split(None, 8))
            or _bare_past_clause(text[i:limit].split(None, 4))
            or ("np_object" not in frames and _indefinite_past_clause(text[i:limit].split(None, 5))))


def _ends_before(first: str, words: list[str], tail: str) -> bool:
    """"..., state TV said citing a statement", "said ... because he was not allowed to", "..., police said
    on Friday according to the agency": the clause before the cue is the content."""
    if first in ("citing", "quoting", "because"):
        return True
    if first == "as" and len(words) > 2 and _as_clause(words[1]):
        return True  # "..., authorities said as the toll continued to climb": a time clause, not content
    return first == "according" and len(words) > 1 and words[1].lower() == "to" and not _finite_clause(tail)


def _participle_after_object(text: str, i: int, words: list[str]) -> bool:
    """A participial phrase after the cue's recipient or adjunct ("told the paper in an interview
    recounting the night"), not a gerund subject right after the cue ("said supporting the families ...")."""
    first = words[0]
    if not (first.endswith("ing") and first.isalpha() and first.islower() and len(words) > 1):
        return False
    if words[1].lower() not in _PARTICIPLE_OBJECTS or _finite_clause(" ".join(words[2:5])):
        return False
    before = text[max(0, i - 30) : i].split()
    return bool(before) and before[-1].strip(",").lower() not in _FORM_TO_LEMMA


#: "as many as 40", "as much as $2 billion", "as high as 120": a bound on a number.
_AS_AS_WORDS = frozenset("many much few little high low long far".split())
#: What opens the object of a participle after a cue ("recounting the night", "describing how ...").
_PARTICIPLE_OBJECTS = frozenset("the a an his her their its how what why".split())
#: Words after "as" that open a clause of time or manner ("as the toll rose", "as they waited"), not
#: "as many as", "as of Monday" or "as a result" (content).
_AS_CLAUSE_OPENERS = frozenset("the his her their its he she they it we rescuers crews families".split())


def _as_clause(word: str) -> bool:
    return word.lower() in _AS_CLAUSE_OPENERS or (_is_cap(word) and word not in W.CAP_STOP)


_AS_NEXT = re.compile(r"[ \t]+as[ \t]+([\w\u2019'-]+)")


def _as_clause_after(text: str, pos: int, end: int) -> bool:
    """A time clause follows the cue: "..., the coast guard said as divers searched the wreck"."""
    m = _AS_NEXT.match(text, pos, end)
    return m is not None and (_as_clause(m.group(1)) or m.group(1).islower() and m.group(1).endswith("s"))


def _past_recipient(tail: str, words: list[str], frames) -> int:
    """Offset in ``tail`` of a clause opened by a subject pronoun after a recipient of one to three
    plain words ("investors they could", "the group it would") of a verb that takes one, or -1."""
    if "object_that" not in frames:
        return -1
    k = next((k for k in range(1, 4) if k < len(words) - 2 and words[k] in _SUBJECT_PRONOUNS), 0)
    if not k or not all(w.isalpha() and w.lower() not in _AUX and w.lower() not in _NOT_OBJECT for w in words[:k]):
        return -1
    return len(tail) - len(tail.split(None, k)[k])


def _participle_opener(text: str, i: int, limit: int, lemma: str) -> bool:
    """The words after the cue open with a participle ("reported closed yesterday"), not a
    clause; after "say"/"tell"/"add" an -ed adjective may open the clause's subject
    ("said uninsured depositors will be paid", "said injured workers were flown out")."""
    words = text[i:limit].split(None, 8)
    if not words or not words[0][:1].islower() or not words[0].strip(",").endswith("ed"):
        return False  # "said United Nations staff would leave": a name, not a participle
    return not (lemma in W.BARE_CONTENT_CUES and len(words) > 2 and words[1][:1].islower() and _looks_like_clause(words))


#: A short prepositional phrase between a cue and "that" ("said in response that",
#: "assured before the vote that", "considered, in statements to Asharq Al-Awsat, that").
_PP_TOKEN = r"[^\s,.;:!?\"\u201c\u201d\u00ab\u00bb()]+(?:\.[^\s,.;:!?\"\u201c\u201d\u00ab\u00bb()]+)*\.?"
_PP_GAP_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:in|before|after|during|at|on|through|via|with|from|under|following|amid|over)[ \t]+"
    r"(?:" + _PP_TOKEN + r"[ \t]+){0,7}?(" + _PP_TOKEN + r")"
    r"(?:[ \t]*,[ \t]*[A-Z][\w\u2019'-]*(?:[ \t]+[A-Z][\w\u2019'-]*){0,3}[ \t]*(?=,))?"  # "through its ambassador, Héctor Lasarte,"
    r"[ \t]*,?[ \t]*that(?!\w)"
)
_CONJUNCTION = re.compile(r"(?<![\w-])(?:and|but|or)(?![\w-])")
#: Nouns whose "that" opens their own complement, not the reported clause ("in the hope that").
_NOUN_COMPLEMENT_HEADS = frozenset(
    "hope hopes fact belief idea news assurance assurances condition grounds knowledge understanding "
    "sense view expectation expectations event case way time manner light wake knowledge".split()
)
#: "that" as a relative pronoun: "said in the report that was published".
_RELATIVE_THAT = re.compile(r"[ \t]+(?:was|were|is|are|has|had|have|will|would|can|could)(?!\w)")
#: A verb right after "that" (an auxiliary, or a past form before "to", a determiner or a number):
#: "that" is then a relative pronoun ("a delay that threatened to ..."), not the complementizer,
#: which a subject follows ("that armed men had ...").
_RELATIVE_VERB_AFTER = re.compile(
    _RELATIVE_THAT.pattern + r"|[ \t]+[a-z]+ed[ \t]+(?:to|the|a|an|his|her|its|their|in|on|at|by|with|into|from|over|for|\d)(?![a-z])"
)


_SUBJECT_PRONOUNS = frozenset("it he she they we".split())
#: Objects of "say" that are not a reported clause ("said little publicly").
_NON_CONTENT_OBJECTS = frozenset("little nothing much so otherwise goodbye hello".split())

_AUX = frozenset(
    "is are was were will would could can may might should must had has have did does do shall".split()
) | frozenset(  # negated forms: "said investors won't be bailed out"
    w.replace("'", q)
    for w in "isn't aren't wasn't weren't won't wouldn't couldn't can't cannot mightn't shouldn't mustn't hadn't hasn't haven't didn't doesn't don't".split()
    for q in "'\u2019"
)


def _looks_like_clause(words: list[str]) -> bool:
    """"the situation was catastrophic" (a clause) vs "the need for calm"."""
    for k, w in enumerate(words[:6]):
        lw = w.lower().strip(",.\u201c\u201d\"")
        if lw in ("who", "which", "that", "whose"):
            return False
        if lw in _AUX:
            return k > 0
    return False


_PRESENT_SUBJECT_OPENERS = frozenset("the its their his her our this".split())
_PRESENT_OBJECT_OPENERS = frozenset("to a an the that no more its their his her".split())


def _pronoun_clause(words: list[str]) -> bool:
    """"it expects the figure to rise", "they had no warning": a subject pronoun and a plain lowercase verb."""
    return (len(words) >= 2 and words[0].lower() in _SUBJECT_PRONOUNS and words[1].isalpha() and words[1].islower()
            and words[1] not in _NOT_OBJECT)


_SUBJECT_PRONOUNS = frozenset("he she it they we i".split())


def _present_clause(words: list[str]) -> bool:
    """"the public deserves to know": a determiner, one noun, a present verb in -s and its
    object or infinitive (not "the new rules for", a noun phrase)."""
    if len(words) < 4 or words[0].lower().strip(_ANY_Q) not in _PRESENT_SUBJECT_OPENERS:
        return False
    noun, verb, nxt = words[1], words[2].strip(_ANY_Q), words[3].lower().strip(_ANY_Q)
    return (noun.isalpha() and noun.islower() and verb.isalpha() and verb.islower()
            and verb.endswith("s") and not verb.endswith("ss") and nxt in _PRESENT_OBJECT_OPENERS)


def _bare_past_clause(words: list[str]) -> bool:
    """"its fighters fired a barrage" after "claims": a subject of one or two
    words and a past-tense verb (not "the attack, which killed")."""
    if len(words) < 3 or words[0].lower() not in ("its", "their", "his", "her", "the", "our"):
        return False
    for w in words[1:3]:
        if not w.isalpha():
            return False
        if w.islower() and w != words[1] and (w.endswith("ed") or w in _IRREGULAR_PAST):
            return True
    return False


def _indefinite_past_clause(words: list[str]) -> bool:
    """"acknowledged a “tragic mishap” occurred during the raid": an indefinite subject of one or
    two plain words (quoted or not), then a past verb and an adjunct; after a cue that takes no
    noun-phrase object, that is a clause (not "a mishap caused by", a passive participle)."""
    w = [x.strip(_ANY_Q + ",") for x in words]
    if len(w) < 4 or w[0].lower() not in ("a", "an"):
        return False
    for k in (2, 3):
        verb, nxt = w[k], (w[k + 1].lower() if k + 1 < len(w) else "")
        if verb.isalpha() and verb.islower() and (verb.endswith("ed") or verb in _IRREGULAR_PAST):
            return nxt in W.TRAILING_ADJUNCT_OPENERS and nxt != "by" and all(x.isalpha() for x in w[1:k])
    return False


def _content_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " \t\n.,;:":
        e -= 1
    return e


def _content_start(text: str, s: int, e: int) -> int:
    while s < e and text[s] in " \t\n,;:-\u2013\u2014":
        s += 1
    return s


# --------------------------------------------------------------------------- constructions


def _widen(toks: list[_Tok], a: int, text: str) -> int | None:
    """Move a noun phrase start left to the clause start over a few words that
    cannot be verbs ("Ruritania's war cabinet minister Jan Novak said")."""
    start = a
    for _ in range(WIDEN_WORDS):
        if a == 0 or _boundary_ok(toks, a, text) is not None:
            break
        w = toks[a - 1].t
        lw = w.lower()
        if (
            not w[0].isalnum()
            or lw in _AUX
            or lw in _FORM_TO_LEMMA
            or lw in ("to", "not", "no")
            or lw in W.CLAUSE_OPENERS
            or (w[0].islower() and lw.endswith(("ed", "ing")) and "-" not in lw and lw not in W.NP_MODIFIERS)
            or lw in W.PRONOUNS
        ):
            break
        a -= 1
    if a == start or _boundary_ok(toks, a, text) is None:
        return None
    if toks[a].t.lower() in ("of", "in", "for", "at", "on", "by", "from", "with"):
        return None
    return a


def _descriptive(words: list[str]) -> bool:
    """A role description rather than a name ("the Middle East director of the NRC",
    "Assistant Minister for Development Affairs")."""
    low = [w.lower() for w in words]
    return low[0] in ("the", "a", "an") or any(w in W.TITLES for w in low) or any(
        w[:1].islower() and w not in W.NAME_PARTICLES_LOWER for w in words
    )


def _subject_before_appositive(toks: list[_Tok], a: int, text: str):
    """The definite subject opening the clause before an indefinite appositive at token ``a``
    ("The minister, a former lawyer who took office in May, said"): ((first, last), "start") or None."""
    if a < 3 or toks[a - 1].t != "," or toks[0].t.lower() != "the" or any(t.t == "," for t in toks[: a - 1]):
        return None
    words = [t.t for t in toks[: a - 1]]
    if _boundary_ok(toks, 0, text) != "start" or _subject_kind(words) not in ("named", "anonymous"):
        return None
    return (0, a - 2), "start"


def _untitled(words: list[str]) -> list[str]:
    """The words of a name after its leading titles and their full stops ("Dr. Amir Khan" -> "Amir Khan")."""
    k = 0
    while k < len(words) - 1 and (words[k] == "." or words[k].lower().rstrip(".") in W.TITLES):
        k += 1
    return words[k:] if k and _is_cap(words[k]) else (words if not k else [])


def _name_before_appositive(toks: list[_Tok], a: int, text: str):
    """The personal or organisation name in the comma segment before token ``a``
    (which opens an appositive): ((first, last), boundary) or None."""
    if a < 2 or toks[a - 1].t != ",":
        return None
    np = _np_back(toks, a - 2)
    if np is None or np[1] != a - 2 or np[1] - np[0] > 5:
        return None
    words = [t.t for t in toks[np[0] : np[1] + 1]]
    name = _untitled(words)  # "Dr. Amir Khan, an epidemiologist who ..., said": the titled name speaks
    if not name or not all(_is_cap(w) or w.lower() in W.NAME_PARTICLES_LOWER for w in name) or _descriptive(name):
        return None
    if any(w.lower() in W.ORG_NOUNS or w.lower() in W.ANONYMOUS_HEADS for w in words):
        return None
    b = _boundary_ok(toks, np[0], text)
    if b is None or _np_kind(words) != "named":
        return None
    return np, b


def _speaker_before(text: str, unit: tuple[int, int], c0: int):
    """Find the speaker phrase ending right before the cue at ``c0``.

    Returns (sp_start, sp_end, core_words, boundary) or None.
    """
    found = _speaker_before_in(text, unit, c0)
    if found is None or text[found[0] : found[0] + 5].lower() == "what ":
        return None  # "What the mayor said next surprised everyone": a subject clause, not a source
    glued = None
    for glued in _GLUED_BREAK.finditer(text, found[0], found[1]):
        pass
    if glued is None:
        return found
    k = glued.end()  # "... for the Middle East.Local media reported": the speaker starts after the break
    core_end = found[0] + len(found[2])
    if text[found[0] : core_end] != found[2] or core_end <= k:
        return None
    return k, found[1], text[k:core_end], "start"


#: (The stop is matched before the letters are looked back at, as in _NO_SPACE_BREAK.)
_GLUED_BREAK = re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")


def _speaker_before_in(text: str, unit: tuple[int, int], c0: int):
    lo = max(unit[0], c0 - BACK_WINDOW)
    # content quotations end the search window: nothing before `,"` belongs to the speaker
    win_start = lo
    for m in _CONTENT_QUOTE_END.finditer(text, lo, c0):
        win_start = m.end()
    after_quote = win_start > lo
    toks = _toks(text, win_start, c0)
    if not toks:
        return None
    i = _skip_pre_cue(toks)
    if i < 0:
        return None
    low = toks[i].t.lower()
    if low in W.NON_CUE_BEFORE:
        return None
    if low in W.NOUN_CUE_BEFORE and text[c0:c0 + 12].split()[0].endswith("s"):
        return None
    if toks[i].t in ("which", "who") and i >= 2 and toks[i - 1].t == ",":
        return _relative_antecedent(text, toks, i - 2)
    if toks[i].t == "that" and i >= 2:
        return _document_antecedent(text, toks, i - 1)  # "an article in the Times that reported"
    if toks[i].t == "who" and i >= 2:
        found = _relayed_antecedent(text, toks, i - 1)  # "the paper cited officials who said"
        if found is not None:
            return found
    k = _before_dash_aside(toks, i)
    if k != i:
        i = k  # the aside closes the phrase like a comma: "Smith, a spokeswoman for X \u2013 which ... \u2013 said"
        found = _speaker_appositive_chain(text, toks, k + 1, after_quote)
        if found is not None:
            return found
    found = _speaker_with_postmod(text, toks, i, win_start, after_quote)
    if found is not None:
        return found
    if toks[i].t == ",":
        return _speaker_appositive_chain(text, toks, i, after_quote)
    return (_speaker_plain(text, toks, i, after_quote, lo > unit[0]) or _speaker_participial(text, toks, i, after_quote)
            or _speaker_restrictive_relative(text, toks, i, after_quote))


def _speaker_restrictive_relative(text: str, toks: list[_Tok], i: int, after_quote: bool):
    """"C, the committee which probes major crimes said": a source phrase with a short relative clause
    set off by no comma (its verb in -s or -ed right after "which"/"who"); the phrase before it speaks."""
    for r in range(i - 1, max(0, i - RESTRICTIVE_RELATIVE_WORDS + 1) - 1, -1):
        t = toks[r].t
        if t in (",", ";", ":", "(") or t in _ANY_Q or t.lower() in _AUX:
            return None
        if t not in ("which", "who"):
            continue
        verb = toks[r + 1].t
        if r < 1 or not (verb.isalpha() and verb.islower() and verb.endswith(("s", "ed")) and verb not in _FORM_TO_LEMMA):
            return None
        found = _speaker_plain(text, toks, r - 1, after_quote, False)
        if found is None or found[3] not in ("start", "comma") or _np_kind(_words(found[2])) in (None, "pronoun"):
            return None
        return found[0], toks[i].e, found[2], found[3]
    return None


def _speaker_participial(text: str, toks: list[_Tok], i: int, after_quote: bool):
    """4. a noun phrase with a participle post-modifier: "the mayor of the city hosting
    the plant has said", "the authorities in the occupied part occupied by troops report"."""
    j0 = i
    while j0 > 0 and i - j0 < MAX_NP_TOKENS and toks[j0 - 1].t not in (",", ";", ":", "(") and toks[j0 - 1].t not in _ANY_Q:
        j0 -= 1
    b = "start" if j0 == 0 else _boundary_ok(toks, j0, text)
    if b is None or i - j0 >= MAX_NP_TOKENS:
        return None
    span = toks[j0 : i + 1]
    if any(_clause_word(span, k) for k in range(len(span))):
        return None
    p = next((k for k, t in enumerate(span) if k > 0 and t.t.islower() and t.t.endswith(("ing", "ed"))), None)
    if p is None or p >= len(span) - 1:
        return None
    if span[p].t.endswith("ed") and span[p + 1].t.lower() != "by" and not _reduced_relative(span, p):
        return None  # "The minister visited the town" is a clause, "occupied by troops" a modifier
    words = [t.t for t in span[:p]]
    kind = _subject_kind(words)
    if kind in (None, "pronoun"):
        return None
    core = text[span[0].s : span[p - 1].e]
    if kind == "anonymous" and p + 2 < len(span) and span[p + 1].t.lower() == "by" and words[-1].lower() in _RELATIVE_DOC_HEADS:
        author = text[span[p + 2].s : span[-1].e]  # "reports released by the minister": a named author stands for them
        core = author if _subject_kind(_words(author)) == "named" else core
    if b == "start" and after_quote:
        b = "comma"
    return span[0].s, span[-1].e, core, b


def _clause_word(span: list[_Tok], k: int) -> bool:
    """A word that makes ``span`` a clause rather than a noun phrase: a clause opener, an
    auxiliary, a cue verb (but not a cue form used as a noun after a determiner: "a report")."""
    low = span[k].t.lower()
    if low in W.CLAUSE_OPENERS or low in _AUX:
        return True
    if k + 2 < len(span) and span[k + 1].t.lower() in _ASIDE_PARTICIPLES and span[k + 2].t.lower() in _PARTICIPLE_PREPS:
        return False  # "reports released by the ministry": the cue form is a noun the participle modifies
    return low in _FORM_TO_LEMMA and not (k > 0 and span[k - 1].t.lower() in _DOC_DETERMINERS)


#: Words after a participle that make it modify the noun before it ("published in", "released on").
_PARTICIPLE_PREPS = frozenset("in on at from by last this earlier late over during for".split())


def _reduced_relative(span: list[_Tok], p: int) -> bool:
    """"A study published in the journal found", "a survey conducted last month showed": the
    participle right after a source noun, followed by a preposition, modifies that noun."""
    return span[p - 1].t.lower() in W.ORG_NOUNS and span[p + 1].t.lower() in _PARTICIPLE_PREPS


def _relative_antecedent(text: str, toks: list[_Tok], j: int):
    """"it cited the health agency, which added that ...": the antecedent speaks."""
    np = _np_back(toks, j)
    if np is None or np[1] != j:
        return None
    words = [t.t for t in toks[np[0] : np[1] + 1]]
    if _np_kind(words) in (None, "pronoun"):
        return None
    return toks[np[0]].s, toks[np[1]].e, text[toks[np[0]].s : toks[np[1]].e], "clause"


def _relayed_antecedent(text: str, toks: list[_Tok], j: int):
    """"the broadcaster cited informed sources who said ...": the object of a verb that relays
    sources (W.RELAY_VERBS) speaks through a relative "who" set off by no comma."""
    np = _np_back(toks, j)
    if np is None or np[1] != j or np[0] < 1 or toks[np[0] - 1].t.lower() not in W.RELAY_VERBS:
        return None
    words = [t.t for t in toks[np[0] : np[1] + 1]]
    if _np_kind(words) in (None, "pronoun"):
        return None
    return toks[np[0]].s, toks[np[1]].e, text[toks[np[0]].s : toks[np[1]].e], "clause"


#: Heads of documents that report through a relative "that" ("a report that found", "a statement that said").
_RELATIVE_DOC_HEADS = frozenset(
    "report reports article story statement study survey letter memo filing complaint lawsuit indictment "
    "document analysis assessment review audit post tweet message email investigation ruling".split()
)
_ASIDE_PARTICIPLES = frozenset("published released issued posted filed seen obtained dated written".split())
_DOC_SOURCE_HEADS = _RELATIVE_DOC_HEADS | W.ORG_NOUNS


def _document_antecedent(text: str, toks: list[_Tok], j: int):
    """"an article in the Financial Times, published in February, that reported ...": the document speaks."""
    if toks[j].t == ",":  # skip a participial aside closed by this comma
        k = max((n for n in range(j) if toks[n].t == ","), default=-1)
        if k < 1 or toks[k + 1].t.lower() not in _ASIDE_PARTICIPLES:
            return None
        j = k - 1
    for k in range(j, max(0, j - DOC_ANTECEDENT_WORDS), -1):
        if toks[k].t.lower() in _RELATIVE_DOC_HEADS:
            d = _doc_determiner(toks, k)
            if d is not None:
                break
    else:
        return None
    tail = toks[k + 1 : j + 1]
    if tail and (tail[0].t.lower() not in ("in", "from", "by", "of", "on") or not all(_np_word(toks, n) for n in range(k + 2, j + 1))):
        return None  # "a report in the Times", "a letter from the Treasury": one prepositional phrase
    return toks[d].s, toks[j].e, text[toks[d].s : toks[j].e], "clause"


_DOC_DETERMINERS = frozenset("a an the its his her their".split())


def _doc_determiner(toks: list[_Tok], k: int) -> int | None:
    """The determiner opening the document phrase headed at ``k``, over up to two modifiers
    ("an unsigned military statement"), or None."""
    for d in range(k - 1, max(-1, k - 4), -1):
        w = toks[d].t
        if w.lower() in _DOC_DETERMINERS:
            return d
        if not w.isalpha() or w.lower() in _AUX or w.lower() in _FORM_TO_LEMMA:
            return None
    return None


def _skip_pre_cue(toks: list[_Tok]) -> int:
    """Index of the last token before the cue once adverbs, auxiliaries and
    "on Sunday" are skipped ("Hazem Qasim also said"); -1 when nothing is left."""
    i = len(toks) - 1
    for _ in range(PRE_CUE_WORDS):
        if i < 0:
            return -1
        low = toks[i].t.lower()
        if low in W.PRE_CUE_SKIP and (low == toks[i].t or i == 0):
            i -= 1  # (capitalised, it ends a name: "Hawaii News Now reports")
        elif low in W.DAY_WORDS and i >= 1 and toks[i - 1].t.lower() in ("on", "late", "early"):
            i -= 2
        elif low in W.DAY_WORDS and toks[i].t[:1].isupper() and i >= 1:
            i -= 1  # "A FEMA spokesperson Wednesday estimated"
        elif low in ("year", "week", "month", "night") and i >= 1 and toks[i - 1].t.lower() in ("last", "this"):
            i -= 2  # "A general last year confirmed"
        elif low == "turn" and i >= 1 and toks[i - 1].t.lower() == "in":
            i -= 2  # "Moscow in turn blamed"
        elif i >= 2 and toks[i - 2].t.lower() == "on" and _day_of_month(toks[i - 1].t, toks[i].t):
            i -= 3  # "The FSB chief on March 26 reiterated", "on 26 March said"
        elif low in _ASIDE_PARTICIPLES and 1 <= i < len(toks) - 1 and toks[i - 1].t.lower() in _DOC_SOURCE_HEADS:
            i -= 1  # "A government statement issued late Monday said": the document speaks
        elif low == "to" or low == "will":
            i = _before_future_frame(toks, i)  # "Becker is expected to say", "the minister will tell"
            if toks[i].t.lower() in ("to", "will"):
                break
        else:
            break
    return i


def _day_of_month(a: str, b: str) -> bool:
    """"March 26" or "26 March" (two tokens of a calendar date)."""
    return (a.lower() in MONTHS and b.isdigit() and len(b) <= 2) or (b.lower() in MONTHS and a.isdigit() and len(a) <= 2)


#: Words before "to" that make the cue a planned or expected statement ("plans to tell", "is expected to say").
_FUTURE_FRAME = frozenset(
    "plans planned plan expected set due scheduled intends intended going poised continue continues continued".split()
)  # and an ongoing stance: "officials continue to insist"
_FUTURE_AUX = frozenset("is are was were also".split())


def _before_future_frame(toks: list[_Tok], i: int) -> int:
    """Index before "will" or "plans to" / "is expected to" ending at ``i``, else ``i``."""
    if toks[i].t.lower() == "will":
        return i - 1 if i >= 1 else i
    if i < 2 or toks[i - 1].t.lower() not in _FUTURE_FRAME:
        return i
    j = i - 2
    while j >= 1 and toks[j].t.lower() in _FUTURE_AUX:
        j -= 1
    return j


def _postmod_np(text: str, toks: list[_Tok], j: int, person: bool = False):
    """The noun phrase ending at ``j`` before a post-modifier: ((first, last), words, kind, boundary) or None.
    ``person``: the post-modifier is "who ...", so a plain common noun is a source too ("a nurse who")."""
    np = _np_back(toks, j)
    if np is None and j >= 0 and toks[j].t.isalpha() and toks[j].t.islower() and toks[j].t not in _AUX:
        a = _widen(toks, j, text)  # an unknown noun ending the phrase: "a source in the border governorate who"
        np = (a, j) if a is not None else None
    if np is None or np[1] != j:
        return None
    words = [t.t for t in toks[np[0] : np[1] + 1]]
    kind = _subject_kind(words) if person else _np_kind(words)
    if kind is None or kind == "pronoun":
        return None
    b = _boundary_ok(toks, np[0], text)
    if b is None:
        a = _widen(toks, np[0], text)  # "a doctor in the field hospital who"
        if a is None or _np_kind([t.t for t in toks[a : np[1] + 1]]) in (None, "pronoun"):
            return None
        np, b = (a, np[1]), _boundary_ok(toks, a, text)
        words = [t.t for t in toks[np[0] : np[1] + 1]]
    return np, words, b


def _speaker_with_postmod(text: str, toks: list[_Tok], i: int, win_start: int, after_quote: bool):
    """1. a speaker with a post-modifier ("a source close to the talks told")."""
    starts: list[int] = []  # made at the first marker (most windows hold none)
    for m in _POSTMOD_RE.finditer(text, win_start, toks[i].e):
        starts = starts or [t.s for t in toks]
        k = bisect.bisect_left(starts, m.start())
        j = k - 1
        if j >= 0 and toks[j].t == ",":
            j -= 1
        got = _postmod_np(text, toks, j, person=m.group() == "who")
        if got is None or _CUE_RE.search(text, m.end(), toks[i].s) is not None:
            continue  # (not "X briefed on the talks said A, but cautioned": that subject has its verb)
        np, words, b = got
        if j != k - 1 and m.group() in ("who", "whose") and _main_verb_after_relative(text, m.end(), toks[i].e):
            continue  # "Sam Altman, who heads X, was among ..., Reuters reported": Altman does not speak
        if m.group() in ("who", "whose") and _source_after_relative(text, m.end(), toks[i].e):
            continue  # "..., a father of three who has lived here for years, the Daily Herald reported"
        if m.group() == "who" and _source_in_relative(text, m.end(), toks[i].e):
            continue  # "The suspect, who police said was armed, fled": police speak, not the suspect
        name = _name_before_appositive(toks, np[0], text) if _descriptive(words) else None
        if name is None and words[0].lower() in ("a", "an"):
            name = _subject_before_appositive(toks, np[0], text)  # "The minister, a lawyer who ..., said"
        if name is not None:
            np, b = name  # "Samira Abu Jaber, a mother of six who was displaced ..., told": the name speaks
        if b == "start" and after_quote:
            b = "comma"
        sp_end = toks[i].e
        if j != k - 1 and m.group() in ("who", "whose"):
            sp_end = toks[np[1]].e  # "Abu Naim, who was in Cairo, said": no relative clause
        while sp_end > toks[np[0]].s and text[sp_end - 1] in " ,":
            sp_end -= 1
        return toks[np[0]].s, sp_end, text[toks[np[0]].s : toks[np[1]].e], b
    return None


def _source_in_relative(text: str, pos: int, end: int) -> bool:
    """Only a source phrase between "who" at ``pos`` and the cue at ``end``: the relative clause's
    own subject ("who police said was armed"), which speaks for the gap after the cue."""
    words = _words(text[pos:end])
    return bool(words) and "," not in text[pos:end] and not _has_verb(words) and _np_kind(words) in (
        "named", "anonymous", "pronoun")  # "the man, who they said had a history of violence"


def _source_after_relative(text: str, pos: int, end: int) -> bool:
    """A source phrase of its own after the comma closing the relative clause at ``pos`` (up to the
    cue at ``end``): that phrase speaks, the relative clause belongs to the content before it."""
    close = text.rfind(",", pos, end)
    tail = _words(text[close + 1 : end]) if close >= 0 else []
    return bool(tail) and _np_kind(tail) in ("named", "anonymous")


def _main_verb_after_relative(text: str, pos: int, end: int) -> bool:
    """An auxiliary after the comma closing the relative clause at ``pos`` and before ``end``: the
    relative clause's antecedent is the subject of that verb, not of the cue."""
    close = text.find(",", pos, end)
    return close >= 0 and any(w.lower() in _AUX for w in _words(text[close:end]))


#: Words introducing a person's name in apposition ("a survivor, named Lee Min-ho,").
_NAMING_WORDS = frozenset("named surnamed called identified".split())


def _skippable_segment(seg: list[_Tok], text: str) -> bool:
    """A comma segment that is an appositive or aside, not the speaker ("the head of ...", "for his part")."""
    seg_text = text[seg[0].s : seg[-1].e].lower()
    first = seg[0].t.lower()
    participle = seg[0].t.endswith(("ed", "ing")) or seg[0].t in W.IRREGULAR_PARTICIPLES
    if seg[0].t.islower() and participle and len(seg) > 1 and seg[0].t not in _NAMING_WORDS:
        return True  # "The update, reported by the local paper on Tuesday, said"
    titled = [k for k, t in enumerate(seg) if t.t.lower() in W.TITLES]
    if titled and (first in ("a", "an") or any(t.t.lower() in ("of", "for") for t in seg[titled[0] + 1 :])):
        return True  # "a senator and former minister", "Moscow-appointed interim head of the region"
    if _is_cap(seg[0].t):
        return False
    if _role_description(seg, text):
        return True  # "Chen Lev, senior pathologist at the forensic institute, told ..."
    return (
        any(seg_text.startswith(p) for p in W.PARENTHETICALS)
        or first in W.TITLES
        or (first in ("the", "a", "an") and len(seg) > 1 and (seg[1].t.lower() in W.TITLES or not _is_cap(seg[1].t)))
        or (first in ("the", "a", "an") and any(t.t in ("that", "which", "who", "whose") for t in seg[2:]))
        or (first == "one" and len(seg) > 2 and seg[1].t in ("in", "from", "at", "with"))
    )


def _role_description(seg: list[_Tok], text: str) -> bool:
    """A role without an article or a listed title, then where it is held: "senior pathologist at the
    forensic institute", "lead researcher for the flood survey" (no verb in it)."""
    if not (seg[0].t.isalpha() and seg[0].t.islower()) or seg[0].t in _COMPOUND_BREAK or seg[0].t in _AUX:
        return False
    k = next((k for k in range(1, min(4, len(seg) - 1)) if seg[k].t in ("at", "of", "for", "with")), 0)
    if not k or not all(t.t.isalpha() and t.t.islower() for t in seg[:k]):
        return False
    nxt = seg[k + 1].t
    return (nxt in ("the", "a", "an") or _is_cap(nxt)) and not _finite_clause(text[seg[0].s : seg[-1].e])


_DASHES = frozenset("\u2013\u2014-")


def _before_dash_aside(toks: list[_Tok], j: int) -> int:
    """Skip an aside between dashes that ends at token ``j`` ("the ministry \u2013 which mediated \u2013 said")."""
    if j <= 0 or toks[j].t not in _DASHES:
        return j
    k = j - 1
    while k >= 0 and toks[k].t not in _DASHES and toks[k].t not in ".;:":
        k -= 1
    return k - 1 if k > 0 and toks[k].t in _DASHES and k < j - 1 else j


def _speaker_appositive_chain(text: str, toks: list[_Tok], i: int, after_quote: bool):
    """2. an appositive chain: "Abu Naim, who was ..., said" / "Herzog, for his part, said"."""
    j = i - 1
    aside = False
    described = None  # the last skipped "a/the ..." segment: it speaks when nothing before it does
    placed = False  # the segment after this one was the larger place of its place ("residents of Flint, Michigan")
    for _ in range(APPOSITIVE_SEGMENTS):
        j = _before_dash_aside(toks, j)
        # the comma segment ending at j
        k = j
        while k >= 0 and toks[k].t != ",":
            k -= 1
        seg = toks[k + 1 : j + 1]
        if not seg:
            return None
        if seg[0].t in _NAMING_WORDS and len(seg) > 1 and all(_is_cap(t.t) for t in seg[1:]):
            # "Another survivor, named Lee Min-ho, said": the name speaks
            return seg[1].s, seg[-1].e, text[seg[1].s : seg[-1].e], _boundary_ok(toks, k + 1, text) or "comma"
        is_age = len(seg) == 1 and seg[0].t.isdigit() and len(seg[0].t) <= 3  # "Umm Khaled, 60, said"
        if _tag_segment(text, toks, k, seg):
            j, aside, placed = k - 1, True, True  # "Sen. Maria Lopez, D-N.M., said", "Police in Dayton, Ohio, said"
            continue
        if not placed and (is_age or _skippable_segment(seg, text)):
            if k < 0:  # nothing before: the described person speaks ("“...,” a farmer, 45, said")
                return None if is_age else _segment_speaker(text, toks, j, k, after_quote, aside)
            if not is_age and seg[0].t.lower() in ("a", "an", "the"):
                described = (j, k)
            j, aside = k - 1, True
            continue
        if not aside and k > 0 and seg[0].t.lower() in ("a", "an") and "," not in [t.t for t in toks[:k]]:
            # "The senator, a Democrat from Ohio, said": the indefinite phrase describes the subject opening the clause
            opener = _segment_speaker(text, toks, k - 1, -1, after_quote, False)
            if opener is not None:
                return opener
        found = _segment_speaker(text, toks, j, k, after_quote, aside)
        if found is None and described is not None and k < 0:
            # "The ship lost power, a dockworker, 45, said": the clause before is the content
            return _segment_speaker(text, toks, described[0], described[1], after_quote, aside)
        return _with_title_before(toks, k, found, after_quote)
    return None


def _tag_segment(text: str, toks: list[_Tok], k: int, seg: list[_Tok]) -> bool:
    """A comma segment tagging the phrase before it, never a speaker: a party-and-state tag after a
    name ("Sen. Maria Lopez, D-N.M., said") or the larger place of a placed group ("Police in
    Dayton, Ohio, said"); the phrase before it speaks."""
    if k > 0 and _is_cap(toks[k - 1].t) and _AFFILIATION.fullmatch(text[seg[0].s : seg[-1].e]):
        return True
    return _place_segment(toks, k, seg)


#: Prepositions placing a group before a comma and the larger place ("Police in Dayton, Ohio").
_PLACE_PREPS = frozenset("in of at near from".split())


def _place_segment(toks: list[_Tok], k: int, seg: list[_Tok]) -> bool:
    """The comma segment ``seg`` (after the comma at ``k``) is the larger place of the place ending
    the segment before: "Officials in Lyon, France, said", "Residents of Dayton, Ohio, said". Only
    after a group or a body (a plural source noun, an organisation noun), which no personal name
    can stand in apposition to ("A spokesman in Lyon, Marie Roux, said": the name speaks)."""
    return k >= 3 and _larger_place(seg) and _group_before_place(toks, k)


def _larger_place(seg: list[_Tok]) -> bool:
    """"Ohio", "United States of America": one to four capitalised words, no title or source noun."""
    if len(seg) > 4 or not _is_cap(seg[0].t) or not all(_is_cap(t.t) or t.t in ("of", "and") for t in seg):
        return False
    return not any(t.t.lower() in W.TITLES or t.t.lower() in W.ANONYMOUS_HEADS for t in seg)


def _group_before_place(toks: list[_Tok], k: int) -> bool:
    """The segment ending before the comma at ``k`` is a group or body placed by a preposition and a
    name: "Police in Dayton", "residents of Flint", "Agents in the field office in Denver"."""
    p = k - 1
    while p > 0 and _is_cap(toks[p].t) and toks[p].t not in W.CAP_STOP:
        p -= 1
    if p == k - 1 or p < 1 or toks[p].t not in _PLACE_PREPS:
        return False
    q = p - 2
    while q >= 0 and toks[q].t != ",":
        w = toks[q].t.lower()
        if w in W.TITLES or (w in W.ANONYMOUS_HEADS and not w.endswith("s")):
            return False  # a person heads the phrase ("The head of the agency in Lyon, Marie Roux, said")
        q -= 1
    head = toks[p - 1].t.lower()
    return (head in W.ANONYMOUS_HEADS and head.endswith("s")) or (head in W.ORG_NOUNS and head not in W.TITLES)


def _with_title_before(toks: list[_Tok], k: int, found, after_quote: bool):
    """After a quotation, "the army's spokesman, Ari Tal, said": the title before the name
    is part of the speaker phrase, not of the content (the name stays the speaker's name)."""
    if found is None or k <= 0 or toks[k].t != ",":
        return found
    if not after_quote:
        return _title_segment_before(toks, k, found)
    title = [t.t for t in toks[:k]]
    if "," in title or _subject_kind(title) not in ("named", "anonymous"):
        return found
    return toks[0].s, found[1], found[2], found[3]


def _title_segment_before(toks: list[_Tok], k: int, found):
    """"C, the foreign ministry spokesman, Ana Ruiz, said": the title segment set off by commas
    before the name is part of the speaker phrase, not the end of the content."""
    k2 = k - 1
    while k2 >= 0 and toks[k2].t != ",":
        k2 -= 1
    seg = [t.t for t in toks[k2 + 1 : k]]
    if k2 < 1 or not seg or len(seg) > MAX_SUBJECT_TOKENS or seg[0].lower() != "the" or seg[-1].lower() not in W.TITLES:
        return found
    if _subject_kind(seg) not in ("named", "anonymous"):
        return found
    return toks[k2 + 1].s, found[1], found[2], found[3]


def _segment_speaker(text: str, toks: list[_Tok], j: int, k: int, after_quote: bool, aside: bool = True):
    """The speaker phrase filling the comma segment ``(k, j]``, or None. ``aside``: a segment
    was skipped after it (without one, a plain clause before ", said" is the content, not a speaker)."""
    np = _np_back(toks, j)
    if np is not None and np[0] != k + 1:
        a = _widen(toks, np[0], text)
        np = (a, np[1]) if a == k + 1 else None
    if np is None and k == -1 and j >= 1 and aside and not _has_verb([t.t for t in toks[: j + 1]]):
        np = (0, j)  # a plain common noun opening the clause, tested below ("The coast guard, which ..., said")
    person = False
    if np is None and k >= 0 and j > k + 1 and _person_head([t.t for t in toks[k + 1 : j + 1]]):
        np, person = (k + 1, j), True  # "..., a dockworker, 45, said": a plain noun for a person, tested below
    if np is None:
        return None
    words = [t.t for t in toks[np[0] : np[1] + 1]]
    b = _boundary_ok(toks, np[0], text)
    # a subject before an aside may be a plain common noun ("The coast guard, which rescued 40 people, said")
    kind = _np_kind(words) or (_subject_kind(words) if b == "start" and np[0] == 0 else None)
    if kind is None and person:
        kind = _common_noun_kind(_case_kept(toks[np[0] : np[1] + 1]))
    if kind is None or b is None:
        return None
    name = _name_before_appositive(toks, np[0], text) if _descriptive(words) else None
    if name is not None:
        np, b = name  # "Jens Aaltonen, the Middle East director of the NRC, said": the name speaks
    if b == "start" and after_quote:
        b = "comma"
    return toks[np[0]].s, toks[np[1]].e, text[toks[np[0]].s : toks[np[1]].e], b


#: Words opening a contrasting clause whose subject may be a plain common noun.
_CONTRAST_OPENERS = frozenset("but while whereas though although ;".split())


def _speaker_plain(text: str, toks: list[_Tok], i: int, after_quote: bool, cut: bool):
    """3. a plain noun phrase right before the cue (``cut``: the window starts inside the unit)."""
    np = _np_back(toks, i)
    if np is None and toks[i].t.isalpha() and toks[i].t.islower() and toks[i].t not in _AUX:
        np = (i, i)  # an unknown noun ending a post-modifier: "Diplomats in the region"
    if np is None or np[1] != i:
        return None
    np = _after_clause_and(text, toks, np)
    np = _with_bound_before(toks, np)
    words = [t.t for t in toks[np[0] : np[1] + 1]]
    b = _boundary_ok(toks, np[0], text)
    if _np_kind(words) is None:
        a = _widen(toks, np[0], text)  # "Diplomats in the region said"
        if a is None or _np_kind([t.t for t in toks[a : np[1] + 1]]) is None:
            if a is None or cut or _common_noun_kind(_case_kept(toks[a : np[1] + 1])) is None:
                return None  # a clause subject: "The coroner said", "..., the city engineer said"
            if a > 0 and _boundary_ok(toks, a, text) != "comma" and toks[a - 1].t.lower() not in _CONTRAST_OPENERS \
                    and not _and_after_clause(toks, a - 1):
                return None  # but "..., but the opposition said that": a new clause's subject
        np, b = (a, np[1]), _boundary_ok(toks, a, text)
    a = _document_before(toks, np[0])
    if a is not None and _boundary_ok(toks, a, text) is not None:
        np, b = (a, np[1]), _boundary_ok(toks, a, text)  # "Reports from local media said"
    if b is None:
        a = _widen(toks, np[0], text)
        if a is None:
            return None
        b = _boundary_ok(toks, a, text)
        np = (a, np[1])
    if b == "start" and after_quote:
        b = "comma"
    elif b == "start" and cut:
        return None  # window cut inside a long phrase
    return toks[np[0]].s, toks[np[1]].e, text[toks[np[0]].s : toks[np[1]].e], b


def _document_before(toks: list[_Tok], a: int) -> int | None:
    """Where a speaker phrase starting at token ``a`` really starts when a document from or by it
    opens the phrase: "Reports from Greek media", "A report by the watchdog" (else None)."""
    if a >= 2 and toks[a - 1].t.lower() in ("from", "by") and toks[a - 2].t.lower() in _RELATIVE_DOC_HEADS:
        k = a - 2
        return k - 1 if k > 0 and toks[k - 1].t.lower() in ("the", "a", "an") else k
    return None


def _with_bound_before(toks: list[_Tok], np: tuple[int, int]) -> tuple[int, int]:
    """The phrase with a figure's qualifier (the figures extractor's QUALIFIERS) before its number:
    "at least two officials told ...", "more than a dozen witnesses said"."""
    a, b = np
    first = toks[a].t.lower()
    if not (first[:1].isdigit() or first in _NUMBER_WORDS or first in _numbers.UNITS or first in _numbers.TENS
            or first == "a"):
        return np
    for n in (3, 2, 1):
        if a - n >= 0 and " ".join(t.t.lower() for t in toks[a - n : a]) in QUALIFIERS:
            return a - n, b
    return np


def _after_clause_and(text: str, toks: list[_Tok], np: tuple[int, int]) -> tuple[int, int]:
    """The part of a phrase after an "and" that joins two clauses ("Crews worked in Texas and Governor
    Ann Reyes said": the clause before has its verb, so "Texas and Governor Ann Reyes" is no subject)."""
    a, b = np
    if "and" not in text[toks[a].s : toks[b].e]:
        return np  # one substring test instead of a look at every token
    for k in range(a, b):
        if toks[k].t == "and" and _and_after_clause(toks, k) and _np_kind([t.t for t in toks[k + 1 : b + 1]]) == "named":
            return k + 1, b
    return np


def _and_after_clause(toks: list[_Tok], k: int) -> bool:
    """Token ``k`` is an "and" joining two clauses: a verb stands between it and the clause
    start ("crews were clearing roads and the fire service said"; not "the mayor and the
    fire service said", two subjects of one verb)."""
    if toks[k].t != "and":
        return False
    for j in range(k - 1, -1, -1):
        w = toks[j].t
        if w in (",", ";", ":") or w in _ANY_Q:
            return False
        lw = w.lower()
        if lw in _AUX or (w.islower() and (lw.endswith("ed") or lw in _IRREGULAR_PAST)):
            return True
    return False


#: A participial appositive after "according to X," ("controlled by the rebels,").
_PARTICIPIAL_APPOSITIVE = re.compile(r"(?:controlled|run|led|backed|based|headed|affiliated)[ \t]+(?:by|in|with)[^,.;\n]{1,60},")
#: A relative clause after "according to X," ("which does not distinguish between civilians and combatants,").
_RELATIVE_APPOSITIVE = re.compile(r"(?:which|who)[ \t]+[^,.;:\n\u201c\u201d\"]{1,100},")
_SPEECH_PARTICIPLES = (
    r"(?:adding|saying|stressing|noting|insisting|explaining|warning|arguing|asserting|claiming|recalling"
    r"|emphasi[sz]ing|underlining|affirming|reiterating|pointing[ \t]+out|calling|accusing|describing|urging"
    r"|detailing|specifying|clarifying|highlighting)"
)
#: A speech participle continuing a claim after its attribution ("..., he said, adding that ..."),
#: at most a short adjunct away ("he told reporters in Cairo, adding: ...").
_SPEECH_PARTICIPLE_AFTER = re.compile(
    r"[^.;:!?\n\u201c\u201d\"]{0,120}?,[ \t]*" + _SPEECH_PARTICIPLES + r"(?![\w-])"
)
#: A contrastive connector right before a second speaker in the same sentence.
_CONTRAST_END = re.compile(r"(?:[,;][ \t]*(?:while|whereas|but)|;)[ \t]+$")
_CONTENT_QUOTE_END = re.compile(r"[,.!?][\u201d\"\u00bb\u2019]|[\u201d\"\u00bb],")
_POSTMOD_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(m) for m in W.POSTMOD_MARKERS) + r")(?![\w-])"
)


def _speaker_after(text: str, pos: int, limit: int):
    """Speaker phrase starting after ``pos`` (inversion, "according to X").

    Returns (sp_start, sp_end, core_words) or None.
    """
    toks = _toks(text, pos, min(limit, pos + FORWARD_WINDOW))
    np = _np_forward(toks, 0) or _plain_definite_forward(toks)
    if np is None or np[0] != 0:
        return None
    words = [t.t for t in toks[np[0] : np[1] + 1]]
    if _np_kind(words) is None and _plain_definite_forward(toks) is None:
        return None
    sp_start, sp_end = toks[np[0]].s, toks[np[1]].e
    adj = _DOC_ADJUNCT_RE.match(text, sp_end, min(limit, sp_end + FORWARD_WINDOW))
    if adj is not None and adj.end() > sp_end or (
        text[sp_end + 1 : sp_end + 2] in ("o", "l", "e") and _DAY_ADJUNCT.match(text, sp_end, limit) is not None
    ):
        return sp_start, sp_end, text[toks[np[0]].s : toks[np[1]].e]  # "said X in his press conference", "said X on Friday."
    if _postmod_at(text, sp_end):
        sp_end = _postmod_end(text, sp_end, limit)
    return sp_start, sp_end, text[toks[np[0]].s : toks[np[1]].e]


#: Subject pronouns that never follow their cue ("said it", "said they"): after a cue they open a clause.
_NEVER_INVERTED = frozenset("it they we".split())


def _plain_definite_forward(toks: list[_Tok]):
    """"the coast guard," after "according to": "the" and one to three plain words closed by a comma,
    a unique body or role (named) by the common-noun rule."""
    k = next((k for k in range(2, min(len(toks), 5)) if toks[k].t in (",", ".")), 0)
    if not k or toks[0].t.lower() != "the" or toks[k - 1].t.lower() in _TIME_NOUNS:
        return None  # "said the next day,"
    if any(_verb_like(t.t.lower()) for t in toks[1:k]):
        return None  # "..., said the levee failed first.": a clause, not a body
    return (0, k - 1) if _common_noun_kind([t.t.lower() for t in toks[:k]]) == "named" else None


def _verb_like(w: str) -> bool:
    return _finite_form(w) or w.endswith("ed") or w in _ORDINALS


def _finite_form(w: str) -> bool:
    """An auxiliary, a cue's finite form or an irregular past (lowercase ``w``): a verb, not a noun."""
    return w in _AUX or w in _FORM_TO_LEMMA or w in _IRREGULAR_PAST


_TIME_NOUNS = frozenset("day week month year night morning afternoon evening time moment weekend hour".split())


def _closes_phrase(text: str, pos: int, end: int) -> bool:
    """Whether a phrase ending at ``pos`` ends its clause (punctuation, unit
    end, or an adjunct such as "in a statement" followed by punctuation)."""
    limit = min(end, pos + FORWARD_WINDOW)
    m = _TO_RECIPIENT_RE.match(text, pos, limit)  # "indicated Salcedo to journalists"
    if m:
        pos = m.end()
    for _ in range(CLOSING_ADJUNCTS):
        m = _ADJUNCT_RE.match(text, pos, limit)
        if not m or m.end() == pos:
            break
        pos = m.end()
    while pos < limit and text[pos] in " \t":
        pos += 1
    return pos >= end or text[pos] in ",.;:!?)\u201d\"'\u2019-\u2013\u2014("


#: A wire dateline opening a story: "PORT-AU-PRINCE, Haiti (AFP) - ".
_DATELINE = re.compile(
    r"[A-Z][A-Za-z .'\u2019-]{1,40}(?:,[ \t]*[A-Z][\w .'\u2019-]{1,40})?[ \t]*(?:\([A-Za-z .]{1,20}\))?"
    r"[ \t]*\.?[ \t]*[-\u2013\u2014:]+[ \t]+"
)


def _unit_start(text: str, unit: tuple[int, int]) -> int:
    """The unit start, after a wire dateline if there is one."""
    m = _DATELINE.match(text, unit[0], unit[1])
    if m and m.end() < unit[1] and any(c.islower() for c in text[m.end() : m.end() + 40]):
        head = text[unit[0] : m.end()]
        if "(" in head or (sum(c.isupper() for c in head) >= 3 and head.split(",")[0].isupper()):
            return m.end()
    return unit[0]


def _content_before(text: str, unit: tuple[int, int], upto: int, quotes, qstarts) -> tuple[int, int] | None:
    """Content from the unit start to ``upto`` (a comma before the speaker)."""
    s = _content_start(text, _unit_start(text, unit), upto)
    e = _content_end(text, s, upto)
    if e <= s:
        return None
    s = _quote_opened_earlier(text, s, e)
    if len(text[s:e].split(None, 3)) < (2 if _whole_quotation(text, s, e) else 3):
        return None  # but a whole quotation of two words is one: "“We’ll rebuild,” he vowed."
    return s, e


def _whole_quotation(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is one quotation, marks included, with no mark inside."""
    return (text[s : s + 1] in _OPEN_Q + '"' and text[e - 1 : e] in _CLOSE_Q + '"'  # (straight quotes too)
            and not any(c in _ANY_Q for c in text[s + 1 : e - 1]))


def _quote_opened_earlier(text: str, s: int, e: int) -> int:
    """Where the quotation closing at ``e`` opened, when that is earlier in the paragraph than ``s``:
    "\u2018A. B,\u2019 X said" (single marks, which the quotation finder leaves alone) and
    "\u201cA. \u201cB,\u201d X said" (a mark left unclosed before the last quoted sentence)."""
    closing = text[e - 1 : e]
    if closing not in ("\u2019", "\u201d") or text[e - 2 : e - 1] not in ",.!?":
        return s
    opening = "\u2018" if closing == "\u2019" else "\u201c"
    para = text.rfind("\n", 0, s) + 1
    if closing == "\u2019" and text[s] == opening:
        return s
    if closing == "\u201d" and (text[s] != opening or text.count("\u201c", para, s) <= text.count("\u201d", para, s)):
        return s
    k = text.find(opening, para, s)
    if k < 0 or (k > 0 and not text[k - 1].isspace()) or _QUOTE_CLOSED.search(text, k, s):
        return s
    return k


#: A quotation closed by punctuation and a closing mark (not an apostrophe inside a word).
_QUOTE_CLOSED = re.compile(r"[,.!?][\u2019\u201d]")


_AND_BEFORE = re.compile(r"[ \t,](?:and|but)(?:[ \t]+(?:also|then|later|further))?[ \t]+$")
#: A clause boundary inside a sentence: the subject of a coordinated verb comes after it.
_CLAUSE_BREAK = re.compile(r"(?:,[ \t]*|[ \t]+)(?:but|while|whereas)[ \t]+|;[ \t]*")
#: A verb right after a subject ("officials didn't explain ... but said").
_FINITE_AFTER_SUBJECT = frozenset("did didn't does doesn't do don't has have had is are was were will would could".split())


def _coordinated_subject(text: str, unit: tuple[int, int], c0: int):
    """The subject of a cue coordinated with an earlier verb of its clause
    ("COGAT denies restricting aid and says ...", "X described it as ... and
    warned that ..."): the speaker of the first verb after the clause start."""
    m = _AND_BEFORE.search(text, max(unit[0], c0 - AND_GAP_CHARS), c0)
    if m is None:
        return None
    a = _unit_start(text, unit)
    for br in _CLAUSE_BREAK.finditer(text, a, m.start()):
        a = br.end()  # "The county gave no details but Green appeared ... and said"
    seg = re.compile(r"[^,\n]{1,60},[ \t]*").match(text, a, m.start())
    if seg and text[a : seg.end()].split()[0].lower().strip(_ANY_Q) in W.ADVERBIAL_OPENERS:
        a = seg.end()
    toks = _toks(text, a, min(m.start(), a + BACK_WINDOW))
    return _first_verb_subject(text, unit, toks) or _clause_subject(text, toks) if toks else None


def _clause_subject(text: str, toks: list[_Tok]):
    """The noun phrase opening a clause when a finite verb follows it
    ("Fire officials didn't explain why ... but said ...")."""
    for k in range(1, min(len(toks), MAX_SUBJECT_TOKENS + 1)):
        t = toks[k].t
        if t.lower() in _FINITE_AFTER_SUBJECT or (t.islower() and (t.endswith("ed") or t in _IRREGULAR_PAST)):
            break
        if not (t[:1].isalnum() or t in ("\u2019", "'")):
            return None
    else:
        return None
    words = [t.t for t in toks[:k]]
    if _subject_kind(words) in (None, "pronoun"):
        return None
    return toks[0].s, toks[k - 1].e, text[toks[0].s : toks[k - 1].e], "start"


def _first_verb_subject(text: str, unit, toks: list[_Tok]):
    """The speaker of the first verb after the clause start that has one."""
    tried = 0
    for q in range(1, len(toks)):
        t = toks[q].t
        if t in _CLOSE_Q + _OPEN_Q + '"' or t in (";", ":"):
            return None
        if not (t.isalpha() and t.islower()):
            continue
        if not (t.endswith(("ed", "es", "s")) or t in _IRREGULAR_PAST or t in _FORM_TO_LEMMA) or t in W.ANONYMOUS_HEADS:
            continue
        tried += 1
        if tried > COORDINATED_VERBS_TRIED:
            return None
        found = _speaker_before(text, unit, toks[q].s)
        if found is None:
            continue
        sp_start, sp_end, core, b = found
        if b == "clause" and sp_start == toks[0].s:
            b = "start"  # the subject right after "but": "... but the mayor toured the site and said"
        if b not in ("start", "comma") or _subject_kind(_words(core)) is None:
            return None
        return sp_start, sp_end, core, "start"
    return None


_NAME_TOKEN = r"[A-Z][\w\u2019'-]*"
#: "defended through its ambassador, Héctor Lasarte, that": a body speaking through its envoy.
_THROUGH_SPEAKER = re.compile(
    r"[ \t]+(?:through|via)[ \t]+(((?:its|his|her|their)[ \t]+(?:[\w\u2019'-]+[ \t]+){0,3}?[\w-]+)"
    r"(?:[ \t]*,[ \t]*((?:" + _NAME_TOKEN + r"|al|el|bin|abu|de|del)(?:[ \t]+(?:" + _NAME_TOKEN + r"|al|el|bin|abu|de|del)){0,4})(?=[ \t]*,))?)(?=[ \t]*,?[ \t]*that(?!\w))"
)


#: "what the ministry said was": the speaker between "what" and the cue, a copula after it.
_WHAT_BEFORE = re.compile(r"(?<![\w-])[Ww]hat[ \t]+((?:[\w\u2019'.()-]+[ \t]+){0,7}?[\w\u2019'.()-]+)[ \t]+$")
_COPULA_AFTER = re.compile(r"[ \t]+(?:was|were|is|are|had[ \t]+been|has[ \t]+been|have[ \t]+been|as)[ \t]+(?=\w)")  # "as": "described as"


def _what_was_claim(text, unit, m) -> _Raw | None:
    """"in what officials said was the deadliest attack in years": the speaker names what the copula's
    complement describes; the content is that description."""
    c0, c1 = m.start(), m.end()
    cop = _COPULA_AFTER.match(text, c1, unit[1])
    if cop is None:
        return None
    w = _WHAT_BEFORE.search(text, max(unit[0], c0 - BACK_WINDOW), c0)
    if w is None:
        return None
    core = w.group(1)
    words = _words(core)
    kind = _np_kind(words) or _subject_kind(words)
    if kind not in ("named", "anonymous", "pronoun"):
        return None
    s = cop.end()
    if _THAT.match(text, s):
        s = _content_start(text, s + 4, unit[1])  # "What she said was that the plan had failed"
    e = _content_end(text, s, unit[1])
    if len(text[s:e].split(None, 2)) < 2:
        return None
    return _Raw(s, e, w.start(1), w.end(1), c0, c1, m.group(), kind, core, unit, RULE_WHAT_WAS)


def _verb_claim(text, unit, m, lemma, quotes, qstarts) -> _Raw | None:
    c0 = m.start()
    if lemma in _BARE_WHAT_LEMMAS and "hat " in text[max(unit[0], c0 - BACK_WINDOW) : c0]:  # "what"/"What"
        r = _what_was_claim(text, unit, m)
        if r is not None:
            return r
    before = text[max(unit[0], c0 - 3) : c0].rstrip(" \t")
    frames = R.VERB_FRAMES.get(lemma, R.SPEECH_FRAMES)
    if before.endswith((",", "\u201d", '"', "\u00bb", ",'", ",\u2019")) and c0 - unit[0] > 3 and lemma != "tell" and "after" in frames:
        r = _inversion_claim(text, unit, m, lemma, quotes, qstarts)
        if r is not None:
            return r
    found = _speaker_before(text, unit, c0) or _coordinated_subject(text, unit, c0)
    if found is None:
        return None
    return _subject_claim(text, unit, m, lemma, found, quotes, qstarts)


#: A plain common noun phrase right after an inverted cue, ending the clause or before "who"
#: ("..., said a dockworker.", "..., said the harbour master, who ...", "..., said a flight attendant who ...").
_PLAIN_AFTER = re.compile(
    r"[ \t]+((?:a|an|the|one|another|his|her|their)[ \t]+[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}?)"
    r"(?=[ \t]*(?:[,.;!?\u201d\"]|$)|[ \t]+(?:who|whose)[ \t])"
)


def _plain_speaker_after(text: str, c1: int, limit: int):
    """:func:`_speaker_after` for a determiner and plain lowercase words (:func:`_common_noun_kind`):
    ``(start, end, core)`` with a "who" clause right after it included, or None."""
    m = _PLAIN_AFTER.match(text, c1, limit)
    if m is None or _common_noun_kind(m.group(1).split()) is None or not _person_head(m.group(1).split()):
        return None
    end = m.end(1)
    if _postmod_at(text, end) and text[end : end + 1] == " ":
        end = _postmod_end(text, end, limit)  # "said a flight attendant who asked not to be named."
    return m.start(1), end, m.group(1)


#: Endings of nouns for people ("dockworker", "attendant", "mechanic", "volunteer", "relative").
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ic", "ive", "eer")


def _has_verb(words: list[str]) -> bool:
    """A finite verb after a phrase's determiner and first word: an auxiliary, a cue, an irregular past
    or a word in -ed ("the ship sank", "the water receded"; "the injured man" keeps its adjective)."""
    low = [w for w in words[1:] if w.islower()]  # (not a name: "the Fed chair", "Rose")
    return any(map(_finite_form, low)) or any(w.endswith("ed") for w in low[1:])


def _person_head(words: list[str]) -> bool:
    """A phrase of a determiner and plain words whose head may be a person, with no verb in it
    ("a dockworker", "the harbour master"; not "the search would resume", "the water rose")."""
    rest = [w.lower() for w in words[1:]]
    if not rest or _has_verb(words) or rest[0].endswith("ed"):
        return False
    head = rest[-1]
    one = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return head in R.ANONYMOUS_HEADS or one in W.TITLES or head in W.TITLES or one.endswith(_PERSON_ENDINGS)


def _inverted_speaker(text: str, unit, c1: int, lemma: str):
    """The speaker after an inverted cue ("..., said the source"), or None."""
    sp = _speaker_after(text, c1, unit[1]) or _plain_speaker_after(text, c1, unit[1])
    if sp is None:
        adj = _ADJUNCT_RE.match(text, c1, min(unit[1], c1 + FORWARD_WINDOW))
        if adj is not None and adj.end() > c1 and text[adj.end() : adj.end() + 1] == " ":
            sp = _speaker_after(text, adj.end() + 1, unit[1])  # "..., said in the rally Noa Ben-Ami."
    if sp is not None and text[sp[0] : sp[1]].lower() in W.news_agencies() and lemma != "report":
        return None
    if sp is not None and not _closes_phrase(text, sp[1], unit[1]):
        return None  # "X, the spokesman, said the fighters were ready": not an inversion
    if sp is not None and sp[2].lower() in W.PRONOUNS and text[sp[1] : sp[1] + 1] == ",":
        return None  # "X, a teacher, said he, his wife and ... fled": "he" opens the content
    if sp is not None and sp[2].lower() in _NEVER_INVERTED:
        return None  # "The company, in a statement, said it “regrets” the error": "it" opens the content
    if sp is not None and "np_object" in R.VERB_FRAMES.get(lemma, ()) and sp[2].split()[0].lower() in ("a", "an"):
        return None  # "X, the minister, announced a death toll of 27": an object, not an inverted speaker
    return sp


def _content_goes_on(text: str, unit, k: int, sp_end: int) -> bool:
    """"..., continued the source, was ...": the content resumes after the inverted speaker."""
    rest = text[sp_end : unit[1]]
    r = rest.lstrip(" \t")
    if not r.startswith(","):
        return False
    nxt = r[1:].split(None, 1)[0].lower() if r[1:].split(None, 1) else ""
    return (
        text[unit[0] : k].rstrip()[-1:] not in _CLOSE_Q + '"'
        and len(r.split(None, 4)) > 4
        and not _PARTICIPLE_RE.match(rest)
        and nxt not in ("a", "an", "the", "who", "which", "whose")
        and not nxt.strip(",").isdigit()  # "..., said Ali Musa, 45, a farmer": an age, not more content
        and nxt not in W.TITLES
        and not _is_cap(r[1:].strip()[:1])
    )


def _inversion_claim(text, unit, m, lemma, quotes, qstarts) -> _Raw | None:
    """"..., said the source." / "...," indicated a source."""
    c0, c1 = m.start(), m.end()
    sp = _inverted_speaker(text, unit, c1, lemma)
    if sp is None:
        return None
    sp_start, sp_end, core = sp
    k = c0
    while k > unit[0] and text[k - 1] in " \t":
        k -= 1
    if _content_goes_on(text, unit, k, sp_end):
        s = _content_start(text, _unit_start(text, unit), unit[1])
        cb = (s, _content_end(text, s, unit[1]))
    else:
        cb = _content_before(text, unit, k, quotes, qstarts)
    if cb is None:
        return None
    s, e = cb
    if _SPEECH_PARTICIPLE_AFTER.match(text, sp_end, unit[1]):
        e = _content_end(text, s, unit[1])  # "“A,” said X, adding: “B.”"
    kind = _np_kind(_words(core)) or _common_noun_kind(core.split()) or "named"
    return _Raw(s, e, sp_start, sp_end, c0, c1, m.group(), kind, core, unit, RULE_INVERSION)


def _through_speaker(text: str, c1: int, unit, cs: int):
    """"Spain defended through its ambassador, Héctor Lasarte, that ...": the envoy
    speaks; (start, end, core) or None."""
    via = _THROUGH_SPEAKER.match(text, c1, unit[1])
    if via is None or via.end() > cs:
        return None
    vwords = [w.lower() for w in _words(via.group(2))]
    if vwords and (vwords[-1] in W.TITLES or vwords[-1] in W.SPOKESPEOPLE):
        return via.start(1), via.end(1), via.group(3) or via.group(2)
    return None


def _closing_quote_before(text, unit, mode, cs, boundary, sp_start, quotes, qstarts) -> bool:
    """"“...,” he said, “...”": a quotation closes before the speaker and another opens after."""
    return (
        mode == "quote" and boundary == "comma" and text[cs] in _OPEN_Q + '"'
        and _content_before(text, unit, sp_start, quotes, qstarts) is not None
        and (text[unit[0] : sp_start].rstrip(" \t,")[-1:] in _CLOSE_Q + '"'
             or _AND_QUOTE.match(text, cs - 6, cs + 1) is not None)  # "C, he said, and \u201cD\u201d": C unquoted
    )


def _sentence_ends_after(text: str, pos: int, end: int) -> bool:
    """Only a recipient, adjuncts and a final stop follow ``pos`` ("..., the engineer said on Monday.",
    "..., the harbour master told Reuters.")."""
    m = _RECIPIENT_RE.match(text, pos, end)
    if m is not None and pos < m.end() and _only_adjuncts_after(text, m.end(), end):
        return True
    return _only_adjuncts_after(text, pos, end)


def _only_adjuncts_after(text: str, pos: int, end: int) -> bool:
    for _ in range(MAX_ADJUNCTS):
        m = _ADJUNCT_RE.match(text, pos, end)
        if not m or m.end() == pos:
            break
        pos = m.end()
    rest = text[pos:end].strip(" \t.!?\u201d\"\u2019)\u00bb")
    return not rest or (rest[:1] == "," and rest[1:].lstrip()[:1] in _OPEN_Q + '"')  # '..., the coach said, "but ..."'


def _quote_then_adjunct(text: str, unit, c1: int, sp_start: int, boundary: str, mode: str) -> bool:
    """"“...,” X told AFP in the aftermath of the blast that killed ...": a quotation closes right
    before the speaker and only an adjunct (after a recipient) follows the cue, so a "that" or a
    clause inside the adjunct is a relative clause or the adjunct's own, not the reported content."""
    if boundary != "comma" or mode not in ("", "that", "bare"):
        return False
    if text[unit[0] : sp_start].rstrip(" \t,")[-1:] not in _CLOSE_Q + '"':
        return False
    m = _RECIPIENT_RE.match(text, c1, unit[1])
    first = text[m.end() if m is not None else c1 : unit[1]].split(None, 1)
    return bool(first) and first[0].lower() in W.TRAILING_ADJUNCT_OPENERS and first[0].lower() not in ("that", "as")


def _opener_before(text: str, unit, sp_start: int) -> bool:
    """Only a short adverbial opening the sentence stands before the speaker ("In the study, the team
    reported that", "On Monday, the coroner said"): the speaker is the sentence's subject."""
    lead = text[_unit_start(text, unit) : sp_start].strip()
    words = lead.split()
    return lead.endswith(",") and lead.count(",") == 1 and 1 < len(words) <= 6 and words[0].lower() in W.ADVERBIAL_OPENERS


def _subject_claim(text, unit, m, lemma, found, quotes, qstarts) -> _Raw | None:
    """The speaker before the cue: the content after it (a frame), before it, or around it."""
    c0, c1, cue = m.start(), m.end(), m.group()
    sp_start, sp_end, core, boundary = found
    mode, cs = _after_cue(text, c1, unit[1], lemma)
    if boundary == "comma" and _np_kind(_words(core)) is None and not _sentence_ends_after(text, c1, unit[1]) and not (
        mode == "end" and _as_clause_after(text, c1, unit[1])
    ) and not _opener_before(text, unit, sp_start):
        return None  # "..., the offensive continues, and ...": a plain noun speaks only closing its sentence
    if _quote_then_adjunct(text, unit, c1, sp_start, boundary, mode):
        mode = "end"  # "“...,” NAME told AFP in the aftermath of the strike that killed ...": the quotation is the content
    kind = _subject_kind(_words(core)) or "named"
    if kind == "anonymous" and " from " in core and _authored(_words(core)):
        kind = "named"  # "Reports from the ministry said": a named body's documents
    via = _through_speaker(text, c1, unit, cs) if mode == "that" else None
    if via is not None:
        (sp_start, sp_end, core), kind = via, "named"
    raw = functools.partial(_Raw, sp_start=sp_start, sp_end=sp_end, cue_start=c0, cue_end=c1, cue=cue, kind=kind,
                            core=core, unit=unit)
    if mode == "mid" and boundary == "comma":
        s = _content_start(text, _unit_start(text, unit), unit[1])
        e = _content_end(text, s, unit[1])
        comma = text.find(",", c1, unit[1])
        if comma >= 0 and _DATE_ONLY.fullmatch(text, comma, unit[1]) is not None:
            return None  # "The president, Ana Ruiz, reported on Wednesday, October 25.": no clause resumes
        return raw(s, e, rule=RULE_MID) if len(text[s:e].split(None, 5)) >= 5 else None
    if mode == "end" or _closing_quote_before(text, unit, mode, cs, boundary, sp_start, quotes, qstarts):
        as_m = None
        if mode == "end" and "as" in text[max(unit[0], sp_start - 5) : sp_start]:
            as_m = _COMMA_AS_BEFORE.search(text, max(unit[0], sp_start - 8), sp_start)
        if as_m is not None and lemma in _AS_REPORTED_LEMMAS and _np_kind(_words(core)) in ("named", "anonymous"):
            boundary, sp_start = "comma", as_m.start() + 1  # "C, as The Times reported.": the content before
        if boundary != "comma":
            return None
        k = sp_start
        while k > unit[0] and text[k - 1] in " \t,-\u2013\u2014":
            k -= 1
        cb = _content_before(text, unit, k, quotes, qstarts)
        if cb is None:
            return None
        s, e = cb
        if mode == "quote" and cs > c1:
            # "“A,” he said, “B.”": B is the quotation resumed (split off in _scan_cues)
            e = _content_end(text, s, unit[1])
            return raw(s, e, rule=RULE_QUOTE_AROUND)
        if _SPEECH_PARTICIPLE_AFTER.match(text, c1, unit[1]):
            # "“...,” he said, adding: “...”": the claim goes on
            e = _content_end(text, s, unit[1])
        return raw(s, e, rule=RULE_CONTENT_BEFORE)
    if mode in RULE_OF_MODE and cs >= 0:
        s = _content_start(text, cs, unit[1])
        e = _content_end(text, s, _described_end(text, s, unit[1]) if mode == "describe_as" else unit[1])
        e = _relative_content_end(text, unit, s, e, (sp_start, sp_end, c0))
        return raw(s, e, rule=RULE_OF_MODE[mode]) if e > s else None
    return None


def _relative_content_end(text: str, unit, s: int, e: int, at: tuple[int, int, int]) -> int:
    """Where a content after its cue ends when a relative clause holds the claim, or a dash comments on it."""
    sp_start, sp_end, c0 = at
    if _RELATIVE_OPENING.match(text, sp_end, c0) or (
            _WHICH_BEFORE.search(text, max(unit[0], sp_start - 8), sp_start) and _VERB_OPENING.match(text, s, e)):
        # "The agency, which had put the toll at 27, now says ..." / "The deal, which a source said was
        # close, would ...": the relative clause ends at its comma
        comma = text.find(",", s, e)
        e = _content_end(text, s, comma) if comma > s else e
    dash = _DASH_COMMENT.search(text, s, e)
    return _content_end(text, s, dash.start()) if dash is not None else e  # "... \u2014 a claim the group denied"


#: A relative "which" right before the speaker: "the deal, which a source said was close".
_WHICH_BEFORE = re.compile(r"(?<![\w-])which[ \t]+$")
#: A content opening with a finite verb (its subject is the relative's antecedent).
_VERB_OPENING = re.compile(r"(?:was|were|is|are|had|has|have|would|will|could|may|might)(?![\w-])")
#: A dash and a noun of saying commenting on the content: "\u2014 a claim the group denied".
_DASH_COMMENT = re.compile(
    r"[ \t]+[\u2014\u2013-]{1,2}[ \t]+(?:a|an)[ \t]+(?:claim|charge|allegation|assertion|account|accusation|version)(?![\w-])"
)


#: What ends the description of "X described Y as W": a comma or another clause ("... as he alleged that").
_DESCRIBED_STOP = re.compile(
    r"[,;](?![\u201d\"\u2019'])(?![ \t]*(?:also[ \t]+)?(?:saying|adding|stressing|noting|warning|insisting|explaining)\b)"  # (a participle
    r"|[ \t](?:as|while|because|after|when|but)[ \t]+(?:he|she|they|it|we|the|a|an|[A-Z])"  # goes on: _split_adding)
)


def _described_end(text: str, s: int, end: int) -> int:
    """Where "Y as W" ends: the first comma or clause after its "as" (else ``end``)."""
    m = _DESCRIBE_AS.match(text, s, end)
    stop = _DESCRIBED_STOP.search(text, m.end() - 1, end) if m else None
    return stop.start() if stop else end


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
#: ", October 25." / ", 25 October 2023." closing a sentence: a date, not the resumed content of a "mid" claim.
_DATE_ONLY = re.compile(
    r",[ \t]*(?:" + _MONTHS + r"[ \t]+\d{1,2}|\d{1,2}[ \t]+" + _MONTHS + r")(?:,?[ \t]+\d{4})?[ \t]*[.!?]?[ \t]*"
)
#: Cues of "what X <cue> was C" ("what officials said was", "what the army described as").
_BARE_WHAT_LEMMAS = frozenset("say claim call report describe".split())
#: Cues that attribute the clause before ", as X <cue>" ("as the paper reported"); not "as X warned" or
#: "as X predicted", a forecast the clause bears out.
_AS_REPORTED_LEMMAS = frozenset("report say tell note confirm state write announce reveal".split())
#: Prepositions opening a long closing adjunct after the cue.
_CLOSING_PREPOSITIONS = frozenset("in at during after before following amid on of".split())
#: A prepositional phrase whose noun takes a relative "that" + verb: "in the aftermath of the strike that killed".
_ADJUNCT_WITH_RELATIVE = re.compile(
    r"(?:in|at|during|after|before|following|amid|on|of)[ \t]+(?:the|a|an|this|that|its|his|her|their)[ \t]+"
    r"(?:[\w\u2019'-]+[ \t]+){0,6}?that[ \t]+(?:[a-z]+ed|killed|left|hit|struck|took|had|has|was|were|is|are)(?![\w-])"
)
#: ", as " right before a trailing source: "..., as the newspaper reported."
_COMMA_AS_BEFORE = re.compile(r",[ \t]*as[ \t]+$")
#: A relative clause opening between a speaker and its cue: "The agency, which had ...".
_RELATIVE_OPENING = re.compile(r"[ \t]*,[ \t]*(?:which|who)[ \t]")


#: Speakers that "read": "..., read a joint statement issued afterwards".
_READ_HEADS = frozenset("statement statements communique communiqué letter text message note post tweet".split())


def _cue_fits_speaker(form: str, lemma: str, r: _Raw) -> bool:
    """Cues that report speech only with some speakers: "read" needs a document
    ("read a joint statement"), plural "believe" an unnamed group ("security
    officials believe that"), not "Americans believe" or "we believe"."""
    if lemma == "read":
        words = [w.lower() for w in _words(r.core)]
        cut = next((k for k, w in enumerate(words) if w in ("from", "by", "of", "issued", "signed")), len(words))
        return 0 < cut and words[cut - 1] in _READ_HEADS  # "read a statement from the family": the document speaks
    if lemma == "show":  # "court records show that": a document shows; "he showed that" is no report
        words = [w.lower() for w in _words(r.core)]
        cut = next((k for k, w in enumerate(words) if w in ("from", "by", "of", "obtained", "released", "published", "seen")), len(words))
        return 0 < cut and words[cut - 1] in _SHOW_HEADS
    if lemma == "believe" and form == "believe":
        words = _words(r.core)
        return r.kind == "anonymous" or bool(words) and words[-1].lower() in R.PLURAL_BODIES
    if r.rule == "claim.np_object" and _words(r.core) and _words(r.core)[-1].lower() in _VISUAL_HEADS:
        return False  # "A video revealed extensive damage to the car": what a picture shows is no one's statement
    return True


#: Speakers that "show": records, counts and studies ("court records show", "the ministry's data showed").
_SHOW_HEADS = frozenset(
    "records record data figures statistics numbers documents document filings filing poll polls survey surveys "
    "study studies report reports website site tally tallies count counts census results findings estimates "
    "analysis list logs log".split())


#: Pictures and recordings: with a noun-phrase object ("the footage revealed damage") they show, not state.
_VISUAL_HEADS = frozenset("video videos footage image images photo photos photograph photographs picture pictures imagery".split())


def _object_pronoun_after(text: str, pos: int, limit: int):
    """"according to him, ...": (start, end, the subject pronoun "he") or None."""
    m = _OBJ_PRONOUN_RE.match(text, pos, limit)
    if m is None:
        return None
    return m.start(1), m.end(1), R.OBJECT_PRONOUNS[m.group(1).lower()]


_OBJ_PRONOUN_RE = re.compile(r"[ \t]+(" + "|".join(R.OBJECT_PRONOUNS) + r")(?=[ \t]*[,.;)])")


#: ", who also reported that ...": a relative clause on the source, not the content resumed.
_WHO_AFTER = re.compile(r",[ \t]*(?:who|which)[ \t]")


def _according_claim(text, unit, m, quotes, qstarts) -> _Raw | None:
    c0, c1 = m.start(), m.end()
    sp = _speaker_after(text, c1, unit[1]) or _object_pronoun_after(text, c1, unit[1])
    plain = _PLAIN_AFTER.match(text, c1, unit[1]) if sp is None else None
    if plain is not None and not _has_verb(plain.group(1).split()):
        # "according to his lawyer": a plain noun after a possessive or "a" ("the coast guard," is _speaker_after's)
        sp = plain.start(1), plain.end(1), plain.group(1)
    if sp is None:
        return None
    sp_start, sp_end, core = sp
    sp_end, core = _document_agent(text, sp_start, sp_end, unit[1], core)
    kind = _phrase_kind(core)
    if kind is None:
        return None
    if kind == "anonymous" and _authored(_words(text[sp_start:sp_end])):
        kind = "named"  # "according to reports from the press service of the court": a named body's documents
    lead = text[unit[0] : c0].strip(" \t" + _OPEN_Q + '"')
    after = text[sp_end : unit[1]]
    if not lead or lead.endswith(",") and len(lead.split()) <= 4 and lead.split()[0].lower() in W.ADVERBIAL_OPENERS:
        # "According to X, CONTENT"
        aside = _DOC_PARTICIPLE_ASIDE.match(after)
        if aside is not None:  # "According to court documents filed on Monday, ..."
            after = after[aside.end() :]
            sp_end += aside.end()
        r = after.lstrip(" \t")
        if not r.startswith(","):
            return None
        s = _content_start(text, sp_end + (len(after) - len(r)) + 1, unit[1])
        m2 = _PARTICIPIAL_APPOSITIVE.match(text, s, unit[1]) or _RELATIVE_APPOSITIVE.match(text, s, unit[1])
        if m2:  # "According to the ministry, controlled by the rebels, the toll ..." (or ", which does not ...,")
            s = _content_start(text, m2.end(), unit[1])
        e = _content_end(text, s, unit[1])
    else:
        k = c0
        while k > unit[0] and text[k - 1] in " \t,-\u2013\u2014(":
            k -= 1
        r = after.lstrip(" \t)")
        if r.startswith(",") and len(r.split(None, 4)) > 3 and not _PARTICIPLE_RE.match(after) and not _WHO_AFTER.match(r) and not (
            _finite_clause(text[_unit_start(text, unit) : k]) and not _finite_clause(r)
        ):  # but "Talks will resume, according to X, the head of Y.": an appositive, no clause, follows
            s = _content_start(text, _unit_start(text, unit), unit[1])  # "The union, according to sources, will ..."
            e = _content_end(text, s, unit[1])
        else:
            cb = _content_before(text, unit, k, quotes, qstarts)
            if cb is None:
                return None
            s, e = cb
    if e <= s:
        return None
    return _Raw(s, e, sp_start, sp_end, c0, c1, "according to", kind, core, unit, RULE_ACCORDING)


#: A document and who put it out: "the latest update reported today by local authorities",
#: "figures released on Tuesday by the health ministry" (the agent after "by", up to the clause's end).
_DOCUMENT_BY = re.compile(
    r"[ \t]+(?:reported|released|published|issued|compiled|provided|posted|shared|announced|given|put[ \t]+out|made[ \t]+public)"
    r"(?:[ \t]+(?!by\b)[\w.-]+){0,4}?[ \t]+by[ \t]+(?P<agent>(?:the[ \t]+)?[^,;:.()\u201c\u201d\"\n]+?)"
    r"(?:[ \t]+(?:on|late|early|last|this)[ \t]+[^,;:.()\n]{1,20}?)?(?=[ \t]*(?:[,;:.)]|$))"
)


def _document_agent(text: str, sp_start: int, sp_end: int, limit: int, core: str) -> tuple[int, str]:
    """The speaker's end and core once a document named after "according to" gives way to who
    put it out ("the latest update reported today by local authorities": "local authorities"),
    when that is a source; else as they were."""
    m = _DOCUMENT_BY.match(text, sp_end, limit)
    if m is None:
        m = next((x for x in _DOCUMENT_BY.finditer(text, sp_start, sp_end) if x.end() == sp_end), None)
    if m is None:
        return sp_end, core
    agent = m.group("agent")
    if not _phrase_kind(agent):
        return sp_end, core
    return max(sp_end, m.end()), agent[4:] if agent.lower().startswith("the ") else agent


#: A participle describing a document source before its comma: "court documents filed on Monday,", "records seen by X,".
_DOC_PARTICIPLE_ASIDE = re.compile(
    r"[ \t]+(?:filed|seen|obtained|published|released|issued|reviewed|posted|dated|written)[ \t]+(?:by|on|in|at|with|last|this|earlier)"
    r"[^,.;:!?\n\u201c\u201d\"]{1,60}(?=,)"
)


def _finite_clause(span: str) -> bool:
    """A finite verb in ``span`` ("Talks will resume", "The workers were killed"): a whole clause
    precedes a trailing "according to X, a spokesman for Y", not a subject alone ("The union,")."""
    return any(w.lower() in _AUX or (w.islower() and (w.endswith("ed") or w in _IRREGULAR_PAST)) for w in _words(span))


_AS_SAYING_RE = re.compile(
    r"(?<![\w-])as[ \t]+(?:saying|stating|telling[ \t]+(?:reporters|journalists|the[ \t]+\w+|a[ \t]+\w+|[A-Z][\w.'\u2019-]*)"
    r"|warning|adding|claiming|confirming|denying)(?![\w-])"
)
_CITED_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f for lemma, e in R.REPORTING_VERBS.items() if "as_saying" in e["frames"] for f in e["forms"])
    + r")(?![\w-])"
)
_PASSIVE_AUX_RE = re.compile(r"(?:was|were|is|are|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+(?:also[ \t]+)?$")
_OBJ_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _after_saying(text: str, pos: int, end: int) -> int:
    """Content start after "as saying" / "saying": an optional "that", colon or comma."""
    m = re.compile(r"[ \t]*(?:that(?!\w)|:|,)?[ \t,]*").match(text, pos, end)
    return _content_start(text, m.end() if m else pos, end)


def _cited_content_before(text: str, unit, cue: int) -> tuple[int, int]:
    """The content before "..., OUTLET cited X as saying.": up to the comma before the outlet."""
    k = text.rfind(",", unit[0], cue)
    if k < 0:
        return -1, -1
    s = _content_start(text, _unit_start(text, unit), k)
    return s, _content_end(text, s, k)


def _as_saying_claim(text, unit, m) -> _Raw | None:
    """"Reuters cited a senior official as saying that ...", "X was quoted (by Y) as saying ...":
    the speaker is the one cited, not the outlet citing."""
    lo = max(unit[0], m.start() - CITED_BACK)
    q = None
    for q in _CITED_RE.finditer(text, lo, m.start()):
        pass
    if q is None:
        return None
    middle = text[q.end() : m.start()]
    if any(c in middle for c in ".;:!?\n" + _ANY_Q):
        return None
    mid = middle.strip(" \t,")
    s = _after_saying(text, m.end(), unit[1])
    e = _content_end(text, s, unit[1])
    if e <= s or _BY_AGENT_END.match(text, m.end(), unit[1]):
        # "..., the agency cited the ministry as saying.": the content came first (also
        # "“...,” X was quoted as saying by the agency Y.")
        s, e = _cited_content_before(text, unit, q.start())
    if len(text[s:e].split(None, 3)) < 3:
        return None
    if not mid or mid.startswith("by "):  # passive: "X was quoted (by Y) as saying"
        if q.group().lower() not in ("quoted", "cited"):
            return None
        aux = _PASSIVE_AUX_RE.search(text, max(unit[0], q.start() - 30), q.start())
        if aux is None:
            return None
        found = _speaker_before(text, unit, aux.start())
        if found is None:
            return None
        sp_start, sp_end, core, _ = found
        kind = _np_kind(_words(core))
        if kind is None:
            return None
        return _Raw(s, e, sp_start, sp_end, m.start(), m.end(), "as saying", kind, core, unit, RULE_AS_SAYING)
    sp_start = q.end() + (len(middle) - len(middle.lstrip(" \t")))
    sp_end = sp_start + len(mid)
    low = mid.lower()
    if low in _OBJ_PRONOUNS:
        return _Raw(s, e, sp_start, sp_end, m.start(), m.end(), "as saying", "pronoun", _OBJ_PRONOUNS[low], unit, RULE_AS_SAYING)
    toks = _toks(text, sp_start, sp_end)
    np = _np_forward(toks, 0)
    if len(toks) > MAX_NP_TOKENS:
        return None
    if np is not None and np[0] == 0 and (toks[np[1]].e == sp_end or _postmod_at(text, toks[np[1]].e)):
        core_end = toks[np[1]].e
    elif np is not None and np[0] == 0 and np[1] + 1 < len(toks) and toks[np[1] + 1].t == ",":
        core_end = sp_end = toks[np[1]].e  # "cited Gen. X, commander of the operation, as saying"
    elif len(toks) <= 6 and all(t.t.isalpha() or t.t in ("'", "\u2019") for t in toks):
        core_end = sp_end  # "the crown prince"
    else:
        return None
    core = text[sp_start:core_end]
    kind = _np_kind(_words(core))
    if kind is None:
        return None
    return _Raw(s, e, sp_start, sp_end, m.start(), m.end(), "as saying", kind, core, unit, RULE_AS_SAYING)


RULE_CITED_BY = register(
    "claim.cited_by", "claim", "X cited Y as saying C: X's report of C",
    "The agency cited the ministry as saying the road was shut.",
)


#: A passive's agent closing the sentence after "as saying": "... was quoted as saying by the agency Y."
_BY_AGENT_END = re.compile(r"[ \t]+by[ \t]+([^,.;:!?\n\u201c\u201d\"]{2,80}?)[ \t]*[.!?]?[ \t]*$")


def _cited_by(st: _Scan, unit: tuple[int, int], r: _Raw) -> None:
    """"C, the agency cited the ministry as saying": besides the ministry's claim, the agency reports C;
    so does the agent of "C, X was quoted as saying by the agency". (With the content after "as
    saying" the cited source alone is the speaker, as in the project's written test sets.)"""
    text = st.text
    if r.start > r.sp_start:
        return
    by = _BY_AGENT_END.match(text, r.cue_end, unit[1])
    if by is not None:
        source = _whole_source_np(text, by.start(1), by.end(1))
        verb = _CITED_RE.search(text, r.sp_end, r.cue_start)
        if source is not None and verb is not None:
            toks, kind = source
            st.add(r._replace(sp_start=toks[0].s, sp_end=toks[-1].e, cue_start=verb.start(), cue_end=verb.end(),
                              cue=verb.group(), kind=kind, core=text[toks[0].s : toks[-1].e], rule=RULE_CITED_BY))
        return
    q = None
    for q in _CITED_RE.finditer(text, max(unit[0], r.sp_start - CITED_BACK), r.sp_start):
        pass
    if q is None or q.group().endswith("ing") or text[q.end() : r.sp_start].strip():
        return  # passive ("was quoted as saying") or a participle ("..., citing X as saying")
    found = _speaker_before(text, unit, q.start())
    if found is None:
        return
    sp_start, sp_end, core, _ = found
    kind = _np_kind(_words(core))
    if kind not in ("named", "anonymous"):
        return
    st.add(r._replace(sp_start=sp_start, sp_end=sp_end, cue_start=q.start(), cue_end=q.end(), cue=q.group(),
                      kind=kind, core=core, rule=RULE_CITED_BY))


#: ", saying ..." / "a statement saying ..." with no finite reporting verb in the sentence:
#: the participle's subject is the subject of the sentence ("Abbas condemned the raid, saying ...").
_SUBJECT_PARTICIPLE_RE = re.compile(
    r"(?:,[ \t]*(?:while[ \t]+|after[ \t]+|before[ \t]+)?|[ \t]+(?:while|after|before)[ \t]+"
    r"|(?<![\w-])(?:statement|communiqu\u00e9|communique|post|message|video|letter)[ \t]+)"
    r"(?:also[ \t]+)?(telling(?=[ \t]+[\w\u2019'-]+(?:[ \t]+[\w\u2019'-]+){0,3}?[ \t]+that(?!\w))"
    r"|calling(?![ \t]+(?:for|on|upon|off|out|in|up)(?![\w-]))|saying|adding|stressing|noting|insisting|explaining|warning|arguing|asserting|claiming"
    r"|stating|affirming|emphasi[sz]ing|reiterating|highlighting|reporting|confirming|announcing|revealing"
    r"|indicating|acknowledging|advising|posting|writing|tweeting|promising|vowing|pledging|conceding|alleging"
    r"|admitting|denying|recalling|cautioning|detailing|specifying|clarifying)(?![\w-])"
)


_IRREGULAR_PAST = W.IRREGULAR_PAST


#: Words opening the object of a present-tense verb ("officials reject that account").
_OBJECT_OPENERS = frozenset("that this these those the its their his her such any".split())
_NOT_VERBS = frozenset("of in on at for from with by to and or but as than".split())


def _past_clause(words: list[str]) -> bool:
    """"Cairo sealed the routes" (a clause with a past-tense verb) after "saying"."""
    if not words or words[0].lower() in _NOT_VERBS:
        return False
    for w in words[1:5]:
        lw = w.strip(",.")
        if lw.isalpha() and lw.islower() and (lw.endswith("ed") or lw in _IRREGULAR_PAST):
            return True
    return False


#: Participles that take a clause without "that" like "saying" ("arguing customer money was used").
_BARE_PARTICIPLES = frozenset("adding arguing insisting claiming noting asserting warning stating".split())


#: An adverb between a participle and its "that" ("alleging instead that", "insisting again that").
_ADVERB_BEFORE_THAT = re.compile(r"[ \t]+(?:instead|again|further|repeatedly|also|once[ \t]+more)(?=[ \t]+that(?!\w))")


def _past_adverb(text: str, pos: int) -> int:
    """``pos`` moved past an adverb standing before "that" ("alleging instead that")."""
    a = _ADVERB_BEFORE_THAT.match(text, pos)
    return a.end() if a is not None else pos


def _participle_claim(text, unit, m) -> _Raw | None:
    hp = _past_adverb(text, m.end(1))
    if m.group(1) == "calling":
        return _calling_claim(text, unit, m, hp)
    if m.group(1) == "telling":
        rec = _RECIPIENT_RE.match(text, hp, unit[1])  # "..., after telling reporters that C"
        j = rec.end() if rec is not None else _object_before_that(text, hp, unit[1])  # "telling both clubs that"
        if j == hp or not _THAT_NEXT.match(text, j, unit[1]):
            return None
        hp = j
    s = _after_saying(text, hp, unit[1])
    e = _content_end(text, s, unit[1])
    if len(text[s:e].split(None, 3)) < 3 or not text[s : s + 1].strip():
        return None
    head = text[hp : hp + 6].strip(" \t")
    if not (head[:4] == "that" or head[:1] == ":" or head.lstrip(",: ")[:1] in _OPEN_Q + '"') and not (
        m.group(1) == "saying" and (_looks_like_clause(text[s:e].split(None, 8)) or _past_clause(text[s:e].split(None, 6))
                                    or _present_clause(text[s:e].split(None, 5)))
    ) and not (m.group(1) in _BARE_PARTICIPLES and _looks_like_clause(text[s:e].split(None, 8))) and not (
        (m.group(1) == "saying" or m.group(1) in _BARE_PARTICIPLES) and _pronoun_clause(text[s:e].split(None, 2))
    ):
        return None  # "warning residents", "stressing the need", "saying goodbye": no clause
    subject = _sentence_subject(text, unit, m.start())
    if subject is None:
        return None
    sp_start, sp_end, core, kind = subject
    return _Raw(s, e, sp_start, sp_end, m.start(1), m.end(1), m.group(1), kind, core, unit, RULE_PARTICIPLE)


RULE_MANNER_COLON = register(
    "claim.manner_colon", "claim", "X was blunt: C (a manner of speaking and a colon)",
    "The coach was blunt: \u201cWe were awful.\u201d",
)
#: "was blunt:", "was unequivocal in his reply:": the subject's manner of speaking, then what was said.
_MANNER_COLON = re.compile(
    r"[ \t]+(?:was|were|is|are)[ \t]+(?:more[ \t]+|even[ \t]+|equally[ \t]+)?(blunt|clear|adamant|emphatic|defiant|succinct"
    r"|candid|direct|frank|unequivocal|categorical|forthright|matter-of-fact)(?:[ \t]+[^:.;!?\n]{1,40})?:[ \t]*"
)


def _manner_colon(st: _Scan, unit: tuple[int, int]) -> None:
    """"Manager Pep Rossi was blunt: “We were awful.”": a named or unnamed subject, its manner of
    speaking and a colon; the words after the colon are its claim."""
    text = st.text
    m = _MANNER_COLON.search(text, unit[0], unit[1])
    if m is None or st.inside_quote(m.start()):
        return
    subject = _sentence_subject(text, unit, m.end())
    s = _content_start(text, m.end(), unit[1])
    e = _content_end(text, s, unit[1])
    if subject is None or subject[1] != m.start() or len(text[s:e].split()) < 2 or _np_kind(_words(subject[2])) is None:
        return  # (a source phrase, not any plain noun: "The sky was clear: no clouds")
    sp_start, sp_end, core, kind = subject
    c0 = _content_start(text, m.start(), m.end(1))  # the cue is "was blunt"
    st.add(_Raw(s, e, sp_start, sp_end, c0, m.end(1), text[c0 : m.end(1)], kind, core, unit, RULE_MANNER_COLON))


def _calling_claim(text, unit, m, hp: int) -> _Raw | None:
    """", calling it “a historic step”": the subject's quoted description (the name_quote frame)."""
    i = _content_start(text, hp, unit[1])
    if _name_quote(text, i, unit[1]) < 0:
        return None
    subject = _sentence_subject(text, unit, m.start())
    if subject is None:
        return None
    sp_start, sp_end, core, kind = subject
    e = _content_end(text, i, unit[1])
    return _Raw(i, e, sp_start, sp_end, m.start(1), m.end(1), m.group(1), kind, core, unit, RULE_PARTICIPLE)


def _sentence_subject(text: str, unit, upto: int):
    """The subject of the sentence (after a dateline and one short adverbial segment) when its
    verb follows it: (start, end, core, kind) or None."""
    a = _unit_start(text, unit)
    seg = re.compile(r"[^,\n]{1,60},[ \t]*").match(text, a, upto)
    if seg and text[a:seg.end()].split()[0].lower().strip(_ANY_Q) in W.ADVERBIAL_OPENERS:
        a = seg.end()
    if text[a : a + 1] in _ANY_Q:
        return None
    toks = _toks(text, a, min(upto, a + FORWARD_WINDOW))
    np = _np_forward(toks, 0) or _plain_definite_subject(toks)
    if np is None or np[0] != 0 or np[1] + 1 >= len(toks) or not _verb_follows(toks, np[1] + 1):
        return None
    core = text[toks[np[0]].s : toks[np[1]].e]
    kind = _phrase_kind(core)  # "The league suspended"
    return None if kind is None else (toks[np[0]].s, toks[np[1]].e, core, kind)


def _plain_definite_subject(toks: list[_Tok]) -> tuple[int, int] | None:
    """"The league", "The football league" opening the sentence before its verb: (0, last) or None
    (the common-noun rule then says whether it is a body that speaks)."""
    for last in (1, 2):
        if last + 1 < len(toks) and toks[0].t == "The" and all(
                toks[k].t.isalpha() and toks[k].t.islower() for k in range(1, last + 1)) and _verb_follows(toks, last + 1):
            return 0, last
    return None


def _verb_follows(toks: list[_Tok], k: int) -> bool:
    """A finite verb at token ``k``, past a comma parenthetical, adverbs and "on Tuesday"."""
    if toks[k].t in (",", "-", "\u2013", "\u2014"):  # "Prime Minister Novak, in a phone interview on Monday, expressed ..."
        mark = toks[k].t  # or a dash aside: "Ellison - who ran the fund - grew emotional"
        close = next((j for j in range(k + 1, min(len(toks), k + MAX_NP_TOKENS)) if toks[j].t == mark), None)
        k = close + 1 if close is not None and close + 1 < len(toks) else k
    while k < len(toks) - 1 and toks[k].t.lower() in W.PRE_CUE_SKIP and toks[k].t.lower() not in _AUX:
        k += 1
    if k < len(toks) - 2 and toks[k].t.lower() in ("on", "this", "late", "early") and toks[k + 1].t.lower() in W.DAY_WORDS:
        k += 2  # "The army on Tuesday released images ..., saying"
    nxt = toks[k].t
    obj = toks[k + 1].t.lower() if k + 1 < len(toks) else ""
    # the subject must be followed by its verb: "Turkish troops raided" is not "Turkish" + verb
    return nxt.isalpha() and nxt.islower() and (
        nxt in _AUX or nxt.endswith("ed") or nxt in _IRREGULAR_PAST
        or (obj in _OBJECT_OPENERS and nxt not in _NOT_VERBS)  # "Aid groups reject that argument, saying"
    )


#: ", adding that ..." after an attribution: the same speaker goes on (own claim, cue "adding").
_ADDING_RE = re.compile(r",[\u201d\"]?[ \t]*(?:also[ \t]+)?" + _SPEECH_PARTICIPLES.replace("(?:", "(", 1) + r"(?![\w-])")  # (',” adding')


def _split_adding(text: str, r: _Raw) -> tuple[_Raw, _Raw | None]:
    """Cut ``r`` before ", adding that C" and give C its own claim of the same speaker."""
    if r.rule not in _OBJECT_FRAME_RULES and not _adding_opens_quote(text, r) and (
        (r.start > r.cue_start and not _adding_that_after(text, r)) or not _ends_sentence(text, r.unit)
    ):
        # "X said that A, stressing that B" is one claim (the seeds' convention); after "“A,” X said", and
        # for ", adding that B" (a new assertion), the participle's clause is a claim of its own, unless
        # the page cuts it short
        return r, None
    lo = max(r.cue_end, r.sp_end)
    m = _ADDING_RE.search(text, lo, r.unit[1])
    cut = m.start() + 2 if m is not None and text[m.start() + 1 : m.start() + 2] in _CLOSE_Q + '"' else m and m.start()
    if m is None or _inside_any_quote(text, lo, cut):  # (the cut follows a quotation closed after its comma: ',” adding')
        return r, None
    hp = _past_adverb(text, m.end(1))
    s = _after_saying(text, hp, r.unit[1])
    head = text[hp : hp + 6].strip(" \t")
    qa = _QUOTE_AFTER_PARTICIPLE.match(text, m.end(1), r.unit[1]) if head[:4] != "that" else None
    if qa is not None:
        s = qa.end() - 1  # "saying in a statement: \u201cB\u201d": the quotation (not "adding that he had replied: ...")
    e = _content_end(text, s, r.unit[1])
    words = text[s:e].split(None, 8)
    if len(words) < 3 or not (
        head[:4] == "that" or head[:1] == ":" or head.lstrip(",: ")[:1] in _OPEN_Q + '"'
        or (m.group(1) in ("adding", "saying") and (_looks_like_clause(words) or _past_clause(words)))
        or (m.group(1) in _BARE_PARTICIPLES and _looks_like_clause(words))  # "..., warning the toll could rise"
    ):
        return r, None
    first_end = _content_end(text, r.start, cut if r.start > r.cue_start else min(r.sp_start, r.cue_start))
    if first_end <= r.start:
        return r, None
    second = r._replace(start=s, end=e, cue_start=m.start(1), cue_end=m.end(1), cue=m.group(1), rule=RULE_ADDING)
    return r._replace(end=first_end), second


_ADDING_THAT_RE = re.compile(r",[\u201d\"]?[ \t]*(?:also[ \t]+)?adding[ \t]+that(?![\w-])")


def _adding_that_after(text: str, r: _Raw) -> bool:
    """", adding that B" after the content: B is a further assertion of its own."""
    return _ADDING_THAT_RE.search(text, max(r.cue_end, r.sp_end), r.unit[1]) is not None


def _adding_opens_quote(text: str, r: _Raw) -> bool:
    """"X denied that A, saying in a statement: \u201cB\u201d": the participle opens a quotation of its own."""
    m = _ADDING_RE.search(text, max(r.cue_end, r.sp_end), r.unit[1])
    if m is None:
        return False
    head = text[m.end(1) : min(r.unit[1], m.end(1) + 40)]
    return _QUOTE_AFTER_PARTICIPLE.match(head) is not None


#: "saying: \u201c", "adding in a statement: \"": a colon and a quotation after the participle.
_QUOTE_AFTER_PARTICIPLE = re.compile(r"(?:[ \t]+[\w\u2019'-]+){0,4}[ \t]*:[ \t]*[\u201c\"]")


def _ends_sentence(text: str, unit: tuple[int, int]) -> bool:
    return text[unit[0] : unit[1]].rstrip()[-1:] in (".", "!", "?", "\u201d", '"', "\u2019", "'")


#: Rules of the frames that report through an object: a participle after them starts a new claim.
_OBJECT_FRAME_RULES = frozenset(
    "claim.np_object claim.of_complement claim.infinitive claim.put_at claim.describe_as claim.call_on".split()
)


def _inside_any_quote(text: str, lo: int, hi: int) -> bool:
    """Whether an odd number of quotation marks lies in ``text[lo:hi]`` (``hi`` inside a quote)."""
    return len(_QCHAR.findall(text, lo, hi)) % 2 == 1


def _quoting_claim(text: str, r: _Raw) -> bool:
    """A claim whose content is a quotation, or ends with one before its attribution
    ("More than half of firms “keep their cash there,” said X."): a quotation resumed after it
    goes on with the same speaker."""
    if text[r.start] in _OPEN_Q + '"' or _SINGLE_OPEN.match(text, r.start, r.end):
        return True
    if r.end <= r.start or text[r.end - 1] not in _CLOSE_Q + '"' or r.cue_start < r.end:
        return False
    return any(text[k] in _OPEN_Q + '"' for k in range(r.start, r.end - 1))


#: A content opened by a single mark: "'We are ready,' he said".
_SINGLE_OPEN = re.compile(r"['\u2018](?=[A-Z])")
#: A closing single mark followed by a space inside a unit: the quotation closed before the end.
_SINGLE_CLOSED = re.compile(r"[\w.,!?]['\u2019][ \t]")


def _single_quoted_unit(text: str, unit: tuple[int, int]) -> bool:
    """A unit that is one sentence in single marks and nothing else: "'We will go on.'"."""
    s = text[unit[0] : unit[1]].rstrip()
    return (len(s) > 4 and s[0] in "'\u2018" and s[1].isupper() and s[-1] in "'\u2019" and s[-2] in ".!?"
            and _SINGLE_CLOSED.search(s, 1, len(s) - 1) is None)


def _resumed_quote(text, prev_unit, unit, quotes, qstarts) -> bool:
    """Whether ``unit`` is nothing but a quotation following ``prev_unit`` in the
    same paragraph or as the whole next paragraph (no attribution of its own)."""
    gap = text[prev_unit[1] : unit[0]]
    if gap.strip() or gap.count("\n") > 2 or unit[0] >= unit[1]:
        return False
    if _single_quoted_unit(text, unit):
        return True  # "'A,' he said. 'B.'": straight single marks, which the quotation finder leaves alone
    if text[unit[0]] not in _OPEN_Q + '"':
        return False
    q = _quote_at(quotes, qstarts, unit[0])
    if q is None:
        return _unclosed_quote(text, unit)
    if q[0] != unit[0]:
        return False
    return not text[q[1] : unit[1]].strip(" \t\n.,;!?")


def _quote_paragraph(text: str, unit: tuple[int, int]) -> bool:
    """A paragraph that is a quoted sentence and nothing else (no cue after it, not a pull quote
    without its own full stop or comma)."""
    para_end = text.find("\n", unit[0])
    para_end = len(text) if para_end < 0 else para_end
    if not any(c in text[unit[0] + 1 : para_end] for c in _ANY_Q):
        return True  # a quotation running to the end of a paragraph cut short
    if _CUE_RE.search(text, unit[1], para_end) is not None:
        return False  # "\"...\" OCHA said.": attributed in the same paragraph
    k = unit[1]
    while k > unit[0] and text[k - 1] in " \t":
        k -= 1
    return text[k - 1 : k] not in _CLOSE_Q + '"' or text[k - 2 : k - 1] in ".,!?\u2026"


def _unclosed_quote(text: str, unit: tuple[int, int]) -> bool:
    """A quotation opened and never closed in its paragraph (a page cut short, a lost mark)."""
    para_end = text.find("\n", unit[0])
    para_end = len(text) if para_end < 0 else para_end
    body = text[unit[0] + 1 : para_end]
    return not any(c in body for c in _ANY_Q) and _CUE_RE.search(text, unit[0], unit[1]) is None


def _impersonal_claim(text, unit, m) -> _Raw | None:
    s = _content_start(text, m.end(), unit[1])
    e = _content_end(text, s, unit[1])
    if e <= s:
        return None
    return _Raw(s, e, -1, -1, m.start(1), m.end(1), m.group(1), "anonymous", "", unit, RULE_IMPERSONAL)


# --------------------------------------------------------------------------- naming


#: Up to three capitalised words right before a name ("Tawfiq " + "Abu Naim").
_NAME_BEFORE = re.compile(r"(?<![\w\u2019'-])((?:" + _NAME_TOKEN + r"[ \t]+){1,3})$")


@functools.lru_cache(maxsize=4096)
def _strip_title(core: str) -> str:
    """The personal or organisation name in a speaker phrase, titles removed (pure, so remembered)."""
    toks = _toks(core, 0, len(core))
    low = [t.t.lower() for t in toks]
    if any(w in W.TITLES for w in low):
        # "Secretary of State Antony Blinken": the trailing run of name words
        j = len(toks)
        while j > 0 and (
            (_is_cap(toks[j - 1].t) and low[j - 1] not in W.TITLES and low[j - 1] not in W.ORG_NOUNS)
            or (low[j - 1] in _NAME_PARTICLES and j < len(toks))
        ):
            j -= 1
        while j < len(toks) and low[j] in _NAME_PARTICLES:
            j += 1
        if j < len(toks) and j > 0:
            return core[toks[j].s : toks[-1].e]
    heads = [k for k, w in enumerate(low) if w in W.TITLES or w in W.ANONYMOUS_HEADS]
    if heads:
        k = heads[-1] + 1
        while k < len(toks) and toks[k].t == ".":
            k += 1
        j = k
        while j < len(toks) and (_is_cap(toks[j].t) or low[j] in _NAME_PARTICLES and j > k):
            j += 1
        while j > k and low[j - 1] in _NAME_PARTICLES:
            j -= 1
        if j > k:
            return core[toks[k].s : toks[j - 1].e]
    k = 0
    while k < len(toks) and low[k] in ("the", "a", "an"):
        k += 1
    return core[toks[k].s :].strip() if k < len(toks) else ""


_PLURAL_HEADS = frozenset(
    w for w in W.ANONYMOUS_HEADS if w.endswith("s") or w in ("people", "men", "women", "media")
) | frozenset(("they", "we"))
_DOC_HEADS = frozenset(
    "statement statements communique communiqué report website site portal analysis tally assessment findings".split()
)
_CAP_RUN = re.compile(r"(?!(?:The|A|An)\b)[A-Z][\w\u2019'-]*(?:[ \t]+[A-Z][\w\u2019'-]*)*")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_NAME_PARTICLES = frozenset("al el bin ibn abu abi de del van von da di la le".split())


def _expand_short_name(text: str, name: str, before: int) -> str:
    """"Abu Naim" -> "Tawfiq Abu Naim" when that full name appears earlier."""
    parts = name.split()
    if not name or len(parts) > 2 or not all(_is_cap(w) for w in parts):
        return name
    if name[:3] in ("Al-", "El-"):  # "Al-Qudra" at a sentence start is "al-Qudra" inside one
        low = name[0].lower() + name[1:]
        full = _expand_short_name(text, low, before)
        if full != low:
            return full
    lo = max(0, before - SHORT_NAME_BACK)
    best = None
    hi = before
    for _ in range(SHORT_NAME_TRIES):  # newest occurrence first, bounded
        k = text.rfind(name, lo, hi)
        if k < 0:
            break
        hi = k + len(name) - 1
        if k + len(name) < len(text) and (text[k + len(name)].isalnum()):
            continue
        kk = k
        if k >= 3 and text[k - 1] == "-" and text[k - 3 : k - 1].lower() in ("al", "el"):
            kk = k - 3  # "Majed al-Ansari" for "Ansari"
        m = _NAME_BEFORE.search(text, max(lo, kk - 120), kk)
        if m is not None and m.end() == kk:
            if kk != k:
                keep = [w for w in m.group(1).split() if w.lower() not in W.TITLES]
                if keep and all(_is_cap(w) for w in keep):
                    return " ".join(keep[-2:]) + " " + text[kk:k] + name
                continue
            best = m
            break
    if best is None:
        return name
    pre = best.group(1).split()
    keep: list[str] = []
    for w in reversed(pre):
        if w.lower() in W.TITLES or w.lower() in W.ORG_NOUNS or w in W.CAP_STOP or w.lower() in ("the", "a", "an"):
            break
        keep.insert(0, w)
    if not keep:
        return name
    return " ".join(keep + [name])


def _nearest_name(text: str, lo: int, hi: int, min_tokens: int = 1) -> str:
    """The last capitalised name (not a sentence opener) in ``text[lo:hi]``."""
    toks = _toks(text, lo, hi)
    k = len(toks) - 1
    while k >= 0:
        if _is_cap(toks[k].t) and toks[k].t not in W.CAP_STOP and toks[k].t.lower() not in W.PRONOUNS:
            j = k
            while j - 1 >= 0 and _is_cap(toks[j - 1].t) and toks[j - 1].t not in W.CAP_STOP:
                j -= 1
            while k + 1 < len(toks) and toks[k + 1].t.lower() in W.ORG_NOUNS and toks[k + 1].e <= hi:
                k += 1  # "The French military"
            phrase = text[toks[j].s : toks[k].e]
            name = _strip_title(phrase) or phrase
            if len(name.split()) >= min_tokens:
                return name
            k = j - 1
            continue
        k -= 1
    return ""



def _definite_title(text: str, low: list[str], history, before: int) -> str:
    """The person an earlier sentence named with the title ``low[-1]``
    ("Foreign Minister Nabil Fahmy" for "the minister"), or ""."""
    head = low[-1]
    mods = [w for w in low[1:-1] if w not in ("the",)]
    fallback = ""
    for ph, nm, kd in reversed(history):
        pl = [w.lower() for w in _words(ph)]
        if kd != "named" or not nm or head not in pl or nm.lower() == " ".join(pl):
            continue
        if nm.split()[0].lower() in W.TITLES or not _is_cap(nm.split()[0]):
            continue
        if all(m in pl for m in mods):
            return nm
        if not mods:
            fallback = fallback or nm
    if fallback:
        return fallback
    # not a speaker yet: "... Foreign Minister Nabil Fahmy met ..." in the narration
    lo = max(0, before - TITLE_BACK_WINDOW)
    pat = re.compile(r"(?i:" + r"[ \t]+".join(re.escape(w) for w in mods + [head]) + r")(?:[ \t]*,)?[ \t]+((?:" + _NAME_TOKEN + r"|al|el|bin|ibn|abu)(?:[ \t]+(?:"
                     + _NAME_TOKEN + r"|al|el|bin|ibn|abu|al-[\w'-]+|el-[\w'-]+)){1,3})")
    best = ""
    for m in pat.finditer(text, lo, max(lo, before)):
        cand = m.group(1).split()
        while cand and (cand[-1] in W.CAP_STOP or cand[-1].lower() in W.ORG_NOUNS or cand[-1].lower() in W.TITLES):
            cand.pop()
        if len(cand) >= 2 and cand[0] not in W.CAP_STOP and _is_cap(cand[0]) and cand[0].lower() not in W.TITLES:
            best = " ".join(cand)
    return best


def _initials(name: str) -> str:
    """"World Health Organization" -> "WHO" (function words skipped)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in ("of", "for", "the", "and"))


#: A person introduced with an age: "Ahmed Abu Taha, 35, a pharmacist from Beit Lahiya".
_AGE_INTRO = re.compile(r"(?<![\w\u2019'-])((?:" + _NAME_TOKEN + r"[ \t]+){1,3}" + _NAME_TOKEN + r"),[ \t]+\d{1,3},")


def _person_name(entry: tuple[str, str, str]) -> bool:
    """Whether a history entry (phrase, name, kind) is a named person ("Ronen Shaked")."""
    ph, nm, kd = entry
    parts = nm.split()
    if kd != "named" or len(parts) < 2 or not all(_is_cap(w) for w in parts):
        return False
    pw = [w.lower() for w in _words(ph)]
    return not any(w.lower() in W.ORG_NOUNS or w.lower() in W.NP_MODIFIERS for w in parts) and not (
        pw and pw[-1] in W.ORG_NOUNS
    )


def _resolve(text: str, raws: list[_Raw]) -> list[tuple[str, str]]:
    """(speaker_name, kind) for each raw claim, resolving back-references."""
    out: list[tuple[str, str]] = []
    # (speaker phrase, name, kind) of the latest claims; bounded to keep this linear
    history: deque[tuple[str, str, str]] = deque(maxlen=HISTORY)
    prev_end = 0
    for r in raws:
        phrase = text[r.sp_start : r.sp_end] if r.sp_start >= 0 else ""
        words = _words(r.core)
        low = [w.lower() for w in words]
        if r.kind == "pronoun":
            name, kind = _resolve_pronoun(text, r, low[0], history, prev_end)
        elif r.kind == "anonymous":
            name, kind = _resolve_anonymous(phrase, low, history)
        elif words and low[0] == "the" and low[-1] in W.TITLES and not any(
            _is_cap(w) and w.lower() not in W.TITLES and w.lower() not in W.NP_MODIFIERS for w in words[1:]
        ):
            # "the minister": the minister named earlier
            name, kind = _definite_title(text, low, history, r.sp_start) or _strip_title(r.core), r.kind
        elif _definite_body(words, low):
            # "the militant group", "the organization", "the statement": the body named before
            name, kind = _body_named_before(low[-1], history) or _strip_title(r.core), r.kind
        elif words:
            name, kind = _resolve_named(text, r, phrase, low, history), r.kind
        else:
            name, kind = "", r.kind
        out.append((name, kind))
        history.append((phrase, name, kind))
        prev_end = max(prev_end, r.end, r.sp_end)
    return out


def _definite_body(words: list[str], low: list[str]) -> bool:
    """"the group", "the militant group", "the update": a definite body or document with no name."""
    return (
        len(low) >= 2 and low[0] == "the" and (low[-1] in W.ORG_NOUNS or low[-1] in _DOC_HEADS)
        and not any(_is_cap(w) for w in words[1:]) and all(w.isalpha() or "-" in w for w in low)
    )


def _body_named_before(head: str, history) -> str:
    """The latest named organisation speaker (one written with the same head noun first)."""
    bodies = [(ph, nm) for ph, nm, kd in reversed(history) if kd == "named" and nm and _organisation(ph, nm)]
    same = [nm for ph, nm in bodies if head in ph.lower().split()]
    if same or head not in R.GENERIC_BODY_HEADS:
        return (same or [""])[0]  # "the interior ministry" is not just any body named before
    return (same or [nm for _, nm in bodies] or [""])[0]


def _organisation(phrase: str, name: str) -> bool:
    """A named body rather than a person: "The Red Crescent", "Reuters", "the ministry of health"."""
    low = phrase.lower().split()
    if not any(_is_cap(w) for w in name.split()) or any(w in W.TITLES for w in low):
        return False
    return low[:1] == ["the"] or len(name.split()) == 1 or any(w in W.ORG_NOUNS for w in low)


def _resolve_pronoun(text: str, r: _Raw, p: str, history, prev_end: int) -> tuple[str, str]:
    """"it" -> the nearest name; "he"/"she" -> a person introduced or quoted before; "they" -> the last speaker."""
    if p == "it":
        name = _nearest_name(text, r.unit[0], r.sp_start) or _nearest_name(text, max(0, r.sp_start - IT_NAME_BACK), r.sp_start)
        if not name:
            name = next((nm for ph, nm, kd in reversed(history) if kd == "named" and nm), "")
        return name, "named"
    if p in ("he", "she"):
        return _resolve_person(text, r, history, prev_end)
    if history:  # they / we
        _, name, kind = history[-1]
        return name, kind
    return "", "named"


def _resolve_person(text: str, r: _Raw, history, prev_end: int) -> tuple[str, str]:
    """"he"/"she": a person introduced with an age since the last claim, else the last singular speaker."""
    lo, hi = prev_end, min(r.start, r.sp_start)
    intro = None
    if hi - lo < BACK_WINDOW * 2:
        for intro in _AGE_INTRO.finditer(text, lo, max(lo, hi)):
            pass
    if intro is not None:
        return intro.group(1), "named"  # "Ahmed Abu Taha, 35, a pharmacist, ... he said"
    titled = _titled_subject(text, lo, hi) if hi - lo < BACK_WINDOW * 2 else ""
    if titled:
        return titled, "named"  # "President Ann Lee visited the site on Friday. She said ..."
    for ph, nm, kd in reversed(history):
        head = _words(ph)[-1].lower() if _words(ph) else ""
        if nm and head not in _PLURAL_HEADS and not _no_person_antecedent(ph, nm, head):
            return nm, kd
    return _nearest_name(text, max(0, r.sp_start - PERSON_NAME_BACK), r.sp_start, 2), "named"


#: A sentence opening with a titled personal name and its verb: "Colonel Ann Lee named the victims".
_TITLED_SUBJECT = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\u201d\"][ \t])|(?<=\n))((?:[A-Z][\w.\u2019'-]*[ \t]+){2,6})[a-z]", re.M)


#: A sentence opening with a personal name and an indefinite appositive: "Ken Fallas, a Costa Rican architect,".
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(" + _NAME_TOKEN + r"(?:[ \t]+" + _NAME_TOKEN + r"){1,3}),[ \t]+an?[ \t]", re.M
)


def _titled_subject(text: str, lo: int, hi: int) -> str:
    """The name in the last sentence between ``lo`` and ``hi`` whose subject is a titled personal name
    ("Colonel Ann Lee named the two victims") or a name with an indefinite appositive ("Ken Fallas, a
    Costa Rican architect, filmed the crowd"): the person a later "he"/"she" means."""
    found = [(m.start(), m.group(1)) for m in _DESCRIBED_SUBJECT.finditer(text, lo, max(lo, hi))]
    for m in _TITLED_SUBJECT.finditer(text, lo, max(lo, hi)):
        words = m.group(1).split()
        k = 0
        while k < len(words) and words[k].lower().rstrip(".") in W.TITLES:
            k += 1
        rest = words[k:]
        if k and 2 <= len(rest) <= 4 and not any(w.lower() in W.ORG_NOUNS or w in W.CAP_STOP for w in rest):
            found.append((m.start(), " ".join(rest)))
    return max(found)[1] if found else ""


#: Indefinite speakers no "he" or "she" goes back to ("“Run,” someone shouted. ... He said"): a cry's unknown author.
_INDEFINITE_SPEAKERS = frozenset("someone somebody anyone anybody".split())


def _no_person_antecedent(phrase: str, name: str, head: str) -> bool:
    """A speaker that "he" or "she" cannot stand for: an indefinite one, or a body ("the agency")."""
    words = [w.lower() for w in _words(phrase)]
    if "of" in words[1:]:
        head = words[words.index("of", 1) - 1]  # "A member of the Fatah central committee": a person
    return head in _INDEFINITE_SPEAKERS or (head in W.ORG_NOUNS and head not in W.TITLES and _organisation(phrase, name))


def _resolve_anonymous(phrase: str, low: list[str], history) -> tuple[str, str]:
    """"the source" -> the unnamed source cited before (or the person a translation renames)."""
    if not (low and low[0] == "the" and low[-1] in W.DEFINITE_BACKREFS):
        return phrase, "anonymous"
    stem = low[-1].rstrip("s")
    earlier = [(ph, nm) for ph, nm, kd in history if kd == "anonymous" and ph and ph != phrase]
    same = [(ph, nm) for ph, nm in earlier if stem in ph.lower()]
    if same or earlier:
        ph, nm = (same or earlier)[-1]
        return nm or ph, "anonymous"
    if history and not low[-1].endswith("s") and _person_name(history[-1]):
        # translated copy varies the noun: "the representative, Ronen Shaked, stated ...
        # The diplomat underlined ...": no unnamed source yet
        return history[-1][1], "named"
    return phrase, "anonymous"


def _resolve_named(text: str, r: _Raw, phrase: str, low: list[str], history) -> str:
    """A named speaker's name: titles stripped, a document's issuer, short names and acronyms expanded."""
    name = _strip_title(r.core)
    if low[-1] in _DOC_HEADS:  # "a statement from the Workers' Party" -> "Workers' Party"
        caps = _CAP_RUN.search(phrase)
        if caps:
            name = _POSSESSIVE_END.sub("", caps.group())  # "CNN's analysis" -> "CNN"
    name = _expand_short_name(text, name, r.sp_start if r.sp_start >= 0 else r.start)
    if _ACRONYM_WORD.fullmatch(name):
        for ph, nm, kd in reversed(history):
            if kd == "named" and _initials(nm) == name:
                return nm  # "the WHO" after "The World Health Organization warned"
    return name


# --------------------------------------------------------------------------- entry point


#: Words before a quoted programme or publication title: "told CBS's "Face the Nation"", "on "Meet the Press"".
_TITLE_QUOTE_BEFORE = re.compile(r"(?:['\u2019]s?|\b(?:with|on|to|in|from|the|told|show|program|programme|podcast|series|titled|entitled))[ \t]*$")
_TITLE_QUOTE_WORDS = frozenset("the a an of and to in on for with at".split())


def _title_quote(text: str, q: tuple[int, int]) -> bool:
    """A short title-case quotation after a possessive or a preposition is a programme or
    publication title, not a quotation: ("Yellen told CBS News' "Face the Nation" on Sunday")."""
    inner = text[q[0] + 1 : q[1] - 1]
    if inner[-1:] in ".," and text[q[1] : q[1] + 1] in ("", " ", "\n"):
        inner = inner[:-1]  # the sentence's stop inside the marks: "on ABC's "Good Morning America.""
    words = inner.split()
    if not 1 <= len(words) <= TITLE_QUOTE_WORDS or any(c in inner for c in ".,;:!?\n"):
        return False
    if not all(w[:1].isupper() or w in _TITLE_QUOTE_WORDS for w in words) or not words[-1][:1].isupper():
        return False
    return _TITLE_QUOTE_BEFORE.search(text, max(0, q[0] - 20), q[0]) is not None


class _Scan:
    """The state of one article's scan: the text, its quotations, the claims so far
    and, per unit, the spans already taken by a claim."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self.quotes = [q for q in doc.quotes if not _title_quote(doc.text, q)]
        self.qstarts = [q[0] for q in self.quotes]
        self.raws: list[_Raw] = []
        self.taken: list[tuple[int, int]] = []

    def inside_quote(self, pos: int) -> bool:
        return _inside_quote(self.quotes, self.qstarts, pos)

    def add(self, r: _Raw) -> None:
        self.raws.append(r)
        self.taken.append((r.start, r.end))

    def end_last_before(self, at: int) -> _Raw:
        """End the last claim's content before ``at``, where a later source takes over;
        returns that claim as it was."""
        prev = self.raws[-1]
        self.raws[-1] = prev._replace(end=_content_end(self.text, prev.start, at))
        return prev


def extract_claims(doc: Doc) -> list[Claim]:
    """Every sourced assertion of the article ``doc`` reads, sorted by content start."""
    article = doc.article
    text = article.text
    if not text or article.body_start >= len(text):
        return []
    st = _Scan(doc)
    prev_unit: tuple[int, int] | None = None
    prev_raw: _Raw | None = None
    last_raw: _Raw | None = None
    for unit in _units(doc, st.quotes):
        n_before = len(st.raws)
        cont = prev_raw
        if cont is None and last_raw is not None and _quote_paragraph(text, unit) and (
                "\n" in text[prev_unit[1] : unit[0]] or last_raw.rule == _RULE_THAT):
            cont = last_raw  # "X said C." then a paragraph (or, after "X explained that C.", a sentence) that is only a quotation
        if cont is not None and prev_unit is not None and _resumed_quote(text, prev_unit, unit, st.quotes, st.qstarts):
            # "“A,” he said. “B.”": the quotation picked up again is a claim of the same speaker and cue
            e = _content_end(text, unit[0], unit[1])
            st.raws.append(cont._replace(start=unit[0], end=e, unit=unit, rule=RULE_CONTINUED))
            prev_raw, prev_unit = st.raws[-1], unit
            continue
        _scan_unit(st, unit)
        if prev_unit is not None and prev_raw is None:
            _cue_after_quote(st, prev_unit, unit, n_before)  # "“...” The agency said."
        prev_unit = unit
        last = st.raws[-1] if len(st.raws) > n_before else None
        last_raw = last if last is not None and last.unit == unit and last.sp_start < last.start else None
        prev_raw = last if last is not None and _quoting_claim(text, last) and last.unit == unit else None
    for unit in _headline_units(doc):
        _scan_headline(st, unit)
    st.raws.sort(key=lambda r: (r.start, r.cue_start))
    return _to_claims(article.id, text, st.raws)


#: Rules a headline line may use: the speaker opens the line, the content follows the cue.
#: The rule of "X said (adjuncts) that C": a quotation after it in its paragraph is X's too.
_RULE_THAT = RULE_OF_MODE["that"]

_HEADLINE_RULES = frozenset(("claim.that", "claim.bare", "claim.quote", "claim.colon", "claim.np_object"))


#: A sentence connective before the speaker of a line that lost its full stop: "Also, police said ..."
_LINE_CONNECTIVE = re.compile(r"[ \t]*[A-Z][a-z]+,[ \t]*")


def _opens_line(text: str, start: int, sp_start: int) -> bool:
    """The speaker opens the line, or follows only a connective and a comma."""
    return sp_start == start or _LINE_CONNECTIVE.fullmatch(text, start, sp_start) is not None


#: Symbols before a caption or list line ("• ", "► ", "???? " where an emoji was lost in capture).
_LINE_BULLET = re.compile(r"[ \t]*[^\w\s\"'\u201c\u2018(\[]{1,6}[ \t]+")


def _scan_headline(st: _Scan, unit: tuple[int, int]) -> None:
    """A headline or standfirst line: only "SPEAKER cue CONTENT" with the speaker opening the line."""
    n = len(st.raws)
    st.taken = []
    text = st.text
    bullet = _LINE_BULLET.match(text, unit[0], unit[1])
    if bullet is not None and bullet.end() < unit[1]:
        unit = (bullet.end(), unit[1])  # "► Police say ...", "???? NAME admitted ...": the line opens after the symbol
    _scan_cues(st, unit)
    new = [
        r for r in st.raws[n:]
        if (_opens_line(text, unit[0], r.sp_start) and r.rule in _HEADLINE_RULES)
        or (r.rule == RULE_CONTENT_BEFORE and r.start == unit[0] and not text[r.cue_end : unit[1]].strip(" \t.!"))
        or (r.rule == RULE_INVERSION and _opens_line(text, unit[0], r.start) and not text[r.sp_end : unit[1]].strip(" \t.!"))
    ]
    del st.raws[n:]
    st.raws.extend(new)
    if not new:
        _title_case_headline(st, unit)
    if len(st.raws) == n:
        _colon_headline(st, unit)


#: Title-case headline cues: "Governor Confirms 99 Dead", "Police Say Driver Was Unhurt".
_TITLE_CUE_RE = re.compile(r"[ \t](Says|Say|Confirms|Warns|Denies|Announces|Urges|Insists|Admits|Reveals|Vows|Tells)[ \t]+(?=[A-Z0-9\u2018\u201c'\"])")
_TITLE_FUNCTION_WORDS = frozenset("The A An To In On At For And Or With By From As".split())
RULE_TITLE_HEADLINE = register(
    "claim.title_headline", "claim", "a title-case headline: SPEAKER Says C", "Fire Chief Confirms Two Dead In Blaze"
)


def _title_case_headline(st: _Scan, unit: tuple[int, int]) -> None:
    """"Hawaii Gov. Ana Lee Confirms 99 Dead in Fires: ...": the words before the capitalised cue speak."""
    text = st.text
    m = _TITLE_CUE_RE.search(text, unit[0], unit[1])
    if m is None:
        return
    toks = _toks(text, unit[0], m.start(1))
    words = [t.t for t in toks]
    if not toks or len(words) > MAX_SUBJECT_TOKENS or not all(_is_cap(w) or w in ".'\u2019" for w in words):
        return
    kind = _np_kind(words)
    if kind not in ("named", "anonymous") or any(w in W.CAP_STOP or w in _TITLE_FUNCTION_WORDS for w in words[1:]):
        return  # not "The Day The River Says Goodbye"
    stop = text.find(":", m.end(), unit[1])
    e = _content_end(text, m.end(), stop if stop > 0 else unit[1])
    if len(text[m.end() : e].split()) < 2:
        return
    sp_s, sp_e = toks[0].s, toks[-1].e
    st.add(_Raw(m.end(), e, sp_s, sp_e, m.start(1), m.end(1), m.group(1), kind, text[sp_s:sp_e], unit, RULE_TITLE_HEADLINE))


#: "Interior ministry: 40 villages cut off": a source phrase, a colon, then the line's claim.
_COLON_HEADLINE = re.compile(r"([^:\n]{2,60}?)[ \t]*:[ \t]+(?=\S)")
RULE_COLON_HEADLINE = register(
    "claim.headline_colon", "claim", "a headline SOURCE: C, the source an office or a title",
    "Health ministry: 40 villages cut off by floods",
)
#: Short titles a headline's source may end with besides W.TITLES and W.ORG_NOUNS.
_HEADLINE_TITLES = frozenset("pm fm premier chief".split())


def _colon_headline(st: _Scan, unit: tuple[int, int]) -> None:
    """"The premier's office: talks 'constructive', gaps remain": the phrase before the colon speaks
    when it ends in an office, a body or a title (not "Live: ..." nor a place: "Rome: ...")."""
    text = st.text
    m = _COLON_HEADLINE.match(text, unit[0], unit[1])
    if m is None:
        return
    toks = _toks(text, m.start(1), m.end(1))
    words = [t.t for t in toks]
    head = words[-1].lower() if words else ""
    if not words or len(words) > MAX_SUBJECT_TOKENS or not (head in W.TITLES or head in W.ORG_NOUNS or head in _HEADLINE_TITLES):
        return
    if any(w.lower() in _FORM_TO_LEMMA or w.lower() in _AUX for w in words):
        return  # "Army warns cabinet: ...": a verb before the colon, the line's own clause
    kind = _np_kind(words)
    e = _content_end(text, m.end(), unit[1])
    if kind not in ("named", "anonymous") or len(text[m.end() : e].split()) < 3:
        return
    st.add(_Raw(m.end(), e, toks[0].s, toks[-1].e, m.end(1), m.end(), "\u2014", kind, text[toks[0].s : toks[-1].e], unit,
                RULE_COLON_HEADLINE))


def _cue_after_quote(st: _Scan, prev_unit: tuple[int, int], unit: tuple[int, int], n_before: int) -> None:
    """A bare quotation closed by a full stop (or a question mark), then "SPEAKER said." as its
    own sentence: the quotation is the content. "SPEAKER said, adding that C." also gives C its
    own claim (``n_before``: the unit's first claim in ``st.raws``, made by its own cues)."""
    text = st.text
    q = _quote_at(st.quotes, st.qstarts, prev_unit[0])
    if q is None or q[0] != prev_unit[0] or text[q[1] : unit[0]].strip(" \t.,"):
        return
    m = _CUE_RE.search(text, unit[0], unit[1])
    if m is None or _FORM_TO_LEMMA.get(m.group()) == W.ACCORDING_TO:
        return
    adding = _ADDING_RE.match(text, m.end(), unit[1]) if text[m.end() : unit[1]].strip(" \t.") else None
    if adding is None and text[m.end() : unit[1]].strip(" \t."):
        return
    if any(r.cue_start == m.start() for r in st.raws[n_before:]):
        return
    found = _speaker_before(text, unit, m.start())
    if found is None or found[0] != unit[0] or found[3] != "start":
        return
    sp_start, sp_end, core, _ = found
    kind = _subject_kind(_words(core)) or "named"
    e = _content_end(text, q[0], q[1])
    raw = _Raw(q[0], e, sp_start, sp_end, m.start(), m.end(), m.group(), kind, core, unit, RULE_CONTENT_BEFORE)
    st.add(raw)
    if adding is not None and not any(r.cue_start == adding.start(1) for r in st.raws[n_before:]):
        second = _split_adding(text, raw._replace(end=unit[1]))[1]  # "“...?” X said, adding that C"
        if second is not None:
            st.add(second)


def _scan_unit(st: _Scan, unit: tuple[int, int]) -> None:
    """Every construction tried on one unit, in order: impersonal, cues, "as saying", participles."""
    text = st.text
    seg = text[unit[0] : unit[1]]
    st.taken = []
    for m in _matches(_IMPERSONAL_RE, _IMPERSONAL_NEEDS, text, unit, seg):
        if st.inside_quote(m.start()):
            continue
        r = _impersonal_claim(text, unit, m)
        if r is not None:
            st.add(r)
        break
    _scan_cues(st, unit)
    for m in _matches(_AS_SAYING_RE, _AS_SAYING_NEEDS, text, unit, seg):
        if st.inside_quote(m.start()):
            continue
        if any(s0 <= m.start() < e0 for s0, e0 in st.taken):
            _nested_citation(st, unit, m)
            continue
        r = _as_saying_claim(text, unit, m)
        if r is not None:
            st.add(r)
            _cited_by(st, unit, r)
        break
    for m in _matches(_WITH_SAYING_RE, _WITH_SAYING_NEEDS, text, unit, seg):
        if not st.inside_quote(m.start()):
            _with_saying(st, unit, m)
    for m in _matches(_WHICH_DENIED_RE, _WHICH_DENIED_NEEDS, text, unit, seg):
        if not st.inside_quote(m.start()):
            _which_denied(st, unit, m)
    _as_and_what_frames(st, unit, seg)
    if not st.taken and ":" in seg:
        _manner_colon(st, unit)
    if not st.taken:
        for m in _matches(_SUBJECT_PARTICIPLE_RE, _SUBJECT_PARTICIPLE_NEEDS, text, unit, seg):
            if st.inside_quote(m.start()):
                continue
            r = _participle_claim(text, unit, m)
            if r is not None:
                st.add(r)
            break


#: Literal strings (case as written) that every match of a unit-wide pattern contains: a unit
#: lacking one is not searched (``in`` costs a fraction of a scan; tests/test_attribution_speed.py
#: checks each against its pattern).
_IMPERSONAL_NEEDS = ("that",)  # "... it was reported that"
_AS_SAYING_NEEDS = ("ing",)  # every verb of "as saying" is a participle in -ing
_WITH_SAYING_NEEDS = ("with", "ing")
_WHICH_DENIED_NEEDS = ("which",)
_SUBJECT_PARTICIPLE_NEEDS = ("ing",)


def _matches(pattern: re.Pattern, needs: tuple[str, ...], text: str, unit: tuple[int, int], seg: str):
    """``pattern.finditer`` over the unit (whose text is ``seg``); nothing when ``seg`` lacks
    one of ``needs``, strings every match contains (so the result is the same)."""
    for n in needs:
        if n not in seg:
            return iter(())
    return pattern.finditer(text, unit[0], unit[1])


#: "..., with the airline saying the crew had ...": the noun phrase speaks.
_WITH_SAYING_RE = re.compile(
    r"(?<![\w-])with[ \t]+((?:[^\s,.;:!?\u201c\u201d\"]+[ \t]+){1,8}?)(saying|adding|noting|warning|insisting|claiming"
    r"|arguing|stressing|stating|reporting|suggesting|alleging)(?![\w-])"
)
RULE_WITH_SAYING = register(
    "claim.with_saying", "claim", "with X saying C", "Flights resumed, with the airline saying the crew was safe."
)


def _with_saying(st: _Scan, unit: tuple[int, int], m) -> None:
    """"..., with the airline saying C": the airline's claim; a claim running over it ends before "with"."""
    text = st.text
    source = _whole_source_np(text, m.start(1), m.end(1))
    if source is None:
        return
    toks, kind = source
    s = _after_saying(text, m.end(2), unit[1])
    e = _content_end(text, s, unit[1])
    if len(text[s:e].split(None, 3)) < 3:
        return
    if st.raws and st.raws[-1].unit == unit and st.raws[-1].start < m.start() < st.raws[-1].end:
        st.end_last_before(m.start())
    core = text[toks[0].s : toks[-1].e]
    st.add(_Raw(s, e, toks[0].s, toks[-1].e, m.start(2), m.end(2), m.group(2), kind, core, unit, RULE_WITH_SAYING))



# --- "C, as X reported." / "As X said, C" / "what X said was C" ---------------------------------

#: A reporting verb after "as X" or "what X" (with an auxiliary "has"/"had" before it).
_AS_VERB = r"((?:(?:has|had)[ \t]+)?(?:reported|said|noted|wrote|stated|announced|confirmed|told|claimed|reports|says|notes|claims))"
#: The adjuncts a short attribution may end with ("on Sunday", "earlier this week", "late Monday").
_AS_ADJUNCT = r"(?:[ \t]+(?:on|in|at|late|early|last|this|earlier|later|overnight)(?:[ \t]+[^\s,.;:!?\u201c\u201d\"]+){0,2})?"
#: "..., as The Guardian reported." closing a sentence: the outlet reports the clause before it.
_AS_TRAILING_RE = re.compile(
    r",[ \t]+as[ \t]+((?:[^\s,.;:!?\u201c\u201d\"]+[ \t]+){1,8}?)" + _AS_VERB + _AS_ADJUNCT + r"[ \t]*(?=[.!?]?[ \t\"\u201d]*$)"
)
#: "As the ministry said on Monday, C": the source opens the sentence.
_AS_OPENING_RE = re.compile(r"As[ \t]+((?:[^\s,.;:!?\u201c\u201d\"]+[ \t]+){1,8}?)" + _AS_VERB + _AS_ADJUNCT + r",[ \t]+")
RULE_AS_REPORTED = register(
    "claim.as_reported", "claim", "C, as X reported / As X said, C", "The bridge had closed, as the local paper reported."
)


def _source_claim(st: _Scan, unit: tuple[int, int], m, s: int, e: int, rule: str) -> None:
    """Store the claim ``text[s:e]`` of the source noun phrase in group 1 of ``m`` (cue in group 2)."""
    text = st.text
    source = _whole_source_np(text, m.start(1), m.end(1))
    s = _content_start(text, s, e)
    e = _content_end(text, s, e)
    if source is None or len(text[s:e].split(None, 3)) < 3:
        return
    toks, kind = source
    core = text[toks[0].s : toks[-1].e]
    cue = m.group(2).split()[-1]
    st.add(_Raw(s, e, toks[0].s, toks[-1].e, m.end(2) - len(cue), m.end(2), cue, kind, core, unit, rule))


def _as_and_what_frames(st: _Scan, unit: tuple[int, int], seg: str) -> None:
    """The constructions whose cue follows "as": the source frames the clause ("what X said was" is
    :func:`_what_was_claim`)."""
    text = st.text
    if ", as " in seg:
        for m in _AS_TRAILING_RE.finditer(text, unit[0], unit[1]):
            if not st.inside_quote(m.start()):
                _source_claim(st, unit, m, _unit_start(text, unit), m.start(), RULE_AS_REPORTED)
    if "As " in seg:
        u0 = _content_start(text, _unit_start(text, unit), unit[1])
        m = _AS_OPENING_RE.match(text, u0, unit[1])
        if m is not None:
            _source_claim(st, unit, m, m.end(), unit[1], RULE_AS_REPORTED)


def _whole_source_np(text: str, a: int, b: int) -> tuple[list[_Tok], str] | None:
    """The tokens of ``text[a:b]`` and their kind when they are exactly one source noun
    phrase ("the airline", "the army"), not a pronoun; None otherwise."""
    toks = _toks(text, a, b)
    np = _np_forward(toks, 0)
    if np is None or np[0] != 0 or np[1] != len(toks) - 1:
        return None
    kind = _subject_kind([t.t for t in toks])
    return None if kind in (None, "pronoun") else (toks, kind)


_WHICH_ADVERB = r"(?:(?:also|later|since|swiftly|strongly|repeatedly|previously|publicly|flatly|firmly)[ \t]+)?"
#: "..., which the ministry has denied.": a source rejecting (or confirming) the clause before.
_WHICH_DENIED_RE = re.compile(
    r",[ \t]+which[ \t]+((?:[^\s,.;:!?\u201c\u201d\"]+[ \t]+){1,8}?)" + _WHICH_ADVERB + r"((?:(?:has|have|had)[ \t]+)?"
    + _WHICH_ADVERB + r"(?:denied|rejected|disputed|contested|dismissed|confirmed|acknowledged))"
    r"(?:[ \t]+(?:on|in|at|late|early|last|this)[ \t]+[^\s,.;:!?]+(?:[ \t]+[^\s,.;:!?]+)?)?[ \t]*(?=[.!?]?[ \t]*$)"
)
RULE_WHICH_DENIED = register(
    "claim.which_denied", "claim", "C, which X has denied", "The dam was mined, which the army has denied."
)


_LAST_WORD = re.compile(r"([A-Za-z]+)$")


def _refuses_a_proposal(text: str, start: int, comma: int) -> bool:
    """Whether ", which X rejected" follows an offer or a plan ("offered a pause, which the
    rebels rejected"): X refuses the offer, nothing said is denied."""
    w = _LAST_WORD.search(text, start, comma)
    return w is not None and w.group(1).lower() in W.PROPOSAL_NOUNS


def _which_denied(st: _Scan, unit: tuple[int, int], m) -> None:
    """"C, which X has denied": X's claim (a denial or confirmation) with content C; a claim running over it ends before."""
    text = st.text
    source = _whole_source_np(text, m.start(1), m.end(1))
    if source is None or _refuses_a_proposal(text, unit[0], m.start()):
        return
    toks, kind = source
    s = unit[0]
    if st.raws and st.raws[-1].unit == unit and st.raws[-1].start < m.start() <= st.raws[-1].end:
        s = st.end_last_before(m.start()).start  # "officials say that C, which X has denied": X denies C
    s = _content_start(text, s, m.start())
    e = _content_end(text, s, m.start())
    if len(text[s:e].split(None, 3)) < 3:
        return
    core = text[toks[0].s : toks[-1].e]
    st.add(_Raw(s, e, toks[0].s, toks[-1].e, m.start(2), m.end(2), m.group(2), kind, core, unit, RULE_WHICH_DENIED))


def _nested_citation(st: _Scan, unit: tuple[int, int], m) -> None:
    """"X said that C1, citing Y as saying that C2": Y's claim of its own; X's ends before "citing"."""
    if not st.raws or st.raws[-1].unit != unit:
        return
    prev, text = st.raws[-1], st.text
    r = _as_saying_claim(text, unit, m)
    cite = text.rfind(",", prev.start, r.cue_start) if r is not None else -1
    if r is None or cite < 0 or not (prev.start < cite < prev.end) or r.start < m.start():
        return
    if not _CITING_AT.match(text, cite):
        return
    st.end_last_before(cite)
    st.add(r)


#: ", citing" / ", quoting" right after a comma: a nested source follows.
_CITING_AT = re.compile(r",[ \t]*(?:citing|quoting)(?![\w-])")


#: A cue word followed straight by a finite cue verb is a noun: "the intelligence report said".
_FINITE_CUE_AFTER = re.compile(r"[ \t]+(?:said|says|[a-z]+ed)(?![\w-])")


def _past_cue(word: str) -> bool:
    return (word.endswith("ed") or word in ("said", "told")) and _FORM_TO_LEMMA.get(word, W.ACCORDING_TO) != W.ACCORDING_TO


_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])([a-z]+)[ \t]+$")


def _noun_before_verb(text: str, m) -> bool:
    """"The report said", "the estimate suggested", "denied reports": the word names a document, not the act."""
    form = m.group()
    if form.endswith("ed") or form in ("said", "told") or " " in form:
        return False
    prev = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if prev is not None and _past_cue(prev.group(1)):
        return True  # "the ministry denied reports that ...": the object of the verb before
    nxt = _FINITE_CUE_AFTER.match(text, m.end())
    if nxt is not None and _FORM_TO_LEMMA.get(nxt.group().strip(), W.ACCORDING_TO) != W.ACCORDING_TO:
        return True
    return _plural_noun_before_present(text, m)


#: Words after which a past form modifies a noun, never a finite verb: a determiner or a preposition.
_ATTRIBUTIVE_BEFORE = frozenset("the a an of for with among including this these those its their no any every each".split())


def _attributive(text: str, m) -> bool:
    """"the number of confirmed dead", "an estimated 40,000", "the reported attack": a past form
    straight after a determiner or a preposition modifies a noun; nobody is speaking."""
    form = m.group()
    if not form.endswith("ed") or " " in form:
        return False
    prev = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    return prev is not None and prev.group(1) in _ATTRIBUTIVE_BEFORE


#: The word after a cue word: "reports reveal", "claims suggest".
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)(?![\w'-])")


def _plural_noun_before_present(text: str, m) -> bool:
    """"recent reports reveal that", "media claims suggest": a cue word in -s followed
    straight by the plain form of a cue verb is a plural noun, the subject of that verb."""
    form = m.group()
    if not form.endswith("s"):
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    return nxt is not None and nxt.group(1) in W.CUE_VERBS and nxt.group(1) != W.ACCORDING_TO


def _scan_cues(st: _Scan, unit: tuple[int, int]) -> None:
    """The cue words of a unit, outside quotations, each tried against its constructions."""
    for tried, m in enumerate(_CUE_RE.finditer(st.text, unit[0], unit[1])):
        if tried >= MAX_CUES_PER_UNIT:
            break
        c0 = m.start()
        if st.inside_quote(c0) or _noun_before_verb(st.text, m) or _attributive(st.text, m):
            continue
        nested = any(s <= c0 < e for s, e in st.taken) or any(r.start <= c0 < r.end for r in st.raws[max(0, len(st.raws) - RECENT_CLAIMS) :])
        lemma = _FORM_TO_LEMMA.get(m.group()) or _FORM_TO_LEMMA.get(_SPACES.sub(" ", m.group()), "")
        if nested and lemma == W.ACCORDING_TO:
            if not _inserted_according(st, unit, m):
                _outlet_layer(st, unit, m)
            continue
        if nested and (not st.raws or st.raws[-1].unit != unit):
            continue
        r = _cue_claim(st, unit, m, lemma)
        if r is None and not nested:
            r = _second_verb_claim(st, unit, m, lemma)
        if r is None or (nested and r.rule != RULE_WHAT_WAS and not (_opens_content(st, r) or _cut_previous(st, r))):
            continue
        if r.rule == RULE_QUOTE_AROUND:
            r = _split_quote_around(st, r)
        r, adding = _split_adding(st.text, r)
        st.add(r)
        _citing_source(st, r)
        _citing_between(st, r)
        if adding is not None:
            st.add(adding)


def _cue_claim(st: _Scan, unit: tuple[int, int], m, lemma: str) -> _Raw | None:
    if lemma != W.ACCORDING_TO:
        r = _verb_claim(st.text, unit, m, lemma, st.quotes, st.qstarts)
        if r is None or not _cue_fits_speaker(m.group(), lemma, r):
            return None
        return _before_comment(st.text, _relative_gap(st.text, r))
    r = _according_claim(st.text, unit, m, st.quotes, st.qstarts)
    if r is None:
        return None
    for p in st.raws[max(0, len(st.raws) - RECENT_CLAIMS) :]:
        if not _according_is_channel(st.text, unit, p, r, m.start()):
            continue
        if not _outlet(r):
            # "“...,” the general told soldiers, according to a statement from his office":
            # the speaker is the one who told; the "according to" only gives the channel
            return None
        # "C, police said on Friday according to the agency Interfax": the outlet reports C too
        return r._replace(start=p.start, end=p.end, rule=RULE_OUTLET)
    return r


#: A closing appositive commenting on the reported content: ", a claim disputed by ...", ", a figure that could rise".
_COMMENT_APPOSITIVE = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:[a-z-]+[ \t]+)?(?:claim|figure|assertion|allegation|accusation|charge|estimate|number"
    r"|account|version|assessment|characterization|characterisation)(?![\w-])"
)


def _before_comment(text: str, r: _Raw) -> _Raw:
    """A content after its cue ends before a closing appositive that comments on it: "The airline said
    all 150 passengers were safe, a claim disputed by several passengers" (the comment is the writer's)."""
    if r.start < r.cue_end:
        return r
    m = _COMMENT_APPOSITIVE.search(text, r.start, r.end)
    return r._replace(end=_content_end(text, r.start, m.start())) if m is not None and m.start() > r.start else r


_RELATIVE_BEFORE = re.compile(r",[ \t]*(?:which|who)[ \t]*$")


def _relative_gap(text: str, r: _Raw) -> _Raw:
    """"The storm, which forecasters said could strengthen, hit the coast": inside a relative clause
    the content has no subject of its own and ends with the clause, at its closing comma."""
    if r.rule != RULE_OF_MODE["bare"] or not _RELATIVE_BEFORE.search(text, r.unit[0], r.sp_start):
        return r
    words = text[r.start : r.end].split(None, 1)
    comma = text.find(",", r.start, r.end)
    if not words or not (_finite_form(words[0].lower()) or words[0].endswith("ed")) or comma < 0:
        return r
    return r._replace(end=comma)


#: Internal: a claim whose quotation goes on after its attribution (split before it is stored).
RULE_QUOTE_AROUND = "claim.quote_around"


def _split_quote_around(st: _Scan, r: _Raw) -> _Raw:
    """"“A,” he said, “B.”": the claim "A" is stored and "B" becomes a continued quote of the same speaker."""
    text = st.text
    k = r.sp_start
    while k > r.start and text[k - 1] in " \t,-\u2013\u2014":
        k -= 1
    q = next((i for i in range(r.cue_end, r.end) if text[i] in _OPEN_Q + '"'), -1)
    first_end = _content_end(text, r.start, k)
    if q < 0 or first_end <= r.start:
        return r._replace(rule=RULE_CONTENT_BEFORE)
    st.add(r._replace(start=q, end=r.end, rule=RULE_CONTINUED))
    return r._replace(end=first_end, rule=RULE_CONTENT_BEFORE)


RULE_CITING = register(
    "claim.citing", "claim", "the source a speaker cites for its claim (same content)",
    "The toll rose to 40, state radio said, citing the fire service.",
)
#: "..., X said citing a statement from Y" / "..., X said, citing Y.": Y is the nested source.
_CITING_SOURCE = re.compile(
    r"[ \t]*,?[ \t]*(citing|quoting)[ \t]+(?:(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:statement|report|post|bulletin|update|message|figures|data)[ \t]+(?:from|by|of)[ \t]+)?"
)


def _citing_source(st: _Scan, r: _Raw) -> None:
    """A claim whose content came first, then "X said, citing Y": Y's claim of the same content."""
    if r.rule not in (RULE_CONTENT_BEFORE, RULE_INVERSION) or r.start > r.cue_start:
        return
    text = st.text
    m = _CITING_SOURCE.match(text, max(r.cue_end, r.sp_end), r.unit[1])
    if m is None:
        return
    sp = _speaker_after(text, m.end() - 1, r.unit[1]) if text[m.end() - 1 : m.end()] == " " else None
    if sp is None or not _closes_phrase(text, sp[1], r.unit[1]):
        return
    kind = _np_kind(_words(sp[2]))
    if kind in (None, "pronoun"):
        return
    st.add(r._replace(sp_start=sp[0], sp_end=sp[1], cue_start=m.start(1), cue_end=m.end(1), cue=m.group(1),
                      kind=kind, core=sp[2], rule=RULE_CITING))


#: ", citing Y," set off between a speaker and its cue: "Local media, citing police, reported that ...".
#: ", citing Y, that" between the cue and its clause: "Local media reported, citing police, that ...".
_CITING_BEFORE_THAT = re.compile(
    r"[ \t]*,[ \t]*(?:also[ \t]+)?(citing|quoting)[ \t]+([^,;:\u201c\u201d\"]{2,80}?)[ \t]*,[ \t]*that[ \t]+"
)
_FRONT_CITING = re.compile(r"(Citing|Quoting)[ \t]+([^,;:\u201c\u201d\"]{2,80}?)[ \t]*,[ \t]*")
_DAY_BEFORE_CITING = re.compile(
    r"[ \t]+(?:(?:on|late[ \t]+on|early[ \t]+on|late|early)[ \t]+)?" + _DAYS + r"(?:[ \t]+(?:morning|afternoon|evening|night))?(?=[ \t]*,)"
    r"|[ \t]+(?:at|over)[ \t]+the[ \t]+weekend(?=[ \t]*,)"
)
_CITING_BETWEEN = re.compile(r"[ \t]*,[ \t]*(?:also[ \t]+)?(citing|quoting)[ \t]+([^,;:\u201c\u201d\"]{2,80}?)[ \t]*,[ \t]*")


def _citing_between(st: _Scan, r: _Raw) -> None:
    """"X, citing Y, reported that C": Y's claim of the same content, beside X's."""
    if r.sp_start < 0 or not (r.sp_end < r.cue_start <= r.start):
        return
    day = _DAY_BEFORE_CITING.match(st.text, r.cue_end, r.start)  # "reported Thursday, citing Y, that C"
    m = _CITING_BETWEEN.fullmatch(st.text, r.sp_end, r.cue_start) or _CITING_BEFORE_THAT.fullmatch(
        st.text, day.end() if day else r.cue_end, r.start) or _FRONT_CITING.fullmatch(
        st.text, _unit_start(st.text, r.unit), r.sp_start)  # "Citing Y, X said C"
    if m is None:
        return
    source = _whole_source_np(st.text, m.start(2), m.end(2))
    if source is None:
        return
    toks, kind = source
    st.add(r._replace(sp_start=toks[0].s, sp_end=toks[-1].e, cue_start=m.start(1), cue_end=m.end(1), cue=m.group(1),
                      kind=kind, core=st.text[toks[0].s : toks[-1].e], rule=RULE_CITING))


def _second_verb_claim(st: _Scan, unit: tuple[int, int], m, lemma: str) -> _Raw | None:
    """"“...,” X said and stressed that C": a second cue of the previous claim's speaker."""
    if not st.raws or st.raws[-1].unit != unit or lemma == W.ACCORDING_TO:
        return None
    prev, text = st.raws[-1], st.text
    after = max(prev.cue_end, prev.sp_end)
    if after > m.start() or prev.sp_start < 0:
        return None
    gap = _AND_BEFORE.search(text, max(after, m.start() - AND_GAP_CHARS), m.start())
    between = text[after : gap.start()] if gap is not None else ""
    if gap is None or len(between.split()) > MAX_SECOND_CUE_GAP or any(c in between for c in _ANY_Q + ".;:"):
        return None
    mode, cs = _after_cue(text, m.end(), unit[1], lemma)
    if mode in ("end", "mid") or mode not in RULE_OF_MODE or cs < 0:
        return None
    s = _content_start(text, cs, unit[1])
    e = _content_end(text, s, unit[1])
    if e <= s:
        return None
    return prev._replace(start=s, end=e, cue_start=m.start(), cue_end=m.end(), cue=m.group(), rule=RULE_OF_MODE[mode])


#: "... and, according to local officials, destroyed ...": a source set off by commas after a conjunction.
_AND_COMMA_BEFORE = re.compile(r"(?<![\w-])(?:and|but)[ \t]*,[ \t]*$")
RULE_INSERTED_ACCORDING = register(
    "claim.inserted_according", "claim", "..., and, according to X, VP (the coordinated predicate is X's)",
    "The storm hit the coast and, according to local officials, destroyed 300 homes.",
)


def _inserted_according(st: _Scan, unit: tuple[int, int], m) -> bool:
    """"which caused a fire and, according to local officials, destroyed 300 homes" inside
    another claim: the source vouches for the coordinated predicate after it (to the end of
    the claim it sits in); the claim around keeps its content."""
    text = st.text
    if not st.raws or st.raws[-1].unit != unit or _AND_COMMA_BEFORE.search(text, max(unit[0], m.start() - 8), m.start()) is None:
        return False
    prev = st.raws[-1]
    r = _according_claim(text, unit, m, st.quotes, st.qstarts)
    if r is None or r.sp_end < 0 or not (prev.start < m.start() < prev.end):
        return False
    k = r.sp_end
    while k < prev.end and text[k] in " \t":
        k += 1
    if text[k : k + 1] != ",":
        return False
    s = _content_start(text, k, prev.end)
    if len(text[s : prev.end].split(None, 3)) < 3:
        return False
    st.add(r._replace(start=s, end=prev.end, rule=RULE_INSERTED_ACCORDING))
    return True


def _outlet_layer(st: _Scan, unit: tuple[int, int], m) -> None:
    """"X said C, according to the newspaper": the outlet reporting X's claim is an
    attribution of its own (same content); X's claim ends before "according to"."""
    if not st.raws or st.raws[-1].unit != unit:
        return
    prev = st.raws[-1]
    r = _according_claim(st.text, unit, m, st.quotes, st.qstarts)
    if r is None or not (prev.start < m.start() <= prev.end) or prev.sp_start > prev.start:
        return
    if not _outlet(r) and not _other_party(st.text, r, unit):
        return
    e = _content_end(st.text, prev.start, m.start())
    st.raws[-1] = prev._replace(end=e)
    if _WHO_AFTER.match(st.text, r.sp_end) and (prev.start, prev.end) in st.taken:
        # "..., according to the newspaper, which also reported that D": D is the outlet's own claim
        st.taken[st.taken.index((prev.start, prev.end))] = (prev.start, e)
    st.add(r._replace(start=prev.start, end=e, rule=RULE_OUTLET))


#: Documents after "according to": the channel of the claim before, not another party reporting it.
_CHANNEL_HEADS = _RELATIVE_DOC_HEADS | frozenset("release releases statements copy transcript filings data figures records".split())


def _other_party(text: str, r: _Raw, unit: tuple[int, int]) -> bool:
    """"X claimed C, according to the military": a party reporting X's claim, ending the sentence
    (not a document, which is only the channel of X's claim: "..., according to a filing")."""
    words = _words(r.core)
    return bool(words) and words[-1].lower() not in _CHANNEL_HEADS and (
        _sentence_ends_after(text, r.sp_end, unit[1]) or _appositive_to_end(text, r.sp_end, unit[1])
    )


def _appositive_to_end(text: str, pos: int, end: int) -> bool:
    """Only an appositive without a verb follows ``pos`` to the end of the sentence ("..., according to
    Jorge Ruiz, former head of the hotel association.")."""
    rest = text[pos:end].rstrip(" \t.!?")
    if not rest.lstrip(" \t").startswith(",") or any(q in rest for q in _ANY_Q + ";:"):
        return False
    words = _words(rest)
    return 2 <= len(words) <= APPOSITIVE_WORDS and not _finite_clause(rest) and _np_kind(words[1:]) is not None


def _outlet(r: _Raw) -> bool:
    """A news outlet reporting what someone said ("..., according to the newspaper"): its own attribution."""
    words = _words(r.core)
    if not words:
        return False
    if words[-1].lower() in _OUTLET_HEADS:
        return True
    low, agencies = r.core.lower(), W.news_agencies()
    if low in agencies or low.removeprefix("the ") in agencies or words[-1].lower() in agencies:
        return True
    # "the regional broadcaster NTV", "state news agency Ria": an outlet noun, then its name
    heads = [k for k, w in enumerate(words) if w.lower() in _OUTLET_HEADS or w.lower() == "agency" and k and words[k - 1].lower() == "news"]
    return bool(heads) and heads[-1] < len(words) - 1 and all(_is_cap(w) for w in words[heads[-1] + 1 :])


_OUTLET_HEADS = frozenset("newspaper paper daily broadcaster channel television tv radio website outlet magazine network".split())


def _according_is_channel(text: str, unit, p: _Raw, r: _Raw, c0: int) -> bool:
    between = text[max(p.cue_end, p.sp_end) : c0]
    return (
        p.unit == unit and p.start == r.start and p.cue_end <= c0 and len(between.split()) <= 4
        and not _AND_BUT_WHILE.search(between)
    )


_AND_CLAUSE = re.compile(r",[ \t]*and[ \t]+")
#: ", which he said ...": a relative pronoun right before a nested speaker and cue.
_RELATIVE_SPEAKER = re.compile(r",[ \t]*(?:which|who)[ \t]+$")


_COMMA_BEFORE = re.compile(r"(?<!\d),[\u201d\u2019\"]?[ \t]+$")  # also a comma closing a quotation: ',” Reuters reported'


def _outer_source_closes(text: str, prev: _Raw, r: _Raw) -> bool:
    """"The army denied any role, the BBC reported.": a source closing the sentence reports the
    whole clause, the previous claim's speaker included; that claim ends before it."""
    if r.rule != RULE_CONTENT_BEFORE or not (prev.sp_start >= r.start and prev.start < r.sp_start < prev.end):
        return False
    if _COMMA_BEFORE.search(text, prev.start, r.sp_start) is None or r.kind not in ("named", "anonymous"):
        return False  # not "from 11,300 it had reported"
    return _content_end(text, prev.start, r.sp_start) > prev.start and _closes_phrase(text, r.cue_end, r.unit[1])


def _opens_content(st: _Scan, r: _Raw) -> bool:
    """"X said the agency told lawmakers that C": the inner source opens the previous claim's
    content and reports its own clause; both claims stand."""
    prev = st.raws[-1]
    return r.sp_start == prev.start and r.start > r.cue_end and (
        r.rule == RULE_OF_MODE["that"] or (r.rule == RULE_OF_MODE["bare"] and not st.text[r.cue_end : r.start].strip())
    )  # (a bare clause right after the cue: not "had warned the group it could ...", with a recipient between)


def _cut_previous(st: _Scan, r: _Raw) -> bool:
    """A cue inside the previous claim opens its own claim only after a contrastive
    connector ("X said A, while Y said B") or as a second verb of the same subject
    ("X denied the report and added that ..."): the previous claim ends there."""
    text = st.text
    prev = st.raws[-1]
    if _outer_source_closes(text, prev, r):
        e = _content_end(text, prev.start, r.sp_start)
        st.raws[-1] = prev._replace(end=e)
        st.taken = [(s0, e0) for s0, e0 in st.taken if s0 != prev.start] + [(prev.start, e)]
        return True
    cut = _CONTRAST_END.search(text, prev.start, r.sp_start) if r.sp_start > prev.start else None
    relative = _RELATIVE_SPEAKER.search(text, prev.start, r.sp_start) if cut is None and r.start > r.cue_end > r.sp_start > prev.start else None
    if relative is not None and r.end < prev.end and text[r.end : r.end + 1] == ",":
        return True  # "X said the man, who police said was armed, fled": a relative clause inside A; both stand
    if relative is not None:
        cut = relative  # "X said A, which he said has prompted B": the relative clause is his second claim
    elif cut is None and r.sp_start > prev.start and r.rule in (RULE_OF_MODE["quote"], RULE_OF_MODE["colon"]):
        for cut in _AND_CLAUSE.finditer(text, prev.start, r.sp_start):
            pass  # "X said A, and when asked why, Y said: “B”": the last ", and" opens Y's clause
    if cut is None and r.sp_start < prev.start < r.cue_start:
        cut = _AND_BEFORE.search(text, max(prev.start, r.cue_start - AND_GAP_CHARS), r.cue_start)
    elif cut is not None and relative is None and (r.kind == "pronoun" or r.start < r.sp_start):
        cut = None
    if cut is None or not (prev.start < cut.start() < prev.end):
        return False
    e = _content_end(text, prev.start, cut.start())
    if e <= prev.start:
        return False
    st.raws[-1] = prev._replace(end=e)
    st.taken = [(s0, e0) for s0, e0 in st.taken if s0 != prev.start] + [(prev.start, e)]
    return True


#: A source granted anonymity: "speaking on condition of anonymity", "who asked not to be named".
_ANONYMITY = re.compile(
    r"(?i:on[ \t]+(?:the[ \t]+)?condition[ \t]+of[ \t]+anonymity|request(?:ing|ed)[ \t]+anonymity"
    r"|asked[ \t]+not[ \t]+to[ \t]+be[ \t]+(?:named|identified)|declined[ \t]+to[ \t]+be[ \t]+(?:named|identified)"
    r"|not[ \t]+authori[sz]ed[ \t]+to[ \t]+(?:speak|talk|comment|brief)|(?:spoke|speaking)[ \t]+anonymously)"
)
def _granted_anonymity(text: str, r: _Raw) -> bool:
    """The speaker phrase with what stands between it and the cue ("X, who asked not to
    be named, said"), or the words right after the cue ("the ministry's spokesman said on
    condition of anonymity"), say the source was granted anonymity."""
    if r.sp_start >= 0 and _ANONYMITY.search(text, r.sp_start, max(r.sp_end, r.cue_start)):
        return True
    return r.cue_end >= 0 and _ANONYMITY.match(text[r.cue_end : r.cue_end + ANONYMITY_AFTER_CUE].lstrip(" \t")) is not None


def _to_claims(article_id: str, text: str, raws: list[_Raw]) -> list[Claim]:
    """The records: one per distinct content span, with resolved speaker names. A named
    source granted anonymity ("the minister's spokesman, speaking on condition of
    anonymity") is anonymous."""
    names = _resolve(text, raws)
    claims: list[Claim] = []
    seen: set[str] = set()
    for r, (name, kind) in zip(raws, names):
        if kind == "named" and _granted_anonymity(text, r):
            kind = "anonymous"
        cid = stable_id("cl_", article_id, r.start, r.end)
        if r.rule in (RULE_OUTLET, RULE_CITING, RULE_WHICH_DENIED, RULE_CITED_BY):  # the same content as the claim it reports
            cid = stable_id("cl_", article_id, r.start, r.end, r.sp_start)
        if cid in seen:
            continue
        seen.add(cid)
        content = text[r.start : r.end]
        c = content.strip()
        claims.append(
            Claim(
                id=cid,
                article=article_id,
                speaker=text[r.sp_start : r.sp_end] if r.sp_start >= 0 else "",
                speaker_name=name,
                speaker_kind=kind if kind in ("named", "anonymous") else "named",
                cue=_SPACES.sub(" ", text[r.cue_start : r.cue_end]).lower() if r.cue_start >= 0 else r.cue,
                content=content,
                quote=bool(c) and (c[0] in _OPEN_Q + '"' or c[-1] in _CLOSE_Q + '"'),
                start=r.start,
                end=r.end,
                sentence_start=r.unit[0],
                sentence_end=r.unit[1],
                speaker_start=r.sp_start,
                speaker_end=r.sp_end,
                cue_start=r.cue_start,
                cue_end=r.cue_end,
                rule=r.rule,
            )
        )
    return claims
