"""Named or anonymous: a source noun inside a name or before a body is not an unnamed source.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claimtrack.doc import build_doc
from claimtrack.extract.attribution import extract_claims
from claimtrack.text import parse_article


def kind_of(text: str, speaker: str) -> str:
    claims = extract_claims(build_doc(parse_article("t", "Headline of the test page\n\n" + text)))
    found = [c.speaker_kind for c in claims if c.speaker == speaker]
    assert found, [(c.speaker, c.speaker_kind) for c in claims]
    return found[0]


@pytest.mark.parametrize("text, speaker", [
    ("The militant group Harbat said in a statement that its fighters had left the port.", "The militant group Harbat"),
    ("The rebel movement Tawaki said it would join the talks next week.", "The rebel movement Tawaki"),
    ("The protest group Clean Rivers Now said the spill had reached the estuary.", "The protest group Clean Rivers Now"),
])
def test_a_descriptor_before_a_proper_name_is_named(text, speaker):
    assert kind_of(text, speaker) == "named"


@pytest.mark.parametrize("text, speaker", [
    ("The Revolutionary Guards said two drones had been shot down over the border.", "The Revolutionary Guards"),
    ("The Coast Guard said the ferry had been carrying 212 passengers.", "The Coast Guard"),
])
def test_a_source_noun_closing_a_capitalised_name_is_named(text, speaker):
    assert kind_of(text, speaker) == "named"


@pytest.mark.parametrize("text, speaker", [
    ("The ministry's media office said 14 people were hurt in the blast.", "The ministry's media office"),
    ("The police media office said the road would reopen on Friday.", "The police media office"),
])
def test_a_source_noun_before_a_body_is_named(text, speaker):
    assert kind_of(text, speaker) == "named"


@pytest.mark.parametrize("text, speaker", [
    ("Security officials said the convoy had been stopped twice.", "Security officials"),
    ("A media office official said the figures were provisional.", "A media office official"),
    ("Provincial Health officials said the clinic had run out of insulin.", "Provincial Health officials"),
    ("The officials said the count would be revised on Monday.", "The officials"),
])
def test_unnamed_sources_stay_anonymous(text, speaker):
    assert kind_of(text, speaker) == "anonymous"
