"""RB (thirty-first session): review of BM's national-body phrases (titles_national.py).

Invented names. A state's body the release names in full elsewhere ("the Tanzania Police Force") is where a post "in
Tanzania's police" is held: the lookup needs the country's words, which d45240d had replaced by the possessive's "'s".
An appositive after the phrase that owns another post ("Moldova's parliament, the Vantor Party's deputy leader") is no
name of the phrase's body, so the post in the parliament stays.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "The Tanzania Police Force arrested the smugglers. Juma Kilosa, a senior officer in Tanzania's police, took "
        "payments from the network.",
        {(HR, "Juma Kilosa", "Tanzania Police Force", "senior officer")},
        id="possessive-country-body-named-in-full"),
    pytest.param(
        "The Moldovan Parliament met on Tuesday. Dorin Vasilache, a lawmaker in Moldova's parliament, leads the "
        "faction.",
        {(HR, "Dorin Vasilache", "Moldovan Parliament", "lawmaker")},
        id="demonym-name-in-full-for-a-possessive-country"),
])
def test_the_body_named_in_full_takes_the_post(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Dorin Vasilache, a lawmaker in Moldova's parliament, the Vantor Party's deputy leader, was designated today.",
        {(HR, "Dorin Vasilache", "Moldova's parliament", "lawmaker"),
         (HR, "Dorin Vasilache", "Vantor Party", "deputy leader")},
        id="appositive-owning-another-post"),
    pytest.param(
        "Sekou Marah Fodray, deputy director general of Guinea's customs service, the Agence Nationale des Douanes, "
        "cleared the containers.",
        {(HR, "Sekou Marah Fodray", "Agence Nationale des Douanes", "deputy director general")},
        id="appositive-name-of-the-body-still-taken"),
])
def test_an_appositive_possessor_is_no_name_of_the_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
