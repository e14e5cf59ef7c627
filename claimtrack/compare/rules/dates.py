"""Dates that disagree: one named event given dates that do not overlap.

The block is the event a date dates (``event_id``, read at extraction; keys
not in the domain's equivalents merge when nearly the same words). Events
that recur (talks, summits) clash only when each report was written after
both dates; repeated operations (raids) only within
:data:`~claimtrack.tuning.OPS_WINDOW_DAYS`; the start or end of a generic
truce only within :data:`~claimtrack.tuning.TRUCE_WINDOW_DAYS`.
"""

from __future__ import annotations

from ...tuning import EVENT_SIMILARITY  # noqa: E402

import datetime

from rapidfuzz import fuzz

from ... import rules as _rules
from ...extract.names import merge_in_blocks
from ...lexicon.events import DISASTER_MOMENT, REPEATED_OPS, TRUCE_MOMENTS, is_recurring
from ...models import Conflict, DateMention
from ...tuning import (DISASTER_WINDOW_DAYS, EVENT_YEAR_GAP_DAYS, MAX_MENTIONS, OPS_WINDOW_DAYS, SITE_DATE_WINDOW_DAYS,
                       TRUCE_WINDOW_DAYS)
from ..engine import Ctx, Records, against_consensus, conflict, group, iso, listed, short

KIND = "date"
#: the records the rule blocks (a field of :class:`~claimtrack.compare.engine.Records`)
READS = "dates"
#: the event key the date reader gives a strike on a named site
SITE_STRIKE = "the strike on "
#: one-off events the date reader keys: a strike on a named site, a named person's killing
ONE_OFF = (SITE_STRIKE, "the killing of ")
RULE = _rules.register(
    "conflict.date", "conflict", "one named event given dates that do not overlap",
    "the attack on October 7 vs the attack on September 7",
)
#: event keys at least this similar (rapidfuzz token_sort_ratio) are one event


def _item(d: DateMention):
    if not d.event_id or not d.valid:
        return None
    lo, hi = iso(d.low or d.value), iso(d.high or d.value)
    if lo is None or hi is None or hi < lo:
        return None
    return (d.event_id, d.event_name, d, lo, hi)


def blocks(records: Records, ctx: Ctx) -> dict:
    items = [it for it in map(_item, records.dates) if it is not None]
    keys = sorted({it[0] for it in items})
    by_token: dict[str, list[str]] = {}
    for k in keys:
        for t in set(k.split()):
            by_token.setdefault(t, []).append(k)
    find = merge_in_blocks(keys, by_token.values(), lambda a, b: fuzz.token_sort_ratio(a, b) >= EVENT_SIMILARITY)
    return {k: v for k, v in group(items, lambda it: find(it[0])).items() if len(v) > 1}


def _latest(items: list, ctx: Ctx) -> datetime.date:
    """The latest report date (undated reports count as latest)."""
    best = datetime.date.min
    for it in items:
        d = ctx.report_day(it[2].article, it[2].article_date)
        if d is None:
            return datetime.date.max
        best = max(best, d)
    return best


def _name(event_id: str, written: str) -> str:
    if event_id.startswith("the "):
        return event_id
    name = written or event_id
    first, _, rest = name.partition(" ")
    if first.lower() in ("its", "his", "her", "their"):
        return "the " + rest
    return name if first.lower() == "the" else "the " + name


def _clashes(key: str, items: list, classes: dict, ctx: Ctx) -> list[tuple]:
    events = {it[0] for it in items}  # a block holds a few event keys, each many times
    recurring = any(is_recurring(e) for e in events) or key in TRUCE_MOMENTS
    repeated_op = any(t in REPEATED_OPS for e in events for t in e.split())
    latests = {c: _latest(classes[c], ctx) for c in classes} if recurring else {}

    def weight(c):
        return (-len({it[2].article for it in classes[c]}),
                min((ctx.date(it[2].article) or "9999", it[2].article, it[2].start) for it in classes[c]))

    out = []
    for a, b in against_consensus(classes, weight):
        if not (a[1] < b[0] or b[1] < a[0]):
            continue
        gap = (b[0] - a[1]).days if a[1] < b[0] else (a[0] - b[1]).days
        if gap > EVENT_YEAR_GAP_DAYS:
            continue  # a different year: another event of the same name
        if recurring and not (latests[a] >= b[0] and latests[b] >= a[0]):
            continue  # one report was written before the other date: two sessions, not one
        if repeated_op and gap > OPS_WINDOW_DAYS:
            continue  # the raid of October and the one of May
        if key in TRUCE_MOMENTS and gap > TRUCE_WINDOW_DAYS:
            continue  # the November truce and the January ceasefire
        if key.startswith(ONE_OFF) and gap > SITE_DATE_WINDOW_DAYS:
            continue  # the same site struck again weeks later; a namesake killed another time
        if key == DISASTER_MOMENT and gap > DISASTER_WINDOW_DAYS:
            continue  # another disaster of the story, or one the article compares it with
        out.append((a, b))
    return out


def conflicts(key: str, items: list, ctx: Ctx) -> list[Conflict]:
    classes = group(items, lambda it: (it[3], it[4]))
    pairs = _clashes(key, items, classes, ctx)
    if not pairs:
        return []
    order = lambda it: (ctx.date(it[2].article) or "9999", it[2].article, it[2].start)  # noqa: E731
    firsts = {c: sorted(classes[c], key=order)[: MAX_MENTIONS // 2] for c in classes}
    shown = [pairs[0][0]] + [b for _, b in pairs]
    # the odd one out first ("September 7 vs October 7" when October 7 is said twice)
    ranked = sorted(shown, key=lambda c: (len(classes[c]),) + order(firsts[c][0]))
    da, db = firsts[ranked[0]][0][2], firsts[ranked[1]][0][2]
    sev = "high" if all(firsts[c][0][2].granularity == "day" for c in shown) else "medium"
    ms = [ctx.mention(d.article, d.text, d.start, d.end, d.value or d.low, d.low, d.high, d.claim,
                      (d.sentence_start, d.sentence_end), ctx.date(d.article) or d.article_date)
          for _, _, d, _, _ in listed(shown, classes, order)]
    name = _name(classes[pairs[0][0]][0][0], classes[pairs[0][0]][0][1])
    summary = f"Date of {name}: {short(da.text)} vs {short(db.text)}"
    return [conflict(KIND, sev, summary, ms, key, RULE)]
