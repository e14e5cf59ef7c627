"""Conflicts on a story told by the day, by place and by agency: sentences written
for these tests (no real article). Each fix has its look-alike: a count per place
given "each" or "respectively" is a part, not the toll; a magnitude far from the
others is another quake; where an epicentre lies is one fact of the quake."""

from __future__ import annotations

from claimtrack.models import Article
from claimtrack.text import parse_article
from conftest import analysed_conflicts  # noqa: E402


def art(aid: str, text: str, date: str | None = None) -> Article:
    return parse_article(aid, (f" date {date} " if date else "") + text)


def figs(cs):
    return [c for c in cs if c.kind == "figure"]


def texts(c) -> set[str]:
    return {m.text for m in c.mentions}


# --- a count per place told with "each" is not the toll -------------------------


def test_a_count_given_each_for_several_towns_is_not_a_later_lower_toll():
    a = art("e1", "The death toll from the storm rose to 140 on Monday, the provincial government said.", "2025-03-03")
    b = art("e2", "The storm has killed 151 people, officials said. The villages of Artu and Belka "
                  "had three deaths each, while most victims lived on the coast.", "2025-03-04")
    assert figs(analysed_conflicts(a, b)) == []


def test_towns_that_each_have_a_count_are_not_the_toll():
    a = art("e3", "At least 96 people were killed by the floods, the regional government said on Tuesday.", "2025-03-04")
    b = art("e4", "The floods have killed at least 104 people. The districts of Ormo and Tesk each have "
                  "12 deaths, rescuers said.", "2025-03-05")
    assert figs(analysed_conflicts(a, b)) == []


def test_each_still_leaves_a_real_drop_in_the_toll():
    a = art("e5", "The death toll from the storm rose to 140 on Monday, the provincial government said.", "2025-03-03")
    b = art("e6", "The storm has killed 90 people, officials said on Tuesday, each of them swept away by the river.",
            "2025-03-04")
    assert len(figs(analysed_conflicts(a, b))) == 1


# --- "respectively": each number belongs to its own place ----------------------


def test_counts_given_respectively_are_parts_not_the_toll():
    a = art("r1", "The death toll from the storm rose to 140 on Monday, the provincial government said.", "2025-03-03")
    b = art("r2", "The storm has killed 151 people. The towns of Artu and Belka were hit hardest, "
                  "accounting for 64 and 41 deaths, respectively.", "2025-03-04")
    assert figs(analysed_conflicts(a, b)) == []


# --- a magnitude far from the others is another quake ---------------------------


def test_a_magnitude_far_from_the_story_quake_is_another_quake_not_a_discrepancy():
    a = art("m1", "A magnitude 7.4 earthquake struck the northern coast on Sunday, the weather agency said.", "2025-04-07")
    b = art("m2", "An earthquake with an estimated magnitude of 5.3 hit the coast at 9:40 a.m. on Tuesday.", "2025-04-08")
    assert figs(analysed_conflicts(a, b)) == []


def test_two_agencies_magnitudes_of_one_quake_still_conflict_without_the_far_one():
    a = art("m3", "A magnitude 7.4 earthquake struck the northern coast on Sunday, the weather agency said.", "2025-04-07")
    b = art("m4", "The 7.1 magnitude quake on Sunday flattened houses. An earthquake with an estimated "
                  "magnitude of 5.3 hit the coast at 9:40 a.m. on Tuesday.", "2025-04-08")
    cs = figs(analysed_conflicts(a, b))
    assert len(cs) == 1
    assert {m.value for m in cs[0].mentions} == {7.4, 7.1}


# --- where the epicentre lies: one fact of the quake ------------------------------


def test_epicentre_northeast_vs_southwest_of_one_city_is_a_conflict_across_spellings():
    a = art("b1", "The survey said the epicentre was about 60 km (37 miles) northeast of Tarakesh.", "2025-05-10")
    b = art("b2", "The 6.9-magnitude quake that struck late on Friday was centred 60 kilometres "
                  "southwest of Tarakech, the institute said.", "2025-05-10")
    cs = figs(analysed_conflicts(a, b))
    assert len(cs) == 1
    assert {m.article for m in cs[0].mentions} == {"b1", "b2"}


def test_neighbouring_directions_or_a_village_near_the_epicentre_are_not_a_conflict():
    a = art("b3", "The epicentre of the quake was 60 km southwest of Tarakech, the survey said.", "2025-05-10")
    b = art("b4", "The epicenter was 58 km south of Tarakech. In the village of Oumar, 40km north of "
                  "Tarakech, near the quake's epicenter, houses collapsed.", "2025-05-10")
    assert figs(analysed_conflicts(a, b)) == []


