"""Who is quoted, how often, and how much sourcing is anonymous. Pure."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any


#: How a claim with no speaker phrase ("it was reported that ...") is listed.
IMPERSONAL = "(impersonal: it was reported/learned)"


def _norm(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").split()).casefold()


def source_groups(
    claims: Sequence[Mapping[str, Any]],
    canonical: Callable[[Iterable[str]], dict[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """Group claims (their JSON records, as stored) by who made them.

    A claim's source is its resolved ``speaker_name`` when known, else the
    speaker phrase. ``canonical`` maps spelling variants of names to one
    spelling (see :func:`claimtrack.extract.names.name_groups`) so "Hazem Qasim"
    and "Hazem Qassem" land in one group with both listed as variants.
    Sorted by claim count, then name.
    """
    named = sorted({c["speaker_name"] for c in claims if c["speaker_kind"] == "named" and c["speaker_name"]})
    mapping = canonical(named) if canonical else {}
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for c in claims:
        speaker, name, kind = c["speaker"], c["speaker_name"], c["speaker_kind"]
        source = name or speaker or IMPERSONAL
        if kind == "named" and name:
            source = mapping.get(name, name)
        key = (_norm(source), kind)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"source": source, "kind": kind, "variants": set(), "articles": set(), "claims": 0, "claim_ids": []}
        if speaker:
            g["variants"].add(speaker)
        if name:
            g["variants"].add(name)
        g["articles"].add(c["article"])
        g["claims"] += 1
        g["claim_ids"].append(c["id"])
    out = []
    for g in groups.values():
        g["variants"] = sorted(g["variants"])
        g["articles"] = sorted(g["articles"])
        out.append(g)
    out.sort(key=lambda g: (-g["claims"], _norm(g["source"]), g["kind"]))
    return out


def anonymity_by_article(claims: Sequence[Mapping[str, Any]], articles: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Per article: claims, named, anonymous and the anonymous share (0..1)."""
    rows: dict[str, dict[str, Any]] = {a: {"article": a, "claims": 0, "named": 0, "anonymous": 0} for a in articles}
    for c in claims:
        r = rows.get(c["article"])
        if r is None:
            r = rows[c["article"]] = {"article": c["article"], "claims": 0, "named": 0, "anonymous": 0}
        r["claims"] += 1
        if c["speaker_kind"] in ("named", "anonymous"):
            r[c["speaker_kind"]] += 1
    out = sorted(rows.values(), key=lambda r: r["article"])
    for r in out:
        r["anonymous_share"] = round(r["anonymous"] / r["claims"], 3) if r["claims"] else 0.0
    return out
