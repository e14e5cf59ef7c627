"""Each comparator tuning constant (claimtrack/tuning.py) with a test that shows what it changes.

The rule and reader modules import the constants by name, so a test changes
the module's copy. Sentences are written for these tests.
"""

from __future__ import annotations

from test_conflicts_classes import art
from test_conflicts_classes import run as run_all

from claimtrack import pipeline, tuning
from claimtrack.compare import engine
from claimtrack.compare.rules import dates as date_rule
from claimtrack.compare.rules import figures as figure_rule
from claimtrack.extract import events, names, quantities
from claimtrack.models import Article


def run(*arts: Article, kind: str = "figure"):
    return [c for c in run_all(*arts) if c.kind == kind]


def test_every_comparator_constant_is_in_tuning():
    for name in ("MAX_MENTIONS", "DEAL_WINDOW_DAYS", "SITE_WINDOW_DAYS", "YEAR_WINDOW_DAYS", "EVENT_YEAR_GAP_DAYS",
                 "OPS_WINDOW_DAYS", "TRUCE_WINDOW_DAYS", "RUNNING_WINDOW_DAYS", "DECREASE_TOLERANCE",
                 "SENTENCE_WINDOW", "EVENT_SIMILARITY", "EVENT_WINDOW", "OP_LOOKBACK", "CLAUSE_DATES_LOOKED_AT",
                 "MAGNITUDE_REACH", "MAX_MAGNITUDE", "STATUS_REACH"):
        assert isinstance(getattr(tuning, name), (int, float))


def test_max_mentions_caps_the_mentions_listed(monkeypatch):
    arts = [art(f"mm{i}", f"The cyclone has killed at least {n} people, the agency said.", "2024-09-01")
            for i, n in enumerate((300, 300, 300, 300, 900))]
    assert len(run(*arts)[0].mentions) == 5
    monkeypatch.setattr(engine, "MAX_MENTIONS", 2)
    assert len(run(*arts)[0].mentions) == 2


def _deal(gap_days: int):
    a = art("dl1", "Under the proposed deal, 50 prisoners would be released.", "2024-01-10")
    b = art("dl2", "Under the proposed deal, 80 prisoners would be released.", f"2024-01-{10 + gap_days}")
    return a, b


def test_deal_window_days(monkeypatch):
    assert len(run(*_deal(2))) == 1
    monkeypatch.setitem(figure_rule.WINDOWS, "within days", 1)
    assert run(*_deal(2)) == []


def test_site_window_days(monkeypatch):
    a = art("sw1", "The strike on Harbour Road Market killed 40 people, medics said.", "2024-03-01")
    b = art("sw2", "The strike on Harbour Road Market killed 65 people, officials said.", "2024-03-11")
    assert len(run(a, b)) == 1
    monkeypatch.setitem(figure_rule.WINDOWS, "within weeks", 5)
    assert run(a, b) == []


def test_year_window_days(monkeypatch):
    a = art("yw1", "The 30-day war killed 900 people.", "2024-03-01")
    b = art("yw2", "The 30-day war killed 1,400 people.", "2024-05-01")
    before = run(a, b)
    monkeypatch.setitem(figure_rule.WINDOWS, "within a year", 10)
    assert len(before) == 1 and len(run(a, b)) == len(before)  # a named war compares across all dates


def test_event_year_gap_days(monkeypatch):
    a = art("eg1", "The Harbour Bridge opening took place on March 3, 2020.", "2024-03-01")
    b = art("eg2", "The Harbour Bridge opening took place on May 9, 2021.", "2024-03-02")
    assert run(a, b, kind="date") == []  # a year apart: two events of one name
    monkeypatch.setattr(date_rule, "EVENT_YEAR_GAP_DAYS", 1000)
    assert len(run(a, b, kind="date")) == 1


def test_ops_window_days(monkeypatch):
    a = art("ow1", "The raid on Tal Hamra took place on March 3, 2024.", "2024-05-01")
    b = art("ow2", "The raid on Tal Hamra took place on April 28, 2024.", "2024-05-02")
    assert run(a, b, kind="date") == []
    monkeypatch.setattr(date_rule, "OPS_WINDOW_DAYS", 90)
    assert len(run(a, b, kind="date")) == 1


def test_truce_window_days(monkeypatch):
    a = art("tw1", "The truce took effect on November 24, 2023, officials said.", "2023-12-10")
    b = art("tw2", "The truce took effect on December 6, 2023, officials said.", "2023-12-08")
    assert run(a, b, kind="date") == []
    monkeypatch.setattr(date_rule, "TRUCE_WINDOW_DAYS", 20)
    assert len(run(a, b, kind="date")) == 1


