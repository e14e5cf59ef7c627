"""The command line: thin wrappers over the library. The only module importing click."""

from __future__ import annotations

import datetime
import functools
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import click
from rich.console import Console, Group

from . import __version__, render
from . import export as _export
from . import review as _review
from . import tui as _tui
from . import worklog as _worklog
from .compare.rules import RULES as _CONFLICT_RULES
from .models import SEVERITY_ORDER, Claim, Conflict, DateMention, Figure
from .sources import anonymity_by_article, source_groups
from . import check as _check
from . import listing as _listing
from . import lookup
from .listing import claim_json, date_info  # noqa: F401  (date_info: kept importable from here)
from .store import Store, StoreError, position  # noqa: F401  (position: kept importable from here)
from .text import paragraphs

DEFAULT_DB = "claims.json"


#: Width for tables written to a pipe or file when COLUMNS is not set (rich's 80 cuts ids).
PIPE_WIDTH = 120


def out_console() -> Console:
    """Console for results on stdout (rich honours NO_COLOR and non-terminals)."""
    con = Console(file=sys.stdout, highlight=False, emoji=False, markup=False)
    if not con.is_terminal and "COLUMNS" not in os.environ:
        con.width = PIPE_WIDTH
    return con


def err_console() -> Console:
    return Console(file=sys.stderr, highlight=False, emoji=False, markup=False)


def echo_json(data: Any) -> None:
    """JSON to stdout. A list is written one record per line: still one JSON
    document, but encoded by json's C encoder (``indent`` would force its slow
    pure-Python one, which dominates listings of 100,000 claims)."""
    if isinstance(data, list):
        out = sys.stdout
        if not data:
            out.write("[]\n")
            return
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        out.write("[\n")
        last = len(data) - 1
        for i, row in enumerate(data):
            out.write(dumps(row))
            out.write(",\n" if i < last else "\n")
        out.write("]\n")
        out.flush()
    else:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def echo_json_lines(lines: Iterable[str]) -> None:
    """A JSON list to stdout from its records already encoded, one per line (as :func:`echo_json` writes it)."""
    out = sys.stdout
    first = True
    for line in lines:
        out.write("[\n" if first else ",\n")
        out.write(line)
        first = False
    out.write("[]\n" if first else "\n]\n")
    out.flush()


def echo_json_encoded(lines: Iterable[bytes]) -> None:
    """:func:`echo_json_lines` for records already encoded as UTF-8 (written past the text layer when it has one)."""
    sys.stdout.flush()
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        echo_json_lines(line.decode("utf-8") for line in lines)
        return
    first = True
    for line in lines:
        out.write(b"[\n" if first else b",\n")
        out.write(line)
        first = False
    out.write(b"[]\n" if first else b"\n]\n")
    out.flush()


def fail(message: str, code: int = 1) -> None:
    """One clean line on stderr and a non-zero exit code."""
    err_console().print(render.plain(f"Error: {message}"), soft_wrap=True)
    sys.exit(code)


