"""The command line, driven through click's CliRunner."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack.cli import main
from conftest import ROOT, SEEDS

ANSI = re.compile(r"\x1b\[")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "db.json")


def run(runner, db, *args, **kw):
    return runner.invoke(main, ["--db", db, *args], catch_exceptions=False, **kw)


@pytest.fixture
def ingested(runner, db):
    r = run(runner, db, "ingest", str(SEEDS))
    assert r.exit_code == 0, r.output
    return db


def test_ingest_seeds_summary(runner, db):
    r = run(runner, db, "ingest", str(SEEDS))
    assert r.exit_code == 0
    assert "5 articles" in r.stdout
    for stem in ("000_0c1aa7d4fc508c5b", "003_7073ef0dafda843b"):
        assert stem in r.stdout
    assert "conflicts flagged" in r.stderr


def test_reingest_changes_nothing(runner, ingested):
    before = Path(ingested).read_bytes()
    r = run(runner, ingested, "ingest", str(SEEDS))
    assert r.exit_code == 0
    assert "unchanged" in r.stdout
    assert Path(ingested).read_bytes() == before


def test_committed_database_is_rebuilt_byte_identically(runner, tmp_path, monkeypatch):
    """claims.json is what the README's command builds from seeds/."""
    monkeypatch.chdir(ROOT)
    db = tmp_path / "rebuilt.json"
    r = runner.invoke(main, ["--db", str(db), "ingest", "seeds/"], catch_exceptions=False)
    assert r.exit_code == 0
    assert db.read_bytes() == (ROOT / "claims.json").read_bytes()
    # and so are its parts, in the folder beside it (nothing more, nothing less)
    built = {p.name: p.read_bytes() for p in (tmp_path / "rebuilt.json.d").iterdir()}
    committed = {p.name: p.read_bytes() for p in (ROOT / "claims.json.d").iterdir()}
    assert built == committed


def test_claims_json_offsets_slice_the_article(runner, ingested):
    r = run(runner, ingested, "claims", "--json")
    claims = json.loads(r.stdout)
    assert claims, "the seeds have sourced assertions"
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for c in claims:
        assert texts[c["article"]][c["start"] : c["end"]] == c["content"]
        assert c["sentence_start"] <= c["start"] < c["end"] <= c["sentence_end"] or c["quote"]
        assert c["speaker_kind"] in ("named", "anonymous")
        for field in ("id", "speaker", "speaker_name", "cue", "quote", "verdict"):
            assert field in c


def test_claims_filters(runner, ingested):
    all_claims = json.loads(run(runner, ingested, "claims", "--json").stdout)
    anon = json.loads(run(runner, ingested, "claims", "--kind", "anonymous", "--json").stdout)
    assert anon and all(c["speaker_kind"] == "anonymous" for c in anon)
    assert len(anon) < len(all_claims)
    one = json.loads(run(runner, ingested, "claims", "--article", "004_8ee1bc03666afbd8", "--json").stdout)
    assert one and {c["article"] for c in one} == {"004_8ee1bc03666afbd8"}
    qassem = json.loads(run(runner, ingested, "claims", "--speaker", "qassem", "--json").stdout)
    # spelling variants too: "qassem" also finds "Qasim"
    assert qassem and all(re.search("qass?[ei]m", (c["speaker"] + c["speaker_name"]).lower()) for c in qassem)
    assert {"qasim", "qassem"} <= {w for c in qassem for w in c["speaker_name"].lower().split()}


def test_claims_table(runner, ingested):
    r = run(runner, ingested, "claims", "--article", "001_778c5d7cd793900d")
    assert r.exit_code == 0
    assert "Abu Naim" in r.stdout
    assert "named" in r.stdout


def test_sources_groups_and_anonymity(runner, ingested):
    data = json.loads(run(runner, ingested, "sources", "--json").stdout)
    per_article = {r["article"]: r for r in data["articles"]}
    assert set(per_article) == {p.stem for p in SEEDS.glob("*.txt")}
    for r in per_article.values():
        assert r["named"] + r["anonymous"] == r["claims"]
        assert 0 <= r["anonymous_share"] <= 1
    assert sum(g["claims"] for g in data["sources"]) == sum(r["claims"] for r in per_article.values())
    table = run(runner, ingested, "sources")
    assert "Anonymous sourcing per article" in table.stdout


def test_show_claim_in_its_paragraph(runner, ingested):
    claims = json.loads(run(runner, ingested, "claims", "--json").stdout)
    c = claims[0]
    r = run(runner, ingested, "show", c["id"])
    assert r.exit_code == 0
    assert c["speaker"].split()[0] in r.stdout
    as_json = json.loads(run(runner, ingested, "show", c["id"], "--json").stdout)
    assert as_json["id"] == c["id"]


def test_show_unknown_id_is_one_line_error(runner, ingested):
    r = run(runner, ingested, "show", "cl_doesnotexist")
    assert r.exit_code != 0
    assert r.stderr.strip().count("\n") == 0
    assert "no claim or conflict" in r.stderr
    assert "Traceback" not in r.output


def test_figures_and_dates_listings(runner, ingested):
    figs = json.loads(run(runner, ingested, "figures", "--json").stdout)
    dates = json.loads(run(runner, ingested, "dates", "--json").stdout)
    assert figs and dates
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for rec in figs + dates:
        assert texts[rec["article"]][rec["start"] : rec["end"]] == rec["text"]
    hostages = json.loads(run(runner, ingested, "figures", "--key", "hostage", "--json").stdout)
    assert hostages and all(f["key"] == "hostage" for f in hostages)
    assert run(runner, ingested, "figures", "--article", "003_7073ef0dafda843b").exit_code == 0
    assert run(runner, ingested, "dates").exit_code == 0


