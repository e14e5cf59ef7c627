"""Passages a page repeats (scraped pages often print a caption or a whole
block twice): their claims, figures and dates are kept once.

Pure, and linear in the number of records. Runs on one article's records
right after extraction (:func:`claimtrack.ingest.analyse_article`):

- a claim repeats an earlier one when it has the same speaker and the same
  content (spacing and case aside; or, when ``tuning.REPEAT_SIMILARITY``
  is set below 100, near-identical content at least that similar); the first is kept with its ``repeats``
  count raised, the others are dropped;
- a figure or date repeats an earlier one when it sits at the same place of
  an identical sentence (at least ``tuning.REPEAT_MIN_SENTENCE`` characters):
  dropped;
- figures and dates that pointed at a dropped claim point at the kept one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from rapidfuzz import fuzz

from .models import Claim, DateMention, Figure, replaced
from .tuning import REPEAT_FUZZY_WINDOW, REPEAT_MIN_CHARS, REPEAT_MIN_SENTENCE, REPEAT_SIMILARITY

R = TypeVar("R", Figure, DateMention)


def _norm(s: str) -> str:
    return " ".join(s.casefold().split())


def _earlier_same(kept: list[Claim], candidates: list[int], content: str) -> int | None:
    """Index (into ``kept``) of an earlier claim of the same speaker with near-identical content."""
    if REPEAT_SIMILARITY >= 100:
        return None  # only the same words count (found by the caller's exact key)
    for j in reversed(candidates[-REPEAT_FUZZY_WINDOW:]):
        other = _norm(kept[j].content)
        if abs(len(other) - len(content)) > len(content) * (100 - REPEAT_SIMILARITY) / 100 + 1:
            continue
        if fuzz.ratio(content, other, score_cutoff=REPEAT_SIMILARITY):
            return j
    return None


def collapse_claims(claims: Sequence[Claim]) -> tuple[list[Claim], dict[str, str]]:
    """Claims with repeats kept once (``repeats`` counted) and dropped id -> kept id."""
    kept: list[Claim] = []
    extra: list[int] = []
    exact: dict[tuple[str, str], int] = {}
    by_speaker: dict[str, list[int]] = {}
    alias: dict[str, str] = {}
    for c in claims:  # extraction order: the first of a repeated passage comes first
        speaker = _norm(c.speaker_name or c.speaker)
        content = _norm(c.content)
        first = None
        if len(content) >= REPEAT_MIN_CHARS:
            first = exact.get((speaker, content))
            if first is None:
                first = _earlier_same(kept, by_speaker.get(speaker, []), content)
        if first is not None:
            extra[first] += 1
            alias[c.id] = kept[first].id
            continue
        exact.setdefault((speaker, content), len(kept))
        by_speaker.setdefault(speaker, []).append(len(kept))
        kept.append(c)
        extra.append(c.repeats)
    out = [replaced(c, repeats=n) if n != c.repeats else c for c, n in zip(kept, extra)]
    return out, alias


def collapse_spans(text: str, records: Sequence[R], alias: dict[str, str]) -> list[R]:
    """Figures or dates without those at the same place of an identical, earlier sentence."""
    seen: set[tuple[str, int, str]] = set()
    out: list[R] = []
    for r in records:
        s0, s1 = r.sentence_start, r.sentence_end
        if 0 <= s0 < s1 and s1 - s0 >= REPEAT_MIN_SENTENCE:
            key = (_norm(text[s0:s1]), r.start - s0, r.text)
            if key in seen:
                continue
            seen.add(key)
        if r.claim in alias:
            r = replaced(r, claim=alias[r.claim])
        out.append(r)
    return out


def collapse(
    text: str, claims: Sequence[Claim], figures: Sequence[Figure], dates: Sequence[DateMention]
) -> tuple[list[Claim], list[Figure], list[DateMention]]:
    """One article's records with every repeated passage kept once (order kept)."""
    kept, alias = collapse_claims(claims)
    return kept, collapse_spans(text, figures, alias), collapse_spans(text, dates, alias)
