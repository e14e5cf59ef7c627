"""Constructions found missing on real wire copy of diplomatic talks (set N): quotations in
straight single marks, a connective set off by commas between cue and "that", "at the
weekend", "U.S.-based" inside a source, and an outlet's own claim in a relative clause after
"according to". Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from test_attribution_news import claims_of, find, triples  # noqa: E402


# --- straight single quotation marks closing the content before the cue ---------------------

@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("'We are ready for the talks,' he said.", "he", "'We are ready for the talks,'"),
        ("'The harbour will reopen on Monday,' the mayor told reporters.", "the mayor", "'The harbour will reopen on Monday,'"),
    ],
)
def test_single_marked_quotation_before_the_speaker(text, speaker, content):
    c = [c for c in claims_of(text) if c.speaker == speaker]
    assert c and c[0].content == content, triples(text)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The union 'is ready for talks,' said the chairman.", "the chairman", "The union 'is ready for talks,'"),
        ("Union leader Ann Hill 'confirms that the offer was fair and that a reply is coming,' said a statement issued by the union.",
         "a statement issued by the union", "Union leader Ann Hill 'confirms that the offer was fair and that a reply is coming,'"),
    ],
)
def test_single_marked_quotation_before_an_inverted_cue(text, speaker, content):
    assert find(text, speaker, "said").content == content


def test_a_plural_possessive_is_no_closing_mark():
    assert triples("The Smiths' said goodbye to the crowd.") == []


# --- "warned, however, that": a connective set off by commas ----------------------------------

@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("The ministry warned, however, that the bridge was unsafe.", "The ministry", "warned", "the bridge was unsafe"),
        ('It cautioned, however, that "the repairs will take months."', "It", "cautioned", '"the repairs will take months."'),
    ],
)
def test_however_between_cue_and_that(text, speaker, cue, content):
    assert find(text, speaker, cue).content == content


# --- "reported at the weekend, citing X, that" -----------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The paper reported at the weekend, citing two officials, that the vote was delayed.",
        "The paper reported over the weekend that the vote was delayed.",
    ],
)
def test_weekend_adjunct_before_that(text):
    assert find(text, "The paper", "reported").content == "the vote was delayed"


# --- "the U.S.-based X network": one source phrase ---------------------------------------------

def test_dotted_acronym_compound_stays_in_the_source():
    text = "The mayor resigned, according to the U.S.-based CBS network."
    assert find(text, "the U.S.-based CBS network", "according to").content == "The mayor resigned"


def test_dotted_acronym_compound_opens_a_subject():
    assert find("The U.S.-led coalition said the strike killed two fighters.", "The U.S.-led coalition", "said")


# --- "X said C, according to OUTLET, which also reported that D" -------------------------------

@pytest.mark.parametrize(
    "text, outlet",
    [
        ("The board said that the mayor had resigned, according to the newspaper, which also reported that a vote was due on Monday.",
         "the newspaper"),
        ("A source close to the board said that the mayor had resigned, according to the U.S.-based CBS network, "
         "who also reported that a vote was due on Monday.", "the U.S.-based CBS network"),
    ],
)
def test_outlet_relative_clause_is_its_own_claim(text, outlet):
    assert find(text, outlet, "according to").content == "the mayor had resigned"
    assert find(text, outlet, "reported").content == "a vote was due on Monday"


def test_according_to_then_relative_clause_keeps_content_before():
    text = "The union will strike, according to sources, which said that the talks had failed."
    assert find(text, "sources", "according to").content == "The union will strike"


# --- a paragraph closed by a straight single mark after its full stop is prose, not a headline --

def test_paragraph_ending_in_single_mark_is_prose():
    text = ("Speaking in Rome on Monday, Anna Berg said the envoys had made 'good progress.'\n\n"
            "In the latest round, the envoys met officials in Paris on Sunday.")
    assert find(text, "Anna Berg", "said").content == "the envoys had made 'good progress.'"


# --- "a later report by public broadcaster X": an adjective before an outlet noun ----------------

def test_public_broadcaster_after_by():
    text = "Early reports said that the ferry sank near the port, but a later report by public broadcaster NHK said it ran aground."
    assert find(text, "Early reports", "said").content == "the ferry sank near the port"
    assert find(text, "a later report by public broadcaster NHK", "said").content == "it ran aground"


# --- "the paper cited officials who said C": the relayed sources speak ----------------------------

@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The broadcaster cited senior officials who said the talks had stalled.", "senior officials", "the talks had stalled"),
        ("The paper quoted two diplomats who said the envoy would leave on Monday.", "two diplomats", "the envoy would leave on Monday"),
    ],
)
def test_relayed_sources_speak_through_who(text, speaker, content):
    assert find(text, speaker, "said").content == content


@pytest.mark.parametrize("text", ["The report cited residents who fled.", "The man who said hello left early."])
def test_who_without_a_relaying_verb_stays_silent(text):
    assert triples(text) == []


# --- "C, he said, and \u201cD.\u201d": D is the same speaker's quotation -------------------------

@pytest.mark.parametrize(
    "text, first",
    [
        ("The pipe will be replaced by spring, he said, and \u201cwe expect no more leaks at all.\u201d",
         "The pipe will be replaced by spring"),
        ("\u201cThe pipe will be replaced by spring,\u201d he said, and \u201cwe expect no more leaks at all.\u201d",
         "\u201cThe pipe will be replaced by spring,\u201d"),
    ],
)
def test_quotation_after_said_and(text, first):
    got = [(c.speaker, c.content) for c in claims_of(text)]
    assert ("he", first) in got
    assert ("he", "\u201cwe expect no more leaks at all.\u201d") in got


# --- "said 'gaps' remain": a scare quote opening a bare clause --------------------------------------

def test_scare_quote_opens_a_bare_clause():
    text = "The ministry said 'serious gaps' remain after the budget meeting."
    assert find(text, "The ministry", "said").content == "'serious gaps' remain after the budget meeting"


def test_scare_quoted_greeting_is_no_content():
    assert triples("The ministry said 'hello' to the crowd.") == []


# --- headline "SOURCE: C" when the source is an office, a body or a title ---------------------------

def _headline(line: str):
    body = "\n\nThe talks went on for hours on Monday in the capital and ended late."
    return [(c.speaker, c.content) for c in claims_of(line + body)]


@pytest.mark.parametrize(
    "line, speaker, content",
    [
        ("Mayor's office: budget talks 'productive,' no deal yet", "Mayor's office", "budget talks 'productive,' no deal yet"),
        ("Qatari PM: both sides agree to a truce deal", "Qatari PM", "both sides agree to a truce deal"),
    ],
)
def test_colon_headline_with_an_office_or_title(line, speaker, content):
    assert (speaker, content) in _headline(line)


@pytest.mark.parametrize("line", ["Live: storm hits the coast overnight", "Rome: three hurt in tram crash",
                                  "Anna Berg: budget talks productive, no deal yet",
                                  "Army warns cabinet: without a deal the front will heat up"])
def test_colon_headline_without_an_office_gives_nothing(line):
    assert not [sp for sp, _ in _headline(line) if line.startswith(sp + ":")]


# --- "C, the foreign ministry spokesman, NAME, said": the title segment belongs to the speaker ----

@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The truce will be extended by two days, the foreign ministry spokesman, Majed Ansari, said.",
         "the foreign ministry spokesman, Majed Ansari"),
        ("The truce will be extended by two days, the ministry's spokesman, Majed Ansari, said on Monday.",
         "the ministry's spokesman, Majed Ansari"),
    ],
)
def test_title_segment_before_the_name(text, speaker):
    assert find(text, speaker, "said").content == "The truce will be extended by two days"


def test_name_then_title_segment_unchanged():
    text = "The truce will be extended by two days, Majed Ansari, a spokesman, said."
    assert find(text, "Majed Ansari", "said").content == "The truce will be extended by two days"


# --- the cited source after a day ("reported Thursday, citing Y, that") and fronted ("Citing Y, X said")

@pytest.mark.parametrize(
    "text, source, content",
    [
        ("Channel 9 reported Thursday, citing unnamed officials, that the cabinet would vote.", "unnamed officials",
         "the cabinet would vote"),
        ("The paper reported at the weekend, citing two officials, that the vote was delayed.", "two officials",
         "the vote was delayed"),
        ("Citing a senior source, the state-run channel said the talks would resume on Sunday.", "a senior source",
         "the talks would resume on Sunday"),
        ("Quoting two officials, the newspaper reported that the vote was delayed.", "two officials", "the vote was delayed"),
    ],
)
def test_cited_source_is_its_own_claim(text, source, content):
    got = [(c.speaker, c.content) for c in claims_of(text) if c.cue in ("citing", "quoting")]
    assert got == [(source, content)], triples(text)


def test_fronted_citing_of_a_reason_is_no_source():
    text = "Citing poor weather, the airline said flights were cancelled."
    assert [c.speaker for c in claims_of(text)] == ["the airline"]


# --- "told the country's Channel 9 that": a possessive recipient ---------------------------------

@pytest.mark.parametrize(
    "text, content",
    [
        ("A senior official told the country's Channel 9 that the list had been received.", "the list had been received"),
        ("A senior official told the country's public broadcaster that the list had been received.", "the list had been received"),
        ("The list had been received, a senior official told the country's Channel 9.", "The list had been received"),
    ],
)
def test_possessive_outlet_recipient(text, content):
    assert [c.content for c in claims_of(text)] == [content]


def test_told_the_country_still_a_recipient():
    assert find("The mayor told the country that the budget was balanced.", "The mayor", "told").content == "the budget was balanced"


# --- "'A,' he said. 'B.'": a sentence in straight single marks resumes the quotation -------------

@pytest.mark.parametrize(
    "text, speaker, second",
    [
        ("'We are ready for the talks,' he told reporters. 'The talks will go on until Friday.'", "he",
         "'The talks will go on until Friday.'"),
        ("'The talks will go on,' said Ana Lin, the spokeswoman. 'We expect a reply on Friday.'", "Ana Lin",
         "'We expect a reply on Friday.'"),
        ("'We are ready,' the envoy said.\n\n'The reply will come on Friday.'", "the envoy", "'The reply will come on Friday.'"),
    ],
)
def test_single_marked_quotation_resumed(text, speaker, second):
    got = [(c.speaker, c.content, c.rule) for c in claims_of(text)]
    assert (speaker, second, "claim.continued_quote") in got, got


def test_single_marked_sentence_with_a_plural_possessive_not_taken():
    text = "'The talks will go on until Friday,' the spokesman said. 'The families' hopes are high.'"
    assert len(claims_of(text)) == 1


# --- "which X said was C,": the relative clause ends at its comma ----------------------------------

@pytest.mark.parametrize(
    "text, content",
    [
        ("The deal, which a source said was close, would free 50 captives.", "was close"),
        ("The deal, which a source said had been agreed on Monday, would free 50 captives.", "had been agreed on Monday"),
    ],
)
def test_which_speaker_said_clause_ends_at_comma(text, content):
    assert find(text, "a source", "said").content == content


# --- "C \u2014 a claim the group denied": the comment is not the content -----------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the convoy had crossed \u2014 a claim the group denied.",
        "The ministry said the convoy had crossed - an account disputed by witnesses.",
    ],
)
def test_dash_comment_on_the_claim_left_out(text):
    assert find(text, "The ministry", "said").content == "the convoy had crossed"


def test_claim_as_a_plain_noun_stays_in_the_content():
    text = "The ministry said the convoy carried a claim form for each family."
    assert find(text, "The ministry", "said").content == "the convoy carried a claim form for each family"


# --- "made it clear that C": an assertion of the subject -------------------------------------------

@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("The spokesman made it clear that no captives would be freed without a deal.", "The spokesman", "made it clear",
         "no captives would be freed without a deal"),
        ("The envoy made clear that the offer would not be improved.", "The envoy", "made clear", "the offer would not be improved"),
    ],
)
def test_made_it_clear_that(text, speaker, cue, content):
    assert find(text, speaker, cue).content == content


@pytest.mark.parametrize("text", ["The minister made clear his opposition to the plan.", "The ruling made it clear who was in charge."])
def test_made_clear_without_that_gives_nothing(text):
    assert triples(text) == []
