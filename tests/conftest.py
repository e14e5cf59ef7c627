from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: The shared evaluation kit's scorer (beside the clone, also in CI).
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_scorer():
    """The shared scorer as a module; skips the test when the kit is not there."""
    import importlib.util

    if not SCORER.is_file():
        pytest.skip(f"shared scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("claimtrack_eval_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def count_calls(fn) -> int:
    """Function calls (Python and C) made by ``fn()``: a deterministic measure of work, not a timing."""
    import sys

    n = 0

    def prof(frame, event, arg):
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    sys.setprofile(prof)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return n


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    """Tests never see the developer's own database or user settings."""
    for var in ("CLAIMTRACK_DB", "CLAIMTRACK_USER", "NO_COLOR", "FORCE_COLOR", "CLAIMTRACK_PROGRESS_MIN"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "200")


def copy_db(src: Path, dst: Path) -> None:
    """Copy a database: its manifest and the folder of parts beside it."""
    import shutil

    dst.write_bytes(src.read_bytes())
    parts = src.with_name(src.name + ".d")
    if parts.is_dir():
        shutil.copytree(parts, dst.with_name(dst.name + ".d"), dirs_exist_ok=True)


def analysed_conflicts(*arts):
    """``pipeline.conflicts`` over articles each analysed on its own (the conflict tests' shorthand)."""
    from claimtrack import pipeline

    claims, figs, dates = [], [], []
    for a in arts:
        c, f, d = pipeline.analyse(a)
        claims += c
        figs += f
        dates += d
    return pipeline.conflicts(list(arts), claims, figs, dates)
