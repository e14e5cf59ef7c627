"""Domain lexicons: the story knowledge generic code never names.

A domain file (TOML, read with the standard library's ``tomllib``) gives the
named events of a story and their equivalents, its places, agents and sides
(see ``middle_east.toml``, the seeds' beat). Every ``*.toml`` in this folder
is loaded, then the files named by ``--lexicon FILE`` or ``CLAIMTRACK_LEXICON``
(paths joined by ``os.pathsep``), in that order: tables merge key by key,
lists of events and agents add up.

TOML rather than Python: a desk editor adds an event or a place without
touching code, and a bad file is reported (``ValueError``), never executed.
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import attrs

ENV = "CLAIMTRACK_LEXICON"
HERE = Path(__file__).resolve().parent


@attrs.frozen
class NamedEvent:
    """An event a figure belongs to: its toll compares across all report dates."""

    name: str
    place: str
    side: str
    roles: tuple[str, ...]
    pattern: re.Pattern


@attrs.frozen
class Agent:
    """Who did something says where it happened ("air strikes" -> the strip)."""

    place: str
    pattern: re.Pattern


@attrs.frozen
class Domain:
    sides: dict[str, str]
    things: dict[str, str]
    captivity: dict[str, Any]
    places: dict[str, str]
    agents: tuple[Agent, ...]
    events: tuple[NamedEvent, ...]
    war: dict[str, str]
    event_equivalents: dict[str, str]
    not_places: frozenset[str]
    non_person_phrases: tuple[str, ...] = ()
    non_name_tokens: frozenset[str] = frozenset()
    noun_modifiers: frozenset[str] = frozenset()
    #: the ``[attribution]`` table: word lists for the attribution extractor ("news_agencies", ...)
    attribution: dict[str, tuple[str, ...]] = attrs.field(factory=dict)

    def place_of(self, written: str) -> str:
        w = written.lower()
        return self.places.get(w, w)


def _merge(into: dict[str, Any], data: dict[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, list) and key in ("events", "agents"):
            into.setdefault(key, []).extend(value)
        elif isinstance(value, dict):
            into.setdefault(key, {})
            for k, v in value.items():
                if isinstance(v, list) and isinstance(into[key].get(k), list):
                    into[key][k] = into[key][k] + v
                else:
                    into[key][k] = v
        else:
            into[key] = value


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(r"\b(?:" + pattern + r")\b", re.I)
    except re.error as exc:
        raise ValueError(f"{where}: bad pattern ({exc})") from None


def read_file(path: str | Path) -> dict[str, Any]:
    """One domain file as data; ``ValueError`` with a one-line reason when it is not TOML."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{p}: not a TOML lexicon ({exc})") from None


def build(data: dict[str, Any]) -> Domain:
    """The merged data of all domain files as a :class:`Domain`."""
    events = tuple(
        NamedEvent(e["name"], e.get("place", ""), e.get("side", ""), tuple(e.get("roles", ())),
                   _compile(e["pattern"], f"event {e['name']!r}"))
        for e in data.get("events", ()) if e.get("name") and e.get("pattern")
    )
    agents = tuple(Agent(a["place"], _compile(a["pattern"], "agent")) for a in data.get("agents", ()) if a.get("pattern"))
    words = data.get("words", {})
    return Domain(
        sides={k.lower(): v for k, v in data.get("sides", {}).items()},
        things={k.lower(): v for k, v in data.get("things", {}).items()},
        captivity=dict(data.get("captivity", {})),
        places={k.lower(): v for k, v in data.get("places", {}).items()},
        agents=agents,
        events=events,
        war=dict(data.get("war", {})),
        event_equivalents={k.lower(): v for k, v in data.get("event_equivalents", {}).items()},
        not_places=frozenset(w.lower() for w in words.get("not_places", ())),
        non_person_phrases=tuple(w.lower() for w in words.get("non_person_phrases", ())),
        non_name_tokens=frozenset(w.lower() for w in words.get("non_name_tokens", ())),
        noun_modifiers=frozenset(w.lower() for w in words.get("noun_modifiers", ())),
        attribution={k: tuple(str(w) for w in v) for k, v in data.get("attribution", {}).items() if isinstance(v, list)},
    )


def _env_paths() -> tuple[str, ...]:
    raw = os.environ.get(ENV, "")
    return tuple(p for p in raw.split(os.pathsep) if p)


@cache
def _load(paths: tuple[str, ...]) -> Domain:
    data: dict[str, Any] = {}
    for p in sorted(HERE.glob("*.toml")) + [Path(x) for x in paths]:
        _merge(data, read_file(p))
    return build(data)


def get() -> Domain:
    """The domain lexicon in use: the shipped files plus the user's (env)."""
    return _load(_env_paths())


def load(paths: list[str]) -> Domain:
    """Check and load extra domain files (``--lexicon``); raises ``ValueError``/``OSError``."""
    return _load(tuple(paths))
