"""review / decide / verdict / history / export through the CLI (CliRunner).

The interactive loop is driven with keystrokes: ``CLAIMTRACK_REVIEW_FORCE=1``
lets ``review`` run without a terminal and read keys from stdin.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from claimtrack.cli import main
from claimtrack.models import Claim, Conflict, Mention, stable_id
from claimtrack.store import Store
from claimtrack.text import parse_article
from conftest import SEEDS

ANSI = re.compile(r"\x1b\[")
NOW = "2024-05-01T09:30:00Z"

TEXT1 = "Officials said [bold red]five[/bold red] people died. Later, \x1b[31mHamas said 50 hostages were held."
TEXT2 = "The army said six people died. Ministers said 60 hostages were held."


def claim(article: str, text: str, content: str, speaker: str, kind: str = "named") -> Claim:
    start = text.index(content)
    end = start + len(content)
    return Claim(id=stable_id("cl", article, start, end), article=article, speaker=speaker, speaker_name="",
                 speaker_kind=kind, cue="said", content=content, quote=False, start=start, end=end,
                 sentence_start=start, sentence_end=end)


def mention(article: str, text: str, word: str, value, c: Claim) -> Mention:
    start = text.index(word)
    return Mention(article=article, article_date=None, claim=c.id, speaker=c.speaker, speaker_kind=c.speaker_kind,
                   text=word, start=start, end=start + len(word), value=value)


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def world(tmp_path, monkeypatch):
    """A database built by hand: two articles, four claims, two conflicts."""
    monkeypatch.setenv("CLAIMTRACK_NOW", NOW)
    monkeypatch.setenv("CLAIMTRACK_USER", "alice")
    db = tmp_path / "db.json"
    c1 = claim("a1", TEXT1, "[bold red]five[/bold red] people died", "Officials", "anonymous")
    c2 = claim("a1", TEXT1, "50 hostages were held", "Hamas")
    c3 = claim("a2", TEXT2, "six people died", "The army")
    c4 = claim("a2", TEXT2, "60 hostages were held", "Ministers", "anonymous")
    high = Conflict(id="cf_high", kind="figure", severity="high", summary="Hostages: 50 vs 60",
                    mentions=(mention("a1", TEXT1, "50", 50, c2), mention("a2", TEXT2, "60", 60, c4)))
    low = Conflict(id="cf_low", kind="figure", severity="low", summary="Dead: [bold red]five[/bold red] vs six",
                   mentions=(mention("a1", TEXT1, "[bold red]five[/bold red]", 5, c1), mention("a2", TEXT2, "six", 6, c3)))
    store = Store(db)
    with store.writing():
        store.replace_articles([(parse_article("a1", TEXT1), [c1, c2], [], []), (parse_article("a2", TEXT2), [c3, c4], [], [])])
        store.replace_conflicts([low, high])
    return {"db": str(db), "path": db, "claims": [c1, c2, c3, c4], "high": high, "low": low}


def run(runner, db, *args, **kw):
    return runner.invoke(main, ["--db", db, *args], catch_exceptions=False, **kw)


def one_line_error(r):
    assert r.exit_code != 0
    assert "Traceback" not in r.output
    err = r.stderr.strip()
    assert err.startswith("Error:") and "\n" not in err, err
    return err


# -- decide --------------------------------------------------------------------------------------


def test_decide_records_and_status_follows(runner, world):
    r = run(runner, world["db"], "decide", "cf_high", "confirm", "--note", "checked with AP")
    assert r.exit_code == 0, r.output
    rows = Store(world["db"]).records("decisions")
    assert len(rows) == 1
    assert {k: rows[0][k] for k in ("conflict", "status", "by", "at", "note")} == {
        "conflict": "cf_high", "status": "confirmed", "by": "alice", "at": NOW, "note": "checked with AP"}
    listed = {c["id"]: c["status"] for c in json.loads(run(runner, world["db"], "conflicts", "--json").stdout)}
    assert listed == {"cf_high": "confirmed", "cf_low": "open"}
    r = run(runner, world["db"], "decide", "cf_high", "dismiss", "--by", "bob")
    shown = json.loads(run(runner, world["db"], "show", "cf_high", "--json").stdout)
    assert shown["status"] == "dismissed"
    assert [d["by"] for d in Store(world["db"]).records("decisions")] == ["alice", "bob"]


@pytest.mark.parametrize(
    "args,needle",
    [
        (("decide", "cf_nope", "confirm"), "no conflict"),
        (("decide", "cf_high", "maybe"), "confirm or dismiss"),
        (("decide", "cl_x", "confirm"), "no conflict"),
        (("verdict", "cl_nope", "true"), "no claim"),
        (("verdict", "cf_high", "true"), "no claim"),
        (("history", "zz_nope"), "no claim or conflict"),
    ],
)
def test_bad_ids_one_line_error_nothing_written(runner, world, args, needle):
    before = world["path"].read_bytes()
    r = run(runner, world["db"], *args)
    assert needle in one_line_error(r)
    assert world["path"].read_bytes() == before


def test_unknown_rating_lists_the_scale_and_writes_nothing(runner, world):
    before = world["path"].read_bytes()
    cid = world["claims"][0].id
    r = run(runner, world["db"], "verdict", cid, "pants", "on", "fire")
    err = one_line_error(r)
    assert "true, mostly true, misleading, mostly false, false, unverifiable" in err
    assert world["path"].read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [("decide", "cf_high", "confirm"), ("verdict", "cl_x", "true"), ("history", "cl_x"), ("history", "--orphaned"),
     ("export",), ("review",), ("claims",)],
)
def test_corrupt_database(runner, tmp_path, monkeypatch, args):
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    db = tmp_path / "db.json"
    db.write_text('{"_meta": {"1": {"format": "claimtrack", "version": 1}}, "verdicts": [1,')
    before = db.read_bytes()
    r = run(runner, str(db), *args, input="q")
    assert "corrupt database" in one_line_error(r)
    assert db.read_bytes() == before


# -- verdicts and history ----------------------------------------------------------------------------


def test_verdicts_append_and_show_everywhere(runner, world):
    c = world["claims"][1]
    assert run(runner, world["db"], "verdict", c.id, "mostly", "true").exit_code == 0
    r = run(runner, world["db"], "verdict", c.id, "false", "--note", "[bold red]see AP[/bold red] \x1b[2J", "--by", "ed")
    assert r.exit_code == 0
    rows = Store(world["db"]).records("verdicts")
    assert [(v["rating"], v["by"]) for v in rows] == [("mostly true", "alice"), ("false", "ed")]
    assert rows[0]["content"] == c.content and rows[0]["speaker"] == "Hamas" and rows[0]["article"] == "a1"
    listed = {x["id"]: x["verdict"] for x in json.loads(run(runner, world["db"], "claims", "--json").stdout)}
    assert listed[c.id] == "false"
    assert "false" in run(runner, world["db"], "show", c.id).stdout
    hist = json.loads(run(runner, world["db"], "history", c.id, "--json").stdout)
    assert [h["value"] for h in hist] == ["mostly true", "false"]
    out = run(runner, world["db"], "history", c.id).stdout
    assert "[bold red]see AP[/bold red]" in out
    assert not ANSI.search(out)


def test_history_of_a_conflict_includes_its_claims(runner, world):
    run(runner, world["db"], "decide", "cf_high", "confirm")
    run(runner, world["db"], "verdict", world["claims"][3].id, "unverifiable")
    hist = json.loads(run(runner, world["db"], "history", "cf_high", "--json").stdout)
    assert sorted(h["type"] for h in hist) == ["decision", "verdict"]
    assert run(runner, world["db"], "history").exit_code != 0


# -- the review loop, driven by keys -------------------------------------------------------------------


def test_review_refuses_without_a_terminal(runner, world):
    before = world["path"].read_bytes()
    r = run(runner, world["db"], "review", input="c")
    assert r.exit_code != 0
    assert "terminal" in one_line_error(r)
    assert world["path"].read_bytes() == before


def test_review_keys_decide_and_resume(runner, world, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    r = run(runner, world["db"], "review", "--by", "carol", input="n[bold]sure[/bold]\nc q")
    assert r.exit_code == 0, r.output
    assert "1 of 2" in r.stdout and "Hostages: 50 vs 60" in r.stdout  # most severe first
    rows = Store(world["db"]).records("decisions")
    assert [(d["conflict"], d["status"], d["by"], d["note"], d["at"]) for d in rows] == [
        ("cf_high", "confirmed", "carol", "[bold]sure[/bold]", NOW)]
    # start again: resumes at the first undecided conflict
    r = run(runner, world["db"], "review", input="q")
    assert "1 of 1" in r.stdout and "Dead:" in r.stdout
    assert "[bold red]five[/bold red]" in r.stdout  # shown literally
    assert not ANSI.search(r.stdout)
    # --all shows decided ones too, starting at the first undecided
    r = run(runner, world["db"], "review", "--all", input="bd")
    assert "2 of 2" in r.stdout and "confirmed" in r.stdout
    rows = Store(world["db"]).records("decisions")
    assert [(d["conflict"], d["status"]) for d in rows] == [("cf_high", "confirmed"), ("cf_high", "dismissed")]
    r = run(runner, world["db"], "review", input="dq")
    rows = Store(world["db"]).records("decisions")
    assert rows[-1]["conflict"] == "cf_low" and rows[-1]["status"] == "dismissed"
    r = run(runner, world["db"], "review", input="q")
    assert "Nothing to review" in r.stdout


def test_review_skip_back_and_unsaved_note(runner, world, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    r = run(runner, world["db"], "review", input="sbnpending\nsq")
    assert r.exit_code == 0
    assert Store(world["db"]).records("decisions") == []
    assert "not saved" in r.stderr


def test_review_each_decision_is_its_own_transaction(runner, world, monkeypatch):
    """Decisions are on disk as soon as they are made, before the session ends."""
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    seen = []
    import claimtrack.cli as cli

    real = cli._stdin_key

    def key():
        seen.append(len(Store(world["db"]).records("decisions")))
        return real()

    monkeypatch.setattr(cli, "_stdin_key", key)
    run(runner, world["db"], "review", input="cd")
    # the first decision was on disk before the second key was read (the third key: the end screen)
    assert seen == [0, 1, 2]
    assert len(Store(world["db"]).records("decisions")) == 2


# -- export ------------------------------------------------------------------------------------------


def test_export_formats(runner, world, tmp_path):
    c = world["claims"][1]
    run(runner, world["db"], "verdict", c.id, "misleading", "--note", "=cmd|' /C calc'!A0")
    run(runner, world["db"], "decide", "cf_low", "dismiss")
    data = json.loads(run(runner, world["db"], "export").stdout)
    assert [x["id"] for x in data["claims"]] == [c.id] and [x["id"] for x in data["conflicts"]] == ["cf_low"]
    docs = json.loads(run(runner, world["db"], "export", "--format", "claimreview").stdout)
    assert docs[0]["reviewRating"]["ratingValue"] == 3 and docs[0]["author"] == {"@type": "Person", "name": "alice"}
    assert docs[0]["itemReviewed"]["author"]["name"] == "Hamas"
    csv_text = run(runner, world["db"], "export", "--format", "csv").stdout
    assert "'=cmd" in csv_text
    out = tmp_path / "out.csv"
    r = run(runner, world["db"], "export", "--format", "csv", "-o", str(out))
    assert r.exit_code == 0 and r.stdout == ""
    assert out.read_bytes() == run(runner, world["db"], "export", "--format", "csv").stdout_bytes
    r = run(runner, world["db"], "export", "-o", str(tmp_path / "no" / "x.json"))
    one_line_error(r)


# -- re-ingest keeps people's work (real extractors, on the seeds) -------------------------------------------


def claims_of(runner, db, article):
    return [c for c in json.loads(run(runner, db, "claims", "--json").stdout) if c["article"] == article]


def test_reingest_keeps_moves_and_orphans(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_NOW", NOW)
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    db = str(tmp_path / "db.json")
    assert run(runner, db, "ingest", str(folder)).exit_code == 0
    art = next(folder.glob("000_*.txt"))
    aid = art.stem
    claims = claims_of(runner, db, aid)
    assert len(claims) >= 2
    keep, lose = claims[0], claims[-1]
    assert run(runner, db, "verdict", keep["id"], "true", "--by", "ed").exit_code == 0
    assert run(runner, db, "verdict", lose["id"], "false", "--by", "ed").exit_code == 0
    conflicts = json.loads(run(runner, db, "conflicts", "--json").stdout)
    cf = next((c for c in conflicts if any(m["article"] == aid for m in c["mentions"])), None)
    if cf is not None:
        assert run(runner, db, "decide", cf["id"], "confirm", "--by", "fc").exit_code == 0

    # 1. unchanged re-ingest: nothing moves
    assert run(runner, db, "ingest", str(folder)).exit_code == 0
    assert {v["claim"] for v in Store(db).records("verdicts")} == {keep["id"], lose["id"]}

    # 2. the article changed: a paragraph above moves every span
    text = art.read_text(encoding="utf-8")
    art.write_text("Editor's note: this article was updated.\n\n" + text, encoding="utf-8")
    assert run(runner, db, "ingest", str(folder)).exit_code == 0
    now = {c["content"]: c for c in claims_of(runner, db, aid)}
    moved_keep = now[keep["content"]]
    assert moved_keep["id"] != keep["id"]
    verdicts = Store(db).records("verdicts")
    assert verdicts[0]["claim"] == moved_keep["id"] and verdicts[0]["previous_claims"] == [keep["id"]]
    assert verdicts[0]["rating"] == "true" and not verdicts[0]["orphaned"]
    listed = {c["id"]: c["verdict"] for c in json.loads(run(runner, db, "claims", "--json").stdout)}
    assert listed[moved_keep["id"]] == "true"
    hist = json.loads(run(runner, db, "history", keep["id"], "--json").stdout)  # the old id still finds it
    assert [h["value"] for h in hist] == ["true"]
    if cf is not None:
        decisions = Store(db).records("decisions")
        status = {c["id"]: c["status"] for c in json.loads(run(runner, db, "conflicts", "--json").stdout)}
        assert status.get(decisions[0]["conflict"]) == "confirmed"
        assert not decisions[0]["orphaned"]

    # 3. the claim's sentence is cut: its verdict is kept, orphaned, listed
    lose_now = now[lose["content"]]
    text = art.read_text(encoding="utf-8")
    cut = text[: lose_now["sentence_start"]] + text[lose_now["sentence_end"]:]
    art.write_text(cut, encoding="utf-8")
    assert run(runner, db, "ingest", str(folder)).exit_code == 0
    verdicts = Store(db).records("verdicts")
    assert len(verdicts) == 2
    assert verdicts[1]["orphaned"] and verdicts[1]["rating"] == "false"
    assert not verdicts[0]["orphaned"]
    orphans = json.loads(run(runner, db, "history", "--orphaned", "--json").stdout)
    assert [(o["type"], o["value"]) for o in orphans if o["type"] == "verdict"] == [("verdict", "false")]
    assert "orphaned" in run(runner, db, "history", "--orphaned").stdout
    exported = json.loads(run(runner, db, "export").stdout)
    assert [v["rating"] for v in exported["orphaned_verdicts"]] == ["false"]

    # 4. restore the original: the orphan comes back
    art.write_text(text.replace("Editor's note: this article was updated.\n\n", "", 1), encoding="utf-8")
    assert run(runner, db, "ingest", str(folder)).exit_code == 0
    verdicts = Store(db).records("verdicts")
    assert not any(v["orphaned"] for v in verdicts)
    assert {v["claim"] for v in verdicts} == {keep["id"], lose["id"]}


def test_seeds_end_to_end_review(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    monkeypatch.setenv("CLAIMTRACK_NOW", NOW)
    db = str(tmp_path / "db.json")
    assert run(runner, db, "ingest", str(SEEDS)).exit_code == 0
    conflicts = json.loads(run(runner, db, "conflicts", "--json").stdout)
    if not conflicts:
        pytest.skip("no conflicts on the seeds yet")
    r = run(runner, db, "review", "--by", "fc", input="cq")
    assert r.exit_code == 0 and f"1 of {len(conflicts)}" in r.stdout
    assert Store(db).records("decisions")[0]["conflict"] == conflicts[0]["id"]
    docs = json.loads(run(runner, db, "export").stdout)
    assert [c["id"] for c in docs["conflicts"]] == [conflicts[0]["id"]]


def test_orphaned_verdict_is_not_shown_on_a_new_claim_with_the_same_id(runner, world):
    from claimtrack import worklog

    c1 = world["claims"][0]
    run(runner, world["db"], "verdict", c1.id, "false")
    store = Store(world["db"])
    other = Claim(**{**c1.to_dict(), "content": "something else entirely, nothing alike"})
    with store.writing():
        store.replace_articles([(parse_article("a1", TEXT1 + " "), [other], [], [])])
        worklog.reattach(store)
    verdicts = Store(world["db"]).records("verdicts")
    assert verdicts[0]["orphaned"] and verdicts[0]["claim"] == c1.id
    listed = {x["id"]: x["verdict"] for x in json.loads(run(runner, world["db"], "claims", "--json").stdout)}
    assert listed[c1.id] == ""
