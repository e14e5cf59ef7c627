"""From article text to records, and from records to conflicts: the steps in order. Pure."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from .compare import engine
from .doc import Doc, build_doc
from .extract.attribution import extract_claims
from .extract.context import _Context
from .extract.dates import extract_dates
from .extract.events import describe_dates
from .extract.figures import extract_figures
from .extract.names import name_records
from .extract.quantities import describe_figures
from .models import SEVERITY_ORDER, Article, Claim, Conflict, DateMention, Figure, NameRecord, Span

#: ``pmap(fn, n) -> [fn(0), ..., fn(n - 1)]``, possibly in forked workers.
Mapper = Callable[[Callable[[int], Any], int], list[Any]]


def analyse(article: Article) -> tuple[list[Claim], list[Figure], list[DateMention]]:
    """Extract claims, figures and dates from one article, read once into a Doc;
    figures carry their quantity identity and dates their event."""
    return analyse_doc(build_doc(article))


def analyse_doc(doc: Doc) -> tuple[list[Claim], list[Figure], list[DateMention]]:
    """:func:`analyse` of an article already read into ``doc``."""
    article = doc.article
    claims = extract_claims(doc)
    figures = extract_figures(doc, claims)
    dates = extract_dates(doc, claims)
    dates = describe_dates(article, claims, dates, doc.sentences)
    figures = describe_figures(article, claims, figures, dates, doc.sentences)
    return claims, figures, dates


def article_names(article: Article, claims: Sequence[Claim], sentences: Sequence[Span] | None = None) -> list[NameRecord]:
    """The name records of one article (spellings with spans and stated statuses);
    ``sentences``: the article's sentences when already split (its Doc's)."""
    ctx = _Context([article], claims, sentences=sentences)
    aid = article.id
    return name_records(article.text, article.body_start,
                        claim_at=lambda s, e: ctx.claim_at(aid, s, e),
                        sentence_of=lambda off: ctx.sentence(aid, off), article=aid)


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
            dates: Sequence[DateMention], pmap: Mapper | None = None,
            names: Sequence[NameRecord] | None = None) -> engine.Records:
    """The comparator's input: stored records only when ``names`` are given
    (stored at ingest); without them the names are read from the texts."""
    return engine.Records(
        article_dates={a.id: a.date for a in articles},
        claims={c.id: c for c in claims},
        figures=figures, dates=dates,
        names=all_names(articles, claims, pmap) if names is None else names,
    )


def conflicts(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    figures: Sequence[Figure],
    dates: Sequence[DateMention],
    pmap: Mapper | None = None,
    only_blocks: set[tuple] | None = None,
    names: Sequence[NameRecord] | None = None,
) -> list[Conflict]:
    """All conflicts of stored records (figures and dates already read at extraction)."""
    return engine.find_conflicts(records(articles, claims, figures, dates, pmap, names), only_blocks)


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


def stored_records(article_dates: dict[str, str | None], claims: Sequence[Claim] | None, figures: Sequence[Figure],
                   dates: Sequence[DateMention], names: Sequence[NameRecord]) -> engine.Records:
    """The comparator's input from stored records alone (no text is read).
    ``claims`` None defers the speakers (see :func:`engine.fill_speakers`)."""
    return engine.Records(article_dates=dict(article_dates), claims=None if claims is None else {c.id: c for c in claims},
                          figures=list(figures), dates=list(dates), names=list(names))


def _position(x: Any) -> tuple:
    return (x.article, x.start, x.end, x.id)


def with_fresh(stored: engine.Records, fresh: Sequence[tuple]) -> engine.Records:
    """Stored records (of other articles) and the records just extracted from
    ``fresh`` articles (``(article, claims, figures, dates, names)``, figures
    already as stored: :meth:`Figure.as_stored`), in the order the store
    gives them back, as if they had been stored and read."""
    dates = dict(stored.article_dates)
    dates.update((r[0].id, r[0].date) for r in fresh)
    figures = sorted([*stored.figures, *(f for r in fresh for f in r[2])], key=_position)
    dmentions = sorted([*stored.dates, *(d for r in fresh for d in r[3])], key=_position)
    names = sorted([*stored.names, *(n for r in fresh for n in r[4])], key=lambda n: n.article)
    return engine.Records(article_dates=dates, claims=None, figures=figures, dates=dmentions, names=names)


def with_fresh_table(table: str, stored: Sequence[Any], fresh: Sequence[Any]) -> list[Any]:
    """:func:`with_fresh` for the records of one table ("figures", "dates" or "names")."""
    if table == "names":
        return sorted([*stored, *fresh], key=lambda n: n.article)
    return sorted([*stored, *fresh], key=_position)


def without(records: engine.Records, articles: set[str], old: engine.Records) -> engine.Records:
    """``records`` with the records of ``articles`` swapped for those in ``old``
    (the database as it was before those articles were written)."""
    keep = lambda xs: [x for x in xs if x.article not in articles]  # noqa: E731
    dates = {a: d for a, d in records.article_dates.items() if a not in articles}
    dates.update((a, d) for a, d in old.article_dates.items() if a in articles)
    claims = None
    if records.claims is not None and old.claims is not None:
        claims = {k: c for k, c in records.claims.items() if c.article not in articles}
        claims.update((k, c) for k, c in old.claims.items() if c.article in articles)
    return engine.Records(article_dates=dates, claims=claims, figures=keep(records.figures) + list(old.figures),
                          dates=keep(records.dates) + list(old.dates), names=keep(records.names) + list(old.names))


def _record_of(item: Any) -> Any:
    """The stored record a rule's block item is (or carries first, when a rule keys tuples)."""
    if hasattr(item, "article"):
        return item
    return next((x for x in item if hasattr(x, "article")), item) if isinstance(item, tuple) else item


