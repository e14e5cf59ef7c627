"""From article text to records: the extraction steps in order. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from .attribution import extract_claims
from .compare import Mapper, find_conflicts
from .dates import extract_dates
from .figures import extract_figures
from .models import Article, Claim, Conflict, DateMention, Figure
from .text import sentences


def analyse(article: Article) -> tuple[list[Claim], list[Figure], list[DateMention]]:
    """Extract claims, figures and dates from one article."""
    claims = extract_claims(article)
    spans = sentences(article.text, article.body_start)
    figures = extract_figures(article, spans, claims)
    dates = extract_dates(article, spans, claims)
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
