"""Constructions of wire copy, sixth round: a past form used as an adjective, and a
day phrase ("the same day") closing an inverted attribution. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from test_attribution_news import claims_of as _claims  # noqa: E402


# --- a past form after a determiner or a preposition modifies a noun -------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The number of confirmed dead rose to 84 on Saturday.",
        "An estimated 40,000 people fled the valley.",
        "The list of reported incidents grew longer.",
        "Crews searched for the reported survivors through the night.",
    ],
)
def test_a_past_form_after_a_determiner_or_preposition_is_no_cue(text):
    assert _claims(text) == []


def test_the_sentence_with_an_attributive_past_form_still_has_its_real_speaker():
    (c,) = _claims("The number of confirmed dead rose to 84 on Saturday, officials said.")
    assert (c.speaker, c.cue) == ("officials", "said")
    assert c.content.startswith("The number of confirmed dead")


def test_a_finite_past_form_after_a_subject_is_still_a_cue():
    (c,) = _claims("The agency confirmed the deaths of two climbers.")
    assert (c.speaker, c.cue, c.content) == ("The agency", "confirmed", "the deaths of two climbers")


# --- "the same day", "the next day", "later that day": a time, not an object ---------------------

@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("The water supply was cut off, the regional government announced the same day.", "the regional government", "announced"),
        ("Two more bodies were found, the coast guard said the next day.", "the coast guard", "said"),
        ("The bridge would stay shut, the mayor confirmed later that day.", "the mayor", "confirmed"),
    ],
)
def test_a_day_phrase_after_an_inverted_cue_is_no_content(text, speaker, cue):
    (c,) = _claims(text)
    assert (c.speaker, c.cue) == (speaker, cue)
    assert c.content == text.split(",")[0]


def test_a_day_phrase_between_cue_and_content_is_skipped():
    (c,) = _claims("The mayor said later that day the road would reopen.")
    assert c.content == "the road would reopen"
