"""Conflict classes on any story: sentences written for these tests (no real article).

Each class has its conflict and its look-alike non-conflict: bounds read as
people read them, a toll rising through a day or over days, a later lower
toll, stated revisions (inside one sentence; superseded elsewhere), plans vs
outcomes, parts vs wholes, measures of the story's event, one conflict per
quantity, and the engine's per-block recomputation.
"""

from __future__ import annotations

from claimtrack import pipeline
from claimtrack.compare import block_keys, engine
from claimtrack.compare.rules import figures as figure_rule
from claimtrack.models import Article
from claimtrack.text import parse_article
from conftest import analysed_conflicts  # noqa: E402


def art(aid: str, text: str, date: str | None = None) -> Article:
    return parse_article(aid, (f" date {date} " if date else "") + text)


run = analysed_conflicts


def kinds(cs, kind="figure"):
    return [c for c in cs if c.kind == kind]


def texts(c) -> set[str]:
    return {m.text for m in c.mentions}


# --- bounds read as people read them ---------------------------------------------


def test_open_bounds_far_apart_on_one_day_are_a_medium_conflict_that_says_which_reading():
    a = art("b1", "Rescue teams said at least 800 people were killed by the landslide in the valley.", "2024-05-02")
    b = art("b2", "At least 2,100 people were killed by the landslide, the regional governor said.", "2024-05-02")
    cs = kinds(run(a, b))
    assert len(cs) == 1
    assert cs[0].severity == "medium" and "as usually read" in cs[0].summary
    assert texts(cs[0]) == {"at least 800 people", "At least 2,100 people"}


def test_open_bounds_close_together_on_one_day_are_no_conflict():
    a = art("b3", "At least 149 people were killed in the stampede, police said.", "2024-05-02")
    b = art("b4", "At least 151 people were killed in the stampede, the fire service said.", "2024-05-02")
    assert kinds(run(a, b)) == []


# --- running counts --------------------------------------------------------------


def test_exact_counts_rising_through_one_day_are_no_conflict():
    a = art("r1", "The landslide killed 320 people, the interior ministry said in the morning.", "2024-05-02")
    b = art("r2", "The landslide has killed 1,150 people, the interior ministry said in the evening.", "2024-05-02")
    assert kinds(run(a, b)) == []


def test_toll_rising_over_days_is_no_conflict():
    a = art("r3", "The wildfire has killed 55 people, the county said.", "2024-08-10")
    b = art("r4", "The wildfire has killed 99 people, the county said.", "2024-08-11")
    assert kinds(run(a, b)) == []


def test_later_lower_toll_is_flagged():
    a = art("r5", "The wildfire has killed 96 people, officials said.", "2024-08-12")
    b = art("r6", "The wildfire killed 61 people, the governor said.", "2024-08-13")
    cs = kinds(run(a, b))
    assert len(cs) == 1 and cs[0].rule == "conflict.figure-toll"
    assert texts(cs[0]) == {"96 people", "61 people"}


def test_later_lower_toll_far_apart_in_time_is_not_compared(monkeypatch):
    a = art("r7", "The wildfire has killed 96 people, officials said.", "2024-08-12")
    b = art("r8", "The wildfire killed 61 people, the governor said.", "2024-08-13")
    monkeypatch.setattr(figure_rule, "RUNNING_WINDOW_DAYS", 0)  # RUNNING_WINDOW_DAYS: adjacent days only
    assert kinds(run(a, b)) == []


def test_a_slightly_lower_later_count_is_within_the_tolerance(monkeypatch):
    a = art("r9", "The ferry fire injured 133 people, the coast guard said.", "2024-03-01")
    b = art("r10", "The ferry fire injured 130 people, the coast guard said.", "2024-03-02")
    assert kinds(run(a, b)) == []  # DECREASE_TOLERANCE: 5% lower is within it
    monkeypatch.setattr(figure_rule, "DECREASE_TOLERANCE", 0.0)
    assert len(kinds(run(a, b))) == 1


# --- reports with no date --------------------------------------------------------


