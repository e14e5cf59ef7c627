"""Each attribution constant of claimtrack/tuning.py, shown changing behaviour.

Every test extracts a sentence written for it with the shipped value, then
with the constant moved (monkeypatched on the extractor module), and checks
the difference the constant's comment promises.
"""

from __future__ import annotations

import pytest

from claimtrack import tuning as T
from claimtrack.doc import build_doc
from claimtrack.extract import attribution as A
from claimtrack.text import parse_article


def claims_of(text: str):
    return A.extract_claims(build_doc(parse_article("t", text)))


def both(monkeypatch, name: str, value, text: str):
    """Claims with the shipped value, then with ``name`` set to ``value``."""
    before = claims_of(text)
    monkeypatch.setattr(A, name, value)
    return before, claims_of(text)


def test_module_values_come_from_tuning():
    for name in ("BACK_WINDOW", "FORWARD_WINDOW", "MAX_NP_TOKENS", "HISTORY", "MAX_CUES_PER_UNIT",
                 "MAX_SECOND_CUE_GAP", "MAX_SUBJECT_TOKENS", "MAX_ADJUNCTS", "DEBRIS_MAX_CHARS",
                 "HEADLINE_MAX_WORDS", "TITLE_BACK_WINDOW", "POSTMOD_CHARS", "CITED_BACK", "SHORT_NAME_BACK",
                 "SHORT_NAME_TRIES", "IT_NAME_BACK", "PERSON_NAME_BACK", "AND_GAP_CHARS", "RECENT_CLAIMS",
                 "WIDEN_WORDS", "PRE_CUE_WORDS", "APPOSITIVE_SEGMENTS", "CLOSING_ADJUNCTS", "COORDINATED_VERBS_TRIED",
                 "COMPOUND_WORDS", "ANONYMITY_AFTER_CUE"):
        assert getattr(A, name) == getattr(T, "ATTR_" + name)


def test_back_window(monkeypatch):
    before, after = both(monkeypatch, "BACK_WINDOW", 8, "The committee chairman said the bridge was safe.")
    assert [c.speaker for c in before] == ["The committee chairman"] and after == []


def test_forward_window(monkeypatch):
    before, after = both(monkeypatch, "FORWARD_WINDOW", 3, "The mayor said on Monday that the bridge was safe.")
    assert [c.content for c in before] == ["the bridge was safe"] and after == []


def test_max_np_tokens(monkeypatch):
    text = "According to the deputy minister of the regional department of health, the clinics will reopen."
    before, after = both(monkeypatch, "MAX_NP_TOKENS", 4, text)
    assert [c.speaker_name for c in before] == ["deputy minister of the regional department of health"]
    assert [c.speaker_name for c in after] == ["deputy minister"]


def test_history(monkeypatch):
    text = ("A source close to the talks said the envoys had met twice. The mayor said the hall was ready. "
            "The source added that a third meeting was planned.")
    before, after = both(monkeypatch, "HISTORY", 1, text)
    assert before[-1].speaker_name == "A source close to the talks"
    assert after[-1].speaker_name == "The source"


def test_max_cues_per_unit(monkeypatch):
    text = "The mayor said the road was open, while the police said it was still closed."
    before, after = both(monkeypatch, "MAX_CUES_PER_UNIT", 1, text)
    assert len(before) == 2 and len(after) == 1


def test_max_second_cue_gap(monkeypatch):
    text = "\u201cThe levee will hold,\u201d Okafor said on Monday evening and stressed that crews were watching it."
    before, after = both(monkeypatch, "MAX_SECOND_CUE_GAP", 2, text)
    assert [c.cue for c in before] == ["said", "stressed"] and [c.cue for c in after] == ["said"]


def test_max_subject_tokens(monkeypatch):
    text = "Water board officials didn't explain the delay but said the pumps would restart on Friday."
    before, after = both(monkeypatch, "MAX_SUBJECT_TOKENS", 2, text)
    assert [c.speaker for c in before] == ["Water board officials"] and after == []


def test_max_adjuncts(monkeypatch):
    text = "The mayor said on Monday in a radio interview the road was open."
    before, after = both(monkeypatch, "MAX_ADJUNCTS", 1, text)
    assert [c.content for c in before] == ["the road was open"] and after == []


def test_debris_max_chars(monkeypatch):
    text = ("Recommended by the panel last year, the new levee design was finally approved on Monday after a long "
            "and bitter public debate over its cost and its route through the old harbour, the city engineer said.\n")
    assert len(text) > T.ATTR_DEBRIS_MAX_CHARS
    before, after = both(monkeypatch, "DEBRIS_MAX_CHARS", 1000, text)
    assert len(before) == 1 and after == []


def test_headline_max_words(monkeypatch):
    text = "The road will reopen on Monday after the repairs, the mayor of the town said on Friday\n"
    before, after = both(monkeypatch, "HEADLINE_MAX_WORDS", 5, text)
    assert before == [] and [c.speaker for c in after] == ["the mayor of the town"]