def handles_errors(f: Callable[..., Any]) -> Callable[..., Any]:
    """Turn expected failures into one-line errors, never a traceback."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except StoreError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted; nothing was written", 130)

    return wrapper


def get_store(ctx: click.Context, must_exist: bool = True) -> Store:
    """The database named by ``--db`` (before or after the subcommand).

    Reading commands (``must_exist``) fail with one line when there is no
    database file, instead of showing an empty result.
    """
    obj = ctx.find_root().obj
    if "store" not in obj:
        obj["store"] = Store(obj.get("db") or DEFAULT_DB)
    store = obj["store"]
    if must_exist and not store.exists():
        fail(f"no database at {store.path} (run `claimtrack ingest` first)")
    return store


def _set_db(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value:
        root = ctx.find_root()
        root.ensure_object(dict)
        root.obj["db"] = value
        root.obj.pop("store", None)


def _set_lexicon(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """Extra domain lexicon files: handed to the lexicon loader, and to extractors via the env."""
    if value:
        os.environ[LEXICON_ENV] = os.pathsep.join(value)
        try:
            from .lexicon import domain  # type: ignore[attr-defined]
        except ImportError:
            return value
        load = getattr(domain, "load", None)
        if load is not None:
            try:
                load(list(value))
            except (OSError, ValueError) as exc:
                raise click.BadParameter(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
    return value


LEXICON_ENV = "CLAIMTRACK_LEXICON"
#: Every kind a registered conflict rule can flag (a new rule module adds its own).
CONFLICT_KINDS = sorted({r.KIND for r in _CONFLICT_RULES})
LEXICON_HELP = "Extra domain lexicon file (TOML; repeatable, or CLAIMTRACK_LEXICON with paths joined by ':')."
DB_HELP = "Database file (or set CLAIMTRACK_DB); accepted before or after the command."


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Shell completion (click): eval \"$(_CLAIMTRACK_COMPLETE=bash_source claimtrack)\" in ~/.bashrc; "
    "zsh_source for ~/.zshrc; fish: _CLAIMTRACK_COMPLETE=fish_source claimtrack | source.",
)
@click.option("--db", default=None, envvar="CLAIMTRACK_DB", type=click.Path(dir_okay=False),
              help=DB_HELP + f"  [default: {DEFAULT_DB}]")
@click.option("--lexicon", "lexicons", multiple=True, envvar=LEXICON_ENV, type=click.Path(dir_okay=False, exists=True),
              callback=_set_lexicon, expose_value=True,
              help=LEXICON_HELP)
@click.version_option(__version__, prog_name="claimtrack")
@click.pass_context
def main(ctx: click.Context, db: str | None, lexicons: tuple[str, ...]) -> None:
    """Track who said what in news articles, and flag figures, dates and names that disagree."""
    ctx.ensure_object(dict)
    ctx.obj.setdefault("db", db or DEFAULT_DB)
    if db:
        ctx.obj["db"] = db


# -- ingest ------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--replace", is_flag=True, help="Replace a stored article of the same id that came from another file.")
@click.pass_context
@handles_errors
def ingest(ctx: click.Context, paths: tuple[str, ...], replace: bool) -> None:
    """Extract claims, figures and dates from article files and folders (*.txt, any case).

    An article id (the file name without .txt) already stored from another
    file with other text is refused unless --replace is given.
    """
    from .ingest import ingest as run_ingest  # the extractors load only when needed
    from .ingest import is_many

    store = get_store(ctx, must_exist=False)
    err = err_console()
    progress_bar = None
    task = None

    def progress(i: int, n: int) -> None:
        nonlocal progress_bar, task
        if progress_bar is None and is_many(n) and err.is_terminal:
            from rich.progress import Progress

            progress_bar = Progress(console=err, transient=True)
            progress_bar.start()
            task = progress_bar.add_task("ingesting", total=n)
        if progress_bar is not None:
            progress_bar.update(task, completed=i)

    def stage(name: str) -> None:
        nonlocal task
        if progress_bar is not None:  # the comparison has no count: a pulsing bar
            progress_bar.remove_task(task)
            task = progress_bar.add_task(name, total=None)

    try:
        report = run_ingest(store, paths, progress, stage=stage, replace=replace)
    finally:
        if progress_bar is not None:
            progress_bar.stop()
    for s in report.skipped:
        err.print(render.plain(f"skipped {s.path}: {s.reason}"), soft_wrap=True)
    if not report.written:
        fail("no article ingested; nothing written")
    totals = {k: sum(r[k] for r in report.rows) for k in ("claims", "named", "anonymous", "figures", "dates")}
    totals["articles"] = len(report.rows)
    con = out_console()
    con.print(render.ingest_view(report.rows, totals, con.width))
    err.print(render.plain(f"{render.counted(report.conflicts, 'conflict')} flagged; database: {store.path}"))
    for what, n in report.orphaned.items():
        err.print(render.plain(f"{n} {what if n != 1 else what[:-1]} orphaned (claimtrack history --orphaned)"))
    if report.skipped:
        sys.exit(1)


# -- claims and sources ----------------------------------------------------------------


def current_verdicts(store: Store) -> dict[str, str]:
    """The latest verdict rating per claim id (orphaned verdicts, whose claim is gone, left out)."""
    latest: dict[str, str] = {}
    for v in store.records("verdicts"):
        if not v.get("orphaned"):
            latest[v["claim"]] = v["rating"]
    return latest


#: Rows shown by a table listing unless --limit says otherwise (JSON is never cut).
TABLE_LIMIT = 200

limit_option = click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=TABLE_LIMIT,
    show_default=True,
    help="Show at most this many rows in the table (0: all). --json always lists everything.",
)


def print_limited(table_of: Callable[[list[Any]], Any], items: list[Any], limit: int, total: int | None = None) -> None:
    """Print a table of at most ``limit`` items and say on stderr when rows were left out.

    ``total`` is how many items there are when ``items`` holds only the first ones.
    """
    shown = items[:limit] if limit else items
    total = len(items) if total is None else total
    out_console().print(table_of(shown))
    if len(shown) < total:
        err_console().print(
            render.plain(f"showing {len(shown):,} of {total:,} rows; --limit 0 shows all, --json lists everything")
        )


def known_article(store: Store, article: str | None) -> None:
    """An unknown ``--article`` is an error naming the closest ids (not an empty listing)."""
    if article is not None:
        ids = store.article_shas()
        if article not in ids:
            fail(lookup.unknown_message("article", article, ids))


@main.command()
@click.option("--article", help="Only this article id.")
@click.option("--speaker", help="Only speakers whose name contains this text or a spelling variant of it (qasim: Qassem).")
@click.option("--kind", type=click.Choice(["named", "anonymous"]), help="Only named or anonymous sources.")
@limit_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list to stdout.")
@click.pass_context
@handles_errors
def claims(ctx: click.Context, article: str | None, speaker: str | None, kind: str | None, limit: int, as_json: bool) -> None:
    """List sourced assertions: who said what, named or anonymous, with offsets."""
    store = get_store(ctx)
    known_article(store, article)
    verdicts = current_verdicts(store)

    def keep(r: dict[str, Any]) -> bool:
        return (not speaker or lookup.speaker_matches(speaker, r["speaker"], r["speaker_name"])) and (
            not kind or r["speaker_kind"] == kind
        )

    where = (("speaker", "speaker_name", "speaker_kind"), lambda s, n, k: keep({"speaker": s, "speaker_name": n, "speaker_kind": k}))
    if as_json:  # streamed shard by shard: memory does not grow with the database
        echo_json_encoded(_listing.claims_json(store, article, verdicts, where if speaker or kind else None))
        return
    con = out_console()
    if limit and article is None and not speaker and not kind:  # the first page, from the first articles' shards
        rows, total = store.first_rows("claims", limit)
    else:
        rows, total = _listing.first_rows(store, "claims", article, where if speaker or kind else None, limit)

    def view(shown: list[dict[str, Any]]) -> Any:
        dated = [a for a in (store.article(aid) for aid in sorted({r["article"] for r in shown})) if a is not None]
        return Group(render.claims_view([Claim.from_dict(r) for r in shown], verdicts, con.width), render.article_dates(dated))

    print_limited(view, rows, limit, total)


def _name_canonical():
    try:
        from .extract.names import name_groups
    except ImportError:  # pragma: no cover - names module missing
        return None
    return name_groups


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON to stdout.")
@click.pass_context
@handles_errors
def sources(ctx: click.Context, as_json: bool) -> None:
    """Who is quoted, in which articles, and each article's share of anonymous sourcing."""
    store = get_store(ctx)
    found = store.rows("claims")
    groups = source_groups(found, _name_canonical())
    per_article = anonymity_by_article(found, store.article_shas())
    if as_json:
        echo_json({"sources": [{k: v for k, v in g.items()} for g in groups], "articles": per_article})
    else:
        con = out_console()
        con.print(render.sources_view(groups, con.width))
        con.print(render.anonymity_table(per_article))


