"""claimtrack.extract.prefilter: a cheap substring check skips a pattern search
over a window that cannot hold a match, with exactly the pattern's own results."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extract import attribution, dates, events, figures, names, prefilter, quantities
from claimtrack.extract.prefilter import cannot_hold, required_words

SENTENCES = [
    "Commander Yusuf Haddad was killed in a strike on the camp on Tuesday, the army said.",
    "The toll has risen to 1,240 since the flood struck the valley late on Sunday.",
    "\u201cWe waited for hours,\u201d she said \u2014 then the commando raid on Beit Lahia began.",
    "Rescuers said 40 people were still missing after the landslide, and 12 were injured overnight.",
    "The ceasefire took effect at 7 a.m.; the first batch of 13 captives was freed on Friday.",
    "Officials initially put the figure at 300 before revising the count to 275 per district.",
]


def test_required_words_come_from_the_pattern():
    assert required_words(re.compile(r"\b(?:storms?|hurricane|quake)\b", re.I)) == ("hurricane", "quake", "storm")
    assert required_words(re.compile(r"(?i:rescued|raided)")) == ("aided", "escued")  # the shared "r" is factored out
    assert required_words(re.compile(r"\bas of\b", re.I)) == ("as of",)
    assert required_words(re.compile(r"x?y+")) is None  # nothing long enough is required
    assert required_words(re.compile(r"(?:river|sea)?\d+")) is None  # an optional group requires nothing
    assert required_words(re.compile(r"\bthe (?:flood|fire)\b")) == ("the f",)  # the longest run (the shared "f" joins it)


def test_cannot_hold_looks_at_the_window_only_and_any_case():
    text = "The flood came. Officials counted the damage in the valley."
    assert not cannot_hold(text, 0, 15, ("flood",))
    assert cannot_hold(text, 16, len(text), ("flood",))
    assert cannot_hold("A FLOOD", 0, 7, ("storm",)) and not cannot_hold("A FLOOD", 0, 7, ("flood",))
    assert not cannot_hold(text, -5, 9, ("flood",))  # bounds clamped as re clamps them
    assert cannot_hold("\u201cWe waited,\u201d she said \u2014 then left.", 0, 40, ("raid",))


def test_characters_folding_to_ascii_are_never_skipped():
    for odd in ("ra\u0131d", "RA\u0130D", "mi\u017f\u017fion", "\u212aILLED"):
        assert re.search(r"(?i:raid|mission|killed)", odd) is not None
        assert not cannot_hold(f"the {odd} on the camp", 0, 20, ("raid", "mission", "kill"))


def _holds_reference(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """What cannot_hold answers, written plainly: lower the window itself."""
    n = len(text)
    window = text[min(max(lo, 0), n) : min(max(hi, 0), n)]
    if any(c in window for c in prefilter.FOLD_TO_ASCII):
        return False
    return not any(w in window.lower() for w in words)


@given(text=st.text(alphabet="aRiIdDsK \u0130\u0131\u017f\u212a\u03a3\u1e9e\u201c\u00e9", max_size=40),
       windows=st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45)), min_size=1, max_size=6))
def test_cannot_hold_answers_as_lowering_each_window_would(text, windows):
    # several windows of one text: the later ones are cut from its lower case made once
    for lo, hi in windows:
        for words in (("raid",), ("sid", "kid"), ("ids",)):
            assert cannot_hold(text, lo, hi, words) == _holds_reference(text, lo, hi, words), (text, lo, hi, words)


def test_a_text_whose_lower_case_is_longer_is_still_read_window_by_window():
    text = "\u0130STANBUL: the RAID began at dawn"  # "\u0130".lower() is two characters
    assert len(text.lower()) != len(text)
    assert not cannot_hold(text, 10, len(text), ("raid",))
    assert cannot_hold(text, 1, 9, ("raid",))
    assert not cannot_hold(text, 0, 9, ("raid",))  # the window holds the \u0130 itself


def test_fold_to_ascii_lists_every_character_that_matches_an_ascii_letter_ignoring_case():
    letters = re.compile("[a-z]", re.I)
    found = {chr(c) for c in range(128, 0x30000) if letters.fullmatch(chr(c))}
    assert found == set(prefilter.FOLD_TO_ASCII)


def _patterns():
    mods = (attribution, dates, events, figures, names, quantities)
    return [(f"{m.__name__}.{k}", v) for m in mods for k, v in vars(m).items() if isinstance(v, re.Pattern)]


@pytest.mark.parametrize("name, pattern", [p for p in _patterns() if required_words(p[1]) is not None])
def test_guarded_search_finds_what_the_pattern_finds(name, pattern):
    rng = random.Random(name)
    text = " ".join(SENTENCES)
    for _ in range(60):
        lo = rng.randrange(-3, len(text))
        hi = lo + rng.choice([10, 40, 120, 400])
        plain = pattern.search(text, lo, hi)
        guarded = prefilter.search(pattern, text, lo, hi)
        assert (guarded and guarded.span()) == (plain and plain.span()), (name, text[max(lo, 0):hi])
        assert [m.span() for m in prefilter.finditer(pattern, text, lo, hi)] == [m.span() for m in pattern.finditer(text, lo, hi)]
    for s in SENTENCES:
        got = prefilter.search_in(pattern, s)
        assert (got and got.span()) == ((m := pattern.search(s)) and m.span())


def test_trie_pattern_matches_what_the_longest_first_alternation_matches():
    rng = random.Random(3)
    letters = "aest "
    for _ in range(200):
        forms = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 6))).strip() or "a" for _ in range(rng.randint(1, 12))}
        alternation = "|".join(re.escape(f).replace(r"\ ", r"[ \t]+") for f in sorted(forms, key=len, reverse=True))
        old = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])")
        new = re.compile(r"(?<![\w-])(?:" + prefilter.trie_pattern(forms) + r")(?![\w-])")
        text = " ".join("".join(rng.choice(letters + "\t-") for _ in range(rng.randint(1, 9))) for _ in range(30))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (forms, text)


def test_trie_pattern_shares_prefixes():
    assert prefilter.trie_pattern(["said", "says", "say"]) == "sa(?:id|ys?)"
    assert re.fullmatch(prefilter.trie_pattern(["according to"]), "according \t to")


def test_a_huge_text_is_lowered_window_by_window(monkeypatch):
    # lowering a huge text whole each time other strings were searched in between cost
    # quadratic time on a 2 MB article; past the bound only the windows are lowered
    text = "The raid began at dawn. " * 2000
    assert len(text) > prefilter.MAX_LOWERED_TEXT
    assert prefilter._lower_of(text) is None
    assert not cannot_hold(text, 40_000, 40_030, ("raid",)) and cannot_hold(text, 5, 12, ("raid",))
    monkeypatch.setattr(prefilter, "MAX_LOWERED_TEXT", 10)
    assert prefilter._lower_of("Raid at dawn") is None
    monkeypatch.setattr(prefilter, "MAX_LOWERED_TEXT", 20_000)
    assert prefilter._lower_of("Raid at dawn") == "raid at dawn"
