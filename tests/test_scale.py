"""The database at scale: single actions read and write only what they touch; listings stream."""

from __future__ import annotations

import json
import random

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import layout
from claimtrack.check import check_path
from claimtrack.cli import main
from claimtrack.models import Claim, DateMention, Figure
from claimtrack.spool import first_sorted
from claimtrack.store import Store, article_shard, position
from claimtrack.text import parse_article
from conftest import SEEDS, copy_db

SPEAKERS = ["the ministry", "a senior official", "Dana Whitfield", "the port authority", "two diplomats"]


def claim(article: str, i: int, text: str, start: int) -> Claim:
    end = start + 10
    return Claim(id=f"cl_{article}_{i}", article=article, speaker=SPEAKERS[i % len(SPEAKERS)], speaker_name="",
                 speaker_kind="anonymous" if i % 2 else "named", cue="said", content=text[start:end], quote=False,
                 start=start, end=end, sentence_start=0, sentence_end=len(text))


def figure(article: str, i: int, text: str, start: int) -> Figure:
    return Figure(id=f"fi_{article}_{i}", article=article, text=text[start : start + 2], start=start, end=start + 2,
                  value=12.0, low=12.0, high=12.0, qualifier="", unit="count", key="truck", noun="trucks",
                  roles=("crossed",), claim="", sentence_start=0, sentence_end=len(text))


def world(n: int) -> list[tuple]:
    """``n`` small articles with a few claims and a figure each (their own sentences, no extraction)."""
    out = []
    for k in range(n):
        aid = f"wire-{k:04d}"
        text = (f"Port officials said {12 + k % 9} trucks crossed at dawn on day {k}. "
                f"The ministry said the convoy would resume after inspections, a spokesman added.")
        claims = [claim(aid, i, text, 5 + 7 * i) for i in range(3)]
        out.append((parse_article(aid, text), claims, [figure(aid, 0, text, text.index(str(12 + k % 9)))], []))
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    db = tmp_path_factory.mktemp("big") / "db.json"
    store = Store(db)
    with store.writing():
        store.replace_articles(world(300))
    return db


@pytest.fixture
def big(built, tmp_path):
    db = tmp_path / "db.json"
    copy_db(built, db)
    return db


