"""Ingest: extraction outside the lock, in parallel when large, same results."""

from __future__ import annotations

from claimtrack import ingest, pipeline
from claimtrack.store import FileLock, Store
from claimtrack.text import parse_article
from conftest import SEEDS


def seed_articles():
    return [parse_article(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def test_parallel_extraction_gives_the_same_results(monkeypatch):
    monkeypatch.setattr(ingest, "PARALLEL_MIN", 2)
    articles = seed_articles() * 3
    seen = []
    serial = ingest.analyse_many(articles, workers=1)
    parallel = ingest.analyse_many(articles, progress=lambda i, n: seen.append((i, n)), workers=2)
    assert parallel == serial
    assert seen[-1] == (len(articles), len(articles))


def test_extraction_runs_without_holding_the_lock(tmp_path, monkeypatch):
    db = tmp_path / "db.json"
    real = pipeline.analyse_doc
    free = []

    def spy(doc):
        # another process could take the lock right now (e.g. to record a verdict)
        with FileLock(tmp_path / "db.json.lock", timeout=0):
            free.append(doc.article.id)
        return real(doc)

    monkeypatch.setattr(pipeline, "analyse_doc", spy)
    report = ingest.ingest(Store(db), [str(SEEDS)], workers=1)
    assert len(free) == 5 and len(report.rows) == 5
    assert len(Store(db).articles()) == 5


def test_article_ingested_meanwhile_by_someone_else_is_not_reinserted(tmp_path, monkeypatch):
    db = tmp_path / "db.json"
    store = Store(db)
    real = pipeline.analyse_doc
    done = []

    def racing(doc):
        if not done:  # another process ingests the same files while we extract
            done.append(True)
            ingest.ingest(Store(db), [str(SEEDS)], workers=1)
        return real(doc)

    monkeypatch.setattr(pipeline, "analyse_doc", racing)
    report = ingest.ingest(store, [str(SEEDS)], workers=1)
    assert {r["status"] for r in report.rows} == {"unchanged"}
    assert len(Store(db).articles()) == 5


def test_new_extractor_version_re_extracts_every_stored_article(tmp_path, monkeypatch):
    db = tmp_path / "db.json"
    ingest.ingest(Store(db), [str(SEEDS)], workers=1)
    calls = []
    real = pipeline.analyse_doc
    monkeypatch.setattr(pipeline, "analyse_doc", lambda d: calls.append(d.article.id) or real(d))
    one = next(SEEDS.glob("001_*.txt"))
    ingest.ingest(Store(db), [str(one)], workers=1)
    assert calls == []  # same version, unchanged file: nothing to do
    monkeypatch.setattr(ingest, "EXTRACTOR_VERSION", ingest.EXTRACTOR_VERSION + 1)
    report = ingest.ingest(Store(db), [str(one)], workers=1)
    assert sorted(calls) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert [r["status"] for r in report.rows] == ["updated"]
    assert Store(db).meta()["extractor"] == ingest.EXTRACTOR_VERSION


def test_parallel_conflict_reading_gives_the_same_conflicts(monkeypatch):
    import functools
    from pathlib import Path

    monkeypatch.setattr(ingest, "PARALLEL_MIN", 2)
    folder = Path(__file__).parent / "data" / "heldout_conflicts"
    articles = seed_articles() + [parse_article(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    results = ingest.analyse_many(articles, workers=1)
    claims = [c for r in results for c in r[0]]
    figures = [f for r in results for f in r[1]]
    dates = [d for r in results for d in r[2]]
    calls = []

    def counting_map(fn, n, workers):
        calls.append(n)
        return ingest.parallel_map(fn, n, workers)

    serial = pipeline.conflicts(articles, claims, figures, dates)
    parallel = pipeline.conflicts(articles, claims, figures, dates, pmap=functools.partial(counting_map, workers=2))
    assert parallel == serial and serial
    # figures and dates were read at extraction: only each article's names are read here
    assert calls == [len(articles)]


def test_progress_and_stages_are_reported(tmp_path):
    seen, stages = [], []
    ingest.ingest(Store(tmp_path / "db.json"), [str(SEEDS)], progress=lambda i, n: seen.append((i, n)),
                  workers=1, stage=stages.append)
    assert seen == [(i, 5) for i in range(1, 6)]
    assert stages == ["comparing articles"]


def _frozen_count(_: int) -> int:
    import gc
    return gc.get_freeze_count()


def test_forked_workers_leave_what_they_inherit_to_the_collector_frozen():
    # a worker's garbage collector never rescans the parent's objects it inherited
    with ingest._pool(2) as pool:
        assert all(n > 0 for n in pool.map(_frozen_count, range(4)))
