"""An age in apposition at the end of a sentence ("Police named the attacker as X, 43.") is read
with the name, so two ages of one person (even under two spellings) conflict. Sentences written
for these tests."""

from __future__ import annotations

from test_conflicts_classes import art, kinds, run

from claimtrack.extract.names import name_records


def statuses(text: str) -> dict[str, str]:
    return {r.text: r.status for r in name_records(text) if r.status}


def test_age_closing_the_sentence_is_read():
    assert statuses("Police named the attacker as Karsten Wehlin, 43. He had no record.") == {"Karsten Wehlin": "age:43"}


def test_age_closing_the_article_is_read():
    assert statuses("The coach was driven by Milan Horvat, 58.") == {"Milan Horvat": "age:58"}


def test_a_decimal_after_a_name_is_no_age():
    assert statuses("The index closed at Berlin, 43.5 points up.") == {}


def test_two_ages_of_one_person_under_two_spellings_conflict():
    a = art("g1", "The suspect, identified by police as Karsten Wehling, 41, had a licence for the rifle.", "2025-02-11")
    b = art("g2", "Police named the attacker as Karsten Wehlin, 43. He had legally owned the weapons.", "2025-02-11")
    assert [c.rule for c in kinds(run(a, b), "figure")] == ["conflict.age"]
