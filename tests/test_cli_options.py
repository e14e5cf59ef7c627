"""Options every command shares, and choices that follow the registered rules."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimtrack.cli import main
from claimtrack.compare.rules import RULES

QUAKE_A = " date 2025-02-10 Quake\n\nAt least 40 people were killed in the quake in Tarvel, officials said.\n"
QUAKE_B = " date 2025-02-10 Quake\n\nAt least 90 people were killed in the quake in Tarvel, the ministry said.\n"


def _ingest(tmp_path, *extra):
    arts = tmp_path / "arts"
    arts.mkdir(exist_ok=True)
    (arts / "a.txt").write_text(QUAKE_A, encoding="utf-8")
    (arts / "b.txt").write_text(QUAKE_B, encoding="utf-8")
    return CliRunner().invoke(main, ["ingest", str(arts), "--db", str(tmp_path / "db.json"), *extra])


def test_conflict_kind_choices_follow_the_rule_modules(tmp_path):
    assert _ingest(tmp_path).exit_code == 0
    for kind in {r.KIND for r in RULES}:
        r = CliRunner().invoke(main, ["--db", str(tmp_path / "db.json"), "conflicts", "--kind", kind, "--json"])
        assert r.exit_code == 0, (kind, r.output)
        assert all(c["kind"] == kind for c in json.loads(r.stdout))
    assert "superseded" in {r.KIND for r in RULES}


def test_lexicon_is_accepted_after_the_command(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_LEXICON", raising=False)
    lex = tmp_path / "extra.toml"
    lex.write_text("# a domain lexicon with nothing in it\n", encoding="utf-8")
    r = _ingest(tmp_path, "--lexicon", str(lex))
    assert r.exit_code == 0, r.output
    bad = _ingest(tmp_path, "--lexicon", str(tmp_path / "missing.toml"))
    assert bad.exit_code == 2 and "missing.toml" in bad.output


def test_one_conflict_is_counted_in_the_singular(tmp_path):
    r = _ingest(tmp_path)
    assert r.exit_code == 0, r.output
    found = json.loads(CliRunner().invoke(main, ["--db", str(tmp_path / "db.json"), "conflicts", "--json"]).stdout)
    assert len(found) == 1  # "at least 40" vs "at least 90" killed on one day
    assert "1 conflict flagged;" in r.stderr
