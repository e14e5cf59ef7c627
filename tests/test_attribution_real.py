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


COORDINATED = [
    # (text, [(speaker, cue, content start)])
    ("\u201cThe levee will hold for now,\u201d Okafor said and stressed that crews were watching it all night.",
     [("Okafor", "said", "\u201cThe levee will hold"), ("Okafor", "stressed", "crews were watching")]),
    ("The port authority gave no figures but the harbour master Lena Brandt toured the docks and said that "
     "twelve cranes were damaged.",
     [("Lena Brandt", "said", "twelve cranes were damaged")]),
    ("Water board officials didn't explain the delay but said the pumps would restart on Friday.",
     [("Water board officials", "said", "the pumps would restart")]),
    ("The airline said the crew had followed every procedure but added that an inquiry was under way.",
     [("The airline", "said", "the crew had followed"), ("The airline", "added", "an inquiry was under way")]),
]


@pytest.mark.parametrize("text, expected", COORDINATED)
def test_coordinated_second_verbs(text, expected):
    got = [(c.speaker, c.cue, c.content) for c in claims_of(text)]
    assert len(got) == len(expected), got
    for (sp, cue, content), (esp, ecue, estart) in zip(got, expected):
        assert esp in sp and cue == ecue and content.startswith(estart), got


def test_said_citing_is_not_content():
    text = "The toll rose to 40 overnight, the regional radio said citing a statement from the coroner."
    (c,) = claims_of(text)
    assert c.content == "The toll rose to 40 overnight"
