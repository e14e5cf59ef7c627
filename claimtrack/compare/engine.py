"""The comparison engine: records -> blocks -> one rule per conflict kind. Pure.

Every rule (``compare/rules/*``) is a small module that says how a record
of its kind is keyed into a block (the quantity identity: what is counted,
in which role, where, when; the event a date dates; the person a name
spells) and what conflicts one block holds. The engine blocks the records,
runs each rule per block, and keeps the work near-linear: within a block
every value is compared with the block's consensus (the value most
articles give), never all pairs.

``block_keys(records)`` lists the blocks the records touch and
``find_conflicts(records, only_blocks=...)`` recomputes just those, so an
ingest can recompute only the blocks its new records touch. No text is read
here: everything the rules need was read once at extraction and stored on
the records.
"""

from __future__ import annotations

import datetime
import functools
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..models import SEVERITY_ORDER, Claim, Conflict, DateMention, Figure, Mention, NameRecord, stable_id
from ..tuning import MAX_LISTED, MAX_MENTIONS


@attrs.frozen
class Records:
    """What the comparator reads: records only (and each article's date).

    ``claims`` maps a claim id to its claim, for the speaker a mention
    names; ``None`` defers that: mentions keep the claim id with no speaker,
    and :func:`fill_speakers` looks up only the claims the conflicts name
    (a store need not load every claim to compare its records).
    """

    article_dates: dict[str, str | None]
    claims: Mapping[str, Claim] | None
    figures: Sequence[Figure] = ()
    dates: Sequence[DateMention] = ()
    names: Sequence[NameRecord] = ()


class Ctx:
    """Lookups the rules share: report dates and the mention of a record."""

    def __init__(self, records: Records):
        self.records = records
        self._days: dict[int, tuple] = {}
        self.date = records.article_dates.get  # called for every record a rule orders: no method call

    def date(self, art: str) -> str | None:  # noqa: F811 - replaced per instance in __init__ by the dict's get
        return self.records.article_dates.get(art)

    def report_day(self, art: str, fallback: str | None = None) -> datetime.date | None:
        return iso(self.date(art) or fallback or "")

    def mention(self, art: str, text: str, start: int, end: int, value: Any = None, low: Any = None,
                high: Any = None, claim: str = "", sentence: tuple[int, int] = (-1, -1),
                article_date: str | None = None) -> Mention:
        claims = self.records.claims
        if claims is None:  # deferred: fill_speakers names the speaker
            return Mention(article=art, article_date=article_date if article_date is not None else self.date(art),
                           claim=claim, speaker="", speaker_kind="", text=text, start=start, end=end,
                           value=value, low=low, high=high, sentence_start=sentence[0], sentence_end=sentence[1])
        c = claims.get(claim) if claim else None
        return Mention(
            article=art,
            article_date=article_date if article_date is not None else self.date(art),
            claim=claim if c else "",
            speaker=(c.speaker_name or c.speaker) if c else "",
            speaker_kind=c.speaker_kind if c else "",
            text=text, start=start, end=end, value=value, low=low, high=high,
            sentence_start=sentence[0], sentence_end=sentence[1],
        )


def fill_speakers(conflicts: Iterable[Conflict],
                  claims_of: Callable[[set[tuple[str, str]]], Mapping[str, Claim]]) -> list[Conflict]:
    """Conflicts found with deferred claims (``Records.claims`` is ``None``), their
    mentions given the speaker of their claim, as :meth:`Ctx.mention` gives it.

    ``claims_of`` takes the ``(article, claim id)`` pairs the mentions name and
    returns the claims it found by id; a claim it does not find leaves the
    mention unattributed (no claim id, no speaker).
    """
    conflicts = list(conflicts)
    wanted = {(m.article, m.claim) for c in conflicts for m in c.mentions if m.claim}
    found = claims_of(wanted) if wanted else {}

    def fill(m: Mention) -> Mention:
        if not m.claim:
            return m
        c = found.get(m.claim)
        if c is None:
            return attrs.evolve(m, claim="", speaker="", speaker_kind="")
        return attrs.evolve(m, speaker=c.speaker_name or c.speaker, speaker_kind=c.speaker_kind)

    return [attrs.evolve(c, mentions=tuple(fill(m) for m in c.mentions)) for c in conflicts]


def _field(x: Any, name: str) -> Any:
    if type(x) is dict:  # a stored row: by far the most common (the abstract Mapping check costs more than the lookup)
        return x.get(name)
    return x.get(name) if isinstance(x, Mapping) else getattr(x, name, None)


