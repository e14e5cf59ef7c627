"""Constructions of wire copy, seventh round: progressive reporting forms ("officials
are saying") and documents that show ("court records show"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from claimtrack.lexicon.reporting import CUE_VERBS, PROGRESSIVE
from test_attribution_news import claims_of as _claims  # noqa: E402


# --- the progressive: "are saying", "has been warning", "is telling" ---------------------------

@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("Authorities are saying the pass will stay closed for weeks.", "Authorities", "are saying",
         "the pass will stay closed for weeks"),
        ("Engineers have been warning for years that the levee could fail.", "Engineers", "have been warning",
         "the levee could fail"),
        ("The airline is telling passengers that refunds will take a week.", "The airline", "is telling",
         "refunds will take a week"),
        ("Doctors are warning of a measles outbreak.", "Doctors", "are warning", "of a measles outbreak"),
    ],
)
def test_a_progressive_form_reports_like_the_simple_one(text, speaker, cue, content):
    (c,) = _claims(text)
    assert (c.speaker, c.cue, c.content) == (speaker, cue, content)


def test_a_progressive_form_after_the_content():
    (c,) = _claims("“Nobody is leaving,” the villagers were saying on Sunday.")
    assert (c.speaker, c.cue) == ("the villagers", "were saying")
    assert c.content == "“Nobody is leaving,”"


@pytest.mark.parametrize(
    "text",
    [
        "He was saying goodbye to his sister when the roof fell.",
        "She is saying nothing.",
    ],
)
def test_a_progressive_form_with_no_reported_clause_is_no_claim(text):
    assert _claims(text) == []


def test_every_progressive_form_is_a_cue_of_its_verb():
    assert set(PROGRESSIVE("saying")) <= set(CUE_VERBS["say"])
    assert "has been warning" in CUE_VERBS["warn"]
    assert "are telling" in CUE_VERBS["tell"]


# --- a document shows: "court records show", "..., the ministry's website showed." -------------

@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("Court records show the driver had two earlier convictions.", "Court records", "show",
         "the driver had two earlier convictions"),
        ("Data released by the ministry show that exports fell by 4 percent.", "Data released by the ministry", "show",
         "exports fell by 4 percent"),
        ("The poll shows the mayor ahead by five points among likely voters.", "The poll", "shows",
         "the mayor ahead by five points among likely voters"),
        ("The toll stood at 61 by Thursday evening, the regional government's website showed.",
         "the regional government's website", "showed", "The toll stood at 61 by Thursday evening"),
    ],
)
def test_a_document_shows(text, speaker, cue, content):
    (c,) = _claims(text)
    assert (c.speaker, c.cue, c.content) == (speaker, cue, content)
    assert c.speaker_kind == "named"


@pytest.mark.parametrize(
    "text",
    [
        "He showed that the old proof was wrong.",
        "Aerial footage showed rescuers digging through the mud.",
        "Tests showed the water was safe to drink.",
        "The coach showed the players a video of the match.",
    ],
)
def test_a_person_or_a_picture_that_shows_is_no_source(text):
    assert _claims(text) == []


# --- a force or a state of affairs is no one's voice ---------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Aftershocks threatened to topple more walls.",
        "The storm threatened to cut power to the islands.",
        "The blaze threatened to jump the highway.",
        "The dispute threatens to derail the budget talks.",
    ],
)
def test_a_force_that_threatens_is_no_source(text):
    assert _claims(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The dockers' union threatened to strike next week.", "The dockers' union"),
        ("The fire brigade said two crews were hurt.", "The fire brigade"),
        ("The flood agency warned that rivers could burst their banks.", "The flood agency"),
    ],
)
def test_a_body_named_after_a_force_still_speaks(text, speaker):
    (c,) = _claims(text)
    assert c.speaker == speaker