def conflict_json(conflict: Conflict, texts: dict[str, str], new_evidence: set[str] = frozenset()) -> dict[str, Any]:
    """A conflict as printed by --json: W3C selectors beside each mention's offsets."""
    d = conflict.to_dict()
    d["new_evidence"] = conflict.id in new_evidence
    for m in d["mentions"]:
        m["selectors"] = lookup.selectors(texts.get(m["article"], ""), m["start"], m["end"])
    return d


def conflict_context(store: Store, conflicts: list[Conflict]) -> dict[str, Any]:
    """What a conflict card shows besides the mentions: headlines, dates, readings, speakers."""
    wanted = {m.article for c in conflicts for m in c.mentions}
    articles = {a: art for a in sorted(wanted) if (art := store.article(a)) is not None}
    return {
        "texts": {a: articles[a].text for a in wanted if a in articles},
        "articles": {a: render.article_line(articles[a]) for a in wanted if a in articles},
        "readings": figure_readings(store, conflicts),
        "speakers": sentence_speakers(store, conflicts),
    }


def figure_readings(store: Store, conflicts: list[Conflict]) -> dict[tuple[str, int, int], tuple[Any, Any]]:
    """(article, start, end) -> (literal, everyday) interval of each figure mention."""
    spans = {(m.article, m.start, m.end) for c in conflicts if c.kind == "figure" for m in c.mentions}
    if not spans:
        return {}
    out = {}
    for f in store.figures(articles={a for a, _, _ in spans}):
        key = (f.article, f.start, f.end)
        if key not in spans:
            continue
        if f.lit_low is not None:
            # read once at extraction (extract/quantities.py): literal and everyday readings
            out[key] = ((f.lit_low, f.lit_high), (f.every_low, f.every_high))
            continue
        from .compare.bounds import readings
        from .extract.quantities import qualifier_of
        try:
            out[key] = readings(f.value, f.low, f.high, qualifier_of(f.qualifier, ""))
        except (TypeError, ValueError):  # pragma: no cover - an odd stored figure
            continue
    return out


