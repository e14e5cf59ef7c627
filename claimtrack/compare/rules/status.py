"""One person captured (or alive) in one report and dead in another,
unless the death is later news."""

from __future__ import annotations

from ... import rules as _rules
from ...extract import names as _names
from ...models import Conflict, NameRecord
from ...tuning import MAX_MENTIONS
from ..engine import Ctx, Records, conflict

KIND = "status"
#: the records the rule blocks (a field of :class:`~claimtrack.compare.engine.Records`)
READS = "names"
RULE = _rules.register(
    "conflict.status", "conflict", "one person described as captured in one article and dead in another",
    "X, who was captured / X, who was killed",
)


def _spans(ns: list[NameRecord]) -> tuple:
    return tuple(sorted({(n.article, n.status_start, n.status_end, n.status_text) for n in ns}))


def blocks(records: Records, ctx: Ctx) -> dict:
    """People with both statuses, merged when the same clauses describe them
    ("A, B and C, who were captured"): the block is those clauses."""
    with_status = [n for n in records.names if n.status in ("captive", "dead")]  # (not a stated age)
    groups = _names.name_groups(sorted({n.text for n in with_status}))
    per: dict[str, list[NameRecord]] = {}
    for n in with_status:
        per.setdefault(groups.get(n.text, n.text), []).append(n)
    out: dict[tuple, list[NameRecord]] = {}
    for ns in per.values():
        if {n.status for n in ns} == {"captive", "dead"}:
            key = (_spans([n for n in ns if n.status == "captive"]), _spans([n for n in ns if n.status == "dead"]))
            out.setdefault(key, []).extend(ns)
    return out


def _year_in(text: str) -> str:
    for w in text.split():
        if len(w) == 4 and w.isdigit():
            return w
    return ""


def _clash(cap: list[NameRecord], dead: list[NameRecord], ctx: Ctx) -> bool:
    """Captured in one report and dead in another clash unless the death is
    news: a later report of a death the text does not date back to the capture."""
    for c in cap:
        dc = ctx.date(c.article)
        for d in dead:
            dd = ctx.date(d.article)
            if dc is None or dd is None or dc >= dd:
                return True  # alive in a report no older than the death report
            y = _year_in(d.status_text)
            if y and y <= dc[:4]:
                return True  # "killed in the 2014 war", yet reported captive after that
    return False


def conflicts(key: tuple, items: list[NameRecord], ctx: Ctx) -> list[Conflict]:
    c_sp, d_sp = key
    cap = [n for n in items if n.status == "captive"]
    dead = [n for n in items if n.status == "dead"]
    if len({a for a, *_ in c_sp + d_sp}) == 1:
        return []  # one article telling a story (captured, later killed)
    if not _clash(cap, dead, ctx):
        return []
    half = MAX_MENTIONS // 2
    ms = [ctx.mention(a, t, s, e, value=t) for a, s, e, t in list(c_sp)[:half] + list(d_sp)[:half]]
    persons = sorted({n.text for n in items})
    summary = f"{', '.join(persons)}: {c_sp[0][3]} vs {d_sp[0][3]}"
    return [conflict(KIND, "medium", summary, ms, key, RULE)]
