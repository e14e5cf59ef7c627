"""The command line: thin wrappers over the library. The only module importing click."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console

from . import __version__, render
from .ingest import ingest as run_ingest
from .ingest import is_many, recompute_conflicts
from .models import SEVERITY_ORDER, Conflict
from .sources import anonymity_by_article, source_groups
from .store import Store, StoreError
from .text import paragraphs

DEFAULT_DB = "claims.json"


def out_console() -> Console:
    """Console for results on stdout (rich honours NO_COLOR and non-terminals)."""
    return Console(file=sys.stdout, highlight=False, emoji=False, markup=False)


def err_console() -> Console:
    return Console(file=sys.stderr, highlight=False, emoji=False, markup=False)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False))


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


def get_store(ctx: click.Context) -> Store:
    return ctx.obj["store"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    default=DEFAULT_DB,
    envvar="CLAIMTRACK_DB",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Database file (or set CLAIMTRACK_DB).",
)
@click.version_option(__version__, prog_name="claimtrack")
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """Track who said what in news articles, and flag figures, dates and names that disagree."""
    ctx.ensure_object(dict)
    ctx.obj["store"] = Store(db)


# -- ingest ------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.pass_context
@handles_errors
def ingest(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Extract claims, figures and dates from article files and folders (*.txt)."""
    store = get_store(ctx)
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

    try:
        report = run_ingest(store, paths, progress)
    finally:
        if progress_bar is not None:
            progress_bar.stop()
    for s in report.skipped:
        err.print(render.plain(f"skipped {s.path}: {s.reason}"), soft_wrap=True)
    totals = {k: sum(r[k] for r in report.rows) for k in ("claims", "named", "anonymous", "figures", "dates")}
    totals["articles"] = len(report.rows)
    out_console().print(render.ingest_summary(report.rows, totals))
    err.print(render.plain(f"{report.conflicts} conflicts flagged; database: {store.path}"))
    if report.skipped:
        sys.exit(1)


# -- claims and sources ----------------------------------------------------------------


def current_verdicts(store: Store) -> dict[str, str]:
    """The latest verdict rating per claim id."""
    latest: dict[str, str] = {}
    for v in store.records("verdicts"):
        latest[v["claim"]] = v["rating"]
    return latest


@main.command()
@click.option("--article", help="Only this article id.")
@click.option("--speaker", help="Only speakers containing this text (case-insensitive).")
@click.option("--kind", type=click.Choice(["named", "anonymous"]), help="Only named or anonymous sources.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list to stdout.")
@click.pass_context
@handles_errors
def claims(ctx: click.Context, article: str | None, speaker: str | None, kind: str | None, as_json: bool) -> None:
    """List sourced assertions: who said what, named or anonymous, with offsets."""
    store = get_store(ctx)
    found = store.claims(article)
    if speaker:
        needle = speaker.casefold()
        found = [c for c in found if needle in c.speaker.casefold() or needle in c.speaker_name.casefold()]
    if kind:
        found = [c for c in found if c.speaker_kind == kind]
    verdicts = current_verdicts(store)
    if as_json:
        echo_json([{**c.to_dict(), "verdict": verdicts.get(c.id, "")} for c in found])
    else:
        out_console().print(render.claims_table(found, verdicts))