def test_conflicts_listing_and_show(runner, ingested):
    found = json.loads(run(runner, ingested, "conflicts", "--json").stdout)
    assert found
    order = {"high": 0, "medium": 1, "low": 2}
    assert [order[c["severity"]] for c in found] == sorted(order[c["severity"]] for c in found)
    names = json.loads(run(runner, ingested, "conflicts", "--kind", "name", "--json").stdout)
    assert names and all(c["kind"] == "name" for c in names)
    r = run(runner, ingested, "show", found[0]["id"])
    assert r.exit_code == 0
    assert found[0]["mentions"][0]["article"] in r.stdout
    assert run(runner, ingested, "conflicts").exit_code == 0


def test_bad_files_are_skipped_by_name(runner, db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("001_*.txt")), folder / "good.txt")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "latin1.txt").write_bytes("Caf\xe9 officials said".encode("latin-1"))
    (folder / "empty.txt").write_text("")
    r = run(runner, db, "ingest", str(folder), str(tmp_path / "missing.txt"))
    assert r.exit_code == 1
    for name in ("binary.txt", "latin1.txt", "empty.txt", "missing.txt"):
        assert name in r.stderr
    assert "Traceback" not in r.output
    ids = {c["article"] for c in json.loads(run(runner, db, "claims", "--json").stdout)}
    assert ids == {"good"}


def test_corrupt_database_is_named_and_untouched(runner, tmp_path):
    db = tmp_path / "db.json"
    db.write_text("{ this is not json")
    for args in (["claims"], ["ingest", str(SEEDS)], ["conflicts", "--json"]):
        r = runner.invoke(main, ["--db", str(db), *args])
        assert r.exit_code == 1
        assert str(db) in r.stderr and "corrupt" in r.stderr
        assert "Traceback" not in r.output
    assert db.read_text() == "{ this is not json"


def test_db_from_environment(runner, tmp_path, monkeypatch):
    db = tmp_path / "env.json"
    monkeypatch.setenv("CLAIMTRACK_DB", str(db))
    r = runner.invoke(main, ["ingest", str(next(SEEDS.glob("002_*.txt")))], catch_exceptions=False)
    assert r.exit_code == 0
    assert db.exists()


UNSAFE = (
    " date 2024-01-10 Talks resumed.\n\n"
    "Officials said that [bold red]the deal[/bold red] was \x1b[31mdone\x1b[0m and [link=http://x]click[/link].\n"
)


def test_article_text_is_never_markup_or_control(runner, db, tmp_path, monkeypatch):
    p = tmp_path / "unsafe.txt"
    p.write_text(UNSAFE, encoding="utf-8")
    assert run(runner, db, "ingest", str(p)).exit_code == 0
    claims = json.loads(run(runner, db, "claims", "--json").stdout)
    assert claims
    monkeypatch.setenv("NO_COLOR", "1")
    for args in (["claims"], ["show", claims[0]["id"]], ["figures"], ["dates"], ["sources"]):
        r = run(runner, db, *args)
        assert r.exit_code == 0
        assert "\x1b" not in r.stdout, args
    shown = run(runner, db, "show", claims[0]["id"]).stdout
    assert "[bold red]the deal[/bold red]" in shown
    assert "[link=http://x]" in shown


def test_no_color_is_honoured(runner, ingested, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = run(runner, ingested, "claims").stdout
    assert ANSI.search(coloured)
    monkeypatch.setenv("NO_COLOR", "1")
    plain = run(runner, ingested, "claims").stdout
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]m", plain)


def test_sources_lists_impersonal_claims_under_a_label():
    from claimtrack.models import Claim
    from claimtrack.sources import IMPERSONAL, source_groups

    c = Claim(id="cl_x", article="a", speaker="", speaker_name="", speaker_kind="anonymous", cue="reported",
              content="talks resumed", quote=False, start=0, end=13, sentence_start=0, sentence_end=20)
    groups = source_groups([c.to_dict()])
    assert groups[0]["source"] == IMPERSONAL and groups[0]["variants"] == []


def test_table_listings_are_limited_but_json_is_not(runner, ingested):
    total = len(json.loads(run(runner, ingested, "claims", "--json").stdout))
    r = run(runner, ingested, "claims", "--limit", "3")
    assert r.exit_code == 0
    assert f"showing 3 of {total} rows" in r.stderr
    assert r.stdout.count("cl_") == 3
    full = run(runner, ingested, "claims", "--limit", "0")
    assert full.stdout.count("cl_") == total and "showing" not in full.stderr
    for cmd in ("figures", "dates"):
        r = run(runner, ingested, cmd, "--limit", "2")
        assert "showing 2 of" in r.stderr


def test_json_records_have_every_documented_field(runner, ingested):
    from claimtrack.models import Claim, DateMention, Figure
    import attrs

    c = json.loads(run(runner, ingested, "claims", "--json").stdout)[0]
    extra = ["verdict", "article_date", "date_source", "date_evidence", "selectors"]
    assert sorted(c) == sorted([f.name for f in attrs.fields(Claim)] + extra)
    f = json.loads(run(runner, ingested, "figures", "--json").stdout)[0]
    assert sorted(f) == sorted(x.name for x in attrs.fields(Figure))
    d = json.loads(run(runner, ingested, "dates", "--json").stdout)[0]
    assert sorted(d) == sorted(x.name for x in attrs.fields(DateMention))
