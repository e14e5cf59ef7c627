"""The comparison of a large database in forked processes: one per compared
table (its rules read nothing else), each sending back only its conflicts;
and the stored records loaded shard by shard in forked processes. Each way
must give exactly what one process gives."""

from __future__ import annotations

import json
import os

import pytest

from claimtrack import ingest as ingest_mod
from claimtrack import tuning
from claimtrack.compare import engine
from claimtrack.compare.rules import RULES
from claimtrack.ingest import ingest, recompute_conflicts
from claimtrack.layout import part_file_name
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


# -- rows a comparison rejects are not decoded ------------------------------------------------


def test_rows_holding_a_rejected_member_are_left_out_undecoded(seeds_db):
    store = Store(seeds_db)
    for table, texts, where in (("figures", engine.FIGURE_NOT_COMPARED, engine.figure_compared),
                                ("dates", engine.DATE_NOT_COMPARED, engine.date_compared)):
        every = [r for k in store.shard_keys(table) for r in Store(seeds_db)._part_rows(k)]
        fresh = Store(seeds_db)
        got = [r for k in fresh.shard_keys(table) for r in fresh.parts.rows_without(k, texts)]
        assert not any(fresh.parts.loaded(k) for k in fresh.shard_keys(table))
        assert len(got) < len(every)  # the seeds hold rows of both kinds
        assert [r for r in every if where(r)] == [r for r in got if where(r)]
        # a row left out is one the test rejects
        assert all(not where(r) for r in every if r not in got)


def test_the_rejected_members_are_what_the_tests_reject():
    for member in engine.FIGURE_NOT_COMPARED:
        key, value = member.split(": ")
        assert not engine.figure_compared({"reading": "figure.quantity", "lit_low": 3, key.strip('"'): json.loads(value)})
    for member in engine.DATE_NOT_COMPARED:
        key, value = member.split(": ")
        assert not engine.date_compared({"event_id": "flood", "valid": True, key.strip('"'): json.loads(value)})


def test_a_part_in_memory_or_in_another_form_is_given_whole(tmp_path):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(SEEDS)])
    store = Store(db)
    key = next(k for k in store.shard_keys("dates") if any(not engine.date_compared(r) for r in store._part_rows(k)))
    whole = store._part_rows(key)  # now in memory
    assert store.parts.rows_without(key, engine.DATE_NOT_COMPARED) == whole
    part = store.parts.folder / store.parts.files[key]
    text = json.dumps(json.loads(part.read_text(encoding="utf-8")))  # one line: not one record per line
    name = part_file_name(key, text)
    (store.parts.folder / name).write_text(text, encoding="utf-8")
    other = Store(db)
    other.parts.files[key] = name
    assert other.parts.rows_without(key, engine.DATE_NOT_COMPARED) == whole


def test_the_comparison_gives_the_same_records_with_or_without_the_shortcut(seeds_db):
    exclude = {Store(seeds_db).article_rows()[0]["id"]}
    assert Store(seeds_db).compared_figures(exclude, engine.figure_compared, engine.FIGURE_NOT_COMPARED) == \
        Store(seeds_db).compared_figures(exclude, engine.figure_compared)
    assert Store(seeds_db).compared_dates(exclude, engine.date_compared, engine.DATE_NOT_COMPARED) == \
        Store(seeds_db).compared_dates(exclude, engine.date_compared)


def test_a_workers_failure_is_raised_as_what_it_means_here():
    from claimtrack.spool import reraise

    with pytest.raises(StoreError, match="part gone"):
        reraise(WorkerError("StoreError", "part gone"), StoreError)
    with pytest.raises(RuntimeError, match="ValueError: bad"):
        reraise(WorkerError("ValueError", "bad"), StoreError)
    with pytest.raises(KeyboardInterrupt):
        reraise(WorkerError("KeyboardInterrupt", ""), StoreError)
