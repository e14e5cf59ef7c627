"""From article text to records, and from records to conflicts: the steps in order. Pure."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from .compare import engine
from .doc import build_doc
from .extract.attribution import extract_claims
from .extract.context import _Context
from .extract.dates import extract_dates
from .extract.events import describe_dates
from .extract.figures import extract_figures
from .extract.names import name_records
from .extract.quantities import describe_figures
from .models import Article, Claim, Conflict, DateMention, Figure, NameRecord

#: ``pmap(fn, n) -> [fn(0), ..., fn(n - 1)]``, possibly in forked workers.
Mapper = Callable[[Callable[[int], Any], int], list[Any]]


def analyse(article: Article) -> tuple[list[Claim], list[Figure], list[DateMention]]:
    """Extract claims, figures and dates from one article, read once into a Doc;
    figures carry their quantity identity and dates their event."""
    doc = build_doc(article)
    claims = extract_claims(doc)
    figures = extract_figures(doc, claims)
    dates = extract_dates(doc, claims)
    dates = describe_dates(article, claims, dates)
    figures = describe_figures(article, claims, figures, dates)
    return claims, figures, dates


def article_names(article: Article, claims: Sequence[Claim]) -> list[NameRecord]:
    """The name records of one article (spellings with spans and stated statuses)."""
    ctx = _Context([article], claims)
    aid = article.id
    recs = name_records(article.text, article.body_start,
                        claim_at=lambda s, e: ctx.claim_at(aid, s, e),
                        sentence_of=lambda off: ctx.sentence(aid, off))
    return [r.__class__(**{**r.to_dict(), "article": aid}) for r in recs]


#: What forked workers read while a parallel map runs (inherited at fork time).
_WORK: tuple[Sequence[Article], dict[str, list[Claim]]] | None = None


def _names_job(i: int) -> list[NameRecord]:
    arts, by_art = _WORK  # type: ignore[misc]
    return article_names(arts[i], by_art.get(arts[i].id, []))


def all_names(articles: Sequence[Article], claims: Sequence[Claim], pmap: Mapper | None = None) -> list[NameRecord]:
    global _WORK
    by_art: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_art[c.article].append(c)
    _WORK = (articles, by_art)
    try:
        out = (pmap or (lambda fn, n: [fn(i) for i in range(n)]))(_names_job, len(articles))
    finally:
        _WORK = None
    return [r for rs in out for r in rs]


def records(articles: Sequence[Article], claims: Sequence[Claim], figures: Sequence[Figure],
            dates: Sequence[DateMention], pmap: Mapper | None = None) -> engine.Records:
    return engine.Records(
        article_dates={a.id: a.date for a in articles},
        claims={c.id: c for c in claims},
        figures=figures, dates=dates, names=all_names(articles, claims, pmap),
    )


def conflicts(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    figures: Sequence[Figure],
    dates: Sequence[DateMention],
    pmap: Mapper | None = None,
    only_blocks: set[tuple] | None = None,
) -> list[Conflict]:
    """All conflicts of stored records (figures and dates already read at extraction)."""
    return engine.find_conflicts(records(articles, claims, figures, dates, pmap), only_blocks)


def read_records(articles: Sequence[Article], claims: Sequence[Claim], figures: Sequence[Figure],
                 dates: Sequence[DateMention]) -> tuple[list[Figure], list[DateMention]]:
    """Figures and dates (possibly built by hand) read against their articles' text."""
    by = {a.id: a for a in articles}
    cl: dict[str, list] = defaultdict(list)
    fs: dict[str, list] = defaultdict(list)
    ds: dict[str, list] = defaultdict(list)
    for c in claims:
        cl[c.article].append(c)
    for f in figures:
        fs[f.article].append(f)
    for d in dates:
        ds[d.article].append(d)
    out_f, out_d = [], []
    for aid in list(dict.fromkeys([f.article for f in figures] + [d.article for d in dates])):
        a = by.get(aid)
        if a is None:
            continue
        dd = describe_dates(a, cl[aid], ds[aid])
        out_d += dd
        out_f += describe_figures(a, cl[aid], fs[aid], dd)
    return out_f, out_d


def find_conflicts(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    figures: Sequence[Figure],
    dates: Sequence[DateMention],
    pmap: Mapper | None = None,
) -> list[Conflict]:
    """Read the records against their articles, then compare them."""
    figures, dates = read_records(articles, claims, figures, dates)
    return conflicts(articles, claims, figures, dates, pmap)
