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
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from . import tuning
from .models import Article, Claim, Conflict, DateMention, Figure, Mention

#: How an article's date was known, in words (``Article.date_source``).
DATE_SOURCE_WORDS = {
    "line": "date line",
    "dateline": "dateline",
    "inferred": "inferred from the text",
    "user": "set by a user",
    "": "unknown",
}
#: A table is used only when its free-text column gets at least this many columns.
MIN_TEXT_COLUMN = 40

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


def counted(n: int, noun: str) -> str:
    """"1 claim", "2 claims": a count with its noun."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


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


# -- layout: a table when it fits, else one block per record ----------------------------


def _longest(values: Iterable[Any], cap: int = 40, minimum: int = 0) -> int:
    return max([minimum, *(min(cap, len(str(v))) for v in values)])


def fits_table(width: int, fixed: Sequence[int], free: int = MIN_TEXT_COLUMN) -> bool:
    """Whether a table whose other columns take ``fixed`` widths leaves ``free`` columns for its text.

    Below that, a table would squeeze (or drop) the column that carries the
    record, so listings switch to :func:`stacked`.
    """
    return width >= tuning.STACKED_BELOW and width >= sum(fixed) + 3 * (len(fixed) + 1) + free


class Labelled:
    """Labelled fields with a hanging indent, wrapped at the console width, no trailing blanks."""

    def __init__(self, fields: Sequence[tuple[str, RenderableType]]) -> None:
        self.fields = [(label, value if isinstance(value, Text) else Text(str(value))) for label, value in fields]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.fields:
            return
        indent = max(len(label) for label, _ in self.fields) + 1
        room = max(10, options.max_width - indent)
        for label, value in self.fields:
            lines = value.wrap(console, room, justify="default", overflow="fold")
            if not value.plain.strip():
                yield Segment(label, Style(dim=True))
                yield Segment.line()
                continue
            for i, line in enumerate(lines):
                yield Segment((label if i == 0 else "").ljust(indent), Style(dim=True))
                line.rstrip()
                yield from line.render(console)
                yield Segment.line()


def stacked(title: str, blocks: Sequence[tuple[Text, Sequence[tuple[str, RenderableType]]]]) -> Group:
    """One block per record: a header line, then labelled fields with a hanging indent."""
    parts: list[RenderableType] = [Text(title, style="bold")]
    for head, fields in blocks:
        parts += [Text(""), head, Labelled(fields)]
    return Group(*parts)


def head_line(*items: Any) -> Text:
    """A block's first line: the id in bold, then the other facts separated by two spaces."""
    t = Text()
    for i, item in enumerate(items):
        if not item:
            continue
        if i:
            t.append("  ")
        t.append_text(item if isinstance(item, Text) else Text(safe(str(item)), style="bold" if i == 0 else ""))
    return t


def number(x: Any) -> str:
    """A value as the integer or decimal it is (1540, 2.5), never 1540.0000000000002."""
    if isinstance(x, bool) or x is None:
        return "" if x is None else str(x)
    if isinstance(x, str):
        try:
            x = float(x)
        except ValueError:
            return x
    if isinstance(x, (int, float)):
        if x == float("inf"):
            return "∞"
        if x == float("-inf"):
            return "-∞"
        r = round(float(x), 6)
        return f"{int(r):,}" if r.is_integer() else f"{r:,.6f}".rstrip("0").rstrip(".")
    return str(x)


def interval_words(lo: Any, hi: Any) -> str:
    """An interval as a reader says it: "31 to 39", "31 or more", "up to 30", "40"."""
    if lo is None or hi is None:
        return ""
    if lo == hi:
        return number(lo)
    if hi == float("inf"):
        return f"{number(lo)} or more"
    if lo in (0, 0.0):
        return f"up to {number(hi)}"
    return f"{number(lo)} to {number(hi)}"


def article_line(a: Article) -> str:
    """An article as a reader knows it: its first line (the headline) and its date, with how it was known."""
    head = ""
    for p in a.text[a.body_start :].split("\n"):
        if p.strip():
            head = one_line(p, 70)
            break
    return f"{head}  ·  {date_words(a)}" if head else date_words(a)


