"""Every record the listings print says which registered rule made it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack import rules
from claimtrack.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("rules") / "db.json"
    r = CliRunner().invoke(main, ["--db", str(path), "ingest", str(ROOT / "seeds")])
    assert r.exit_code == 0, r.output
    return path


@pytest.mark.parametrize("listing", ["claims", "figures", "dates", "conflicts"])
def test_every_listed_record_has_a_registered_rule(db, listing):
    r = CliRunner().invoke(main, ["--db", str(db), listing, "--json"])
    assert r.exit_code == 0, r.output
    records = json.loads(r.stdout)
    assert records, f"the seeds gave no {listing}"
    known = {x.id for x in rules.all_rules()}
    assert [x["id"] for x in records if not x.get("rule")] == []
    assert sorted({x["rule"] for x in records} - known) == []
