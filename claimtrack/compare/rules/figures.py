"""Figures that disagree: one quantity given as intervals that do not overlap.

The block is the quantity identity read at extraction (thing, side, role,
place, event, when, running). Literal readings apart -> high; only the
everyday readings apart ("at least 800" vs "at least 2,100") -> medium, and
the summary says so. One number told with and without a hedge ("1,400" /
"more than 1,400") is not a conflict. One conflict per quantity.

The story's own tolls with no place the domain knows (``aspect == "toll"``)
rise through a day as counts come in: they are compared only when a later
report is lower than an earlier one (within
:data:`~claimtrack.tuning.RUNNING_WINDOW_DAYS`) or when two open bounds of
one day are far apart as people read them. Superseded values (the old value
of a stated revision) are left to the ``superseded`` rule.
"""

from __future__ import annotations

from ... import rules as _rules
from ...lexicon.quantities import BEARING, COMPASS, ROLE_LABELS, THING_LABELS, THINGS, WITHIN_A_DAY
from ...models import Conflict, Figure
from ...tuning import BEARING_APART_DEGREES, DEAL_WINDOW_DAYS, DECREASE_TOLERANCE, MAGNITUDE_SAME_QUAKE, RELEASE_REPORT_WINDOW_DAYS, RUNNING_WINDOW_DAYS, SITE_WINDOW_DAYS, YEAR_WINDOW_DAYS
from ..engine import Ctx, Records, against_consensus, conflict, group, iso, listed, short, within

KIND = "figure"
#: the records the rule blocks (a field of :class:`~claimtrack.compare.engine.Records`)
READS = "figures"
RULE = _rules.register(
    "conflict.figure", "conflict",
    "one quantity (thing, role, place, event, time) given as values that cannot all be right",
    "1,200 killed (Monday) vs 1,400 killed (Monday)",
)
TOLL_RULE = _rules.register(
    "conflict.figure-toll", "conflict",
    "the story's running toll: a later report lower than an earlier one, or far-apart bounds on one day",
    "at least 800 killed vs at least 2,100 killed (same day)",
)

#: "when" values that compare reports within a window rather than on one day
WINDOWS = {WITHIN_A_DAY: RELEASE_REPORT_WINDOW_DAYS, "within a year": YEAR_WINDOW_DAYS, "within days": DEAL_WINDOW_DAYS, "within weeks": SITE_WINDOW_DAYS}
#: windows whose block names one event (a strike on a named site): a report
#: with no date is still about that event, so it is compared
NAMED_EVENT_WINDOWS = ("within weeks",)
#: things whose running tallies are parts of a toll (bodies found, identified,
#: handed over, at one hospital): never compared as the toll, nor with each other
PARTIAL_TALLIES = (THINGS["bodies"],)
#: counts that only grow: a later lower report is a discrepancy
CUMULATIVE = ("killed", "injured")


def key_of(f: Figure) -> tuple | None:
    if not f.reading or f.lit_low is None or f.aspect == "superseded":
        return None
    if f.aspect == "toll":
        if f.thing in PARTIAL_TALLIES:
            return None  # "88 bodies identified", "187 bodies yet to be identified": parts of a toll
        return (f.thing, f.side, f.role, f.place, f.event, "toll", True)
    return (f.thing, f.side, f.role, f.place, f.event, f.when, f.running)


def blocks(records: Records, ctx: Ctx) -> dict:
    return {k: v for k, v in group(records.figures, key_of).items() if len(v) > 1}


def label(f: Figure) -> str:
    if not f.role and f.event_label:
        return f.event_label  # a measure ("Earthquake magnitude")
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


def _classes(items: list[Figure]) -> dict:
    return group(items, lambda f: ((f.lit_low, f.lit_high), (f.every_low, f.every_high)))


def _build(key: tuple, classes: dict, hits: list[tuple], ctx: Ctx, rule: str, note: str = "") -> Conflict:
    worst = "high" if any(sev == "high" for *_, sev in hits) else hits[0][2]
    shown = list(dict.fromkeys([c for a, b, _ in hits for c in (a, b)]))
    ms = [ctx.mention(f.article, f.text, f.start, f.end, f.value, f.lit_low, f.lit_high, f.claim,
                      (f.sentence_start, f.sentence_end), ctx.date(f.article) or f.article_date)
          for f in listed(shown, classes, lambda f: _order(f, ctx))]
    first = sorted((min(classes[c], key=lambda f: _order(f, ctx)) for c in shown[:2]), key=lambda f: _order(f, ctx))
    summary = f"{label(first[0])}: " + " vs ".join(short(f.text) for f in first)
    everyday_only = any(_severity(a, b) == "medium" for a, b, _ in hits)
    if everyday_only:
        summary += " (as usually read: the literal bounds overlap)"
    return conflict(KIND, worst, summary + note, ms, key, rule)


def _before(f: Figure, rev: Figure, ctx: Ctx) -> bool:
    """Whether ``f`` was reported before the revision ``rev`` stated: in the
    revising article itself, or in a report of the same day or earlier."""
    if f.article == rev.article:
        return True
    df, dr = ctx.report_day(f.article, f.article_date), ctx.report_day(rev.article, rev.article_date)
    return df is not None and dr is not None and df <= dr


