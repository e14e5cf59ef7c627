"""The ingest table drawn directly (PlainTable) is byte for byte what rich's Table draws."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from claimtrack import render

KEYS = ("claims", "named", "anonymous", "figures", "dates")


def _rows(ids):
    return [{"article": a, "date": "2024-02-0%d" % (k % 9 + 1) if k % 3 else "", "status": ("new", "updated", "unchanged")[k % 3],
             **{c: (k * 37 + j * 11) % (10 ** (1 + k % 4)) for j, c in enumerate(KEYS)}} for k, a in enumerate(ids)]


def _printed(renderable, width: int) -> str:
    out = io.StringIO()
    Console(file=out, width=width).print(renderable)
    return out.getvalue()


@pytest.mark.parametrize("ids", [
    ["river-report", "b", "council_minutes_2024"],
    ["x" * 40, "short"],
    ["caf\u00e9-notes", "plain"],  # not ASCII: rich draws it
    ["tab\there"],  # unprintable: rich draws it
    [],
])
@pytest.mark.parametrize("width", [50, 80, 85, 120])
def test_plain_table_matches_rich(ids, width):
    rows = _rows(ids)
    totals = {c: sum(r[c] for r in rows) for c in KEYS} | {"articles": len(rows)}
    table = render.ingest_summary(rows, totals)
    assert _printed(table, width) == _printed(table.table(), width)


def test_plain_table_draws_itself_only_when_it_fits_as_plain_ascii():
    rows = _rows(["a", "b"])
    totals = {c: sum(r[c] for r in rows) for c in KEYS} | {"articles": 2}
    table = render.ingest_summary(rows, totals)
    assert table.lines(200) is not None
    assert table.lines(30) is None  # too narrow: rich squeezes the columns
    assert render.ingest_summary(_rows(["\u00e9"]), totals).lines(200) is None
