"""Stored name records and incremental comparison: an ingest recomputes only
the comparison blocks its articles' old and new records touch, and gives the
same conflicts as a full recompute."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack import ingest as ingest_mod
from claimtrack import pipeline
from claimtrack.check import check_path
from claimtrack.cli import main
from claimtrack.ingest import ingest, recompute_conflicts
from claimtrack.layout import NAME_TABLE, article_shard, part_key
from claimtrack.store import Store
from conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus  # noqa: E402

FERRY_A = (
    "Harbour officials halted the evening ferry on Tuesday.\n\n"
    "Mariam Kowalczyk, a spokeswoman for the port authority, said the crossing would reopen on Friday. "
    "Tomasz Brenner, who was abducted by smugglers last month, had warned the crew about the route.\n"
)
FERRY_B = (
    "The evening ferry stayed in port for a second day.\n\n"
    "Mariam Kowalczik, the port authority's spokeswoman, said repairs were under way. "
    "Tomasz Brenner, who was killed when the gangway collapsed, had worked on the route for years.\n"
)
UNRELATED = "The city council met on Monday.\n\nA council member said the budget vote was postponed.\n"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / f"{name}.txt"
    p.write_text(text, encoding="utf-8")
    return p


def recomputed(db: Path, tmp: Path) -> list[dict]:
    """The conflicts of a full recompute, on a copy of the database."""
    copy = tmp / f"full-{len(list(tmp.glob('full-*')))}.json"
    shutil.copyfile(db, copy)
    shutil.copytree(db.with_name(db.name + ".d"), copy.with_name(copy.name + ".d"))
    store = Store(copy)
    with store.writing():
        recompute_conflicts(store)
    return Store(copy).conflict_rows()


def no_full_compare(monkeypatch) -> None:
    """Make a full comparison fail: the ingest must take the incremental path."""
    def boom(*a, **k):
        raise AssertionError("full comparison during an incremental ingest")

    monkeypatch.setattr(ingest_mod.engine, "find_conflicts", boom)


# -- step 1: name records stored at ingest ---------------------------------------------------------


def test_name_records_are_stored_at_ingest_like_the_texts_give_them(tmp_path):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(write(tmp_path / "in", "ferry_a", FERRY_A)), str(write(tmp_path / "in", "ferry_b", FERRY_B))])
    store = Store(db)
    names = store.names()
    assert {n.text for n in names} >= {"Mariam Kowalczyk", "Mariam Kowalczik", "Tomasz Brenner"}
    want = [n for a in store.articles() for n in pipeline.article_names(a, store.claims(article=a.id))]
    assert names == want
    assert store.names(["ferry_b"]) == [n for n in want if n.article == "ferry_b"]
    assert Store(db).table_counts()[NAME_TABLE] == len(names)


def test_comparing_reads_no_article_text(tmp_path, monkeypatch):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(write(tmp_path / "in", "ferry_a", FERRY_A)), str(write(tmp_path / "in", "ferry_b", FERRY_B))])
    before = Store(db).conflict_rows()
    assert {r["kind"] for r in before} >= {"name", "status"}

    def no_text(*a, **k):
        raise AssertionError("the comparison read an article text")

    monkeypatch.setattr(Store, "articles", no_text)
    monkeypatch.setattr(Store, "texts", no_text)
    store = Store(db)
    with store.writing():
        recompute_conflicts(store)
    assert Store(db).conflict_rows() == before


def test_a_database_of_the_older_extractor_reads_names_from_texts_until_reingested(tmp_path):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(write(tmp_path / "in", "ferry_a", FERRY_A)), str(write(tmp_path / "in", "ferry_b", FERRY_B))])
    want = Store(db).conflict_rows()
    store = Store(db)
    with store.writing():  # what a database of extractor 2 looks like: no name records
        for key in store.parts.keys_of(NAME_TABLE):
            store.db.table(key).truncate()
        store.set_meta(extractor=ingest_mod.EXTRACTOR_VERSION - 1)
    assert Store(db).names() == []
    r = CliRunner().invoke(main, ["--db", str(db), "conflicts", "--recompute", "--json"])
    assert r.exit_code == 0, r.output
    assert Store(db).conflict_rows() == want
    ingest(Store(db), [str(tmp_path / "in")])  # re-extracts: the names are stored again
    assert Store(db).names() and Store(db).meta()["extractor"] == ingest_mod.EXTRACTOR_VERSION
    assert Store(db).conflict_rows() == want


def test_check_knows_the_names_table(tmp_path):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(write(tmp_path / "in", "ferry_a", FERRY_A))])
    assert check_path(db)[0] == []
    store = Store(db)
    with store.writing():
        store.db.table(part_key(NAME_TABLE, article_shard("ferry_a"))).update({"start": 3})
    problems = [str(p) for p in check_path(db)[0]]
    assert problems and all(p.startswith("names/ferry_a") and "slice" in p for p in problems)
    r = CliRunner().invoke(main, ["--db", str(db), "check", "--rebuild"])
    assert r.exit_code == 0, r.output
    assert check_path(db)[0] == []


# -- step 2: incremental comparison ----------------------------------------------------------------


def test_dirty_blocks_include_blocks_whose_members_moved_without_a_touched_record():
    class R:
        def __init__(self, article):
            self.article = article

    a, b, c = R("x"), R("y"), R("z")
    before = {"k1": [a, b], "k2": [c]}
    after = {"k1": [a], "k3": [b], "k2": [c]}  # a new record elsewhere split k1 (regrouping)
    assert pipeline._dirty(before, after, touched=set()) == {"k1", "k3"}
    assert pipeline._dirty(before, before, touched={"z"}) == {"k2"}
    assert pipeline._dirty({"k": [(0, a)]}, {"k": [(0, a)]}, touched=set()) == set()


@pytest.fixture(scope="module")
def bench_corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(200, out, seed=7)
    files = sorted((out / "articles").glob("*.txt"))
    return files


def test_two_halves_ingested_incrementally_equal_a_full_recompute(bench_corpus, tmp_path, monkeypatch):
    db = tmp_path / "db.json"
    ingest(Store(db), [str(p) for p in bench_corpus[:100]])
    first = {r["id"]: r for r in Store(db).conflict_rows()}
    assert first and Store(db).conflict_rows() == recomputed(db, tmp_path)
    with monkeypatch.context() as m:
        no_full_compare(m)
        report = ingest(Store(db), [str(p) for p in bench_corpus[100:]])
    rows = Store(db).conflict_rows()
    assert report.conflicts == len(rows) > len(first)
    assert rows == recomputed(db, tmp_path)


def seeds_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def conflict_of(db: Path, kind: str, article: str) -> str:
    return next(r["id"] for r in Store(db).conflict_rows()
                if r["kind"] == kind and any(m["article"] == article for m in r["mentions"]))


def test_a_changed_article_recomputes_its_blocks_and_leaves_decisions_elsewhere(tmp_path, monkeypatch):
    folder = seeds_copy(tmp_path)
    db = tmp_path / "db.json"
    ingest(Store(db), [str(folder)])
    rows = {r["id"]: r for r in Store(db).conflict_rows()}
    changed = next(folder.glob("003_*.txt"))
    mine = {cid for cid, r in rows.items() if any(m["article"] == changed.stem for m in r["mentions"])}
    others = set(rows) - mine
    assert mine and others
    kept = sorted(others)[0]
    assert CliRunner().invoke(main, ["--db", str(db), "decide", kept, "confirm", "--by", "desk"]).exit_code == 0
    decisions = Store(db).records("decisions")

    # its mentions are gone (the article now says something else)
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.split("\n\n")[0] + "\n\n" + UNRELATED.split("\n\n")[1], encoding="utf-8")
    with monkeypatch.context() as m:
        no_full_compare(m)
        ingest(Store(db), [str(changed)])
    now = {r["id"]: r for r in Store(db).conflict_rows()}
    assert not mine & set(now)
    assert all(now[c] == rows[c] for c in others)  # same ids, same rows
    assert Store(db).records("decisions") == decisions  # untouched
    assert list(now.values()) == recomputed(db, tmp_path)

    # and back: the conflicts return with their old ids
    changed.write_text(text, encoding="utf-8")
    with monkeypatch.context() as m:
        no_full_compare(m)
        ingest(Store(db), [str(changed)])
    assert {r["id"]: r for r in Store(db).conflict_rows()} == rows
    assert Store(db).records("decisions") == decisions


def test_a_third_spelling_in_a_new_article_joins_the_name_conflict(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    db = tmp_path / "db.json"
    ingest(Store(db), [str(write(folder, "ferry_a", FERRY_A)), str(write(folder, "ferry_b", FERRY_B)),
                       str(write(folder, "council", UNRELATED))])
    assert conflict_of(db, "name", "ferry_a")
    third = FERRY_B.replace("Kowalczik", "Kovalczyk").replace("killed when the gangway collapsed", "hurt")
    with monkeypatch.context() as m:
        no_full_compare(m)
        ingest(Store(db), [str(write(folder, "ferry_c", third))])
    rows = Store(db).conflict_rows()
    row = next(r for r in rows if r["id"] == conflict_of(db, "name", "ferry_c"))
    assert {"ferry_a", "ferry_b", "ferry_c"} <= {m["article"] for m in row["mentions"]}
    assert rows == recomputed(db, tmp_path)


def test_an_article_replaced_by_one_without_the_mentions_drops_their_conflicts(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    db = tmp_path / "db.json"
    ingest(Store(db), [str(write(folder, "ferry_a", FERRY_A)), str(write(folder, "ferry_b", FERRY_B))])
    assert {r["kind"] for r in Store(db).conflict_rows()} >= {"name", "status"}
    with monkeypatch.context() as m:
        no_full_compare(m)
        ingest(Store(db), [str(write(folder, "ferry_b", UNRELATED))])
    assert Store(db).conflict_rows() == [] == recomputed(db, tmp_path)