def unrevised(items: list[Figure], ctx: Ctx) -> list[Figure]:
    """The figures left once stated revisions ("raised the toll to 300") have
    superseded the other values reported before them."""
    revs = [f for f in items if f.revised]
    if not revs:
        return items
    return [f for f in items if f.revised or not any(
        not (f.every_low <= r.value <= f.every_high) and _before(f, r, ctx) for r in revs)]


def conflicts(key: tuple, items: list[Figure], ctx: Ctx) -> list[Conflict]:
    items = unrevised(items, ctx)
    if key[5] == "toll":
        return _toll_conflicts(key, items, ctx)
    classes = _classes(items)
    if len(classes) < 2:
        return []
    values = {c: {f.value for f in fs} for c, fs in classes.items()}
    window = WINDOWS.get(key[5])
    days = {c: _report_days(fs, ctx) for c, fs in classes.items()} if window is not None else {}

    date = ctx.date

    def weight(c):  # _order inlined: this runs for every figure of a block holding two values or more
        fs = classes[c]
        return (-len({f.article for f in fs}), min((date(f.article) or f.article_date or "9999", f.article, f.start) for f in fs))

    hits = []
    for a, b in against_consensus(classes, weight):
        if window is not None and not within(days[a], days[b], window) and not (
                key[5] in NAMED_EVENT_WINDOWS and not (days[a] and days[b])):
            continue
        sev = _pair_severity(key[0], a, b, values)
        if sev is not None:
            hits.append((a, b, sev))
    note = _bearing_note(hits) if hits and key[0] == BEARING else ""
    return [_build(key, classes, hits, ctx, RULE, note)] if hits else []


def _pair_severity(thing: str, a: tuple, b: tuple, values: dict) -> str | None:
    """How two value classes of one quantity clash, None when they do not."""
    if thing == BEARING:  # "72 km northeast of" vs "72 km southwest of" one city
        return "high" if _bearing_gap(a, b) >= BEARING_APART_DEGREES else None
    if values[a] & values[b]:
        return None  # "1,400" and "more than 1,400": one number, with and without a hedge
    if thing == "magnitude" and _other_quake(a, b):
        return None  # 7.6 and 5.5: the main quake and an aftershock, not two estimates of one quake
    return _severity(a, b)


def _bearing_note(hits: list[tuple]) -> str:
    """The directions a bearing conflict is about: " (southwest vs northeast)"."""
    name = {v: k for k, v in COMPASS.items()}
    a, b, _ = hits[0]
    return f" ({name.get(a[0][0], a[0][0])} vs {name.get(b[0][0], b[0][0])})"


def _bearing_gap(a: tuple, b: tuple) -> float:
    """Degrees between two compass directions (classes of the ``bearing`` measure), the short way round."""
    d = abs(a[0][0] - b[0][0]) % 360
    return min(d, 360 - d)


def _other_quake(a: tuple, b: tuple) -> bool:
    """Two magnitude classes too far apart to be estimates of one quake."""
    (la, _), (lb, _) = a, b
    return min(abs(la[0] - lb[1]), abs(lb[0] - la[1])) > MAGNITUDE_SAME_QUAKE


def _open_bound(f: Figure) -> bool:
    return f.lit_high == float("inf")


def _readings(f: Figure) -> tuple:
    return ((f.lit_low, f.lit_high), (f.every_low, f.every_high))


def _same_day(fs: list[Figure]) -> tuple | None:
    """"at least 800" vs "at least 2,100" on one day: the lowest and highest
    open bounds, when they are far apart as people read them (a count rising
    through the day is otherwise no discrepancy)."""
    bounds = [f for f in fs if _open_bound(f)]
    if len(bounds) < 2:
        return None
    lo = min(bounds, key=lambda f: f.every_high)
    hi = max(bounds, key=lambda f: f.every_low)
    if lo is not hi and _severity(_readings(lo), _readings(hi)):
        return (lo, hi, "medium")
    return None


def _dropped(earlier: list[Figure], later: list[Figure], role: str) -> tuple | None:
    """The highest count of a day against the lowest of a day or so later:
    a cumulative toll reported lower later, beyond the tolerance."""
    if role not in CUMULATIVE:
        return None
    a = max(earlier, key=lambda f: f.lit_low)
    b = min(later, key=lambda f: f.every_high)
    if b.every_high < a.every_low * (1 - DECREASE_TOLERANCE) and b.lit_high < a.lit_low:
        return (a, b, "medium")
    return None


def _toll_conflicts(key: tuple, items: list[Figure], ctx: Ctx) -> list[Conflict]:
    """Linear in the reports: per day, its extreme bounds; per pair of close days, the drop."""
    by_day = group(items, lambda f: iso(f.when))
    days = sorted(by_day)
    found = []
    for i, d in enumerate(days):
        hit = _same_day(by_day[d])
        if hit:
            found.append(hit)
        for d2 in days[i + 1 :]:
            if (d2 - d).days > RUNNING_WINDOW_DAYS:
                break
            hit = _dropped(by_day[d], by_day[d2], key[2])
            if hit:
                found.append(hit)
    if not found:
        return []
    classes = _classes(items)
    cls = {id(f): c for c, fs in classes.items() for f in fs}
    hits = list({(cls[id(a)], cls[id(b)]): (cls[id(a)], cls[id(b)], sev) for a, b, sev in found}.values())
    return [_build(key, classes, hits, ctx, TOLL_RULE)]
