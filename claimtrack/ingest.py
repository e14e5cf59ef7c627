"""Reading article files and storing what is extracted from them (the I/O edge).

Bad files (binary, not UTF-8, unreadable, empty) are reported and skipped;
the rest are ingested in one batch and one database write.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import functools
import gc
import multiprocessing
import os
import pickle
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any
from pathlib import Path

import attrs

from . import pipeline, repeats, spool, tuning, worklog
from .compare import engine
from .doc import Doc, build_doc
from .layout import article_shard
from .models import Article, Claim, Conflict, DateMention, Figure, NameRecord, field_names
from .store import Store, StoreError, encode_records
from .text import ArticleError, decode_article, parse_article

#: Bump when extraction changes, so that re-ingesting re-extracts unchanged files.
EXTRACTOR_VERSION = 10  # 3: name records stored per article; 4: body counts, name lists, lone surnames; 5: casualty counts, undated weekday reports; 6: attribution constructions of business, court and election news; 7: source noun compounds, a title ending the sentence, people counted by what they were doing, "remain missing"; 8: a relative "that" after an adjunct; "saying" with a present-tense clause; adverbs are no objects; governments and ministries; "put it at N"; agencies relaying a content-first claim, participles after it, ", which he said", "quoted as saying by", restrictive relatives, hard-wrapped lines, ages of named people; "told" with any short object before "that", offices of groups, rulings, offers rejected, a day opening an event name, a common noun with a "who" clause, a title before a name after a quotation, a common noun before an aside, another party after "according to", bodies owned by groups; 9: descriptions ("called the bill “a disgrace”", "dismissed ... as"), plain person nouns, dotted acronyms, "adding" as a claim of its own, "as X reported", "what X said was", "X, citing Y", wreck dates, revisions and "down from N", ages in apposition, organisation names before counted nouns, long Arabic names; 10: court, business and sport constructions, "according to X released by Y", attributive past forms, per-item and breakdown counts, epicentre bearings, bodies of any counted people


_ZERO = {"claims": 0, "named": 0, "anonymous": 0, "figures": 0, "dates": 0}


@attrs.frozen
class Skipped:
    path: str
    reason: str


@attrs.frozen
class IngestReport:
    rows: list[dict]
    skipped: list[Skipped]
    conflicts: int
    #: verdicts / decisions that lost their claim or conflict in this ingest
    orphaned: dict[str, int] = attrs.field(factory=dict)
    #: nothing was written (no article could be read)
    written: bool = True


def _is_article_file(q: Path) -> bool:
    return q.suffix.lower() == ".txt" and q.is_file()


def collect_paths(paths: Iterable[str]) -> tuple[list[Path], list[Skipped]]:
    """Files as given plus every ``*.txt`` below the folders given, sorted, once each."""
    files: list[Path] = []
    missing: list[Skipped] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(q for q in path.rglob("*") if _is_article_file(q))
            if not found:
                missing.append(Skipped(str(path), "no article files (*.txt) in this folder"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            missing.append(Skipped(str(path), "not a regular file"))
        else:
            missing.append(Skipped(str(path), "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing


def load_article(path: Path) -> Article:
    """Read one article file; raises ArticleError with a short reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"unreadable ({exc.strerror or exc})") from None
    text = decode_article(data)
    return parse_article(path.stem, text, path=path.as_posix())


