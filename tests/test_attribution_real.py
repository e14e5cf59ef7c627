"""Constructions of real published news (issue 11), each with sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtrack.doc import build_doc
from claimtrack.extract.attribution import extract_claims
from claimtrack.text import parse_article


def claims_of(text: str):
    return extract_claims(build_doc(parse_article("t", text)))


ACCORDING_TO_PRONOUN = [
    # (text, resolved name, content start)
    ("The harbour chief Ines Moreau inspected the pier on Monday. According to her, the storm wall held.",
     "Ines Moreau", "the storm wall held"),
    ("Two farmers from the valley spoke to the paper. According to them, the water arrived within minutes.",
     "", "the water arrived"),
    ("The engineer Paul Osei toured the site. The cracks are old, according to him.",
     "Paul Osei", "The cracks are old"),
]


@pytest.mark.parametrize("text, name, start", ACCORDING_TO_PRONOUN)
def test_according_to_object_pronoun(text, name, start):
    found = [c for c in claims_of(text) if c.cue == "according to"]
    assert len(found) == 1, [(c.speaker, c.cue, c.content) for c in claims_of(text)]
    c = found[0]
    assert c.speaker in ("him", "her", "them")
    assert c.content.startswith(start)
    if name:
        assert c.speaker_name == name
