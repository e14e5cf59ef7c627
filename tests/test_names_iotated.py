"""A first vowel written with or without its y ("Yevgeny" / "Evgeny", "Yelena" / "Elena") is one
name transliterated two ways; other names opening with y stay apart. Names made up for these tests
or common given names."""

from __future__ import annotations

import pytest

from claimtrack.extract.names import same_person, skeleton


@pytest.mark.parametrize(
    "a, b",
    [
        ("Yevgeny Morozov", "Evgeny Morozov"),
        ("Yelena Sokolova", "Elena Sokolova"),
        ("Yekaterina Orlova", "Ekaterina Orlova"),
    ],
)
def test_an_iotated_first_vowel_is_one_spelling(a, b):
    assert same_person(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Yasser Haddad", "Asser Haddad"),  # y before a, a different name
        ("Yusuf Darwish", "Usuf Darwish"),  # y / u is not among the first-letter variants
        ("Yair Levin", "Yoram Levin"),
    ],
)
def test_other_names_opening_with_y_stay_apart(a, b):
    assert not same_person(a, b)


def test_the_skeleton_drops_the_y_of_an_iotated_vowel():
    assert skeleton("yevgeny") == skeleton("evgeny")
    assert skeleton("yaakov") == skeleton("yakov")
