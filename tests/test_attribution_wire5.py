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
        ("The company officially announced the closure on Friday.", "The company", "announced"),
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


# --- a plain noun for a person after a clause and an aside ("..., a dockworker, 45, said") --------

@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The ship lost power an hour out of port, a dockworker, 45, said.", "a dockworker", "The ship lost power an hour out of port"),
        ("The pumps failed twice, the harbour master, 61, said on Monday.", "the harbour master", "The pumps failed twice"),
        ("The ship sank in minutes, a dockworker said.", "a dockworker", "The ship sank in minutes"),
    ],
)
def test_a_plain_person_noun_after_the_content_speaks(text, speaker, content):
    assert find(text, speaker, "said").content == content


def test_an_adjective_in_ed_opening_the_subject_is_kept():
    c = find("The injured man, who was taken to hospital, said he saw a flash.", "The injured man", "said")
    assert c.speaker_kind == "anonymous"


# --- an indefinite appositive describes the subject before it ("The senator, a Democrat, said") -----

@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The senator, a Democrat from Ohio, said the bill was a disgrace.", "The senator"),
        ("\u201cWe had no warning,\u201d the mayor, a former firefighter, said.", "the mayor"),
        ("The coast guard, a federal agency, said the search would resume.", "The coast guard"),
    ],
)
def test_an_indefinite_appositive_is_not_the_speaker(text, speaker):
    assert find(text, speaker, "said")


# --- "X called Y “W”" and "X dismissed / condemned / branded Y as W" --------------------------------

@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("The senator called the bill \u201ca disgrace.\u201d", "The senator", "called", "the bill \u201ca disgrace.\u201d"),
        ('Police called the scene "chaotic."', "Police", "called", 'the scene "chaotic."'),
        ('A government spokesman dismissed the claims as "baseless propaganda."', "A government spokesman", "dismissed",
         'the claims as "baseless propaganda."'),
        ("The ministry condemned the attack as cowardly.", "The ministry", "condemned", "the attack as cowardly"),
        ("The union branded the strike ban as illegal.", "The union", "branded", "the strike ban as illegal"),
        ("The minister described the talks as \u201cfrank.\u201d", "The minister", "described", "the talks as \u201cfrank.\u201d"),
    ],
)
def test_a_description_of_something_is_a_claim(text, speaker, cue, content):
    assert find(text, speaker, cue).content == content


@pytest.mark.parametrize("text", [
    "The mayor called a meeting for Friday.",
    "The ministry condemned the attack.",
    "The coach dismissed two players on Friday.",
])
def test_calling_or_condemning_without_a_description_is_no_claim(text):
    assert triples(text) == []


def test_a_description_ends_before_the_next_clause():
    text = ("The president condemned the bombing as a \u201ccowardly act\u201d in a televised address as he claimed "
            "that the attackers had fled abroad.")
    assert find(text, "The president", "condemned").content == "the bombing as a \u201ccowardly act\u201d in a televised address"
    assert find(text, "he", "claimed").content == "the attackers had fled abroad"


def test_a_day_with_a_possessive_is_the_object_not_an_adjunct():
    assert find("The mayor confirmed Monday's closure of the bridge.", "The mayor", "confirmed").content == \
        "Monday's closure of the bridge"


def test_a_participle_after_a_quoted_description_is_its_own_claim():
    text = 'The group condemned the raid as a "massacre," saying that dozens of civilians had been killed.'
    assert find(text, "The group", "saying").content == "dozens of civilians had been killed"


def test_a_quotation_closed_after_its_comma_then_adding_is_two_claims():
    text = ('The charity said the coast guard \u201cknew for hours that the ship was in distress,\u201d adding that '
            'officials \u201chad been told by several sources.\u201d')
    assert [(c.cue, c.content) for c in claims_of(text)] == [
        ("said", "the coast guard \u201cknew for hours that the ship was in distress,\u201d"),
        ("adding", "officials \u201chad been told by several sources.\u201d")]