def sentence_speakers(store: Store, conflicts: list[Conflict]) -> dict[tuple[str, int], str]:
    """(article, offset) -> who speaks in the sentence, for unattributed mentions."""
    wanted = {(m.article, m.start) for c in conflicts for m in c.mentions if not m.speaker}
    if not wanted:
        return {}
    by_article: dict[str, list[Claim]] = {}
    for c in store.claims(articles={a for a, _ in wanted}):
        by_article.setdefault(c.article, []).append(c)
    out = {}
    for art, pos in wanted:
        for c in by_article.get(art, ()):
            if c.sentence_start <= pos < c.sentence_end or c.speaker_start <= pos < c.speaker_end:
                out[(art, pos)] = c.speaker_name or c.speaker
                break
    return out


def show_orphaned(store: Store, record_id: str, as_json: bool) -> bool:
    """``show`` on an id whose claim or conflict is gone: its last text and its verdicts/decisions."""
    rows = [r for r in _worklog.orphaned(store) if r["id"] == record_id or record_id in r["previous_ids"]]
    if not rows:
        return False
    if as_json:
        echo_json({"id": record_id, "orphaned": True, "text": rows[-1]["text"], "history": rows})
        return True
    con = out_console()
    con.print(render.plain(f"{record_id} is no longer in its article (orphaned); last text:"), soft_wrap=True)
    con.print(render.plain("  " + render.one_line(rows[-1]["text"])))
    con.print(render.history_view(rows, f"{len(rows)} orphaned verdicts and decisions", con.width))
    return True


@main.command()
@click.argument("record_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON to stdout.")
@click.pass_context
@handles_errors
def show(ctx: click.Context, record_id: str, as_json: bool) -> None:
    """Show a claim in its paragraph, or a conflict's mentions side by side."""
    store = get_store(ctx)
    found = store.find(record_id)
    if found is None:
        if show_orphaned(store, record_id, as_json):
            return
        fail(f"no claim or conflict with id {record_id!r}")
    table, row = found
    if table == "claims":
        show_claim(store, row, as_json)
    elif table == "conflicts":
        conflict = with_status(store, [Conflict.from_dict(row)])[0]
        ctxt = conflict_context(store, [conflict])
        if as_json:
            echo_json(conflict_json(conflict, ctxt["texts"], new_evidence_ids(store)))
            return
        if conflict.id in new_evidence_ids(store):
            conflict = attrs.evolve(conflict, status=f"{conflict.status}; new evidence since decided")
        con = out_console()
        con.print(render.conflict_detail(conflict, ctxt["texts"], context=ctxt, width=con.width))
    else:
        if as_json:
            echo_json(row)
            return
        out_console().print(render.plain(json.dumps(row, ensure_ascii=False, indent=2)))


def show_claim(store: Store, row: dict[str, Any], as_json: bool) -> None:
    verdicts = current_verdicts(store)
    claim = Claim.from_dict(row)
    article = store.article(claim.article)
    if as_json:
        echo_json(claim_json(claim.to_dict(), verdicts.get(claim.id, ""), article))
        return
    para = None
    if article is not None:
        for p in paragraphs(article.text):
            if p.start <= claim.sentence_start < p.end or p.start <= claim.start < p.end:
                para = (min(p.start, claim.sentence_start, claim.start), max(p.end, claim.end, claim.sentence_end))
                break
    out_console().print(render.claim_detail(claim, article, verdicts.get(claim.id, ""), para))


# -- figures and dates -----------------------------------------------------------------


@main.command()
@click.option("--article", help="Only this article id.")
@click.option("--key", help="Only this counted thing (e.g. hostage, prisoner).")
@limit_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list to stdout.")
@click.pass_context
@handles_errors
def figures(ctx: click.Context, article: str | None, key: str | None, limit: int, as_json: bool) -> None:
    """List every figure: value as an interval, what it counts, and its role."""
    store = get_store(ctx)
    known_article(store, article)
    if key:
        keys = {k for k in store.field_values("figures", "key") if k}
        if key not in keys:
            fail(lookup.unknown_message("figure key", key, keys))
    if as_json:
        echo_json_encoded(_listing.records_json(store, "figures", article, (("key",), lambda k: k == key) if key else None))
        return
    if limit and article is None and not key:
        first = store.first_rows("figures", limit)
    else:
        first = _listing.first_rows(store, "figures", article, (("key",), lambda k: k == key) if key else None, limit)
    list_records(store, limit, lambda shown, texts, width: render.figures_view([Figure.from_dict(r) for r in shown], texts, width), first)


def list_records(store: Store, limit: int, view: Callable[..., Any], first: tuple[list[dict[str, Any]], int]) -> None:
    """A table of the first ``limit`` figures or dates (``first``: those rows and how many there are)."""
    rows, total = first
    width = out_console().width
    print_limited(lambda shown: view(shown, store.texts({r["article"] for r in shown}), width), rows, limit, total)


