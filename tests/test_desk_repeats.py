"""issue 13 item 6: a page that repeats its own text gives each claim once, with its repeats counted."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimtrack import repeats, tuning
from claimtrack.cli import main
from claimtrack.ingest import analyse_article
from claimtrack.text import parse_article

BLOCK = (
    "Rescue teams expect to find 12 more survivors under the collapsed school, the civil defence chief said.\n\n"
    "\u201cWe are racing against the weather,\u201d said Colonel Amira Haddad, who leads the search.\n\n"
)
PAGE = " date 2024-04-03 Search goes on at collapsed school\n\n" + BLOCK + "Photo gallery\n\n" + BLOCK + BLOCK + (
    "The education ministry said classes would resume in a nearby building next week.\n"
)


def test_repeated_passage_gives_each_claim_once_with_its_repeats():
    claims, figures, dates = analyse_article(parse_article("school", PAGE))
    contents = [c.content for c in claims]
    assert len(contents) == len(set(contents)), contents
    survivors = [c for c in claims if "survivors" in c.content]
    assert len(survivors) == 1 and survivors[0].repeats == 2
    racing = [c for c in claims if "racing" in c.content]
    assert len(racing) == 1 and racing[0].repeats == 2
    ministry = [c for c in claims if "classes" in c.content]
    assert ministry and ministry[0].repeats == 0
    assert [f.value for f in figures if f.key.startswith("survivor")] == [12]


def test_listing_and_json_do_not_triple(tmp_path):
    art = tmp_path / "school.txt"
    art.write_text(PAGE, encoding="utf-8")
    db = str(tmp_path / "db.json")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "ingest", str(art)]).exit_code == 0
    found = json.loads(runner.invoke(main, ["--db", db, "claims", "--json"]).stdout)
    assert sum("survivors" in c["content"] for c in found) == 1
    assert next(c for c in found if "survivors" in c["content"])["repeats"] == 2
    figs = json.loads(runner.invoke(main, ["--db", db, "figures", "--json"]).stdout)
    assert sum(f["text"].startswith("12") for f in figs) == 1


def test_the_same_speaker_saying_different_things_is_not_a_repeat():
    text = (" date 2024-04-03 Talks\n\nThe minister said the talks had been useful and would go on in May.\n\n"
            "The minister said the talks had been useless and would not go on in May.\n")
    claims, _, _ = analyse_article(parse_article("talks", text))
    assert len([c for c in claims if c.speaker.lower() == "the minister"]) == 2


def test_spacing_and_case_do_not_make_another_passage():
    text = (" date 2024-04-03 Storm\n\nThe port authority said that three fishing boats were still missing off the northern cape.\n\n"
            "The Port Authority said that three  fishing boats were still missing off the Northern Cape.\n")
    claims, _, _ = analyse_article(parse_article("storm", text))
    assert len(claims) == 1 and claims[0].repeats == 1


def test_near_identical_repeat_follows_the_named_similarity(monkeypatch):
    text = (" date 2024-04-03 Storm\n\nThe port authority said that three fishing boats were still missing off the northern cape.\n\n"
            "The port authority said that three fishing boats were still mising off the northern cape.\n")
    claims, _, _ = analyse_article(parse_article("storm", text))
    assert len(claims) == 2  # by default an edited copy (a typo) is its own passage
    monkeypatch.setattr(repeats, "REPEAT_SIMILARITY", 95.0)
    claims, _, _ = analyse_article(parse_article("storm", text))
    assert len(claims) == 1 and claims[0].repeats == 1  # near-identical at 95


SHORT = " date 2024-04-03 Q\n\nPolice said 4 people were hurt.\n\nPolice said 4 people were hurt.\n"


def test_short_contents_are_not_merged_below_the_named_length(monkeypatch):
    claims, _, _ = analyse_article(parse_article("q", SHORT))
    assert len(claims) == 2  # "4 people were hurt" is shorter than REPEAT_MIN_CHARS
    monkeypatch.setattr(repeats, "REPEAT_MIN_CHARS", 10)
    claims, _, _ = analyse_article(parse_article("q", SHORT))
    assert len(claims) == 1 and claims[0].repeats == 1


def test_figures_repeat_only_inside_long_enough_identical_sentences(monkeypatch):
    _, figures, _ = analyse_article(parse_article("q", SHORT))
    assert len(figures) == 2  # the sentence is shorter than REPEAT_MIN_SENTENCE
    monkeypatch.setattr(repeats, "REPEAT_MIN_SENTENCE", 20)
    _, figures, _ = analyse_article(parse_article("q", SHORT))
    assert len(figures) == 1


def test_fuzzy_window_limits_how_far_back_a_near_copy_is_looked_for(monkeypatch):
    text = (" date 2024-04-03 Storm\n\nThe port authority said that three fishing boats were still missing off the northern cape.\n\n"
            "The port authority said that the harbour would stay closed to all traffic until Thursday.\n\n"
            "The port authority said that three fishing boats were still mising off the northern cape.\n")
    monkeypatch.setattr(repeats, "REPEAT_SIMILARITY", 95.0)
    claims, _, _ = analyse_article(parse_article("s", text))
    assert len(claims) == 2
    monkeypatch.setattr(repeats, "REPEAT_FUZZY_WINDOW", 1)
    claims, _, _ = analyse_article(parse_article("s", text))
    assert len(claims) == 3


@pytest.mark.parametrize("n", [1, 4])
def test_collapse_is_linear(n):
    from conftest import count_calls

    page = " date 2024-04-03 X\n\n" + BLOCK * (40 * n)
    article = parse_article("x", page)
    from claimtrack import pipeline

    recs = pipeline.analyse(article)
    calls = count_calls(lambda: repeats.collapse(article.text, *recs))
    assert calls < 4000 * n
