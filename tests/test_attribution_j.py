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


# --- "Police in Dayton, Ohio, said": the state or country completes the place, it is no speaker -----

@pytest.mark.parametrize("text, speaker", [
    ("Firefighters in Fresno, California, said the warehouse blaze was contained by dawn.", "Firefighters in Fresno"),
    ("The clinic is full, health officials in Lagos, Nigeria, told reporters.", "health officials in Lagos"),
    ("Prosecutors in Lyon, France, on Monday said the suspect had confessed.", "Prosecutors in Lyon"),
    ("Residents of Flint, Michigan, said the tap water still smelled of metal.", "Residents of Flint"),
    ("The county court in Tulsa, Oklahoma, said the hearing was postponed.", "The county court in Tulsa"),
    ("Election officials in Des Moines, Iowa, said turnout was lower than in 2020.", "Election officials in Des Moines"),
])
def test_the_larger_place_after_a_placed_group_is_no_speaker(text, speaker):
    assert [c.speaker for c in claims_of(text)] == [speaker], triples(text)


@pytest.mark.parametrize("text, speaker", [
    ("A spokeswoman in Geneva, Ines Moreau, said the talks would resume.", "Ines Moreau"),
    ("The chief of the bureau in Nairobi, Peter Otieno, said the road was cut.", "Peter Otieno"),
])
def test_a_name_after_a_placed_person_still_speaks(text, speaker):
    assert [c.speaker for c in claims_of(text)] == [speaker], triples(text)


# --- a cry quoted with "shouted", "yelled", "screamed" -----------------------------------------------

@pytest.mark.parametrize("text, speaker, cue, content", [
    ("\u201cThe roof is coming down,\u201d someone shouts.", "someone", "shouts", "\u201cThe roof is coming down,\u201d"),
    ("\u201cGet away from the window now,\u201d a guard yelled.", "a guard", "yelled", "\u201cGet away from the window now,\u201d"),
    ("A referee shouted: \u201cPlay on, play on!\u201d", "A referee", "shouted", "\u201cPlay on, play on!\u201d"),
    ("\u201cWe need a doctor here,\u201d screamed a woman in the stands.", "a woman in the stands", "screamed",
     "\u201cWe need a doctor here,\u201d"),
])
def test_a_quoted_cry_is_a_claim(text, speaker, cue, content):
    c = find(text, speaker, cue)
    assert c.content == content


@pytest.mark.parametrize("text", [
    "Protesters shouted slogans outside the courthouse for an hour.",
    "Fans screamed as the ball struck the post in the final minute.",
    "The crowd yelled at the referee after the penalty was given.",
])
def test_a_cry_without_a_quotation_is_no_claim(text):
    assert claims_of(text) == [], triples(text)


# --- "which he called his “top priority”": a quoted phrase after a bare determiner has no object ----

@pytest.mark.parametrize("text", [
    "The governor backed the rescue plan, which he called his \u201cfirst duty.\u201d",
    "The board approved the merger, which the chairman called their \u201cbest option.\u201d",
    "Critics mocked what the minister called the \u201creform of the century.\u201d",
])
def test_a_quoted_description_whose_object_is_a_relative_is_no_claim(text):
    assert not [c for c in claims_of(text) if c.cue == "called"], triples(text)


def test_a_quoted_description_of_a_named_object_is_still_a_claim():
    c = find("The union called the final offer \u201can insult to nurses.\u201d", "The union", "called")
    assert c.content.startswith("the final offer")


# --- "he"/"she": not a body or an indefinite cry; a titled person opening the sentence before ----------

def _name_of(text: str, speaker: str) -> str:
    return [c.speaker_name for c in claims_of(text) if c.speaker == speaker][-1]


def test_he_is_not_the_agency_cited_before():
    text = ("According to the Federal Aviation Administration, the jet was carrying 140 people. "
            "Senator Ruth Alder toured the hangar on Monday. He said the inquiry would take months.")
    assert _name_of(text, "He") != "Federal Aviation Administration"


def test_he_is_not_someone_who_shouted():
    text = ("Ravi Menon, the fire chief, said crews were ready. "
            "\u201cGet out of the building now,\u201d someone shouted from the crowd. "
            "He said later that nobody had been hurt.")
    assert _name_of(text, "He") == "Ravi Menon"