def date_words(a: Article) -> str:
    if not a.date:
        return "undated"
    how = DATE_SOURCE_WORDS.get(a.date_source, a.date_source)
    evidence = a.text[a.date_start : a.date_end] if 0 <= a.date_start < a.date_end <= len(a.text) else ""
    if evidence and a.date_source not in ("line", "user"):
        how += f": {one_line(evidence, 50)!r}"
    return f"{a.date} ({how})"


def article_dates(articles: Sequence[Article]) -> RenderableType:
    """Each listed article's date and how it was known (under claim listings)."""
    fields = [(safe(a.id) + " ", plain(date_words(a))) for a in articles]
    return Group(Text(""), Text("article dates", style="bold"), Labelled(fields)) if articles else Text("")


# -- ingest -------------------------------------------------------------------


def ingest_view(rows: Sequence[dict[str, Any]], totals: dict[str, int], width: int) -> RenderableType:
    """The ingest summary: a table when ids and dates fit, else one block per article."""
    fixed = [_longest((r["article"] for r in rows), 40, 10), 10, 9, 6, 5, 9, 7, 5]
    if fits_table(width, fixed, 0):
        return ingest_summary(rows, totals)
    def counts(r: dict[str, Any]) -> str:
        return (f"{counted(r['claims'], 'claim')} ({r['named']} named, {r['anonymous']} anonymous), "
                f"{counted(r['figures'], 'figure')}, {counted(r['dates'], 'date')}")
    blocks = [(head_line(r["article"], plain(r["date"] or "undated"), plain(r["status"])), [("found", plain(counts(r)))])
              for r in rows]
    blocks.append((Text(counted(totals["articles"], "article"), style="bold"), [("found", plain(counts(totals)))]))
    return stacked("Ingested", blocks)


_INGEST_COLUMNS = ("article", "date", "status", "claims", "named", "anonymous", "figures", "dates")
_INGEST_LEFT = 3  # article, date and status are left-justified, the counts right-justified


def ingest_summary(rows: Sequence[dict[str, Any]], totals: dict[str, int]) -> RenderableType:
    """The ingest table: drawn by rich, or as rich would draw it by :class:`PlainTable`
    when the output is plain text (rich's layout of 1,000 rows costs a noticeable part of an ingest)."""
    cells = [["" if r[c] is None else str(r[c]) for c in _INGEST_COLUMNS] for r in rows]
    foot = [f"{totals['articles']} articles", "", "", *(str(totals[c]) for c in _INGEST_COLUMNS[3:])]
    return PlainTable("Ingested", _INGEST_COLUMNS, _INGEST_LEFT, cells, foot)


class PlainTable:
    """A titled table with one section of rows and a bold foot row (box SIMPLE_HEAVY).

    When the console writes plain text (no colour, UTF-8) and every cell is
    printable ASCII that fits without wrapping, the lines are drawn here,
    exactly as rich's :class:`Table` draws them; otherwise rich draws it."""

    def __init__(self, title: str, columns: Sequence[str], left: int, rows: list[list[str]], foot: list[str]) -> None:
        self.title, self.columns, self.left, self.rows, self.foot = title, columns, left, rows, foot

    def table(self) -> Table:
        t = Table(title=self.title, box=box.SIMPLE_HEAVY)
        for k, col in enumerate(self.columns):
            t.add_column(col, justify="left" if k < self.left else "right")
        for r in self.rows:
            t.add_row(*(plain(c) for c in r))
        t.add_section()
        t.add_row(*(Text(c, style="bold") if c else "" for c in self.foot))
        return t

    def lines(self, max_width: int) -> list[str] | None:
        """The drawn lines, or None when rich must draw (wide or unprintable cells, too wide)."""
        every = [self.title, *self.columns, *self.foot, *(c for r in self.rows for c in r)]
        if not all(c.isascii() and c.isprintable() for c in every):
            return None
        widths = [len(c) for c in self.columns]
        for r in (*self.rows, self.foot):
            widths = [max(w, len(c)) for w, c in zip(widths, r)]
        total = sum(widths) + 3 * len(widths) + 1
        if total > max_width or len(self.title) > total:
            return None
        left = self.left

        def line(cells: Sequence[str]) -> str:
            return " " + " ".join(" " + (c.ljust(w) if k < left else c.rjust(w)) + " "
                                  for k, (c, w) in enumerate(zip(cells, widths))) + " "

        pad = (total - len(self.title)) // 2
        blank = " " * total
        return [" " * pad + self.title + " " * (total - pad - len(self.title)), blank, line(self.columns),
                " " + "\u2501" * (total - 2) + " ", *(line(r) for r in self.rows), *([blank] if self.rows else []),
                line(self.foot), blank]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        plain_text = console.color_system is None and not options.ascii_only and not console.legacy_windows
        drawn = self.lines(options.max_width) if plain_text else None
        if drawn is None:
            yield self.table()
            return
        newline = Segment.line()
        for text in drawn:
            yield Segment(text)
            yield newline


