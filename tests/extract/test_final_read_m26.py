"""Final-read mends, fifteenth session (issue 13, M26; F1 items 1-5 and 5b). Texts and names invented for these tests.

- "Rep. X has urged Treasury to designate Y": a lawmaker who is the subject of the sentence keeps the U.S. chamber;
  only a lawmaker the sanctions verb acts on loses it (M18 dropped it for any sanctions verb in the sentence).
- "designated X, before he fled ... in March 2025, and Y": a "before" clause with its own subject is another time;
  "sanctioned Z before its owners sold it in 2018" is an earlier action with no date of its own.
- "(...; DOB circa 1970)": a hedged date of birth is an identifier field, no designee "DOB".
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import DB, HR, OFAC, posts

pytestmark = pytest.mark.slow

HEAD = "# Treasury Sanctions Network\n\nMarch 10, 2026\n\nWASHINGTON — Today, the U.S. Department of the Treasury's " \
       "Office of Foreign Assets Control (OFAC) designated "


def _actions(relations: list[dict]) -> set[tuple]:
    return {(r["subject"]["name"], r["object"]["name"], r["date"], r["current"]) for r in relations if r["relation"] == DB}


def test_a_lawmaker_urging_a_designation_keeps_the_us_chamber(extract):
    text = HEAD + "Brisk Harbor Bank. Rep. Nola Ferrin has urged Treasury to designate Oster Grain FZE as well."
    assert posts(extract_markdown(extract, text, "2026-03-10")) == {("Nola Ferrin", "U.S. House of Representatives", "Representative")}


def test_a_senator_pressing_for_sanctions_keeps_the_us_chamber(extract):
    text = HEAD + "Oster Grain FZE. Sen. Nola Ferrin has long pressed Treasury to sanction Kandari officials."
    assert posts(extract_markdown(extract, text, "2026-03-10")) == {("Nola Ferrin", "U.S. Senate", "Senator")}


def test_a_lawmaker_the_sanctions_verb_acts_on_gets_no_us_chamber(extract):
    text = HEAD + "Oster Grain FZE. Sen. Nola Ferrin, a senator of Kandar, was also designated."
    assert posts(extract_markdown(extract, text, "2026-03-10")) == {("Nola Ferrin", "Kandar", "senator")}


def test_a_before_clause_of_its_own_neither_dates_nor_ends_todays_action(extract):
    text = HEAD + "Davor Kellis, before he fled to Ostria in March 2025, and Mira Santel."
    assert ("Davor Kellis", OFAC, "2026-03-10", True) in _actions(extract_markdown(extract, text, "2026-03-10"))
    text = HEAD + "Davor Kellis and Mira Santel, before Kellis fled to Ostria in March 2025."
    assert _actions(extract_markdown(extract, text, "2026-03-10")) == {("Davor Kellis", OFAC, "2026-03-10", True),
                                             ("Mira Santel", OFAC, "2026-03-10", True)}


def test_an_action_before_a_dated_clause_takes_no_date_of_it(extract):
    text = HEAD + "Oster Grain FZE. The European Union sanctioned Brisk Harbor Bank before its owners sold it in 2018."
    assert _actions(extract_markdown(extract, text, "2026-03-10")) == {("Oster Grain FZE", OFAC, "2026-03-10", True),
                                             ("Brisk Harbor Bank", "European Union", None, False)}


def test_a_hedged_date_of_birth_is_no_designee(extract):
    text = HEAD + "Davor Kellis (a.k.a. Davor Kellov; DOB circa 1970)."
    assert {(s, o) for s, o, _, _ in _actions(extract_markdown(extract, text, "2026-03-10"))} == {("Davor Kellis", OFAC)}
    text = HEAD + "Davor Kellis (nationality Ostria; DOB circa 1970; POB Varn City)."
    assert {(s, o) for s, o, _, _ in _actions(extract_markdown(extract, text, "2026-03-10"))} == {("Davor Kellis", OFAC)}


def test_a_former_post_at_an_owned_unit_gives_no_post_at_the_owner(extract):
    for owner in ("Ostrian Ministry of Defense", "Ostrian Armed Forces"):
        text = HEAD + f"Davor Kellis, a former commander of the {owner}'s Coastal Operations Group."
        relations = extract_markdown(extract, text, "2026-03-10")
        assert {(s, o, r, c) for s, o, r, c in ((x["subject"]["name"], x["object"]["name"], x["role"], x["current"])
                                                for x in relations if x["relation"] == HR)} == {
            ("Davor Kellis", "Coastal Operations Group", "commander", False)}, owner


def test_its_after_an_owned_unit_points_to_the_unit(extract):
    text = HEAD + "the Ostrian Ministry of Defense's Coastal Operations Group and its commander, Davor Kellis."
    assert posts(extract_markdown(extract, text, "2026-03-10")) == {
        ("Davor Kellis", "Coastal Operations Group", "commander")}
