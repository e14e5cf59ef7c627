"""issue 10 at the desk: `claimtrack rules` and the --lexicon option."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from claimtrack import rules
from claimtrack.cli import main
from claimtrack.models import Claim, Figure
from claimtrack.store import Store
from claimtrack.text import parse_article

TEXT = " date 2024-06-01 Wildfire\n\nFirefighters said 300 homes were evacuated overnight.\n"


@pytest.fixture
def registered(monkeypatch):
    reg = dict(rules.REGISTRY)
    monkeypatch.setattr(rules, "REGISTRY", reg)
    rules.register("claim.desk-test", "claim", "X said that Y: a test construction", "Firefighters said that ...")
    rules.register("figure.desk-test", "figure", "a number before a counted noun", "300 homes")
    rules.register("conflict.desk-never", "conflict", "a conflict rule that never fires")
    return reg


@pytest.fixture
def db(tmp_path):
    s = TEXT.index("300 homes")
    c = Claim(id="cl_1", article="w", speaker="Firefighters", speaker_name="", speaker_kind="named", cue="said",
              content=TEXT[s : TEXT.index(" overnight")], quote=False, start=s, end=TEXT.index(" overnight"),
              sentence_start=TEXT.index("Fire"), sentence_end=len(TEXT) - 1, rule="claim.desk-test")
    f = Figure(id="fg_1", article="w", text="300 homes", start=s, end=s + 9, value=300, low=300, high=300, qualifier="",
               unit="count", noun="homes", key="home", roles=("evacuated",), claim="cl_1", sentence_start=c.sentence_start,
               sentence_end=c.sentence_end, rule="figure.desk-test")
    path = tmp_path / "db.json"
    store = Store(path)
    with store.writing():
        store.replace_articles([(parse_article("w", TEXT), [c], [f], [])])
    return path


def test_rules_json_counts_how_often_each_rule_fired(registered, db):
    r = CliRunner().invoke(main, ["--db", str(db), "rules", "--json"])
    assert r.exit_code == 0, r.output
    by_id = {x["id"]: x for x in json.loads(r.stdout)}
    assert by_id["claim.desk-test"]["fired"] == 1 and by_id["claim.desk-test"]["stage"] == "claim"
    assert by_id["figure.desk-test"]["fired"] == 1
    assert by_id["conflict.desk-never"]["fired"] == 0
    assert set(by_id) >= {r.id for r in rules.all_rules()}


@pytest.mark.parametrize("columns", ["80", "140"])
def test_rules_listing_is_readable(registered, db, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    r = CliRunner().invoke(main, ["--db", str(db), "rules"])
    assert r.exit_code == 0
    assert max(len(line) for line in r.stdout.splitlines()) <= int(columns)
    flat = " ".join(r.stdout.split())
    assert "claim.desk-test" in flat and "X said that Y: a test construction" in flat
    assert "a conflict rule that never fires" in flat


def test_rules_without_a_database_lists_with_zero_counts(registered, tmp_path):
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "none.json"), "rules", "--json"])
    assert r.exit_code == 0 and "counts are 0" in r.stderr
    assert all(x["fired"] == 0 for x in json.loads(r.stdout))
    assert not (tmp_path / "none.json").exists()


def test_lexicon_option_reaches_the_extractors(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_LEXICON", raising=False)
    lex = [tmp_path / "quake.toml", tmp_path / "flood.toml"]
    for p in lex:
        p.write_text("# a domain lexicon\n", encoding="utf-8")
    seen = {}

    import claimtrack.cli as cli

    real = cli.Store

    def spy(path):
        seen["env"] = os.environ.get("CLAIMTRACK_LEXICON")
        return real(path)

    monkeypatch.setattr(cli, "Store", spy)
    args = ["--db", str(tmp_path / "db.json"), "--lexicon", str(lex[0]), "--lexicon", str(lex[1]), "rules"]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    assert seen["env"] == os.pathsep.join(str(p) for p in lex)
    assert "--lexicon" in CliRunner().invoke(main, ["--help"]).stdout
