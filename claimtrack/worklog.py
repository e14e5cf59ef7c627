"""People's work in the database: the thin layer between :mod:`review` (pure
rules) and :class:`store.Store`. No clock here either: callers pass ``at``.

Every function that writes must be called inside ``store.writing()``; the
CLI opens one transaction per decision or verdict.
"""

from __future__ import annotations

from typing import Any

from . import review
from .models import Claim, Conflict
from .store import Store


def find_claim(store: Store, claim_id: str) -> Claim | None:
    found = store.find(claim_id)
    if found is None or found[0] != "claims":
        return None
    return Claim.from_dict(found[1])


def find_conflict(store: Store, conflict_id: str) -> Conflict | None:
    found = store.find(conflict_id)
    if found is None or found[0] != "conflicts":
        return None
    return Conflict.from_dict(found[1])


def record_decision(store: Store, conflict: Conflict, status: str, by: str, at: str, note: str = "") -> dict[str, Any]:
    """Append one decision (inside ``store.writing()``) and return it."""
    rec = review.make_decision(conflict, status, by, at, note)
    store.append("decisions", rec)
    return rec


def record_verdict(store: Store, claim: Claim, rating: str, by: str, at: str, note: str = "") -> dict[str, Any]:
    """Append one verdict (inside ``store.writing()``) and return it."""
    rec = review.make_verdict(claim, rating, by, at, note)
    store.append("verdicts", rec)
    return rec


def reattach(store: Store) -> dict[str, dict[str, int]]:
    """After claims and conflicts were re-derived: re-point verdicts and decisions.

    Call inside ``store.writing()``. Tables are rewritten only when something
    changed (their rows keep their order; nothing is ever dropped).
    """
    stats: dict[str, dict[str, int]] = {}
    verdicts = store.records("verdicts")
    if verdicts:
        # a verdict can only move within its article: read those articles' claims alone
        articles = {v.get("article") for v in verdicts}
        claims = store.claims() if None in articles else store.claims(articles=articles)
        new, stats["verdicts"] = review.reattach_verdicts(verdicts, claims)
        if new != verdicts:
            store.set_records("verdicts", new)
    decisions = store.records("decisions")
    if decisions:
        new, stats["decisions"] = review.reattach_decisions(decisions, store.conflicts())
        if new != decisions:
            store.set_records("decisions", new)
    return stats


def history(store: Store, record_id: str) -> list[dict[str, Any]]:
    return review.history_rows(record_id, store.records("verdicts"), store.records("decisions"), store.conflicts())


def orphaned(store: Store) -> list[dict[str, Any]]:
    return review.orphaned_rows(store.records("verdicts"), store.records("decisions"))