def test_she_is_the_titled_person_who_opened_the_sentence_before():
    text = ("A court spokesman said the trial would resume on Monday. "
            "Judge Maria Lindqvist adjourned the hearing after the defendant collapsed. "
            "She said the jury should disregard the outburst.")
    assert _name_of(text, "She") == "Maria Lindqvist"


def test_he_still_goes_back_to_the_last_named_speaker():
    text = ("\u201cWe were outplayed,\u201d coach Marcus Reyes said after the match. "
            "The team has lost four of its last five games. He said changes would follow.")
    assert _name_of(text, "He") == "Marcus Reyes"


# --- "X, in a statement, said it “...”": "it", "they", "we" after a cue open the content ------------

@pytest.mark.parametrize("text, speaker, content", [
    ("The airline, in a statement, said it \"deeply regrets\" the delays.", "The airline",
     "it \"deeply regrets\" the delays"),
    ("The players\u2019 union, in a letter to members, said they \"will not accept\" the cap.",
     "The players\u2019 union", "they \"will not accept\" the cap"),
])
def test_a_subject_pronoun_after_the_cue_is_no_inverted_speaker(text, speaker, content):
    assert [(c.speaker, c.content) for c in claims_of(text)] == [(speaker, content)]


def test_he_may_still_follow_the_cue_and_it_may_follow_according_to():
    assert find("\u201cWe were never told,\u201d said he.", "he", "said")
    assert find("The audit was released on Monday. According to it, the fund lost $3 million.", "it",
                "according to")


# --- an industry word in -ing before a name ("shipping giant Maersk", "mining company Rio Tinto") ----

@pytest.mark.parametrize("text, speaker", [
    ("The vessel is owned by a Greek trust, and shipping giant Nordlane said it had chartered the ship.",
     "shipping giant Nordlane"),
    ("The mine closed in May, and mining company Keller Ores said it would reopen in the autumn.",
     "mining company Keller Ores"),
    ("Streaming service Flixo said subscriptions had grown for a third quarter.", "Streaming service Flixo"),
])
def test_an_industry_word_in_ing_belongs_to_the_speaker(text, speaker):
    assert [c.speaker for c in claims_of(text)] == [speaker], triples(text)


# --- ", after telling reporters that C", "before saying that C": the subject speaks --------------------

@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The league suspended the match on Sunday, after telling both clubs that the pitch was unsafe.",
     "The league", "telling", "the pitch was unsafe"),
    ("The coach dropped the striker, telling reporters that he had missed two practices.",
     "The coach", "telling", "he had missed two practices"),
    ("The senator walked out of the hearing after saying that the witness had lied under oath.",
     "The senator", "saying", "the witness had lied under oath"),
    ("The regulator fined the bank $40 million before warning that further penalties would follow.",
     "The regulator", "warning", "further penalties would follow"),
])
def test_a_speech_participle_after_after_or_before(text, speaker, cue, content):
    c = find(text, speaker, cue)
    assert c.content == content


@pytest.mark.parametrize("text", [
    "The comedian left the stage after telling a joke about the weather.",
    "The mayor left the square after saying goodbye to the crowd.",
])
def test_telling_or_saying_without_a_clause_is_no_claim(text):
    assert claims_of(text) == [], triples(text)


# --- "said based on the scans, the cars are buried": a fronted adjunct opens the reported clause ------

@pytest.mark.parametrize("text, speaker, content", [
    ("The fire chief said based on early tests, the blaze started in a kitchen.", "The fire chief",
     "based on early tests, the blaze started in a kitchen"),
    ("The union said unless the offer improves, the strike will continue into May.", "The union",
     "unless the offer improves, the strike will continue into May"),
    ("The coach said despite the defeat, his players \u201ctruly\u201d believe the title is within reach.",
     "The coach", "despite the defeat, his players"),
])
def test_a_fronted_adjunct_opens_the_content(text, speaker, content):
    c = find(text, speaker, "said")
    assert c.content.startswith(content)


def test_an_adjunct_of_the_cue_is_still_no_content():
    assert claims_of("The minister said little about the plan, despite repeated questions.") == []


# --- "Writing in the journal X, the team reported": a participial opener before a plain noun subject ---

