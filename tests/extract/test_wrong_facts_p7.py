"""Wrong facts a hostile tester found, fourteenth session (issue 13, P7). Texts and names invented for these tests.

- "<Country>, last week, imposed sanctions on X": a relative date after the subject is no dateline, so the country
  stays the subject (X went to the one sanctioning body the story named, in a sentence saying it did not act).
- "The United States designated X in 2020" in a text naming no U.S. sanctioning body: the U.S. Government's act, not
  the foreign government the text also names.
- "Treasury Sanctions Commander X" (a headline): the verb is no word of the post, and Treasury not its body.
- "OFAC designated A, who served as the director of Y, and B, who lives in Z": A's post is not B's (the scorer).
- "A, who is the director of Y, and his deputy, B": "deputy" is B's post, not A's.
- "X, his wife," in apposition: X is a person (the model tagged the name an organization).
- "X has not stepped down as chairman of Y" is a current post; "X is no longer the chairman of Y" a former one.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
HR = "holds_role"
OFAC = "Office of Foreign Assets Control"


def posts(relations: list[dict]) -> set[tuple[str, str, str]]:
    """(person, body, role) of each post."""
    return {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in relations if r["relation"] == HR}


RELATIVE_DATE_SUBJECT = """# Partners act on drone makers

Norway, last week, imposed sanctions on Tessaly Avionics Ltd, a maker of drone engines. The United States and the United Kingdom did not follow.
"""

CALENDAR_DATELINE = """# Britain acts on drone makers

LONDON, Sept. 4 - The U.S. Treasury sanctioned Tessaly Avionics Ltd, a maker of drone engines.
"""


def test_a_relative_date_after_a_country_subject_is_no_dateline(extract, designated):
    assert designated(extract_markdown(extract, RELATIVE_DATE_SUBJECT)) == set()


def test_a_calendar_dateline_is_still_passed_over(extract, designated):
    assert designated(extract_markdown(extract, CALENDAR_DATELINE)) == {("Tessaly Avionics Ltd", "U.S. Department of the Treasury")}


HOME_SUBJECT = """# Statement on partner sanctions

The United States welcomes the decision by Japan to sanction Orren Vask, a director of Kelmar Shipping Co. Japan also sanctioned Kelmar Shipping Co. The United States designated Kelmar Shipping Co. in 2020.
"""


def test_the_united_states_acting_is_no_foreign_body(extract):
    relations = extract_markdown(extract, HOME_SUBJECT)
    found = {(r["subject"]["name"], r["object"]["name"], r["date"]) for r in relations if r["relation"] == DB}
    assert ("Kelmar Shipping Co.", "United States Government", "2020") in found
    assert ("Kelmar Shipping Co.", "Japan", "2020") not in found
    assert ("Orren Vask", "Japan", None) in found


STATE_NOTE = """Press Statement
Dana Verhoef, Department Spokesperson
May 4, 2026

