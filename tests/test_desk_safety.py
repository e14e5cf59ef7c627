"""issue 13, items 1-5: nothing lost or replaced silently (CliRunner)."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest
from click.testing import CliRunner

from claimtrack import tuning
from claimtrack.cli import main

NOW = "2024-03-02T08:00:00Z"

STORY = """ date 2024-02-27 Flood waters reach the old town

The river rose two metres overnight, the regional water authority said on Tuesday.

Mayor Lena Orsini said the old town bridge would stay closed until engineers had inspected every pillar.

A fire brigade spokesman said crews had pumped water out of 140 cellars since Monday.

Residents told reporters that the warning sirens had sounded far too late.
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


def one_line_error(r, code=1):
    assert r.exit_code == code, r.output
    assert "Traceback" not in r.output
    err = r.stderr.strip()
    assert err.startswith("Error:") and "\n" not in err, err
    return err


def claims_of(runner, db):
    return json.loads(run(runner, db, "claims", "--json").stdout)


@pytest.fixture
def judged(runner, tmp_path):
    """The story ingested, a verdict on every claim."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "flood.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "db.json"
    assert run(runner, db, "ingest", str(folder)).exit_code == 0
    found = claims_of(runner, db)
    assert len(found) >= 3
    for c in found:
        assert run(runner, db, "verdict", c["id"], "true").exit_code == 0
    return {"db": db, "file": folder / "flood.txt", "claims": found}


# -- 1. editing an article: re-attach near-identical claims, say what was orphaned ----------------


def test_deleting_a_paragraph_says_how_many_verdicts_were_orphaned(runner, judged):
    text = judged["file"].read_text(encoding="utf-8")
    judged["file"].write_text(text.replace("Mayor Lena Orsini said the old town bridge would stay closed until engineers had inspected every pillar.\n\n", ""), encoding="utf-8")
    r = run(runner, judged["db"], "ingest", str(judged["file"]))
    assert r.exit_code == 0
    assert "1 verdict orphaned (claimtrack history --orphaned)" in r.stderr


def test_show_on_an_orphaned_claim_gives_its_last_text_and_verdicts(runner, judged):
    gone = next(c for c in judged["claims"] if "bridge" in c["content"])
    text = judged["file"].read_text(encoding="utf-8")
    judged["file"].write_text(text.replace("Mayor Lena Orsini said the old town bridge", "The old town bridge"), encoding="utf-8")
    assert run(runner, judged["db"], "ingest", str(judged["file"])).exit_code == 0
    r = run(runner, judged["db"], "show", gone["id"])
    assert r.exit_code == 0, r.output
    assert "orphaned" in r.stdout and "engineers had inspected" in " ".join(r.stdout.split())
    assert "true" in r.stdout and "desk" in r.stdout
    data = json.loads(run(runner, judged["db"], "show", gone["id"], "--json").stdout)
    assert data["orphaned"] and data["history"][0]["value"] == "true"


def test_a_claim_whose_content_was_lightly_edited_keeps_its_verdict(runner, judged):
    text = judged["file"].read_text(encoding="utf-8")
    judged["file"].write_text(text.replace("since Monday", "since early Monday"), encoding="utf-8")
    r = run(runner, judged["db"], "ingest", str(judged["file"]))
    assert "orphaned" not in r.stderr
    moved = [c for c in claims_of(runner, judged["db"]) if "cellars" in c["content"]]
    assert moved and moved[0]["verdict"] == "true"


def test_reattach_similarity_is_the_named_threshold(runner, judged, monkeypatch):
    monkeypatch.setattr(tuning, "REATTACH_SIMILARITY", 99.5)
    text = judged["file"].read_text(encoding="utf-8")
    judged["file"].write_text(text.replace("since Monday", "since early Monday"), encoding="utf-8")
    r = run(runner, judged["db"], "ingest", str(judged["file"]))
    assert "1 verdict orphaned" in r.stderr


# -- 2. same file name, other folder ---------------------------------------------------------------


def test_same_article_id_from_another_folder_is_refused_unless_replace(runner, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text(STORY.replace("140 cellars", "230 cellars"), encoding="utf-8")
    db = tmp_path / "db.json"
    assert run(runner, db, "ingest", str(tmp_path / "a" / "story.txt")).exit_code == 0
    before = db.read_bytes()
    r = run(runner, db, "ingest", str(tmp_path / "b" / "story.txt"))
    assert r.exit_code == 1
    assert "was ingested from" in r.stderr and "--replace" in r.stderr and "Traceback" not in r.output
    assert db.read_bytes() == before
    r = run(runner, db, "ingest", "--replace", str(tmp_path / "b" / "story.txt"))
    assert r.exit_code == 0 and "updated" in r.stdout
    assert "230" in json.dumps(json.loads(run(runner, db, "figures", "--json").stdout))


def test_the_same_text_from_another_folder_is_not_a_clash(runner, tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "story.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "db.json"
    assert run(runner, db, "ingest", str(tmp_path / "a")).exit_code == 0
    r = run(runner, db, "ingest", str(tmp_path / "b"))
    assert r.exit_code == 0 and "unchanged" in r.stdout


# -- 3. no silent empty results ----------------------------------------------------------------------


@pytest.mark.parametrize("args", [["conflicts"], ["claims"], ["figures"], ["dates"], ["sources"], ["history", "--orphaned"],
                                  ["export"], ["show", "cl_x"], ["verdict", "cl_x", "true"], ["decide", "cf_x", "confirm"]])
def test_reading_commands_on_a_missing_database_fail(runner, tmp_path, args):
    db = tmp_path / "none.json"
    err = one_line_error(run(runner, db, *args))
    assert f"no database at {db}" in err and "claimtrack ingest" in err
    assert list(tmp_path.iterdir()) == []


def test_unknown_article_or_key_names_the_closest(runner, judged):
    err = one_line_error(run(runner, judged["db"], "claims", "--article", "flod"))
    assert "no article 'flod'" in err and "flood" in err
    for cmd in ("figures", "dates", "conflicts"):
        assert "flood" in one_line_error(run(runner, judged["db"], cmd, "--article", "flod"))
    err = one_line_error(run(runner, judged["db"], "figures", "--key", "celar"))
    assert "no figure key 'celar'" in err and "cellar" in err


def test_failed_ingest_creates_nothing(runner, tmp_path):
    db = tmp_path / "db.json"
    r = run(runner, db, "ingest", str(tmp_path / "nope"))
    assert r.exit_code == 1 and "no such file or folder" in r.stderr and "Traceback" not in r.output
    assert list(tmp_path.iterdir()) == []


def test_folder_without_articles_is_an_error(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("not an article", encoding="utf-8")
    db = tmp_path / "db.json"
    r = run(runner, db, "ingest", str(tmp_path / "empty"))
    assert r.exit_code == 1 and "no article files" in r.stderr
    assert not db.exists()


def test_upper_case_txt_is_read(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "FLOOD.TXT").write_text(STORY, encoding="utf-8")
    db = tmp_path / "db.json"
    r = run(runner, db, "ingest", str(tmp_path / "in"))
    assert r.exit_code == 0 and "FLOOD" in r.stdout
    assert claims_of(runner, db)


# -- 4. a read-only database ----------------------------------------------------------------------------


def test_read_only_database_is_never_rewritten(runner, judged):
    db = judged["db"]
    os.chmod(db, 0o444)
    try:
        before = db.read_bytes()
        claim = judged["claims"][0]["id"]
        for args in (["verdict", claim, "false"], ["ingest", str(judged["file"].parent)], ["check", "--rebuild"],
                     ["date", "flood", "2024-02-28"]):
            err = one_line_error(run(runner, db, *args))
            assert "database is read-only" in err, args
        assert db.read_bytes() == before
        assert stat.S_IMODE(db.stat().st_mode) == 0o444
        assert run(runner, db, "claims").exit_code == 0  # reading still works
    finally:
        os.chmod(db, 0o644)


# -- 5. exports: the umask's mode, the format from the extension, true counts --------------------------------


def test_export_file_mode_follows_the_umask(runner, judged, tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "review.csv"
        assert run(runner, judged["db"], "export", "--format", "csv", "-o", str(out)).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


@pytest.mark.parametrize("name, check", [
    ("x.csv", lambda t: next(csv.reader(io.StringIO(t)))[:2] == ["type", "id"]),
    ("x.json", lambda t: "claims" in json.loads(t)),
    ("x.jsonld", lambda t: json.loads(t)[0]["@type"] == "ClaimReview"),
])
def test_export_format_comes_from_the_extension(runner, judged, tmp_path, name, check):
    out = tmp_path / name
    assert run(runner, judged["db"], "export", "-o", str(out)).exit_code == 0
    assert check(out.read_text(encoding="utf-8"))


def test_export_message_counts_what_was_written(runner, judged, tmp_path):
    r = run(runner, judged["db"], "export", "--format", "claimreview", "-o", str(tmp_path / "cr.json"))
    n = len(judged["claims"])
    assert f"exported {n} claim reviews" in r.stderr and "conflicts" not in r.stderr
    r = run(runner, judged["db"], "export", "-o", str(tmp_path / "all.json"))
    assert f"exported {n} claims and 0 conflicts" in r.stderr
