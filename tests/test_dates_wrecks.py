"""The day a vessel, aircraft or structure was wrecked ("A ferry carrying 412
people sank off the island on Wednesday") dates the story's disaster, so two
reports giving different days are flagged; another wreck, or the day officials
spoke, is not that day.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from claimtrack import pipeline
from claimtrack.lexicon.events import DISASTER_MOMENT
from claimtrack.models import Article
from claimtrack.text import parse_article
from conftest import analysed_conflicts  # noqa: E402


def art(aid: str, text: str, date: str | None = None) -> Article:
    return parse_article(aid, (f" date {date} " if date else "") + text)


run = analysed_conflicts


def dated(a: Article, text: str):
    return next(d for d in pipeline.analyse(a)[2] if d.text == text)


def date_conflicts(*arts: Article):
    return [c for c in run(*arts) if c.kind == "date"]


def test_indefinite_lede_wreck_dates_the_disaster():
    a = art("w1", "A passenger ferry carrying 412 people sank off the island of Teras on Wednesday night, the coast "
                  "guard said on Thursday.", "2024-05-09")
    assert dated(a, "Wednesday").event_id == DISASTER_MOMENT
    assert dated(a, "Thursday").event_id != DISASTER_MOMENT  # the day the coast guard spoke


def test_two_reports_giving_different_days_for_the_sinking_are_flagged():
    a = art("w2", "A passenger ferry carrying 412 people sank off the island of Teras on Wednesday night, the coast "
                  "guard said on Thursday.", "2024-05-09")
    b = art("w3", "A ferry with 450 people on board capsized off Teras late on Tuesday, officials said on Thursday.",
            "2024-05-09")
    cs = date_conflicts(a, b)
    assert len(cs) == 1
    assert {m.text for m in cs[0].mentions} == {"Wednesday", "Tuesday"}


def test_same_day_told_as_weekday_and_date_is_no_conflict():
    a = art("w4", "The cargo plane crashed into a hillside on Sunday, minutes after take-off, investigators said.",
            "2024-10-14")
    b = art("w5", "The plane crashed shortly after take-off on October 13, killing all six crew.", "2024-10-15")
    assert date_conflicts(a, b) == []


def test_another_wreck_is_not_the_story_disaster():
    a = art("w6", "Another boat carrying migrants capsized on Monday further along the coast, a charity said.",
            "2024-05-09")
    assert dated(a, "Monday").event_id != DISASTER_MOMENT


def test_a_bridge_that_collapsed_dates_the_collapse():
    a = art("w7", "The rail bridge collapsed early on Saturday after days of heavy rain, the regional governor said.",
            "2024-09-02")
    b = art("w8", "The rail bridge collapsed on Friday evening as a freight train approached, police said.",
            "2024-09-02")
    assert len(date_conflicts(a, b)) == 1


def test_a_relative_clause_on_the_wreck_dates_it_too():
    a = art("w9", "A five-storey building collapsed in the city centre on Tuesday morning, officials said.",
            "2024-11-05")
    b = art("w10", "Investigators said on Thursday the building, which collapsed on Monday night, had 42 flats.",
            "2024-11-07")
    cs = date_conflicts(a, b)
    assert len(cs) == 1 and {m.text for m in cs[0].mentions} == {"Tuesday", "Monday"}
