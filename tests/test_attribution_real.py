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
    radio, coroner = claims_of(text)
    assert (radio.speaker, radio.content) == ("the regional radio", "The toll rose to 40 overnight")
    # the coroner ends the sentence: its full stop is no abbreviation point, so the cited source is read
    assert (coroner.speaker, coroner.cue, coroner.content) == ("the coroner", "citing", "The toll rose to 40 overnight")


SPEAKER_KINDS = [
    # (text, speaker, kind): unnamed people and generic bodies are anonymous
    ("Authorities said the bridge would stay closed until the inspection ends.", "Authorities", "anonymous"),
    ("Health authorities said four patients were moved to the regional clinic.", "Health authorities", "anonymous"),
    ("The provincial authorities said the evacuation order was lifted at noon.",
     "The provincial authorities", "anonymous"),
    ("A railway spokesperson said the line would reopen by the weekend.", "A railway spokesperson", "anonymous"),
    ("One official said the count was still incomplete.", "One official", "anonymous"),
    ("Some experts said the dam had been weakened for years.", "Some experts", "anonymous"),
    ("The railway spokesperson said the line would reopen by the weekend.", "The railway spokesperson", "named"),
    ("The coroner said three of the victims were children.", "The coroner", "named"),
]


@pytest.mark.parametrize("text, speaker, kind", SPEAKER_KINDS)
def test_speaker_kinds(text, speaker, kind):
    (c,) = claims_of(text)
    assert c.speaker == speaker and c.speaker_kind == kind


BETWEEN_SPEAKER_AND_CUE = [
    # (text, speaker, cue, content start): adverbs and time words between speaker and cue, adjuncts after it
    ("A county spokesperson Thursday estimated that 300 homes were lost.", "A county spokesperson", "estimated",
     "300 homes were lost"),
    ("A retired engineer last year confirmed to a local newspaper that the spillway was cracked.",
     "A retired engineer", "confirmed", "the spillway was cracked"),
    ("Rescue officials initially said 40 people were hurt.", "Rescue officials", "said", "40 people were hurt"),
    ("The regional governor said on his Telegram channel the water had started to recede.", "The regional governor",
     "said", "the water had started"),
    ("The fire chief told a briefing at the scene nine people were still missing.", "The fire chief", "told",
     "nine people were still missing"),
    ("The panel of engineers said in preliminary findings on Friday the gate had failed first.",
     "The panel of engineers", "said", "the gate had failed"),
]


@pytest.mark.parametrize("text, speaker, cue, start", BETWEEN_SPEAKER_AND_CUE)
def test_between_speaker_and_cue(text, speaker, cue, start):
    (c,) = claims_of(text)
    assert (c.speaker, c.cue) == (speaker, cue) and c.content.startswith(start), c


APPOSITIVES = [
    ("Maria Ortiz, a local councillor and former mayor, says the shelters are full.", "Maria Ortiz",
     "the shelters are full"),
    ("Tomas Berg, newly appointed acting head of the regional water board, has declared that the reservoir is safe.",
     "Tomas Berg", "the reservoir is safe"),
]


@pytest.mark.parametrize("text, speaker, start", APPOSITIVES)
def test_titled_appositive_is_skipped(text, speaker, start):
    (c,) = claims_of(text)
    assert c.speaker == speaker and c.content.startswith(start), c


def test_quoted_as_saying_after_the_content():
    text = "Two bridges were closed before dawn, the national agency quoted the transport ministry as saying."
    outer, c = sorted(claims_of(text), key=lambda x: x.rule == "claim.as_saying")
    assert c.speaker == "the transport ministry" and c.cue == "as saying"
    assert c.content == "Two bridges were closed before dawn"
    assert outer.speaker == "the national agency" and outer.cue == "quoted" and outer.content == c.content


def test_told_by_satellite_phone():
    text = "Okoro walked along the flooded quay and told the BBC by satellite phone that the town had no power."
    (c,) = claims_of(text)
    assert c.speaker == "Okoro" and c.content == "the town had no power"


