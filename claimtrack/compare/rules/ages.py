"""One person given two different ages ("X, a 33-year-old citizen" / "X, 32,"): a figure conflict
per person, when the reports are close enough in time that the age cannot have changed."""

from __future__ import annotations

from ... import rules as _rules
from ...extract import names as _names
from ...models import Conflict, NameRecord
from ...tuning import AGE_WINDOW_DAYS
from ..engine import Ctx, Records, conflict, iso

KIND = "figure"
#: the records the rule blocks (a field of :class:`~claimtrack.compare.engine.Records`)
READS = "names"
RULE = _rules.register(
    "conflict.age", "conflict", "one person given two different ages in reports of the same weeks",
    "Jan Novak, 33 / Jan Novak, 32",
)


def _aged(n: NameRecord) -> bool:
    return n.status.startswith("age:")


def _owners(records: Records) -> dict[tuple[str, str], str]:
    """(article, surname) -> the one full name of that article ending in it."""
    seen: dict[tuple[str, str], set[str]] = {}
    for n in records.names:
        toks = n.text.split()
        if len(toks) >= 2:
            seen.setdefault((n.article, toks[-1]), set()).add(n.text)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def blocks(records: Records, ctx: Ctx) -> dict:
    aged = [n for n in records.names if _aged(n)]
    if len(aged) < 2:
        return {}
    owners = _owners(records)
    full = {n: (n.text if len(n.text.split()) >= 2 else owners.get((n.article, n.text), "")) for n in aged}
    names = sorted({t for t in full.values() if t})
    groups = _names.name_groups(names)
    longer = _names.long_name_groups(groups.get(t, t) for t in names)  # "Saif Issam Abu Taha" / "Saifeddin Issam Ayad Abutaha"
    out: dict[tuple, list[NameRecord]] = {}
    for n, name in full.items():
        if name:
            canon = groups.get(name, name)
            out.setdefault(("age", longer.get(canon, canon)), []).append(n)
    return {k: v for k, v in out.items() if len({n.status for n in v}) > 1}


def _close(a: list[NameRecord], b: list[NameRecord], ctx: Ctx) -> bool:
    """Some report of one age within AGE_WINDOW_DAYS of some report of the other (undated reports count)."""
    da = [ctx.report_day(n.article) for n in a]
    db = [ctx.report_day(n.article) for n in b]
    return any(x is None or y is None or abs((x - y).days) <= AGE_WINDOW_DAYS for x in da for y in db)


def conflicts(key: tuple, items: list[NameRecord], ctx: Ctx) -> list[Conflict]:
    order = lambda n: (ctx.date(n.article) or "9999", n.article, n.start)  # noqa: E731
    by_age: dict[str, list[NameRecord]] = {}
    for n in sorted(items, key=order):
        by_age.setdefault(n.status, []).append(n)
    ages = sorted(by_age, key=lambda s: (-len({n.article for n in by_age[s]}), order(by_age[s][0])))
    if not any(_close(by_age[ages[0]], by_age[a], ctx) for a in ages[1:]):
        return []
    ms = [ctx.mention(n.article, n.status_text, n.status_start, n.status_end, value=float(n.status[4:]),
                      claim=n.claim, sentence=(n.sentence_start, n.sentence_end)) for a in ages for n in by_age[a][:2]]
    summary = "Age of {}: {}".format(key[1], " / ".join(a[4:] for a in ages))
    return [conflict(KIND, "medium", summary, ms, key, RULE)]
