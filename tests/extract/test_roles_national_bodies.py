"""H4 (seventeenth session, issue 13): a state's army, police or parliament named by its country and a lower-case noun.

Invented names. News stories and State notes write "a lawmaker in Moldova's parliament", "a former officer in the
Mozambican army", "the Burmese military's ..."; the model tags the country alone and the post had no body (or the
country's). The body is the phrase as written, without its article (titles_national.py).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "The sanctions also target Dorin Vasilache, a lawmaker in Moldova's parliament who leads the party's faction.",
        {(HR, "Dorin Vasilache", "Moldova's parliament", "lawmaker")},
        id="country-possessive-parliament"),
    pytest.param(
        "Tomas Quelimane, a former officer in the Mozambican army, joined the insurgents in 2019.",
        {(HR, "Tomas Quelimane", "Mozambican army", "officer")},
        id="demonym-army"),
    pytest.param(
        "Rufino Acosta Benegas, a member of Paraguay's senate, was also sanctioned.",
        {(HR, "Rufino Acosta Benegas", "Paraguay's senate", "member")},
        id="country-possessive-senate"),
    pytest.param(
        "Julio Ferreyra Mendoza, a spokesman for Peru's national police, said the mine had been closed.",
        {(HR, "Julio Ferreyra Mendoza", "Peru's national police", "spokesman")},
        id="two-word-noun"),
    pytest.param(
        "The sanctions also target Tesfay Okbagaber, the head of the Eritrean army's training command.",
        {(HR, "Tesfay Okbagaber", "Eritrean army", "head")},
        id="possessed-part-of-the-army"),
    pytest.param(
        "Kyaw Lwin Thet, the Burmese military's top commander, denied the reports.",
        {(HR, "Kyaw Lwin Thet", "Burmese military", "top commander")},
        id="possessor-of-the-post"),
    pytest.param(
        "The Mozambican police's spokesman, Orlando Machava, denied the reports.",
        {(HR, "Orlando Machava", "Mozambican police", "spokesman")},
        id="possessor-before-the-post"),
])
def test_country_and_body_noun_name_the_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Ivan Sorokov, the commander of the Russian military's 6th Army, was designated.",
        {(HR, "Ivan Sorokov", "6th Army", "commander")},
        id="named-unit-of-the-force-stays-the-body"),
    pytest.param(
        "The minister told Moldova's parliament that the sanctions were unjust.",
        set(),
        id="no-post-no-body"),
])
def test_named_units_and_bare_mentions_unchanged(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Bolivia's Attorney General, Graciela Antezana Rocha, has opened investigations into the contracts.",
        {(HR, "Graciela Antezana Rocha", "Government of Bolivia", "Attorney General")},
        id="country-possessive-attorney-general"),
    pytest.param(
        "Honduran Attorney General Rosendo Ulloa Maradiaga obstructed the investigations.",
        {(HR, "Rosendo Ulloa Maradiaga", "Government of Honduras", "Attorney General")},
        id="demonym-attorney-general"),
    pytest.param(
        "Kazakhstan's former prosecutor general, Yerlan Dauletov, denied the charges.",
        {(HR, "Yerlan Dauletov", "Government of Kazakhstan", "prosecutor general")},
        id="former-prosecutor-general"),
    pytest.param(
        "U.S. Attorney General Pamela Ridgeway said the department would prosecute.",
        set(),
        id="us-attorney-general-is-no-government-of-the-us"),
])
def test_a_foreign_prosecution_head_holds_a_post_in_that_government(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