# -- claims ---------------------------------------------------------------------


def claims_table(claims: Sequence[Claim], verdicts: dict[str, str]) -> Table:
    t = Table(box=box.SIMPLE, show_lines=False, title=counted(len(claims), "claim"), expand=True)
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


def claims_view(claims: Sequence[Claim], verdicts: dict[str, str], width: int) -> RenderableType:
    """Claims as a table when the content gets room, else one block per claim (nothing dropped)."""
    many = len({c.article for c in claims}) > 1
    fixed = [12, *([_longest((c.article for c in claims), 24)] if many else []), 18, 9,
             _longest((c.cue for c in claims), 20), _longest(verdicts.get(c.id, "") for c in claims) or 7]
    if fits_table(width, fixed):
        return claims_table(claims, verdicts)
    blocks = []
    for c in claims:
        head = head_line(c.id, kind_text(c.speaker_kind), plain(c.cue), plain(c.article) if many else "",
                         Text(f"verdict: {verdicts[c.id]}", style="bold") if verdicts.get(c.id) else "")
        speaker = plain(c.speaker)
        if c.speaker_name and c.speaker_name.casefold() not in c.speaker.casefold():
            speaker.append(f" → {safe(c.speaker_name)}", style="dim")
        fields = [("speaker", speaker), ("content", plain(one_line(c.content)))]
        if c.repeats:
            fields.append(("repeats", plain(f"{c.repeats} more time(s) on the page")))
        blocks.append((head, fields))
    return stacked(counted(len(claims), "claim"), blocks)


def claim_detail(claim: Claim, article: Article | None, verdict: str, paragraph: tuple[int, int] | None) -> RenderableType:
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("claim", claim.id)
    head.add_row("article", plain(claim.article))
    if article is not None:
        head.add_row("headline", plain(article_line(article).rsplit("  ·  ", 1)[0]))
        head.add_row("date", plain(date_words(article)))
    who = plain(claim.speaker)
    who.stylize(SPEAKER_STYLE)
    if claim.speaker_name and claim.speaker_name != claim.speaker:
        who.append(f"  → {safe(claim.speaker_name)}")
    head.add_row("speaker", who)
    head.add_row("kind", kind_text(claim.speaker_kind))
    head.add_row("cue", Text(safe(claim.cue), style=CUE_STYLE))
    head.add_row("quote", "direct quotation" if claim.quote else "reported speech")
    head.add_row("verdict", plain(verdict or "none yet"))
    if claim.repeats:
        head.add_row("repeats", plain(f"the page repeats this passage {claim.repeats} more time(s)"))
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