def ingest(
    store: Store,
    paths: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    stage: Callable[[str], None] | None = None,
    replace: bool = False,
) -> IngestReport:
    """Ingest files and folders into ``store`` in one write; recompute conflicts.

    Extraction runs before the database is locked (in parallel when there is
    much of it), so other users' verdicts and decisions are not kept waiting;
    the lock is held only to merge, recompute conflicts and write.
    ``progress(i, n)`` follows the extraction; ``stage(name)`` announces the
    steps after it. An article id already stored from another file with other
    text is refused (skipped) unless ``replace``. When no article can be
    read, nothing is written (no database file is created).
    """
    store.check_not_read_only()  # before the extraction, not after it
    files, skipped = collect_paths(paths)
    given = _load_given(store, files, skipped, replace)
    if not given:
        return IngestReport(rows=[], skipped=skipped, conflicts=0, written=False)
    known = store.article_shas()
    # stored records come from an older extractor: re-extract everything
    stale_version = bool(known) and store.meta().get("extractor") != EXTRACTOR_VERSION
    given_ids = {a.id for a in given}
    todo = [a for a in given if stale_version or known.get(a.id) != a.sha]
    if stale_version:
        # extraction changed: re-extract stored articles that were not given now
        todo += [a for a in store.articles() if a.id not in given_ids]
    # kept pickled until written: a large ingest need not hold every record as objects
    analysed = dict(zip((a.id for a in todo), analyse_many(todo, progress, workers, packed=True)))

    with store.writing():
        # the database may have changed while we were extracting: merge against it
        now_known = store.article_shas()
        counts = store.per_article_counts()
        results = []
        rows: list[dict] = []
        for article in given:
            fresh = article.id in analysed and (stale_version or now_known.get(article.id) != article.sha)
            if fresh:
                results.append((article, analysed[article.id]))
                row = {"status": "updated" if article.id in now_known else "new", **_counts_of(analysed[article.id])}
            else:
                row = {"status": "unchanged", **counts.get(article.id, _ZERO)}
            rows.append({"article": article.id, "date": article.date or "", **row})
        results += [(a, analysed[a.id]) for a in todo if a.id not in given_ids]
        analysed.clear()
        given.clear()  # the results hold what is still needed of the articles
        todo.clear()
        # the comparison blocks these articles' old records fell in (None: compare everything)
        before = None if stale_version else stored_part(store, {r[0].id for r in results})
        written, compared = write_results(store, results, keep=len(results) <= tuning.FRESH_RECORDS_MAX_ARTICLES)
        if store.meta().get("extractor") != EXTRACTOR_VERSION:
            store.set_meta(extractor=EXTRACTOR_VERSION)
        if stage:
            stage("comparing articles")
        conflicts = recompute_conflicts(store, before=before, touched=set(written), fresh=compared)
        stats = worklog.reattach(store)  # keep verdicts and decisions on moved claims/conflicts
    orphaned = {k: v.get("orphaned", 0) for k, v in stats.items() if v.get("orphaned")}
    return IngestReport(rows=rows, skipped=skipped, conflicts=conflicts, orphaned=orphaned)


#: Article shards written (and their parts spilled to disk) at a time by :func:`write_results`.
WRITE_SHARDS = 16


def write_results(store: Store, results: list[tuple[Article, Any]], keep: bool = True) -> tuple[list[str], list[tuple]]:
    """Store ``(article, extracted)`` results (extracted as :func:`extract_article`
    gives it, or packed), emptying ``results``: a few shards at a time, each
    batch's parts written out and dropped from memory
    (:meth:`Store.spill_shards`), each result dropped once written. Returns
    the ids written and, for the comparison, each article's records a rule
    can block (its claims are not kept: speakers are looked up later); none
    unless ``keep`` (the comparison then reads them from the database)."""
    by_shard: dict[str, list[tuple[Article, Any]]] = {}
    for article, extracted in results:
        by_shard.setdefault(article_shard(article.id), []).append((article, extracted))
    results.clear()
    shards = sorted(by_shard)
    batches = [shards[i : i + WRITE_SHARDS] for i in range(0, len(shards), WRITE_SHARDS)]

    def write(batch: list[str]) -> tuple[list[str], list[tuple]]:
        unpacked = [(a, *_unpack(x, keep)) for h in batch for a, x in by_shard.pop(h)]
        written = store.replace_articles([(a, *stored) for a, stored, _ in unpacked])
        store.spill_shards(batch, settle=False)  # synced while the next batch is made
        return written, [(attrs.evolve(a, text=""), (), *records) for a, _, records in unpacked] if keep else []

    with _no_cyclic_gc():  # rows and parts hold no cycles: collections would only rescan the results
        done = [write(batch) for batch in batches]
        store.parts.settle()
    return sorted(x for w, _ in done for x in w), [x for _, c in done for x in c]


