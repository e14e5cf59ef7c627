"""People's work on claims and conflicts: the verdict scale, decision rules,
history, and re-attachment after a re-ingest. Pure: no I/O, no clock.

Records (rows of the append-only ``verdicts`` and ``decisions`` tables) are
plain dicts:

- verdict: ``{"claim", "rating", "by", "at", "note", "article", "speaker",
  "speaker_name", "speaker_kind", "content", "start", "orphaned",
  "previous_claims"}``;
- decision: ``{"conflict", "status", "by", "at", "note", "kind", "summary",
  "mentions", "orphaned", "previous_conflicts"}``.

``at`` is an ISO 8601 UTC timestamp handed in by the caller (the CLI reads
the clock, this module never does). The copies of the claim's content and
speaker (or the conflict's mentions) let a verdict or decision be matched
again when a changed article moves the span its id was derived from.

Rating scale and ClaimReview mapping (``reviewRating``): true = 5, mostly
true = 4, misleading = 3, mostly false = 2, false = 1, with ``bestRating`` 5
and ``worstRating`` 1. "unverifiable" has no place on that numeric scale: it
is exported with ``alternateName: "Unverifiable"`` and *no* ``ratingValue``
(Google's ClaimReview guidance allows a textual rating alone).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rapidfuzz import fuzz

from .models import SEVERITY_ORDER, Claim, Conflict
from . import tuning

# -- the verdict scale ------------------------------------------------------------

RATINGS: tuple[str, ...] = ("true", "mostly true", "misleading", "mostly false", "false", "unverifiable")
RATING_VALUE: dict[str, int | None] = {
    "true": 5,
    "mostly true": 4,
    "misleading": 3,
    "mostly false": 2,
    "false": 1,
    "unverifiable": None,
}
BEST_RATING = 5
WORST_RATING = 1


class ReviewError(ValueError):
    """Bad input from a person (unknown rating or action); the message is one line."""


def scale_text() -> str:
    return ", ".join(RATINGS)


def normalize_rating(raw: str) -> str:
    """The canonical rating for ``raw`` ("Mostly-True", "mostly_true" -> "mostly true")."""
    key = " ".join(raw.replace("-", " ").replace("_", " ").casefold().split())
    if key in RATING_VALUE:
        return key
    raise ReviewError(f"unknown rating {raw!r}; the scale is: {scale_text()}")


def rating_value(rating: str) -> int | None:
    """ClaimReview ``ratingValue`` (1-5), or None for "unverifiable"."""
    return RATING_VALUE[rating]


def alternate_name(rating: str) -> str:
    """ClaimReview ``alternateName``: the rating as a reader sees it ("Mostly true")."""
    return rating[:1].upper() + rating[1:]


# -- decisions on conflicts ---------------------------------------------------------

DECISION_STATUS = {"confirm": "confirmed", "dismiss": "dismissed", "confirmed": "confirmed", "dismissed": "dismissed"}
KEY_ACTIONS = {"c": "confirmed", "d": "dismissed"}


def decision_status(action: str) -> str:
    """"confirm"/"dismiss" (or the past forms) -> the stored status."""
    status = DECISION_STATUS.get(action.strip().casefold())
    if status is None:
        raise ReviewError(f"unknown decision {action!r}; use confirm or dismiss")
    return status


def _norm(s: str) -> str:
    return " ".join((s or "").split()).casefold()


def mention_record(m: Any) -> dict[str, Any]:
    d = m.to_dict()
    return {k: d.get(k) for k in ("article", "article_date", "claim", "speaker", "speaker_kind", "text", "value", "start", "end")}


def make_decision(conflict: Conflict, status: str, by: str, at: str, note: str = "") -> dict[str, Any]:
    """A row for the ``decisions`` table (status is "confirmed" or "dismissed")."""
    if status not in ("confirmed", "dismissed"):
        raise ReviewError(f"unknown decision status {status!r}")
    return {
        "conflict": conflict.id,
        "status": status,
        "by": by,
        "at": at,
        "note": note or "",
        "kind": conflict.kind,
        "summary": conflict.summary,
        "mentions": [mention_record(m) for m in conflict.mentions],
        "orphaned": False,
        "previous_conflicts": [],
    }


def make_verdict(claim: Claim, rating: str, by: str, at: str, note: str = "") -> dict[str, Any]:
    """A row for the ``verdicts`` table; ``rating`` is normalised here."""
    rating = normalize_rating(rating)
    return {
        "claim": claim.id,
        "rating": rating,
        "by": by,
        "at": at,
        "note": note or "",
        "article": claim.article,
        "speaker": claim.speaker,
        "speaker_name": claim.speaker_name,
        "speaker_kind": claim.speaker_kind,
        "content": claim.content,
        "start": claim.start,
        "orphaned": False,
        "previous_claims": [],
    }


def latest_status(decisions: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Conflict id -> status of its latest decision (the contract of ``cli.with_status``)."""
    out: dict[str, str] = {}
    for d in decisions:
        out[d["conflict"]] = d["status"]
    return out