def _undated(aid: str, weekday: str, killed: str, injured: str) -> Article:
    return art(aid, f"Soldiers stormed a farm compound in southern Lebanon on {weekday}. The health ministry "
                    f"said {killed} people were killed and another {injured} were injured in Lebanon during the operation.")


def test_undated_reports_of_one_weekday_meet():
    a = _undated("n1", "Tuesday", "130", "250")
    b = art("n2", "Troops raided a farm compound in southern Lebanon on Tuesday, officials said. The health "
                  "ministry reported 188 deaths and 402 injuries in Lebanon during the operation.")
    cs = kinds(run(a, b))
    assert sorted(sorted(texts(c)) for c in cs) == [["130 people", "188 deaths"], ["250", "402 injuries"]]


def test_undated_reports_of_different_weekdays_do_not_meet():
    a = _undated("n3", "Tuesday", "130", "250")
    b = _undated("n4", "Thursday", "188", "402")
    assert kinds(run(a, b)) == []


def test_undated_lede_naming_two_weekdays_gives_no_day():
    a = _undated("n5", "Tuesday", "130", "250")
    b = art("n6", "Troops raided a farm compound in southern Lebanon on Thursday, two days after a Tuesday ambush. "
                  "The health ministry reported 188 deaths and 402 injuries in Lebanon during the operation.")
    assert kinds(run(a, b)) == []


def test_undated_reports_agreeing_are_no_conflict():
    assert kinds(run(_undated("n7", "Monday", "130", "250"), _undated("n8", "Monday", "130", "250"))) == []


def test_undated_lede_reach(monkeypatch):
    from claimtrack.extract import quantities
    a, b = _undated("n9", "Friday", "130", "250"), _undated("n10", "Friday", "188", "402")
    assert len(kinds(run(a, b))) == 2
    monkeypatch.setattr(quantities, "UNDATED_LEDE_SENTENCES", 0)  # no lede read: each report stays on its own
    assert kinds(run(a, b)) == []


# --- casualties: the dead and the injured together, or the dead -----------------


def test_disputed_casualty_count_below_the_dead_is_flagged():
    a = art("c1", "The health ministry in Lebanon reported 312 deaths and 640 injuries after the raid. The army "
                  "disputed these figures, estimating fewer than 90 casualties and saying many were fighters.", "2024-03-04")
    cs = kinds(run(a))
    assert len(cs) == 1 and cs[0].rule == "conflict.figure-casualties" and cs[0].severity == "high"
    assert texts(cs[0]) == {"312 deaths", "fewer than 90 casualties"}


def test_disputed_casualty_count_above_the_dead_is_no_conflict():
    a = art("c2", "The health ministry in Lebanon reported 312 deaths after the raid. The army disputed the figures, "
                  "estimating about 400 casualties in all, most of them fighters.", "2024-03-04")
    assert kinds(run(a)) == []


def test_casualties_of_one_incident_are_not_held_against_the_toll():
    a = art("c3", "The health ministry in Lebanon said 312 people have been killed since the offensive began. "
                  "A strike on a market on Sunday caused 45 casualties, medics said.", "2024-03-04")
    assert kinds(run(a)) == []


def test_disputed_casualties_placed_nowhere_are_not_held_against_another_articles_dead():
    a = art("c4", "The health ministry in Lebanon reported 312 deaths after the raid.", "2024-03-04")
    b = art("c5", "The army disputed the ministry's figures, estimating fewer than 90 casualties, a spokesman said.", "2024-03-04")
    assert kinds(run(a, b)) == []
    c = art("c6", "The health ministry in Lebanon reported 312 deaths after the raid. The army disputed the "
                  "ministry's figures, estimating fewer than 90 casualties, a spokesman said.", "2024-03-04")
    assert len(kinds(run(c))) == 1


# --- stated revisions --------------------------------------------------------------


def test_revision_stated_inside_one_sentence_is_no_conflict():
    a = art("v1", "Officials revised the death toll from the earthquake from 1,900 to 1,650 on Thursday.", "2024-02-08")
    cs = run(a)
    assert kinds(cs) == [] and kinds(cs, "superseded") == []