@attrs.frozen
class Packed:
    """One article's extraction with the counts an ingest report shows: as values
    (``values``), or pickled and compressed (``blob``: about a tenth of the memory of
    the records as objects) when the ingest is large."""

    counts: dict[str, int]
    blob: bytes | None = None
    values: tuple | None = None


def extract_packed(article: Article, compress: bool = True) -> Packed:
    """:func:`extract_article` in a worker process: what the store writes already encoded
    (:func:`store.encode_records`: the writing process only numbers and joins the rows'
    texts), and the records the comparison reads (figures and dates it compares, as
    stored, and names) as field values; compressed unless not ``compress`` (then the
    pool's own pickling carries them, and its result thread unpickles them while the
    workers go on)."""
    claims, figures, dates, names = extract_article(article)
    encoded = encode_records(claims, figures, dates, names)
    values = (encoded, tuple(_pack(records) for records in _compared(figures, dates, names)))
    if not compress:
        return Packed(encoded.counts, values=values)
    return Packed(encoded.counts, zlib.compress(pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL), 1))


def _compared(figures: list[Figure], dates: list[DateMention], names: list[NameRecord]) -> tuple[list[Figure], list[DateMention], list[NameRecord]]:
    """The records of one article the comparison reads, as read back from the database: the
    figures (as stored) and dates it compares, and the names."""
    return [f.as_stored() for f in figures if engine.figure_compared(f)], [d for d in dates if engine.date_compared(d)], names


def _unpack(x: Any, keep: bool = True) -> tuple[tuple, tuple]:
    """``(stored, (figures, dates, names))``: what :meth:`Store.replace_articles` stores after
    the article (its records, or their encoded rows) and the records the comparison reads
    (:func:`_compared`; empty lists unless ``keep``)."""
    if not isinstance(x, Packed):
        return tuple(x), _compared(*x[1:]) if keep else ([], [], [])
    # our own worker processes' output, in memory only: never read from a file
    encoded, values = x.values if x.blob is None else pickle.loads(zlib.decompress(x.blob))  # noqa: S301
    figures, dates, names = map(_unpacked, values) if keep else ([], [], [])
    return (encoded,), (figures, dates, names)


def _counts_of(x: Any) -> dict[str, int]:
    return x.counts if isinstance(x, Packed) else _counts(*x[:3])


def _counts(claims: list[Claim], figures: list[Figure], dates: list[DateMention]) -> dict[str, int]:
    return {
        "claims": len(claims),
        "named": sum(c.speaker_kind == "named" for c in claims),
        "anonymous": sum(c.speaker_kind == "anonymous" for c in claims),
        "figures": len(figures),
        "dates": len(dates),
    }


def same_file(a: str, b: str) -> bool:
    """Whether two stored paths name the same file (as written, or once resolved)."""
    if os.path.normpath(a) == os.path.normpath(b):
        return True
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:  # pragma: no cover - unresolvable path
        return False


def with_user_date(article: Article, user: dict[str, Any] | None) -> Article:
    """The article with the date a person set for it (``claimtrack date``), if any."""
    if not user or not user.get("date"):
        return article
    return attrs.evolve(article, date=user["date"], date_source="user", date_start=-1, date_end=-1)