@pytest.mark.parametrize("text, speaker", [
    ("According to Lakeside Radio Now, the ferry was cancelled for the day.", "Lakeside Radio Now"),
    ("Physicians Without Frontiers said the clinic had run out of insulin.", "Physicians Without Frontiers"),
])
def test_names_with_a_capitalised_stop_word(text, speaker):
    (c,) = claims_of(text)
    assert c.speaker == speaker and c.speaker_kind == "named"


PARTICIPIAL_SPEAKERS = [
    # (text, speaker, kind, content start)
    ("Nine homes were destroyed overnight, the mayor of the town hosting the refinery has said.",
     "the mayor of the town hosting the refinery", "named", "Nine homes were destroyed"),
    ("The emergency committee in the valley occupied by the rebels reports twelve missing and 400 evacuated.",
     "The emergency committee in the valley occupied by the rebels", "named", "twelve missing"),
    ("A team of hydrologists advising the regional council said the river would peak on Sunday.",
     "A team of hydrologists advising the regional council", "anonymous", "the river would peak"),
]


@pytest.mark.parametrize("text, speaker, kind, start", PARTICIPIAL_SPEAKERS)
def test_speaker_with_a_participle_modifier(text, speaker, kind, start):
    (c,) = claims_of(text)
    assert (c.speaker, c.speaker_kind) == (speaker, kind) and c.content.startswith(start), c


def test_a_past_tense_verb_is_not_a_speaker_modifier():
    # "visited the town" is the clause's own verb: no speaker "The minister visited the town"
    found = claims_of("The minister visited the flooded town and said the dikes had held.")
    assert [(c.speaker, c.content) for c in found] == [("The minister", "the dikes had held")]


HEADLINES = [
    # a headline or standfirst line (no final stop): "SPEAKER cue CONTENT" only
    ("Police say the driver was not injured\n\nThe lorry left the road near the bridge on Monday.",
     "Police", "say", "the driver was not injured"),
    ("The coroner confirmed the deaths of two climbers\n\nRescuers reached the ridge at dawn.",
     "The coroner", "confirmed", "the deaths of two climbers"),
]


HEADLINES.append(("Flood toll could reach 900 in the valley, mayor says\n\nThe river peaked at noon.",
                  "mayor", "says", "Flood toll could reach 900 in the valley"))


@pytest.mark.parametrize("text, speaker, cue, content", HEADLINES)
def test_headline_line(text, speaker, cue, content):
    (c,) = claims_of(text)
    assert (c.speaker, c.cue, c.content) == (speaker, cue, content)


@pytest.mark.parametrize("text", [
    "Deaths confirmed after the dam burst\n\nThe water rose in the night.",  # a participle, not a cue
    "Advertisement\n\nStory continues below advertisement\n\nRead more: officials said the road was closed.\n",
])
def test_no_claim_in_headlines_or_debris(text):
    assert claims_of(text) == []


def test_no_space_sentence_break():
    text = "The damage is still being evaluated.The ministry said 40 homes were lost."
    (c,) = claims_of(text)
    assert (c.speaker, c.content) == ("The ministry", "40 homes were lost")


def test_as_reported_by_and_as_per():
    found = claims_of("Two bridges have collapsed, as reported by the district council. "
                      "As per the port authority, the ferry will not sail.")
    assert [(c.speaker, c.cue, c.content) for c in found] == [
        ("the district council", "as reported by", "Two bridges have collapsed"),
        ("the port authority", "as per", "the ferry will not sail"),
    ]


def test_told_an_outlet_described_by_its_kind():
    text = "Up to 300 people were missing, Lina Haddad, head of the regional health office, told local broadcaster Radio Sud."
    (c,) = claims_of(text)
    assert c.speaker == "Lina Haddad" and c.content == "Up to 300 people were missing"