def test_later_article_still_giving_the_superseded_value_is_flagged_low():
    a = art("v2", "Officials revised the death toll from the earthquake from 1,900 to 1,650 on Thursday.", "2024-02-08")
    b = art("v3", "The earthquake killed 1,900 people, a news agency reported.", "2024-02-09")
    cs = kinds(run(a, b), "superseded")
    assert len(cs) == 1 and cs[0].severity == "low" and cs[0].rule == "conflict.superseded"
    assert {m.article for m in cs[0].mentions} == {"v2", "v3"}  # the revising article is the evidence


def test_initially_said_marks_the_old_value():
    a = art("v4", "The bus crash injured 40 people. Police initially said 75 people were injured.", "2024-04-01")
    b = art("v5", "The bus crash injured 75 people, local radio reported.", "2024-04-01")
    assert len(kinds(run(a, b), "superseded")) == 1
    assert kinds(run(a)) == []


# --- plans vs outcomes, parts vs wholes ----------------------------------------------


def test_plan_and_outcome_are_not_one_quantity():
    a = art("p1", "Under the agreement, 50 prisoners are to be released on Friday.", "2024-01-10")
    b = art("p2", "Only 39 prisoners were released on Friday, the prison service said.", "2024-01-12")
    assert kinds(run(a, b)) == []


def test_subset_is_not_compared_with_its_whole():
    a = art("s1", "The floods have killed 230 people, including 41 children, the ministry said.", "2024-06-03")
    b = art("s2", "The floods have killed 230 people, the ministry said.", "2024-06-03")
    assert kinds(run(a, b)) == []


def test_grades_of_injury_and_elsewhere_are_parts_not_the_count():
    a = art("s3", "The storm injured 300 people in the port city. Another 116 people sustained minor injuries.",
            "2024-06-03")
    b = art("s4", "The storm killed 3,000 people in the port city and about 170 people elsewhere in the country.",
            "2024-06-04")
    c = art("s5", "The storm killed 3,000 people in the port city, rescuers said.", "2024-06-04")
    assert kinds(run(a, b, c)) == []


def test_per_day_and_cumulative_are_not_one_quantity():
    a = art("d1", "In the past 24 hours, 40 people were killed in Gaza, the health ministry said.", "2023-11-20")
    b = art("d2", "The health ministry said 13,300 people have been killed in Gaza so far.", "2023-11-20")
    assert kinds(run(a, b)) == []


# --- measures of the story's event -------------------------------------------------------


def test_magnitude_of_one_quake_compares_across_reports_but_not_aftershocks():
    a = art("m1", "A magnitude 7.4 earthquake struck the coast before dawn, the national institute said.")
    b = art("m2", "The 6.9-magnitude quake struck the coast before dawn, according to the survey.")
    c = art("m3", "A 5.1 magnitude aftershock shook the region an hour later.")
    cs = kinds(run(a, b, c))
    assert len(cs) == 1 and {m.article for m in cs[0].mentions} == {"m1", "m2"}


def test_depth_of_the_quake_compares_in_kilometres():
    a = art("m4", "The quake hit at a depth of 10 kilometres, the institute said.")
    b = art("m5", "The quake was centred at a depth of 35 km, the survey said.")
    c = art("m6", "The quake hit at a depth of 10,000 metres, a seismologist said.")
    cs = kinds(run(a, b, c))
    assert len(cs) == 1 and {m.article for m in cs[0].mentions} == {"m4", "m5", "m6"}


# --- one conflict per quantity, engine per block ---------------------------------------------


def test_one_conflict_per_quantity_lists_every_deviant_value():
    arts = [art(f"q{i}", f"The volcano eruption has killed {n} people, the agency said.", "2024-09-01")
            for i, n in enumerate(("at least 300", "at least 300", "at least 900", "at least 1,700"))]
    cs = kinds(run(*arts))
    assert len(cs) == 1