def test_a_bearing_conflict_says_which_directions():
    a = art("b5", "The epicentre was 60 km northeast of Tarakesh, the survey said.", "2025-05-10")
    b = art("b6", "The epicenter of the quake was 60 km southwest of Tarakech.", "2025-05-10")
    (c,) = figs(analysed_conflicts(a, b))
    assert "northeast" in c.summary and "southwest" in c.summary


# --- a ranking of places: the top place's count is a part ----------------------


def test_the_place_with_the_most_deaths_is_a_part_not_a_later_lower_toll():
    a = art("k1", "The death toll from the storm rose to 140 on Monday, the provincial government said.", "2025-03-03")
    b = art("k2", "The storm has killed at least 151 people. Artu city has recorded the highest number of "
                  "deaths with 64, followed by Belka with 41.", "2025-03-04")
    assert figs(analysed_conflicts(a, b)) == []


def test_a_ranking_word_elsewhere_leaves_a_real_drop_in_the_toll():
    a = art("k3", "The death toll from the storm rose to 140 on Monday, the provincial government said.", "2025-03-03")
    b = art("k4", "The storm, the most destructive in decades, has killed 90 people, officials said.", "2025-03-04")
    assert len(figs(analysed_conflicts(a, b))) == 1


# --- a date that names the disaster is not the day of the count ------------------


def test_the_day_a_quake_struck_told_in_a_relative_clause_is_not_the_day_of_the_toll():
    a = art("d1", "The earthquake that struck the coast on Monday, March 3 has killed 120 people, "
                  "officials said.", "2025-03-05")
    b = art("d2", "The earthquake has killed 48 people, officials said on Tuesday.", "2025-03-04")
    assert figs(analysed_conflicts(a, b)) == []


def test_a_date_inside_the_disaster_name_is_not_the_day_of_the_toll():
    a = art("d3", "The death toll from the March 3 earthquake rose to 120 on Wednesday, officials said.", "2025-03-05")
    b = art("d4", "The earthquake has killed 48 people, officials said on Tuesday.", "2025-03-04")
    assert figs(analysed_conflicts(a, b)) == []


def test_a_toll_lower_the_next_day_is_still_flagged_when_the_quake_day_is_named():
    a = art("d5", "The earthquake that struck the coast on Monday, March 3 had killed 120 people by Tuesday, "
                  "officials said.", "2025-03-04")
    b = art("d6", "The earthquake has killed 48 people, officials said on Wednesday.", "2025-03-05")
    assert len(figs(analysed_conflicts(a, b))) == 1


# --- a number glued to a measure word is not a count ------------------------------


def test_a_hyphenated_magnitude_before_the_toll_is_not_a_count_of_the_dead():
    a = art("h1", "The earthquake has killed 48 people, officials said on Tuesday.", "2025-03-04")
    b = art("h2", "The death toll from the 7.2-magnitude earthquake rose on Wednesday, officials said.", "2025-03-05")
    assert figs(analysed_conflicts(a, b)) == []


# --- a count fronted by a place the lexicon does not know is that place's ------------


def test_a_count_in_a_fronted_neighbouring_province_is_not_a_later_lower_toll():
    a = art("p1", "The storm has injured 300 people, officials said on Monday.", "2025-03-03")
    b = art("p2", "The storm has injured 340 people. In neighbouring Ostra Province, 12 people were injured, "
                  "the governor said. In Velm Prefecture, 5 people were injured.", "2025-03-04")
    assert figs(analysed_conflicts(a, b)) == []


# --- a count of new deaths is an increment, not the toll --------------------------


def _later(text: str):
    a = art("i0", "The quake has killed 128 people, officials said on Monday.", "2025-03-03")
    return figs(analysed_conflicts(a, art("i1", text, "2025-03-04")))


def test_more_another_and_newly_found_dead_are_increments_not_a_later_lower_toll():
    assert _later("The quake has killed 168 people. Rescuers found 12 more people dead on Tuesday.") == []
    assert _later("The quake has killed 168 people. Another 14 people were found dead on Tuesday.") == []
    assert _later("The quake has killed 168 people. At the landslide, nine other people were newly "
                  "found dead.") == []
    assert _later("The quake has killed 168 people, and a further 20 were confirmed dead overnight.") == []


def test_a_lower_toll_next_to_the_word_another_is_still_a_drop():
    assert len(_later("The quake has killed 90 people, another blow to the region, officials said.")) == 1


def test_more_for_another_role_is_that_count_not_an_increment():
    a = art("i2", "The floods have injured 140 people, officials said on Monday.", "2025-03-03")
    b = art("i3", "Moreover, 17 people are missing, while 95 more are injured.", "2025-03-04")
    assert len(figs(analysed_conflicts(a, b))) == 1