def _name_canonical():
    try:
        from .names import name_groups
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
    found = store.claims()
    groups = source_groups(found, _name_canonical())
    per_article = anonymity_by_article(found, (a.id for a in store.articles()))
    if as_json:
        echo_json({"sources": [{k: v for k, v in g.items()} for g in groups], "articles": per_article})
    else:
        con = out_console()
        con.print(render.sources_table(groups))
        con.print(render.anonymity_table(per_article))


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
        fail(f"no claim or conflict with id {record_id!r}")
    table, row = found
    con = out_console()
    verdicts = current_verdicts(store)
    if table == "claims":
        claim = next(c for c in store.claims(row["article"]) if c.id == record_id)
        article = store.article(claim.article)
        if as_json:
            echo_json({**claim.to_dict(), "verdict": verdicts.get(claim.id, "")})
            return
        para = None
        if article is not None:
            for p in paragraphs(article.text):
                if p.start <= claim.sentence_start < p.end or p.start <= claim.start < p.end:
                    para = (min(p.start, claim.sentence_start, claim.start), max(p.end, claim.end, claim.sentence_end))
                    break
        con.print(render.claim_detail(claim, article, verdicts.get(claim.id, ""), para))
    elif table == "conflicts":
        conflict = with_status(store, [Conflict.from_dict(row)])[0]
        if as_json:
            echo_json(conflict.to_dict())
            return
        texts = {a.id: a.text for a in store.articles()}
        con.print(render.conflict_detail(conflict, texts))
    else:
        if as_json:
            echo_json(row)
            return
        con.print(render.plain(json.dumps(row, ensure_ascii=False, indent=2)))


# -- figures and dates -----------------------------------------------------------------


@main.command()
@click.option("--article", help="Only this article id.")
@click.option("--key", help="Only this counted thing (e.g. hostage, prisoner).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list to stdout.")
@click.pass_context
@handles_errors
def figures(ctx: click.Context, article: str | None, key: str | None, as_json: bool) -> None:
    """List every figure: value as an interval, what it counts, and its role."""
    store = get_store(ctx)
    found = store.figures(article)
    if key:
        found = [f for f in found if f.key == key]
    if as_json:
        echo_json([f.to_dict() for f in found])
    else:
        texts = {a.id: a.text for a in store.articles()}
        out_console().print(render.figures_table(found, texts))


@main.command()
@click.option("--article", help="Only this article id.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list to stdout.")
@click.pass_context
@handles_errors
def dates(ctx: click.Context, article: str | None, as_json: bool) -> None:
    """List every date: resolved value and the event it dates."""
    store = get_store(ctx)
    found = store.dates(article)
    if as_json:
        echo_json([d.to_dict() for d in found])
    else:
        texts = {a.id: a.text for a in store.articles()}
        out_console().print(render.dates_table(found, texts))


# -- conflicts -------------------------------------------------------------------------


def with_status(store: Store, conflicts: list[Conflict]) -> list[Conflict]:
    """Conflicts with the status of their latest review decision."""
    import attrs

    latest: dict[str, str] = {}
    for d in store.records("decisions"):
        latest[d["conflict"]] = d["status"]
    return [attrs.evolve(c, status=latest.get(c.id, c.status)) for c in conflicts]


@main.command()
@click.option("--kind", type=click.Choice(["date", "figure", "name", "status"]), help="Only this kind.")
@click.option("--severity", type=click.Choice(["high", "medium", "low"]), help="Only this severity.")
@click.option("--article", help="Only conflicts with a mention in this article.")
@click.option("--recompute", is_flag=True, help="Recompute from the stored articles first.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list to stdout.")
@click.pass_context
@handles_errors
def conflicts(ctx: click.Context, kind: str | None, severity: str | None, article: str | None, recompute: bool, as_json: bool) -> None:
    """List flagged discrepancies, most severe first."""
    store = get_store(ctx)
    if recompute:
        with store.writing():
            recompute_conflicts(store)
    found = with_status(store, store.conflicts())
    if kind:
        found = [c for c in found if c.kind == kind]
    if severity:
        found = [c for c in found if c.severity == severity]
    if article:
        found = [c for c in found if any(m.article == article for m in c.mentions)]
    found.sort(key=lambda c: (SEVERITY_ORDER.get(c.severity, 9), c.kind, c.id))
    if as_json:
        echo_json([c.to_dict() for c in found])
    else:
        out_console().print(render.conflicts_table(found))


if __name__ == "__main__":  # pragma: no cover
    main()
