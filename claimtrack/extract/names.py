"""Person-name mentions in article text, and spelling variants of one name.

Pure: strings in, spans out. :func:`find_names` finds capitalised sequences
that look like person names ("Rawhi Mushtahi", "Abdel Fattah El Sisi"), with
exact offsets, skipping organisations, places, titles, months and weekdays
from named lists. :func:`same_person` decides whether two spellings name the
same person ("Hazem Qasim" / "Hazem Qassem", "Mohammed Deif" / "Muhammad
Deif") while keeping apart different people who share a name token
("Mahmoud Abbas" / "Abbas Kamel"). A kunya ("Abu Obeida") counts as a full
name. :func:`name_groups` maps spelling variants
to one canonical spelling (used to group speakers).
"""

from __future__ import annotations

from ..tuning import LONE_SURNAME_MIN_LEN, LONE_VARIANT_RATIO, NAME_ANAGRAM_MIN_LEN, NAME_SHORT_FORM_MIN_LEN, STATUS_REACH  # noqa: E402

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

import attrs
from rapidfuzz import fuzz

from ..lexicon import calendar as _calendar
from ..lexicon import domain as _domain

_DOMAIN = _domain.get()

#: Multi-word names of places and organisations, removed before names are read.
NON_PERSON_PHRASES = (
    "west bank", "east jerusalem", "islamic jihad", "sharm el sheikh", "sharm el-sheikh",
    "khan younis", "khan yunis", "khan yunes", "red sea", "red cross", "middle east", "united states",
    "united nations", "united kingdom", "european union", "security council", "al jazeera",
    "sheikh jarrah", "al-aqsa", "al aqsa", "north sinai", "south sinai", "sinai peninsula",
    "mada masr", "google news", "rafah crossing", "kerem shalom", "tel aviv", "white house",
    "new york", "abu dhabi", "saudi arabia", "qassam brigades", "al-qassam brigades", "izz ad-din al-qassam",
    "associated press", "human rights watch", "amnesty international",
    "palestinian authority", "liberation organization", "muslim brotherhood", "al-manar",
    "abu ghraib", "abu dis", "abu kabir", "abu ghosh", "abu gosh", "abu tor", "abu kamal", "abu snan",
) + tuple(_DOMAIN.non_person_phrases)
#: Leading tokens of a kunya ("Abu Obeida", "Umm Kulthum"): with one more token, a full name.
KUNYA = frozenset("abu abou umm".split())

#: Single tokens that never belong to a person name: organisations, places,
#: nationalities, titles and roles, months, weekdays, common capitalised words.
NON_NAME_TOKENS = frozenset(
    """
    fatah hezbollah palestine palestinian palestinians egypt egyptian
    egyptians cairo qatar qatari doha jordan jordanian lebanon lebanese syria syrian iran iranian iraq
    turkey turkish sinai rafah erez jerusalem ramallah jenin nablus hebron beirut damascus tehran
    washington london paris moscow europe european america american americans russia russian china
    chinese un us uk usa eu idf pa plo cia fbi mossad shin bet afp efe reuters axios ap cnn bbc maan
    afghanistan morocco moroccans moroccan arab arabs arabic muslim muslims islamic islamist jihad
    zionist jewish jews christian western eastern northern southern north south east west central
    president vice prime minister ministers minister's deputy general gen major maj colonel col
    lieutenant lt captain capt sergeant sgt commander chief head leader leaders spokesman spokeswoman
    spokesperson secretary ambassador envoy senator sen representative rep governor gov king queen
    prince princess sheikh emir sultan mayor director chairman chairwoman member members official
    officials officer judge justice pope father mr mrs ms dr prof sir lord lady saint st
    ministry interior foreign defence defense health intelligence security council committee
    movement authority organisation organization office service services agency army forces force
    brigades brigade bureau politburo party government parliament knesset court union nations states
    state republic kingdom centre center media news network channel tv radio agency press times
    post journal company group university college school hospital mosque church crossing border
    strip bank city camp region district province street square road airport port
    the a an and or but of in on at to for from by with as this that these those it its he she they
    we you i his her their our my there here when while after before since during according
    mr. mrs. dr. photo photos video read more also however meanwhile follow prev next update updates
    breaking live latest exclusive opinion analysis salafi jihadist humanitarian coordinator peace process
    delegation delegations talks negotiations crisis war truce ceasefire deal agreement summit conference
    jazeera english arabic hebrew
    operation flood attack offensive accord accords treaty agreements act law plan resolution initiative
    """.split()
) | _DOMAIN.non_name_tokens | frozenset(_calendar.MONTHS) | frozenset(_calendar.WEEKDAYS)

