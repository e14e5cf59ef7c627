"""The records claimtrack extracts, stores and compares.

Every extracted record keeps its verbatim ``text`` together with ``start``/``end``
offsets into the article text exactly as ``Path.read_text(encoding="utf-8")``
returns it, so ``article.text[start:end] == record.text`` always holds.

Records are frozen attrs classes; ``to_dict``/``from_dict`` turn them into the
plain JSON shapes stored in the database and printed by ``--json``.
"""

from __future__ import annotations

import functools
import hashlib
import math
import operator
from collections.abc import Callable
from typing import Any

import attrs


def stable_id(prefix: str, *parts: object) -> str:
    """A short id derived only from its parts (article id, span, ...).

    The same parts always give the same id, so re-ingesting an unchanged
    article changes nothing.
    """
    raw = "\x1f".join(map(str, parts))
    return prefix + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


@functools.cache
def field_names(cls: type) -> tuple[str, ...]:
    """The attrs field names of a record class, in declaration order."""
    return tuple(f.name for f in attrs.fields(cls))


@functools.cache
def _field_set(cls: type) -> frozenset[str]:
    """The field names as a set: a stored row holding no other key is passed to the class as it is."""
    return frozenset(field_names(cls))


_SCALARS = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _values_of(cls: type) -> Callable[[Any], tuple]:
    """A record's field values in declaration order, read in one call."""
    names = field_names(cls)
    if len(names) == 1:
        return lambda rec: (getattr(rec, names[0]),)
    return operator.attrgetter(*names)


def replaced(rec: Any, **changes: Any) -> Any:
    """``attrs.evolve(rec, **changes)``, reading the field values in one call: a record
    class's fields are all plain ``__init__`` arguments of their own name (a test checks)."""
    cls = type(rec)
    kw = dict(zip(field_names(cls), _values_of(cls)(rec)))
    kw.update(changes)
    return cls(**kw)


def _asdict(rec: Any) -> dict[str, Any]:
    """``attrs.asdict(rec)``, fast when every field is a plain scalar (the usual
    case: asdict copies those as they are); anything else goes to asdict."""
    cls = type(rec)
    values = _values_of(cls)(rec)
    if _SCALARS.issuperset(map(type, values)):
        return dict(zip(field_names(cls), values))
    d = {}
    for k in field_names(type(rec)):
        v = getattr(rec, k)
        t = type(v)
        if t in _SCALARS:
            d[k] = v
        elif (t is tuple or t is list) and all(type(x) in _SCALARS for x in v):
            d[k] = t(v)  # attrs.asdict keeps the collection type
        else:
            return attrs.asdict(rec)
    return d


