"""Wrong and lost facts a hostile tester found in invented releases (P14, eighteenth session; P13's "Left" list): a
Spanish given name cut off a name the model read as a firm's, a rank kept in a person's name, a unit's post put on
the ministry a country's possessive opens, a post left ("left his post as ...") read as held, a successor's post
lost, a designee after a description cut by "to" / "in" lost, vessels listed after a colon lost. Invented texts,
exact relations; each test fails on main ed9ec7c."""
from __future__ import annotations

import pytest

from relation_views import designations_dated, designees, posts_with_current

pytestmark = pytest.mark.slow

META = {"date": "2026-03-20"}
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"


def posts(extract, text: str) -> set[tuple[str, str, str | None, bool]]:
    return posts_with_current(extract(text, META))


def designated(extract, text: str) -> set[tuple[str, str]]:
    return designees(extract(text, META))


def test_a_given_name_before_a_name_read_as_a_firm_is_the_persons(extract):
    # main: "Marta Salcedo de la Rosa" (the model's ORG, retyped a person) lost "Ana": a person named "Marta ..."
    relations = extract("OFAC today designated Ana Marta Salcedo de la Rosa, the treasurer of Grupo Ferrolinea "
                        "Austral S.A.", META)
    assert designees(relations) == {("Ana Marta Salcedo de la Rosa", OFAC)}
    assert posts_with_current(relations) == {("Ana Marta Salcedo de la Rosa", "Grupo Ferrolinea Austral S.A.",
                                              "treasurer", True)}


def test_a_rank_written_whole_is_no_part_of_the_name(extract):
    # main: the designee "Captain Orrin Vaskel" (a rank the titles lexicon lacks, kept as the name's first word)
    assert designated(extract, "OFAC today designated Captain Orrin Vaskel, the master of the vessel GREY HERON.") \
        == {("Orrin Vaskel", OFAC)}
    assert designated(extract, "OFAC today designated Sergeant Orrin Vaskel, a smuggler for the Kestrel Network.") \
        == {("Orrin Vaskel", OFAC)}


def test_a_units_post_stays_with_the_unit_before_a_countrys_ministry(extract):
    # main: "deputy director" at "Ministry of Agriculture" (the model's name "Plant Quarantine Office of Peru's")
    assert posts(extract, "Teodoro Ilave is the deputy director of the Plant Quarantine Office of Peru's Ministry of "
                          "Agriculture.") == {("Teodoro Ilave", "Plant Quarantine Office", "deputy director", True)}
    # the state itself before the possessive keeps its ministry (P13 / M42)
    assert posts(extract, "Teodoro Ilave is an official of the Government of Peru's Ministry of Agriculture.") \
        == {("Teodoro Ilave", "Ministry of Agriculture", "official", True)}


def test_a_post_left_is_former(extract):
    # main: "left his post as representative of Y" was a post held now
    assert posts(extract, "Corvin Ashdale left his post as representative of the Ulmar Export Company in 2023.") \
        == {("Corvin Ashdale", "Ulmar Export Company", "representative", False)}
    assert posts(extract, "Corvin Ashdale gave up his position as director of the Ulmar Export Company in 2022.") \
        == {("Corvin Ashdale", "Ulmar Export Company", "director", False)}
    # leaving a company names no post left; the post taken after it is held
    assert posts(extract, "Corvin Ashdale left the Brenn Holding Company in 2023 and now serves as chairman of the "
                          "Ulmar Export Company.") == {("Corvin Ashdale", "Ulmar Export Company", "chairman", True)}


def test_the_successor_holds_the_post(extract):
    # main: only the predecessor's former post; the successor, the designee, held nothing
    assert posts(extract, "OFAC today designated Dmitar Holenko, who succeeded Arvid Pell as deputy minister at the "
                          "Ministry of Water of Belarus.") \
        == {("Arvid Pell", "Ministry of Water of Belarus", "deputy minister", False),
            ("Dmitar Holenko", "Ministry of Water of Belarus", "deputy minister", True)}
    assert posts(extract, "Dmitar Holenko replaced Arvid Pell as chairman of the Ulmar Export Company in 2024.") \
        == {("Arvid Pell", "Ulmar Export Company", "chairman", False),
            ("Dmitar Holenko", "Ulmar Export Company", "chairman", True)}
    # ousting someone says nothing of who holds the post after
    assert posts(extract, "Dmitar Holenko ousted Arvid Pell as chairman of the Ulmar Export Company.") \
        == {("Arvid Pell", "Ulmar Export Company", "chairman", False)}