#: Head words of an organisation's or a vehicle's name: the capitalised words
#: before one name it ("the Greenfield Municipal Corporation", "the Coast Line
#: Express"), not a person.
ORG_HEADS = frozenset(
    """
    corporation municipal municipality commission institute express superfast railway railways station
    airlines airways company corp inc ltd limited foundation trust
    """.split()
)
NON_NAME_TOKENS = NON_NAME_TOKENS | ORG_HEADS

#: Lower-case particles allowed inside a name ("Mohamed bin Abdulrahman Al Thani").
PARTICLES = frozenset("al el bin ben ibn abu abou bint de da di del van von der le la du ul ad ed".split())

_PHRASE_SET = frozenset(NON_PERSON_PHRASES)


def _non_person(run: list[tuple[str, int, int]]) -> bool:
    """Whether a run of tokens contains a place or organisation of the named list."""
    toks = [t[0].lower() for t in run]
    n = len(toks)
    for i in range(n):
        for j in range(i + 1, min(n, i + 4) + 1):
            if " ".join(toks[i:j]) in _PHRASE_SET:
                return True
    return False


_NON_PERSON_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(NON_PERSON_PHRASES, key=len, reverse=True)) + r")\b"
)

_TOKEN = r"[A-Z\u00C0-\u00DE][\w'\u2019]*(?:-[A-Za-z\u00C0-\u00FF][\w'\u2019]*)*"
_PART = r"(?:al|el|bin|ben|ibn|abu|abou|bint|de|da|di|del|van|von|der|le|la|du|ul|ad|ed)"
_SEQ = re.compile(
    rf"{_TOKEN}(?:[ \t]+(?:{_PART}[ \t]+|{_PART}-)?{_TOKEN})+"
)


@attrs.frozen
class NameMention:
    """A person-name mention: verbatim text with offsets into the article text."""

    text: str
    start: int
    end: int


def _ascii_fold(s: str) -> str:
    if s.isascii():
        return s  # nothing to decompose or drop
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_TOKEN_SPLIT = re.compile(r"[\s\-]+")


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    s = _ascii_fold(name).lower().replace("\u2019", "'").replace("'", "")
    return tuple("al" if t in ("el", "al", "ul") else t for t in _TOKEN_SPLIT.split(s) if t)


@lru_cache(maxsize=65536)
def _core_tokens(name: str) -> tuple[str, ...]:
    """Name tokens without the article "al" ("Saleh al-Arouri" / "Saleh
    Arouri", "Yahya al-Sinwar" / "Yahya Sinwar": the article is written or
    dropped at will), unless fewer than two tokens would remain."""
    toks = _name_tokens(name)
    core = tuple(t for t in toks if t != "al")
    return core if len(core) >= 2 else toks


def name_tokens(name: str) -> list[str]:
    """Normalised tokens of a name: lower case, no accents, hyphens split,
    apostrophes dropped, "el"/"al" unified ("El Sisi" == "al-Sisi")."""
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """A transliteration-tolerant key of a name token: common Arabic
    transliteration variants (q/k, ou/u, ee/i, doubled letters, vowels, h
    after a consonant...) collapse to the same consonant skeleton:
    "qasim", "qassem", "kassem" -> "ksm"; "mohammed", "muhammad" -> "mhmd"."""
    t = token.lower()
    t = t.replace("dzh", "j").replace("x", "ks")  # Slavic transliteration: "Dalerdzhon"/"Dalerjon", "Alexander"/"Aleksandr"
    t = t.replace("ph", "f").replace("kh", "k").replace("q", "k").replace("c", "k")
    t = t.replace("dh", "d").replace("th", "t").replace("sh", "s").replace("gh", "g")
    t = re.sub(r"(.)\1+", r"\1", t)
    if t[:1] == "y" and t[1:2] in ("e", "u", "a", "o"):
        t = t[1:]  # an iotated first vowel written with or without its y: "Yevgeny"/"Evgeny", "Yulia"/"Ulia"
    if not t:
        return t
    head, tail = t[0], t[1:]
    tail = re.sub(r"[aeiouyw']", "", tail)
    # word-final h after a vowel is a transliteration of ta marbuta / final vowel
    tail = re.sub(r"h$", "", tail)
    head = "a" if head in "aeiou" else head
    return re.sub(r"(.)\1+", r"\1", head + tail)