@pytest.mark.parametrize("text, content", [
    ("The agency said in a 5 p.m. local time Saturday update that 400 people had been rescued.",
     "400 people had been rescued"),
    ("The agency had said, citing the fire brigade, that 400 people had been rescued.",
     "400 people had been rescued"),
])
def test_material_between_cue_and_that(text, content):
    # "citing the fire brigade" also gives the brigade's claim of the same content (tests/test_beat_i_attribution.py)
    (c,) = [c for c in claims_of(text) if c.cue != "citing"]
    assert c.speaker == "The agency" and c.content == content


def test_object_after_an_appositive_is_not_an_inverted_speaker():
    text = "Nadia Sow, the mayor of the port, announced a death toll of 12 in an interview on Radio Sud."
    (c,) = claims_of(text)
    assert (c.speaker, c.content, c.rule) == ("Nadia Sow", "a death toll of 12 in an interview on Radio Sud",
                                              "claim.np_object")


def test_pronoun_opening_the_content_is_not_an_inverted_speaker():
    text = "Omar Diallo, a baker in the old town, said he, his wife and two neighbours climbed onto the roof."
    (c,) = claims_of(text)
    assert c.speaker == "Omar Diallo" and c.content.startswith("he, his wife")


def test_named_in_apposition_and_the_outlet_layer():
    text = "Another passenger, named Ana Ruiz, said the doors jammed twice, according to the local newspaper."
    found = claims_of(text)
    assert [(c.speaker, c.cue, c.content, c.rule) for c in found] == [
        ("Ana Ruiz", "said", "the doors jammed twice", "claim.bare"),
        ("the local newspaper", "according to", "the doors jammed twice", "claim.outlet_layer"),
    ]
    assert found[0].id != found[1].id


def test_according_to_a_document_stays_the_channel():
    # the statement only carries the minister's words: no second attribution
    text = "\u201cWe will rebuild,\u201d the minister told engineers, according to a statement from her office."
    (c,) = claims_of(text)
    assert c.speaker == "the minister"


def test_relative_clause_speaker():
    text = "In its evening bulletin, the council cited the weather service, which added that more rain was due."
    found = [c for c in claims_of(text) if c.cue == "added"]
    assert [(c.speaker, c.content) for c in found] == [("the weather service", "more rain was due")]


def test_participle_parenthetical_before_the_cue():
    text = "The update, released by the coast guard on Tuesday, also said 14 boats were still missing."
    (c,) = claims_of(text)
    assert c.speaker == "The update" and c.content == "14 boats were still missing"


def test_quote_then_a_bare_cue_sentence():
    text = "\u201cThe numbers will rise as crews reach the valley.\u201d The relief office said.\n"
    (c,) = claims_of(text)
    assert c.speaker == "The relief office" and c.content.startswith("\u201cThe numbers will rise")


def test_colon_then_the_quotation_as_the_next_paragraph():
    text = "The fire chief spoke after the briefing. She continued:\n\n\u201cWe have a perimeter of five miles to search.\u201d\n"
    found = [c for c in claims_of(text) if c.cue == "continued"]
    assert [(c.speaker, c.content) for c in found] == [("She", "\u201cWe have a perimeter of five miles to search.\u201d")]


def test_plain_noun_speaker_after_the_content():
    (c,) = claims_of("Three of the victims were children, the coroner said on Monday.")
    assert (c.speaker, c.speaker_kind, c.content) == ("the coroner", "named", "Three of the victims were children")
    # a plain noun mid-sentence that does not close it is no speaker ("the offensive continues, and ...")
    found = claims_of("In the north, meanwhile, the offensive continues, and the ministry reported 40 deaths on Friday.")
    assert [c.speaker for c in found] == ["the ministry"]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Mayor Ines Moreau, in a radio interview on Monday, expressed deep concern, highlighting that 200 homes "
     "were lost.", "Mayor Ines Moreau", "highlighting", "200 homes were lost"),
    ("The relief office has revised the toll down by a third while stating that it expects the figure to rise.",
     "The relief office", "stating", "it expects the figure to rise"),
    ("The navy released new images, confirming that the tanker had sunk.",
     "The navy", "confirming", "the tanker had sunk"),
])
def test_participle_of_the_sentence_subject(text, speaker, cue, content):
    (c,) = claims_of(text)
    assert (c.speaker, c.cue, c.content) == (speaker, cue, content)


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Local authorities report nine missing and 300 evacuated.", "Local authorities", "report",
     "nine missing and 300 evacuated"),
    ("Soil experts warn that the slope could give way again.", "Soil experts", "warn", "the slope could give way again"),
])
def test_plural_present_cues(text, speaker, cue, content):
    (c,) = claims_of(text)
    assert (c.speaker, c.cue, c.content) == (speaker, cue, content)


