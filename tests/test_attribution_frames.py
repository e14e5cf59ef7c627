"""Reporting-verb frames read from the lexicon (claimtrack/lexicon/reporting.py).

Each frame is one registered handler; each verb lists the frames it takes.
The sentences are written for these tests. Every example gives the speaker,
the cue, where the content starts and the rule id the claim must carry.
"""

from __future__ import annotations

import pytest

from claimtrack import rules
from claimtrack.doc import build_doc
from claimtrack.extract import attribution as A
from claimtrack.lexicon import reporting as R
from claimtrack.text import parse_article


def claims_of(text: str):
    return A.extract_claims(build_doc(parse_article("t", text)))


def find(text: str, speaker: str, cue: str):
    found = [c for c in claims_of(text) if speaker in c.speaker and c.cue == cue]
    assert found, [(c.speaker, c.cue, c.content, c.rule) for c in claims_of(text)]
    return found[0]


FRAME_CASES = [
    # (sentence, speaker, cue, content start, rule)
    ("The coroner confirmed the deaths of two hikers on the ridge.", "The coroner", "confirmed",
     "the deaths of two hikers", "claim.np_object"),
    ("The governor announced a curfew for the three coastal towns.", "The governor", "announced",
     "a curfew for", "claim.np_object"),
    ("The water company denied the allegation in a short note.", "The water company", "denied",
     "the allegation", "claim.np_object"),
    ("The local newspaper reported the collapse of a medieval bridge.", "The local newspaper", "reported",
     "the collapse of", "claim.np_object"),
    ("The rebel command claims to have shot down two surveillance drones.", "The rebel command", "claims",
     "to have shot down", "claim.infinitive"),
    ("The regional agency put the toll at 93 by late evening.", "The regional agency", "put",
     "the toll at 93", "claim.put_at"),
    ("The foreign minister described the talks as frank and useful.", "The foreign minister", "described",
     "the talks as frank", "claim.describe_as"),
    ("The mayor called on residents to stay indoors until the smoke clears.", "The mayor", "called on",
     "residents to stay indoors", "claim.call_on"),
    ("The teachers' union urged parents to keep children at home on Friday.", "The teachers' union", "urged",
     "parents to keep children", "claim.call_on"),
    ("The opposition accused the finance minister of hiding the deficit.", "The opposition", "accused",
     "of hiding the deficit", "claim.of_complement"),
    ("Ruritania and Freedonia accused each other of diverting the river.", "Ruritania and Freedonia", "accused",
     "of diverting the river", "claim.of_complement"),
]


@pytest.mark.parametrize("text, speaker, cue, start, rule", FRAME_CASES)
def test_frames(text, speaker, cue, start, rule):
    c = find(text, speaker, cue)
    assert c.content.startswith(start), c.content
    assert c.rule == rule
    assert text[c.start : c.end] == c.content


def test_accused_is_one_lexicon_entry():
    """"X accused Y of Z": the verb lists the "of" frame; content is "of Z"."""
    assert R.REPORTING_VERBS["accuse"] == {"forms": ("accused", "accuses"), "frames": ("of",)}
    c = find("The airline accused the airport operator of ignoring repeated warnings.", "The airline", "accused")
    assert c.content == "of ignoring repeated warnings"
    assert c.rule == "claim.of_complement"


def test_object_frames_need_an_object():
    # a pronoun, a bare adverb or a preposition is no reported content
    assert not [c for c in claims_of("The ministry denied it on Tuesday.") if c.cue == "denied"]
    assert not [c for c in claims_of("The council announced on Monday.") if c.cue == "announced"]
    # "put" reports only with a number after "at"
    assert not claims_of("The agency put the files at the back of the archive.")
    # "blamed" takes no clause content before it ("..., X blamed." is not a frame)
    assert not [c for c in claims_of("The roof fell in, the builders blamed.") if c.cue == "blamed"]


def test_coordinated_second_verb_gets_its_own_claim():
    text = "The harbour master denied the report and added that the ferry would sail on Sunday."
    found = claims_of(text)
    assert [(c.cue, c.content) for c in found] == [
        ("denied", "the report"),
        ("added", "the ferry would sail on Sunday"),
    ]
    assert all(c.speaker == "The harbour master" for c in found)


def test_every_frame_has_a_handler_and_every_entry_known_frames():
    handled = set(A.FRAME_HANDLERS) | set(R.SPEECH) | {"bare", "recipient", "as_saying", "object_that"}
    assert handled == set(R.FRAMES)
    for lemma, entry in R.REPORTING_VERBS.items():
        assert entry["forms"], lemma
        assert set(entry["frames"]) <= R.FRAMES, lemma


def test_every_claim_names_a_registered_rule():
    text = (
        "The mayor said on Monday that the bridge was safe. \u201cWe checked it twice,\u201d she said. "
        "According to the Fire Department, nine homes burned. It was reported that the pass had closed. "
        "The paper quoted a driver as saying the road was blocked for hours."
    )
    found = claims_of(text)
    assert len(found) >= 5
    for c in found:
        assert c.rule in rules.REGISTRY and rules.REGISTRY[c.rule].stage == "claim", c


def test_participle_after_an_object_frame_is_a_claim_of_its_own():
    text = "The minister called on the world to act, warning that the region could explode."
    assert [(c.cue, c.content, c.rule) for c in claims_of(text)] == [
        ("called on", "the world to act", "claim.call_on"),
        ("warning", "the region could explode", "claim.adding"),
    ]


def test_participle_after_a_speech_frame_continues_the_claim():
    # the seeds' convention: "X said A, noting that B" is one claim (", adding that B" is a claim of its own)
    text = "The ferry operator said the crossing was closed, noting that it could reopen on Friday."
    (c,) = claims_of(text)
    assert c.content.endswith("it could reopen on Friday")