def _variant_tokens(a: str, b: str) -> bool:
    """Whether two differing name tokens are plausible spellings of one name."""
    if a == b:
        return True
    if a + "s" == b or b + "s" == a:  # a plural: "Accord" / "Accords" is no person's name
        return False
    if min(len(a), len(b)) < 3:
        return False
    if a[0] != b[0] and {a[0], b[0]} not in ({"q", "k"}, {"c", "k"}, {"e", "a"}, {"i", "e"}, {"o", "u"}, {"y", "e"}):
        return False
    if skeleton(a) == skeleton(b):
        return True
    if len(a) >= NAME_ANAGRAM_MIN_LEN and a[0] == b[0] and sorted(a) == sorted(b):
        return True  # the same letters, two of them swapped: "Roland" / "Ronald"
    return fuzz.ratio(a, b) >= 80


def same_person(a: str, b: str) -> bool:
    """Whether two full names (2+ tokens) are one person spelled two ways.

    The article "al" is left out on both sides ("Saleh al-Arouri" / "Salah
    Aruri"). The names must then have the same number of tokens and every
    token must be a spelling variant of the token in the same position; at least one token
    must agree exactly unless the whole names share one skeleton. Two names
    sharing one token in different positions ("Mahmoud Abbas" / "Abbas
    Kamel") are different people.
    """
    ta, tb = _core_tokens(a), _core_tokens(b)
    if len(ta) < 2 or len(ta) != len(tb):
        return False
    if ta == tb:
        return True
    if not all(_variant_tokens(x, y) for x, y in zip(ta, tb)):
        return False
    if any(x == y for x, y in zip(ta, tb)):
        return True
    return [skeleton(x) for x in ta] == [skeleton(y) for y in tb]


#: Particles written joined to the next token or apart ("Abu Taha" / "Abutaha", "Abdel Rahman" / "Abdelrahman").
GLUED_PARTICLES = frozenset("abu abou bin ibn bint abd abdel abdul".split())


@lru_cache(maxsize=65536)
def glued_tokens(name: str) -> tuple[str, ...]:
    """Core name tokens with a particle joined to the token after it ("saif issam abu taha" ->
    ("saif", "issam", "abutaha")), so a compound written apart or joined reads the same."""
    out: list[str] = []
    glue = ""
    for t in _core_tokens(name):
        if t in GLUED_PARTICLES:
            glue += t
            continue
        out.append(glue + t)
        glue = ""
    return tuple(out + ([glue] if glue else []))


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(t in it for t in short)


def same_long_name(a: str, b: str) -> bool:
    """Whether two names of three tokens or more (particles joined) are one person written at two
    lengths: the same surname, a first name equal or the short form of the other, and the middle
    names of one among those of the other ("Saif Issam Abu Taha" / "Saifeddin Issam Ayad Abutaha")."""
    ga, gb = glued_tokens(a), glued_tokens(b)
    if min(len(ga), len(gb)) < 3 or ga[-1] != gb[-1]:
        return False
    fa, fb = ga[0], gb[0]
    if fa != fb and not (min(len(fa), len(fb)) >= NAME_SHORT_FORM_MIN_LEN and (fa.startswith(fb) or fb.startswith(fa))):
        return False
    ma, mb = sorted((ga[1:-1], gb[1:-1]), key=len)
    return bool(ma) and _subsequence(ma, mb)


def long_name_groups(names: Iterable[str], respelled_only: bool = False) -> dict[str, str]:
    """Each name of three tokens or more -> a representative of the names :func:`same_long_name`
    links it to (blocked by surname, so near-linear). With ``respelled_only``, only names whose
    surnames are written differently (a particle joined or apart) are linked: the short and the
    full form of one spelling are no spelling conflict."""
    blocks: dict[str, list[str]] = defaultdict(list)
    distinct = sorted({n for n in names if len(glued_tokens(n)) >= 3})
    for n in distinct:
        blocks[glued_tokens(n)[-1]].append(n)

    def same(a: str, b: str) -> bool:
        if respelled_only and _name_tokens(a)[-1] == _name_tokens(b)[-1]:
            return False
        return same_long_name(a, b)

    find = merge_in_blocks(distinct, blocks.values(), same)
    return {n: find(n) for n in distinct}