def test_event_similarity(monkeypatch):
    a = art("es1", "The Harbour Bridge bombing took place on March 3, 2024.", "2024-03-10")
    b = art("es2", "The Harbor Bridge bombing took place on March 5, 2024.", "2024-03-11")
    assert len(run(a, b, kind="date")) == 1
    monkeypatch.setattr(date_rule, "EVENT_SIMILARITY", 100)
    assert run(a, b, kind="date") == []


def test_event_window(monkeypatch):
    from claimtrack.extract.context import _Context
    from claimtrack.models import DateMention

    a = art("ew1", "On the eve of the vote, the long-awaited Harbour Bridge opening took place on March 3, 2024.")
    s = a.text.index("March 3, 2024")
    d = DateMention(id="d", article="ew1", text="March 3, 2024", start=s, end=s + 13, value="2024-03-03",
                    low="2024-03-03", high="2024-03-03", granularity="day", relative=False, valid=True, event="",
                    event_key="", claim="", sentence_start=0, sentence_end=len(a.text))
    ctx = _Context([a], [], [d])
    assert "Harbour Bridge opening" in events._date_event(d, ctx)[0]
    monkeypatch.setattr(events, "EVENT_WINDOW", 10)  # the event phrase starts further back than that
    assert "Harbour Bridge opening" not in events._date_event(d, ctx)[0]


def test_sentence_window(monkeypatch):
    from claimtrack.extract.context import _Context

    a = art("sn1", "After days of rain and a night of landslides across the hills, the storm has killed at least 300 "
                   "people, the agency said.", "2024-09-01")
    claims, figs, dates = pipeline.analyse(a)
    f = next(f for f in figs if "300" in f.text)
    r = quantities._R(f, _Context([a], claims, dates), a.text)
    quantities._frame(r)
    assert "landslides" in r.sentence
    monkeypatch.setattr(quantities, "SENTENCE_WINDOW", 20)  # the sentence is read only this far around the figure
    quantities._frame(r)
    assert "landslides" not in r.sentence


def test_magnitude_reach_and_max(monkeypatch):
    a = art("mg1", "The quake, which the institute put at magnitude 6.1, struck before dawn.")
    _, figs, _ = pipeline.analyse(a)
    assert [f.thing for f in figs if f.reading] == ["magnitude"]
    monkeypatch.setattr(quantities, "MAGNITUDE_REACH", 0)
    _, figs, _ = pipeline.analyse(a)
    assert [f.thing for f in figs if f.reading] == []
    monkeypatch.setattr(quantities, "MAGNITUDE_REACH", 25)
    monkeypatch.setattr(quantities, "MAX_MAGNITUDE", 6.0)
    _, figs, _ = pipeline.analyse(a)
    assert [f.thing for f in figs if f.reading] == []


def test_status_reach(monkeypatch):
    text = "Army medic Daniel Okafor, who was captured during the ambush, is held in the north."
    assert [r.status for r in names.name_records(text) if r.status] == ["captive"]
    monkeypatch.setattr(names, "STATUS_REACH", 5)
    assert [r.status for r in names.name_records(text) if r.status] == []


def test_op_lookback_and_clause_dates(monkeypatch):
    a = art("ol1", "The raid on Tal Hamra began at dawn. Medics said 12 people were killed in the raid.", "2024-05-01")
    _, figs, _ = pipeline.analyse(a)
    assert any(f.event == "the operation in tal" or f.event.startswith("the operation in") for f in figs)
    monkeypatch.setattr(quantities, "OP_LOOKBACK", 0)
    _, figs, _ = pipeline.analyse(a)
    assert not any(f.event.startswith("the operation in") for f in figs)
    monkeypatch.setattr(quantities, "CLAUSE_DATES_LOOKED_AT", 0)  # no clause date is looked at: the report's day
    b = art("cd1", "The wildfire had killed 40 people as of Monday, officials said.", "2024-08-14")
    _, figs, _ = pipeline.analyse(b)
    assert [f.when for f in figs if f.reading] == ["2024-08-14"]


def test_max_listed_caps_the_values_listed(monkeypatch):
    arts = [art(f"ml{i}", f"The 30-day war killed {n:,} people, historians said.", "2024-09-01")
            for i, n in enumerate((1200, 1200, 1200, 1400, 1000))]
    assert {m.value for m in run(*arts)[0].mentions} == {1200, 1400, 1000}  # every value is listed
    monkeypatch.setattr(engine, "MAX_LISTED", 1)
    monkeypatch.setattr(engine, "MAX_MENTIONS", 1)
    assert len(run(*arts)[0].mentions) == 1
