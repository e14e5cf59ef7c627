"""Everyday wire constructions found by probing copy of our own (fifth session).

Each test's sentences are written for it; the helpers come from test_attribution_news.
"""

from __future__ import annotations

import pytest

from test_attribution_news import claims_of, find, triples  # noqa: E402


# --- a figure after a qualifier is a noun-phrase object ("reported at least 12 dead") ------------

@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Local media reported at least 12 dead after the ferry capsized.", "Local media", "at least 12 dead after the ferry capsized"),
        ("The army did not comment, while local media reported more than forty injured.", "local media", "more than forty injured"),
        ("The agency reported about 300 new cases on Friday.", "The agency", "about 300 new cases on Friday"),
        ("Regional television reported up to 9 missing in the hills.", "Regional television", "up to 9 missing in the hills"),
    ],
)
def test_a_qualified_figure_is_a_reported_object(text, speaker, content):
    assert find(text, speaker, "reported").content == content


@pytest.mark.parametrize("text", [
    "He reported at the station at noon.",
    "The nurse reported about her shift to the board.",
])
def test_a_preposition_is_still_no_object(text):
    assert [c for c in claims_of(text) if c.rule == "claim.np_object"] == []


# --- "now", "still", "first" between the speaker and the cue ----------------------------------

@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("Investigators now say the crash was caused by a bird strike.", "Investigators", "say"),
        ("The ministry now says the toll is 54.", "The ministry", "says"),
        ("Police first said the man was unarmed.", "Police", "said"),
        ("Engineers still believe the dam will hold.", "Engineers", "believe"),
    ],
)
def test_an_adverb_between_speaker_and_cue_is_skipped(text, speaker, cue):
    assert find(text, speaker, cue)


def test_a_capitalised_adverb_ends_a_name():
    assert find("Valley News Now also reports that the school will reopen.", "Valley News Now", "reports")


# --- plural "believe": unnamed groups and the police, not a people or "we" ------------------------

@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        ("Police believe the gunman acted alone.", "Police", "named"),
        ("Local police believe the fire was set deliberately.", "Local police", "named"),
        ("Detectives believe the victim knew her attacker.", "Detectives", "anonymous"),
    ],
)
def test_police_and_detectives_believe(text, speaker, kind):
    assert find(text, speaker, "believe").speaker_kind == kind


@pytest.mark.parametrize("text", ["Americans believe the economy is weak.", "We believe the economy is weak."])
def test_a_people_believing_is_no_source(text):
    assert triples(text) == []


# --- a quantifier aside after a plural speaker ("Two engineers, both from the city, said") ---------

@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("Two engineers, both from the city, said the bridge had been inspected in March.", "Two engineers", "said"),
        ("Three witnesses, all of them shopkeepers, told police they saw a white van.", "Three witnesses", "told"),
        ("The nurses, most of them volunteers, said supplies had run out.", "The nurses", "said"),
        ("\u201cWe had no warning,\u201d two residents, both in their seventies, said.", "two residents", "said"),
    ],
)
def test_a_quantifier_aside_is_skipped(text, speaker, cue):
    assert find(text, speaker, cue).speaker_kind == "anonymous"


# --- an inverted plain common noun ("..., said a dockworker.") -----------------------------------

@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        ("The ship lost power an hour out of port, said a dockworker.", "a dockworker", "anonymous"),
        ("The ship lost power an hour out of port, said the harbour master.", "the harbour master", "named"),
        ("The ship lost power an hour out of port, said a local bartender.", "a local bartender", "anonymous"),
        ("The engine caught fire after takeoff, said a flight attendant who asked not to be named.",
         "a flight attendant who asked not to be named", "anonymous"),
        ("\u201cThe pumps failed first,\u201d said a mechanic.", "a mechanic", "anonymous"),
    ],
)
def test_an_inverted_plain_common_noun_speaks(text, speaker, kind):
    assert find(text, speaker, "said").speaker_kind == kind


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The coast guard, which rescued 40 people overnight, said the search would resume.", "The coast guard",
         "the search would resume"),
        ("The coast guard, which rescued 40 people overnight, said the water rose.", "The coast guard", "the water rose"),
        ("The coast guard, which rescued 40 people overnight, said the search continues.", "The coast guard",
         "the search continues"),
    ],
)
def test_a_clause_after_the_cue_is_no_inverted_speaker(text, speaker, content):
    assert find(text, speaker, "said").content == content


@pytest.mark.parametrize("text", [
    "The ship lost power, said dockworkers at the port.",
    "The ship lost power, said the harbour's night manager at the time.",
])
def test_a_clause_before_a_comma_and_the_cue_is_no_speaker(text):
    # the content is what comes before ", said"; it never speaks itself
    assert all(c.speaker != "The ship lost power" for c in claims_of(text))