def figure_compared(f: Figure | Mapping[str, Any]) -> bool:
    """Whether a figure (or its stored row) can fall in a block of any rule:
    it has a reading and a bound. The others need not even be loaded."""
    return bool(_field(f, "reading")) and _field(f, "lit_low") is not None


#: Members of a stored figure row (its JSON text) that make :func:`figure_compared` false:
#: a row holding one need not be decoded.
FIGURE_NOT_COMPARED = ('"reading": ""', '"lit_low": null')
#: Members of a stored date row that make :func:`date_compared` false.
DATE_NOT_COMPARED = ('"event_id": ""', '"valid": false')


def date_compared(d: DateMention | Mapping[str, Any]) -> bool:
    """Whether a date (or its stored row) can fall in a block: it dates a named event and is a real day."""
    return bool(_field(d, "event_id")) and bool(_field(d, "valid"))


@functools.lru_cache(maxsize=4096)
def iso(s: str) -> datetime.date | None:
    """The day an ISO date string names, or None (a few thousand distinct days are remembered)."""
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def conflict(kind: str, severity: str, summary: str, mentions: Iterable[Mention], key: Any, rule: str) -> Conflict:
    """A conflict whose id comes from the quantity it is about (its block key),
    not from its current mentions: new evidence leaves the id (and a
    decision) where it is."""
    ms = sorted(set(mentions), key=lambda m: (m.article_date or "", m.article, m.start, m.end))[:MAX_LISTED]
    cid = stable_id("cf_", kind, repr(key))
    return Conflict(id=cid, kind=kind, severity=severity, summary=summary, mentions=tuple(ms), rule=rule)


def listed(classes: list, members: dict, order) -> list:
    """The mentions a conflict lists: the first report of every value (at most
    :data:`~claimtrack.tuning.MAX_LISTED`), then more reports of each value
    while fewer than :data:`~claimtrack.tuning.MAX_MENTIONS` are listed."""
    firsts = {c: sorted(members[c], key=order) for c in classes}
    out = [firsts[c][0] for c in classes[:MAX_LISTED]]
    extra = (x for c in classes for x in firsts[c][1:])
    for x in extra:
        if len(out) >= MAX_MENTIONS:
            break
        out.append(x)
    return out


def against_consensus(classes: dict, weight) -> list[tuple]:
    """The pairs of value classes to compare in one block: each class against
    the consensus (``weight`` smallest: most articles, then earliest); two
    deviant values are not compared with each other. Linear in the classes."""
    if len(classes) < 2:
        return []
    order = sorted(classes, key=weight)
    return [(order[0], c) for c in order[1:]]


def within(da: list[datetime.date], db: list[datetime.date], days: int) -> bool:
    """Whether some day of ``da`` is within ``days`` of some day of ``db`` (both sorted)."""
    if len(da) > len(db):
        da, db = db, da
    for d in da:
        i = bisect_left(db, d)
        if i < len(db) and (db[i] - d).days <= days or i and (d - db[i - 1]).days <= days:
            return True
    return False


def short(s: str, n: int = 40) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def _rules():
    from .rules import RULES  # the registered conflict rules, one module per kind

    return RULES


def block_keys(records: Records) -> set[tuple]:
    """Every block the records fall in, as ``(kind, key)``."""
    ctx = Ctx(records)
    out: set[tuple] = set()
    for rule in _rules():
        out.update((rule.KIND, k) for k in rule.blocks(records, ctx))
    return out


def rules_reading(table: str) -> list:
    """The rules that block the records of one table (``READS``), in their order."""
    return [rule for rule in _rules() if rule.READS == table]


def ordered(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Conflicts in the engine's order: severity, then id."""
    return sorted(conflicts, key=lambda c: (SEVERITY_ORDER.get(c.severity, 9), c.id))


def find_conflicts(records: Records, only_blocks: set[tuple] | None = None, rules: Sequence[Any] | None = None) -> list[Conflict]:
    """Conflicts of every rule (or of ``rules``; only of the blocks ``only_blocks`` names),
    sorted by severity then id.

    Rules of different tables (:func:`rules_reading`) give conflicts of
    different kinds, whose ids never meet: the rules of each table may be run
    apart and their conflicts put together with :func:`ordered`.
    """
    ctx = Ctx(records)
    out: dict[str, Conflict] = {}
    for rule in _rules() if rules is None else rules:
        for key, items in rule.blocks(records, ctx).items():
            if only_blocks is not None and (rule.KIND, key) not in only_blocks:
                continue
            for c in rule.conflicts(key, items, ctx):
                out.setdefault(c.id, c)
    return ordered(out.values())


def group(items: Iterable[Any], key) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = defaultdict(list)
    for it in items:
        k = key(it)
        if k is not None:
            out[k].append(it)
    return out
