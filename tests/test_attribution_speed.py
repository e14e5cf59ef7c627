"""Shortcuts of the attribution extractor that must not change what it finds: a unit-wide
pattern skipped when the unit lacks a string every match contains, the most frequent
noun-phrase test done inline, caches keyed by the text.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract import attribution as A

from test_attribution_news import triples  # noqa: E402  (one article builder for all files)


# --- the strings a unit must hold before a unit-wide pattern is searched ------------------------

NEEDED = [
    (A._IMPERSONAL_RE, A._IMPERSONAL_NEEDS),
    (A._AS_SAYING_RE, A._AS_SAYING_NEEDS),
    (A._WITH_SAYING_RE, A._WITH_SAYING_NEEDS),
    (A._WHICH_DENIED_RE, A._WHICH_DENIED_NEEDS),
    (A._SUBJECT_PARTICIPLE_RE, A._SUBJECT_PARTICIPLE_NEEDS),
]

#: Sentences each pattern matches (one per pattern, same order as NEEDED).
MATCHING = [
    "It was reported that the ferry left the harbour two hours late.",
    "The mayor was quoted as saying the tunnel would reopen in spring.",
    "Trading stopped at noon, with the exchange saying its systems had failed.",
    "The plant leaked coolant, which the operator has denied.",
    "The union rejected the offer, saying it ignored rising rents.",
]


@pytest.mark.parametrize("k", range(len(NEEDED)))
def test_a_matching_sentence_holds_every_needed_string(k):
    pattern, needs = NEEDED[k]
    m = pattern.search(MATCHING[k])
    assert m is not None
    assert all(n in m.group() for n in needs)


@settings(max_examples=400, deadline=None)
@given(st.integers(0, len(NEEDED) - 1), st.sets(st.integers(0, 120), max_size=4), st.integers(0, 120),
       st.sampled_from(["", "with ", "which ", "that ", "ing", "It is said ", ", saying ", "WITH", "Which"]))
def test_no_match_without_the_needed_strings(k, cut, at, insert):
    """A matching sentence with characters cut out and a word put in: whenever the pattern
    still matches, the needed strings are there; when one is missing the unit is skipped."""
    pattern, needs = NEEDED[k]
    s = "".join(c for i, c in enumerate(MATCHING[k]) if i not in cut)
    s = s[:at] + insert + s[at:]
    if pattern.search(s) is not None:
        assert all(n in s for n in needs), s
    skipped = not all(n in s for n in needs)
    got = [m.span() for m in A._matches(pattern, needs, s, (0, len(s)), s)]
    assert got == ([] if skipped else [m.span() for m in pattern.finditer(s)])


def test_matches_gives_the_patterns_own_matches():
    s = "Prices rose, with the retailer saying costs had doubled, with the chain adding that more was to come."
    got = [m.span() for m in A._matches(A._WITH_SAYING_RE, A._WITH_SAYING_NEEDS, s, (0, len(s)), s)]
    assert got == [m.span() for m in A._WITH_SAYING_RE.finditer(s)] and len(got) == 2
    # a window of the text: the unit's own slice decides
    lo = s.index(", with the chain")
    got = [m.span() for m in A._matches(A._WITH_SAYING_RE, A._WITH_SAYING_NEEDS, s, (lo, len(s)), s[lo:])]
    assert got == [m.span() for m in A._WITH_SAYING_RE.finditer(s, lo, len(s))] and len(got) == 1


def test_skipped_units_still_give_their_claims():
    text = (
        "The council approved the budget on Monday. It was reported that the vote was close. "
        "The mayor was quoted as saying the parks would stay open. "
        "Bus fares rose, with the operator saying fuel costs had doubled. "
        "The contractor cut corners on the bridge, which the company has denied."
    )
    speakers = {sp for sp, _, _ in triples(text)}
    assert {"The mayor", "the operator", "the company"} <= speakers


# --- the noun-phrase word test: the lexical case inline ------------------------------------------

PHRASES = [
    "The deputy health minister of the coastal province, Maria Lopez, said on Tuesday that clinics would reopen.",
    "A spokesperson for the U.S. Geological Survey (USGS) told reporters the quake was shallow.",
    "Two senior officials familiar with the talks said the draft had changed.",
    "Rep. Ana Ruiz (D-Calif.) and the families' forum said they would sue.",
    "the first of them, a copy of the letter, channel 12 and the new UN report said",
    "Doctors Without Borders and Hawaii News Now reported it, while he and they said so.",
]


def _reference_np_word(toks, j):
    """:func:`A._np_word` as written before the inline case: every test in turn."""
    t = toks[j].t
    low = t.lower()
    if low in A.W.PRONOUNS or (t in A.W.CAP_STOP and not A._stop_word_in_name(toks, j)):
        return False
    nxt = toks[j + 1].t if j + 1 < len(toks) else ""
    return any(test(toks, j, t, low, nxt) for test in A._NP_WORD_TESTS)


@pytest.mark.parametrize("text", PHRASES)
def test_np_word_is_every_test_in_turn(text):
    toks = A._toks(text, 0, len(text))
    got = [A._np_word(toks, j) for j in range(len(toks))]
    assert got == [_reference_np_word(toks, j) for j in range(len(toks))]
    assert any(got) and not all(got)


def test_np_lexical_words_are_the_four_lists():
    for w in ("spokesperson", "officials", "minister", "ministry"):
        assert w in A._NP_LEXICAL_WORDS
    assert A._NP_LEXICAL_WORDS == A.W.NP_MODIFIERS | A.W.ANONYMOUS_HEADS | A.W.TITLES | A.W.ORG_NOUNS


# --- a cue's lemma: looked up as written, then with its spaces made single ---------------------

@pytest.mark.parametrize("gap", [" ", "  ", "\t", " \t "])
def test_a_cue_spaced_out_has_the_lemma_of_the_plain_one(gap):
    text = f"Crews reopened the coastal road late on Sunday, according{gap}to Reuters."
    got = triples(text)
    assert got == [("Reuters", "according to", "Crews reopened the coastal road late on Sunday")], got


# --- patterns whose opening lookbehind was moved after the first character ---------------------

#: (pattern, the same pattern written with the lookbehind first): the same matches in any window.
REORDERED = [
    (A._GLUED_BREAK, re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z])")),
    (A._IMPERSONAL_RE, re.compile(A._IMPERSONAL_RE.pattern.replace(r"[Ii](?<!\w[Ii])t", r"(?<!\w)[Ii]t", 1))),
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abItiT .!?,\t", max_size=40), st.integers(0, 40), st.integers(0, 40), st.integers(0, 1))
def test_a_lookbehind_after_the_first_character_finds_the_same(body, lo, hi, k):
    new, old = REORDERED[k]
    s = body.replace("T", "Talks").replace("t ", "t was reported that ")
    assert [m.span() for m in new.finditer(s, lo, hi)] == [m.span() for m in old.finditer(s, lo, hi)]


@pytest.mark.parametrize("s, n", [
    ("the deputy mayor.Local radio said", 1), ("the U.S.Army said", 0), ("ok.Fine and ab.Cd", 2),
    ("Kit was reported that", 0), ("It was reported that", 1), ("and it is said that", 1),
])
def test_reordered_patterns_on_written_cases(s, n):
    pattern = A._GLUED_BREAK if "." in s else A._IMPERSONAL_RE
    assert len(pattern.findall(s)) == n


# --- a forward post-modifier: one startswith for all markers before the word-end test ---------

def _reference_postmod_at(text, pos):
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    frag = text[pos : pos + 40].lower()
    return any(frag.startswith(mk) and (len(frag) == len(mk) or not frag[len(mk)].isalnum())
               for mk in A.W.FORWARD_POSTMOD_MARKERS)


@pytest.mark.parametrize("marker", A.W.FORWARD_POSTMOD_MARKERS)
@pytest.mark.parametrize("tail", ["", " the talks said.", "s and more", ", said", "x"])
def test_postmod_at_is_the_marker_loop(marker, tail):
    for text in (marker + tail, "  " + marker.upper() + tail, "the " + marker + tail):
        for pos in (0, 1, 2, 4):
            assert A._postmod_at(text, pos) == _reference_postmod_at(text, pos)
    assert A._postmod_at(" " + marker, 0)
