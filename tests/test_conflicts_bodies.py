"""Bodies recovered are remains found, not a toll, whatever the noun after "the bodies of"
("the bodies of two construction workers killed in the collapse were recovered"). Sentences
written for this test."""

from __future__ import annotations

from claimtrack.models import Article
from claimtrack.text import parse_article
from conftest import analysed_conflicts  # noqa: E402


def _art(aid: str, text: str, date: str) -> Article:
    return parse_article(aid, f" date {date} {text}")


def _figure_conflicts(*arts: Article) -> list:
    return [c for c in analysed_conflicts(*arts) if c.kind == "figure"]


def test_bodies_of_workers_recovered_are_not_a_lower_toll():
    a = _art("b1", "The six construction workers who fell into the river after the bridge collapsed are now presumed dead.",
             "2024-03-26")
    b = _art("b2", "The bodies of two construction workers killed in the collapse of the bridge were recovered on Wednesday, "
             "after divers spotted them in a pickup truck.", "2024-03-28")
    assert _figure_conflicts(a, b) == []


def test_two_tolls_of_workers_still_conflict():
    a = _art("b3", "Six construction workers were killed when the bridge fell, officials said.", "2024-03-27")
    b = _art("b4", "Two construction workers were killed when the bridge fell, officials said.", "2024-03-28")
    assert len(_figure_conflicts(a, b)) == 1
