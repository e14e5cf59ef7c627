"""The interactive review loop: one conflict per screen, single-key decisions.

No click and no clock here. The caller injects:

- ``read_key() -> str``: one key press ("" or "q" at end of input);
- ``read_line(prompt) -> str``: a line of text (for notes);
- ``decide(conflict, status, note) -> dict``: saves one decision at once
  (the CLI opens one ``store.writing()`` transaction per call, with who and
  when) and returns the saved record;
- ``show(renderable)``: draws a screen (the CLI clears the terminal first).

Keys: ``c`` confirm, ``d`` dismiss, ``s`` skip, ``n`` note, ``b`` back
(also from the end screen), ``q`` quit (also Ctrl-D, Esc); Ctrl-C leaves at
once (status 130). ``j``/``k``, the arrows and page up/down scroll the
mentions; the header and the keys line never scroll away. A note typed before a decision is
saved with the decision; a note on a conflict already decided is saved at
once as a new decision row with the same status.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

import attrs
from rich.console import Console, Group, RenderableType
from rich.segment import Segment, Segments
from rich.text import Text

from . import render
from .models import Conflict

KEYS_HELP = (("c", "confirm"), ("d", "dismiss"), ("s", "skip"), ("n", "note"), ("b", "back"), ("q", "quit"))
QUIT_KEYS = {"q", "\x04", "\x1b", ""}
INTERRUPT = "\x03"  # Ctrl-C: leave at once (the CLI exits with status 130)
STATUS_STYLE = {"confirmed": "bold red", "dismissed": "green", "open": "yellow"}
#: Scrolling keys: terminal escape sequences (arrows, page up/down) and j/k, space.
SCROLL_KEYS = {
    "\x1b[A": -1, "\x1bOA": -1, "k": -1,
    "\x1b[B": 1, "\x1bOB": 1, "j": 1,
    "\x1b[5~": -10**6, "\x1b[6~": 10**6, " ": 10**6,
}


@attrs.define
class Outcome:
    """What a review session did."""

    saved: int = 0
    position: int = 0
    finished: bool = False
    unsaved_notes: dict[str, str] = attrs.field(factory=dict)
    remaining_open: int = 0
    interrupted: bool = False


def keys_bar() -> Text:
    t = Text()
    for i, (k, label) in enumerate(KEYS_HELP):
        if i:
            t.append("  ")
        t.append(f"[{k}]", style="bold")
        t.append(f" {label}")
    t.append("  ")
    t.append("[j/k]", style="bold")
    t.append(" scroll")
    return t


def to_lines(renderable: RenderableType, width: int) -> list[list[Segment]]:
    """``renderable`` laid out at ``width`` columns, as lines of segments (styles kept)."""
    con = Console(width=max(20, width), file=io.StringIO(), color_system="truecolor", markup=False,
                  highlight=False, emoji=False, legacy_windows=False)
    return con.render_lines(renderable, con.options.update(width=max(20, width), height=None), pad=False)


def from_lines(lines: Sequence[list[Segment]]) -> Segments:
    segs: list[Segment] = []
    for line in lines:
        segs.extend(line)
        segs.append(Segment.line())
    return Segments(segs)


def header(conflict: Conflict, index: int, total: int, open_count: int, status: str, reviewer: str, fresh: bool) -> Text:
    """The lines that never scroll away: where you are and what the conflict is."""
    head = Text()
    head.append("claimtrack review", style="bold reverse")
    head.append(f"  {index + 1} of {total}", style="bold")
    head.append(f"  ·  {open_count} open")
    head.append(f"  ·  reviewer: {render.safe(reviewer)}", style="dim")
    head.append("\n")
    head.append(f"{conflict.id}  ", style="dim")
    head.append(f"{conflict.kind}, ")
    head.append(conflict.severity, style=render.SEVERITY_STYLE.get(conflict.severity, ""))
    head.append(", ")
    head.append(status, style=STATUS_STYLE.get(status, ""))
    if fresh:
        head.append("  new evidence since decided", style="bold yellow")
    head.append("\n")
    head.append(render.safe(render.one_line(conflict.summary)), style="bold")
    return head


def decision_text(status: str, notes: Sequence[dict[str, Any]], pending_note: str, fresh: bool) -> Text:
    """The decision so far and every note written on this conflict, oldest first."""
    decision = Text()
    decision.append("status: ")
    decision.append(status, style=STATUS_STYLE.get(status, ""))
    if notes:
        last = notes[-1]
        decision.append(render.safe(f"  by {last.get('by', '')} at {last.get('at', '')}"), style="dim")
    if fresh:
        decision.append("\nnew evidence since decided: mentions changed; decide again (c or d)", style="bold yellow")
    for d in notes:
        if d.get("note"):
            decision.append("\nnote ")
            decision.append(render.safe(f"({d.get('by', '')}, {d.get('at', '')}, {d.get('status', '')})"), style="dim")
            decision.append(": ")
            decision.append(render.safe(d["note"]))
    if pending_note:
        decision.append("\nnote (saved with your decision): ")
        decision.append(render.safe(pending_note), style="italic")
    return decision


@attrs.define
class View:
    """Everything one review screen shows; :meth:`lines` lays it out at a terminal size."""

    head: Text
    body: RenderableType
    message: str = ""
    offset: int = 0

    def lines(self, width: int, height: int) -> tuple[list[list[Segment]], int]:
        """The screen's lines (at most ``height - 1``) and the largest useful scroll offset."""
        top = to_lines(self.head, width)
        notes = [Text(render.safe(self.message), style="bold yellow")] if self.message else []
        body = to_lines(self.body, width)
        # the scroll line is always counted, so the body's room does not depend on it
        room = max(1, height - 1 - len(top) - 1 - 1 - len(to_lines(Group(*notes, keys_bar()), width)))
        limit = max(0, len(body) - room)
        self.offset = max(0, min(self.offset, limit))
        shown = body[self.offset : self.offset + room]
        if limit:
            more = ("  ↓ more below" if self.offset < limit else "") + ("  ↑ more above" if self.offset else "")
            notes.append(Text(f"lines {self.offset + 1}-{self.offset + len(shown)} of {len(body)}{more}", style="dim"))
        foot = to_lines(Group(*notes, keys_bar()), width)
        rule = to_lines(Text("╌" * max(1, width), style="dim"), width)
        return [*top, *rule, *shown, *foot], limit


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
    notes: Sequence[dict[str, Any]] = (),
    context: dict[str, Any] | None = None,
    fresh: bool = False,
    width: int = 100,
) -> View:
    """One review screen: header (never scrolls), the conflict's mentions and decision (scroll), keys."""
    notes = list(notes) or ([last] if last else [])
    head = header(conflict, index, total, open_count, status, reviewer, fresh)
    shown = attrs.evolve(conflict, status=status)
    body = render.conflict_body(shown, texts, context=context, width=width,
                                extra=[decision_text(status, notes, pending_note, fresh)])
    return View(head, body, message)


