"""Superseded values: an article states a revision ("officials initially said
150 were injured", "revised the toll from 1,900 to 1,650"); another article
still giving the old value is flagged (low severity), with the revising
article as evidence. Inside the revising article it is no conflict."""

from __future__ import annotations

from ... import rules as _rules
from ...models import Conflict, Figure
from ...tuning import MAX_MENTIONS
from ..engine import Ctx, Records, conflict, group, short

KIND = "superseded"
#: the records the rule blocks (a field of :class:`~claimtrack.compare.engine.Records`)
READS = "figures"
RULE = _rules.register(
    "conflict.superseded", "conflict",
    "a value another article states was revised, still given as current",
    "150 injured (A) vs 'initially said 150 ... 82 injured' (B)",
)


def _key(f: Figure) -> tuple | None:
    """The quantity, less its place: a toll given for the whole event and the
    same toll given with the place it happened ("the toll in <district>")
    meet here; two different places are kept apart in :func:`_same_place`."""
    if not f.reading or f.lit_low is None or not f.role:
        return None
    return (f.thing, f.side, f.role, f.event)


def _place_of(old: Figure, items: list[Figure]) -> str:
    """Where the revised toll is: the old value's place, else the place its
    revising value names in the same sentence ("revised the toll in X to 61 from 68")."""
    return old.place or next((f.place for f in items if f.article == old.article and f.revised and f.place
                              and f.sentence_start == old.sentence_start), "")


def _same_place(f: Figure, place: str) -> bool:
    return not (f.place and place and f.place != place)


def blocks(records: Records, ctx: Ctx) -> dict:
    out = group(records.figures, _key)
    return {k: v for k, v in out.items() if any(f.aspect == "superseded" for f in v)}


def _uses(f: Figure, old: Figure) -> bool:
    """Whether ``f`` gives the superseded value: that number ("at least
    1,900"), or a bounded everyday reading that holds it ("about 1,900");
    an open bound ("at least 23") holds every larger value and gives none."""
    if f.value == old.value:
        return True
    return f.every_high != float("inf") and f.every_low <= old.value <= f.every_high


def _nearness(f: Figure, old: Figure) -> tuple:
    """Which value of the revising article replaced ``old``: the one its
    sentence states ("revised the toll to 275 from 288"), then the nearest."""
    same = f.sentence_start == old.sentence_start and f.sentence_start >= 0
    return (not same, not f.revised, abs(f.start - old.start))


#: roles whose counts only grow: an upward change ("rose from 78 to 82") is news, not a correction
RISING = ("killed", "injured")


def _later(ctx: Ctx, f: Figure, old: Figure) -> bool:
    """Whether ``f``'s article is dated after the article that gives ``old`` (both dated)."""
    a, b = ctx.date(f.article), ctx.date(old.article)
    return bool(a and b and a > b)


def conflicts(key: tuple, items: list[Figure], ctx: Ctx) -> list[Conflict]:
    out = []
    for old in (f for f in items if f.aspect == "superseded"):
        place = _place_of(old, items)
        items_here = [f for f in items if _same_place(f, place) and f.aspect != "superseded"]
        current = [f for f in items_here if f.article == old.article and not _uses(f, old)]
        stale = [f for f in items_here if f.article != old.article and _uses(f, old)]
        if not current or not stale:
            continue
        order = lambda f: (ctx.date(f.article) or "9999", f.article, f.start)  # noqa: E731
        new = min(current, key=lambda f: _nearness(f, old))
        if new.value > old.value and old.role in RISING:
            # "bringing the toll from 78 to 82": a count that grows; only a later report still giving 78 is stale
            stale = [f for f in stale if _later(ctx, f, old)]
            if not stale:
                continue
        # the other articles that state the same revision, then those that give the new value, are evidence too
        also = sorted((f for f in items_here if f.article != old.article and f.value == new.value),
                      key=lambda f: (not f.revised,) + order(f))
        shown = sorted(stale, key=order)[: MAX_MENTIONS - 1] + [new] + also[: max(0, MAX_MENTIONS - 1 - len(stale))]
        ms = [ctx.mention(f.article, f.text, f.start, f.end, f.value, f.lit_low, f.lit_high, f.claim,
                          (f.sentence_start, f.sentence_end)) for f in shown]
        summary = (f"Superseded value: {short(shown[0].text)} still given; article {old.article} "
                   f"revised it ({short(old.text)} -> {short(new.text)})")
        # the id: the quantity as the revising article gives it, and its old value
        out.append(conflict(KIND, "low", summary, ms, key[:3] + (place,) + key[3:] + (old.value,), RULE))
    return out
