"""issue 12 at the desk: article dates a user sets (and how every date was known), and
decisions that survive new evidence."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimtrack import review, worklog
from claimtrack.cli import main
from claimtrack.models import Conflict, Mention
from claimtrack.store import Store
from claimtrack.text import parse_article

NOW = "2024-05-01T09:30:00Z"

UNDATED = """Storm cuts power to coastal towns

The utility said on Tuesday that 12,000 homes were still without power.

Crews expect to restore most lines by Friday, a company spokeswoman said.
"""


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture(autouse=True)
def _who(monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_NOW", NOW)
    monkeypatch.setenv("CLAIMTRACK_USER", "desk")


def run(runner, db, *args, **kw):
    return runner.invoke(main, ["--db", str(db), *args], **kw)


@pytest.fixture
def storm(runner, tmp_path):
    f = tmp_path / "storm.txt"
    f.write_text(UNDATED, encoding="utf-8")
    db = tmp_path / "db.json"
    assert run(runner, db, "ingest", str(f)).exit_code == 0
    return {"db": db, "file": f}


def test_date_command_sets_the_date_and_resolves_relative_dates(runner, storm):
    before = json.loads(run(runner, storm["db"], "dates", "--json").stdout)
    r = run(runner, storm["db"], "date", "storm", "2024-01-16")
    assert r.exit_code == 0, r.output
    assert "storm: date 2024-01-16 (set by a user)" in r.stdout
    art = Store(storm["db"]).article("storm")
    assert art.date == "2024-01-16" and art.date_source == "user"
    after = json.loads(run(runner, storm["db"], "dates", "--json").stdout)
    tuesday = next(d for d in after if d["text"].lower().startswith("tuesday") or "tuesday" in d["text"].lower())
    assert tuesday["value"] == "2024-01-16" and tuesday["article_date"] == "2024-01-16"
    assert len(after) == len(before)


def test_a_user_date_survives_re_ingest_of_a_changed_file(runner, storm):
    assert run(runner, storm["db"], "date", "storm", "2024-01-16").exit_code == 0
    storm["file"].write_text(UNDATED.replace("12,000", "11,500"), encoding="utf-8")
    r = run(runner, storm["db"], "ingest", str(storm["file"]))
    assert r.exit_code == 0 and "updated" in r.stdout and "2024-01-16" in r.stdout
    art = Store(storm["db"]).article("storm")
    assert art.date == "2024-01-16" and art.date_source == "user"


@pytest.mark.parametrize("args, needle", [
    (["date", "storm", "16/01/2024"], "not a date"),
    (["date", "strom", "2024-01-16"], "closest: storm"),
])
def test_date_command_errors_are_one_line_and_write_nothing(runner, storm, args, needle):
    before = storm["db"].read_bytes()
    r = run(runner, storm["db"], *args)
    assert r.exit_code == 1 and needle in r.stderr and "Traceback" not in r.output
    assert storm["db"].read_bytes() == before


def test_claims_and_show_say_how_the_date_was_known(runner, storm, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    r = run(runner, storm["db"], "claims")
    assert "storm" in r.stdout and "undated" in r.stdout
    assert run(runner, storm["db"], "date", "storm", "2024-01-16").exit_code == 0
    r = run(runner, storm["db"], "claims")
    assert "2024-01-16 (set by a user)" in r.stdout
    c = json.loads(run(runner, storm["db"], "claims", "--json").stdout)[0]
    assert c["article_date"] == "2024-01-16" and c["date_source"] == "user"
    r = run(runner, storm["db"], "show", c["id"])
    assert "Storm cuts power to coastal towns" in r.stdout and "2024-01-16 (set by a user)" in r.stdout
    dated = tmp_path / "lined.txt"
    dated.write_text(" date 2024-01-17 Power back\n\nPower returned to most homes overnight, a company spokesman said.\n", encoding="utf-8")
    assert run(runner, storm["db"], "ingest", str(dated)).exit_code == 0
    r = run(runner, storm["db"], "claims", "--article", "lined")
    assert "2024-01-17 (date line)" in r.stdout
    c = json.loads(run(runner, storm["db"], "claims", "--article", "lined", "--json").stdout)[0]
    assert c["date_source"] == "line" and c["date_evidence"] == "2024-01-17"


# -- decisions survive new evidence ------------------------------------------------------------------------

T = {
    "f1": " date 2024-03-04 Ferry sinks\n\nThe coast guard said 41 passengers were killed.\n",
    "f2": " date 2024-03-04 Ferry disaster\n\nThe port authority said 58 passengers were killed.\n",
    "f3": " date 2024-03-05 Ferry toll disputed\n\nLocal officials said 73 passengers were killed.\n",
}


def m(aid: str, value: int) -> Mention:
    text = T[aid]
    s = text.index(str(value))
    return Mention(article=aid, article_date=None, claim="", speaker="", speaker_kind="", text=f"{value} passengers",
                   start=s, end=s + len(str(value)) + 11, value=value)


def ferry_db(tmp_path, ids=("f1", "f2")):
    db = tmp_path / "db.json"
    store = Store(db)
    with store.writing():
        store.replace_articles([(parse_article(a, T[a]), [], [], []) for a in ids])
        store.replace_conflicts([Conflict(id="cf_ferry", kind="figure", severity="high", summary="Ferry deaths",
                                          mentions=tuple(m(a, v) for a, v in (("f1", 41), ("f2", 58)) if a in ids))])
    return db


def add_third_article(db, same_id: bool):
    """What an ingest adding a mention does: the conflict recomputed with three mentions, then reattach."""
    store = Store(db)
    with store.writing():
        store.replace_articles([(parse_article("f3", T["f3"]), [], [], [])])
        store.replace_conflicts([Conflict(id="cf_ferry" if same_id else "cf_ferry_new", kind="figure", severity="high",
                                          summary="Ferry deaths", mentions=(m("f1", 41), m("f2", 58), m("f3", 73)))])
        return worklog.reattach(store)


@pytest.mark.parametrize("same_id", [True, False], ids=["id from the quantity", "id from the mentions"])
def test_decision_stays_attached_and_is_marked_new_evidence(runner, tmp_path, monkeypatch, same_id):
    db = ferry_db(tmp_path)
    assert run(runner, db, "decide", "cf_ferry", "confirm", "--note", "two tolls, both sourced").exit_code == 0
    stats = add_third_article(db, same_id)
    assert stats["decisions"]["orphaned"] == 0
    cid = "cf_ferry" if same_id else "cf_ferry_new"
    rows = json.loads(run(runner, db, "conflicts", "--json").stdout)
    assert rows[0]["id"] == cid and rows[0]["status"] == "confirmed" and rows[0]["new_evidence"] is True
    monkeypatch.setenv("COLUMNS", "80")
    assert "new evidence since decided" in run(runner, db, "conflicts").stdout
    assert "confirmed; new evidence since decided" in run(runner, db, "show", cid).stdout
    hist = json.loads(run(runner, db, "history", cid, "--json").stdout)
    assert [h["value"] for h in hist] == ["confirmed"] and not hist[0]["orphaned"]
    # back in the review queue (without --all), the old decision shown
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    monkeypatch.setenv("COLUMNS", "140")
    monkeypatch.setenv("LINES", "200")
    r = run(runner, db, "review", input="c")
    flat = " ".join(r.stdout.split())
    assert "new evidence since decided" in flat and "status: confirmed" in flat and "two tolls, both sourced" in flat
    # deciding again settles it
    rows = json.loads(run(runner, db, "conflicts", "--json").stdout)
    assert rows[0]["new_evidence"] is False
    r = run(runner, db, "review", input="q")
    assert "Nothing to review" in r.stdout


def test_unchanged_mentions_are_not_new_evidence(tmp_path):
    db = ferry_db(tmp_path)
    store = Store(db)
    c = store.conflicts()[0]
    d = review.make_decision(c, "dismissed", "x", NOW)
    assert review.new_evidence([c], {c.id: d}) == set()


def test_a_decision_whose_mentions_vanish_is_reported_not_silent(runner, tmp_path):
    db = ferry_db(tmp_path)
    assert run(runner, db, "decide", "cf_ferry", "dismiss").exit_code == 0
    store = Store(db)
    with store.writing():
        store.replace_conflicts([])
        stats = worklog.reattach(store)
    assert stats["decisions"]["orphaned"] == 1
    assert json.loads(run(runner, db, "history", "--orphaned", "--json").stdout)[0]["id"] == "cf_ferry"
