"""Rich renderables for every view. Article text never becomes markup.

All text from articles goes through :func:`safe` (control characters made
visible, one character for one, so offsets still line up) and into
``rich.text.Text`` objects built with ``append``/``stylize``: nothing from an
article is ever parsed as rich markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich import box
from rich.columns import Columns
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .models import Article, Claim, Conflict, DateMention, Figure, Mention

SPEAKER_STYLE = "bold cyan"
CUE_STYLE = "bold magenta"
CONTENT_STYLE = "yellow"
VALUE_STYLE = "bold white on red"
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "dim"}
KIND_STYLE = {"named": "green", "anonymous": "red"}


def safe(s: str) -> str:
    """Replace control characters with visible stand-ins, one for one.

    C0 controls (except newline and tab) become their Unicode "control
    picture" (ESC -> U+241B), DEL and C1 controls become U+FFFD. The length
    is unchanged, so highlight offsets stay valid.
    """
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif o < 0x20:
            out.append(chr(0x2400 + o))
        elif o == 0x7F or 0x80 <= o <= 0x9F:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def plain(s: Any) -> Text:
    """A Text cell from any value, never interpreted as markup."""
    return Text(safe("" if s is None else str(s)))


def one_line(s: str, limit: int = 0) -> str:
    s = " ".join(s.split())
    if limit and len(s) > limit:
        s = s[: limit - 1] + "…"
    return s


def highlighted(text: str, start: int, end: int, spans: Sequence[tuple[int, int, str]]) -> Text:
    """``text[start:end]`` as Text with each (s, e, style) span styled."""
    t = Text(safe(text[start:end]))
    for s, e, style in spans:
        s, e = max(s, start), min(e, end)
        if s < e:
            t.stylize(style, s - start, e - start)
    return t


def kind_text(kind: str) -> Text:
    return Text(kind or "unattributed", style=KIND_STYLE.get(kind, "dim"))


# -- ingest -------------------------------------------------------------------


def ingest_summary(rows: Sequence[dict[str, Any]], totals: dict[str, int]) -> Table:
    t = Table(title="Ingested", box=box.SIMPLE_HEAVY)
    for col in ("article", "date", "status", "claims", "named", "anonymous", "figures", "dates"):
        t.add_column(col, justify="right" if col not in ("article", "date", "status") else "left")
    for r in rows:
        t.add_row(*(plain(r[c]) for c in ("article", "date", "status", "claims", "named", "anonymous", "figures", "dates")))
    t.add_section()
    t.add_row(
        Text(f"{totals['articles']} articles", style="bold"),
        "",
        "",
        *(Text(str(totals[c]), style="bold") for c in ("claims", "named", "anonymous", "figures", "dates")),
    )
    return t


# -- claims ---------------------------------------------------------------------


def claims_table(claims: Sequence[Claim], verdicts: dict[str, str]) -> Table:
    t = Table(box=box.SIMPLE, show_lines=False, title=f"{len(claims)} claims", expand=True)
    many = len({c.article for c in claims}) > 1
    t.add_column("id", no_wrap=True, style="dim")
    if many:
        t.add_column("article", no_wrap=True, max_width=24)
    t.add_column("speaker", ratio=1, min_width=18)
    t.add_column("kind", no_wrap=True)
    t.add_column("cue", no_wrap=True)
    t.add_column("content", ratio=2)
    t.add_column("verdict", no_wrap=True)
    for c in claims:
        speaker = plain(c.speaker)
        if c.speaker_name and c.speaker_name.casefold() not in c.speaker.casefold():
            speaker.append(f" → {safe(c.speaker_name)}", style="dim")
        t.add_row(
            c.id,
            *([plain(c.article)] if many else []),
            speaker,
            kind_text(c.speaker_kind),
            plain(c.cue),
            plain(one_line(c.content, 160)),
            plain(verdicts.get(c.id, "")),
        )
    return t


def claim_detail(claim: Claim, article: Article | None, verdict: str, paragraph: tuple[int, int] | None) -> RenderableType:
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("claim", claim.id)
    head.add_row("article", plain(f"{claim.article}" + (f"  ({article.date})" if article and article.date else "")))
    who = plain(claim.speaker)
    who.stylize(SPEAKER_STYLE)
    if claim.speaker_name and claim.speaker_name != claim.speaker:
        who.append(f"  → {safe(claim.speaker_name)}")
    head.add_row("speaker", who)
    head.add_row("kind", kind_text(claim.speaker_kind))
    head.add_row("cue", Text(safe(claim.cue), style=CUE_STYLE))
    head.add_row("quote", "direct quotation" if claim.quote else "reported speech")
    head.add_row("verdict", plain(verdict or "none yet"))
    parts: list[RenderableType] = [head]
    if article is not None and paragraph is not None:
        spans = [(claim.start, claim.end, CONTENT_STYLE)]
        if claim.speaker_start >= 0:
            spans.append((claim.speaker_start, claim.speaker_end, SPEAKER_STYLE))
        if claim.cue_start >= 0:
            spans.append((claim.cue_start, claim.cue_end, CUE_STYLE))
        parts.append(Panel(highlighted(article.text, paragraph[0], paragraph[1], spans), title="in its paragraph"))
    else:
        parts.append(Panel(plain(claim.content), title="content"))
    return Group(*parts)


# -- sources ----------------------------------------------------------------------


def sources_table(groups: Sequence[dict[str, Any]]) -> Table:
    t = Table(box=box.SIMPLE, title="Sources")
    t.add_column("source")
    t.add_column("written as")
    t.add_column("kind")
    t.add_column("articles")
    t.add_column("claims", justify="right")
    for g in groups:
        t.add_row(
            plain(g["source"]),
            plain(one_line("; ".join(g["variants"]), 80)),
            kind_text(g["kind"]),
            plain(", ".join(g["articles"])),
            str(g["claims"]),
        )
    return t


def anonymity_table(rows: Sequence[dict[str, Any]]) -> Table:
    t = Table(box=box.SIMPLE, title="Anonymous sourcing per article")
    for col in ("article", "claims", "named", "anonymous", "anonymous share"):
        t.add_column(col, justify="left" if col == "article" else "right")
    for r in rows:
        t.add_row(plain(r["article"]), str(r["claims"]), str(r["named"]), str(r["anonymous"]), f"{r['anonymous_share']:.0%}")
    return t


# -- figures and dates ---------------------------------------------------------------


def _num(x: float) -> str:
    if x == float("inf"):
        return "∞"
    if x == float("-inf"):
        return "-∞"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,g}"


def sentence_with(text: str, s0: int, s1: int, start: int, end: int, limit: int = 160) -> Text:
    """The sentence with the mention highlighted, cut to about ``limit``
    characters around it (at word boundaries, marked with …) when long."""
    if s0 < 0 or s1 <= s0:
        s0, s1 = start, end
    cut_left = cut_right = False
    if s1 - s0 > limit:
        room = max(0, limit - (end - start))
        left = max(s0, start - room // 2)
        right = min(s1, end + (room - (start - left)))
        if left > s0:
            sp = text.find(" ", left, start)
            left = sp + 1 if sp >= 0 else left
            cut_left = True
        if right < s1:
            sp = text.rfind(" ", end, right)
            right = sp if sp >= 0 else right
            cut_right = True
        s0, s1 = left, right
    t = highlighted(text, s0, s1, [(start, end, VALUE_STYLE)])
    if cut_left:
        t = Text("…") + t
    if cut_right:
        t.append("…")
    return t


def figures_table(figures: Sequence[Figure], texts: dict[str, str]) -> Table:
    t = Table(box=box.SIMPLE, title=f"{len(figures)} figures", expand=True)
    many = len({f.article for f in figures}) > 1
    if many:
        t.add_column("article", no_wrap=True, max_width=24)
    t.add_column("figure", ratio=1, min_width=14)
    t.add_column("interval", no_wrap=True)
    t.add_column("unit", no_wrap=True)
    t.add_column("key", no_wrap=True)
    t.add_column("roles", max_width=18)
    t.add_column("sentence", ratio=3)
    for f in figures:
        t.add_row(
            *([plain(f.article)] if many else []),
            plain(f.text),
            f"[{_num(f.low)}, {_num(f.high)}]",
            plain(f.unit),
            plain(f.key),
            plain(", ".join(f.roles)),
            sentence_with(texts.get(f.article, ""), f.sentence_start, f.sentence_end, f.start, f.end),
        )
    return t


def dates_table(dates: Sequence[DateMention], texts: dict[str, str]) -> Table:
    t = Table(box=box.SIMPLE, title=f"{len(dates)} dates", expand=True)
    many = len({d.article for d in dates}) > 1
    for col in ("article", "date", "value", "event", "sentence")[0 if many else 1 :]:
        t.add_column(col, ratio={"sentence": 3, "event": 1, "date": 1}.get(col), no_wrap=col in ("article", "value"), max_width=24 if col == "article" else None)
    for d in dates:
        if not d.valid:
            value = Text("invalid", style="red")
        elif d.value:
            value = Text(d.value)
        elif d.low:
            value = Text(f"{d.low} … {d.high}")
        else:
            value = Text("unresolved", style="dim")
        t.add_row(
            *([plain(d.article)] if many else []),
            plain(d.text),
            value,
            plain(d.event),
            sentence_with(texts.get(d.article, ""), d.sentence_start, d.sentence_end, d.start, d.end),
        )
    return t


# -- conflicts -------------------------------------------------------------------------


def severity_text(sev: str) -> Text:
    return Text(sev, style=SEVERITY_STYLE.get(sev, ""))


def conflicts_table(conflicts: Sequence[Conflict]) -> Table:
    t = Table(box=box.SIMPLE, title=f"{len(conflicts)} conflicts", expand=True)
    for col in ("id", "kind", "severity", "status", "summary", "articles"):
        t.add_column(col, no_wrap=col in ("id", "kind", "severity", "status"), ratio={"summary": 3, "articles": 1}.get(col))
    for c in conflicts:
        t.add_row(
            Text(c.id, style="dim"),
            plain(c.kind),
            severity_text(c.severity),
            plain(c.status),
            plain(c.summary),
            plain(", ".join(sorted({m.article for m in c.mentions}))),
        )
    return t


def mention_panel(m: Mention, text: str) -> Panel:
    body = Table.grid(padding=(0, 1))
    body.add_column(style="bold")
    body.add_column()
    body.add_row("article", plain(f"{m.article}  ({m.article_date or 'undated'})"))
    who = plain(m.speaker or "unattributed (narration)")
    body.add_row("source", who)
    body.add_row("kind", kind_text(m.speaker_kind))
    value = m.value if m.value is not None else ""
    if m.low is not None and m.high is not None and m.low != m.high:
        value = f"{value}  [{m.low} … {m.high}]"
    body.add_row("value", plain(value))
    sent = sentence_with(text, m.sentence_start, m.sentence_end, m.start, m.end, limit=400)
    return Panel(Group(body, Text(""), sent), title=plain(m.text), expand=True)


def conflict_detail(conflict: Conflict, texts: dict[str, str], extra: Iterable[RenderableType] = ()) -> RenderableType:
    head = Text()
    head.append(f"{conflict.id}  ", style="dim")
    head.append(f"{conflict.kind} conflict, ")
    head.append(conflict.severity, style=SEVERITY_STYLE.get(conflict.severity, ""))
    head.append(f", {conflict.status}\n")
    head.append(safe(conflict.summary), style="bold")
    panels = [mention_panel(m, texts.get(m.article, "")) for m in conflict.mentions]
    return Group(head, Columns(panels, equal=True, expand=True), *extra)


# -- review: verdicts and decisions (history, orphans) -------------------------------------


def history_table(rows: Sequence[dict[str, Any]], title: str) -> Table:
    """Verdicts and decisions, oldest first; notes and texts shown literally."""
    t = Table(box=box.SIMPLE, title=plain(title))
    for col in ("at", "type", "id", "verdict/decision", "by", "note", "text"):
        t.add_column(col, no_wrap=col in ("at", "id"), ratio=2 if col in ("note", "text") else None)
    for r in rows:
        rid = plain(r["id"])
        if r.get("previous_ids"):
            rid.append(f"\n(was {safe(', '.join(r['previous_ids']))})", style="dim")
        if r.get("orphaned"):
            rid.append("\norphaned", style="bold red")
        t.add_row(
            plain(r["at"]),
            plain(r["type"]),
            rid,
            plain(r["value"]),
            plain(r["by"]),
            plain(r["note"]),
            plain(one_line(r.get("text", ""), 160)),
        )
    return t