def test_the_list_goes_on_after_a_description_cut_by_a_preposition(extract):
    # main: the window ended at "to" / "in" inside the first designee's description, the second designee was lost
    assert designated(extract, "Today, the Department of State designated Pak Chol Ung, North Korea's former "
                               "ambassador to Laos, and Ro Kyong Il, a vice chairman of the Taedong Ore Corporation.") \
        == {("Pak Chol Ung", STATE), ("Ro Kyong Il", STATE)}
    assert designated(extract, "Today, OFAC designated Pak Chol Ung, a director of the Varnel Foundation in Laos, and "
                               "Ro Kyong Il, a vice chairman of the Taedong Ore Corporation.") \
        == {("Pak Chol Ung", OFAC), ("Ro Kyong Il", OFAC)}
    # a name inside the reason stays out
    assert designated(extract, "OFAC designated Taedong Ore Corporation for shipping ore to Orion Marine LLC, Varnel "
                               "Foundation, and Helix Mining Inc.") == {("Taedong Ore Corporation", OFAC)}


def test_vessels_identified_after_a_colon(extract):
    # main: no designation ("the following vessels" before "as blocked property", the names after the colon)
    assert designated(extract, "OFAC today identified the following vessels as blocked property: GREY HERON (IMO "
                               "9456123), NORTH LANTERN (IMO 9567234), and SILVER WAKE (IMO 9678345).") \
        == {("GREY HERON", OFAC), ("NORTH LANTERN", OFAC), ("SILVER WAKE", OFAC)}


def test_an_entry_update_adds_names_not_designees(extract):
    # main: the two aliases an update adds to a listed firm's entry were designated today
    assert designated(extract, "OFAC today updated the existing entry of Marlow Drive Systems LLC on the SDN List to add "
                               "the aliases Marlow Trade FZE and MDS Group, and a new address in Ajman.") == set()


def test_another_spelling_or_an_earlier_name_is_an_alias(extract):
    # main: "(also spelled Y)" and ", formerly named Y," made Y a second designee
    assert designated(extract, "Today, OFAC designated Oksana Petrivna Halchenko (also spelled Oksana Petrovna "
                               "Galchenko), the owner of Marlow Drive Systems LLC.") \
        == {("Oksana Petrivna Halchenko", OFAC)}
    assert designated(extract, "OFAC also designated the vessel COPPER GULL (IMO 9822334), formerly named WHITE "
                               "KESTREL, which is owned by Marlow Drive Systems LLC.") == {("COPPER GULL", OFAC)}


def test_the_same_day_dates_by_the_action_before(extract):
    # main: "was designated on the same day" was today's designation (the release's date, in force)
    relations = extract("Today, OFAC designated Corvane Freight LLC. Marlow Drive Systems LLC was designated on March "
                        "2, 2026. Its general director, Oksana Halchenko, was designated on the same day.",
                        {"date": "2026-04-14"})
    assert designations_dated(relations) == {("Corvane Freight LLC", OFAC): ("2026-04-14", True),
                                             ("Marlow Drive Systems LLC", OFAC): ("March 2, 2026", False),
                                             ("Oksana Halchenko", OFAC): ("March 2, 2026", False)}


def test_a_dual_national_is_a_person(extract):
    # main: the name stayed the model's firm ("a dual Russian-Ukrainian national" gave no person's cue): no post
    assert posts(extract, "Today, OFAC designated Oksana Petrivna Halchenko, a dual Russian-Ukrainian national who "
                          "serves as the chief accountant of Marlow Drive Systems LLC.") \
        == {("Oksana Petrivna Halchenko", "Marlow Drive Systems LLC", "chief accountant", True)}


def test_a_year_inside_a_name_dates_no_action(extract):
    # main: "2020" in the firm's name dated the sentence's action: both firms designated in 2020, not today
    relations = extract("OFAC is also designating Auriferas Caroni 2020, C.A., a Venezuela-based company used to "
                        "launder gold proceeds, and Inversiones Marvalen, C.A., for being owned by Tadeo Urbano "
                        "Quevedo.", META)
    assert designations_dated(relations) == {
        ("Auriferas Caroni 2020, C.A.", OFAC): ("2026-03-20", True)}