def test_noun_before_a_verb_is_no_cue():
    # "report" is a noun before the verb "warns" (a headline)
    assert [c.cue for c in claims_of("Weather office report warns of record heat across the south\n\nIt was hot.")] == []


@pytest.mark.parametrize("text, speaker, content", [
    ("The damage is being evaluated.\u201cWe lost everything,\u201d a farmer said.", "a farmer", "\u201cWe lost everything,\u201d"),
    ("The levee held overnight.\u201dThe coroner said nine people died.", "The coroner", "nine people died"),
])
def test_no_space_breaks_around_quotes(text, speaker, content):
    (c,) = claims_of(text)
    assert (c.speaker, c.content) == (speaker, content)


def test_no_space_break_inside_a_quotation_is_kept():
    (c,) = claims_of("\u201cWe left at dawn.The water came fast,\u201d she said.")
    assert c.content == "\u201cWe left at dawn.The water came fast,\u201d"


@pytest.mark.parametrize("text, speaker, content", [
    ("The coast authority said on X, formerly known as Twitter, that two ferries had been recalled.",
     "The coast authority", "two ferries had been recalled"),
    ("The governor's office said in a statement released late Sunday that the curfew was lifted.",
     "The governor's office", "the curfew was lifted"),
    ("U.N. Secretary-General Ana Lind praised the crews and said more aid was on its way.",
     "U.N. Secretary-General Ana Lind", "more aid was on its way"),
    ("According to a list seen by the agency, the first convoy carries fuel.", "a list seen by the agency",
     "the first convoy carries fuel"),
])
def test_wire_service_constructions(text, speaker, content):
    found = [c for c in claims_of(text) if c.content == content]
    assert [c.speaker for c in found] == [speaker], [(c.speaker, c.content) for c in claims_of(text)]


def test_warned_of_and_told_local_media():
    found = claims_of("Health officials in the region have warned of a cholera outbreak. "
                      "Police told local media that the driver had been arrested.")
    assert [(c.speaker, c.cue, c.content) for c in found] == [
        ("Health officials in the region", "warned", "of a cholera outbreak"),
        ("Police", "told", "the driver had been arrested"),
    ]


def test_nested_citation_is_its_own_claim():
    text = ("The relief office said that the toll kept climbing a week after the storm, citing the health "
            "agency as saying that 900 people had died.")
    found = claims_of(text)
    assert [(c.speaker, c.cue, c.content) for c in found] == [
        ("The relief office", "said", "the toll kept climbing a week after the storm"),
        ("the health agency", "as saying", "900 people had died"),
    ]


def test_second_speaker_after_and_with_a_quotation():
    text = ("The deputy spokesman said the figures came from the health agency, and when asked about the "
            "change, Lund said: \u201cNumbers move in every disaster.\u201d")
    found = claims_of(text)
    assert [c.speaker for c in found] == ["The deputy spokesman", "Lund"]
    assert found[0].content == "the figures came from the health agency"


def test_plain_noun_modifier_after_an_adjective():
    (c,) = claims_of("The regional humanitarian affairs office said the roads were cut.")
    assert c.speaker == "The regional humanitarian affairs office"


