"""The layout's promises, checked on the source itself.

No story in generic code, no function too long or too tangled to extend,
and the edges (tinydb, click, regular expressions) where the design puts them.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "claimtrack"
SOURCES = sorted(PKG.rglob("*.py"))
#: Longest function the layout allows, in lines (issue: "none is longer than 80 lines").
MAX_FUNCTION_LINES = 80


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _rel(path: Path) -> str:
    return path.relative_to(PKG.parent).as_posix()


def test_no_story_names_in_generic_code():
    story = re.compile(r"hamas|gaza|israel", re.I)
    hits = [
        f"{_rel(p)}:{n}"
        for p in SOURCES
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if story.search(line)
    ]
    assert hits == []


def test_no_function_longer_than_the_limit():
    long = []
    for p in SOURCES:
        for node in ast.walk(_tree(p)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{_rel(p)}:{node.lineno} {node.name} ({lines} lines)")
    assert long == []


def test_no_function_graded_f_by_radon():
    pytest.importorskip("radon")
    out = subprocess.run(
        [sys.executable, "-m", "radon", "cc", "-n", "F", str(PKG)],
        capture_output=True, text=True, check=True,
    ).stdout
    assert out.strip() == ""


def test_only_store_imports_tinydb():
    assert [_rel(p) for p in SOURCES if "tinydb" in _imports(p)] == ["claimtrack/store.py"]


def test_only_cli_imports_click():
    assert [_rel(p) for p in SOURCES if "click" in _imports(p)] == ["claimtrack/cli.py"]


def test_comparator_imports_no_regular_expressions():
    compare = [p for p in SOURCES if p.relative_to(PKG).parts[0] in ("compare", "compare.py")]
    assert compare, "the comparator's modules were not found"
    assert [_rel(p) for p in compare if {"re", "regex"} & _imports(p)] == []