def sources_view(groups: Sequence[dict[str, Any]], width: int) -> RenderableType:
    """Sources as a table when the spellings and articles fit, else one block per source."""
    if fits_table(width, [_longest((g["source"] for g in groups), 30), 9, 60, 6], 30):
        return sources_table(groups)
    blocks = []
    for g in groups:
        head = head_line(g["source"], kind_text(g["kind"]), plain(f"{g['claims']} claims"))
        blocks.append((head, [("written as", plain("; ".join(g["variants"]))), ("articles", plain(", ".join(g["articles"])))]))
    return stacked("Sources", blocks)


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
    t = Table(box=box.SIMPLE, title=counted(len(figures), "figure"), expand=True)
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


def figures_view(figures: Sequence[Figure], texts: dict[str, str], width: int) -> RenderableType:
    many = len({f.article for f in figures}) > 1
    fixed = [*([_longest((f.article for f in figures), 24)] if many else []), 14, 16, 7, _longest((f.key for f in figures), 12), 18]
    if fits_table(width, fixed):
        return figures_table(figures, texts)
    blocks = []
    for f in figures:
        head = head_line(f.text, Text(f"[{_num(f.low)}, {_num(f.high)}]"), plain(f.unit), plain(f.key),
                         plain(", ".join(f.roles)), plain(f.article) if many else "")
        sent = sentence_with(texts.get(f.article, ""), f.sentence_start, f.sentence_end, f.start, f.end)
        blocks.append((head, [("sentence", sent)]))
    return stacked(counted(len(figures), "figure"), blocks)


def dates_view(dates: Sequence[DateMention], texts: dict[str, str], width: int) -> RenderableType:
    many = len({d.article for d in dates}) > 1
    fixed = [*([_longest((d.article for d in dates), 24)] if many else []), 16, 23, 16]
    if fits_table(width, fixed):
        return dates_table(dates, texts)
    blocks = []
    for d in dates:
        head = head_line(d.text, _date_value(d), plain(d.event), plain(d.article) if many else "")
        sent = sentence_with(texts.get(d.article, ""), d.sentence_start, d.sentence_end, d.start, d.end)
        blocks.append((head, [("sentence", sent)]))
    return stacked(counted(len(dates), "date"), blocks)


def _date_value(d: DateMention) -> Text:
    if not d.valid:
        return Text("invalid", style="red")
    if d.value:
        return Text(d.value)
    if d.low:
        return Text(f"{d.low} … {d.high}")
    return Text("unresolved", style="dim")


def dates_table(dates: Sequence[DateMention], texts: dict[str, str]) -> Table:
    t = Table(box=box.SIMPLE, title=counted(len(dates), "date"), expand=True)
    many = len({d.article for d in dates}) > 1
    for col in ("article", "date", "value", "event", "sentence")[0 if many else 1 :]:
        t.add_column(col, ratio={"sentence": 3, "event": 1, "date": 1}.get(col), no_wrap=col in ("article", "value"), max_width=24 if col == "article" else None)
    for d in dates:
        value = _date_value(d)
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


def conflicts_table(conflicts: Sequence[Conflict], fresh: Iterable[str] = ()) -> Table:
    fresh = set(fresh)
    t = Table(box=box.SIMPLE, title=counted(len(conflicts), "conflict"), expand=True)
    for col in ("id", "kind", "severity", "status", "summary", "articles"):
        t.add_column(col, no_wrap=col in ("id", "kind", "severity", "status"), ratio={"summary": 3, "articles": 1}.get(col))
    for c in conflicts:
        t.add_row(
            Text(c.id, style="dim"),
            plain(c.kind),
            severity_text(c.severity),
            status_text(c, fresh),
            plain(c.summary),
            plain(", ".join(sorted({m.article for m in c.mentions}))),
        )
    return t


def status_text(c: Conflict, fresh: Iterable[str] = ()) -> Text:
    t = plain(c.status)
    if c.id in set(fresh):
        t.append("\nnew evidence", style="bold yellow")
    return t