@lru_cache(maxsize=65536)
def _is_non_name(word: str) -> bool:
    """Whether a capitalised token cannot be part of a person name."""
    low = _ascii_fold(word).lower().replace("\u2019", "'")
    base = low[:-2] if low.endswith("'s") else low
    if base in NON_NAME_TOKENS:
        return True
    return "-" in base and any(p in NON_NAME_TOKENS and p not in PARTICLES for p in base.split("-"))


def _strip_edges(tokens: list[tuple[str, int, int]], common=lambda w: False) -> list[list[tuple[str, int, int]]]:
    """Split a capitalised sequence at non-name tokens (named lists, and
    words the article also writes in lower case: "the Front Delegation Continues
    Talks" is a headline, not a name); keep runs of 2+ tokens."""
    runs: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    for tok in tokens:
        if _is_non_name(tok[0]) or common(tok[0]):
            if cur and tok[0].lower() not in ORG_HEADS:
                runs.append(cur)  # (the words before an organisation's head word name it, not a person)
            cur = []
            continue
        cur.append(tok)
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        # particles cannot start or end a name
        while run and run[0][0].lower() in PARTICLES and len(run) > 2:
            run = run[1:]
        while run and run[-1][0].lower() in PARTICLES:
            run = run[:-1]
        if len([t for t in run if t[0].lower() not in PARTICLES]) >= 2:
            out.append(run)
        elif len(run) == 2 and run[0][0].lower() in KUNYA and run[1][0].lower() not in PARTICLES:
            out.append(run)  # "Abu Obeida": a kunya is a name on its own
    return out


_WORD = re.compile(r"\S+")
_PUNCT = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019\u2013\u2014-"
_LOWER_WORD = re.compile(r"\b[a-z][a-z]+\b")
_POSSESSIVE = re.compile(r"['\u2019]s$")


@lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case (punctuation stripped); read once
    per article, shared by :func:`find_names` and :func:`lone_variants`."""
    return frozenset(x.strip(_PUNCT) for x in text.split() if x[:1].islower())


def find_names(text: str, start: int = 0) -> list[NameMention]:
    """Person-name mentions (2+ capitalised tokens) in ``text[start:]``.

    Offsets index ``text``; ``text[m.start:m.end] == m.text``. A possessive
    "'s" is left out of the span. Organisations and places from the named
    lists are skipped, titles are cut off ("Prime Minister Naftali Bennett"
    gives "Naftali Bennett").
    """
    lower_words: frozenset[str] | None = None

    def common(word: str) -> bool:
        """The article also writes this word in lower case: a common word."""
        nonlocal lower_words
        w = word.lower()
        if w in PARTICLES:
            return False
        if lower_words is None:  # built once per article: linear
            lower_words = _lower_words(text)
        return w in lower_words

    out: list[NameMention] = []
    for m in _SEQ.finditer(text, start):
        toks = []
        if " " not in m.group() and "\t" not in m.group():
            continue  # one capitalised word: not a full name
        for t in _WORD.finditer(m.group()):
            w = t.group()
            s = m.start() + t.start()
            e = s + len(w)
            # cut a possessive 's / ’s
            if w.endswith(("'s", "\u2019s")):
                w = w[:-2]
                e = s + len(w)
            toks.append((w, s, e))
        for run in _strip_edges(toks, common):
            s, e = run[0][1], run[-1][2]
            if _non_person(run):
                continue  # a place or an organisation from the named list
            out.append(NameMention(text[s:e], s, e))
    return out


@lru_cache(maxsize=65536)
def canonical_key(name: str) -> str:
    return " ".join(_name_tokens(name))


#: A block with more members than this is too broad to compare all pairs in.
MAX_BLOCK = 200


def merge_in_blocks(
    keys: Iterable[str], blocks: Iterable[list[str]], same: Callable[[str, str], bool]
) -> Callable[[str], str]:
    """Union-find over ``keys``: two keys in one block are merged when
    ``same(a, b)``. Blocks larger than :data:`MAX_BLOCK` are skipped, so the
    work stays near-linear. Returns ``find``: key -> representative."""
    parent = {k: k for k in keys}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for members in blocks:
        if len(members) > MAX_BLOCK:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if find(a) != find(b) and same(a, b):
                    parent[find(a)] = find(b)
    return find


def name_groups(names: Iterable[str]) -> dict[str, str]:
    """Map each spelling variant to one canonical spelling.

    Names are grouped with :func:`same_person` (compared only within blocks
    that share a token position or the whole-name skeleton, so this stays
    near-linear). The canonical spelling of a group is its most frequent
    spelling, ties broken by the alphabetically first. Single-token names
    map to themselves unless they equal the last token of exactly one
    group's names ("Qasim" -> "Hazem Qasim").
    """
    counts = Counter(n for n in names if n and n.strip())
    distinct = sorted(counts)
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for n in distinct:
        toks = _core_tokens(n)
        if len(toks) < 2:
            continue
        for i, t in enumerate(toks):
            blocks[("tok", len(toks), i, t)].append(n)
        blocks[("skel", tuple(skeleton(t) for t in toks))].append(n)
    find = merge_in_blocks(distinct, blocks.values(), same_person)
    groups: dict[str, list[str]] = defaultdict(list)
    for n in distinct:
        groups[find(n)].append(n)
    out: dict[str, str] = {}
    for members in groups.values():
        canon = sorted(members, key=lambda n: (-counts[n], n))[0]
        for n in members:
            out[n] = canon
    # single-token names: a surname that belongs to exactly one group
    last: dict[str, set[str]] = defaultdict(set)
    for n in distinct:
        toks = _name_tokens(n)
        if len(toks) >= 2:
            last[toks[-1]].add(out[n])
    for n in distinct:
        toks = _name_tokens(n)
        if len(toks) == 1 and len(last.get(toks[0], ())) == 1:
            out[n] = next(iter(last[toks[0]]))
    return out


# ---------------------------------------------------------------------------
# name records: what the comparator's name and status rules read

from .. import rules as _rules  # noqa: E402
from ..models import NameRecord  # noqa: E402

NAME_RULE = _rules.register(
    "name.person", "name", "a person's name as spelled in one article, with a stated status",
    "Hazem Qassem, who was captured -> status captive",
)
#: "..., who was captured" / "who were killed in the 2014 war": the status a
#: relative clause right after a name (or a list of names) gives them
_STATUS_RE = re.compile(
    r"^\s*(?:[\u2013\u2014,-]\s*)?who\s+(?:was|were|had been|have been|has been|is|are)\s+(?:\w+\s+)?"
    r"(?:(captured|kidnapped|abducted|taken captive|held captive|taken hostage|alive)|"
    r"(killed|dead|slain|murdered|executed|died)((?:\s+(?:in|during)\s+(?:the\s+)?(?:\d{4}\s+)?\w+(?:\s+war)?)?))\b",
    re.I,
)
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*")
#: how far after a name the status clause is looked for (characters)


def _statuses(text: str, found: list[NameMention]) -> dict[int, tuple[str, int, int]]:
    """Index of a name -> (status, start, end) for names a relative clause describes."""
    out: dict[int, tuple[str, int, int]] = {}
    for i, n in enumerate(found):
        m = _STATUS_RE.match(text[n.end : n.end + STATUS_REACH])
        if not m:
            continue
        if m.group(1):
            st = ("captive", n.end + m.start(1), n.end + m.end(1))
        else:
            st = ("dead", n.end + m.start(2), n.end + m.end(3 if m.group(3) else 2))
        j = i
        out[j] = st
        # the clause is about a whole list of names: "A, B and C, who were captured"
        while j > 0 and _LIST_GAP.fullmatch(text[found[j - 1].end : found[j].start]):
            j -= 1
            out.setdefault(j, st)
    return out


#: A person's age in apposition right after the name: "X, 32,", "X, a 33-year-old teacher", "X, aged 30", "X (41)",
#: and at the end of a sentence: "Police named the attacker as X, 43."
_AGE_RE = re.compile(r"(?:,[ \t]+(?:(?:a|an)[ \t]+)?(?:aged[ \t]+)?|[ \t]+\()(\d{1,3})(?=-year-old\b|,(?!\d)|\)|\.(?:[ \t\n]|\Z))")
#: "Mirzoev, 32," in an article that names "Dalerdzhan Mirzoev" in full: the surname alone with an age.
_LONE_AGE_RE = re.compile(r"\b([A-Z\u00C0-\u00DE][\w\u00DF-\u00FF-]+)(?=,[ \t]+(?:aged[ \t]+)?\d{1,3}(?:-year-old\b|,(?!\d)))")


def age_status(value: str) -> str:
    """The status a stated age gives a name record ("age:32")."""
    return "age:" + value


def _age_after(text: str, end: int) -> tuple[str, int, int] | None:
    """(status, start, end) of an age in apposition right after a name ending at ``end``."""
    m = _AGE_RE.match(text, end)
    if m is None or not 0 < int(m.group(1)) < 120:
        return None
    return age_status(m.group(1)), m.start(1), m.end(1)


def _ages(text: str, found: list[NameMention]) -> dict[int, tuple[str, int, int]]:
    """Index of a full name -> its age status where one stands in apposition."""
    return {i: a for i, n in enumerate(found) if (a := _age_after(text, n.end)) is not None}


def lone_ages(text: str, body_start: int, found: list[NameMention]) -> list[tuple[NameMention, tuple[str, int, int]]]:
    """Surnames standing alone with an age ("Mirzoev, 32,") that are the last name of exactly one
    person the article names in full, each with its age status."""
    lasts = Counter(n.text.split()[-1] for n in found if len(_core_tokens(n.text)) >= 2)
    spans = sorted((n.start, n.end) for n in found)
    out = []
    for m in _LONE_AGE_RE.finditer(text, body_start):
        k = bisect.bisect_right(spans, (m.start(), len(text))) - 1
        if (k >= 0 and spans[k][1] >= m.end()) or lasts.get(m.group(1)) != 1:
            continue  # inside a full name, or no single person of that surname
        a = _age_after(text, m.end())
        if a is not None:
            out.append((NameMention(m.group(1), m.start(), m.end()), a))
    return out


#: a lone capitalised word (a surname on its own; a possessive 's is left out)
_LONE = re.compile(r"\b[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF-]{%d,}\b" % (LONE_SURNAME_MIN_LEN - 1))


def lone_variants(text: str, body_start: int, found: list[NameMention]) -> list[NameMention]:
    """Lone surnames spelled otherwise than the full name the article gives
    ("Ismail Haniyeh ... Hanieh attended"): one person spelled two ways
    inside one article. Only a word that is a close variant of the last name
    of exactly one person named in full, never a word the names or the
    article's lower-case words already use."""
    lasts: dict[str, set[str]] = defaultdict(set)
    for n in found:
        toks = _core_tokens(n.text)
        if len(toks) >= 2:
            lasts[toks[-1]].add(canonical_key(n.text))
    if not lasts:
        return []
    by_skel: dict[str, list[str]] = defaultdict(list)
    for t in lasts:
        by_skel[skeleton(t)].append(t)
    known = {t for n in found for t in _name_tokens(n.text)}
    lower = _lower_words(text)
    out = []
    for m in _LONE.finditer(text, body_start):
        w = m.group().lower()
        if w in known or w in lower or _is_non_name(w):
            continue
        near = [t for t in by_skel.get(skeleton(w), ()) if _variant_tokens(t, w) and fuzz.ratio(t, w) >= LONE_VARIANT_RATIO]
        if len(near) == 1 and len(lasts[near[0]]) == 1:
            out.append(NameMention(m.group(), m.start(), m.end()))
    return out