@pytest.mark.parametrize("text, speaker", [
    ("Writing in the journal Cell, the team reported that the enzyme blocked the virus.", "the team"),
    ("Testifying before the committee, the regulator said the bank had ignored warnings for years.", "the regulator"),
    ("Responding to the verdict, the company said it would appeal to a higher court.", "the company"),
])
def test_a_participial_opener_leaves_the_subject_speaking(text, speaker):
    assert [c.speaker for c in claims_of(text)] == [speaker], triples(text)


def test_a_plain_definite_subject_speaks_through_its_participle():
    c = find("The federation banned the club for a season, saying fans had attacked the referee.",
             "The federation", "saying")
    assert c.content == "fans had attacked the referee"
    c = find("The league postponed the final, telling both clubs that the stadium was unsafe.", "The league", "telling")
    assert c.content == "the stadium was unsafe"


# --- AP style party-and-state tags set off by commas ("Sen. Maria Lopez, D-N.M., said") ----------------

@pytest.mark.parametrize("text, speaker", [
    ("Sen. Nora Quill, D-N.M., said the vote would be close.", "Sen. Nora Quill"),
    ("The bill is dead, House Speaker Carl Benning, R-La., told reporters.", "House Speaker Carl Benning"),
    ("\u201cWe have the votes,\u201d said Rep. Dana Holt, R-Texas.", "Rep. Dana Holt"),
])
def test_a_party_and_state_tag_is_no_speaker(text, speaker):
    assert [c.speaker for c in claims_of(text)] == [speaker], triples(text)


# --- court and business documents and roles ------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, content", [
    ("The retailer said in a filing with the Securities and Exchange Commission that sales fell 9%.",
     "The retailer", "sales fell 9%"),
    ("The district said in an email to parents that classes were cancelled on Friday.", "The district",
     "classes were cancelled on Friday"),
    ("Justice Mara Ellis wrote for the majority that the statute was clear.", "Justice Mara Ellis",
     "the statute was clear"),
    ("Judge Ann Wu wrote for a unanimous panel that the search had been lawful.", "Judge Ann Wu",
     "the search had been lawful"),
])
def test_a_document_or_a_court_adjunct_before_that(text, speaker, content):
    assert find(text, speaker, text.split(speaker + " ")[1].split()[0]).content == content


def test_a_clerk_is_a_role_of_its_own():
    c = find("The levy was approved by 41 votes, according to the county clerk.", "the county clerk", "according to")
    assert c.content == "The levy was approved by 41 votes"


def test_for_the_majority_without_that_is_no_claim():
    assert claims_of("The senator voted for the majority leader on the second ballot.") == []


# --- "Scientists caution that", "The two-time champion conceded that" ---------------------------------

@pytest.mark.parametrize("text, speaker, cue", [
    ("Scientists caution that the sample of 40 patients was small.", "Scientists", "caution"),
    ("The two-time champion conceded that she had struggled with the heat.", "The two-time champion", "conceded"),
    ("The long-serving mayor said the city could not pay its debts.", "The long-serving mayor", "said"),
])
def test_plural_caution_and_hyphenated_modifiers(text, speaker, cue):
    assert find(text, speaker, cue)


def test_caution_as_a_noun_is_no_cue():
    assert claims_of("The label carries a caution that the pills may cause drowsiness.") == []


# --- a relative clause in the content, then a source of its own before the cue ------------------------

@pytest.mark.parametrize("text, speaker, content", [
    ("Neighbours named the driver as Luis Ortega, a father of three who has lived in the town for 19 years, "
     "the Valley Courier reported.", "the Valley Courier", "Neighbours named the driver as Luis Ortega"),
    ("The two men who were trapped in the mine are now presumed dead, and the state mining agency has said "
     "the search is over.", "the state mining agency", "the search is over"),
])
def test_a_source_after_a_relative_clause_speaks(text, speaker, content):
    c = [c for c in claims_of(text) if c.speaker == speaker]
    assert c and c[0].content.startswith(content), triples(text)


def test_a_relative_clause_closed_before_the_cue_still_belongs_to_the_speaker():
    assert [c.speaker for c in claims_of("Ana Ruiz, a nurse who treated the victims, said the ward was full.")] \
        == ["Ana Ruiz, a nurse who treated the victims"]