@main.command()
@click.option("--article", help="Only this article id.")
@limit_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list to stdout.")
@click.pass_context
@handles_errors
def dates(ctx: click.Context, article: str | None, limit: int, as_json: bool) -> None:
    """List every date: resolved value and the event it dates."""
    store = get_store(ctx)
    known_article(store, article)
    if as_json:
        echo_json_encoded(_listing.records_json(store, "dates", article))
        return
    first = store.first_rows("dates", limit) if limit and article is None else _listing.first_rows(store, "dates", article, None, limit)
    list_records(store, limit, lambda shown, texts, width: render.dates_view([DateMention.from_dict(r) for r in shown], texts, width), first)


# -- conflicts -------------------------------------------------------------------------


def with_status(store: Store, conflicts: list[Conflict]) -> list[Conflict]:
    """Conflicts with the status of their latest review decision."""
    latest = _review.latest_status(d for d in store.records("decisions") if not d.get("orphaned"))
    return [attrs.evolve(c, status=latest.get(c.id, c.status)) for c in conflicts]


def new_evidence_ids(store: Store) -> set[str]:
    """Decided conflicts whose mentions changed since the decision (they come back to review)."""
    latest = _review.latest_by_key(store.records("decisions"), "conflict")
    return _review.new_evidence(store.conflicts(), latest)


@main.command()
@click.option("--kind", type=click.Choice(CONFLICT_KINDS), help="Only this kind.")
@click.option("--severity", type=click.Choice(["high", "medium", "low"]), help="Only this severity.")
@click.option("--article", help="Only conflicts with a mention in this article.")
@click.option("--recompute", is_flag=True, help="Recompute from the stored articles first.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list to stdout.")
@click.pass_context
@handles_errors
def conflicts(ctx: click.Context, kind: str | None, severity: str | None, article: str | None, recompute: bool, as_json: bool) -> None:
    """List flagged discrepancies, most severe first."""
    store = get_store(ctx)
    known_article(store, article)
    if recompute:
        from .ingest import recompute_conflicts  # the comparator loads only when needed

        with store.writing():
            recompute_conflicts(store)
            stats = _worklog.reattach(store)
        n = stats.get("decisions", {}).get("orphaned", 0)
        if n:
            err_console().print(render.plain(f"{n} decision{'s' if n != 1 else ''} orphaned (claimtrack history --orphaned)"))
    found = with_status(store, store.conflicts())
    fresh = new_evidence_ids(store)
    if kind:
        found = [c for c in found if c.kind == kind]
    if severity:
        found = [c for c in found if c.severity == severity]
    if article:
        found = [c for c in found if any(m.article == article for m in c.mentions)]
    found.sort(key=lambda c: (SEVERITY_ORDER.get(c.severity, 9), c.kind, c.id))
    if as_json:
        texts = store.texts({m.article for c in found for m in c.mentions})
        echo_json([conflict_json(c, texts, fresh) for c in found])
    else:
        con = out_console()
        con.print(render.conflicts_view(found, con.width, fresh))


# -- review: decisions, verdicts, history, export ------------------------------------------
# Fact-checkers decide conflicts (``review``, ``decide``); editors rate claims
# (``verdict``); ``history`` and ``export`` show the trail. Who and when are
# read here, at the edge; the library never reads the clock.


REVIEW_FORCE_ENV = "CLAIMTRACK_REVIEW_FORCE"
"""Set to 1 to run ``review`` without a terminal; keys are then read from stdin
one character at a time and notes one line at a time (tests, scripted demos)."""


def reviewer_name(by: str | None) -> str:
    """``--by``, else $CLAIMTRACK_USER, else the login name."""
    if by and by.strip():
        return by.strip()
    env = os.environ.get("CLAIMTRACK_USER", "").strip()
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (containers)
        return "unknown"


def now_iso() -> str:
    """Now, ISO 8601 UTC to the second ("2024-05-01T09:30:00Z"); $CLAIMTRACK_NOW overrides (tests)."""
    fixed = os.environ.get("CLAIMTRACK_NOW", "").strip()
    if fixed:
        return fixed
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _stdin_key() -> str:
    """One key from a non-terminal stdin (forced mode): the next non-blank character, "" at the end."""
    while True:
        ch = sys.stdin.read(1)
        if ch == "":
            return ""
        if ch == "\x1b":  # an arrow or page key: ESC [ ... (final letter or ~)
            seq = ch + sys.stdin.read(2)
            while seq[-1].isdigit():
                seq += sys.stdin.read(1)
            return seq
        if not ch.isspace():
            return ch


