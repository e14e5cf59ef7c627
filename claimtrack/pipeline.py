"""From article text to records: the extraction steps in order. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from .extract.attribution import extract_claims
from .compare import Mapper, find_conflicts
from .extract.dates import extract_dates
from .extract.figures import extract_figures
from .doc import build_doc
from .models import Article, Claim, Conflict, DateMention, Figure


def analyse(article: Article) -> tuple[list[Claim], list[Figure], list[DateMention]]:
    """Extract claims, figures and dates from one article, read once into a Doc."""
    doc = build_doc(article)
    claims = extract_claims(doc)
    figures = extract_figures(doc, claims)
    dates = extract_dates(doc, claims)
    return claims, figures, dates


def conflicts(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    figures: Sequence[Figure],
    dates: Sequence[DateMention],
    pmap: Mapper | None = None,
) -> list[Conflict]:
    """All conflicts; ``pmap`` may spread per-item work over processes (same result)."""
    return find_conflicts(articles, claims, figures, dates, pmap=pmap)
