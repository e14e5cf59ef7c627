"""Reading article files and storing what is extracted from them (the I/O edge).

Bad files (binary, not UTF-8, unreadable, empty) are reported and skipped;
the rest are ingested in one batch and one database write.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs

from . import pipeline, worklog
from .models import Article
from .store import Store
from .text import ArticleError, decode_article, parse_article

#: Bump when extraction changes, so that re-ingesting re-extracts unchanged files.
EXTRACTOR_VERSION = 1


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


def collect_paths(paths: Iterable[str]) -> tuple[list[Path], list[Skipped]]:
    """Files as given plus every ``*.txt`` below the folders given, sorted, once each."""
    files: list[Path] = []
    missing: list[Skipped] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(sorted(q for q in path.rglob("*.txt") if q.is_file()))
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
) -> IngestReport:
    """Ingest files and folders into ``store`` in one write; recompute conflicts."""
    files, skipped = collect_paths(paths)
    rows: list[dict] = []
    with store.writing():
        known = store.article_shas()
        stale_version = store.meta().get("extractor") != EXTRACTOR_VERSION
        counts = store.per_article_counts() if not stale_version else {}
        results = []
        seen_ids: dict[str, str] = {}
        for i, path in enumerate(files, 1):
            if progress:
                progress(i, len(files))
            try:
                article = load_article(path)
            except ArticleError as exc:
                skipped.append(Skipped(str(path), str(exc)))
                continue
            if article.id in seen_ids:
                skipped.append(Skipped(str(path), f"same article id as {seen_ids[article.id]}"))
                continue
            seen_ids[article.id] = str(path)
            unchanged = known.get(article.id) == article.sha and not stale_version
            if unchanged:
                row = {"status": "unchanged", **counts.get(article.id, _ZERO)}
            else:
                claims, figures, dates = pipeline.analyse(article)
                results.append((article, claims, figures, dates))
                row = {
                    "status": "updated" if article.id in known else "new",
                    "claims": len(claims),
                    "named": sum(c.speaker_kind == "named" for c in claims),
                    "anonymous": sum(c.speaker_kind == "anonymous" for c in claims),
                    "figures": len(figures),
                    "dates": len(dates),
                }
            rows.append({"article": article.id, "date": article.date or "", **row})
        if stale_version and known:
            # extraction changed: re-extract stored articles that were not given now
            for article in store.articles():
                if article.id not in seen_ids:
                    results.append((article, *pipeline.analyse(article)))
        store.replace_articles(results)
        if stale_version:
            store.set_meta(extractor=EXTRACTOR_VERSION)
        conflicts = recompute_conflicts(store)
        worklog.reattach(store)  # keep verdicts and decisions on moved claims/conflicts
    return IngestReport(rows=rows, skipped=skipped, conflicts=conflicts)


def recompute_conflicts(store: Store) -> int:
    """Recompute and store all conflicts; returns how many there are."""
    found = pipeline.conflicts(store.articles(), store.claims(), store.figures(), store.dates())
    store.replace_conflicts(found)
    return len(found)


def is_many(n: int) -> bool:
    """Show a progress bar from this many files on (and never when stderr is not a terminal)."""
    return n >= int(os.environ.get("CLAIMTRACK_PROGRESS_MIN", "20"))