def test_conflict_id_comes_from_the_quantity_not_its_mentions():
    a = art("i1", "At least 800 people were killed by the landslide, rescuers said.", "2024-05-02")
    b = art("i2", "At least 2,100 people were killed by the landslide, officials said.", "2024-05-02")
    c = art("i3", "At least 2,100 people were killed by the landslide, the army said.", "2024-05-02")
    one = kinds(run(a, b))
    two = kinds(run(a, b, c))
    assert [x.id for x in one] == [x.id for x in two]
    assert len(two[0].mentions) > len(one[0].mentions)


def test_engine_recomputes_only_the_blocks_asked_for():
    a = art("e1", "At least 800 people were killed by the landslide, rescuers said.", "2024-05-02")
    b = art("e2", "At least 2,100 people were killed by the landslide, officials said.", "2024-05-02")
    c = art("e3", "A magnitude 7.4 earthquake struck. The 6.9-magnitude quake was felt far away.")
    results = [pipeline.analyse(x) for x in (a, b, c)]
    claims = [x for r in results for x in r[0]]
    figures = [x for r in results for x in r[1]]
    dates = [x for r in results for x in r[2]]
    recs = pipeline.records([a, b, c], claims, figures, dates)
    full = engine.find_conflicts(recs)
    touched = block_keys(pipeline.records([c], claims, [f for f in figures if f.article == "e3"], []))
    part = engine.find_conflicts(recs, only_blocks=touched)
    assert part and set(x.id for x in part) < set(x.id for x in full)
    assert all(x.summary.startswith("Earthquake magnitude") for x in part)


def test_every_conflict_and_read_record_carries_a_rule():
    a = art("g1", "At least 800 people were killed by the landslide, rescuers said.", "2024-05-02")
    b = art("g2", "At least 2,100 people were killed by the landslide, officials said.", "2024-05-02")
    cs = run(a, b)
    assert cs and all(c.rule for c in cs)
    _, figs, _ = pipeline.analyse(a)
    assert all(f.rule for f in figs) and any(f.reading == "figure.quantity" for f in figs)


def test_an_explosion_at_a_named_site_is_that_strike_and_its_toll_compares_for_weeks():
    a = art("x1", "An explosion at Saint Brigid Hospital in the old town killed 210 people, the ministry said.",
            "2024-10-18")
    b = art("x2", "The blast at Saint Brigid Hospital killed at least 300 people, local officials said.", "2024-10-21")
    cs = kinds(run(a, b))
    assert len(cs) == 1 and cs[0].severity == "high" and "Saint Brigid Hospital" in cs[0].summary


def test_a_range_counts_people_and_a_later_lower_toll_is_not_called_an_everyday_reading():
    a = art("x3", "The tunnel collapse killed 90 people, the ministry said.", "2024-10-18")
    b = art("x4", "The tunnel collapse killed between 20 and 40 people, an independent estimate said.", "2024-10-19")
    cs = kinds(run(a, b))
    assert len(cs) == 1 and "as usually read" not in cs[0].summary


def test_a_counted_thing_of_its_own_is_not_lumped_with_people():
    a = art("c1", "At least 30 firefighters were injured fighting the blaze, the fire service said.", "2024-07-02")
    b = art("c2", "At least 90 people were injured in the blaze, the hospital said.", "2024-07-02")
    c = art("c3", "At least 90 firefighters were injured fighting the blaze, the union said.", "2024-07-02")
    assert kinds(run(a, b)) == []
    cs = kinds(run(a, c))
    assert len(cs) == 1 and cs[0].summary.startswith("Firefighters injured")


