"""One name spelled more than one way: one conflict per person (or place),
with every spelling, also when one article uses two of them."""

from __future__ import annotations

from ... import rules as _rules
from ...extract import names as _names
from ...models import Conflict, NameRecord
from ...tuning import MAX_MENTIONS
from ..engine import Ctx, Records, conflict

KIND = "name"
#: the records the rule blocks (a field of :class:`~claimtrack.compare.engine.Records`)
READS = "names"
RULE = _rules.register(
    "conflict.name", "conflict", "one person spelled two or more ways (all spellings in one conflict)",
    "Hazem Qassem / Hazem Qasim",
)


def _lone_owner(n: NameRecord, full: dict[str, list[str]]) -> str | None:
    """The full name (same article) a lone surname is a spelling of: the one
    whose last name is its variant ("Hanieh" -> "Ismail Haniyeh")."""
    w = n.text.lower()
    hits = {t for t in full.get(n.article, ()) if _names.skeleton(_names.name_tokens(t)[-1]) == _names.skeleton(w)}
    return hits.pop() if len(hits) == 1 else None


def blocks(records: Records, ctx: Ctx) -> dict:
    firsts: dict[tuple[str, str], NameRecord] = {}
    lone: list[NameRecord] = []
    is_lone: dict[str, bool] = {}  # by spelling: a spelling recurs across many articles
    for n in records.names:
        if n.status.startswith("age:") and " " not in n.text:
            continue  # a surname kept only for the age beside it ("Mirzoev, 32"), spelled as the full name
        one = is_lone.get(n.text)
        if one is None:
            one = is_lone[n.text] = len(_names.name_tokens(n.text)) < 2
        if one:
            lone.append(n)  # the extractor keeps a lone surname only when it is a variant spelling
            continue
        k = (n.article, n.text)
        first = firsts.get(k)
        if first is None or n.start < first.start:
            firsts[k] = n
    groups = _names.name_groups(sorted({t for _, t in firsts}))
    # one surname written joined and apart in names of two lengths ("Abu Taha" / "Abutaha")
    respelled = _names.long_name_groups(set(groups.values()), respelled_only=True)
    out: dict[str, list[NameRecord]] = {}
    for (_, text), n in firsts.items():
        canon = groups.get(text, text)
        out.setdefault(respelled.get(canon, canon), []).append(n)
    full: dict[str, list[str]] = {}
    for art, text in firsts:
        full.setdefault(art, []).append(text)
    for n in lone:
        owner = _lone_owner(n, full)
        if owner is not None:
            canon = groups.get(owner, owner)
            out.setdefault(respelled.get(canon, canon), []).append(n)
    return {k: v for k, v in out.items() if len({_names.canonical_key(n.text) for n in v}) > 1}


def conflicts(key: str, items: list[NameRecord], ctx: Ctx) -> list[Conflict]:
    order = lambda n: (ctx.date(n.article) or "9999", n.article, n.start)  # noqa: E731
    by_key: dict[str, list[NameRecord]] = {}
    for n in sorted(items, key=order):
        by_key.setdefault(_names.canonical_key(n.text), []).append(n)
    # the usual spelling: used by most articles, then the earliest
    ranked = sorted(by_key.values(), key=lambda ns: (-len({n.article for n in ns}), order(ns[0])))
    per = max(1, MAX_MENTIONS // len(ranked))
    ms = [ctx.mention(n.article, n.text, n.start, n.end, value=n.text, claim=n.claim,
                      sentence=(n.sentence_start, n.sentence_end)) for ns in ranked for n in ns[:per]]
    spellings = [ns[0].text for ns in ranked]
    summary = "Name spelled {} ways: {}".format("two" if len(spellings) == 2 else len(spellings),
                                               " / ".join(spellings[1:] + spellings[:1]))
    return [conflict(KIND, "low", summary, ms, key, RULE)]
