"""A person's age in apposition ("X, 32,", "X, a 33-year-old teacher", "X, aged 30,") is read with
the name, and two ages of one person in reports of the same weeks conflict. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from test_conflicts_classes import art, kinds, run, texts

from claimtrack.compare.rules import ages as ages_rule
from claimtrack.extract.names import name_records


def statuses(text: str) -> dict[str, str]:
    return {r.text: r.status for r in name_records(text) if r.status}


@pytest.mark.parametrize(
    "text, name, age",
    [
        ("The driver, Tomas Berger, 41, was taken to hospital.", "Tomas Berger", "age:41"),
        ("Police named the victim as Ana Kovac, a 29-year-old nurse from the town.", "Ana Kovac", "age:29"),
        ("Marek Vidal, aged 30, denied the charges.", "Marek Vidal", "age:30"),
        ("The court heard from Ivo Lasic (52) on Monday.", "Ivo Lasic", "age:52"),
    ],
)
def test_age_in_apposition_is_read_with_the_name(text, name, age):
    assert statuses(text)[name] == age


def test_a_surname_alone_with_an_age_is_kept_for_the_full_name():
    text = "Police held Petra Lindqvist and Jon Aberg overnight. Lindqvist, 34, a teacher, was released."
    got = {(r.text, r.status) for r in name_records(text) if r.status}
    assert ("Lindqvist", "age:34") in got


def test_a_number_after_a_name_that_is_no_age_is_left_alone():
    assert statuses("Tomas Berger scored twice, and Ana Kovac, 3,000 metres behind, finished.") == {}


def test_two_ages_of_one_person_conflict():
    a = art("g1", "The suspect, Tomas Berger, a 33-year-old electrician, appeared in court on Friday.")
    b = art("g2", "Prosecutors said Tomas Bergér, 32, had bought the van a week earlier.")
    cs = [c for c in kinds(run(a, b)) if c.rule == ages_rule.RULE]
    assert len(cs) == 1 and texts(cs[0]) == {"33", "32"}


def test_a_surname_alone_carries_the_age_of_the_full_name():
    a = art("g3", "The suspect, Tomas Berger, a 33-year-old electrician, appeared in court on Friday.")
    b = art("g4", "Police named Tomas Berger as the driver. Berger, 32, had bought the van a week earlier.")
    cs = [c for c in run(a, b) if c.rule == ages_rule.RULE]
    assert len(cs) == 1
    assert not [c for c in run(a, b) if c.kind == "name"]  # the surname alone is no second spelling


@pytest.mark.parametrize(
    "second",
    [
        "Prosecutors said Tomas Berger, 33, had bought the van a week earlier.",  # the same age
        "Prosecutors said Lukas Berger, 32, had bought the van a week earlier.",  # another person
    ],
)
def test_same_age_or_another_person_is_no_conflict(second):
    a = art("g5", "The suspect, Tomas Berger, a 33-year-old electrician, appeared in court on Friday.")
    b = art("g6", second)
    assert [c for c in run(a, b) if c.rule == ages_rule.RULE] == []


def test_age_window_days(monkeypatch):
    a = art("g7", "The suspect, Tomas Berger, a 33-year-old electrician, appeared in court on Friday.", "2024-03-01")
    b = art("g8", "Prosecutors said Tomas Berger, 34, had bought the van.", "2024-04-20")  # 50 days later
    assert [c for c in run(a, b) if c.rule == ages_rule.RULE]
    monkeypatch.setattr(ages_rule, "AGE_WINDOW_DAYS", 30)  # a birthday may lie between
    assert [c for c in run(a, b) if c.rule == ages_rule.RULE] == []


# --- a bare toll followed by an aside that names part of it counts people, not the part ----------

@pytest.mark.parametrize(
    "text, value, thing",
    [
        ("The death toll from the ferry fire has risen to 40, including six children.", 40.0, "people"),
        ("Officials said 90, mostly women, were still missing.", 90.0, "people"),
    ],
)
def test_bare_number_before_including_counts_people(text, value, thing):
    from claimtrack import pipeline

    _, figs, _ = pipeline.analyse(art("g9", text, "2024-03-23"))
    assert {f.value: f.thing for f in figs}[value] == thing
