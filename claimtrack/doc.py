"""One reading of an article: the :class:`Doc` every extractor works from.

An article is split once: paragraphs, sentences, word tokens and paired
quotations, all as offsets into ``article.text`` (the file text exactly as
``Path.read_text(encoding="utf-8")`` returns it). Extractors take a ``Doc``
and never split or tokenise the text again.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from .models import Article, Span
from .text import paragraphs, sentences

#: Longest quotation kept (characters); a longer "quotation" is a stray mark.
MAX_QUOTE = 8000

OPEN_QUOTES = "\u201c\u00ab"
CLOSE_QUOTES = "\u201d\u00bb"
_QCHAR = re.compile('[\u201c\u201d\u00ab\u00bb"]')

#: A token: a word with inner hyphens, apostrophes and points ("al-Sinwar",
#: "don't", "U.S", "1,200" is three: digits, comma, digits), or one other mark.
TOKEN = re.compile(r"\w+(?:[-'\u2019.]\w+)*|[^\w\s]")


@attrs.frozen
class Token:
    """One token: its verbatim ``text`` at ``[start, end)`` and its lower case."""

    text: str
    start: int
    end: int
    lower: str


@attrs.frozen
class Doc:
    """An article read once: the spans every extractor works from."""

    article: Article
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    quotes: tuple[tuple[int, int], ...]
    _sentence_ends: tuple[int, ...] = attrs.field(repr=False)

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of the body with its offsets, made on first use (most
        extractors match their own patterns over sentences and never ask)."""
        text = self.article.text
        return tuple(Token(m.group(), m.start(), m.end(), m.group().lower())
                     for m in TOKEN.finditer(text, self.article.body_start))

    @functools.cached_property
    def _token_starts(self) -> tuple[int, ...]:
        return tuple(t.start for t in self.tokens)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def date(self) -> str | None:
        return self.article.date

    @property
    def body_start(self) -> int:
        return self.article.body_start

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing ``offset``, or None between sentences."""
        i = bisect.bisect_right(self._sentence_ends, offset)
        if i < len(self.sentences) and self.sentences[i].start <= offset:
            return self.sentences[i]
        return None

    def tokens_in(self, start: int, end: int) -> Sequence[Token]:
        """The tokens lying wholly inside ``[start, end)``, in order."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = lo
        while hi < len(self.tokens) and self.tokens[hi].end <= end:
            hi += 1
        return self.tokens[lo:hi]


def quote_spans(text: str, paras: Sequence[Span]) -> list[tuple[int, int]]:
    """Paired double quotations ``[open, close+1)``, sorted and non-overlapping.

    Curly quotes pair open/close; straight quotes toggle. An opening quote
    inside an open quotation restarts it (so nesting and stray quotes cost
    nothing). A quotation left open at a paragraph end continues only when
    the next paragraph opens with a quote (wire style for multi-paragraph
    quotes) or the line was broken inside a sentence (:func:`_hard_wrap`);
    quotations longer than :data:`MAX_QUOTE` are dropped.
    """
    spans: list[tuple[int, int]] = []
    open_pos = -1
    skip_opener_at = -1
    for k, p in enumerate(paras):
        for m in _QCHAR.finditer(text, p.start, p.end):
            i = m.start()
            c = text[i]
            if i == skip_opener_at:
                continue
            if open_pos >= 0 and i - open_pos > MAX_QUOTE:
                open_pos = -1
            if c in OPEN_QUOTES:
                open_pos = i
            elif c in CLOSE_QUOTES or open_pos >= 0:
                if open_pos >= 0:
                    spans.append((open_pos, i + 1))
                    open_pos = -1
            else:
                open_pos = i
        if open_pos >= 0:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is not None and text[nxt.start] in OPEN_QUOTES + '"':
                skip_opener_at = nxt.start
            elif not (nxt is not None and _hard_wrap(text, p, nxt)):
                open_pos = -1
    return spans


def _hard_wrap(text: str, line: Span, nxt: Span) -> bool:
    """A line broken inside a sentence ("... The death" / "toll is expected ..."): it ends in a
    letter or a comma and the next line, right after a single line break, opens in lower case."""
    return (text[line.end - 1].isalpha() or text[line.end - 1] == ",") and text[nxt.start].islower() \
        and text.count("\n", line.end, nxt.start) == 1


def build_doc(article: Article) -> Doc:
    """Read ``article`` once into a :class:`Doc`."""
    text, body = article.text, article.body_start
    paras = tuple(paragraphs(text, body))
    sents = tuple(sentences(text, body))
    return Doc(
        article=article,
        paragraphs=paras,
        sentences=sents,
        quotes=tuple(quote_spans(text, paras)),
        sentence_ends=tuple(s.end for s in sents),
    )
