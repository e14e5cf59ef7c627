"""Casualties fewer than the dead (or the injured) of one report day.

"Casualties" may mean the dead, or the dead and the injured together: either
way the count is at least as large as the dead (or the injured) among them.
A casualty figure whose upper bound is below the lower bound of a killed or
injured figure of the same thing, side and event on the same report day
("fewer than 90 casualties" vs "312 deaths") cannot be right under any
reading. Only a casualty count given against the figures reported ("disputed
these figures, estimating ...", marked at extraction) is held against them: a
casualty count of one incident is a part, not the whole. Places must agree,
except inside one article, where the disputing source often names no place.
"""

from __future__ import annotations

from ... import rules as _rules
from ...models import Conflict, Figure
from ...tuning import MAX_MENTIONS
from ..engine import Ctx, Records, conflict, group, short

KIND = "figure"
#: the records the rule blocks (a field of :class:`~claimtrack.compare.engine.Records`)
READS = "figures"
RULE = _rules.register(
    "conflict.figure-casualties", "conflict",
    "casualties (dead or dead and injured) fewer than the dead or the injured reported for the same day",
    "fewer than 90 casualties vs 312 deaths (same day)",
)
#: the roles a casualty count includes
PARTS = ("killed", "injured")
ROLE = "casualties"
_ROLES = frozenset((ROLE, *PARTS))
#: a casualty count given against figures the article reports (read at extraction)
DISPUTED = "disputed"


def key_of(f: Figure, ctx: Ctx) -> tuple | None:
    if not f.reading or f.lit_low is None or f.aspect == "superseded" or f.role not in _ROLES:
        return None
    day = ctx.date(f.article) or f.article_date or "article " + f.article
    return (ROLE, f.thing, f.side, f.event, day)


def blocks(records: Records, ctx: Ctx) -> dict:
    out = group(records.figures, lambda f: key_of(f, ctx))
    return {k: v for k, v in out.items()
            if any(f.role == ROLE and f.aspect == DISPUTED for f in v) and any(f.role in PARTS for f in v)}


def _places_meet(a: Figure, b: Figure) -> bool:
    return a.place == b.place or (a.article == b.article and not (a.place and b.place))


def conflicts(key: tuple, items: list[Figure], ctx: Ctx) -> list[Conflict]:
    cas = [f for f in items if f.role == ROLE and f.aspect == DISPUTED]
    parts = [f for f in items if f.role in PARTS]
    hits = [(c, p) for c in cas for p in parts if c.lit_high < p.lit_low and _places_meet(c, p)]
    if not hits:
        return []
    role = min((p.role for _, p in hits), key=PARTS.index)  # the dead, when the casualties are fewer
    shown = list(dict.fromkeys(f for h in sorted(hits, key=lambda h: h[0].lit_high) if h[1].role == role for f in h))
    ms = [ctx.mention(f.article, f.text, f.start, f.end, f.value, f.lit_low, f.lit_high, f.claim,
                      (f.sentence_start, f.sentence_end), ctx.date(f.article) or f.article_date)
          for f in shown[:MAX_MENTIONS]]
    c, p = shown[0], shown[1]
    summary = f"Casualties fewer than the {p.role}: {short(c.text)} vs {short(p.text)}"
    return [conflict(KIND, "high", summary, ms, key, RULE)]
