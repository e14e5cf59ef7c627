"""Constructions of real reports: a raid on a named site, undated reports of
one strike, plans told with "agreed to", a release told after its count, and
the release of a group named by nationality reported the next morning."""

from __future__ import annotations

from test_conflicts_classes import art
from test_conflicts_classes import run as run_all

from claimtrack import pipeline
from claimtrack.compare.rules import figures as figure_rule
from claimtrack.models import Article


def run(*arts: Article):
    return [c for c in run_all(*arts) if c.kind == "figure"]


def figs(a: Article):
    return [f for f in pipeline.analyse(a)[1] if f.reading]


def texts(c) -> set[str]:
    return {m.text for m in c.mentions}


# --- one strike on a named site ---------------------------------------------------


def test_an_air_raid_on_a_named_site_is_that_strike():
    a = art("r1", "Officials said 380 people were killed in an air raid on St Columba Hospital in the north.", "2025-03-04")
    (f,) = [f for f in figs(a) if f.value == 380]
    assert f.event == "the strike on columba hospital"


def test_an_undated_report_of_one_named_strike_is_compared():
    a = art("r2", "More than 380 people were killed in an air raid on St Columba Hospital, officials said.", "2025-03-04")
    b = art("r3", "Health officials said 214 people were killed in the blast at St Columba Hospital.")
    cs = run(a, b)
    assert len(cs) == 1 and texts(cs[0]) >= {"214 people"}


def test_an_undated_report_of_the_same_toll_is_no_conflict():
    a = art("r4", "Officials said 214 people were killed in an air raid on St Columba Hospital.", "2025-03-04")
    b = art("r5", "Health officials said 214 people were killed in the blast at St Columba Hospital.")
    assert run(a, b) == []


def test_an_undated_running_toll_is_still_not_compared():
    a = art("r6", "The storm has killed 120 people so far, the ministry said.", "2025-03-04")
    b = art("r7", "The storm has killed 310 people so far, the ministry said.")
    assert run(a, b) == []


# --- plan vs outcome -----------------------------------------------------------------


def test_agreed_to_release_is_a_plan_not_a_release():
    a = art("p1", "The militia released the first group of 13 captives on Friday. Under the deal brokered by "
                  "Oman, the militia has agreed to release some 50 captives over the next four days.", "2025-02-07")
    roles = {f.value: f.role for f in figs(a)}
    assert roles[50] == "to be released" and roles[13] == "released"
    assert run(a) == []


def test_earmarked_for_release_is_a_plan():
    a = art("p2", "Officials said 9 hostages were freed, in addition to the 40 hostages earmarked for release.",
            "2025-02-07")
    roles = {f.value: f.role for f in figs(a)}
    assert roles[40] == "to be released"
    assert run(a) == []


def test_a_release_told_after_the_count_is_a_release_even_beside_a_plan():
    a = art("p3", "Besides the women due to be released on the first day, the prime minister said that a "
                  "separate group of 12 Thai workers had been freed.", "2025-02-07")
    (f,) = [f for f in figs(a) if f.value == 12]
    assert f.role == "released" and f.side == "thai"


# --- a group named by nationality, reported that day and the next morning ---------------


def test_a_nationality_group_freed_reported_next_morning_with_another_count_conflicts():
    a = art("n1", "Eleven Nepalese nationals were also released, according to the Nepalese embassy.", "2025-02-07")
    b = art("n2", "The mediators said 9 Nepalese were freed by the militia.", "2025-02-08")
    cs = run(a, b)
    assert len(cs) == 1 and {"9 Nepalese"} <= texts(cs[0])


def test_a_nationality_group_freed_days_apart_is_another_release():
    a = art("n3", "Eleven Nepalese nationals were also released, according to the Nepalese embassy.", "2025-02-07")
    b = art("n4", "The mediators said 4 Nepalese were freed by the militia.", "2025-02-11")
    assert run(a, b) == []


def test_batches_freed_on_stated_days_are_not_one_release():
    a = art("n5", "Eleven Nepalese nationals were released on Friday, the embassy said.", "2025-02-08")
    b = art("n6", "Four Nepalese nationals were released on Saturday, the embassy said.", "2025-02-08")
    assert run(a, b) == []


def test_counts_freed_without_a_named_group_stay_on_their_report_day():
    a = art("n7", "The militia freed 13 captives, the mediators said.", "2025-02-07")
    b = art("n8", "The militia freed 17 captives, the mediators said.", "2025-02-08")
    assert run(a, b) == []


def test_the_release_window_is_a_tuning_constant(monkeypatch):
    a = art("n9", "Eleven Nepalese nationals were also released, according to the Nepalese embassy.", "2025-02-07")
    b = art("n10", "The mediators said 9 Nepalese were freed by the militia.", "2025-02-08")
    monkeypatch.setitem(figure_rule.WINDOWS, "within a day", 0)
    assert run(a, b) == []


# --- the day of one strike on a named site ------------------------------------------------