def test_title_back_window(monkeypatch):
    text = ("Foreign Minister Jan Novak met the envoys on Monday. " + "The talks went on for hours. " * 4
            + "The minister said the border would stay open.")
    before, after = both(monkeypatch, "TITLE_BACK_WINDOW", 20, text)
    assert before[-1].speaker_name == "Jan Novak" and after[-1].speaker_name != "Jan Novak"


def test_postmod_chars(monkeypatch):
    text = "The pass is closed, said a source who asked not to be named because he was not allowed to speak."
    before, after = both(monkeypatch, "POSTMOD_CHARS", 10, text)
    assert before[0].speaker.endswith("not allowed to speak")
    assert not after or len(after[0].speaker) < len(before[0].speaker)


def test_cited_back(monkeypatch):
    text = "The paper quoted the port chief of the northern district as saying the dock was safe."
    before, after = both(monkeypatch, "CITED_BACK", 10, text)
    assert [c.speaker for c in before if c.rule == "claim.as_saying"] == ["the port chief of the northern district"]
    assert after == []


def test_short_name_back(monkeypatch):
    text = "Jan Novak toured the flooded streets on Monday. Novak said the water was falling."
    before, after = both(monkeypatch, "SHORT_NAME_BACK", 5, text)
    assert before[-1].speaker_name == "Jan Novak" and after[-1].speaker_name == "Novak"


def test_short_name_tries(monkeypatch):
    text = "Jan Novak toured the flooded streets on Monday. Novak said the water was falling."
    before, after = both(monkeypatch, "SHORT_NAME_TRIES", 0, text)
    assert before[-1].speaker_name == "Jan Novak" and after[-1].speaker_name == "Novak"


def test_it_name_back(monkeypatch):
    text = "The Red Cross sent a team to the valley. It said the camp needed clean water."
    before, after = both(monkeypatch, "IT_NAME_BACK", 0, text)
    assert before[-1].speaker_name == "Red Cross" and after[-1].speaker_name == ""


def test_person_name_back(monkeypatch):
    text = "Jan Novak arrived in the town on Monday. He said the bridge was safe."
    before, after = both(monkeypatch, "PERSON_NAME_BACK", 0, text)
    assert before[-1].speaker_name == "Jan Novak" and after[-1].speaker_name == ""


def test_and_gap_chars(monkeypatch):
    text = "The harbour master denied the report and added that the ferry would sail on Sunday."
    before, after = both(monkeypatch, "AND_GAP_CHARS", 2, text)
    assert [c.cue for c in before] == ["denied", "added"] and [c.cue for c in after] == ["denied"]


def test_recent_claims(monkeypatch):
    text = "\u201cWe will rebuild,\u201d the minister told engineers, according to a statement from her office."
    before, after = both(monkeypatch, "RECENT_CLAIMS", 0, text)
    assert len(before) == 1 and len(after) == 2


def test_widen_words(monkeypatch):
    text = "Ruritania's war cabinet minister Jan Novak said the border would stay open."
    before, after = both(monkeypatch, "WIDEN_WORDS", 1, text)
    assert [c.speaker for c in before] == ["Ruritania's war cabinet minister Jan Novak"]
    assert [c.speaker for c in after] != [c.speaker for c in before]


def test_pre_cue_words(monkeypatch):
    text = "The mayor also had earlier said that the bridge was safe."
    before, after = both(monkeypatch, "PRE_CUE_WORDS", 1, text)
    assert [c.speaker for c in before] == ["The mayor"] and after == []


def test_appositive_segments(monkeypatch):
    text = "Omar Diallo, 54, a baker, said the oven had survived the flood."
    before, after = both(monkeypatch, "APPOSITIVE_SEGMENTS", 1, text)
    assert [c.speaker for c in before] == ["Omar Diallo"] and after == []


def test_closing_adjuncts(monkeypatch):
    text = "The pass is closed, said the mayor Monday."
    before, after = both(monkeypatch, "CLOSING_ADJUNCTS", 0, text)
    assert [c.rule for c in before] == ["claim.inversion"] and [c.rule for c in after] != ["claim.inversion"]


def test_coordinated_verbs_tried(monkeypatch):
    text = "Jan Novak, the mayor, toured the docks and said the port would reopen."
    before, after = both(monkeypatch, "COORDINATED_VERBS_TRIED", 0, text)
    assert [c.speaker for c in before] == ["Jan Novak"] and after == []


def test_compound_words(monkeypatch):
    # two plain words ("emergency management") between the opening "county" and the head "official"
    text = "Two shelters opened overnight, according to a county emergency management official."
    before, after = both(monkeypatch, "COMPOUND_WORDS", 1, text)
    assert [c.speaker for c in before] == ["a county emergency management official"]
    assert [c.speaker for c in after] != ["a county emergency management official"]


def test_anonymity_after_cue(monkeypatch):
    text = "The ministry's spokesman said on condition of anonymity that the talks had stalled."
    before, after = both(monkeypatch, "ANONYMITY_AFTER_CUE", 10, text)
    assert [c.speaker_kind for c in before] == ["anonymous"] and [c.speaker_kind for c in after] == ["named"]
