from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


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