# --- sport roles before a name ("said midfielder Jonas Berg") -----------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("\u201cWe deserved the points,\u201d said midfielder Jonas Brekke, who scored twice.", "midfielder Jonas Brekke"),
    ("Quarterback Tomas Reyna said the line had played its best game of the season.", "Quarterback Tomas Reyna"),
    ("\u201cI saw it late,\u201d goalkeeper Ivo Marek told reporters.", "goalkeeper Ivo Marek"),
])
def test_a_sport_role_belongs_to_the_speaker(text, speaker):
    assert [c.speaker for c in claims_of(text)] == [speaker], triples(text)


# --- science copy: "experts not involved in the study", "Dr. X, an epidemiologist who ..., said" -------

@pytest.mark.parametrize("text, speaker", [
    ("Experts not involved in the study said the results were promising but preliminary.",
     "Experts not involved in the study"),
    ("The effect is modest, said researchers not involved in the trial.", "researchers not involved in the trial"),
    ("An economist not affiliated with the bank said rates would fall by June.",
     "An economist not affiliated with the bank"),
])
def test_not_involved_in_is_a_post_modifier_of_the_source(text, speaker):
    assert [c.speaker for c in claims_of(text)] == [speaker], triples(text)


@pytest.mark.parametrize("text, name", [
    ("Dr. Lena Ortiz, a virologist at Northfield University who was not involved in the research, "
     "said the sample was small.", "Lena Ortiz"),
    ("Prime Minister Ana Veld, a former judge who took office in May, said the treaty was dead.", "Ana Veld"),
])
def test_a_titled_name_before_an_appositive_with_a_relative_clause_speaks(text, name):
    c = claims_of(text)
    assert len(c) == 1 and c[0].speaker_kind == "named" and name in c[0].speaker, triples(text)


def test_a_definite_subject_before_an_indefinite_appositive_speaks():
    c = claims_of("The minister, a former lawyer who took office in May, said the talks had failed.")
    assert len(c) == 1 and c[0].speaker.startswith("The minister") and c[0].speaker_kind == "named", triples(
        "The minister, a former lawyer who took office in May, said the talks had failed.")


def test_he_is_a_member_of_a_committee_not_the_committee():
    text = ("A member of the party's central committee, who asked not to be named, said the talks had stalled. "
            "He explained that the dispute was over the budget.")
    assert _name_of(text, "He") != "party's central committee"
    assert [c.speaker_kind for c in claims_of(text) if c.speaker == "He"] == ["anonymous"]


def test_he_is_the_person_just_introduced_with_an_appositive():
    text = ("The interior ministry said 40 people were hurt. "
            "Rui Costa, a Portuguese engineer who was at the station, filmed the crowd on his phone. "
            "He said the exits had been locked.")
    assert _name_of(text, "He") == "Rui Costa"


# --- "accused Y of “lying”": a quotation opening the "of" complement ----------------------------------

def test_a_quoted_of_complement_is_a_claim():
    c = find("In a post on X, the senator accused the agency of \u201clying to the public.\u201d", "the senator",
             "accused")
    assert c.content.startswith("of \u201clying")
    c = find('The union accused the board of "hiding losses" for years.', "The union", "accused")
    assert c.content.startswith('of "hiding losses"')


# --- "“...,” read a statement from the family": the document heads the phrase ---------------------------

def test_an_inverted_read_with_a_document_from_someone():
    c = find("\u201cWe are heartbroken,\u201d read a statement from the family.", "a statement from the family", "read")
    assert c.content == "\u201cWe are heartbroken,\u201d"


def test_a_sign_read_is_no_claim():
    assert claims_of("\u201cClosed for repairs,\u201d read a sign on the door of the bakery.") == []


# --- "The suspect, who police said was armed, fled": the relative clause's subject speaks --------------

@pytest.mark.parametrize("text, speaker, content", [
    ("The suspect, who police said was armed, fled on foot.", "police", "was armed"),
    ("The driver, who witnesses said was speeding, was taken to hospital.", "witnesses", "was speeding"),
    ("The officer, who investigators said fired first, was suspended.", "investigators", "fired first"),
    ("The storm, which forecasters said could strengthen, reached the coast on Monday.", "forecasters",
     "could strengthen"),
])
def test_the_subject_inside_a_relative_clause_speaks_for_its_gap(text, speaker, content):
    assert [(c.speaker, c.content) for c in claims_of(text)] == [(speaker, content)]


