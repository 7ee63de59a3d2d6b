"""roles.v1: "President X" (one-word name) in a U.S. release is the U.S. President only when the sentence says so
(invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
US = "Government of the United States"
LEAD = "WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) acted. "


def test_the_president_who_signs_an_executive_order(extract, facts):
    relations = extract(LEAD + "President Carter signed an Executive Order ending the national emergency with respect to Ruritania.")
    facts(relations, {(HR, "Carter", US, "President")}, kinds=(HR,))


def test_the_president_acting_with_the_g7(extract, facts):
    relations = extract(LEAD + "The action carries out commitments made by President Carter and his G7 counterparts to curb "
                        "Russia's revenues.")
    facts(relations, {(HR, "Carter", US, "President")}, kinds=(HR,))


def test_a_possessive_in_a_sentence_naming_only_the_us(extract, facts):
    relations = extract(LEAD + "OFAC, with its U.S. government partners and in support of President Carter's National Drug "
                        "Control Strategy, will keep targeting traffickers.")
    facts(relations, {(HR, "Carter", US, "President")}, kinds=(HR,))


@pytest.mark.parametrize("sentence, expected", [
    ("The United States welcomes the reforms pursued by President Ndaruzaniye, while pressing his government on human rights.",
     set()),
    ("The United States welcomes President Ndaruzaniye's reforms, while pressing the Government of Burundi on human rights.",
     {(HR, "Ndaruzaniye", "Government of Burundi", "President")}),
])
def test_a_foreign_presidents_sentence_gives_no_us_body(extract, facts, sentence, expected):
    """No cue of the U.S. President alone (another country named, or no signing, G7 or possessive): never the U.S.
    Government; the release's one other country, when it names one, is his (extract/roles_country.py)."""
    relations = extract(LEAD + sentence)
    facts(relations, expected, kinds=(HR,))


def test_a_bare_name_without_a_title_stays_no_entity(extract):
    """Only the head-of-state title makes a one-word name an entity; "Carter said" alone names nobody."""
    relations = extract(LEAD + "Carter signed an Executive Order ending the national emergency with respect to Ruritania.")
    assert not [r for r in relations if r["subject"]["name"] == "Carter" or r["object"]["name"] == "Carter"]
