"""Conflict rules, one module per kind.

A rule module has ``KIND`` (the conflict kind), ``RULE`` (its registered id),
``READS`` (the records it blocks: "figures", "dates" or "names"; the rules
of one table can be compared apart from the others),
``blocks(records, ctx) -> {key: items}`` (the quantity identity of each
record) and ``conflicts(key, items, ctx) -> [Conflict]`` (what one block
holds). Adding a kind is one module plus its line in :data:`RULES`.
"""

from __future__ import annotations

from . import ages, casualties, dates, figures, names, status, superseded

RULES = (figures, superseded, dates, names, status, casualties, ages)
