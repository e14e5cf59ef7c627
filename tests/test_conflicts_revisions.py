"""Counts that change and counts told with their frame: a toll brought "from N
to M" (two values, not a range), an old value given after the new one ("down
from the previously reported N", "N and not M"), a rising toll that is no
correction, and "the number of <things> stands at N" (the counted phrase, not
"still", names the role).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from claimtrack import pipeline
from claimtrack.models import Article
from claimtrack.text import parse_article
from conftest import analysed_conflicts  # noqa: E402


def art(aid: str, text: str, date: str | None = None) -> Article:
    return parse_article(aid, (f" date {date} " if date else "") + text)


def figures(a: Article):
    return pipeline.analyse(a)[1]


def fig(a: Article, text: str):
    return next(f for f in figures(a) if f.text.startswith(text))


run = analysed_conflicts


def kinds(cs, kind=None):
    return [c for c in cs if kind is None or c.kind == kind]


# --- "from N to M" after a verb of change: the old and the new value ----------------------


def test_toll_brought_from_n_to_m_is_two_values_not_a_range():
    a = art("r1", "Rescue teams found two more bodies in the rubble on Monday, bringing the death toll from 41 to 43, "
                  "officials said.", "2024-03-05")
    old, new = fig(a, "41"), fig(a, "43")
    assert old.qualifier != "range" and (old.low, old.high) == (41, 41)
    assert old.aspect == "superseded" and old.role == "killed"
    assert (new.low, new.high) == (43, 43) and new.role == "killed"


def test_rose_from_n_to_m_in_a_sentence_of_its_own():
    a = art("r2", "The number of people treated for burns rose from 12 to 19 overnight, the hospital said.", "2024-03-05")
    assert not any(f.qualifier == "range" for f in figures(a))


def test_a_plain_range_with_from_stays_a_range():
    a = art("r3", "From 40 to 60 people were sheltering in the basement when the roof fell in, a neighbour said.",
            "2024-03-05")
    f = fig(a, "From 40 to 60")
    assert f.qualifier == "range" and (f.low, f.high) == (40, 60)


# --- an old value after the new one ---------------------------------------------------------


def test_down_from_the_previously_reported_value_is_superseded():
    a = art("d1", "The number of dead was revised to 36, down from the previously reported 38, after a recount at "
                  "the morgue, the health ministry said.", "2024-07-02")
    old = fig(a, "38")
    assert old.aspect == "superseded" and old.role == "killed" and old.thing == "people"
    assert fig(a, "36").aspect != "superseded"


def test_value_and_not_value_marks_the_corrected_one():
    a = art("d2", "The coroner's office said the number of people killed was 17 and not 18 as first announced.",
            "2024-07-02")
    assert fig(a, "18").aspect == "superseded"
    assert fig(a, "17").aspect != "superseded"


def test_unemployment_down_from_is_no_toll():
    a = art("d3", "Unemployment fell to 5.1 percent in May, down from 5.4 percent in April.", "2024-07-02")
    assert all(f.aspect != "superseded" or not f.role for f in figures(a))


def test_another_report_still_giving_the_corrected_value_is_flagged_with_the_new_value_as_evidence():
    a = art("d4", "The number of dead was revised to 36, down from the previously reported 38, the health ministry "
                  "said.", "2024-07-02")
    b = art("d5", "At least 38 people died when the hotel collapsed, a news agency reported.", "2024-07-02")
    c = art("d6", "The hotel collapse killed 36 people, according to the regional governor.", "2024-07-02")
    cs = kinds(run(a, b, c), "superseded")
    assert len(cs) == 1
    got = {(m.article, m.text) for m in cs[0].mentions}
    assert ("d5", "At least 38 people") in got and ("d4", "36") in got
    assert ("d6", "36 people") in got  # another outlet giving the corrected value is evidence too
    assert ("d4", "38") not in got  # the revising article's own old value is no side of the disagreement
    assert kinds(run(a, c)) == []


# --- a toll that rises is no correction ------------------------------------------------------


def test_earlier_report_of_a_rising_toll_is_not_stale():
    a = art("u1", "Landslides killed 41 people in the hill district, officials said.", "2024-08-10")
    b = art("u2", "Searchers found four more bodies on Sunday, bringing the death toll from 41 to 45.", "2024-08-11")
    assert kinds(run(a, b)) == []


def test_later_report_still_giving_the_old_value_of_a_rising_toll_is_flagged():
    b = art("u3", "Searchers found four more bodies on Sunday, bringing the death toll from 41 to 45.", "2024-08-11")
    c = art("u4", "Landslides have killed 41 people in the hill district, a charity said in an appeal.", "2024-08-13")
    assert len(kinds(run(b, c), "superseded")) == 1


# --- "the number of <things> stands at N": the counted phrase names the role -----------------


def test_still_stands_at_is_no_captivity():
    a = art("n1", "The official death toll from the ferry fire still stands at 41 and the number of survivors at 212, "
                  "of whom 30 were children.", "2024-03-05")
    assert fig(a, "41").role == "killed"
    assert fig(a, "212").role != "held"
    assert kinds(run(a)) == []


def test_number_rescued_remains_at_is_not_the_toll_after_it():
    a = art("n2", "Divers searched the hull on Tuesday as the number of passengers rescued remains at 212 and no new "
                  "dead bodies were recovered.", "2024-03-05")
    b = art("n3", "The ferry fire killed 41 people, the coast guard said on Tuesday.", "2024-03-05")
    assert fig(a, "212").role != "killed"
    assert kinds(run(a, b)) == []


def test_hostages_still_held_keep_their_role():
    a = art("n4", "The number of hostages still held in the tunnels stands at 61, the negotiators said.", "2024-03-05")
    assert fig(a, "61").role == "held"


# --- children or women counted inside a toll ("including five children") ------------------


def test_children_inside_a_toll_take_the_toll_role():
    a = art("c1", "The attack on the market killed 64 people, including nine children, and wounded 120, the "
                  "governor said.", "2024-04-02")
    f = fig(a, "nine children")
    assert f.thing == "child" and f.role == "killed"


def test_fewer_dead_children_a_day_later_is_flagged():
    a = art("c2", "The death toll from the market attack has risen to 64, including at least nine children, "
                  "investigators said.", "2024-04-02")
    b = art("c3", "The market attack killed 66 people, including six children, the health ministry said.",
            "2024-04-03")
    cs = [c for c in run(a, b) if c.kind == "figure"]
    assert len(cs) == 1 and {m.text for m in cs[0].mentions} == {"at least nine children", "six children"}


def test_more_dead_children_later_is_no_conflict():
    a = art("c4", "The market attack killed 64 people, including six children, the governor said.", "2024-04-02")
    b = art("c5", "The death toll from the market attack has risen to 70, including nine children.", "2024-04-03")
    assert kinds(run(a, b)) == []


def test_other_groups_inside_a_count_stay_parts():
    a = art("c6", "Fourteen hostages, including nine children, were freed on Sunday, the mediators said.",
            "2024-03-25")
    b = art("c7", "Fourteen hostages, including seven children, were freed on Sunday, a news agency reported.",
            "2024-03-25")
    assert fig(a, "nine children").role == "" and kinds(run(a, b)) == []


# --- "killed when a ..." in the lede: the story's own toll ---------------------------------


def test_lede_killed_when_a_man_opened_fire_is_the_story_toll():
    a = art("l1", "Seven people were killed and 12 injured when a man opened fire in a shopping centre in the town "
                  "on Monday, police said.", "2025-02-11")
    f = fig(a, "Seven people")
    assert f.role == "killed" and f.aspect == "toll"


def test_lede_toll_falling_a_day_later_is_flagged():
    a = art("l2", "Seven people were killed when a man opened fire in a shopping centre in the town on Monday, "
                  "police said.", "2025-02-11")
    b = art("l3", "The shopping centre shooting killed five people, prosecutors said on Tuesday.", "2025-02-11")
    assert len(kinds(run(a, b), "figure")) == 1


def test_war_incident_in_the_lede_stays_one_incident_among_many():
    a = art("l4", "Twelve people were killed when an airstrike hit a house in the north of the city, medics said.",
            "2025-02-11")
    assert all(f.role != "killed" for f in figures(a))


def test_killed_when_a_later_in_the_article_stays_one_incident():
    a = art("l5", "The storm battered the coast for a second day on Tuesday. Two people were killed when a tree fell "
                  "on their car, the fire service said.", "2025-02-11")
    assert all(f.role != "killed" for f in figures(a))


# --- how many were aboard the wrecked vessel (the lede's exact count) ----------------------


def test_two_exact_counts_aboard_the_wrecked_ferry_conflict():
    a = art("b1", "A passenger ferry carrying 412 people sank off the island on Wednesday night, the coast guard said.",
            "2024-05-09")
    b = art("b2", "A ferry with 450 people on board capsized off the island late on Wednesday, officials said.",
            "2024-05-10")
    assert fig(a, "412 people").role == "aboard"
    cs = kinds(run(a, b), "figure")
    assert len(cs) == 1 and {m.text for m in cs[0].mentions} == {"412 people", "450 people"}


def test_estimates_of_those_aboard_are_not_compared():
    a = art("b3", "A fishing boat carrying an estimated 600 migrants capsized off the coast on Wednesday.", "2024-05-09")
    b = art("b4", "A fishing boat believed to have had 750 people on board sank on Wednesday, a charity said.",
            "2024-05-09")
    c = art("b5", "A fishing boat with up to 500 people on board capsized on Wednesday, the coast guard said.",
            "2024-05-09")
    assert kinds(run(a, b, c)) == []


def test_people_carried_by_a_rescue_ship_later_are_not_those_aboard():
    a = art("b6", "A bus carrying 41 pilgrims plunged into a gorge on Sunday, police said. A second bus carrying 38 "
                  "pilgrims reached the shrine safely.", "2024-06-03")
    b = art("b7", "A bus with 41 pilgrims on board plunged off a mountain road on Sunday, officials said.", "2024-06-03")
    assert kinds(run(a, b), "figure") == []


def test_old_value_of_a_rise_is_no_later_lower_toll():
    a = art("u5", "At least 14 people were killed when a residential building collapsed in the city on Tuesday "
                  "morning, officials said.", "2024-11-05")
    b = art("u6", "The death toll from the building collapse rose from 9 to 16 overnight, the emergency ministry "
                  "said on Wednesday.", "2024-11-06")
    assert fig(b, "9").aspect == "superseded"
    assert kinds(run(a, b)) == []


def test_children_inside_one_incident_take_its_scope():
    a = art("c8", "The death toll from the market attack has risen to 64, including at least nine children, "
                  "investigators said.", "2024-04-02")
    b = art("c9", "A strike on a house in the south killed 12 people, including five children, medics said.",
            "2024-04-03")
    assert all(f.role != "killed" for f in figures(b) if f.thing == "child")
    assert kinds(run(a, b)) == []


def test_number_of_hostages_standing_at_is_still_held():
    a = art("n5", "The number of hostages in the tunnels stands at 61, a government spokesman said.", "2024-03-05")
    assert fig(a, "61").role == "held"


def test_number_of_people_who_died_has_its_role():
    a = art("n6", "The number of people who died in the landslide has risen to 57, the governor said.", "2024-03-05")
    assert fig(a, "57").role == "killed"


# --- phone numbers are no counts --------------------------------------------------------------


def test_phone_numbers_are_not_figures():
    a = art("t1", "Relatives can call the embassy's emergency line: 0030-6941112223. Consular desk: 302107777777.",
            "2024-03-05")
    assert figures(a) == []


def test_a_count_of_a_billion_written_with_separators_is_kept():
    a = art("t2", "The appeal raised 1,200,000,000 dollars, the agency said.", "2024-03-05")
    assert any(f.value == 1_200_000_000 for f in figures(a))
