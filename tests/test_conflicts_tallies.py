"""Tallies of bodies are parts of a toll, and a superseded value's conflict
names the value that replaced it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_conflicts_classes import art, kinds, run, texts

from claimtrack import pipeline
from claimtrack.text import parse_article


def test_a_tally_of_bodies_is_its_own_thing_not_the_toll():
    a = art("t1", "The ferry sinking killed 140 people, the coast guard said. So far 63 bodies have been identified.",
            "2024-03-11")
    _, figs, _ = pipeline.analyse(a)
    things = {f.text: f.thing for f in figs}
    assert things["140 people"] == "people"
    assert things["63 bodies"] == "body"


def test_an_adjective_before_bodies_does_not_make_them_the_toll():
    a = art("t2", "Divers pulled 12 dead bodies from the river on Tuesday, police said.", "2024-03-12")
    _, figs, _ = pipeline.analyse(a)
    assert [f.thing for f in figs if "bodies" in f.text] == ["body"]


def test_a_number_before_a_comma_and_a_bodies_tally_stays_the_toll():
    a = art("t3", "The official said 140 people had died. Of the 140, 63 bodies have been handed over to families.",
            "2024-03-11")
    _, figs, _ = pipeline.analyse(a)
    assert all(f.thing != "body" for f in figs if "bodies" not in f.text)


def test_toll_against_bodies_yet_to_be_identified_is_no_conflict():
    a = art("t4", "The final toll from the ferry sinking has been fixed at 140, the governor said.", "2024-03-11")
    b = art("t5", "With 77 bodies yet to be identified, the morgue remained open on Tuesday, officials said.",
            "2024-03-12")
    c = art("t6", "Rescuers said 63 bodies were handed over to relatives on Wednesday.", "2024-03-13")
    assert kinds(run(a, b, c)) == []


def test_later_lower_toll_is_still_flagged_next_to_bodies_tallies():
    a = art("t7", "The ferry sinking killed 140 people, the coast guard said. So far 63 bodies have been identified.",
            "2024-03-11")
    b = art("t8", "The ferry sinking killed 90 people, the coast guard said on Tuesday.", "2024-03-12")
    cs = kinds(run(a, b))
    assert len(cs) == 1 and "63 bodies" not in texts(cs[0])


def test_superseded_conflict_names_the_value_of_the_revision_not_a_neighbour():
    a = art("s1", "The state revised the death toll of the bridge collapse to 61 from 68, and said 20 bodies "
                  "were still unclaimed.", "2024-06-04")
    b = art("s2", "The bridge collapse killed 68 people, a local paper reported.", "2024-06-05")
    cs = kinds(run(a, b), "superseded")
    assert len(cs) == 1
    assert "-> 61)" in cs[0].summary


def test_superseded_conflict_lists_other_articles_stating_the_same_revision():
    a = art("s3", "The state revised the death toll of the bridge collapse to 61 from 68 on Sunday.", "2024-06-04")
    b = art("s4", "The death toll of the bridge collapse has been revised to 61, officials said.", "2024-06-04")
    c = art("s5", "The bridge collapse killed 68 people, a local paper reported.", "2024-06-05")
    cs = kinds(run(a, b, c), "superseded")
    assert len(cs) == 1
    assert {m.article for m in cs[0].mentions} >= {"s3", "s5"}


# --- a serial list of names does not cut a figure's clause ------------------------


def test_a_serial_list_of_vehicles_leaves_the_toll_in_its_clause():
    a = art("l1", "The death toll in the pile-up involving a fuel tanker, a minibus, and a lorry has reached 41 "
                  "as of Sunday morning.", "2024-02-29")
    _, figs, _ = pipeline.analyse(a)
    assert [(f.text, f.thing, f.role) for f in figs] == [("41", "people", "killed")]


def test_a_serial_list_of_named_trains_leaves_the_toll_in_its_clause():
    a = art("l2", "The death toll of the crash involving the Coast Line Express, the Hill Superfast Express, and a goods "
                  "train has reached 41, officials said.", "2024-02-29")
    _, figs, _ = pipeline.analyse(a)
    assert [(f.text, f.role) for f in figs if f.text == "41"] == [("41", "killed")]


def test_a_comma_before_and_a_number_still_breaks_the_clause():
    a = art("l3", "Floods killed 30 people, the army said, and the storm injured 12 others.", "2024-02-29")
    _, figs, _ = pipeline.analyse(a)
    assert {(f.text, f.role) for f in figs} == {("30 people", "killed"), ("12 others", "injured")}


def test_max_list_item_words_bounds_a_list_item():
    from claimtrack import tuning
    from claimtrack.extract import quantities as q

    long_item = " ".join(["the"] + ["Very"] * tuning.MAX_LIST_ITEM_WORDS + ["Express"])
    short_item = "the Hill Express"
    for item, joined in ((short_item, True), (long_item, False)):
        text = f"The toll of the crash of the Coast Express, {item}, and a goods train has reached 41."
        assert (len(q._splits(text, 0, len(text))) == 0) is joined


# --- superseded values: the same toll given with or without its place ------------


def test_superseded_value_given_later_with_the_place_named_is_flagged():
    a = art("p1", "The state revised the death toll of the bridge collapse to 61 from 68 on Sunday.", "2024-06-04")
    b = art("p2", "The bridge collapse killed 68 people in Harwick, officials said on Tuesday.",
            "2024-06-06")
    cs = kinds(run(a, b), "superseded")
    assert len(cs) == 1
    assert {m.article for m in cs[0].mentions} == {"p1", "p2"}


def test_the_old_value_of_another_place_is_not_the_superseded_value():
    a = art("p3", "Officials revised the death toll of the floods in Harwick to 61 from 68 on Sunday.", "2024-06-04")
    b = art("p4", "The floods killed 68 people in Dunmore, the mayor said on Tuesday.", "2024-06-06")
    assert kinds(run(a, b), "superseded") == []


def test_an_open_bound_far_below_does_not_still_give_the_superseded_value():
    a = art("p5", "Officials revised the death toll of the floods to 610 from 1,900 on Sunday.", "2024-06-04")
    b = art("p6", "At least 23 people were killed by the floods, the mayor said.", "2024-06-02")
    c = art("p7", "The floods killed at least 1,900 people, a news agency said.", "2024-06-05")
    cs = kinds(run(a, b, c), "superseded")
    assert len(cs) == 1
    assert "At least 23 people" not in texts(cs[0]) and "at least 1,900 people" in texts(cs[0])


def test_injuries_count_the_injured():
    a = art("i1", "The regional health office reported 31 deaths and 140 injuries after the blast.", "2024-06-04")
    _, figs, _ = pipeline.analyse(a)
    assert {(f.text, f.thing, f.role) for f in figs} == {("31 deaths", "people", "killed"),
                                                         ("140 injuries", "people", "injured")}


def test_a_part_of_the_injuries_is_no_count_of_the_injured():
    a = art("i2", "Doctors said 12 of the injuries were serious.", "2024-06-04")
    _, figs, _ = pipeline.analyse(a)
    assert all(f.role != "injured" for f in figs)


@pytest.mark.parametrize(
    "sentence, thing, role",
    [
        ("Nine miners remain missing after the gallery flooded, the operator said.", "miner", "missing"),
        ("Four climbers were still unaccounted for on Tuesday, rescuers said.", "climber", "missing"),
        ("At least 23 passengers were injured in the derailment.", "passenger", "injured"),
        ("Twelve pilgrims died in the crush, officials said.", "pilgrim", "killed"),
        ("About 130 hostages remain in captivity, officials said.", "hostage", "held"),
    ],
)
def test_people_counted_by_what_they_were_doing_are_compared_with_their_role(sentence, thing, role):
    a = parse_article("t", " date 2025-03-11\n" + sentence)
    _, figs, _ = pipeline.analyse(a)
    assert [(f.thing, f.role) for f in figs if f.reading] == [(thing, role)]


# --- a day opening an event name dates it, it does not name it ("Monday's fire") ----------------

@pytest.mark.parametrize(
    "written, same_as",
    [
        ("Monday's fire", "the fire"),
        ("Tuesday night's blast", "the blast"),
        ("yesterday's crash", "the crash"),
        ("Sunday's explosion at the depot", "the explosion at the depot"),
    ],
)
def test_a_day_before_an_event_is_not_part_of_its_name(written, same_as):
    from claimtrack.extract.events import canonical_event
    assert canonical_event(written) == canonical_event(same_as) is not None


def test_a_day_after_the_noun_stays_in_the_name():
    from claimtrack.extract.events import canonical_event
    assert canonical_event("Bloody Sunday") == "bloody sunday"


def test_a_fire_dated_monday_by_one_report_and_sunday_by_another_is_flagged():
    a = art("fa", "Mill fire toll rises\nThe death toll from Monday's fire at the paper mill has risen to 9, the ministry said.",
            "2025-03-05")
    b = art("fb", "Mill owner questioned\nThe fire, which broke out on Sunday evening, gutted the mill's warehouse, "
            "witnesses said.", "2025-03-05")
    assert [c.kind for c in run(a, b)] == ["date"]


# --- "put it at N": another value of the quantity just named -----------------------------------------

def test_put_it_at_gives_the_quantity_named_before_it():
    a = art("pm", "Quake strikes\nThe survey said the quake had a magnitude of 6.4, while the national agency put it at 6.9.",
            "2025-02-01")
    _, figs, _ = pipeline.analyse(a)
    by = {f.text: f for f in figs}
    assert by["6.9"].thing == by["6.4"].thing == "magnitude"
    assert by["6.9"].reading == "figure.antecedent" and (by["6.9"].lit_low, by["6.9"].lit_high) == (6.9, 6.9)
    assert [c.kind for c in run(a)] == ["figure"]


def test_put_it_at_with_nothing_named_before_stays_unread():
    a = art("pn", "Count disputed\nThe agency put it at 45 on Monday.", "2025-02-01")
    _, figs, _ = pipeline.analyse(a)
    assert [f.reading for f in figs] == [""]
