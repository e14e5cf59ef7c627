"""Attribution constructions found missing or wrong on a real set of US wire and web copy (set J),
and probed beyond it on sentences of courts, business, sport, science and politics.

Every sentence here is written for these tests; each construction has varied examples and,
where the fix could over-reach, a sentence that must stay as it was.
"""

from __future__ import annotations

import pytest

from test_attribution_news import claims_of, find, triples  # noqa: F401


# --- a generational suffix with its full stop closes a name ("Roland Butler Jr. said") -------------

@pytest.mark.parametrize("text, speaker, content", [
    ("Harold Finch Jr. said the hearing would resume on Monday.", "Harold Finch Jr.",
     "the hearing would resume on Monday"),
    ("On Friday, Dana P. Whitfield Jr., the county prosecutor, said that no charges would be filed.",
     "Dana P. Whitfield Jr.", "no charges would be filed"),
    ("The merger will close in June, said Carl Ostrander Sr., the company's founder.", "Carl Ostrander Sr.",
     "The merger will close in June"),
    ("The vaccine trial was stopped early, Albert Mensah Jr. told reporters.", "Albert Mensah Jr.",
     "The vaccine trial was stopped early"),
])
def test_a_name_suffix_with_its_full_stop_ends_the_speaker(text, speaker, content):
    c = [c for c in claims_of(text) if c.speaker == speaker]
    assert c and c[0].content.startswith(content), triples(text)


def test_a_suffix_that_ends_the_sentence_is_no_speaker_of_the_next():
    text = "The award went to Harold Finch Jr. The committee said the vote was unanimous."
    assert [(c.speaker, c.content) for c in claims_of(text)] == [("The committee", "the vote was unanimous")]