def parts_read(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = layout.Parts._load

    def counting(self, key):
        seen.append(key)
        return real(self, key)

    monkeypatch.setattr(layout.Parts, "_load", counting)
    return seen


def test_finding_a_claim_reads_one_index_part_and_one_shard(big, monkeypatch):
    seen = parts_read(monkeypatch)
    table, row = Store(big).find("cl_wire-0123_1")
    assert table == "claims" and row["article"] == "wire-0123"
    shard = article_shard("wire-0123")
    assert seen == [f"index/{layout.id_shard('cl_wire-0123_1')}", f"claims/{shard}"]


def test_a_verdict_reads_and_writes_only_what_it_needs(big, monkeypatch):
    folder = big.parent / "db.json.d"
    before = set(p.name for p in folder.iterdir())
    seen = parts_read(monkeypatch)
    r = CliRunner().invoke(main, ["--db", str(big), "verdict", "cl_wire-0042_2", "false", "--by", "ed"])
    assert r.exit_code == 0, r.output
    tables = {layout.split_key(k)[0] for k in seen}
    assert tables <= {"index", "claims"}, seen  # no article texts, no other table
    assert len(seen) <= 4, seen  # before and inside the lock
    after = set(p.name for p in folder.iterdir())
    assert [n for n in after - before] == [n for n in after if n.startswith("verdicts-")]
    assert before - after == set()


def test_showing_a_claim_reads_its_own_shard_only(big, monkeypatch):
    seen = parts_read(monkeypatch)
    r = CliRunner().invoke(main, ["--db", str(big), "show", "cl_wire-0007_0"])
    assert r.exit_code == 0, r.output
    shard = article_shard("wire-0007")
    assert {k for k in seen if "/" in k and not k.startswith("index/")} == {f"claims/{shard}", f"articles/{shard}", f"texts/{shard}"}


def test_replacing_articles_names_the_articles_it_touched(big):
    store = Store(big)
    again = world(3)
    with store.writing():
        written = store.replace_articles(again[1:])
    assert written == ["wire-0001", "wire-0002"] and store.touched == {"wire-0001", "wire-0002"}
    assert len(Store(big).articles()) == 300


def test_replacing_an_article_keeps_the_index_and_counts_right(big):
    store = Store(big)
    a, claims, figures, dates = world(6)[5]
    with store.writing():
        store.replace_articles([(a, claims[:1], [], dates)])
    problems, _ = check_path(big)
    assert problems == []
    assert Store(big).find("cl_wire-0005_2") is None and Store(big).find("cl_wire-0005_0")[0] == "claims"
    assert Store(big).per_article_counts()["wire-0005"] == {"claims": 1, "named": 1, "anonymous": 0, "figures": 0, "dates": 0}


def test_check_finds_an_index_that_lost_an_id(big):
    store = Store(big)
    key = f"index/{layout.id_shard('cl_wire-0009_1')}"
    with store.writing():
        store.db.table(key).update(lambda row: row.update(ids=" ".join(i for i in row["ids"].split() if i != "cl_wire-0009_1")))
    problems, _ = check_path(big)
    assert [(p.table, p.record) for p in problems] == [("index", "cl_wire-0009_1")]
    assert "missing from the index" in problems[0].message
    r = CliRunner().invoke(main, ["--db", str(big), "check", "--rebuild"])
    assert "Traceback" not in r.output


def test_claims_json_streams_the_same_records_in_the_same_order(big):
    r = CliRunner().invoke(main, ["--db", str(big), "claims", "--json"])
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    assert [c["id"] for c in got] == [c["id"] for c in sorted(Store(big).rows("claims"), key=position)]
    assert len(got) == 900
    lines = r.stdout.split("\n")
    assert lines[0] == "[" and lines[-2] == "]" and all(line.endswith(",") for line in lines[1:-3])


def test_table_listing_shows_the_first_rows_and_counts_all(big):
    r = CliRunner().invoke(main, ["--db", str(big), "claims", "--limit", "5"])
    assert r.exit_code == 0, r.output
    assert "showing 5 of 900 rows" in r.stderr
    assert "cl_wire-0001_1" in r.stdout and "cl_wire-0001_2" not in r.stdout


def test_listings_drop_each_shard_after_use(big):
    store = Store(big)
    held = []
    for rows, arts in store.shards("claims"):
        held.append(sum(1 for k in store.parts if store.parts.loaded(k) and k != "_meta"))
    assert max(held) <= 3  # one shard's claims, articles and texts at a time


def test_empty_listing_is_an_empty_json_list(tmp_path):
    db = tmp_path / "db.json"
    with Store(db).writing() as s:
        s.replace_articles([(parse_article("calm", "Nothing was said."), [], [], [])])
    for cmd in ("claims", "figures", "dates"):
        r = CliRunner().invoke(main, ["--db", str(db), cmd, "--json"])
        assert r.stdout == "[]\n", cmd


def test_first_sorted_keeps_the_smallest_and_counts_all():
    rng = random.Random(7)
    chunks = [[rng.randrange(1000) for _ in range(rng.randrange(20))] for _ in range(30)]
    every = sorted(x for c in chunks for x in c)
    assert first_sorted(iter(chunks), 10, None) == (every[:10], len(every))
    assert first_sorted(iter(chunks), 0, None) == (every, len(every))


def test_seeds_build_the_same_parts_wherever_they_are_built(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        r = CliRunner().invoke(main, ["--db", str(tmp_path / name / "claims.json"), "ingest", str(SEEDS)])
        assert r.exit_code == 0, r.output
    a, b = (tmp_path / "a" / "claims.json.d"), (tmp_path / "b" / "claims.json.d")
    assert {p.name: p.read_bytes() for p in a.iterdir()} == {p.name: p.read_bytes() for p in b.iterdir()}
    assert (tmp_path / "a" / "claims.json").read_bytes() == (tmp_path / "b" / "claims.json").read_bytes()


def test_part_names_follow_their_content(big):
    folder = big.parent / "db.json.d"
    manifest = json.loads(big.read_text(encoding="utf-8"))
    assert set(manifest["parts"].values()) == {p.name for p in folder.iterdir()}
    for key, name in manifest["parts"].items():
        assert name == layout.part_file_name(key, (folder / name).read_text(encoding="utf-8"))


def test_figures_and_dates_listings_keep_their_records(big):
    r = CliRunner().invoke(main, ["--db", str(big), "figures", "--json"])
    assert [f["id"] for f in json.loads(r.stdout)] == [f"fi_wire-{k:04d}_0" for k in range(300)]
    r = CliRunner().invoke(main, ["--db", str(big), "figures", "--key", "truk"])
    assert r.exit_code == 1 and "truck" in r.stderr
    assert DateMention  # imported for the record types the store keeps


def test_a_new_manifest_over_an_old_parts_folder_leaves_only_its_own_parts(tmp_path):
    """`rm claims.json && claimtrack ingest seeds/` gives the same folder as starting from nothing."""
    db = tmp_path / "claims.json"
    with Store(db).writing() as s:
        s.replace_articles(world(4))
        s.append("verdicts", {"claim": "cl_wire-0000_0", "rating": "false", "orphaned": False})
    db.unlink()
    (tmp_path / "claims.json.d" / ".claims-00-0000000000000000.json.x.tmp").write_text("left by a crash")
    r = CliRunner().invoke(main, ["--db", str(db), "ingest", str(SEEDS)])
    assert r.exit_code == 0, r.output
    fresh = tmp_path / "fresh" / "claims.json"
    fresh.parent.mkdir()
    CliRunner().invoke(main, ["--db", str(fresh), "ingest", str(SEEDS)])
    assert sorted(p.name for p in (tmp_path / "claims.json.d").iterdir()) == sorted(p.name for p in (tmp_path / "fresh" / "claims.json.d").iterdir())
    assert db.read_bytes() == fresh.read_bytes()


def test_check_finds_record_counts_that_disagree_with_the_records(big):
    store = Store(big)
    key = f"articles/{article_shard('wire-0011')}"
    with store.writing():
        store.db.table(key).update(lambda row: row["counts"].update(claims=7) if row["id"] == "wire-0011" else None)
    problems, _ = check_path(big)
    assert [(p.table, p.record) for p in problems] == [("layout", "wire-0011")] and "counts" in problems[0].message
    assert CliRunner().invoke(main, ["--db", str(big), "check", "--rebuild"]).exit_code in (0, 1)


@pytest.mark.parametrize("table", ["claims", "figures"])
def test_first_page_of_a_table_reads_the_first_articles_only(big, monkeypatch, table):
    seen = parts_read(monkeypatch)
    rows, total = Store(big).first_rows(table, 5)
    assert len([k for k in seen if k.startswith(table + "/")]) <= 5
    assert total == (900 if table == "claims" else 300)
    assert [r["id"] for r in rows] == [r["id"] for r in sorted(Store(big).rows(table), key=position)[:5]]


def test_first_page_and_filtered_listing_agree(big):
    plain = CliRunner().invoke(main, ["--db", str(big), "claims", "--limit", "7"])
    filtered = CliRunner().invoke(main, ["--db", str(big), "claims", "--limit", "7", "--kind", "named"])
    assert "showing 7 of 900 rows" in plain.stderr and "showing 7 of 600 rows" in filtered.stderr
    assert "cl_wire-0002_0" in plain.stdout and "cl_wire-0002_1" not in plain.stdout