The United States is designating Marek Holsten, a former governor of the Tarvo region, pursuant to Section 7031(c).
"""


def test_the_united_states_in_a_state_note_is_the_state_department(extract):
    found = {r["object"]["name"] for r in extract(STATE_NOTE) if r["relation"] == DB}
    assert found == {"U.S. Department of State"}


@pytest.mark.parametrize("headline", [
    "Treasury Sanctions Commander Dariel Voss",
    "OFAC Designates Militia Leader Dariel Voss",
    "U.S. Targets Commander Dariel Voss",
])
def test_a_headline_verb_is_no_word_of_the_post(extract, headline):
    text = f"# {headline}\n\nToday, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Dariel Voss, a commander of the Halvik Brigade.\n"
    relations = extract_markdown(extract, text)
    assert posts(relations) == {("Dariel Voss", "Halvik Brigade", "commander")}


def test_counted_officials_after_a_headline_are_no_posts_of_the_treasury(extract, designated):
    text = "# Treasury Sanctions Officials\n\nToday, OFAC designated four officials: Ilan Dross, Maren Tull, Oskar Fenn, and Petra Lund.\n"
    relations = extract_markdown(extract, text)
    assert posts(relations) == set()
    assert designated(relations) == {(n, OFAC) for n in ("Ilan Dross", "Maren Tull", "Oskar Fenn", "Petra Lund")}


def test_a_post_in_another_persons_relative_clause_is_not_the_next_persons(extract):
    text = ("# Treasury Designates Procurement Agents\n\nToday, OFAC designated Hamid Varani, who served as the commercial "
            "director of Corvane Aero Industries until 2023, and Leila Varani, who lives in Tabriz.\n")
    relations = extract_markdown(extract, text)
    assert posts(relations) == {("Hamid Varani", "Corvane Aero Industries", "commercial director")}


def test_a_shared_description_after_both_names_stays_shared(extract):
    text = ("# Treasury Designates Procurement Agents\n\nToday, OFAC designated Hamid Varani and Leila Varani, who are "
            "directors of Corvane Aero Industries.\n")
    relations = extract_markdown(extract, text)
    assert posts(relations) == {("Hamid Varani", "Corvane Aero Industries", "director"),
                                ("Leila Varani", "Corvane Aero Industries", "director")}


@pytest.mark.parametrize("link", ["who is", "who serves as"])
def test_his_deputy_named_after_is_the_deputys_post(extract, link):
    text = (f"# Treasury Designates Procurement Agents\n\nToday, OFAC designated Hamid Varani, {link} the director of "
            "Corvane Aero Industries, and his deputy, Leila Varani.\n")
    relations = extract_markdown(extract, text)
    assert posts(relations) == {("Hamid Varani", "Corvane Aero Industries", "director"),
                                ("Leila Varani", "Corvane Aero Industries", "deputy")}


def test_a_name_apposed_to_his_wife_is_a_person(extract):
    text = ("# State Department Designates Officials\n\nThe Department of State is today designating Colonel Ramon Talvez, "
            "commander of the 5th Infantry Brigade. The State Department also designated Lucia Estrada, his wife, under "
            "Section 7031(c).\n")
    relations = extract_markdown(extract, text)
    kinds = {r["subject"]["name"]: r["subject"]["type"] for r in relations if r["relation"] == DB}
    assert kinds.get("Lucia Estrada") == "Person"


def test_a_post_word_shared_with_an_earlier_description_keeps_the_persons_own_post(extract):
    text = ("# Treasury Sanctions Mayors\n\nAlso sanctioned today are Tomas Arvelo Quint, the mayor of Ravena; Marta "
            "Lucia Fenn Oros, who serves as mayor of Tellan; and Hugo Brand Salem, secretary of the municipal council of Osla.\n")
    relations = extract_markdown(extract, text)
    assert ("Marta Lucia Fenn Oros", "Tellan", "mayor") in posts(relations)


def _current(relations: list[dict]) -> dict[tuple[str, str], bool]:
    return {(r["subject"]["name"], r["object"]["name"]): r["current"] for r in relations if r["relation"] == HR}


def test_a_post_not_stepped_down_from_is_current(extract):
    relations = extract("Dmitri Kessel has not stepped down as chairman of Tovrin Shipping LLC.")
    assert _current(relations) == {("Dmitri Kessel", "Tovrin Shipping LLC"): True}


@pytest.mark.parametrize("text", [
    "Arkady Brennan is no longer the chairman of Tovrin Shipping LLC.",
    "Arkady Brennan no longer serves as the chairman of Tovrin Shipping LLC.",
])
def test_a_post_no_longer_held_is_former(extract, text):
    assert _current(extract(text)) == {("Arkady Brennan", "Tovrin Shipping LLC"): False}


def test_the_firms_owner_is_the_named_firms_owner(extract):
    relations = extract("Tovrin Shipping LLC was designated today. Arkady Brennan, the firm's owner, oversees its "
                        "accounts at Halmer Commercial Bank.")
    assert posts(relations) == {("Arkady Brennan", "Tovrin Shipping LLC", "owner")}