def test_definite_body_resolves_to_the_named_body():
    text = ("The Red Crescent said 40 tents were sent. Minister Jan Novak said the roads were open. "
            "The organization added that more tents were needed. The statement said the camp was full.")
    names = [(c.speaker, c.speaker_name, c.speaker_kind) for c in claims_of(text)]
    assert names[2] == ("The organization", "Red Crescent", "named")
    assert names[3] == ("The statement", "Red Crescent", "named")


@pytest.mark.parametrize("text", [
    "\u201cThe bridge will hold,\u201d she told the prime minister.",
    "The engineer told her deputy foreign minister that the bridge would hold.",
])
def test_told_a_titled_recipient(text):
    (c,) = claims_of(text)
    assert c.cue == "told" and "bridge will hold" in c.content or "bridge would hold" in c.content


GENERAL_NEWS = [
    # (text, speaker, kind, cue, content start)
    ("Residents interviewed by the radio said they had received no warning.",
     "Residents interviewed by the radio", "anonymous", "said", "they had received no warning"),
    ("The national weather office predicted more rain for the weekend.",
     "The national weather office", "named", "predicted", "more rain for the weekend"),
    ("The toll stood at 93 on Monday, according to the county.", "the county", "named", "according to",
     "The toll stood at 93"),
    ("Emergency managers estimated that 2,200 buildings were damaged.", "Emergency managers", "anonymous",
     "estimated", "2,200 buildings were damaged"),
    ("Scientists say warmer seas are making such storms more frequent.", "Scientists", "anonymous", "say",
     "warmer seas are making"),
    ("The audit, released by the state's comptroller, found that the sirens were never tested.", "The audit",
     "named", "found", "the sirens were never tested"),
    ("The agency's administrator told lawmakers the response had been quick.", "The agency's administrator",
     "named", "told", "the response had been quick"),
    ("\u201cIt's just gone,\u201d she said of the old pier.", "she", "named", "said", "\u201cIt's just gone"),
]


@pytest.mark.parametrize("text, speaker, kind, cue, start", GENERAL_NEWS)
def test_general_news_constructions(text, speaker, kind, cue, start):
    (c,) = claims_of(text)
    assert (c.speaker, c.speaker_kind, c.cue) == (speaker, kind, cue) and c.content.startswith(start), c


def test_quotation_around_the_attribution_is_two_claims():
    text = "\u201cWe have done everything we could,\u201d the coach said after the match, \u201cbut it was not enough.\u201d"
    found = claims_of(text)
    assert [(c.speaker, c.cue, c.rule) for c in found] == [
        ("the coach", "said", "claim.content_before"), ("the coach", "said", "claim.continued_quote")]
    assert found[0].content == "\u201cWe have done everything we could,\u201d"
    assert found[1].content == "\u201cbut it was not enough.\u201d"


@pytest.mark.parametrize("text, speaker", [
    ("The levee held overnight, Louisiana Gov. Ann Beaulieu said Monday.", "Louisiana Gov. Ann Beaulieu"),
    ("The bill will pass, Sen. Ray Okoro told reporters.", "Sen. Ray Okoro"),
])
def test_abbreviated_titles(text, speaker):
    (c,) = claims_of(text)
    assert c.speaker == speaker


LONG_CONTENT_FIRST = [
    # sentence-final attribution after long content with commas
    ("The talks, which began in March and were suspended twice, will resume on Monday in Geneva, with both "
     "delegations expected to attend, a diplomat familiar with the schedule said.",
     "a diplomat familiar with the schedule", "The talks, which began in March"),
    ("The ship, carrying 300 tonnes of grain, left the port at dawn, the harbour master told a local radio.",
     "the harbour master", "The ship, carrying 300 tonnes"),
    ("Half of the village was destroyed, said Ali Musa, 45, a farmer who lost his house.",
     "Ali Musa", "Half of the village was destroyed"),
]


@pytest.mark.parametrize("text, speaker, start", LONG_CONTENT_FIRST)
def test_long_content_before_the_attribution(text, speaker, start):
    (c,) = claims_of(text)
    assert c.speaker == speaker and c.content.startswith(start) and speaker not in c.content


