"""Figures that disagree: one quantity given as intervals that do not overlap.

The block is the quantity identity read at extraction (thing, side, role,
place, event, when, running). Literal readings apart -> high; only the
everyday readings apart ("at least 800" vs "at least 2,100") -> medium, and
the summary says so. One number told with and without a hedge ("1,400" /
"more than 1,400") is not a conflict. One conflict per quantity.
"""

from __future__ import annotations

from ... import rules as _rules
from ...lexicon.quantities import ROLE_LABELS, THING_LABELS
from ...models import Conflict, Figure
from ...tuning import DEAL_WINDOW_DAYS, MAX_MENTIONS, SITE_WINDOW_DAYS, YEAR_WINDOW_DAYS
from ..engine import Ctx, Records, against_consensus, conflict, group, short, within

KIND = "figure"
RULE = _rules.register(
    "conflict.figure", "conflict",
    "one quantity (thing, role, place, event, time) given as values that cannot all be right",
    "1,200 killed (Monday) vs 1,400 killed (Monday)",
)

#: "when" values that compare reports within a window rather than on one day
WINDOWS = {"within a year": YEAR_WINDOW_DAYS, "within days": DEAL_WINDOW_DAYS, "within weeks": SITE_WINDOW_DAYS}


def key_of(f: Figure) -> tuple | None:
    if not f.reading or f.lit_low is None:
        return None
    return (f.thing, f.side, f.role, f.place, f.event, f.when, f.running)


def blocks(records: Records, ctx: Ctx) -> dict:
    return {k: v for k, v in group(records.figures, key_of).items() if len(v) > 1}


def label(f: Figure) -> str:
    thing = THING_LABELS.get(f.thing) or (f.thing.capitalize() + "s")
    if f.thing == "hostage" and f.role == "kidnapped":
        thing = "People"
    side = (f.side.capitalize() + " ") if f.side else ""
    parts = [f"{side}{thing.lower() if side else thing} {ROLE_LABELS.get(f.role, f.role)}"]
    if f.place:
        parts.append("in " + ("the " if f.place == "west bank" else "") + f.place.title())
    if f.event_label:
        parts.append(f.event_label if f.event_label.startswith("in ") else "in " + f.event_label)
    return " ".join(parts)


def _report_days(items: list[Figure], ctx: Ctx) -> list:
    return sorted(d for d in (ctx.report_day(f.article, f.article_date) for f in items) if d is not None)


def _order(f: Figure, ctx: Ctx) -> tuple:
    return (ctx.date(f.article) or f.article_date or "9999", f.article, f.start)


def _severity(a: tuple, b: tuple) -> str | None:
    (la, ea), (lb, eb) = a, b
    if la[1] < lb[0] or lb[1] < la[0]:
        return "high"
    if ea[1] < eb[0] or eb[1] < ea[0]:
        return "medium"
    return None


def conflicts(key: tuple, items: list[Figure], ctx: Ctx) -> list[Conflict]:
    classes = group(items, lambda f: ((f.lit_low, f.lit_high), (f.every_low, f.every_high)))
    if len(classes) < 2:
        return []
    values = {c: {f.value for f in fs} for c, fs in classes.items()}
    days = {c: _report_days(fs, ctx) for c, fs in classes.items()}
    window = WINDOWS.get(key[5])

    def weight(c):
        return (-len({f.article for f in classes[c]}), min(_order(f, ctx) for f in classes[c]))

    hits, worst = [], None
    for a, b in against_consensus(classes, weight):
        if window is not None and not within(days[a], days[b], window):
            continue
        if values[a] & values[b]:
            continue  # "1,400" and "more than 1,400": one number, with and without a hedge
        sev = _severity(a, b)
        if sev is None:
            continue
        hits.append((a, b, sev))
        worst = sev if worst is None or sev == "high" else worst
    if not hits:
        return []
    consensus = hits[0][0]
    firsts = {c: sorted(classes[c], key=lambda f: _order(f, ctx))[: MAX_MENTIONS // 2] for c in classes}
    shown = [consensus] + [b for _, b, _ in hits]
    ms = [ctx.mention(f.article, f.text, f.start, f.end, f.value, f.lit_low, f.lit_high, f.claim,
                      (f.sentence_start, f.sentence_end), ctx.date(f.article) or f.article_date)
          for c in shown for f in firsts[c][: max(1, MAX_MENTIONS // len(shown))]]
    first = sorted((firsts[c][0] for c in shown), key=lambda f: _order(f, ctx))
    texts = " vs ".join(short(f.text) for f in first)
    summary = f"{label(first[0])}: {texts}"
    if worst == "medium":
        summary += " (as usually read: the literal bounds overlap)"
    return [conflict(KIND, worst, summary, ms, key, RULE)]