def name_records(text: str, body_start: int = 0, claim_at=None, sentence_of=None, article: str = "") -> list[NameRecord]:
    """The name records of one article (its id: ``article``): every name spelling with its span and stated status.

    ``claim_at(start, end)`` gives the claim a span sits in; ``sentence_of(offset)``
    the sentence span (both optional)."""
    found = find_names(text, body_start)
    statuses = _ages(text, found)
    statuses.update(_statuses(text, found))  # a relative clause's status over an age
    aged = lone_ages(text, body_start, found)
    found = found + lone_variants(text, body_start, found)  # (statuses index the full names only)
    statuses.update({len(found) + k: a for k, (_, a) in enumerate(aged)})
    found = found + [n for n, _ in aged]  # last: records of a surname only for its age
    out = []
    for i, n in enumerate(found):
        st, ss, se = statuses.get(i, ("", -1, -1))
        sent = sentence_of(n.start) if sentence_of else (-1, -1)
        out.append(NameRecord(
            article=article, text=n.text, start=n.start, end=n.end, sentence_start=sent[0], sentence_end=sent[1],
            claim=claim_at(n.start, n.end) if claim_at else "", status=st,
            status_text=text[ss:se] if st else "", status_start=ss, status_end=se, rule=NAME_RULE,
        ))
    return out