@pytest.mark.parametrize("text, speaker, content_start", [
    ("Flights resumed on Sunday, with the airline saying the crew had followed procedure.", "the airline",
     "the crew had followed procedure"),
    ("The mayor said the road was open, with the police saying it would close again at night.", "the police",
     "it would close again at night"),
])
def test_with_x_saying(text, speaker, content_start):
    found = claims_of(text)
    last = found[-1]
    assert (last.speaker, last.rule) == (speaker, "claim.with_saying") and last.content.startswith(content_start)
    assert all("with" not in c.content for c in found[:-1])


def test_unnamed_armed_groups_are_anonymous():
    (c,) = claims_of("Rebels claim to have shot down a government helicopter.")
    assert c.speaker_kind == "anonymous" and c.rule == "claim.infinitive"


# Sentences that look like the new frames but report nothing.
NOT_A_REPORT = [
    'The report was published on Monday.',
    'The army reported to the scene within minutes.',
    'Police confirmed to be at the site were seen leaving.',
    'The company announced in March.',
    'The minister denied entry to the journalists.',
    'The mayor described in detail.',
    'The rebels put their weapons down at dawn.',
    'The council called on Monday.',
    'She urged calm.',
    'Officials estimated.',
    'The coach revealed nothing.',
    'The road reported closed yesterday is open again.',
    'His announcement confirmed our fears.',
    'The storm warned of nothing.',
    'Residents accused of looting were released.',
    'The findings of the report were shared with families.',
    'They said goodbye to their homes.',
    'The governor toured the area and met residents.',
]


@pytest.mark.parametrize("text", NOT_A_REPORT)
def test_not_a_report(text):
    assert claims_of(text) == [], [(c.speaker, c.cue, c.content) for c in claims_of(text)]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Per the coroner, the toll included nine children.", "the coroner", "per", "the toll included nine children"),
    ("Federal intelligence assessed that the fire was set deliberately.", "Federal intelligence", "assessed",
     "the fire was set deliberately"),
    ("The militia denied responsibility.", "The militia", "denied", "responsibility"),
])
def test_more_wire_cues(text, speaker, cue, content):
    (c,) = claims_of(text)
    assert (c.speaker, c.cue, c.content) == (speaker, cue, content)


def test_per_inside_a_sentence_is_no_cue():
    assert claims_of("The fee is five dollars per day for each visitor.") == []
    assert claims_of("The council announced Monday.") == []


@pytest.mark.parametrize("text, first, source", [
    ("The toll rose to 2,000 on Sunday, state television said citing a statement from the interior ministry.",
     "state television", "the interior ministry"),
    ("The toll rose to 40, the regional radio said, citing the fire service.", "the regional radio", "the fire service"),
])
def test_citing_the_source(text, first, source):
    found = claims_of(text)
    assert [(c.speaker, c.rule) for c in found] == [(first, "claim.content_before"), (source, "claim.citing")]
    assert found[0].content == found[1].content and found[0].id != found[1].id
    assert found[1].speaker_name != found[0].speaker_name  # "the interior ministry" is not the outlet


def test_said_with_a_reference_to():
    text = "Forty homes were flooded, the regional ministry has said on its Telegram channel with a reference to the minister."
    (c,) = claims_of(text)
    assert c.speaker == "the regional ministry" and c.content == "Forty homes were flooded"


def test_posted_that_but_not_posted_an_object():
    (c,) = claims_of("The prime minister posted on X that the first group was safe.")
    assert (c.cue, c.content) == ("posted", "the first group was safe")
    assert claims_of("The prime minister posted a video of the ceremony.") == []


def test_place_adjunct_after_the_recipient_is_not_content():
    (c,) = claims_of("\u201cI am so happy,\u201d one of the freed fishermen told reporters outside the clinic.")
    assert c.content == "\u201cI am so happy,\u201d" and c.speaker == "one of the freed fishermen"