def _dirty(before: dict, after: dict, touched: set[str]) -> set:
    """Keys of the blocks whose result may differ: a block holding a record of a
    touched article (before or after), or whose members changed at all (a
    block's grouping can depend on records elsewhere: names and events are
    merged by similarity over every record, so a new spelling can join or
    split blocks that hold no new record)."""
    out = set()
    for key in before.keys() | after.keys():
        old, new = before.get(key, ()), after.get(key, ())
        ro, rn = [_record_of(x) for x in old], [_record_of(x) for x in new]
        if any(r.article in touched for r in (*ro, *rn)) or sorted(map(id, ro)) != sorted(map(id, rn)):
            out.add(key)
    return out


def changed_conflicts(before: engine.Records, after: engine.Records, touched: set[str],
                      rules: Sequence[Any] | None = None) -> tuple[set[str], list[Conflict]]:
    """What writing the ``touched`` articles changes among the conflicts: the ids
    the dirty blocks gave before (to drop) and the conflicts they give now.

    Every rule's ``conflicts(key, items, ctx)`` reads only its block's items
    and the dates and claims of their own articles, so a block whose members
    are the same records of untouched articles gives the same conflicts.
    Only ``rules`` are run, when given (all of them otherwise).
    """
    from .compare.rules import RULES

    ctx_b, ctx_a = engine.Ctx(before), engine.Ctx(after)
    dropped: set[str] = set()
    found: dict[str, Conflict] = {}
    for rule in RULES if rules is None else rules:
        blocks_b, blocks_a = rule.blocks(before, ctx_b), rule.blocks(after, ctx_a)
        for key in sorted(_dirty(blocks_b, blocks_a, touched), key=repr):
            if key in blocks_b:
                dropped.update(c.id for c in rule.conflicts(key, blocks_b[key], ctx_b))
            if key in blocks_a:
                for c in rule.conflicts(key, blocks_a[key], ctx_a):
                    found.setdefault(c.id, c)
    return dropped, list(found.values())


def merge_conflicts(stored: Sequence[Conflict], dropped: set[str], found: Sequence[Conflict]) -> list[Conflict]:
    """Stored conflicts minus ``dropped``, plus ``found``, in the engine's order (severity, then id)."""
    out = {c.id: c for c in stored if c.id not in dropped}
    for c in found:
        out[c.id] = c
    return sorted(out.values(), key=lambda c: (SEVERITY_ORDER.get(c.severity, 9), c.id))