@attrs.frozen
class Span:
    """A half-open character range ``[start, end)`` into an article text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@attrs.frozen
class Article:
    """One article file: its id (file stem), full text and optional date.

    ``body_start`` is where the article's own words begin: right after the
    optional `` date YYYY-MM-DD`` marker (text on the same line after the date
    is part of the article).
    """

    id: str
    text: str
    date: str | None = None  # ISO "YYYY-MM-DD" or None
    body_start: int = 0
    path: str = ""
    sha: str = ""
    #: How ``date`` was known: "line" (the `` date`` first line), "dateline",
    #: "published" (a Published/Updated line or a date stamp), "inferred" (from
    #: the dates the text mentions; see extract/pubdate.py), "user" (set by
    #: ``claimtrack date``), "" (unknown).
    date_source: str = ""
    #: The text that gave the date away (``[date_start, date_end)``), -1 when none.
    date_start: int = -1
    date_end: int = -1


@attrs.frozen
class Claim:
    """One sourced assertion: who said what, with the cue and exact offsets.

    ``start``/``end`` delimit ``content``; ``speaker_start``/``speaker_end``
    and ``cue_start``/``cue_end`` delimit the speaker phrase and the cue (-1
    when the construction has no explicit span, e.g. impersonal forms).
    """

    id: str
    article: str
    speaker: str
    speaker_name: str
    speaker_kind: str  # "named" | "anonymous"
    cue: str
    content: str
    quote: bool
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    speaker_start: int = -1
    speaker_end: int = -1
    cue_start: int = -1
    cue_end: int = -1
    rule: str = ""  # id of the registered rule that made this record
    repeats: int = 0  # how many more times the page repeats this passage

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Claim":
        return _from_row(cls, d)


@functools.cache
def _row_values(cls: type) -> Any:
    """A function giving a stored row's values in field order (a row holding
    exactly the fields): the record is then made from positional arguments.
    Passing the row as keywords costs three times as much, because the keys of
    a decoded JSON row are not the interned parameter names."""
    return operator.itemgetter(*field_names(cls))


def _from_row(cls: type, d: dict[str, Any]) -> Any:
    """``cls(**d)`` (keys that are not fields left out), made positionally when ``d`` holds every field (the stored form)."""
    try:
        return cls(*_row_values(cls)(d))  # extra keys are left out, as below
    except KeyError:  # a field missing: its default
        return cls(**(d if d.keys() <= _field_set(cls) else {k: d[k] for k in field_names(cls) if k in d}))


def _num_to_json(x: float | None) -> float | str | None:
    """JSON has no infinity: store it as the strings "inf" / "-inf"."""
    if x is None:
        return None
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    x = round(x, 9)  # 1540.0000000000002 (float arithmetic) is 1540
    if float(x).is_integer():
        return int(x)
    return x


def _num_from_json(x: Any) -> float | None:
    if x is None:
        return None
    if x == "inf":
        return math.inf
    if x == "-inf":
        return -math.inf
    return float(x)


@attrs.frozen
class Figure:
    """A number mention: its value as an interval and what it counts.

    ``unit`` is what kind of quantity it is: "count" (people, things),
    "percent", "money", "length", "area", "age", "duration", "other".
    ``roles`` are the event/role words that go with it (killed, held,
    released, ...), normalised to lemmas. ``claim`` is the id of the sourced
    assertion it sits in, or "" when unattributed.
    """

    id: str
    article: str
    text: str
    start: int
    end: int
    value: float
    low: float
    high: float
    qualifier: str  # "", "more than", "at least", "about", "up to", "range", "vague", ...
    unit: str
    noun: str  # counted thing as written, "" when unknown
    key: str  # normalised counted thing ("hostage", "prisoner", ...)
    roles: tuple[str, ...]
    claim: str
    sentence_start: int
    sentence_end: int
    article_date: str | None = None
    rule: str = ""  # id of the registered rule that made this record
    # --- the quantity identity, read once at extraction (extract/quantities.py);
    # the comparator blocks on these and never reads the text again
    thing: str = ""  # canonical counted thing ("people", "hostage", ...), "" when not a comparable count
    side: str = ""  # nationality/side of the counted thing, "" when none
    role: str = ""  # killed, injured, missing, kidnapped, held, released, to be released, demanded
    place: str = ""  # named place the count is for, at the level written
    event: str = ""  # event key the count belongs to ("" none)
    event_label: str = ""  # the event as a summary names it
    when: str = ""  # what the count is compared across: a day, a month, "within days", ...
    running: bool = False  # a running count (compared only with the same day)
    lit_low: float | None = None  # literal reading of the bound
    lit_high: float | None = None
    every_low: float | None = None  # everyday reading ("at least 800" is 800-899)
    every_high: float | None = None
    reading: str = ""  # id of the rule that read the quantity; "" when not compared
    #: "superseded" (the old value of a stated revision), "toll" (the story's own
    #: toll with no place the domain knows: compared only when a later report
    #: is lower, or as far-apart bounds on one day), "disputed" (a casualty
    #: count given against the figures reported), "" otherwise
    aspect: str = ""
    #: the new value of a stated revision ("raised the toll to 2,300"): earlier
    #: other values of its quantity are superseded, not conflicts
    revised: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = _asdict(self)
        d["roles"] = list(self.roles)
        for k in ("value", "low", "high", "lit_low", "lit_high", "every_low", "every_high"):
            d[k] = _num_to_json(d[k])
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Figure":
        vals = _figure_values(d)
        if vals is not None:  # every field stored: made positionally (see _row_values)
            return cls(*vals)
        kw = dict(d) if d.keys() <= _field_set(cls) else {k: d[k] for k in field_names(cls) if k in d}
        kw["roles"] = tuple(kw.get("roles", ()))
        for k in _FIGURE_NUMBERS:
            if k in kw:
                kw[k] = _num_from_json(kw[k])
        return cls(**kw)

    def as_stored(self) -> "Figure":
        """This figure as storing and reading it back gives it (numbers rounded
        as :meth:`to_dict` writes them), without the round trip."""
        changed = {}
        for k in _FIGURE_NUMBERS:
            x = getattr(self, k)
            y = _num_from_json(_num_to_json(x))
            if type(x) is not type(y) or x != y:
                changed[k] = y
        if type(self.roles) is not tuple:
            changed["roles"] = tuple(self.roles)
        return replaced(self, **changed) if changed else self


_FIGURE_NUMBERS = ("value", "low", "high", "lit_low", "lit_high", "every_low", "every_high")
_FIGURE_NUMBER_AT = tuple(field_names(Figure).index(k) for k in _FIGURE_NUMBERS)
_FIGURE_ROLES_AT = field_names(Figure).index("roles")


def _figure_values(d: dict[str, Any]) -> list[Any] | None:
    """The field values of the figure a stored row holding every field gives (None when one is missing)."""
    try:
        vals = list(_row_values(Figure)(d))
    except KeyError:
        return None
    for i in _FIGURE_NUMBER_AT:
        x = vals[i]
        if type(x) is int:
            vals[i] = float(x)
        elif x is not None and type(x) is not float:
            vals[i] = _num_from_json(x)
    vals[_FIGURE_ROLES_AT] = tuple(vals[_FIGURE_ROLES_AT])
    return vals


@attrs.frozen
class DateMention:
    """A date mention: absolute or relative, resolved against the article date.

    ``value`` is the ISO day ("2023-10-07") when the mention names a day;
    ``low``/``high`` give the covered interval of days (a month, a year, a
    week); all three are "" when the date cannot be resolved (relative
    expression without an article date). ``valid`` is False for impossible
    dates such as "February 30". ``event``/``event_key`` name what the date
    dates ("the opening attack" / "opening attack"), "" when unknown.
    """

    id: str
    article: str
    text: str
    start: int
    end: int
    value: str
    low: str
    high: str
    granularity: str  # "day" | "week" | "month" | "year"
    relative: bool
    valid: bool
    event: str
    event_key: str
    claim: str
    sentence_start: int
    sentence_end: int
    article_date: str | None = None
    rule: str = ""  # id of the registered rule that made this record
    #: the named event the date dates for comparison (canonical key, read once
    #: at extraction: extract/events.py), "" when it dates nothing comparable
    event_id: str = ""
    #: that event as the text writes it
    event_name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "DateMention":
        return _from_row(cls, d)


@attrs.frozen
class Mention:
    """One side of a conflict: a figure, date or name as it appears in an article."""

    article: str
    article_date: str | None
    claim: str  # id of the sourced assertion, or "" when unattributed
    speaker: str
    speaker_kind: str  # "named" | "anonymous" | "" (unattributed)
    text: str
    start: int
    end: int
    value: Any = None  # number (figures), ISO date (dates), spelling (names)
    low: Any = None
    high: Any = None
    sentence_start: int = -1
    sentence_end: int = -1

    def to_dict(self) -> dict[str, Any]:
        d = _asdict(self)
        for k in ("value", "low", "high"):
            if isinstance(d[k], float):
                d[k] = _num_to_json(d[k])
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        kw = {k: d[k] for k in field_names(cls) if k in d}
        for k in ("low", "high"):
            if kw.get(k) in ("inf", "-inf"):
                kw[k] = _num_from_json(kw[k])
        return cls(**kw)


@attrs.frozen
class Conflict:
    """A discrepancy worth a fact-checker's look.

    ``id`` is stable: derived from the kind and the mentions' article ids and
    spans, so a recomputation finds the same id and review decisions stay
    attached. ``status`` is "open" until a decision is recorded.
    """

    id: str
    kind: str  # "date" | "figure" | "name" | "status" | "superseded"
    severity: str  # "high" | "medium" | "low"
    summary: str
    mentions: tuple[Mention, ...]
    status: str = "open"
    rule: str = ""  # id of the registered conflict rule that flagged it

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "summary": self.summary,
            "status": self.status,
            "rule": self.rule,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Conflict":
        return cls(
            id=d["id"],
            kind=d["kind"],
            severity=d["severity"],
            summary=d["summary"],
            status=d.get("status", "open"),
            rule=d.get("rule", ""),
            mentions=tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
        )


@attrs.frozen
class NameRecord:
    """A person's (or place's) name as one article spells it, with the status
    a relative clause gives it ("..., who was captured" / "who was killed")."""

    article: str
    text: str
    start: int
    end: int
    sentence_start: int = -1
    sentence_end: int = -1
    claim: str = ""
    status: str = ""  # "captive" | "dead" | ""
    status_text: str = ""
    status_start: int = -1
    status_end: int = -1
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "NameRecord":
        return _from_row(cls, d)


SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