def conflicts_view(conflicts: Sequence[Conflict], width: int, fresh: Iterable[str] = ()) -> RenderableType:
    """Conflicts as a table when the summary gets room, else one block per conflict."""
    fresh = set(fresh)
    arts = [", ".join(sorted({m.article for m in c.mentions})) for c in conflicts]
    fixed = [12, 6, 8, 9, _longest(arts, 24)]
    if fits_table(width, fixed):
        return conflicts_table(conflicts, fresh)
    blocks = []
    for c, a in zip(conflicts, arts):
        status = plain(c.status)
        if c.id in fresh:
            status.append(" (new evidence since decided)", style="bold yellow")
        head = head_line(c.id, plain(c.kind), severity_text(c.severity), status)
        blocks.append((head, [("summary", plain(c.summary)), ("articles", plain(a))]))
    return stacked(counted(len(conflicts), "conflict"), blocks)


def mention_panel(m: Mention, text: str, context: dict[str, Any] | None = None) -> Panel:
    context = context or {}
    body = Table.grid(padding=(0, 1))
    body.add_column(style="bold", no_wrap=True)
    body.add_column(ratio=1)
    body.add_row("article", plain(m.article))
    line = context.get("articles", {}).get(m.article)
    if line:
        body.add_row("headline", plain(line.rsplit("  ·  ", 1)[0]) if "  ·  " in line else plain(""))
        body.add_row("date", plain(line.rsplit("  ·  ", 1)[-1]))
    else:
        body.add_row("date", plain(m.article_date or "undated"))
    if m.speaker:
        body.add_row("source", plain(m.speaker))
        body.add_row("kind", kind_text(m.speaker_kind))
    else:
        who = context.get("speakers", {}).get((m.article, m.start))
        body.add_row("source", plain(f"unattributed; speaking in this sentence: {who}" if who else "unattributed (narration)"))
    body.add_row("value", plain(mention_value(m, context.get("readings", {}).get((m.article, m.start, m.end)))))
    sent = sentence_with(text, m.sentence_start, m.sentence_end, m.start, m.end, limit=400)
    return Panel(Group(body, Text(""), sent), title=plain(m.text), expand=True)


def mention_value(m: Mention, reading: tuple[Any, Any] | None = None) -> str:
    """The value as written, with its literal and everyday readings when they differ."""
    value = number(m.value) if isinstance(m.value, (int, float)) and not isinstance(m.value, bool) else safe(str(m.value if m.value is not None else ""))
    if reading is not None:
        lit, every = reading
        if tuple(lit) != tuple(every):
            return f"{value}: literally {interval_words(*lit)}; in the everyday reading {interval_words(*every)}"
        if lit[0] != lit[1]:
            return f"{value}: {interval_words(*lit)}"
        return value
    if m.low is not None and m.high is not None and m.low != m.high:
        return f"{value}: {interval_words(m.low, m.high)}"
    return value


