"""Article loading rules and sentence/paragraph splitting with exact offsets.

Pure: takes strings, returns spans. Reading files is the CLI's job; decoding
rules live in :func:`decode_article` so they can be tested without files.
"""

from __future__ import annotations

import hashlib
import re

from .models import Article, Span

#: An optional first line " date YYYY-MM-DD"; text after it on the same line
#: is part of the article (a headline or first paragraph).
DATE_LINE = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")


class ArticleError(ValueError):
    """The bytes cannot be an article (binary, not UTF-8, empty)."""


def decode_article(data: bytes) -> str:
    """Decode article bytes as UTF-8 the way ``Path.read_text`` does.

    Raises :class:`ArticleError` for binary files (NUL bytes), invalid UTF-8
    and files with no visible text.
    """
    if b"\x00" in data:
        raise ArticleError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not UTF-8 (bad byte at offset {exc.start})") from None
    # Path.read_text uses universal newlines: CRLF and CR become LF.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip(" \t\n\ufeff"):
        raise ArticleError("empty article")
    return text


def parse_article(article_id: str, text: str, path: str = "") -> Article:
    """Build an :class:`Article` from its id and full text (date line included).

    The date comes from the `` date`` line (``date_source`` "line"); without
    one, from the text (:func:`claimtrack.extract.pubdate.infer_date`:
    "dateline", "published" or "inferred"), with the evidence span in
    ``date_start``/``date_end``; else it stays None.
    """
    date = None
    body_start = 0
    source, ev_start, ev_end = "", -1, -1
    m = DATE_LINE.match(text)
    if m and _valid_ymd(*(int(g) for g in m.groups())):
        date = "-".join(m.groups())
        body_start = m.end()
        source, ev_start, ev_end = "line", m.start(1), m.end(3)
    else:
        found = _infer(text)
        if found is not None:
            date, source, ev_start, ev_end = found.date, found.source, found.start, found.end
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        id=article_id, text=text, date=date, body_start=body_start, path=path, sha=sha,
        date_source=source, date_start=ev_start, date_end=ev_end,
    )


def _infer(text: str):  # -> Inferred | None
    # Imported here: the extractors import this module.
    from .extract.pubdate import infer_date

    return infer_date(text, 0)


def _valid_ymd(y: int, m: int, d: int) -> bool:
    import datetime

    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True


def paragraphs(text: str, start: int = 0) -> list[Span]:
    """Non-blank lines from ``start`` on, each trimmed of surrounding blanks."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:]):
        s, e = m.start() + start, m.end() + start
        while s < e and (text[s].isspace() or text[s] == "\ufeff"):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Span(s, e))
    return out


#: Words that end with a full stop without ending the sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev fr sr jr st mt
    pres supt insp det no nos vol art fig ed eds approx est dept univ corp inc ltd co bros
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    vs etc al cf viz e.g i.e a.m p.m u.s u.k u.n u.s.a e.u
    """.split()
)

_CLOSERS = "\"'\u201d\u2019)]"
_OPENERS = "\"'\u201c\u2018(["
_END = re.compile(r"[.!?]+[" + re.escape(_CLOSERS) + r"]*(?=\s)")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation or an initial."""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S.", "a.m.")
    if len(word) == 1 and text[i].isupper():
        return True
    if "." in word and all(len(p) <= 2 for p in word.split(".")):
        return True
    return False


#: Words that, after a dotted acronym such as "U.S." or "a.m.", show a new sentence has begun.
SENTENCE_OPENERS = frozenset(
    "The A An He She It They We I In On At But This That These Those There His Her Their Its".split()
)


def _dotted_acronym(text: str, dot: int) -> bool:
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    return "." in text[i:dot]


def _opener_word(text: str, i: int) -> bool:
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j] in SENTENCE_OPENERS


def _starts_sentence(text: str, i: int) -> bool:
    """Whether the text at ``i`` (first non-blank after a stop) can open a sentence."""
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    if i >= len(text):
        return False
    c = text[i]
    return c.isupper() or c.isdigit()


#: The last split: (text, start, spans). An article is split when its Doc is
#: built and again when its names are read; the second time costs a lookup.
#: Holding the text keeps the identity test sound.
_LAST_SPLIT: list = [None, -1, ()]


def sentences(text: str, start: int = 0) -> list[Span]:
    """:func:`split_sentences`, remembering the last text split (a fresh list each time)."""
    if text is _LAST_SPLIT[0] and start == _LAST_SPLIT[1]:
        return list(_LAST_SPLIT[2])
    out = split_sentences(text, start)
    _LAST_SPLIT[:] = [text, start, tuple(out)]
    return out


def split_sentences(text: str, start: int = 0) -> list[Span]:
    """Split ``text[start:]`` into sentences; offsets index ``text``.

    A line break always ends a sentence. Inside a line a sentence ends at
    ``.``, ``!`` or ``?`` (with any closing quotes) followed by a space and a
    word that can start a sentence, unless the full stop closes an
    abbreviation ("Dr.", "Gen.", "Oct.", "U.S.") or an initial. Numbers such
    as 1.5 never split because no space follows the point.
    """
    out: list[Span] = []
    for para in paragraphs(text, start):
        s = para.start
        for m in _END.finditer(text, para.start, para.end):
            stop = m.group()
            j = m.end()
            while j < para.end and text[j].isspace():
                j += 1
            if stop[0] == "." and len(stop.rstrip(_CLOSERS)) == 1 and _is_abbreviation(text, m.start()):
                # "U.S. officials" and "Gen. Kamel" never split; after a dotted
                # acronym ("U.S.", "a.m.") a word that typically opens a
                # sentence ("The", "He", ...) does.
                if not (_dotted_acronym(text, m.start()) and _opener_word(text, j)):
                    continue
            if j >= para.end or not _starts_sentence(text, j):
                continue
            out.append(Span(s, m.end()))
            s = j
        if s < para.end:
            out.append(Span(s, para.end))
    return out


def sentence_at(spans: list[Span], offset: int) -> Span | None:
    """The span containing ``offset`` (spans sorted, non-overlapping)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(spans) and spans[lo].start <= offset < spans[lo].end:
        return spans[lo]
    return None