def _tty_key() -> str:
    try:
        return click.getchar()
    except KeyboardInterrupt:
        return _tui.INTERRUPT
    except EOFError:
        return "q"


def _tty_line(prompt: str) -> str:
    try:
        return click.prompt(prompt.rstrip(": "), default="", show_default=False)
    except (click.Abort, EOFError, KeyboardInterrupt):
        return ""


def _stdin_line(prompt: str) -> str:
    return sys.stdin.readline().rstrip("\r\n")


@main.command("review")
@click.option("--all", "show_all", is_flag=True, help="Also show conflicts already decided.")
@click.option("--by", help="Reviewer name (default: $CLAIMTRACK_USER or the login name).")
@click.pass_context
@handles_errors
def review_cmd(ctx: click.Context, show_all: bool, by: str | None) -> None:
    """Walk through open conflicts, most severe first; single keys decide.

    c confirm, d dismiss, s skip, n note, b back (also from the end screen),
    q quit; j/k, the arrow keys and PgUp/PgDn scroll the mentions (the header
    and the keys line stay); Ctrl-C leaves at once (exit status 130). Each
    decision is saved at once; start again to resume at the first undecided
    conflict. A decided conflict whose mentions changed since (new evidence)
    comes back, its old decision shown.
    """
    store = get_store(ctx)
    forced = os.environ.get(REVIEW_FORCE_ENV, "") not in ("", "0")
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if not interactive and not forced:
        fail("review needs an interactive terminal (stdin and stdout); in scripts use: claimtrack decide CONFLICT_ID confirm|dismiss", 2)
    who = reviewer_name(by)
    records = store.records("decisions")
    latest = _review.latest_by_key(records, "conflict")
    conflicts = store.conflicts()
    reopened = _review.new_evidence(conflicts, latest)
    queue, start = _review.review_queue(conflicts, {k: v for k, v in latest.items() if k not in reopened}, show_all)
    con = out_console()
    if not queue:
        con.print(_tui.empty_screen(show_all))
        return
    context = conflict_context(store, queue)
    notes: dict[str, list[dict[str, Any]]] = {}
    for d in records:
        if not d.get("orphaned"):
            notes.setdefault(d["conflict"], []).append(d)

    def save(conflict: Conflict, status: str, note: str) -> dict[str, Any]:
        at = now_iso()
        with store.writing():  # one transaction per decision
            return _worklog.record_decision(store, conflict, status, who, at, note)

    def show(renderable: Any) -> None:
        if interactive:
            con.clear()
        else:
            con.rule()
        con.print(renderable)

    outcome = _tui.run_review(
        queue, start, context["texts"], latest,
        read_key=_tty_key if interactive else _stdin_key,
        read_line=_tty_line if interactive else _stdin_line,
        decide=save, show=show, reviewer=who,
        size=lambda: (con.size.width, con.size.height),
        notes=notes, context=context, reopened=reopened,
        on_resize=_on_resize if interactive else None,
    )
    if interactive:
        _on_resize(None)
        con.clear()
    err = err_console()
    done = "reached the end" if outcome.finished else "stopped"
    err.print(render.plain(f"{done}: {outcome.saved} decisions saved, {outcome.remaining_open} conflicts still open"))
    if outcome.unsaved_notes:
        err.print(render.plain(f"{len(outcome.unsaved_notes)} note(s) not saved: a note is saved with a decision (c or d)"))
    if outcome.interrupted:
        sys.exit(130)


def _on_resize(redraw: Callable[[], None] | None) -> None:
    """Redraw the review screen when the terminal is resized (SIGWINCH); None: stop."""
    import signal

    if hasattr(signal, "SIGWINCH"):
        signal.signal(signal.SIGWINCH, signal.SIG_DFL if redraw is None else (lambda *_: redraw()))


def record_on(
    store: Store,
    find: Callable[[Store, str], Any],
    record_id: str,
    what: str,
    listing: str,
    record: Callable[[Any], Any],
) -> None:
    """Append a decision or verdict to the record ``find`` looks up, in one transaction.

    The id is checked before taking the lock (a quick, clear error) and looked
    up again under it, since another process may have changed the database.
    """
    if find(store, record_id) is None:
        fail(f"no {what} with id {record_id!r} (see: {listing})")
    with store.writing():
        target = find(store, record_id)
        if target is None:  # pragma: no cover - removed meanwhile
            fail(f"no {what} with id {record_id!r}")
        record(target)