def test_a_relative_clause_of_the_speaker_still_leaves_the_speaker():
    assert [c.speaker for c in claims_of("Ana Ruiz, who was at the scene, said the driver was speeding.")] == ["Ana Ruiz"]


def test_a_pronoun_inside_a_relative_clause_speaks_for_its_gap():
    text = "Detectives said the man, who they said had a history of violence, was arrested at home."
    assert ("they", "had a history of violence") in [(c.speaker, c.content) for c in claims_of(text)], triples(text)
    assert "the man" not in [c.speaker for c in claims_of(text)]


def test_a_relative_clause_inside_the_content_leaves_the_outer_content_whole():
    text = "Officials said the storm, which forecasters said could strengthen, reached the coast overnight."
    assert [(c.speaker, c.content) for c in claims_of(text)] == [
        ("Officials", "the storm, which forecasters said could strengthen, reached the coast overnight"),
        ("forecasters", "could strengthen")]


def test_a_relative_clause_after_the_content_is_still_cut_off():
    text = "The minister said prices rose, which he said had prompted protests."
    assert [(c.speaker, c.content) for c in claims_of(text)] == [
        ("The minister", "prices rose"), ("he", "had prompted protests")]


# --- ", a claim disputed by ...": the writer's comment closing the sentence is not the content ---------

@pytest.mark.parametrize("text, content", [
    ("The airline said all 150 passengers were safe, a claim disputed by several passengers.",
     "all 150 passengers were safe"),
    ("Police put the death toll at 12, a figure that could rise as crews search the rubble.", "the death toll at 12"),
    ("The company said profits doubled, an assertion that analysts questioned.", "profits doubled"),
])
def test_a_closing_comment_on_the_claim_ends_the_content(text, content):
    assert [c.content for c in claims_of(text)] == [content]


def test_a_claim_inside_the_content_is_kept():
    assert [c.content for c in claims_of("The union said it had filed a claim with the labour court.")] == [
        "it had filed a claim with the labour court"]


# --- "calling it “a historic step”": the subject's quoted description through a participle -------------

@pytest.mark.parametrize("text, speaker, content", [
    ("The governor signed the bill on Tuesday, calling it \"a historic step.\"", "The governor",
     "it \"a historic step.\""),
    ("The union rejected the offer, calling it \u201can insult to nurses.\u201d", "The union",
     "it \u201can insult to nurses.\u201d"),
    ("The senator attacked the plan, calling the cuts \u201creckless.\u201d", "The senator", "the cuts \u201creckless.\u201d"),
])
def test_calling_with_a_quoted_description(text, speaker, content):
    assert [(c.speaker, c.cue, c.content) for c in claims_of(text)] == [(speaker, "calling", content)]


@pytest.mark.parametrize("text", [
    "Protesters marched through the city, calling for \u201cjustice now.\u201d",
    "The minister resigned on Friday, calling on voters to stay calm.",
    "The team backed its coach, which the owner called her \u201ctop priority.\u201d",
])
def test_calling_for_or_a_possessive_before_the_quote_is_no_description(text):
    assert not [c for c in claims_of(text) if c.cue in ("calling", "called")], triples(text)


# --- "X was blunt: C": a manner of speaking and a colon ---------------------------------------------------

@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Manager Rui Falcao was blunt: \u201cWe were awful from the first minute.\u201d", "Manager Rui Falcao", "was blunt",
     "\u201cWe were awful from the first minute.\u201d"),
    ("The prosecutor was unequivocal in her closing argument: the defendant had lied.", "The prosecutor",
     "was unequivocal", "the defendant had lied"),
    ("Officials were adamant: the dam would hold.", "Officials", "were adamant", "the dam would hold"),
])
def test_a_manner_of_speaking_and_a_colon(text, speaker, cue, content):
    assert [(c.speaker, c.cue, c.content, c.rule) for c in claims_of(text)] == [
        (speaker, cue, content, "claim.manner_colon")]


@pytest.mark.parametrize("text", [
    "The sky was clear: not a cloud over the stadium.",
    "The picture is clear: prices are rising faster than wages.",
])
def test_a_thing_that_is_clear_is_no_source(text):
    assert claims_of(text) == [], triples(text)
