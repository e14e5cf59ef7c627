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


# --- "according to <a document> released by <a source>": the source speaks ------------------------

@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The toll rose to 64, according to figures released by the regional government.", "regional government", "named"),
        ("The toll rose to 64, according to a report published on Tuesday by the health ministry.", "health ministry", "named"),
        ("According to figures released by the ministry on Monday, the toll rose to 64.", "ministry", "named"),
    ],
)
def test_the_source_that_put_out_a_document_is_the_speaker(text, name, kind):
    (c,) = _claims(text)
    assert (c.cue, c.speaker_name, c.speaker_kind) == ("according to", name, kind)
    assert "toll rose to 64" in c.content


def test_an_unnamed_source_behind_a_document_makes_the_claim_anonymous():
    (c,) = _claims("The death toll rose to 64, according to the latest update reported today by local authorities.")
    assert c.speaker_kind == "anonymous"
    assert c.speaker.endswith("by local authorities")
