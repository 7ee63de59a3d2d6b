"""roles.v1: posts of officials and commentators quoted in news stories and State notes (invented texts, issue 13,
R29): "<Country>'s government spokesman, X" is a post in that government; "an analyst at <Place> consultancy Y" is
a post at Y, not at the place."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
LEAD = ("WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
        "Tomas Brandt for smuggling gold out of Kenya.")


@pytest.mark.parametrize("text, expected", [
    pytest.param(LEAD + " Kenya's government spokesman, Aldo Venn, said the measures were unfair.",
                 {(HR, "Aldo Venn", "Government of Kenya", "government spokesman")}, id="possessor-country"),
    pytest.param(LEAD + " Kenyan government spokeswoman Rosa Marl said Nairobi had not been told in advance.",
                 {(HR, "Rosa Marl", "Government of Kenya", "government spokeswoman")}, id="demonym"),
])
def test_a_government_spokesperson_of_a_named_country(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(LEAD + ' "It is hard to trace," said Aldo Venn, an energy analyst at Nairobi consultancy Talvo Risk.',
                 {(HR, "Aldo Venn", "Talvo Risk", "energy analyst")}, id="consultancy"),
    pytest.param(LEAD + " Among those watched was Rosa Marl, a reporter for the Mombasa news site Kilele.",
                 {(HR, "Rosa Marl", "Kilele", "reporter")}, id="news-site"),
])
def test_a_place_before_a_kind_noun_only_locates_the_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


def test_a_persons_noun_after_the_place_names_no_body(extract, facts):
    """"an adviser to Kenyan businessman X": the businessman is a person, not the adviser's body."""
    facts(extract(LEAD + " Rosa Marl, an adviser to Kenyan businessman Aldo Venn, declined to comment."), set(), kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(LEAD + " Until 2019 Aldo Venn was the deputy governor of Kisumu region, a post he left for business.",
                 {(HR, "Aldo Venn", "Kisumu region", "deputy governor")}, id="governor-of-a-region"),
    pytest.param(LEAD + " Rosa Marl, head of the Malaba customs post, let the trucks through unchecked for a fee.",
                 {(HR, "Rosa Marl", "Malaba customs post", "head")}, id="a-posts-head"),
])
def test_a_place_and_its_local_body_noun(extract, facts, text, expected):
    """"deputy governor of <X> region", "head of the <X> customs post": the place with its noun is the body."""
    facts(extract(text), expected, kinds=(HR,))


def test_a_nationality_before_the_territory_noun_names_no_body(extract, facts):
    """"a former mayor of the <demonym> municipality of X": the municipality is named after "of", not the nationality."""
    relations = extract(LEAD + " Rosa Marl, a former mayor of the Kenyan municipality of Talvo, let the gang use municipal land.")
    assert not any(r["object"]["name"].startswith("Kenyan") for r in relations if r["relation"] == HR)


def test_a_groups_governor_for_a_region_is_the_groups_post(extract):
    """"the gang's governor for the Nakuru region": the region is the area of the possessor's post, not its body."""
    relations = extract(LEAD + " Aldo Venn, a leader of the Kalo Front, previously served as the Kalo Front's governor for "
                        "the Nakuru region.")
    assert not any(r["object"]["name"].startswith("Nakuru") for r in relations if r["relation"] == HR)