def dates_of(*arts: Article):
    claims, figures, dates = [], [], []
    for a in arts:
        c, f, d = pipeline.analyse(a)
        claims += c
        figures += f
        dates += d
    return [c for c in pipeline.conflicts(list(arts), claims, figures, dates) if c.kind == "date"], dates


def test_the_day_of_a_strike_on_a_named_site_differs_between_reports():
    a = art("d1", "St Columba Hospital in the north was hit and dozens were killed in an air raid on Monday, March 3.",
            "2025-03-05")
    b = art("d2", "Rescuers searched the ruins of St Columba Hospital. Officials said the blast at the hospital "
                  "on Tuesday killed dozens.", "2025-03-05")
    cs, dates = dates_of(a, b)
    assert {d.event_id for d in dates if d.event_id} == {"the strike on columba hospital"}
    assert len(cs) == 1 and {m.text for m in cs[0].mentions} >= {"March 3", "Tuesday"}


def test_a_date_of_another_verb_after_the_strike_is_not_its_day():
    a = art("d3", "Analysts estimated 120 were killed in the strike at St Columba Hospital, according to a report "
                  "seen on Thursday by the agency.", "2025-03-07")
    _, dates = dates_of(a)
    assert not any(d.event_id for d in dates)


def test_the_hospital_is_not_known_when_the_article_names_two():
    a = art("d4", "Strikes damaged St Columba Hospital and St Aidan Hospital. The blast at the hospital on Tuesday "
                  "killed dozens.", "2025-03-07")
    _, dates = dates_of(a)
    assert not any(d.event_id.startswith("the strike on") for d in dates)


def test_the_same_site_struck_weeks_apart_is_two_strikes(monkeypatch):
    from claimtrack.compare.rules import dates as date_rule
    a = art("d5", "St Columba Hospital was hit in an air raid on Monday, March 3, officials said.", "2025-03-05")
    b = art("d6", "St Columba Hospital was hit in an air raid on Monday, March 24, officials said.", "2025-03-26")
    assert dates_of(a, b)[0] == []
    monkeypatch.setattr(date_rule, "SITE_DATE_WINDOW_DAYS", 30)
    assert len(dates_of(a, b)[0]) == 1


# --- a revision stated without the old value ------------------------------------------------


def test_raised_the_toll_to_marks_the_new_value_of_a_revision():
    a = art("v1", "Officials raised the death toll from the blast at St Columba Hospital to 300 people.", "2025-03-06")
    (f,) = [f for f in figs(a) if f.value == 300]
    assert f.revised and f.aspect != "superseded"
    b = art("v2", "The blast at St Columba Hospital killed 300 people, officials said.", "2025-03-06")
    assert not any(f.revised for f in figs(b))


def test_the_toll_was_revised_to_marks_the_new_value():
    a = art("v3", "The death toll from the blast at St Columba Hospital was revised to 180 dead on Friday.", "2025-03-06")
    assert [f.revised for f in figs(a) if f.value == 180] == [True]


def test_an_earlier_lower_value_is_superseded_by_a_stated_revision_not_a_conflict():
    a = art("v4", "The blast at St Columba Hospital killed 210 people, officials said.", "2025-03-04")
    b = art("v5", "Officials raised the death toll from the blast at St Columba Hospital to 300 people.", "2025-03-06")
    assert run(a, b) == []


def test_without_the_revision_the_two_tolls_conflict():
    a = art("v6", "The blast at St Columba Hospital killed 210 people, officials said.", "2025-03-04")
    b = art("v7", "Officials said the blast at St Columba Hospital killed 300 people.", "2025-03-06")
    assert len(run(a, b)) == 1


def test_a_later_report_still_differing_from_the_revised_value_is_a_conflict():
    a = art("v8", "Officials raised the death toll from the blast at St Columba Hospital to 300 people.", "2025-03-06")
    b = art("v9", "The blast at St Columba Hospital killed 150 people, a rival count said.", "2025-03-08")
    assert len(run(a, b)) == 1


def test_a_plan_word_in_a_following_and_that_clause_does_not_make_a_release_a_plan():
    a = art("p4", "The minister said he had received confirmation of the release of 12 Nepalese nationals and "
                  "that embassy staff would collect them.", "2025-02-07")
    assert _one_role(a, 12) == "released"


def test_a_plan_word_in_the_counts_own_clause_still_makes_it_a_plan():
    a = art("p5", "The minister said 12 Nepalese nationals would be released under the deal.", "2025-02-07")
    assert _one_role(a, 12) == "to be released"


def _one_role(a: Article, value: float) -> str:
    (f,) = [f for f in figs(a) if f.value == value]
    return f.role


# --- "the blast at the hospital": the one named earlier -----------------------------------


