"""roles.v1: posts in news stories and State notes, fourteenth session (invented texts, issue 13, R31): a lower-case
"<field> ministry" is the body of a post at it; the government named before ", under President X" / ", led by Prime
Minister X" is X's; a body's short name before "'s" that the model read as a person is that body."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
WIRE = ("NAIROBI (Coast Wire) - The United States on Tuesday sanctioned Tomas Brandt, a trader it said smuggled gold "
        "out of Kenya through Uganda and Tanzania.")


@pytest.mark.parametrize("text, expected", [
    pytest.param(WIRE + " A spokesman for Kenya's interior ministry, Aldo Venn, said the sanctions were unfair.",
                 {(HR, "Aldo Venn", "Kenya's Ministry of Interior", "spokesman")}, id="for-a-countrys-ministry"),
    pytest.param(WIRE + " Kenya's foreign ministry spokesperson, Rosa Marl, said Nairobi had not been told in advance.",
                 {(HR, "Rosa Marl", "Kenya's Ministry of Foreign Affairs", "spokesperson")}, id="possessor-before-the-field"),
    pytest.param(WIRE + " Kenyan foreign ministry spokesperson Rosa Marl said Nairobi had not been told in advance.",
                 {(HR, "Rosa Marl", "Kenya's Ministry of Foreign Affairs", "foreign ministry spokesperson")}, id="demonym"),
])
def test_a_lower_case_ministry_named_by_its_field(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


def test_a_capitalised_ministry_is_left_to_the_model(extract):
    """"the Foreign Ministry" is a name: the field rule reads lower-case words only (no "Ministry of Foreign Affairs"
    made from it)."""
    relations = extract(WIRE + " A spokesman for Kenya's Foreign Ministry, Aldo Venn, said the sanctions were unfair.")
    assert not any(r["object"]["name"].endswith("Ministry of Foreign Affairs") for r in relations if r["relation"] == HR)


@pytest.mark.parametrize("text, expected", [
    pytest.param(WIRE + " The Ugandan government, under President Aldo Venn, has denied that the gold crossed its "
                 "territory.", {(HR, "Aldo Venn", "Government of Uganda", "President")}, id="demonym-government-under"),
    pytest.param(WIRE + " Tanzania's federal government, led by Prime Minister Rosa Marl, did not comment.",
                 {(HR, "Rosa Marl", "Government of Tanzania", "Prime Minister")}, id="possessor-government-led-by"),
    pytest.param(WIRE + " We urge the Government of Uganda, under President Aldo Venn, to open an inquiry.",
                 {(HR, "Aldo Venn", "Government of Uganda", "President")}, id="named-government-under"),
])
def test_the_government_a_head_is_named_under(extract, facts, text, expected):
    """A release naming several countries: the government phrase before ", under" / ", led by" says whose head X is."""
    facts(extract(text), expected, kinds=(HR,))


def test_a_short_name_read_as_a_person_is_the_body(extract, facts):
    """"Velkor's chief executive, X" after "Velkor Dis Ticaret A.S.": the short name opens the body's name."""
    text = ("WASHINGTON (Coast Wire) - The Treasury on Tuesday blacklisted two trading houses it said acted as fronts: "
            "Marvel Gulf Components FZE and Velkor Dis Ticaret A.S. Velkor's chief executive, Orhan Velkor, was also sanctioned.")
    facts(extract(text), {(HR, "Orhan Velkor", "Velkor Dis Ticaret A.S.", "chief executive")}, kinds=(HR,))


def test_a_possessor_named_before_as_a_person_stays_a_person(extract, facts):
    """"Velkor's adviser" after the person Ilse Velkor was named: a tie between people, not a post at Velkor's firm."""
    text = ("WASHINGTON (Coast Wire) - The Treasury on Tuesday blacklisted Ilse Velkor and Velkor Dis Ticaret A.S. "
            "Velkor's adviser, Orhan Brandt, was not named.")
    facts(extract(text), set(), kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(WIRE + " Brandt also funded the opposition party Umoja wa Pwani, which denies any link. The party's "
                 "chairman, Aldo Venn, said the money was a loan.", {(HR, "Aldo Venn", "Umoja wa Pwani", "chairman")},
                 id="noun-before-the-name"),
    pytest.param(WIRE + " Brandt also funded Umoja wa Pwani, a Kenyan party that denies any link. The party's "
                 "chairman, Aldo Venn, said the money was a loan.", {(HR, "Aldo Venn", "Umoja wa Pwani", "chairman")},
                 id="appositive-after-the-name"),
])
def test_the_noun_a_body_was_described_with_refers_back_to_it(extract, facts, text, expected):
    """"the party's chairman" after "the opposition party Y" / "Y, a Kenyan party": the party is Y."""
    facts(extract(text), expected, kinds=(HR,))


def test_a_noun_describing_no_earlier_body_gives_no_post(extract, facts):
    """"the party's chairman" where no body was described as a party: no body, no post."""
    facts(extract(WIRE + " Brandt also funded Umoja wa Pwani, which denies any link. The party's chairman, Aldo Venn, "
                  "said the money was a loan."), set(), kinds=(HR,))


def test_a_short_name_two_bodies_hold_gives_no_body(extract, facts):
    """"Velkor's chairman" after "Tarsk Velkor Trading Co., Ltd." and its subsidiary "Velkor Orbital Data Limited":
    which of the two is meant is unsaid, so the short name opens no body (the subsidiary would be a wrong fact)."""
    text = ("WASHINGTON (Coast Wire) - The State Department designated Tarsk Velkor Trading Co., Ltd. and its Hong Kong "
            "subsidiary, Velkor Orbital Data Limited. It also named Velkor's chairman, Guo Minghai, in the action.")
    facts(extract(text), set(), kinds=(HR,))
