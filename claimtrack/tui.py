"""The interactive review loop: one conflict per screen, single-key decisions.

No click and no clock here. The caller injects:

- ``read_key() -> str``: one key press ("" or "q" at end of input);
- ``read_line(prompt) -> str``: a line of text (for notes);
- ``decide(conflict, status, note) -> dict``: saves one decision at once
  (the CLI opens one ``store.writing()`` transaction per call, with who and
  when) and returns the saved record;
- ``show(renderable)``: draws a screen (the CLI clears the terminal first).

Keys: ``c`` confirm, ``d`` dismiss, ``s`` skip, ``n`` note, ``b`` back,
``q`` quit (also Ctrl-C, Ctrl-D, Esc). A note typed before a decision is
saved with the decision; a note on a conflict already decided is saved at
once as a new decision row with the same status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs
from rich.console import Group, RenderableType
from rich.text import Text

from . import render
from .models import Conflict

KEYS_HELP = (("c", "confirm"), ("d", "dismiss"), ("s", "skip"), ("n", "note"), ("b", "back"), ("q", "quit"))
QUIT_KEYS = {"q", "\x03", "\x04", "\x1b", ""}
STATUS_STYLE = {"confirmed": "bold red", "dismissed": "green", "open": "yellow"}


@attrs.define
class Outcome:
    """What a review session did."""

    saved: int = 0
    position: int = 0
    finished: bool = False
    unsaved_notes: dict[str, str] = attrs.field(factory=dict)
    remaining_open: int = 0


def keys_bar() -> Text:
    t = Text()
    for i, (k, label) in enumerate(KEYS_HELP):
        if i:
            t.append("   ")
        t.append(f"[{k}]", style="bold")
        t.append(f" {label}")
    return t


def screen(
    conflict: Conflict,
    index: int,
    total: int,
    open_count: int,
    texts: dict[str, str],
    status: str,
    last: dict[str, Any] | None,
    pending_note: str,
    message: str,
    reviewer: str,
) -> RenderableType:
    """One review screen: counter, the conflict's mentions side by side, the decision, the keys."""
    head = Text()
    head.append("claimtrack review", style="bold reverse")
    head.append(f"  {index + 1} of {total}", style="bold")
    head.append(f"  ·  {open_count} open")
    head.append(f"  ·  reviewer: {render.safe(reviewer)}", style="dim")
    decision = Text()
    decision.append("status: ")
    decision.append(status, style=STATUS_STYLE.get(status, ""))
    if last is not None:
        decision.append(render.safe(f"  by {last.get('by', '')} at {last.get('at', '')}"), style="dim")
        if last.get("note"):
            decision.append("\nnote: ")
            decision.append(render.safe(last["note"]))
    if pending_note:
        decision.append("\nnote (saved with your decision): ")
        decision.append(render.safe(pending_note), style="italic")
    parts: list[RenderableType] = [head, Text("")]
    shown = attrs.evolve(conflict, status=status)
    parts.append(render.conflict_detail(shown, texts, extra=[decision]))
    if message:
        parts.append(Text(render.safe(message), style="bold yellow"))
    parts.append(keys_bar())
    return Group(*parts)


def run_review(
    queue: Sequence[Conflict],
    start: int,
    texts: dict[str, str],
    decisions: dict[str, dict[str, Any]],
    read_key: Callable[[], str],
    read_line: Callable[[str], str],
    decide: Callable[[Conflict, str, str], dict[str, Any]],
    show: Callable[[RenderableType], None],
    reviewer: str = "",
) -> Outcome:
    """Walk ``queue`` from ``start``; ``decisions`` maps conflict id -> its latest decision record.

    Returns when the user quits or moves past the last conflict.
    """
    latest = dict(decisions)
    pending: dict[str, str] = {}
    out = Outcome()
    i = max(0, min(start, len(queue)))
    message = ""
    while 0 <= i < len(queue):
        c = queue[i]
        status = latest[c.id]["status"] if c.id in latest else "open"
        open_count = sum(1 for q in queue if q.id not in latest)
        show(screen(c, i, len(queue), open_count, texts, status, latest.get(c.id), pending.get(c.id, ""), message, reviewer))
        message = ""
        key = read_key()
        key = key.lower() if key else ""
        if key in ("c", "d"):
            new_status = "confirmed" if key == "c" else "dismissed"
            rec = decide(c, new_status, pending.pop(c.id, ""))
            latest[c.id] = rec
            out.saved += 1
            i += 1
            message = f"saved: {c.id} {new_status}"
        elif key == "s":
            i += 1
        elif key == "b":
            if i == 0:
                message = "this is the first conflict"
            i = max(0, i - 1)
        elif key == "n":
            note = read_line("note: ").strip()
            if not note:
                message = "no note added"
            elif c.id in latest:
                rec = decide(c, latest[c.id]["status"], note)
                latest[c.id] = rec
                out.saved += 1
                message = "note saved"
            else:
                pending[c.id] = note
                message = "note kept: it is saved with your decision (c or d)"
        elif key in QUIT_KEYS:
            break
        else:
            message = f"unknown key {key!r}: use c, d, s, n, b or q"
    out.position = i
    out.finished = i >= len(queue)
    out.unsaved_notes = pending
    out.remaining_open = sum(1 for q in queue if q.id not in latest)
    return out


def empty_screen(show_all: bool) -> Text:
    return Text("Nothing to review: " + ("no conflicts." if show_all else "no open conflicts (use --all to see decided ones)."))
