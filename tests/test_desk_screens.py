"""issue 13 items 7-11: readable where people work (80 and 100 columns, 80x24 and 140x40 review)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from claimtrack import lookup
from claimtrack.cli import main
from claimtrack.models import Claim, Conflict, Figure, Mention, stable_id
from claimtrack.store import Store
from claimtrack.text import parse_article
from conftest import ROOT, SEEDS, copy_db

NOW = "2024-05-01T09:30:00Z"


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, db, *args, **kw):
    return runner.invoke(main, ["--db", str(db), *args], **kw)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db = tmp_path_factory.mktemp("seeded") / "db.json"
    r = CliRunner().invoke(main, ["--db", str(db), "ingest", str(SEEDS)])
    assert r.exit_code == 0
    return db


def squash(s: str) -> str:
    return " ".join(s.split())


# -- 7. no column that carries the claim is dropped; stacked below table width ---------------------------


@pytest.mark.parametrize("columns", ["80", "100"])
def test_claims_at_80_and_100_columns_show_every_content_and_verdict(runner, seeded, monkeypatch, tmp_path, columns):
    db = tmp_path / "db.json"
    copy_db(seeded, db)
    found = json.loads(run(runner, db, "claims", "--json").stdout)
    monkeypatch.setenv("CLAIMTRACK_NOW", NOW)
    assert run(runner, db, "verdict", found[0]["id"], "mostly", "false", "--by", "ed").exit_code == 0
    monkeypatch.setenv("COLUMNS", columns)
    r = run(runner, db, "claims", "--limit", "0")
    lines = r.stdout.splitlines()
    assert max(len(line) for line in lines) <= int(columns)
    flat = squash(r.stdout)
    for c in found:
        assert squash(c["content"])[:60] in flat, c["content"]
        assert c["id"] in flat
    assert "verdict: mostly false" in flat
    # about 3-6 lines a claim, not the 13 of a squeezed table
    assert len(lines) < 7 * len(found)


def test_claims_at_140_columns_is_a_table(runner, seeded, monkeypatch):
    monkeypatch.setenv("COLUMNS", "140")
    r = run(runner, seeded, "claims", "--article", "001_778c5d7cd793900d")
    assert "content" in r.stdout.splitlines()[2] or any(re.search(r"\bid\b.*\bcontent\b", x) for x in r.stdout.splitlines())


@pytest.mark.parametrize("cmd", ["figures", "dates", "conflicts", "rules", "sources"])
def test_other_listings_fit_80_columns_and_keep_their_text(runner, seeded, monkeypatch, cmd):
    rows = json.loads(run(runner, seeded, cmd, "--json").stdout) if cmd != "sources" else []
    monkeypatch.setenv("COLUMNS", "80")
    r = run(runner, seeded, cmd, *(["--limit", "0"] if cmd in ("figures", "dates") else []))
    assert r.exit_code == 0
    assert max(len(line) for line in r.stdout.splitlines()) <= 80
    flat = squash(r.stdout)
    for row in rows:
        key = row.get("text") or row.get("summary") or row.get("id")
        assert squash(key)[:40] in flat, key


def test_history_at_80_columns_keeps_notes_and_shows_a_text_once(runner, seeded, monkeypatch, tmp_path):
    db = tmp_path / "db.json"
    copy_db(seeded, db)
    monkeypatch.setenv("CLAIMTRACK_NOW", NOW)
    c = json.loads(run(runner, db, "claims", "--json").stdout)[0]
    for rating, note in (("true", "checked with the ministry"), ("false", "the ministry corrected itself")):
        assert run(runner, db, "verdict", c["id"], rating, "--note", note, "--by", "ed").exit_code == 0
    monkeypatch.setenv("COLUMNS", "80")
    r = run(runner, db, "history", c["id"])
    flat = squash(r.stdout)
    assert "checked with the ministry" in flat and "the ministry corrected itself" in flat
    assert flat.count(squash(c["content"])[:50]) == 1
    assert max(len(line) for line in r.stdout.splitlines()) <= 80


# -- 8. review fits the terminal: header and keys always, mentions scroll ----------------------------------

HEADLINES = ["Quake toll rises in the hill towns", "Aid convoys reach the valley", "Rescuers dig through the night",
             "Hospitals overwhelmed after quake", "Second tremor shakes the region", "Villages cut off by landslides",
             "Officials revise the number of missing"]


def seven_mentions_world(tmp_path):
    arts, claims, mentions = [], [], []
    for i, head in enumerate(HEADLINES):
        aid = f"q{i}"
        date = f" date 2024-02-{10 + i:02d} " if i < 6 else ""
        text = (f"{date}{head}\n\nThe provincial governor said that {100 + 20 * i} people had died in the quake, "
                f"and that rescue teams were still searching collapsed buildings in {i + 3} villages.\n")
        a = parse_article(aid, text)
        content = text[text.index("that ") + 5 : text.index(" villages") + 9]
        start = text.index(content)
        c = Claim(id=stable_id("cl", aid, start), article=aid, speaker="The provincial governor", speaker_name="",
                  speaker_kind="named", cue="said", content=content, quote=False, start=start, end=start + len(content),
                  sentence_start=text.index("The provincial"), sentence_end=len(text) - 1)
        num = str(100 + 20 * i)
        ns = text.index(num)
        mentions.append(Mention(article=aid, article_date=a.date, claim=c.id, speaker=c.speaker, speaker_kind="named",
                                text=num + " people", start=ns, end=ns + len(num) + 7, value=100 + 20 * i,
                                low=100 + 20 * i, high=100 + 20 * i, sentence_start=c.sentence_start, sentence_end=c.sentence_end))
        arts.append((a, [c], [], []))
        claims.append(c)
    conflict = Conflict(id="cf_quake", kind="figure", severity="high", summary="Quake deaths: seven different tolls",
                        mentions=tuple(mentions))
    db = tmp_path / "db.json"
    store = Store(db)
    with store.writing():
        store.replace_articles(arts)
        store.replace_conflicts([conflict])
    return db


def screens(output: str, width: int) -> list[list[str]]:
    """The review output cut at the rules drawn between screens."""
    out, cur = [], None
    for line in output.splitlines():
        if line == "─" * width:
            if cur is not None:
                out.append(cur)
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur:
        out.append(cur)
    return out


@pytest.mark.parametrize("width, height", [(80, 24), (140, 40)])
def test_review_screen_fits_with_header_and_keys_always_visible(runner, tmp_path, monkeypatch, width, height):
    db = seven_mentions_world(tmp_path)
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setenv("LINES", str(height))
    r = run(runner, db, "review", "--by", "fc", input="jjj" + "\x1b[6~" * 8 + "q")
    shown = screens(r.stdout, width)
    assert len(shown) >= 8
    for s in shown:
        # the screen is at most height - 1 lines; the separator line between screens is the last one
        assert len(s) <= height, len(s)
        assert s[0].startswith("claimtrack review") and "1 of 1" in s[0]
        assert "Quake deaths" in "\n".join(s[:4])
        assert "[c] confirm" in s[-1] or "[c] confirm" in s[-2]
        assert max(len(x) for x in s) <= width
    first, last = "\n".join(shown[0]), "\n".join(shown[-1])
    assert "lines 1-" in first and "more below" in first
    # scrolling reaches the last mention and the decision
    assert "220" in last and "status: open" in last
    assert "220" not in first


def test_review_mentions_show_headline_and_how_the_date_was_known(runner, tmp_path, monkeypatch):
    db = seven_mentions_world(tmp_path)
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    monkeypatch.setenv("COLUMNS", "140")
    monkeypatch.setenv("LINES", "200")
    r = run(runner, db, "review", "--by", "fc", input="q")
    flat = squash(r.stdout)
    assert "Quake toll rises in the hill towns" in flat and "2024-02-10 (date line)" in flat
    assert "Officials revise the number of missing" in flat and "undated" in flat


def test_review_page_keys_scroll_and_b_works_from_the_end(runner, tmp_path, monkeypatch):
    db = seven_mentions_world(tmp_path)
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "24")
    r = run(runner, db, "review", "--by", "fc", input="\x1b[6~" + "s" + "b" + "q")
    shown = screens(r.stdout, 80)
    assert "lines 1-" not in "\n".join(shown[1]) and "more above" in "\n".join(shown[1])  # page down
    assert "end of the queue" in "\n".join(shown[2])
    assert "1 of 1" in shown[3][0]  # b from the end screen: back to the conflict


def test_review_ctrl_c_leaves_with_status_130(runner, tmp_path, monkeypatch):
    db = seven_mentions_world(tmp_path)
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    r = run(runner, db, "review", "--by", "fc", input="\x03")
    assert r.exit_code == 130
    assert "Traceback" not in r.output


def test_review_shows_every_note_not_only_the_last(runner, tmp_path, monkeypatch):
    db = seven_mentions_world(tmp_path)
    monkeypatch.setenv("CLAIMTRACK_NOW", NOW)
    assert run(runner, db, "decide", "cf_quake", "confirm", "--note", "tolls from the governor differ", "--by", "ann").exit_code == 0
    assert run(runner, db, "decide", "cf_quake", "confirm", "--note", "asked the ministry for the final figure", "--by", "bo").exit_code == 0
    monkeypatch.setenv("CLAIMTRACK_REVIEW_FORCE", "1")
    monkeypatch.setenv("COLUMNS", "140")
    monkeypatch.setenv("LINES", "300")
    r = run(runner, db, "review", "--all", input="q")
    flat = squash(r.stdout)
    assert "tolls from the governor differ" in flat and "asked the ministry for the final figure" in flat


# -- 9. numbers as a reader expects them ----------------------------------------------------------------------


def figure_world(tmp_path, v1=30.0, q1="more than", v2=40.0, raw=None):
    t1 = " date 2024-03-01 Strike\n\nMore than 30 people were hurt in the blast, police said.\n"
    t2 = " date 2024-03-01 Blast\n\nForty people were hurt in the blast, the hospital said.\n"
    s1 = t1.index("More than 30 people")
    s2 = t2.index("Forty people")
    f1 = Figure(id="fg1", article="b1", text="More than 30 people", start=s1, end=s1 + 19, value=v1, low=v1 + 1,
                high=float("inf"), qualifier=q1, unit="count", noun="people", key="person", roles=("hurt",), claim="",
                sentence_start=t1.index("More"), sentence_end=len(t1) - 1)
    f2 = Figure(id="fg2", article="b2", text="Forty people", start=s2, end=s2 + 12, value=v2, low=v2, high=v2, qualifier="",
                unit="count", noun="people", key="person", roles=("hurt",), claim="", sentence_start=0 + t2.index("Forty"),
                sentence_end=len(t2) - 1)
    m1 = Mention(article="b1", article_date="2024-03-01", claim="", speaker="police", speaker_kind="named", text=f1.text,
                 start=f1.start, end=f1.end, value=raw if raw is not None else v1, low=v1 + 1, high=float("inf"),
                 sentence_start=f1.sentence_start, sentence_end=f1.sentence_end)
    m2 = Mention(article="b2", article_date="2024-03-01", claim="", speaker="the hospital", speaker_kind="named",
                 text=f2.text, start=f2.start, end=f2.end, value=v2, low=v2, high=v2,
                 sentence_start=f2.sentence_start, sentence_end=f2.sentence_end)
    db = tmp_path / "db.json"
    store = Store(db)
    with store.writing():
        store.replace_articles([(parse_article("b1", t1), [], [f1], []), (parse_article("b2", t2), [], [f2], [])])
        store.replace_conflicts([Conflict(id="cf_hurt", kind="figure", severity="medium", summary="Hurt: more than 30 vs 40",
                                          mentions=(m1, m2))])
    return db


def test_card_says_which_reading_makes_the_conflict(runner, tmp_path):
    db = figure_world(tmp_path)
    r = run(runner, db, "show", "cf_hurt")
    flat = squash(r.stdout)
    assert "everyday reading 31 to 39" in flat
    assert "Read literally, these figures can all be true" in flat
    assert "inf" not in flat and "31 or more" in flat


def test_values_print_as_the_numbers_they_are(runner, tmp_path):
    db = figure_world(tmp_path, raw=1540.0000000000002)
    r = run(runner, db, "show", "cf_hurt")
    assert "1540.0000000000002" not in r.stdout and "1,540" in r.stdout
    data = json.loads(run(runner, db, "conflicts", "--json").stdout)
    assert data[0]["mentions"][0]["value"] == 1540


# -- 10. conventions --------------------------------------------------------------------------------------------


def test_db_is_accepted_after_the_subcommand(runner, tmp_path):
    db = tmp_path / "x.json"
    r = runner.invoke(main, ["ingest", str(next(SEEDS.glob("001_*.txt"))), "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert db.exists()
    r = runner.invoke(main, ["claims", "--json", "--db", str(db)])
    assert json.loads(r.stdout)


def test_python_dash_m_claimtrack(tmp_path):
    r = subprocess.run([sys.executable, "-m", "claimtrack", "--help"], capture_output=True, text=True, cwd=tmp_path,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0 and "Usage: claimtrack" in r.stdout


def test_shell_completion_is_documented_and_works(runner):
    r = runner.invoke(main, ["--help"])
    assert "_CLAIMTRACK_COMPLETE=bash_source claimtrack" in squash(r.stdout)
    r = runner.invoke(main, [], prog_name="claimtrack", env={"_CLAIMTRACK_COMPLETE": "bash_source"})
    assert "complete" in r.stdout and "_claimtrack_completion" in r.stdout


def test_speaker_filter_finds_spelling_variants(runner, seeded):
    found = json.loads(run(runner, seeded, "claims", "--speaker", "qasim", "--json").stdout)
    names = {c["speaker_name"] for c in found}
    assert "Hazem Qassem" in names and "Hazem Qasim" in names
    assert lookup.speaker_matches("kassem", "Hamas spokesman Hazem Qassem")
    assert not lookup.speaker_matches("qasim", "Interior Minister Tawfiq Abu Naim")


def test_name_conflict_card_names_who_speaks_in_that_sentence(runner, seeded):
    conflicts = json.loads(run(runner, seeded, "conflicts", "--kind", "name", "--json").stdout)
    qasim = next(c for c in conflicts if "Qasim" in c["summary"])
    r = run(runner, seeded, "show", qasim["id"])
    assert "speaking in this sentence: Hazem Qas" in squash(r.stdout)


# -- 11. W3C Web Annotation selectors ---------------------------------------------------------------------------


def test_claims_and_conflict_mentions_carry_selectors_that_find_the_text_again(runner, seeded):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for c in json.loads(run(runner, seeded, "claims", "--json").stdout):
        quote, pos = c["selectors"]
        assert quote["type"] == "TextQuoteSelector" and quote["exact"] == c["content"]
        assert pos == {"type": "TextPositionSelector", "start": c["start"], "end": c["end"]}
        moved = "Editor's note: this story was updated.\n\n" + texts[c["article"]]
        s, e = lookup.find_again(moved, c["selectors"])
        assert moved[s:e] == c["content"] and s == c["start"] + 40
    for cf in json.loads(run(runner, seeded, "conflicts", "--json").stdout):
        for m in cf["mentions"]:
            quote = m["selectors"][0]
            assert texts[m["article"]][m["start"] : m["end"]] == quote["exact"]
            assert texts[m["article"]][: m["start"]].endswith(quote["prefix"])
            assert texts[m["article"]][m["end"] :].startswith(quote["suffix"])


def test_export_json_carries_selectors(runner, seeded, tmp_path, monkeypatch):
    db = tmp_path / "db.json"
    copy_db(seeded, db)
    monkeypatch.setenv("CLAIMTRACK_NOW", NOW)
    c = json.loads(run(runner, db, "claims", "--json").stdout)[0]
    cf = json.loads(run(runner, db, "conflicts", "--json").stdout)[0]
    assert run(runner, db, "verdict", c["id"], "true", "--by", "ed").exit_code == 0
    assert run(runner, db, "decide", cf["id"], "confirm", "--by", "ed").exit_code == 0
    data = json.loads(run(runner, db, "export").stdout)
    assert data["claims"][0]["selectors"] == c["selectors"]
    assert data["conflicts"][0]["mentions"][0]["selectors"] == cf["mentions"][0]["selectors"]


def test_find_again_uses_the_context_when_the_quote_repeats():
    text = "He said no. Later she said no. Then they said no."
    sel = lookup.selectors(text, text.index("she said no") + 9, text.index("she said no") + 11)
    moved = "Update. " + text
    s, e = lookup.find_again(moved, sel)
    assert s == text.index("she said no") + 9 + 8


def test_ingest_summary_and_sources_at_80_columns_keep_ids_and_dates(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    db = tmp_path / "db.json"
    r = run(runner, db, "ingest", str(SEEDS))
    assert max(len(line) for line in r.stdout.splitlines()) <= 80
    for p in SEEDS.glob("*.txt"):
        assert p.stem in r.stdout
    assert "2017-07-02" in r.stdout and "2023-12-20" in r.stdout and "…" not in r.stdout
    r = run(runner, db, "sources")
    assert "001_778c5d7cd793900d" in r.stdout and "…" not in r.stdout.split("Anonymous sourcing")[0]


def test_review_redraws_on_resize():
    from claimtrack import tui

    c = Conflict(id="cf_r", kind="figure", severity="low", summary="Two tolls", mentions=(
        Mention(article="a", article_date=None, claim="", speaker="", speaker_kind="", text="5", start=0, end=1, value=5),
        Mention(article="b", article_date=None, claim="", speaker="", speaker_kind="", text="6", start=0, end=1, value=6)))
    size = [100, 30]
    shown, hooks = [], []

    def show(renderable):
        from rich.console import Console
        import io

        con = Console(file=io.StringIO(), width=size[0], color_system=None)
        con.print(renderable)
        shown.append(con.file.getvalue())

    def key():
        if len(shown) == 1:
            size[:] = [60, 20]
            hooks[0]()  # the terminal was resized: SIGWINCH calls the redraw hook
        return "q"

    tui.run_review([c], 0, {"a": "5 dead", "b": "6 dead"}, {}, read_key=key, read_line=lambda p: "", decide=None,
                   show=show, size=lambda: tuple(size), on_resize=hooks.append)
    assert len(shown) == 2
    assert max(len(x) for x in shown[0].splitlines()) == 100
    assert max(len(x) for x in shown[1].splitlines()) <= 60 and len(shown[1].splitlines()) <= 19


def test_tuning_speaker_similarity(monkeypatch):
    from claimtrack import tuning

    assert lookup.speaker_matches("qasim", "Hazem Qassem")
    monkeypatch.setattr(tuning, "SPEAKER_SIMILARITY", 100.0)
    assert lookup.speaker_matches("qasim", "Hazem Qasem")  # same skeleton once folded
    assert not lookup.speaker_matches("qasim", "Hazem Kassim")
    monkeypatch.setattr(tuning, "SPEAKER_SIMILARITY", 75.0)
    assert lookup.speaker_matches("qasim", "Hazem Kassim")


def test_tuning_suggest_similarity(monkeypatch):
    from claimtrack import tuning

    known = ["hostage", "prisoner", "soldier"]
    assert lookup.suggest("hostges", known) == ["hostage"]
    monkeypatch.setattr(tuning, "SUGGEST_SIMILARITY", 99.0)
    assert lookup.suggest("hostges", known) == []
    assert lookup.suggest("pri", known) == ["prisoner"]  # a prefix is always suggested


def test_tuning_stacked_below(runner, seeded, monkeypatch):
    from claimtrack import tuning

    monkeypatch.setenv("COLUMNS", "160")
    table = run(runner, seeded, "claims").stdout
    monkeypatch.setattr(tuning, "STACKED_BELOW", 200)
    blocks = run(runner, seeded, "claims").stdout
    assert "content" in table.splitlines()[2] and "content " in blocks and "content" not in blocks.splitlines()[2]


def test_stacked_listing_has_no_trailing_blanks(runner, seeded, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = run(runner, seeded, "claims").stdout
    assert all(line == line.rstrip() for line in out.splitlines())