def test_the_blast_at_the_hospital_is_the_strike_on_the_one_named_earlier():
    a = art("h1", "Crowds gathered outside St Columba Hospital. Officials said 214 people were killed in the blast "
                  "at the hospital.", "2025-03-05")
    b = art("h2", "An air raid on St Columba Hospital killed 380 people, the ministry said.", "2025-03-05")
    assert _one_event(a, 214) == "the strike on columba hospital"
    assert len(run(a, b)) == 1


def test_the_hospital_is_no_strike_on_a_site_when_two_are_named():
    a = art("h3", "Strikes damaged St Columba Hospital and St Aidan Hospital. Officials said 214 people were "
                  "killed in the blast at the hospital.", "2025-03-05")
    assert not _one_event(a, 214).startswith("the strike on")


def test_another_strike_on_the_hospital_is_not_the_named_one():
    a = art("h4", "Crowds gathered outside St Columba Hospital. Officials said 14 people were killed in another "
                  "strike on the hospital.", "2025-03-05")
    assert not _one_event(a, 14).startswith("the strike on")


def _one_event(a: Article, value: float) -> str:
    fs = [f for f in pipeline.analyse(a)[1] if f.value == value]
    return fs[0].event if fs else ""


# --- "the number of <thing> is N" ------------------------------------------------------------


def test_the_number_of_missing_people_is_a_count_of_missing_people():
    a = art("m1", "The number of missing people is between 400 and 450, county officials said.", "2025-08-12")
    (f,) = [f for f in figs(a) if f.value in (400, 450) or f.low == 400]
    assert (f.thing, f.role) == ("people", "missing")


def test_the_number_of_people_killed_stood_at_is_the_toll():
    a = art("m2", "The number of people killed stood at 4,200, the civil defence said.", "2025-08-12")
    assert [(f.thing, f.role) for f in figs(a)] == [("people", "killed")]


def test_the_number_of_a_thing_that_is_not_people_is_not_read_as_people():
    a = art("m3", "The number of homes destroyed reached 3,000, the agency said.", "2025-08-12")
    assert figs(a) == []


def test_the_number_of_missing_rising_over_days_is_no_conflict():
    a = art("m4", "The number of missing people is 310, the governor said.", "2025-08-12")
    b = art("m5", "The number of missing people has risen to 420, the governor said.", "2025-08-14")
    assert run(a, b) == []


def test_number_of_reach_bounds_how_far_back_the_thing_is_read(monkeypatch):
    from claimtrack.extract import quantities
    a = art("m6", "The number of people killed stood at 4,200, the civil defence said.", "2025-08-12")
    monkeypatch.setattr(quantities, "NUMBER_OF_REACH", 5)
    assert figs(a) == []


# --- the day a named person was killed ----------------------------------------------------


def test_the_day_a_named_person_was_killed_differs_between_reports():
    a = art("k1", "Militia leader Omar Dalen was killed in a drone strike in Valdora on Wednesday, the group said.",
            "2025-07-31")
    b = art("k2", "The assassination of Omar Dalen on July 29 shocked the region, analysts said.", "2025-07-31")
    cs, dates = dates_of(a, b)
    assert {d.event_id for d in dates if d.event_id} == {"the killing of dalen"}
    assert len(cs) == 1


def test_a_killing_at_a_days_edge_is_not_dated_to_one_day():
    a = art("k3", "Omar Dalen, the militia leader, was killed late on Tuesday in Valdora.", "2025-07-31")
    b = art("k4", "Omar Dalen was killed in Valdora on Tuesday night, the group said.", "2025-07-31")
    _, dates = dates_of(a, b)
    assert not any(d.event_id for d in dates)


def test_pronouns_and_groups_killed_on_a_day_are_no_named_killing():
    a = art("k5", "He was killed on Monday. Palestinians were killed on Tuesday, medics said.", "2025-07-31")
    _, dates = dates_of(a)
    assert not any(d.event_id.startswith("the killing of") for d in dates)


def test_the_same_day_of_a_killing_is_no_conflict():
    a = art("k6", "Omar Dalen was killed in a drone strike on Wednesday, the group said.", "2025-07-31")
    b = art("k7", "The killing of Omar Dalen on July 30 drew condemnation.", "2025-07-31")
    assert dates_of(a, b)[0] == []


def test_revised_downward_to_marks_the_new_value():
    a = art("v10", "The death toll from the derailment was revised downward to 212 dead, the railway said.", "2025-06-04")
    b = art("v11", "Officials revised down the death toll from the derailment to 212 dead.", "2025-06-04")
    assert [f.revised for f in figs(a) if f.value == 212] == [True]
    assert [f.revised for f in figs(b) if f.value == 212] == [True]


def test_a_dash_appositive_between_the_count_and_its_verb_is_skipped():
    a = art("a1", "A total of 30 captives \u2014 18 Nepalese, 11 Filipinos and one Indian \u2014 were handed over "
                  "to the Red Cross on Friday.", "2025-02-08")
    (f,) = [f for f in figs(a) if f.value == 30]
    assert f.role == "released" and f.when == "2025-02-07"
