"""Generic event vocabulary: events that recur, operations that repeat, truce moments.

The comparator uses these to decide how far apart two dates of one event
may be and still be about the same occurrence; no story is named here.
"""

from __future__ import annotations

#: events held again and again: two reports clash only when each knew both dates
RECURRING = frozenset(
    "meeting meetings talks talk session sessions round rounds conference summit protest protests rally "
    "demonstration vote".split()
)
#: operations repeated in one place months apart: two dates clash only when close
REPEATED_OPS = frozenset("raid raids strike strikes operation operations bombing shelling incursion incursions".split())
#: the two datable moments of a generic truce (event keys the date reader gives)
TRUCE_MOMENTS = ("the truce took effect", "the truce ended")
#: the day the story's disaster struck (storm, quake, flood, fire, crush ...), as the date reader names it
DISASTER_MOMENT = "the day the disaster struck"


def is_recurring(key: str) -> bool:
    """Whether events of this kind recur ("the Doha talks", "the Jabalia raid"):
    two reports then only clash when each was written after both dates."""
    return any(t in RECURRING for t in key.split())
