"""The figure and date extraction thresholds in claimtrack/tuning.py: each
test shows what its constant changes (the extractors read them as module names)."""

from __future__ import annotations

import pytest

from claimtrack import tuning
from claimtrack.extract import dates as date_mod
from claimtrack.extract import figures as fig_mod
from tests.test_dates import dates
from tests.test_figures import figs


def _one(fs, value):
    (f,) = [f for f in fs if f.value == value]
    return f


def test_the_extractors_read_their_thresholds_from_tuning():
    assert fig_mod.APPROX_TOLERANCE == tuning.FIG_APPROX_TOLERANCE
    assert fig_mod.WINDOW == tuning.FIG_CONTEXT_WINDOW
    assert fig_mod._MAX_WORD_TOKENS == tuning.FIG_MAX_WORD_TOKENS
    assert date_mod._ANCHOR_BACK == tuning.DATE_ANCHOR_BACK


def test_approx_tolerance_widens_about(monkeypatch):
    f = _one(figs("Officials said about 1,000 people fled the valley."), 1000)
    assert f.low == pytest.approx(900)
    monkeypatch.setattr(fig_mod, "APPROX_TOLERANCE", 0.2)
    f = _one(figs("Officials said about 1,000 people fled the valley."), 1000)
    assert f.low == pytest.approx(800)


def test_max_word_tokens_bounds_a_number_in_words(monkeypatch):
    body = "The register lists one hundred twenty-one names of missing fishermen."
    assert any(f.value == 121 for f in figs(body))
    monkeypatch.setattr(fig_mod, "_MAX_WORD_TOKENS", 0)
    assert not any(f.value == 121 for f in figs(body))


def test_year_range_decides_what_is_read_as_a_year(monkeypatch):
    assert not fig_mod.looks_like_year("built in 1750 by monks", 9, 13)
    monkeypatch.setattr(fig_mod, "YEAR_MIN", 1700)
    assert fig_mod.looks_like_year("built in 1750 by monks", 9, 13)


def test_proposal_lookback_reaches_the_plan_word(monkeypatch):
    body = "Under the plan, the group released 50 hostages."
    assert "to be released" in _one(figs(body), 50).roles
    monkeypatch.setattr(fig_mod, "FIG_PROPOSAL_LOOKBACK", 10)
    assert "to be released" not in _one(figs(body), 50).roles


def test_anchor_back_lets_a_date_start_before_its_anchor(monkeypatch):
    body = "Rescuers have worked around the clock in the past few days, officials said."
    assert any("past few days" in d.text for d in dates(body))
    monkeypatch.setattr(date_mod, "_ANCHOR_BACK", 0)
    assert not any("past few days" in d.text for d in dates(body))


def test_clause_reach_bounds_a_date_clause_without_a_sentence(monkeypatch):
    assert date_mod._clause_bounds("x" * 1000, 500, None, 0) == (500 - tuning.DATE_CLAUSE_REACH,
                                                                  500 + tuning.DATE_CLAUSE_REACH)
    monkeypatch.setattr(date_mod, "DATE_CLAUSE_REACH", 50)
    assert date_mod._clause_bounds("x" * 1000, 500, None, 0) == (450, 550)
