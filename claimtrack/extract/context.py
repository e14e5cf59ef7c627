"""Reading one article's records against its text: the context the readers share.

The comparator never reads article text; what it needs to know about a figure
(what it counts, role, place, event, time) or a date (the event it dates) is
read here, once, at extraction time, and stored on the record.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from ..models import Article, Claim, DateMention, Mention, Span
from ..text import sentence_at, sentences

#: "when" of a figure of a fixed past event with no named date: compared with
#: reports of the same event written within a year of it.
WITHIN_A_YEAR = "within a year"
#: "when" of the terms of a proposed deal: compared with reports a few days apart.
WITHIN_DAYS = "within days"
#: "when" of the toll of one strike on a named site: compared with reports a
#: couple of weeks apart (the same site hit again months later is another strike).
WITHIN_WEEKS = "within weeks"


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
    def __init__(self, articles: Sequence[Article], claims: Sequence[Claim], dates: Sequence[DateMention] = (),
                 sentences: Sequence[Span] | None = None):
        """``sentences``: the (single) article's sentences when already split (a Doc's)."""
        self.articles = {a.id: a for a in articles}
        self._days: dict[int, tuple] = {}
        self.dates_by_article: dict[str, list[DateMention]] = defaultdict(list)
        for d in dates:
            self.dates_by_article[d.article].append(d)
        self._sent: dict[str, list[Span]] = {}
        if sentences is not None and len(self.articles) == 1:
            self._sent[next(iter(self.articles))] = list(sentences)
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


