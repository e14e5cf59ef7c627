"""The comparison of a large database in forked processes: one per compared
table (its rules read nothing else), each sending back only its conflicts;
and the stored records loaded shard by shard in forked processes. Each way
must give exactly what one process gives."""

from __future__ import annotations

import os

import pytest

from claimtrack import ingest as ingest_mod
from claimtrack import tuning
from claimtrack.compare import engine
from claimtrack.compare.rules import RULES
from claimtrack.ingest import ingest, recompute_conflicts
from claimtrack.spool import WorkerError, map_forked
from claimtrack.store import Store, StoreError
from conftest import SEEDS


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("forked") / "db.json"
    ingest(Store(db), [str(SEEDS)])
    return db


@pytest.fixture
def forks(monkeypatch):
    """Count the forks, with two workers and the fork threshold at one shard."""
    monkeypatch.setenv("CLAIMTRACK_WORKERS", "2")
    monkeypatch.setattr(tuning, "COMPARE_FORK_MIN_SHARDS", 1)
    calls = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: calls.append(1) or real_fork())
    return calls


def one_process(db) -> list:
    store = Store(db)
    return engine.fill_speakers(engine.find_conflicts(ingest_mod.stored_records(store, workers=1)), store.claims_by_id)


def test_every_rule_reads_one_compared_table():
    assert {r.READS for r in RULES} == set(ingest_mod.COMPARED_TABLES)
    assert [r for t in ingest_mod.COMPARED_TABLES for r in engine.rules_reading(t)] != []
    assert sorted(r.__name__ for t in ingest_mod.COMPARED_TABLES for r in engine.rules_reading(t)) == \
        sorted(r.__name__ for r in RULES)


def test_the_tables_compared_apart_give_the_conflicts_of_all_rules_at_once(seeds_db):
    want = one_process(seeds_db)
    assert {c.kind for c in want} >= {"figure", "date"}  # the seeds hold conflicts of more than one table
    assert ingest_mod.full_conflicts(Store(seeds_db), workers=1) == want


def test_a_large_database_is_compared_in_forked_processes(seeds_db, forks, monkeypatch):
    want = one_process(seeds_db)
    assert not forks
    assert ingest_mod.full_conflicts(Store(seeds_db)) == want
    assert len(forks) == len(ingest_mod.COMPARED_TABLES) - 1  # this process compares one table itself
    monkeypatch.setattr(tuning, "COMPARE_FORK_MIN_SHARDS", len(Store(seeds_db).shard_keys("figures")) + 1)
    assert ingest_mod.full_conflicts(Store(seeds_db)) == want
    assert len(forks) == len(ingest_mod.COMPARED_TABLES) - 1  # below the threshold: no more forks


def test_recompute_stores_the_same_conflicts_forked_or_not(tmp_path, forks):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(SEEDS)])  # ingested (and compared) forked
    assert forks
    got = Store(db).conflict_rows()
    store = Store(db)
    with store.writing():
        recompute_conflicts(store, workers=1)
    assert Store(db).conflict_rows() == got


def test_an_incremental_ingest_compared_in_forked_processes_agrees_with_recompute(tmp_path, forks):
    files = sorted(SEEDS.glob("*.txt"))
    halves = [tmp_path / "a", tmp_path / "b"]
    for i, half in enumerate(halves):
        half.mkdir()
        for f in files[i::2]:
            (half / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "db.json"
    ingest(Store(db), [str(halves[0])])
    before = len(forks)
    ingest(Store(db), [str(halves[1])])  # only the touched blocks, table by table, forked
    assert len(forks) == before + len(ingest_mod.COMPARED_TABLES) - 1
    got = Store(db).conflict_rows()
    assert got
    store = Store(db)
    with store.writing():
        recompute_conflicts(store, workers=1)
    assert Store(db).conflict_rows() == got


def test_a_corrupt_part_read_by_a_worker_is_one_clean_error(tmp_path, forks):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(SEEDS)])
    store = Store(db)
    for key in store.shard_keys("names"):  # every shard: whichever process reads it fails
        part = store.parts.folder / store.parts.files[key]
        part.write_bytes(part.read_bytes().replace(b'"text": "', b'"text": "x', 1))
    with pytest.raises(StoreError, match="does not match its checksum"):
        ingest_mod.full_conflicts(Store(db))


def test_map_forked_keeps_the_order_and_reports_failures():
    assert map_forked(lambda i: i * i, 7, 3) == [i * i for i in range(7)]
    assert map_forked(lambda i: i, 2, 5) == [0, 1]

    def fails(i):
        if i == 1:
            raise ValueError("bad item")
        return i

    with pytest.raises(WorkerError) as info:
        map_forked(fails, 4, 2)
    assert info.value.args == ("ValueError", "bad item")
