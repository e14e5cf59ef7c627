"""A number set off by commas after a name is the person's age, not a count of the noun after
it ("Bilal Haddad, 30, a builder, said"): it never joins a toll. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack import pipeline
from claimtrack.extract import figures as fig_mod
from claimtrack.text import parse_article


def figs(text: str):
    _, f, _ = pipeline.analyse(parse_article("x", "Headline of the test page\n\n" + text))
    return [(x.text, x.unit) for x in f]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Bilal Haddad, 30, a builder in the town, said he saw the fire.", "30"),
        ("Police named the pair as Ana Ruiz, 41, and Tomas Vidal, 38.", "38"),
        ("Sara Nasser, 19, from the northern district, was among the wounded.", "19"),
    ],
)
def test_age_in_apposition_is_no_count(text, number):
    assert (number, "age") in figs(text)
    assert not [f for f in figs(text) if f[0].startswith(number) and f[1] == "count"]


@pytest.mark.parametrize(
    "text, number",
    [
        ("In the town of Kessab, 30, mostly children, were hurt.", "30"),  # a count described after it
        ("The dead in the north reached 38. In Kessab, 12.", "12"),  # no name before the number
        ("The toll rose to 30, officials said.", "30"),
        ("Across the province, 4,500, including 300 soldiers, were evacuated.", "4,500"),
    ],
)
def test_counts_between_commas_stay_counts(text, number):
    assert [f for f in figs(text) if f[0].startswith(number) and f[1] == "count"], figs(text)


def test_fig_max_apposition_age(monkeypatch):
    text = "Omar Saleh, 104, the oldest man in the village, said the well had dried."
    assert ("104", "age") in figs(text)
    monkeypatch.setattr(fig_mod, "FIG_MAX_APPOSITION_AGE", 100)
    assert ("104", "age") not in figs(text)


def nouns(text: str):
    _, f, _ = pipeline.analyse(parse_article("x", "Headline of the test page\n\n" + text))
    return [(x.text, x.noun) for x in f]


@pytest.mark.parametrize(
    "text, figure, noun",
    [
        ("A missile hit the convoy and killed seven World Central Kitchen aid workers.",
         "seven World Central Kitchen aid workers", "aid workers"),
        ("Shelling killed three Medical Relief Society (MRS) volunteers near the clinic.",
         "three Medical Relief Society (MRS) volunteers", "volunteers"),
        ("Four Red Crescent paramedics were killed near the hospital.", "Four Red Crescent paramedics", "paramedics"),
        ("The shelling killed 12 local Red Crescent volunteers.", "12 local Red Crescent volunteers", "volunteers"),
    ],
)
def test_organisation_name_before_a_counted_noun_is_its_modifier(text, figure, noun):
    assert (figure, noun) in nouns(text), nouns(text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Israel freed 39 Palestinian prisoners on Friday.", "39 Palestinian prisoners"),  # a nationality: as before
    ],
)
def test_names_that_are_no_organisation_prefix_read_as_before(text, figure):
    assert any(t.startswith(figure) for t, _ in nouns(text)), nouns(text)
