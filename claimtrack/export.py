"""Exporting people's work: JSON, CSV and schema.org ClaimReview (JSON-LD).

:func:`collect` gathers what was reviewed from plain records; the ``to_*``
functions turn it into text; :func:`write_atomic` writes a file atomically.
Nothing here reads the clock.

- JSON: ``{"claims": [...], "conflicts": [...], "orphaned_verdicts": [...],
  "orphaned_decisions": [...]}``; each claim carries its current ``verdict``
  and its full ``verdicts`` history, each conflict its ``status`` and
  ``decisions``; claims and conflict mentions carry W3C Web Annotation
  ``selectors`` (see :func:`claimtrack.lookup.selectors`).
- CSV: one row per reviewed claim or conflict with its current verdict or
  decision; cells that a spreadsheet would run as a formula (starting with
  ``=``, ``+``, ``-``, ``@``, tab or carriage return) get a leading ``'``.
- ClaimReview: a JSON array of ClaimReview objects, one per claim with a
  current verdict (orphaned verdicts are left out: their claim is no longer
  in the article). "unverifiable" has no ``ratingValue`` (see :mod:`review`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import review
from .lookup import selectors
from .models import Article, Claim, Conflict

FORMATS = ("json", "csv", "claimreview")
CSV_COLUMNS = ("type", "id", "article", "speaker", "speaker_kind", "text", "rating_or_status", "by", "at", "note", "history")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """The export file could not be written; the message is one line."""


def collect(
    claims: Sequence[Claim],
    conflicts: Sequence[Conflict],
    articles: Sequence[Article],
    verdicts: Sequence[dict[str, Any]],
    decisions: Sequence[dict[str, Any]],
) -> dict[str, Any]:
    """Everything reviewed: claims with verdicts, conflicts with decisions, orphans."""
    dates = {a.id: a.date for a in articles}
    texts = {a.id: a.text for a in articles}
    v_by: dict[str, list[dict[str, Any]]] = {}
    for v in verdicts:
        if not v.get("orphaned"):
            v_by.setdefault(v["claim"], []).append(v)
    d_by: dict[str, list[dict[str, Any]]] = {}
    for d in decisions:
        if not d.get("orphaned"):
            d_by.setdefault(d["conflict"], []).append(d)
    out_claims = []
    for c in claims:
        if c.id in v_by:
            hist = v_by[c.id]
            out_claims.append(
                {**c.to_dict(), "article_date": dates.get(c.article), "verdict": hist[-1]["rating"], "verdicts": hist,
                 "selectors": selectors(texts.get(c.article, ""), c.start, c.end)}
            )
    out_conflicts = []
    for c in review.review_order(conflicts):
        if c.id in d_by:
            hist = d_by[c.id]
            d = c.to_dict()
            for m in d["mentions"]:
                m["selectors"] = selectors(texts.get(m["article"], ""), m["start"], m["end"])
            out_conflicts.append({**d, "status": hist[-1]["status"], "decisions": hist})
    return {
        "claims": out_claims,
        "conflicts": out_conflicts,
        "orphaned_verdicts": [v for v in verdicts if v.get("orphaned")],
        "orphaned_decisions": [d for d in decisions if d.get("orphaned")],
    }


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def csv_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    s = "" if value is None else str(value)
    if s.startswith(_FORMULA_START):
        s = "'" + s
    return s


def to_csv(data: dict[str, Any]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for c in data["claims"]:
        v = c["verdicts"][-1]
        w.writerow(
            csv_cell(x)
            for x in ("claim", c["id"], c["article"], c["speaker"], c["speaker_kind"], c["content"], v["rating"],
                      v.get("by", ""), v.get("at", ""), v.get("note", ""), len(c["verdicts"]))
        )
    for c in data["conflicts"]:
        d = c["decisions"][-1]
        articles = ", ".join(sorted({m["article"] for m in c["mentions"]}))
        speakers = "; ".join(m["speaker"] or "unattributed" for m in c["mentions"])
        w.writerow(
            csv_cell(x)
            for x in ("conflict", c["id"], articles, speakers, "", c["summary"], d["status"],
                      d.get("by", ""), d.get("at", ""), d.get("note", ""), len(c["decisions"]))
        )
    return buf.getvalue()


def speaker_entity(claim: dict[str, Any]) -> dict[str, Any]:
    """The ``author`` of the reviewed Claim: a Person, an Organization, or an anonymous source."""
    kind = claim.get("speaker_kind", "")
    speaker = " ".join((claim.get("speaker") or "").split())
    name = " ".join((claim.get("speaker_name") or "").split())
    if kind == "anonymous":
        return {"@type": "Person", "name": "Anonymous source", "description": f"anonymous source: {speaker}" if speaker else "anonymous source"}
    if name:
        return {"@type": "Person", "name": name}
    if speaker:
        # a named source without a person's name ("the army", "the health ministry")
        return {"@type": "Organization", "name": speaker}
    return {"@type": "Organization", "name": "Unattributed", "description": "no source given in the article"}


def reviewer_entity(by: str, organization: str | None = None) -> dict[str, Any]:
    if organization:
        return {"@type": "Organization", "name": organization}
    return {"@type": "Person", "name": by or "unknown"}


def claimreview(claim: dict[str, Any], organization: str | None = None) -> dict[str, Any]:
    """One schema.org ClaimReview for a claim dict from :func:`collect`."""
    v = claim["verdicts"][-1]
    rating: dict[str, Any] = {"@type": "Rating"}
    value = review.rating_value(v["rating"])
    if value is not None:
        rating["ratingValue"] = value
    rating.update({"bestRating": review.BEST_RATING, "worstRating": review.WORST_RATING, "alternateName": review.alternate_name(v["rating"])})
    appearance: dict[str, Any] = {"@type": "CreativeWork", "name": claim["article"]}
    item: dict[str, Any] = {"@type": "Claim", "author": speaker_entity(claim), "appearance": appearance}
    if claim.get("article_date"):
        appearance["datePublished"] = claim["article_date"]
        item["datePublished"] = claim["article_date"]
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim["id"],
        "claimReviewed": " ".join(claim["content"].split()),
        "reviewRating": rating,
        "author": reviewer_entity(v.get("by", ""), organization),
        "datePublished": (v.get("at") or "")[:10],
        "itemReviewed": item,
    }
    if organization and v.get("by"):
        out["creator"] = {"@type": "Person", "name": v["by"]}
    if v.get("note"):
        out["reviewBody"] = v["note"]
    return out


def to_claimreview(data: dict[str, Any], organization: str | None = None) -> str:
    return json.dumps([claimreview(c, organization) for c in data["claims"]], ensure_ascii=False, indent=2) + "\n"


def render(data: dict[str, Any], fmt: str, organization: str | None = None) -> str:
    if fmt == "json":
        return to_json(data)
    if fmt == "csv":
        return to_csv(data)
    if fmt == "claimreview":
        return to_claimreview(data, organization)
    raise ValueError(fmt)


#: File name endings that choose the format when ``--format`` is not given.
EXTENSION_FORMATS = {".csv": "csv", ".json": "json", ".jsonld": "claimreview"}


def format_for(output: str | None, fmt: str | None) -> str:
    """The export format: ``fmt`` when given, else from the output file's extension, else JSON."""
    if fmt:
        return fmt
    if output:
        return EXTENSION_FORMATS.get(Path(output).suffix.lower(), "json")
    return "json"


def summary(data: dict[str, Any], fmt: str) -> str:
    """What an export holds, counted as written (ClaimReview holds claims only)."""
    n = len(data["claims"])
    if fmt == "claimreview":
        return f"{n} claim reviews"
    return f"{n} claims and {len(data['conflicts'])} conflicts"


def _new_file_mode(path: Path) -> int:
    """The mode a new file gets from the umask (0644 under umask 022), or the old file's."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` atomically (temp file in the same folder, fsync, rename).

    The file gets the mode a plain ``open`` would give it (mkstemp's 0600 is not kept).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.fchmod(fd, _new_file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise ExportError(f"{path}: cannot write export: {exc.strerror or exc}; nothing written") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