def test_a_quoted_description_and_a_coordinated_cue_are_two_claims():
    text = 'Its spokeswoman, Dana Peretz, called the vote "a stunt" and insisted that the law would pass.'
    assert [(c.speaker, c.cue, c.content) for c in claims_of(text)] == [
        ("Dana Peretz", "called", 'the vote "a stunt"'), ("Dana Peretz", "insisted", "the law would pass")]


# --- a possessive inside a title before the name ("the striker's agent, Luis Mora, said") ----------

@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"This is not over," the striker\'s agent, Luis Mora, told the paper.', "the striker's agent, Luis Mora"),
        ("\u201cWe will appeal,\u201d the workers\u2019 lawyer, Ana Ruiz, said.", "the workers\u2019 lawyer, Ana Ruiz"),
    ],
)
def test_a_possessive_title_before_the_name_is_not_content(text, speaker):
    c = [c for c in claims_of(text) if c.speaker == speaker]
    assert c and not c[0].content.endswith(("agent", "lawyer")), triples(text)


# --- dotted acronyms ("the U.N.") are one word of a speaker's name ---------------------------------

@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("According to the U.N., more than 2 million people need food aid.", "the U.N.", "according to"),
        ("The U.N. said more than 2 million people need food aid.", "The U.N.", "said"),
        ("The U.S. Army said the convoy had been hit twice.", "The U.S. Army", "said"),
        ("The U.N. Security Council said the truce must hold.", "The U.N. Security Council", "said"),
        ("A U.S. official said the talks had stalled.", "A U.S. official", "said"),
        ("U.S. President Lena Hart said the talks had stalled.", "U.S. President Lena Hart", "said"),
    ],
)
def test_a_dotted_acronym_belongs_to_the_speaker(text, speaker, cue):
    assert find(text, speaker, cue)


@pytest.mark.parametrize("text, speaker", [
    ("Sanctions were imposed by the U.S. Officials said the talks had stalled.", "Officials"),
    ("Troops left the U.K. Police said the talks had stalled.", "Police"),
])
def test_a_dotted_acronym_can_end_a_sentence(text, speaker):
    assert find(text, speaker, "said")


# --- an absolute phrase or a "with" adjunct after the cue closes the sentence ---------------------

@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ('"We are doing everything we can," Gov. Maria Lopez told a news conference, her voice breaking.',
         "Gov. Maria Lopez", '"We are doing everything we can,"'),
        ("\u201cWe will rebuild,\u201d the mayor said, with tears in his eyes.", "the mayor", "\u201cWe will rebuild,\u201d"),
    ],
)
def test_an_absolute_phrase_after_the_cue_is_no_content(text, speaker, content):
    assert [(c.speaker, c.content) for c in claims_of(text)] == [(speaker, content)]


def test_content_resuming_after_the_cue_is_still_one_claim():
    text = "The figures, the ministry said, remain unchanged since Monday."
    assert find(text, "the ministry", "said").rule == "claim.mid"


# --- "according to" a plain common noun; qualified counts and documents opening a speaker --------

@pytest.mark.parametrize(
    "text, speaker",
    [
        ("According to the coast guard, the trawler was spotted late on Tuesday.", "the coast guard"),
        ("The trawler was spotted late on Tuesday, according to the harbour master.", "the harbour master"),
    ],
)
def test_according_to_a_plain_common_noun(text, speaker):
    assert find(text, speaker, "according to").speaker_kind == "named"


def test_according_to_a_plan_is_no_source():
    assert triples("According to the plan, the trawler would leave at noon.") == []


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("No figure was given, but at least two officials told dpa the number might be near 300.", "at least two officials", "told"),
        ("More than three witnesses said the bus was speeding.", "More than three witnesses", "said"),
        ("Reports from local media indicated that the trawler carried 600 people.", "Reports from local media", "indicated"),
        ("A report by the watchdog found that the regulator ignored warnings.", "A report by the watchdog", "found"),
        ("Witness accounts suggested that hundreds had crammed onto the deck.", "Witness accounts", "suggested"),
    ],
)
def test_a_qualified_count_or_a_document_opens_the_speaker(text, speaker, cue):
    assert find(text, speaker, cue)


def test_a_qualified_count_in_an_object_is_no_speaker():
    assert triples("The crash killed at least two officials said to be on board.") == []