def end_screen(total: int, open_count: int, saved: int) -> View:
    head = Text()
    head.append("claimtrack review", style="bold reverse")
    head.append(f"  end of the queue ({total} conflicts)", style="bold")
    body = Text(f"{saved} decisions saved in this session; {open_count} conflicts still open.\n"
                "Press b to go back to the last conflict, q (or any other key) to leave.")
    return View(head, body)


class _Session:
    """The review loop's state; one method per key."""

    def __init__(self, queue, start, texts, decisions, notes, context, reopened, decide, read_line) -> None:
        self.queue = queue
        self.latest = dict(decisions)
        self.notes = {k: list(v) for k, v in (notes or {}).items()}
        self.reopened = set(reopened or ())
        self.texts = texts
        self.context = context
        self.decide = decide
        self.read_line = read_line
        self.pending: dict[str, str] = {}
        self.out = Outcome()
        self.i = max(0, min(start, len(queue)))
        self.message = ""
        self.reviewer = ""

    def open_count(self) -> int:
        return sum(1 for q in self.queue if q.id not in self.latest or q.id in self.reopened)

    def save(self, c: Conflict, status: str, note: str) -> None:
        rec = self.decide(c, status, note)
        self.latest[c.id] = rec
        self.notes.setdefault(c.id, []).append(rec)
        self.reopened.discard(c.id)
        self.out.saved += 1

    def key(self, key: str) -> bool:
        """Act on one key; False when the session ends."""
        if self.i >= len(self.queue):  # the end screen: b goes back, anything else leaves
            if key == "b" and self.queue:
                self.i = len(self.queue) - 1
                return True
            return False
        c = self.queue[self.i]
        if key in ("c", "d"):
            new_status = "confirmed" if key == "c" else "dismissed"
            self.save(c, new_status, self.pending.pop(c.id, ""))
            self.i += 1
            self.message = f"saved: {c.id} {new_status}"
        elif key == "s":
            self.i += 1
        elif key == "b":
            if self.i == 0:
                self.message = "this is the first conflict"
            self.i = max(0, self.i - 1)
        elif key == "n":
            self.note(c)
        elif key in QUIT_KEYS:
            return False
        else:
            self.message = f"unknown key {key!r}: use c, d, s, n, b, q, or j/k to scroll"
        return True

    def note(self, c: Conflict) -> None:
        note = self.read_line("note: ").strip()
        if not note:
            self.message = "no note added"
        elif c.id in self.latest:
            self.save(c, self.latest[c.id]["status"], note)
            self.message = "note saved"
        else:
            self.pending[c.id] = note
            self.message = "note kept: it is saved with your decision (c or d)"

    def view(self, width: int) -> View:
        if self.i >= len(self.queue):
            return end_screen(len(self.queue), self.open_count(), self.out.saved)
        c = self.queue[self.i]
        status = self.latest[c.id]["status"] if c.id in self.latest else "open"
        return screen(c, self.i, len(self.queue), self.open_count(), self.texts, status, self.latest.get(c.id),
                      self.pending.get(c.id, ""), self.message, self.reviewer, notes=self.notes.get(c.id, ()),
                      context=self.context, fresh=c.id in self.reopened, width=width)


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
    size: Callable[[], tuple[int, int]] = lambda: (100, 40),
    notes: dict[str, list[dict[str, Any]]] | None = None,
    context: dict[str, Any] | None = None,
    reopened: set[str] | None = None,
    on_resize: Callable[[Callable[[], None]], None] | None = None,
) -> Outcome:
    """Walk ``queue`` from ``start``; ``decisions`` maps conflict id -> its latest decision record.

    ``size()`` gives the terminal's (columns, lines): every screen fits it,
    with the header and the keys always shown and the rest scrolled.
    ``notes`` holds every earlier decision per conflict (all notes are shown);
    ``reopened`` the decided conflicts with new evidence. Returns when the
    user leaves (Ctrl-C sets ``interrupted``).
    """
    st = _Session(queue, start, texts, decisions, notes, context, reopened, decide, read_line)
    st.reviewer = reviewer
    state: dict[str, Any] = {"view": None, "index": None}

    def draw() -> None:
        width, height = size()
        if state["view"] is None or state["index"] != st.i:
            state["view"], state["index"] = st.view(width), st.i
        view = state["view"]
        lines, _ = view.lines(width, height)
        show(from_lines(lines))

    if on_resize is not None:
        on_resize(draw)
    while True:
        draw()
        st.message = ""
        raw = read_key() or ""
        if raw == INTERRUPT:
            st.out.interrupted = True
            break
        if raw in SCROLL_KEYS:
            view = state["view"]
            width, height = size()
            _, limit = view.lines(width, height)
            step = SCROLL_KEYS[raw]
            page = max(1, height - 8)
            view.offset = max(0, min(limit, view.offset + (step if abs(step) == 1 else (page if step > 0 else -page))))
            continue
        state["view"] = None
        if not st.key(raw.lower()):
            break
    out = st.out
    out.position = st.i
    out.finished = st.i >= len(queue)
    out.unsaved_notes = st.pending
    out.remaining_open = st.open_count()
    return out


def empty_screen(show_all: bool) -> Text:
    return Text("Nothing to review: " + ("no conflicts." if show_all else "no open conflicts (use --all to see decided ones)."))
