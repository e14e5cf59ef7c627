"""A first name with two letters swapped ("Roland" / "Ronald") is one person spelled two
ways when the rest of the name agrees. Names made up for this test."""

from __future__ import annotations

import pytest

from claimtrack import tuning
from claimtrack.extract.names import same_person


def test_two_swapped_letters_in_a_first_name_are_one_person():
    assert same_person("Roland Butler", "Ronald Butler")


@pytest.mark.parametrize(
    "a, b",
    [
        ("Roland Butler", "Dolan Butler"),  # another first letter
        ("Roland Butler", "Ronald Hughes"),  # another surname
    ],
)
def test_other_names_stay_apart(a, b):
    assert not same_person(a, b)


def test_the_length_from_which_swapped_letters_count(monkeypatch):
    assert tuning.NAME_ANAGRAM_MIN_LEN <= len("Roland")
    monkeypatch.setattr("claimtrack.extract.names.NAME_ANAGRAM_MIN_LEN", len("Roland") + 1)
    assert not same_person("Roland Butler", "Ronald Butler")