def _overlap(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def reading_sentence(conflict: Conflict, readings: dict[tuple[str, int, int], tuple[Any, Any]]) -> str:
    """Which reading makes a figure conflict, in words ("" when not known)."""
    rs = [readings.get((m.article, m.start, m.end)) for m in conflict.mentions]
    if conflict.kind != "figure" or not rs or any(r is None for r in rs):
        return ""
    lits = [tuple(r[0]) for r in rs]
    if all(_overlap(a, b) for i, a in enumerate(lits) for b in lits[i + 1 :]):
        parts = [f"{safe(one_line(m.text, 40))!r} read as {interval_words(*r[1])}" for m, r in zip(conflict.mentions, rs) if tuple(r[0]) != tuple(r[1])]
        return ("Read literally, these figures can all be true; they conflict in the everyday reading"
                + (f" ({'; '.join(parts)})." if parts else "."))
    return "These figures conflict even read literally."


def conflict_body(
    conflict: Conflict,
    texts: dict[str, str],
    extra: Iterable[RenderableType] = (),
    context: dict[str, Any] | None = None,
    width: int = 120,
) -> RenderableType:
    """A conflict's mentions (side by side when there is room, else one under the other) and ``extra``."""
    context = context or {}
    panels = [mention_panel(m, texts.get(m.article, ""), context) for m in conflict.mentions]
    why = reading_sentence(conflict, context.get("readings", {}))
    parts: list[RenderableType] = [Text(why, style="italic")] if why else []
    if panels and width >= 60 * min(len(panels), 3):
        parts.append(Columns(panels, equal=True, expand=True))
    else:
        parts.extend(panels)
    return Group(*parts, *extra)


def conflict_detail(
    conflict: Conflict, texts: dict[str, str], extra: Iterable[RenderableType] = (), context: dict[str, Any] | None = None,
    width: int = 120,
) -> RenderableType:
    head = Text()
    head.append(f"{conflict.id}  ", style="dim")
    head.append(f"{conflict.kind} conflict, ")
    head.append(conflict.severity, style=SEVERITY_STYLE.get(conflict.severity, ""))
    head.append(f", {conflict.status}\n")
    head.append(safe(conflict.summary), style="bold")
    return Group(head, conflict_body(conflict, texts, extra, context, width))


# -- review: verdicts and decisions (history, orphans) -------------------------------------


def history_table(rows: Sequence[dict[str, Any]], title: str) -> Table:
    """Verdicts and decisions, oldest first; notes and texts shown literally."""
    t = Table(box=box.SIMPLE, title=plain(title))
    for col in ("at", "type", "id", "verdict/decision", "by", "note", "text"):
        t.add_column(col, no_wrap=col in ("at", "id"), ratio=2 if col in ("note", "text") else None)
    for r, text in zip(rows, texts_once(rows)):
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
            plain(text),
        )
    return t


def texts_once(rows: Sequence[dict[str, Any]], limit: int = 160) -> list[str]:
    """Each row's text, shown only where it differs from the previous row's on the same id."""
    last: dict[str, str] = {}
    out = []
    for r in rows:
        text = one_line(r.get("text", ""), limit)
        out.append("" if last.get(r["id"]) == text else text)
        last[r["id"]] = text
    return out


def history_view(rows: Sequence[dict[str, Any]], title: str, width: int) -> RenderableType:
    """Verdicts and decisions as a table when there is room, else one block per entry; a text is shown once."""
    if fits_table(width, [20, 8, 13, 16, _longest((r["by"] for r in rows), 16)], 2 * 24):
        return history_table(rows, title)
    blocks = []
    for r, text in zip(rows, texts_once(rows, 0)):
        rid = plain(r["id"])
        if r.get("orphaned"):
            rid.append(" orphaned", style="bold red")
        head = head_line(r["at"], plain(r["type"]), rid, Text(safe(r["value"]), style="bold"), plain(f"by {r['by']}"))
        fields: list[tuple[str, RenderableType]] = []
        if r.get("previous_ids"):
            fields.append(("was", plain(", ".join(r["previous_ids"]))))
        if r["note"]:
            fields.append(("note", plain(r["note"])))
        if text:
            fields.append(("text", plain(text)))
        blocks.append((head, fields))
    return stacked(plain(title).plain, blocks)


# -- rules ------------------------------------------------------------------------------


def rules_view(rules: Sequence[dict[str, Any]], width: int) -> RenderableType:
    """Registered rules with how often each fired; one block per rule below table width."""
    if fits_table(width, [_longest((r["id"] for r in rules), 30), 8, 6]):
        t = Table(box=box.SIMPLE, title=counted(len(rules), "rule"), expand=True)
        for col in ("rule", "stage", "fired", "what it does"):
            t.add_column(col, no_wrap=col != "what it does", justify="right" if col == "fired" else "left",
                         ratio=1 if col == "what it does" else None)
        for r in rules:
            t.add_row(plain(r["id"]), plain(r["stage"]), f"{r['fired']:,}", plain(r["description"]))
        return t
    blocks = []
    for r in rules:
        fields: list[tuple[str, RenderableType]] = [("does", plain(r["description"]))]
        if r.get("example"):
            fields.append(("example", plain(r["example"])))
        blocks.append((head_line(r["id"], plain(r["stage"]), plain(f"fired {r['fired']:,}")), fields))
    return stacked(counted(len(rules), "rule"), blocks)
