"""Constructions found missing on a fresh set of real articles (a terror attack, its court
hearings and a diplomatic dispute): sources relayed by news agencies, participles after a
content-first attribution, relative "which he said", quotations ending in a question.

Every sentence here is written for these tests; where a fix could over-reach, a sentence
that must stay as it was sits beside the ones it fixes.
"""

from __future__ import annotations

import pytest

from test_attribution_news import claims_of, find, triples  # noqa: E402  (one article builder for all files)


# --- "C, X said on Friday according to the agency Y": Y relays X's clause -----------------------

@pytest.mark.parametrize(
    "text, speaker, outlet, content",
    [
        ("Nine people were hurt in the blast, police said on Friday according to the regional broadcaster NTV.",
         "police", "the regional broadcaster NTV", "Nine people were hurt in the blast"),
        ("The pipeline will reopen next week, the ministry said according to the news agency Interfax.",
         "the ministry", "the news agency Interfax", "The pipeline will reopen next week"),
        ("Two ferries ran aground overnight, coastguard officials said late Sunday according to Reuters.",
         "coastguard officials", "Reuters", "Two ferries ran aground overnight"),
    ],
)
def test_trailing_outlet_after_a_content_first_cue(text, speaker, outlet, content):
    assert find(text, speaker, "said").content == content
    assert find(text, outlet, "according to").content == content


def test_according_to_that_opens_a_clause_stays_bare_content():
    # a clause follows the "according to" phrase: it is the content of "said", not an outlet
    c = find("The mayor said according to the rules the vote was valid.", "The mayor", "said")
    assert c.content.startswith("according to the rules")


def test_a_channel_that_is_no_outlet_still_gives_way_to_the_speaker():
    got = triples("\u201cWe are ready,\u201d the general told soldiers, according to a statement from his office.")
    assert [s for s, _, _ in got] == ["the general"]
