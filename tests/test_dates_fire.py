"""The day a fire broke out dates the story's disaster, however the fire is named ("the
blaze", "the warehouse fire", "the fire, which broke out"), so reports giving different
days are flagged. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from claimtrack import pipeline
from claimtrack.lexicon.events import DISASTER_MOMENT
from claimtrack.models import Article
from claimtrack.text import parse_article
from conftest import analysed_conflicts  # noqa: E402


def art(aid: str, text: str, date: str | None = None) -> Article:
    return parse_article(aid, (f" date {date} " if date else "") + text)


def dated(a: Article, text: str):
    return next(d for d in pipeline.analyse(a)[2] if d.text == text)


@pytest.mark.parametrize(
    "text, day",
    [
        ("The blaze broke out on May 2 at a timber yard near the docks, the fire service said.", "May 2"),
        ("The fire, which started on May 3 in a storage hall, killed nine workers.", "May 3"),
        ("The warehouse fire that broke out on Thursday killed nine workers, police said.", "Thursday"),
        ("The inferno began late on Wednesday and burned until dawn.", "Wednesday"),
        ("The toll from Monday's fire at the tannery has risen to 11.", "Monday"),  # the day owns the fire
        ("The toll from Monday\u2019s quake has risen to 11.", "Monday"),
    ],
)
def test_the_day_a_fire_broke_out_dates_the_disaster(text, day):
    assert dated(art("f", text, "2024-05-10"), day).event_id == DISASTER_MOMENT


@pytest.mark.parametrize(
    "text, day",
    [
        ("A fire broke out in a second building on Monday, officials said.", "Monday"),  # one of several fires
        ("Troops opened fire on the crowd on Monday, witnesses said.", "Monday"),
        ("The ceasefire began on Monday.", "Monday"),
    ],
)
def test_another_fire_gunfire_or_a_ceasefire_is_not_the_disaster(text, day):
    assert dated(art("g", text, "2024-05-10"), day).event_id != DISASTER_MOMENT


def test_two_reports_of_the_day_the_fire_broke_out_are_flagged():
    a = art("f1", "The blaze broke out on May 2 at a timber yard near the docks, the fire service said.", "2024-05-09")
    b = art("f2", "The fire, which broke out on May 3 at the timber yard, killed nine workers, police said.", "2024-05-10")
    c = art("f3", "The timber-yard fire broke out on May 2, the mayor said on Friday.", "2024-05-10")
    cs = [c for c in analysed_conflicts(a, b, c) if c.kind == "date"]
    assert len(cs) == 1
    assert {m.text for m in cs[0].mentions} == {"May 2", "May 3"}
