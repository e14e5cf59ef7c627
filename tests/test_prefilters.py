"""Cheap substring checks that skip a costly pattern search where it cannot match.

Each keyword list must cover every alternative of its pattern (else the check
would skip real matches), and the check only skips ASCII windows."""

from __future__ import annotations

import re

from claimtrack.extract import events, quantities
from claimtrack.extract.quantities import _cannot_hold


def _alternatives(group: str) -> list[str]:
    """The words of a regex alternation like ``(?:storms?|hurricane|...)``, with
    optional letters left out ("storms?" -> "storm")."""
    body = group.strip()[3:-1] if group.strip().startswith("(?:") else group
    return [re.sub(r".\?", "", a) for a in body.split("|")]


def _covered(words: list[str], keys: tuple[str, ...]) -> list[str]:
    return [w for w in words if not any(k in w.lower() for k in keys)]


def test_disaster_words_cover_every_disaster_noun():
    assert _covered(_alternatives(events._DISASTER_NOUN), events._DISASTER_WORDS) == []


def test_killing_words_cover_both_killing_forms():
    assert _covered(_alternatives(events._KILLED) + ["killing", "assassination", "murder"], events._KILLING_WORDS) == []


def test_operation_words_cover_the_operation_nouns_and_verbs():
    assert _covered(["raid", "operation", "mission", "assault", "incursion"], quantities._OP_EVENT_WORDS) == []
    assert _covered(["rescued", "raided"], quantities._OP_VERB_WORDS) == []
    assert quantities._OP_EVENT_RE.search("after the commando Raid on Beit Lahia") is not None


def test_cannot_hold_looks_at_the_window_only_and_only_when_ascii():
    text = "The flood came. Officials counted the damage in the valley."
    assert not _cannot_hold(text, 0, 15, ("flood",))
    assert _cannot_hold(text, 16, len(text), ("flood",))
    assert _cannot_hold("A FLOOD", 0, 7, ("storm",)) and not _cannot_hold("A FLOOD", 0, 7, ("flood",))
    # outside ASCII case folding has exceptions (dotless i matches i under re.I): never skipped
    assert not _cannot_hold("the ra\u0131d on the camp", 0, 20, ("raid",))


def test_killing_before_a_date_is_still_read():
    text = "Commander Yusuf Haddad was killed in a strike on the camp on Tuesday, the army said."
    d = text.index("Tuesday")
    assert events._KILLING_BEFORE.search(text, 0, d) is not None
    assert not _cannot_hold(text, 0, d, events._KILLING_WORDS)