def latest_by_key(records: Iterable[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for r in records:
        if not r.get("orphaned"):
            out[r[key]] = r
    return out


def review_order(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Most severe first, then kind and id (the order of ``claimtrack conflicts``)."""
    return sorted(conflicts, key=lambda c: (SEVERITY_ORDER.get(c.severity, 9), c.kind, c.id))


def review_queue(conflicts: Iterable[Conflict], decided: dict[str, str], show_all: bool) -> tuple[list[Conflict], int]:
    """The conflicts to walk through and where to start.

    Without ``show_all`` only undecided conflicts, from the first. With it,
    every conflict, starting at the first one not decided yet (so quitting
    and starting again resumes where you were).
    """
    ordered = review_order(conflicts)
    if not show_all:
        return [c for c in ordered if c.id not in decided], 0
    start = next((i for i, c in enumerate(ordered) if c.id not in decided), 0)
    return ordered, start


# -- history -------------------------------------------------------------------------


def history_rows(
    record_id: str,
    verdicts: Sequence[dict[str, Any]],
    decisions: Sequence[dict[str, Any]],
    conflicts: Sequence[Conflict] = (),
) -> list[dict[str, Any]]:
    """Every verdict and decision about ``record_id`` (a claim or a conflict), oldest first.

    For a claim, decisions on conflicts that cite it are included; for a
    conflict, verdicts on the claims its mentions cite. Records that were
    re-attached from ``record_id`` are included too.
    """
    claim_ids = {record_id}
    conflict_ids = {record_id}
    for c in conflicts:
        cited = {m.claim for m in c.mentions if m.claim}
        if c.id == record_id:
            claim_ids |= cited
        elif record_id in cited:
            conflict_ids.add(c.id)
    rows: list[dict[str, Any]] = []
    for i, v in enumerate(verdicts):
        if v.get("claim") in claim_ids or record_id in v.get("previous_claims", ()):
            rows.append(_history_row("verdict", v, v["claim"], v.get("rating", ""), i))
    for i, d in enumerate(decisions):
        if d.get("conflict") in conflict_ids or record_id in d.get("previous_conflicts", ()):
            rows.append(_history_row("decision", d, d["conflict"], d.get("status", ""), i))
    rows.sort(key=lambda r: (r["at"], r["type"], r["_seq"]))
    for r in rows:
        del r["_seq"]
    return rows


def _history_row(kind: str, r: dict[str, Any], target: str, value: str, seq: int) -> dict[str, Any]:
    previous = r.get("previous_claims" if kind == "verdict" else "previous_conflicts") or []
    return {
        "type": kind,
        "id": target,
        "value": value,
        "by": r.get("by", ""),
        "at": r.get("at", ""),
        "note": r.get("note", ""),
        "orphaned": bool(r.get("orphaned")),
        "previous_ids": list(previous),
        "text": r.get("content", r.get("summary", "")),
        "_seq": seq,
    }


def orphaned_rows(verdicts: Sequence[dict[str, Any]], decisions: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = [_history_row("verdict", v, v["claim"], v.get("rating", ""), i) for i, v in enumerate(verdicts) if v.get("orphaned")]
    rows += [
        _history_row("decision", d, d["conflict"], d.get("status", ""), i) for i, d in enumerate(decisions) if d.get("orphaned")
    ]
    rows.sort(key=lambda r: (r["at"], r["type"], r["_seq"]))
    for r in rows:
        del r["_seq"]
    return rows


# -- re-attachment after a re-ingest ------------------------------------------------------



def _claim_matches(v: dict[str, Any], c: Claim) -> int:
    """How well claim ``c`` matches verdict ``v``: 3 same content and speaker,
    2 same content, 1 near-identical content and same speaker, 0 no match."""
    if c.article != v.get("article"):
        return 0
    same_speaker = _norm(c.speaker) == _norm(v.get("speaker", "")) and _norm(c.speaker_name) == _norm(
        v.get("speaker_name", "")
    )
    if _norm(c.content) == _norm(v.get("content", "")):
        return 3 if same_speaker else 2
    if same_speaker and fuzz.ratio(_norm(c.content), _norm(v.get("content", ""))) >= tuning.REATTACH_SIMILARITY:
        return 1
    return 0


def reattach_verdicts(verdicts: Sequence[dict[str, Any]], claims: Sequence[Claim]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Point every verdict at the claim it was given on, after the claims were re-extracted.

    - the claim id still exists with the same content: unchanged;
    - otherwise the claim in the same article with the same content (and
      speaker; then the same content; then near-identical content and the same
      speaker) gets it, the nearest to the old offset first; the old id is kept
      in ``previous_claims``;
    - no match: the verdict stays, ``orphaned`` True (and is attached again if
      the claim comes back later).

    Returns the new list (same order, same length) and counts
    {"kept", "reattached", "orphaned"}.
    """
    by_id = {c.id: c for c in claims}
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    out = [dict(v) for v in verdicts]
    stats = {"kept": 0, "reattached": 0, "orphaned": 0}
    # verdicts are handled per (old claim id, content they were given on), so all
    # verdicts on one claim move together and an orphaned verdict never rides
    # along with a later verdict given on different content under the same id
    groups: dict[tuple[str, str], list[int]] = {}
    for i, v in enumerate(out):
        groups.setdefault((v["claim"], _norm(v.get("content", ""))), []).append(i)
    settled: set[tuple[str, str]] = set()  # groups that keep their own claim
    moving: list[tuple[str, str]] = []
    for key, idx in groups.items():
        c = by_id.get(key[0])
        if c is not None and _norm(c.content) == key[1]:
            settled.add(key)
        else:
            moving.append(key)
    taken = {key[0] for key in settled}
    for key in moving:
        old_id = key[0]
        idx = groups[key]
        v = out[idx[-1]]
        best = None
        for c in by_article.get(v.get("article"), ()):  # only the same article can match
            if c.id in taken:
                continue
            score = _claim_matches(v, c)
            if score:
                rank = (-score, abs(c.start - int(v.get("start", c.start) or 0)), c.id)
                if best is None or rank < best[0]:
                    best = (rank, c)
        same = by_id.get(old_id)
        if best is None and same is not None and same.id not in taken:
            # same span, content lightly edited (and the speaker phrase too): keep it there
            if fuzz.ratio(_norm(same.content), key[1]) >= tuning.REATTACH_SIMILARITY:
                best = (None, same)
        if best is None:
            for i in idx:
                if not out[i].get("orphaned"):
                    stats["orphaned"] += 1
                out[i]["orphaned"] = True
            continue
        target = best[1]
        taken.add(target.id)
        for i in idx:
            _move(out[i], "claim", "previous_claims", target.id)
            out[i]["content"] = target.content
            out[i]["start"] = target.start
            out[i]["speaker"] = target.speaker
            out[i]["speaker_name"] = target.speaker_name
            out[i]["speaker_kind"] = target.speaker_kind
        stats["reattached"] += len(idx)
    for key in settled:
        for i in groups[key]:
            if out[i].get("orphaned"):
                out[i]["orphaned"] = False
                stats["reattached"] += 1
            else:
                stats["kept"] += 1
    return out, stats


def _move(r: dict[str, Any], key: str, previous_key: str, new_id: str) -> None:
    if r[key] != new_id:
        prev = list(r.get(previous_key) or [])
        prev.append(r[key])
        r[previous_key] = prev
        r[key] = new_id
    r["orphaned"] = False


def conflict_signature(kind: str, mentions: Iterable[Any]) -> tuple:
    """What a conflict is about, independent of offsets: kind and (article, text, value) of each side."""
    sides = []
    for m in mentions:
        d = m if isinstance(m, dict) else m.to_dict()
        sides.append((d.get("article") or "", _norm(d.get("text") or ""), str(d.get("value"))))
    return (kind, tuple(sorted(sides)))


def new_evidence(conflicts: Iterable[Conflict], latest: dict[str, dict[str, Any]]) -> set[str]:
    """Ids of decided conflicts whose mentions changed since their latest decision.

    The decision stays attached (a conflict's id comes from the quantity it
    is about); these conflicts come back to the review queue, marked "new
    evidence since decided", with the old decision shown.
    """
    out = set()
    for c in conflicts:
        d = latest.get(c.id)
        if d is None or d.get("orphaned") or d.get("mentions") is None:
            continue
        if conflict_signature(c.kind, d["mentions"]) != conflict_signature(c.kind, c.mentions):
            out.add(c.id)
    return out


def reattach_decisions(
    decisions: Sequence[dict[str, Any]], conflicts: Sequence[Conflict]
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Like :func:`reattach_verdicts`, for decisions on recomputed conflicts.

    A decision stays on its conflict id while that id exists (a conflict's id
    comes from the quantity it is about; when its mentions changed,
    :func:`new_evidence` marks it). A decision whose conflict id is gone moves
    to the conflict with the same kind and the same mentions (article, text,
    value), else to one whose mentions include all of its own (a later article
    added a mention: new evidence); none: orphaned, and reported.
    Decisions recorded without mentions can only be kept or orphaned.
    """
    by_id = {c.id: c for c in conflicts}
    by_sig: dict[tuple, list[Conflict]] = {}
    by_side: dict[tuple, list[Conflict]] = {}
    for c in conflicts:
        sig = conflict_signature(c.kind, c.mentions)
        by_sig.setdefault(sig, []).append(c)
        for side in sig[1]:
            by_side.setdefault((c.kind, side), []).append(c)
    out = [dict(d) for d in decisions]
    stats = {"kept": 0, "reattached": 0, "orphaned": 0}
    for d in out:
        current = by_id.get(d["conflict"])
        sig = conflict_signature(d.get("kind", ""), d.get("mentions") or []) if d.get("mentions") else None
        if current is not None:
            if d.get("orphaned"):
                d["orphaned"] = False
                stats["reattached"] += 1
            else:
                stats["kept"] += 1
            continue
        target = _decision_target(sig, by_sig, by_side)
        if target is not None:
            same = conflict_signature(target.kind, target.mentions) == sig
            _move(d, "conflict", "previous_conflicts", target.id)
            if same:  # the same mentions under a new id: nothing new to see
                d["mentions"] = [mention_record(m) for m in target.mentions]
                d["summary"] = target.summary
            stats["reattached"] += 1
        else:
            if not d.get("orphaned"):
                stats["orphaned"] += 1
            d["orphaned"] = True
    return out, stats


def _decision_target(sig: tuple | None, by_sig: dict[tuple, list[Conflict]], by_side: dict[tuple, list[Conflict]]) -> Conflict | None:
    """The conflict a decision made on mentions ``sig`` belongs to now: the same mentions, else a superset."""
    if sig is None:
        return None
    same = by_sig.get(sig)
    if same:
        return same[0]
    kind, sides = sig
    if not sides:
        return None
    wanted = set(sides)
    for c in by_side.get((kind, sides[0]), ()):
        if wanted <= set(conflict_signature(c.kind, c.mentions)[1]):
            return c
    return None