def _load_given(store: Store, files: list[Path], skipped: list[Skipped], replace: bool) -> list[Article]:
    """Read the files; bad files, duplicate ids and clashes with stored articles go to ``skipped``."""
    stored_paths = store.article_paths() if store.exists() else {}
    stored_shas = store.article_shas() if stored_paths else {}
    user_dates = store.user_dates() if stored_paths else {}
    seen_ids: dict[str, str] = {}
    given: list[Article] = []
    for path in files:
        try:
            article = load_article(path)
        except ArticleError as exc:
            skipped.append(Skipped(str(path), str(exc)))
            continue
        if article.id in seen_ids:
            skipped.append(Skipped(str(path), f"same article id as {seen_ids[article.id]}"))
            continue
        old = stored_paths.get(article.id)
        if old and not replace and stored_shas.get(article.id) != article.sha and not same_file(old, article.path):
            skipped.append(Skipped(str(path), f"article {article.id} was ingested from {old}; use --replace to replace it"))
            continue
        seen_ids[article.id] = str(path)
        given.append(with_user_date(article, user_dates.get(article.id)))
    return given


#: Extract (and read figures for the comparison) in worker processes from this many
#: articles on, one per core: below it, starting the workers costs more than it saves.
PARALLEL_MIN = 50


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: it rescans every live record each
    time enough new ones are allocated, which is pure overhead while loading
    a large database (reference counting still frees everything)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def worker_count(workers: int | None = None) -> int:
    """Worker processes to use: ``workers``, else $CLAIMTRACK_WORKERS, else one per core."""
    if workers is None:
        workers = int(os.environ.get("CLAIMTRACK_WORKERS", "0")) or (os.cpu_count() or 1)
    return max(1, workers)


def _pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    # fork: workers inherit the parent's memory (the comparator's per-item
    # work reads its context from there instead of having it pickled)
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    # gc.freeze: what a forked worker inherits is never scanned by its garbage
    # collector (the scans cost time and copy the parent's pages)
    return concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=gc.freeze)


