"""The registry of rules: every record names the rule that made it.

Extractors and the comparator register their rules here at import time, each
with a stable id ("claim.said-after", "figure.number-noun", "conflict.figure",
...), the stage it belongs to and one line saying what it does. A record's
``rule`` field holds that id, so errors on real text can be counted by rule
(``claimtrack rules`` lists every rule with how often it fired).
"""

from __future__ import annotations

import attrs

STAGES = ("claim", "figure", "date", "name", "conflict")


@attrs.frozen
class Rule:
    """One registered rule: ``id`` is what records carry in their ``rule`` field."""

    id: str
    stage: str
    description: str
    example: str = ""


REGISTRY: dict[str, Rule] = {}


def register(rule_id: str, stage: str, description: str, example: str = "") -> str:
    """Register a rule and return its id (so a module can keep it as a constant).

    Registering the same id twice with the same stage is allowed (a module
    imported again); a clash of stages is an error.
    """
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r} for rule {rule_id!r}")
    old = REGISTRY.get(rule_id)
    if old is not None and old.stage != stage:
        raise ValueError(f"rule {rule_id!r} already registered for stage {old.stage!r}")
    REGISTRY[rule_id] = Rule(rule_id, stage, description, example)
    return rule_id


def all_rules(stage: str | None = None) -> list[Rule]:
    """Registered rules (of one stage, or all), sorted by stage then id."""
    order = {s: i for i, s in enumerate(STAGES)}
    return sorted(
        (r for r in REGISTRY.values() if stage is None or r.stage == stage),
        key=lambda r: (order[r.stage], r.id),
    )


def load_all() -> list[Rule]:
    """Import every module that registers rules, then list them all."""
    from .compare import rules as _conflict_rules  # noqa: F401
    from .extract import attribution, dates, events, figures, names, pubdate, quantities  # noqa: F401

    return all_rules()