@main.command()
@click.argument("conflict_id")
@click.argument("action", metavar="confirm|dismiss")
@click.option("--note", default="", help="Why (saved with the decision).")
@click.option("--by", help="Reviewer name (default: $CLAIMTRACK_USER or the login name).")
@click.pass_context
@handles_errors
def decide(ctx: click.Context, conflict_id: str, action: str, note: str, by: str | None) -> None:
    """Record a decision on a conflict without the interactive view (for scripts)."""
    store = get_store(ctx)
    try:
        status = _review.decision_status(action)
    except _review.ReviewError as exc:
        fail(str(exc))
    who, at = reviewer_name(by), now_iso()
    record_on(
        store, _worklog.find_conflict, conflict_id, "conflict", "claimtrack conflicts",
        lambda conflict: _worklog.record_decision(store, conflict, status, who, at, note),
    )
    out_console().print(render.plain(f"{conflict_id}: {status} by {who} at {at}"))


@main.command()
@click.argument("claim_id")
@click.argument("rating", nargs=-1, required=True)
@click.option("--note", default="", help="Why (saved with the verdict).")
@click.option("--by", help="Editor name (default: $CLAIMTRACK_USER or the login name).")
@click.pass_context
@handles_errors
def verdict(ctx: click.Context, claim_id: str, rating: tuple[str, ...], note: str, by: str | None) -> None:
    """Put a verdict on a claim: true, mostly true, misleading, mostly false, false, unverifiable.

    Verdicts are never overwritten: a new one is added to the claim's history.
    """
    store = get_store(ctx)
    try:
        canonical = _review.normalize_rating(" ".join(rating))
    except _review.ReviewError as exc:
        fail(str(exc))
    who, at = reviewer_name(by), now_iso()
    record_on(
        store, _worklog.find_claim, claim_id, "claim", "claimtrack claims",
        lambda claim: _worklog.record_verdict(store, claim, canonical, who, at, note),
    )
    out_console().print(render.plain(f"{claim_id}: {canonical} by {who} at {at}"))


@main.command()
@click.argument("record_id", required=False)
@click.option("--orphaned", is_flag=True, help="List verdicts and decisions whose claim or conflict is gone.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list to stdout.")
@click.pass_context
@handles_errors
def history(ctx: click.Context, record_id: str | None, orphaned: bool, as_json: bool) -> None:
    """All verdicts and decisions on a claim or conflict, oldest first."""
    store = get_store(ctx)
    if orphaned:
        rows = _worklog.orphaned(store)
        if record_id:
            rows = [r for r in rows if r["id"] == record_id or record_id in r["previous_ids"]]
        title = f"{len(rows)} orphaned verdicts and decisions"
    elif record_id:
        rows = _worklog.history(store, record_id)
        if not rows and store.find(record_id) is None:
            fail(f"no claim or conflict with id {record_id!r}, and no history for it")
        title = f"history of {record_id}: {len(rows)} entries"
    else:
        fail("give a claim or conflict id, or --orphaned")
    if as_json:
        echo_json(rows)
    else:
        con = out_console()
        con.print(render.history_view(rows, title, con.width))


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(_export.FORMATS), default=None,
              help="Output format (default: from the -o file's extension: .csv, .json, .jsonld for ClaimReview; else json).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (atomically) instead of stdout.")
@click.option("--org", help="ClaimReview author: this organization (the reviewer becomes the creator).")
@click.pass_context
@handles_errors
def export_cmd(ctx: click.Context, fmt: str | None, output: str | None, org: str | None) -> None:
    """Export everything reviewed: claims with verdicts, conflicts with decisions."""
    store = get_store(ctx)
    fmt = _export.format_for(output, fmt)
    data = _export.collect(
        store.claims(), store.conflicts(), store.articles(), store.records("verdicts"), store.records("decisions")
    )
    text = _export.render(data, fmt, org)
    if output:
        try:
            _export.write_atomic(output, text)
        except _export.ExportError as exc:
            fail(str(exc))
        err_console().print(render.plain(f"exported {_export.summary(data, fmt)} to {output} ({fmt})"))
    else:
        click.echo(text, nl=False)


# -- article dates and rules -----------------------------------------------------------------


@main.command("date")
@click.argument("article_id", metavar="ARTICLE")
@click.argument("day", metavar="YYYY-MM-DD")
@click.option("--by", help="Who sets it (default: $CLAIMTRACK_USER or the login name).")
@click.pass_context
@handles_errors
def date_cmd(ctx: click.Context, article_id: str, day: str, by: str | None) -> None:
    """Set or correct an article's date; it survives re-ingest.

    The article's relative dates ("on Sunday", "last month") are resolved
    again against it and conflicts recomputed; verdicts and decisions stay.
    """
    from .ingest import extract_article, recompute_conflicts, stored_part, with_user_date

    store = get_store(ctx)
    try:
        iso = datetime.date.fromisoformat(day.strip()).isoformat()
    except ValueError:
        fail(f"not a date: {day!r} (use YYYY-MM-DD, e.g. 2024-01-18)")
    known_article(store, article_id)
    record = {"article": article_id, "date": iso, "by": reviewer_name(by), "at": now_iso()}
    with store.writing():
        old = store.article(article_id)
        if old is None:  # pragma: no cover - removed meanwhile
            fail(f"no article {article_id!r}")
        record["previous"] = {"date": old.date, "date_source": old.date_source}
        store.set_user_date(record)
        article = with_user_date(old, record)
        before = stored_part(store, {article_id})
        store.replace_articles([(article, *extract_article(article))])
        n = recompute_conflicts(store, before=before, touched={article_id})
        _worklog.reattach(store)
    was = render.date_words(old) if old.date else "undated"
    out_console().print(render.plain(f"{article_id}: date {iso} (set by a user); was {was}"), soft_wrap=True)
    err_console().print(render.plain(f"relative dates resolved again; {render.counted(n, 'conflict')} flagged"))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list to stdout.")