def parallel_map(fn: Callable[[int], Any], n: int, workers: int) -> list[Any]:
    """``[fn(0), ..., fn(n - 1)]`` computed in forked worker processes, in order."""
    if n < PARALLEL_MIN or workers < 2:
        return [fn(i) for i in range(n)]
    with _pool(workers) as pool:
        return list(pool.map(fn, range(n), chunksize=max(1, n // (workers * 8))))


def analyse_article(article: Article) -> tuple[list[Claim], list[Figure], list[DateMention]]:
    """``pipeline.analyse`` and then passages the page repeats kept once (:mod:`repeats`)."""
    return _analyse_doc(build_doc(article))


def _analyse_doc(doc: Doc) -> tuple[list[Claim], list[Figure], list[DateMention]]:
    claims, figures, dates = pipeline.analyse_doc(doc)
    return repeats.collapse(doc.article.text, claims, figures, dates)


def extract_article(article: Article) -> tuple[list[Claim], list[Figure], list[DateMention], list[NameRecord]]:
    """What ingest stores for one article: :func:`analyse_article` and the
    article's name records (read here, once, so comparing never reads text)."""
    doc = build_doc(article)
    claims, figures, dates = _analyse_doc(doc)
    return claims, figures, dates, pipeline.article_names(article, claims, doc.sentences)


_Values = tuple[tuple[type | None, list[Any]], ...]


def _extract_values(article: Article) -> _Values:
    """:func:`extract_article` in a worker, each record list sent back as its class and
    the records' field values (pickling a record one by one costs twice as much)."""
    return tuple(_pack(records) for records in extract_article(article))


def _pack(records: list[Any]) -> tuple[type | None, list[Any]]:
    """(class, field values of each record); (None, records) unless all are of one class."""
    cls = type(records[0]) if records else None
    if cls is None or any(type(r) is not cls for r in records):
        return (None, records)
    names = field_names(cls)
    return (cls, [tuple(getattr(r, k) for k in names) for r in records])


def _unpacked(packed: tuple[type | None, list[Any]]) -> list[Any]:
    """The records :func:`_pack` packed."""
    cls, rows = packed
    return list(rows) if cls is None else [cls(*values) for values in rows]


def _from_values(packed: _Values) -> tuple[list[Claim], list[Figure], list[DateMention], list[NameRecord]]:
    claims, figures, dates, names = map(_unpacked, packed)
    return claims, figures, dates, names


def analyse_many(
    articles: Sequence[Article],
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    packed: bool = False,
) -> list[Any]:
    """:func:`extract_article` over many articles, in order; parallel when worth it.

    The extractors are pure, so running them in worker processes gives the
    same results as running them here. With ``packed``, results from worker
    processes stay packed (:class:`Packed`; compressed in a large ingest) until they are written.
    """
    n = len(articles)
    workers = worker_count(workers)
    out = []
    if workers > 1 and n >= PARALLEL_MIN:
        with _pool(workers) as pool:
            small = n <= tuning.INGEST_UNCOMPRESSED_MAX_ARTICLES
            fn = functools.partial(extract_packed, compress=not small) if packed else _extract_values
            for i, result in enumerate(pool.map(fn, articles, chunksize=16), 1):
                out.append(result if packed else _from_values(result))
                if progress:
                    progress(i, n)
        return out
    for i, article in enumerate(articles, 1):
        out.append(extract_article(article))
        if progress:
            progress(i, n)
    return out


def stored_part(store: Store, articles: set[str]) -> engine.Records:
    """The stored records of some articles (read before they are replaced);
    their claims are not read (speakers are looked up for the conflicts found)."""
    dates = {r["id"]: r.get("date") for r in store.article_rows() if r["id"] in articles}
    return pipeline.stored_records(dates, None, store.figures(articles=articles, where=engine.figure_compared),
                                   store.dates(articles=articles, where=engine.date_compared), store.names(articles))


def stored_records(store: Store, workers: int | None = None, fresh: Sequence[tuple] = ()) -> engine.Records:
    """Every stored record, as the comparator reads them. The names come from
    their table; a database from an older extractor has none, and its names
    are read from the article texts instead (until an ingest re-extracts it).

    ``fresh`` are results just written (``(article, claims, figures, dates,
    names)``): their records are taken as they are instead of read back. The
    claims are not read at all: :func:`recompute_conflicts` looks up the few
    that the conflicts' mentions name.
    """
    if store.meta().get("extractor") != EXTRACTOR_VERSION:
        articles = store.articles()
        pmap = None
        if len(articles) >= PARALLEL_MIN and worker_count(workers) > 1:
            pmap = functools.partial(parallel_map, workers=worker_count(workers))
        return pipeline.records(articles, store.claims(), store.figures(), store.dates(), pmap=pmap)
    dates = {r["id"]: r.get("date") for r in store.article_rows()}
    skip = {r[0].id for r in fresh}
    stored = pipeline.stored_records(dates, None, store.compared_figures(skip, engine.figure_compared),
                                     store.compared_dates(skip, engine.date_compared), store.names(exclude=skip))
    return pipeline.with_fresh(stored, fresh) if fresh else stored


#: The tables the comparison reads: the rules of each (:func:`engine.rules_reading`) are
#: compared apart, in a process of their own on a large database (see :func:`full_conflicts`).
COMPARED_TABLES = ("names", "dates", "figures")


def _table_records(store: Store, table: str, skip: set[str], fresh: Sequence[tuple]) -> list[Any]:
    """The records of one compared table, as :func:`stored_records` gives them."""
    at = {"figures": 2, "dates": 3, "names": 4}[table]
    if table == "figures":
        stored = store.compared_figures(skip, engine.figure_compared, engine.FIGURE_NOT_COMPARED)
    elif table == "dates":
        stored = store.compared_dates(skip, engine.date_compared, engine.DATE_NOT_COMPARED)
    else:
        stored = store.names(exclude=skip)
    if not fresh:
        return stored
    return pipeline.with_fresh_table(table, stored, [x for r in fresh for x in r[at]])


def _compare_tables(store: Store, workers: int | None, fresh: Sequence[tuple],
                    compare: Callable[[str, engine.Records], Any]) -> list[Any]:
    """``compare(table, records)`` for each compared table, ``records`` holding that
    table's records (as :func:`stored_records` gives them) and no other: each table
    is loaded, compared by the rules that read it (:func:`engine.rules_reading`) and
    dropped. On a database of many shards (:data:`tuning.COMPARE_FORK_MIN_SHARDS`)
    the tables are compared at once, each in a forked process that sends back
    only what ``compare`` returns. Results in :data:`COMPARED_TABLES` order."""
    dates = {r["id"]: r.get("date") for r in store.article_rows()}
    skip = {r[0].id for r in fresh}
    dates.update((r[0].id, r[0].date) for r in fresh)

    def job(i: int) -> Any:
        table = COMPARED_TABLES[i]
        records = engine.Records(article_dates=dates, claims=None, **{table: _table_records(store, table, skip, fresh)})
        return compare(table, records)

    n = len(COMPARED_TABLES)
    forked = (hasattr(os, "fork") and worker_count(workers) > 1
              and len(store.shard_keys("figures")) >= tuning.COMPARE_FORK_MIN_SHARDS)
    try:
        return spool.map_forked(job, n, n) if forked else [job(i) for i in range(n)]
    except spool.WorkerError as exc:
        spool.reraise(exc, StoreError)


def full_conflicts(store: Store, workers: int | None = None, fresh: Sequence[tuple] = ()) -> list[Conflict]:
    """``engine.find_conflicts(stored_records(...))`` with the speakers filled in, one table at a time
    (:func:`_compare_tables`; conflicts of different tables never share an id)."""
    def compare(table: str, records: engine.Records) -> list[Conflict]:
        return engine.fill_speakers(engine.find_conflicts(records, rules=engine.rules_reading(table)), store.claims_by_id)

    return engine.ordered(c for cs in _compare_tables(store, workers, fresh, compare) for c in cs)


def changed_conflicts(store: Store, before: engine.Records, touched: set[str], workers: int | None = None,
                      fresh: Sequence[tuple] = ()) -> list[Conflict]:
    """The stored conflicts once the ``touched`` articles (whose old records are ``before``)
    are written: :func:`pipeline.changed_conflicts` one table at a time (:func:`_compare_tables`)."""
    def compare(table: str, after: engine.Records) -> tuple[set[str], list[Conflict]]:
        old = attrs.evolve(before, **{t: () for t in COMPARED_TABLES if t != table})
        dropped, new = pipeline.changed_conflicts(pipeline.without(after, touched, old), after, touched,
                                                  engine.rules_reading(table))
        return dropped, engine.fill_speakers(new, store.claims_by_id)

    changed = _compare_tables(store, workers, fresh, compare)
    return pipeline.merge_conflicts(store.conflicts(), set().union(*(d for d, _ in changed)),
                                    [c for _, cs in changed for c in cs])


def recompute_conflicts(store: Store, workers: int | None = None, before: engine.Records | None = None,
                        touched: set[str] | None = None, fresh: Sequence[tuple] = ()) -> int:
    """Recompute and store the conflicts; returns how many there are.

    With ``before`` (the old records of the ``touched`` articles, just
    replaced), only the comparison blocks those articles' old and new
    records touch are recomputed (:func:`pipeline.changed_conflicts`); every
    other stored conflict stays as it is. Without it, everything is compared.
    ``fresh``: the results just written, used as they are (see :func:`stored_records`).
    """
    with _no_cyclic_gc():  # hundreds of thousands of small records, none of them cyclic
        if store.meta().get("extractor") != EXTRACTOR_VERSION:  # names read from the texts, claims loaded
            found = engine.find_conflicts(stored_records(store, workers, fresh))
        elif before is None or touched is None:
            found = full_conflicts(store, workers, fresh)
        else:
            found = changed_conflicts(store, before, touched, workers, fresh)
    store.replace_conflicts(found)
    return len(found)


def is_many(n: int) -> bool:
    """Show a progress bar from this many files on (and never when stderr is not a terminal)."""
    return n >= int(os.environ.get("CLAIMTRACK_PROGRESS_MIN", "20"))
