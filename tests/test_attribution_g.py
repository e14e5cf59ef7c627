"""Constructions of wire copy found missing on a new set of real articles (a hurricane story):
dotted acronyms inside a body's name, a plain body noun as the subject of a clause joined by "and",
a short name in brackets before "of", more participles that continue a speaker, ...

Every sentence here is written for these tests (varied stories, never copied from an article); where a
fix could over-reach, a sentence that must stay as it was sits next to it.
"""

from __future__ import annotations

import pytest

from test_attribution_news import claims_of, find, triples  # noqa: E402  (one article builder for all files)


def speakers(text: str) -> list[str]:
    return [c.speaker for c in claims_of(text)]


# --- a dotted acronym inside a body's name: "the U.S. Coast Guard said" ---------------------------

@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The tanker ran aground off Key West, the U.S. Coast Guard said on Friday.", "the U.S. Coast Guard",
         "The tanker ran aground off Key West"),
        ("The U.S. Navy said the drone was shot down over the Red Sea.", "The U.S. Navy",
         "the drone was shot down over the Red Sea"),
        ("Two aid workers were freed overnight, the U.K. Foreign Office said.", "the U.K. Foreign Office",
         "Two aid workers were freed overnight"),
        ("The storm will weaken over land, the U.S. National Weather Service said in its latest update.",
         "the U.S. National Weather Service", "The storm will weaken over land"),
    ],
)
def test_dotted_acronym_inside_a_name(text, speaker, content):
    c = find(text, speaker, "said")
    assert c.content.startswith(content) and c.speaker_kind == "named"


def test_dotted_acronym_before_a_source_noun_still_ends_the_place():
    # "in the U.S. Officials said": the officials are not part of a name
    text = "The fire spread to three farms in the U.S. Officials said it was contained by Sunday."
    assert "Officials" in speakers(text)
    assert not any("U.S" in s for s in speakers(text))


# --- "CLAUSE and the <plain body> said": the subject of a new clause --------------------------------

@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Crews were clearing fallen trees and the water utility said supply would resume on Monday.",
         "the water utility", "supply would resume on Monday"),
        ("The plant closed last year and the local council warned that hundreds of jobs would go.",
         "the local council", "hundreds of jobs would go"),
        ("Soldiers handed out food in the town and the national guard said it was helping with rescues.",
         "the national guard", "it was helping with rescues"),
    ],
)
def test_plain_body_after_and_joining_clauses(text, speaker, content):
    c = find(text, speaker, text.split(speaker + " ", 1)[1].split()[0])
    assert c.content.startswith(content) and c.speaker_kind == "named"


def test_two_subjects_of_one_verb_are_not_split():
    # no verb before "and": "the mayor and the water utility" are one subject, not a clause and a subject
    text = "The mayor and the water utility said supply would resume on Monday."
    assert "the water utility" not in speakers(text)


# --- a short name in brackets inside a body's name, before "of" ------------------------------------

@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The National Water Commission (Conagua) of Mexico warned that rivers could burst their banks.",
         "The National Water Commission (Conagua) of Mexico"),
        ("The Federal Aviation Administration (FAA) of the United States said the jet was grounded.",
         "The Federal Aviation Administration (FAA) of the United States"),
        ("The jet was grounded for checks, the Civil Aviation Authority (CAA) of Nepal said.",
         "the Civil Aviation Authority (CAA) of Nepal"),
        ("Output fell in March, the national oil company (Pemex) said.", "the national oil company (Pemex)"),
    ],
)
def test_bracketed_short_name_in_a_body(text, speaker):
    c = [c for c in claims_of(text) if c.speaker == speaker]
    assert c and c[0].speaker_kind == "named", triples(text)


# --- more participles continuing a speaker: "detailing that", "specifying that" -------------------

@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("\u201cThe damage is worse than we feared,\u201d the mayor said, detailing that three bridges had collapsed.",
         "the mayor", "detailing", "three bridges had collapsed"),
        ("\u201cWe will rebuild,\u201d said Ortiz, detailing that the first homes would be finished by spring.",
         "Ortiz", "detailing", "the first homes would be finished by spring"),
        ("The court fined the company, specifying that the money would go to the victims\u2019 families.",
         "The court", "specifying", "the money would go to the victims\u2019 families"),
        ("The minister defended the budget, clarifying that no hospital would close.",
         "The minister", "clarifying", "no hospital would close"),
    ],
)
def test_more_speech_participles(text, speaker, cue, content):
    c = find(text, speaker, cue)
    assert c.content.startswith(content)


# --- "..., X said as <clause>": a time clause after the cue is no content --------------------------

@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("At least 30 people died when the levee broke, most of them in the old town, officials said as the "
         "water kept rising and families searched for relatives.", "officials",
         "At least 30 people died when the levee broke"),
        ("Two more bodies were found on the beach, police said as rescuers widened the search along the coast "
         "for a third day.", "police", "Two more bodies were found on the beach"),
        ("The ferry capsized near the harbour, the coast guard said as Navy divers searched the wreck for a "
         "fourth day.", "the coast guard", "The ferry capsized near the harbour"),
        ("Prices will rise again in May, the central bank said as the Treasury prepared its spring budget statement.",
         "the central bank", "Prices will rise again in May"),
    ],
)
def test_time_clause_after_the_cue(text, speaker, content):
    c = find(text, speaker, "said")
    assert c.content.startswith(content)
    assert "as " not in c.content[:4]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Officials said as many as 40 people were still missing.", "Officials", "as many as 40 people"),
        ("Analysts said as much as $2 billion had left the bank in a single day.", "Analysts", "as much as $2 billion"),
        ("The union said as few as 12 drivers had turned up for work.", "The union", "as few as 12 drivers"),
    ],
)
def test_as_many_as_opens_a_bare_clause(text, speaker, content):
    assert find(text, speaker, "said").content.startswith(content)


# --- a participle after the recipient or an adjunct is no content --------------------------------

@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("\u201cIt felt like the roof would fly off,\u201d resident Carla Ruiz told a local newspaper in an interview "
         "recounting the night of the storm.", "resident Carla Ruiz", "It felt like the roof would fly off"),
        ("\u201cWe lost everything,\u201d the farmer told a radio station describing the night the river rose.",
         "the farmer", "We lost everything"),
    ],
)
def test_participle_after_recipient(text, speaker, content):
    c = find(text, speaker, "told")
    assert content in c.content and "recounting" not in c.content and "describing" not in c.content


def test_gerund_subject_right_after_the_cue_stays_content():
    text = "The premier said supporting the families of the victims was the first priority."
    assert find(text, "The premier", "said").content.startswith("supporting the families")
