"""Long names (three tokens or more) written at two lengths and with a particle joined or apart
("Abu Taha" / "Abutaha", "Abdel Karim" / "Abdelkarim"; "Saif" for "Saifeddin", a middle name
left out): one person, so two ages conflict, and the respelled surname is a name conflict; the
short and the full form of one spelling are not. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_classes import art, run, texts

from claimtrack.compare.rules import ages as ages_rule
from claimtrack.compare.rules import names as names_rule
from claimtrack.extract import names as names_mod


@pytest.mark.parametrize(
    "a, b",
    [
        ("Saif Khaled Abu Rami", "Saifullah Khaled Omar Aburami"),
        ("Omar Fathi Abdel Karim", "Omar Fathi Abdelkarim"),
        ("Nour Samir Hadi Bin Laden", "Nour Samir Binladen"),
    ],
)
def test_same_long_name(a, b):
    assert names_mod.same_long_name(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Saif Khaled Abu Rami", "Saif Hassan Abu Rami"),  # another middle name: another person
        ("Ali Khaled Abu Rami", "Alia Khaled Abu Rami"),  # "Ali" is too short to be a short form
        ("Omar Fathi Abdel Karim", "Omar Fathi Abdel Kader"),  # another surname
        ("Omar Karim", "Omar Fathi Karim"),  # two tokens: too little to go on
    ],
)
def test_not_same_long_name(a, b):
    assert not names_mod.same_long_name(a, b)


def test_two_ages_of_one_long_name_conflict():
    a = art("li1", "The charity named its driver as Saifullah Khaled Omar Aburami, 25, from the north.", "2024-04-02")
    b = art("li2", "Saif Khaled Abu Rami, 27, had driven for the charity since January.", "2024-04-03")
    cs = [c for c in run(a, b) if c.rule == ages_rule.RULE]
    assert len(cs) == 1 and texts(cs[0]) == {"25", "27"}


def test_respelled_surname_of_a_long_name_is_a_name_conflict():
    a = art("li3", "The charity named its driver as Saifullah Khaled Omar Aburami, 25, from the north.", "2024-04-02")
    b = art("li4", "Saif Khaled Abu Rami, 25, had driven for the charity since January.", "2024-04-03")
    cs = [c for c in run(a, b) if c.rule == names_rule.RULE]
    assert len(cs) == 1


def test_short_and_full_form_of_one_spelling_is_no_name_conflict():
    a = art("li5", "The charity named its driver as Saifullah Khaled Omar Aburami, 25, from the north.", "2024-04-02")
    b = art("li6", "Saif Khaled Aburami, 25, had driven for the charity since January.", "2024-04-03")
    assert [c for c in run(a, b) if c.rule == names_rule.RULE] == []


def test_name_short_form_min_len(monkeypatch):
    assert names_mod.same_long_name("Saif Khaled Abu Rami", "Saifullah Khaled Omar Aburami")
    monkeypatch.setattr(names_mod, "NAME_SHORT_FORM_MIN_LEN", 5)  # "Saif" (4 letters) is no longer a short form
    assert not names_mod.same_long_name("Saif Khaled Abu Rami", "Saifullah Khaled Omar Aburami")
