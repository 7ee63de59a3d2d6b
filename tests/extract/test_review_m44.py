"""Mends of reviewers' findings left from the seventeenth session (issue 13, M44). Texts and names invented.

- V9 item 7: a title of a group that governs its own "to/of/at <name>" the complement scan did not read ("a deputy in
  Armenia's parliament and an adviser to Y") keeps that body or none, never the body of the group's other title.
- V9 item 13: a person's name with a lower-case "ibn" / "bint" inside ("Tariq ibn Salem Dorani"), which the model
  tags as two names, is one name: the name after the link alone is the father's, who is not designated.
- F4 item 3: "<Country>'s Attorney General, X" with the country tagged an organization gave a post at a body named
  "<Country>": the possessor's words are a country, so the post is at that country's government.
- V9 item 3: a story whose lead is the country's action ("The United States on Tuesday imposed sanctions on ...") and
  names a U.S. body only in a background clause ("which the Treasury Department blacklisted in 2020") gives its
  agentless passives to the United States Government, not to that body; a body that acts today still takes them.
- F4 item 9: "removed A and B from the SDN List, but not C" delisted C, and "designated A and B, but not C"
  designated C: a name after "but not" / ", not" is excepted from the action.
- F4 item 8: one test of "this describing clause states today's action" (`todays_clause.states_todays_action`) for
  the story rule (a clause of today acts for the passive after it: "which the Department of the Treasury designated
  this morning") and the removal rule (a removal of today excepts its antecedent: "a firm that OFAC concurrently
  removed from the SDN List"); each had a word set the other lacked.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, STATE, TREASURY, designees, posts

pytestmark = pytest.mark.slow

DAY = "2026-03-10"
HEAD = "# Treasury Sanctions Corrupt Officials\n\nMarch 10, 2026\n\nWASHINGTON - "


def test_a_second_title_with_its_own_body_does_not_take_the_first_titles_body(extract) -> None:
    text = ("Today, OFAC designated Ivar Tolmen Sask, a deputy in Armenia's parliament and an adviser to "
            "Brask Holding LLC.")
    found = posts(extract(HEAD + text, {"date": DAY}))
    assert found == {("Ivar Tolmen Sask", "Armenia's parliament", "deputy"),
                     ("Ivar Tolmen Sask", "Brask Holding LLC", "adviser")}


def test_titles_sharing_one_body_still_share_it(extract) -> None:
    text = "Today, OFAC designated Ivar Tolmen Sask, the president and treasurer of Brask Holding LLC."
    found = posts(extract(HEAD + text, {"date": DAY}))
    assert found == {("Ivar Tolmen Sask", "Brask Holding LLC", "president"),
                     ("Ivar Tolmen Sask", "Brask Holding LLC", "treasurer")}


@pytest.mark.parametrize("name", ["Tariq ibn Salem Dorani", "Halima bint Rashed Moussi"])
def test_a_name_with_a_lower_case_parent_link_is_one_name(extract, name: str) -> None:
    found = designees(extract(HEAD + f"Today, OFAC designated {name}, a financier of the network.", {"date": DAY}))
    assert found == {(name, OFAC)}


@pytest.mark.parametrize("text, role", [
    ("Today, OFAC designated Moldova's Attorney General, Dorin Vasko Pellar.", "Attorney General"),
    ("Today, OFAC designated Moldova's President, Dorin Vasko Pellar.", "President"),
])
def test_a_post_of_a_country_tagged_as_an_organization_is_at_its_government(extract, text: str, role: str) -> None:
    assert posts(extract(HEAD + text, {"date": DAY})) == {("Dorin Vasko Pellar", "Government of Moldova", role)}


STORY = "# U.S. targets ship suppliers\n\nWASHINGTON, March 10, 2026 — "
US = "United States Government"


@pytest.mark.parametrize("lead", ["The United States", "Washington"])
def test_a_body_named_only_in_the_background_does_not_act_for_the_country(extract, lead: str) -> None:
    text = (f"{lead} on Tuesday imposed sanctions on a ring selling ship parts to the Korvan navy.\n\n"
            "The Korvan navy's supply bureau, which the Treasury Department blacklisted in 2020, buys the parts. "
            "The ring's leader, Emil Tarso Venk, was also sanctioned.")
    assert designees(extract(STORY + text, {"date": DAY})) == {("Emil Tarso Venk", US)}


def test_a_body_acting_today_still_takes_the_storys_passives(extract) -> None:
    text = ("The United States on Tuesday imposed sanctions on a ring selling ship parts to the Korvan navy.\n\n"
            "The ring's head, Piet Arvo Lindqvar, was sanctioned, and the Treasury Department also designated his "
            "company, Arvo Shipping LLC.")
    found = designees(extract(STORY + text, {"date": DAY}))
    assert found == {("Piet Arvo Lindqvar", TREASURY), ("Arvo Shipping LLC", TREASURY)}


def test_a_name_after_but_not_is_not_removed(extract) -> None:
    text = ("Today, OFAC removed Brenmoor Shipping LLC and Calder Fuel Trading LLC from the SDN List, but not "
            "Daskin Marine Ltd.")
    found = {(r["subject"]["name"], r["object"]["name"]) for r in extract(HEAD + text, {"date": DAY})
             if r["relation"] == "delisted_by"}
    assert found == {("Brenmoor Shipping LLC", OFAC), ("Calder Fuel Trading LLC", OFAC)}


def test_a_name_after_but_not_is_not_designated(extract) -> None:
    text = "Today, OFAC designated Norrin Steel LLC and Oster Coke Company, but not Pell Iron Works Ltd."
    assert designees(extract(HEAD + text, {"date": DAY})) == {("Norrin Steel LLC", OFAC), ("Oster Coke Company", OFAC)}


def test_a_relative_clause_of_this_morning_acts_for_the_passive_after_it(extract) -> None:
    text = ("Today, the Department of State is designating Rolan Veck Hastor under Section 7031(c). The smuggling "
            "ring's front company, which the Department of the Treasury designated this morning, is run by Sela Dorin "
            "Amaro. Amaro was also designated today.")
    found = designees(extract(HEAD + text, {"date": DAY}))
    assert found == {("Rolan Veck Hastor", STATE), ("Sela Dorin Amaro", TREASURY)}


def test_a_name_a_clause_removes_concurrently_is_not_designated(extract) -> None:
    text = ("Today, OFAC designated Quill Harbor Trading LLC, and Rastov Grain Company, a firm that OFAC concurrently "
            "removed from the SDN List, is no longer blocked.")
    assert designees(extract(HEAD + text, {"date": DAY})) == {("Quill Harbor Trading LLC", OFAC)}


def test_a_unit_named_with_its_keeps_the_groups_body(extract) -> None:
    text = ("Today, OFAC designated Reinaldo Osmar Tellez, a former magistrate of the Supreme Court of Justice of "
            "Honduras and a former president of its Criminal Chamber.")
    found = posts(extract(HEAD + text, {"date": DAY}))
    assert found == {("Reinaldo Osmar Tellez", "Supreme Court of Justice", "magistrate"),
                     ("Reinaldo Osmar Tellez", "Supreme Court of Justice", "president")}


def test_a_government_the_gazetteer_knows_keeps_its_own_body(extract) -> None:
    text = '"This package shows resolve," said the UK\'s Minister for the Middle East, Catherine Ashwell-Rooney.'
    found = posts(extract(HEAD + text, {"date": DAY}))
    assert found == {("Catherine Ashwell-Rooney", "United Kingdom", "Minister for the Middle East")}