# --- an age before a plain noun ("the 34-year-old forward told ...") --------------------------------

@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        ('"I have no regrets," the 34-year-old forward told a sports channel.', "the 34-year-old forward", "named"),
        ("\u201cIt was chaos,\u201d a 60-year-old nurse said.", "a 60-year-old nurse", "anonymous"),
    ],
)
def test_an_age_before_a_plain_noun_is_part_of_the_speaker(text, speaker, kind):
    c = [c for c in claims_of(text) if c.speaker == speaker]
    assert c and c[0].speaker_kind == kind, triples(text)


@pytest.mark.parametrize("text, speaker, content", [
    ("Officials initially put the death toll at seven before raising it to nine.", "Officials",
     "the death toll at seven before raising it to nine"),
    ("The coast guard put the number of missing at about forty.", "The coast guard", "the number of missing at about forty"),
])
def test_put_at_a_number_in_words(text, speaker, content):
    assert find(text, speaker, "put").content == content


# --- a place after the recipient, then "that" ("told reporters in Beirut that talks had stalled") ------

@pytest.mark.parametrize("text, speaker", [
    ("A senior official, Omar Saleh, told a news conference in Amman that talks had stalled.", "Omar Saleh"),
    ("Omar Saleh told reporters in Amman that talks had stalled.", "Omar Saleh"),
])
def test_a_place_after_the_recipient_then_that(text, speaker):
    assert find(text, speaker, "told").content == "talks had stalled"


@pytest.mark.parametrize("text, speaker", [
    ('"We\'re disappointed," a company spokesperson said.', "a company spokesperson"),
    ('"It hurts," he said.', "he"),
])
def test_a_two_word_quotation_in_straight_quotes_is_content(text, speaker):
    assert find(text, speaker, "said").content.startswith('"')


def test_formerly_twitter_closing_the_sentence_is_an_adjunct():
    c = find('"This is a crime," the mayor wrote on X, formerly Twitter.', "the mayor", "wrote")
    assert c.content == '"This is a crime,"'


# --- a participle with a bare clause opened by a pronoun ("..., saying it expects ...") -----------

@pytest.mark.parametrize("text, cue, content", [
    ("The agency revised the toll down by several thousand, saying it expects the figure to rise.", "saying",
     "it expects the figure to rise"),
    ("The relief office revised the toll down while stating they expect the figure to rise.", "stating",
     "they expect the figure to rise"),
    ("The minister resigned on Friday, saying he had no choice.", "saying", "he had no choice"),
])
def test_a_participle_with_a_pronoun_clause(text, cue, content):
    assert [(c.cue, c.content) for c in claims_of(text)] == [(cue, content)]


def test_a_participle_with_an_object_is_still_no_claim():
    assert triples("The players left the pitch, saying goodbye to the fans.") == []


# --- possessive determiners before a known source noun; an adverbial opener before a plain subject --------

@pytest.mark.parametrize("text, speaker, cue", [
    ("According to his publicist, the actor died peacefully at home.", "his publicist", "according to"),
    ("The actor died peacefully at home, said his publicist.", "his publicist", "said"),
    ("According to her lawyer, the singer will appeal the ruling.", "her lawyer", "according to"),
])
def test_a_possessive_before_a_source_noun(text, speaker, cue):
    assert find(text, speaker, cue).speaker_kind == "anonymous"


def test_a_possessive_before_any_other_noun_is_no_speaker():
    assert triples("His announcement confirmed our worst fears.") == []


def test_a_short_adverbial_before_a_plain_subject():
    assert find("In the study, the team reported that 60 percent of patients improved.", "the team", "reported")


def test_an_uninflected_past_verb_before_a_participle():
    assert find("The firm cut 200 jobs, warning it could not survive the winter.", "The firm", "warning")


# --- nobody, everybody and "what X said" open no source ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Nobody said a word as the coffins were carried out.",
    "No one said anything about the fire.",
    "Everyone said the bridge was safe.",
    "What the mayor said next surprised everyone.",
])
def test_nobody_everybody_and_a_what_clause_are_no_source(text):
    assert triples(text) == []