def test_another_for_another_role_is_that_count_not_an_increment():
    a = art("i4", "The floods have injured 140 people, officials said on Monday.", "2025-03-03")
    b = art("i5", "Officials said 30 people were killed and another 95 were injured.", "2025-03-04")
    assert len(figs(analysed_conflicts(a, b))) == 1


# --- one town's count told with the town as subject, a share, or recovered bodies -----------


def test_a_town_as_subject_a_share_or_bodies_recovered_are_not_a_later_lower_toll():
    assert _later("The quake has killed 168 people. The city of Artu has reported 64 deaths.") == []
    assert _later("The quake has killed 168 people. Belka Town has recorded 41 deaths.") == []
    assert _later("The quake has killed 168 people. Artu alone accounted for 64 deaths.") == []
    assert _later("The quake has killed 168 people. Artu recorded 64 deaths, the most of any town.") == []
    assert _later("The quake has killed 168 people. The bodies of 14 people were recovered in the valley.") == []


def test_a_country_or_a_ministry_as_subject_still_gives_the_toll():
    assert len(_later("The health ministry has reported 64 deaths, officials said.")) == 1


def test_a_county_government_speaking_still_gives_the_story_toll():
    assert len(_later("Ostra County on Tuesday said it has confirmed 64 deaths.")) == 1


# --- a day named as time, not as one day's toll ---------------------------------------


def test_a_toll_told_as_the_search_entered_a_third_day_is_still_the_toll():
    assert len(_later("The quake has killed 90 people as the search entered a third day.")) == 1
    assert len(_later("The number of confirmed dead was 90 by 4pm on Tuesday, up from 85 the previous day.")) == 1


def test_one_day_of_the_disaster_is_still_a_part():
    assert _later("On the first day of the floods, 40 people were killed, officials said.") == []


# --- one place's part of the same total --------------------------------------------------


def test_one_towns_part_of_the_same_total_differs_between_reports_even_undated():
    a = art("t1", "The quake has killed 202 people. Of the 202 deaths confirmed as of 2 p.m. Tuesday, 91 were in "
                  "Artu, 81 were in Belka and 30 were in Corra.", "2025-03-04")
    b = art("t2", "The death toll from the quake has surged to 202.\\n\\nBelka and Artu bear the brunt, accounting "
                  "for 81 and 71 deaths, respectively.")
    cs = figs(analysed_conflicts(a, b))
    assert len(cs) == 1 and {m.value for m in cs[0].mentions} == {91, 71}


def test_parts_of_different_totals_are_not_compared():
    a = art("t3", "Of the 72 deaths, 39 were in Artu, 22 in Belka and two each in Corra and Dunn.", "2025-03-04")
    b = art("t4", "The toll rose to 73 on Tuesday. Of these, 39 were in Artu and 23 in Belka.", "2025-03-04")
    assert figs(analysed_conflicts(a, b)) == []


def test_a_breakdown_is_of_the_last_exact_toll_not_a_bound_after_it():
    a = art("t5", "Of the 202 deaths, 91 were in Artu.", "2025-03-04")
    b = art("t6", "The death toll has surged to 202, the first time more than 100 lives were lost since 2016. "
                  "Belka and Artu bear the brunt, accounting for 81 and 71 deaths, respectively.")
    assert len(figs(analysed_conflicts(a, b))) == 1


# --- a count told for one setting or one unnamed area is a part -----------------------------


def test_deaths_in_hospital_at_shelters_or_in_the_hardest_hit_city_are_parts():
    assert _later("The quake has killed 168 people. Twenty people died in hospital after being rescued.") == []
    assert _later("The quake has killed 168 people. Eight deaths were at evacuation centers, officials said.") == []
    assert _later("The quake has killed 168 people. In the hardest-hit city, 64 people died.") == []


def test_a_setting_in_the_sources_clause_leaves_the_toll():
    assert len(_later("The quake has killed 90 people, officials at the evacuation center said.")) == 1


def test_a_named_hospital_struck_is_a_site_not_a_setting():
    a = art("s1", "The blast at the Nordmark hospital killed at least 70 people, the ministry said.", "2025-03-03")
    b = art("s2", "About 30 people were killed in the explosion at the Nordmark hospital, officials said.", "2025-03-04")
    assert len(figs(analysed_conflicts(a, b))) == 1


def test_what_the_toll_includes_is_a_part_of_it():
    assert _later("The quake has killed 168 people. The toll includes 14 people who died of illness in shelters.") == []
    assert _later("The quake has killed 168 people. The toll also includes 14 people who died later.") == []


def test_of_these_after_a_count_of_injured_is_not_a_part_of_the_dead():
    a = art("t7", "The death toll rose to 90. Of these, 40 were in Artu.", "2025-03-04")
    b = art("t8", "The death toll rose to 90, while 300 people were injured. Of these, 20 were in Artu.", "2025-03-04")
    assert figs(analysed_conflicts(a, b)) == []
