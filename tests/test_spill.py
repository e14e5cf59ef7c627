"""A large write spills its parts: each batch of article shards is written to
its content-named files before the save and dropped from memory; the save's
manifest names them. A write that fails, or is killed, before the manifest
changes leaves the old database as it was (spilled files are strays that a
failed write removes and ``check --rebuild`` clears)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack import ingest as ingest_mod
from claimtrack.check import check_path
from claimtrack.cli import main
from claimtrack.ingest import ingest
from claimtrack.layout import ARTICLE_SHARDED, parts_folder, split_key
from claimtrack.store import Store
from conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus  # noqa: E402


def listing(db: Path) -> dict[str, bytes]:
    folder = parts_folder(db)
    return {"manifest": db.read_bytes(), **{p.name: p.read_bytes() for p in sorted(folder.iterdir())}}


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("spill")
    corpus.write_corpus(80, out, seed=11)  # from PARALLEL_MIN on, results come back packed
    return out / "articles"


def test_spilled_parts_are_named_by_the_save_and_read_back(tmp_path):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(SEEDS)])
    store = Store(db)
    with store.writing():
        store.append("verdicts", {"claim": "c1", "rating": "false", "by": "ed", "at": "2026-01-01"})
        key = next(k for k in store.parts.keys_of("claims"))
        rows = dict(store.parts[key])
        store.db.table(key).insert({"id": "cl_spilled", "article": "x", "start": 0, "end": 1})
        store.parts.spill([key])
        assert not store.parts.loaded(key) and key in store.parts.spilled
        name = store.parts.spilled[key]
        assert (parts_folder(db) / name).exists()
        assert "cl_spilled" in {r["id"] for r in store.parts[key].values()}  # read back from its file
        assert len(store.parts[key]) == len(rows) + 1
    manifest = db.read_text(encoding="utf-8")
    assert name in manifest
    assert Store(db).strays() == []  # every file named by the manifest


def test_a_part_changed_after_it_was_spilled_is_written_again_and_the_spill_removed(tmp_path):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(SEEDS)])
    store = Store(db)
    with store.writing():
        key = next(k for k in store.parts.keys_of("figures"))
        store.db.table(key).insert({"id": "fi_a", "article": "x", "start": 0, "end": 1})
        store.parts.spill([key])
        first = store.parts.spilled[key]
        store.db.table(key).insert({"id": "fi_b", "article": "x", "start": 2, "end": 3})
    assert not (parts_folder(db) / first).exists()
    assert {"fi_a", "fi_b"} <= {r["id"] for r in Store(db).parts[key].values()}
    assert Store(db).strays() == []


def test_a_write_that_fails_after_spilling_leaves_the_old_database_and_no_files(tmp_path):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(SEEDS)])
    before = listing(db)
    store = Store(db)
    with pytest.raises(RuntimeError, match="boom"), store.writing():
        for key in store.parts.keys_of("claims"):
            store.db.table(key).insert({"id": "cl_x" + key[-2:], "article": "x", "start": 0, "end": 1})
        store.parts.spill(store.parts.keys_of("claims"))
        assert store.parts.spilled
        raise RuntimeError("boom")
    assert listing(db) == before


def test_a_write_killed_after_spilling_leaves_strays_that_check_reports_and_rebuild_removes(tmp_path):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(SEEDS)])
    before = listing(db)
    script = (
        "import os, sys\n"
        "from claimtrack.store import Store\n"
        "s = Store(sys.argv[1])\n"
        "with s.writing():\n"
        "    key = s.parts.keys_of('dates')[0]\n"
        "    s.db.table(key).insert({'id': 'da_x', 'article': 'x', 'start': 0, 'end': 1})\n"
        "    s.parts.spill([key])\n"
        "    os.kill(os.getpid(), 9)\n"
    )
    r = subprocess.run([sys.executable, "-c", script, str(db)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == -9
    after = listing(db)
    strays = set(after) - set(before)
    assert len(strays) == 1 and {k: after[k] for k in before} == before  # the old database is whole
    problems = check_path(db)[0]
    assert [(p.record, "stray file" in p.message) for p in problems] == [(next(iter(strays)), True)]
    assert CliRunner().invoke(main, ["--db", str(db), "check", "--rebuild"]).exit_code == 0
    assert not (parts_folder(db) / next(iter(strays))).exists()


def test_a_large_ingest_holds_no_article_part_in_memory_after_writing(articles, tmp_path, monkeypatch):
    seen = []
    real = ingest_mod.recompute_conflicts

    def spy(store, *a, **k):
        seen.append(sorted(k for k in store.parts._tables if split_key(k)[0] in ARTICLE_SHARDED))
        return real(store, *a, **k)

    monkeypatch.setattr(ingest_mod, "recompute_conflicts", spy)
    monkeypatch.setattr(ingest_mod, "WRITE_SHARDS", 4)
    ingest(Store(tmp_path / "db.json"), [str(articles)], workers=2)
    assert seen == [[]]


def test_packed_parallel_ingest_writes_the_same_database_as_a_serial_one(articles, tmp_path):
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    ingest(Store(one), [str(articles)], workers=1)
    ingest(Store(two), [str(articles)], workers=2)
    assert listing(one) == listing(two)
    assert check_path(two)[0] == []


def test_rows_appended_to_a_part_take_the_ids_tinydb_would_give(tmp_path):
    store = Store(tmp_path / "db.json")
    with store.writing():
        parts = store.parts
        parts.append_rows("figures/ab", [{"id": "f1"}, {"id": "f2"}])
        assert list(parts["figures/ab"]) == ["1", "2"]  # an empty part numbers from 1
        parts["figures/ab"] = {"1": {"id": "f1"}, "5": {"id": "f5"}}  # a gap, as after removals
        parts.append_rows("figures/ab", [{"id": "f6"}, {"id": "f7"}])
        assert parts["figures/ab"]["6"] == {"id": "f6"} and parts["figures/ab"]["7"] == {"id": "f7"}
        assert "figures/ab" in parts.dirty  # the save writes it


def test_an_article_replaced_in_one_session_gets_the_ids_a_fresh_session_gives(tmp_path):
    # appended rows are numbered from the part as it is, never from a count kept since an earlier insert
    a = ingest_mod.load_article(SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0])
    one, two = Store(tmp_path / "one.json"), Store(tmp_path / "two.json")
    with one.writing():
        one.replace_articles([(a, *ingest_mod.extract_article(a))])
        one.replace_articles([(a, *ingest_mod.extract_article(a))])  # again, in the same write
    with two.writing():
        two.replace_articles([(a, *ingest_mod.extract_article(a))])
    for key in one.parts.keys_of("claims"):
        assert list(one.parts[key]) == list(two.parts[key])


def _temporaries(db: Path) -> list[str]:
    return sorted(p.name for p in parts_folder(db).iterdir() if p.name.endswith(".tmp"))


def test_parts_spilled_unsettled_are_put_in_place_when_read_or_saved(tmp_path):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(SEEDS)])
    store = Store(db)
    with store.writing():
        keys = store.parts.keys_of("claims")[:2]
        for key in keys:
            store.db.table(key).insert({"id": "cl_late" + key[-2:], "article": "x", "start": 0, "end": 1})
        store.parts.spill([keys[0]], settle=False)
        name = store.parts.spilled[keys[0]]
        assert not (parts_folder(db) / name).exists() and len(_temporaries(db)) == 1  # still syncing
        assert "cl_late" + keys[0][-2:] in {r["id"] for r in store.parts[keys[0]].values()}  # reading settles
        assert (parts_folder(db) / name).exists() and _temporaries(db) == []
        store.parts.spill([keys[1]], settle=False)
        second = store.parts.spilled[keys[1]]
    assert (parts_folder(db) / second).exists() and second in db.read_text(encoding="utf-8")  # the save settled it
    assert _temporaries(db) == [] and Store(db).strays() == []


def test_a_write_that_fails_with_parts_still_syncing_leaves_no_files(tmp_path):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(SEEDS)])
    before = listing(db)
    store = Store(db)
    with pytest.raises(RuntimeError, match="boom"), store.writing():
        key = store.parts.keys_of("dates")[0]
        store.db.table(key).insert({"id": "da_late", "article": "x", "start": 0, "end": 1})
        store.parts.spill([key], settle=False)
        raise RuntimeError("boom")
    assert listing(db) == before


def test_a_sync_that_fails_after_a_spill_is_a_clear_error_and_leaves_no_files(tmp_path, monkeypatch):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(SEEDS)])
    before = listing(db)
    store = Store(db)

    def no_space(fd):
        raise OSError(28, os.strerror(28))

    with pytest.raises(ingest_mod.StoreError, match="no space left on device"), store.writing():
        key = store.parts.keys_of("figures")[0]
        store.db.table(key).insert({"id": "fi_late", "article": "x", "start": 0, "end": 1})
        monkeypatch.setattr(os, "fsync", no_space)
        store.parts.spill([key], settle=False)  # the sync fails in its thread: said when settled
        store.parts.settle()
    monkeypatch.undo()
    assert listing(db) == before