@click.pass_context
@handles_errors
def rules(ctx: click.Context, as_json: bool) -> None:
    """Every registered rule, with how often it fired in the database.

    A record's `rule` field names the rule that made it; counts are over
    claims, figures, dates and conflicts. Without a database the counts are 0.
    """
    from .rules import load_all

    store = get_store(ctx, must_exist=False)
    fired: dict[str, int] = {}
    if store.exists():
        for table in ("claims", "figures", "dates", "conflicts"):
            for r in store.rows(table) if table != "conflicts" else store.conflict_rows():
                fired[r.get("rule", "")] = fired.get(r.get("rule", ""), 0) + 1
    else:
        err_console().print(render.plain(f"no database at {store.path}: counts are 0"))
    listed = [{"id": r.id, "stage": r.stage, "fired": fired.get(r.id, 0), "description": r.description,
               "example": r.example} for r in load_all()]
    if as_json:
        echo_json(listed)
        return
    con = out_console()
    con.print(render.rules_view(listed, con.width))
    unknown = sum(n for rid, n in fired.items() if rid not in {r["id"] for r in listed})
    if unknown:
        err_console().print(render.plain(f"{unknown} records name no registered rule (empty or unknown rule id)"))


# -- check ---------------------------------------------------------------------------


@main.command()
@click.option("--rebuild", is_flag=True, help="Re-derive claims, figures, dates and conflicts from the stored articles (verdicts and decisions are kept).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON report to stdout.")
@click.pass_context
@handles_errors
def check(ctx: click.Context, rebuild: bool, as_json: bool) -> None:
    """Report what is wrong with the database; exit 1 when anything is."""
    store = get_store(ctx, must_exist=False)
    if not store.path.exists():
        fail(f"{store.path}: no such database file")
    problems, data = _check.check_path(store.path)
    rebuilt = False
    if rebuild:
        if any(p.table == "articles" for p in problems):
            fail(f"{store.path}: stored articles are damaged; cannot rebuild from them (re-ingest the files)")
        with store.writing():
            _check.rebuild(store)
        rebuilt = True
        before = problems
        problems, data = _check.check_path(store.path)
    if as_json:
        report: dict[str, Any] = {
            "database": str(store.path),
            "ok": not problems,
            "tables": _check.summary(data),
            "problems": [p.to_dict() for p in problems],
        }
        if rebuilt:
            report["fixed_by_rebuild"] = len(before) - len(problems)
        echo_json(report)
    else:
        con = out_console()
        counts = ", ".join(f"{n} {t}" for t, n in _check.summary(data).items())
        con.print(render.plain(f"{store.path}: {counts}"))
        if rebuilt:
            con.print(render.plain(f"rebuilt derived tables; {len(before)} problem(s) before, {len(problems)} after"))
        for p in problems:
            con.print(render.plain(str(p)))
        con.print(render.plain("ok: no problems found" if not problems else f"{len(problems)} problem(s) found"))
    if problems:
        sys.exit(1)


def _accept_db_everywhere() -> None:
    """Every subcommand also takes --db and --lexicon after its name
    (``claimtrack ingest seeds/ --db x.json --lexicon quake.toml``)."""
    for cmd in main.commands.values():
        if not any(p.name == "db_after" for p in cmd.params):
            cmd.params.append(click.Option(["--db", "db_after"], default=None, expose_value=False, is_eager=True,
                                           type=click.Path(dir_okay=False), callback=_set_db, help=DB_HELP))
        if not any(p.name == "lexicon_after" for p in cmd.params):
            cmd.params.append(click.Option(["--lexicon", "lexicon_after"], multiple=True, expose_value=False,
                                           is_eager=True, type=click.Path(dir_okay=False, exists=True),
                                           callback=_set_lexicon, help=LEXICON_HELP))


_accept_db_everywhere()


if __name__ == "__main__":  # pragma: no cover
    main()