def test_a_domain_event_from_a_user_lexicon_compares_its_toll_across_dates(tmp_path):
    import subprocess
    import sys

    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "a1.txt").write_text(" date 2024-03-01 The Harbour Bridge collapse killed 41 people, the council said.\n")
    (arts / "a2.txt").write_text(" date 2024-03-20 The Harbour Bridge collapse killed 58 people, engineers said.\n")
    lex = tmp_path / "harbour.toml"
    lex.write_text('[[events]]\nname = "the Harbour Bridge collapse"\npattern = "harbour bridge collapse"\n')

    def conflicts(*extra):
        db = tmp_path / f"db{len(extra)}.json"
        cmd = [sys.executable, "-m", "claimtrack", *extra, "--db", str(db)]
        subprocess.run(cmd + ["ingest", str(arts)], check=True, capture_output=True)
        out = subprocess.run(cmd + ["conflicts", "--json"], check=True, capture_output=True, text=True).stdout
        import json
        return json.loads(out)

    assert conflicts() == []  # a toll rising over weeks: not compared without the event
    found = conflicts("--lexicon", str(lex))
    assert len(found) == 1 and found[0]["summary"].startswith("People killed in the Harbour Bridge collapse")


# --- the day the story's disaster struck ----------------------------------------------


def test_the_day_the_disaster_struck_differs_between_reports():
    a = art("ds1", "The cyclone hit the southern coast on Sunday, flattening fishing villages.", "2024-04-09")
    b = art("ds2", "As the cyclone battered the coast on Monday, thousands fled inland.", "2024-04-10")
    c = art("ds3", "Residents said the cyclone struck the coast on Sunday night.", "2024-04-10")
    cs = kinds(run(a, b, c), "date")
    assert len(cs) == 1 and {m.article for m in cs[0].mentions} == {"ds1", "ds2", "ds3"}


def test_disasters_weeks_apart_or_not_on_a_day_are_not_compared():
    a = art("ds4", "The cyclone hit the southern coast on Sunday, officials said.", "2024-04-09")
    b = art("ds5", "A similar cyclone struck the same coast on March 2, 2024, residents recalled.", "2024-04-10")
    c = art("ds6", "The cyclone hit the coast over the weekend, officials said.", "2024-04-09")
    assert kinds(run(a, b, c), "date") == []


def test_a_decision_stays_on_its_quantity_when_new_evidence_arrives(tmp_path):
    import json
    import subprocess
    import sys

    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "n1.txt").write_text(" date 2024-05-02 At least 800 people were killed by the landslide, rescuers said.\n")
    (arts / "n2.txt").write_text(" date 2024-05-02 At least 2,100 people were killed by the landslide, officials said.\n")
    db = tmp_path / "db.json"

    def ct(*args):
        return subprocess.run([sys.executable, "-m", "claimtrack", "--db", str(db), *args], check=True,
                              capture_output=True, text=True).stdout

    ct("ingest", str(arts))
    (cid,) = [c["id"] for c in json.loads(ct("conflicts", "--json"))]
    ct("decide", cid, "confirm", "--by", "desk")
    (arts / "n3.txt").write_text(" date 2024-05-02 At least 2,100 people died in the landslide, the army said.\n")
    ct("ingest", str(arts))
    (after,) = json.loads(ct("conflicts", "--json"))
    assert after["id"] == cid and len(after["mentions"]) == 3
    assert "new evidence" in ct("show", cid)


def test_magnitude_phrasings_meet():
    a = art("mq1", "The US survey put the magnitude at 7.4, revising an earlier estimate.")
    b = art("mq2", "A 7.6 magnitude tremor shook the island chain shortly after midnight.")
    cs = kinds(run(a, b))
    assert len(cs) == 1 and cs[0].summary.startswith("Earthquake magnitude")


def test_one_incident_inside_the_story_is_not_its_toll():
    a = art("oi1", "At least 12 people were killed when a hotel collapsed in the old town, police said.", "2024-09-09")
    b = art("oi2", "At least 2,100 people were killed by the earthquake, the interior ministry said.", "2024-09-09")
    c = art("oi3", "At least 30 people died in a single village near the epicentre, residents said.", "2024-09-09")
    assert kinds(run(a, b, c)) == []


def test_a_later_toll_of_one_province_is_not_a_lower_national_toll():
    a = art("pv1", "The earthquake has killed 2,000 people, the interior ministry said.", "2024-09-09")
    b = art("pv2", "The earthquake has killed 300 people in the province of Tarsa, officials said.", "2024-09-10")
    assert kinds(run(a, b)) == []
