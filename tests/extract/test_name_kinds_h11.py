"""Where unread posts were lost at the mentions (issue 13, twenty-first session, H11; `benchmarks/roles_recall_diag.py
--unread readable`): a person typed a body because a heading wrote the name in capitals, a hyphened name failing the
person shape, and a byline "**A B, <title>**" read as one body.
Invented releases (markdown read as a build reads them); exact relations or the clusters' kinds."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown, parse_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

CAPITAL_HEADINGS = ('Treasury Sanctions Officials Who Diverted Oil Revenue\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two officials of the national oil company.\n"
    '\n'
    '**GORAN TESLIN VUKAR**\n'
    '\n'
    '**Goran Teslin Vukar** (Teslin) served as deputy director general of the Société Minière du Lac from 2015 to 2021. In that post, Teslin awarded inflated contracts to firms he owned.\n'
    '\n'
    '**MARIUS OBEKA LANDRY**\n'
    '\n'
    '**Marius Obeka Landry** (Obeka) is an adviser at the Ministry of Mines. He used his position to approve the contracts.\n')

HYPHENED_LIST = ('Treasury Sanctions Board of Corrupt Power Utility\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated the state power utility **Javno Preduzeće Vodovod Lim a.d.** (Vodovod Lim) and three members of its board, who approved inflated contracts with companies owned by their relatives.\n"
    '\n'
    "The following individuals sat on Vodovod Lim's supervisory board and are being designated for being responsible for or complicit in corruption:\n"
    '\n'
    '- **Dragan Vesić**, chairman of the supervisory board;\n'
    '- **Mila Dorović-Tanić**, a board member since 2019;\n'
    '- **Stevan Pejić**, a board member who was previously a member of the municipal assembly.\n')

HYPHENED_COPULA = ('Treasury Sanctions Gang Supporters\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two politicians who financed the gang.\n"
    '\n'
    "**Wilmer Jean-Louis Castor** (Castor) is a former member of Haiti's Chamber of Deputies for the Gonaïves district. Castor has given the gang cash since 2021.\n")

BOLD_BYLINE = ('# Terrorist Designations of Katibat Ansar al-Wadi and Two of Its Leaders\n'
    '\n'
    'PRESS STATEMENT\n'
    '\n'
    '**Eleanor Vance, Secretary of State**\n'
    '\n'
    'March 4, 2026\n'
    '\n'
    'The Department of State is designating Katibat Ansar al-Wadi as a Specially Designated Global Terrorist. The group has killed hundreds of civilians in the border region.\n')

BOLD_BYLINE_SPOKESPERSON = ('# Public Designation of Two Former Security Officers\n'
    '\n'
    '**Press Statement**\n'
    '**Marla Quint, Department Spokesperson**\n'
    'May 19, 2025\n'
    '\n'
    'The Department of State is publicly designating two former officers for their involvement in gross violations of human rights.\n')


def _kinds(nlp, text: str) -> dict[str, str]:
    from graphbuild.extract.context import context_of

    return {c.name: c.type for c in context_of(parse_markdown(nlp, text)).resolver.clusters}


def test_a_name_in_capitals_takes_the_kind_of_its_running_text(extract, facts):
    """The section headings "**A B C**" read as firms made every later mention of the person join a "company"."""
    facts(extract_markdown(extract, CAPITAL_HEADINGS), {
        (HR, "Goran Teslin Vukar", "Société Minière du Lac", "deputy director general"),
        (HR, "Marius Obeka Landry", "Ministry of Mines", "adviser")}, kinds=(HR,))


def test_a_hyphened_name_has_a_persons_shape(nlp, extract, facts):
    """"A B-C, a board member" and "A B-C D (D) is a former member of ...": the hyphen's three tokens failed the
    shape of two to four name words, so the title's apposition or copula did not make the name a person."""
    kinds = _kinds(nlp, HYPHENED_LIST)
    assert kinds["Mila Dorović-Tanić"] == "Person" and kinds["Javno Preduzeće Vodovod Lim a.d."] == "Company"
    facts(extract_markdown(extract, HYPHENED_COPULA), {(HR, "Wilmer Jean-Louis Castor", "Chamber of Deputies", "member")},
          kinds=(HR,))


@pytest.mark.parametrize("text, person, role", [
    pytest.param(BOLD_BYLINE, "Eleanor Vance", "Secretary of State", id="secretary"),
    pytest.param(BOLD_BYLINE_SPOKESPERSON, "Marla Quint", "Department Spokesperson", id="spokesperson"),
])
def test_a_bold_byline_is_a_name_and_its_title(extract, facts, text, person, role):
    """A State statement's bold byline "**A B, Secretary of State**" was one body's name: the signer had no post."""
    facts(extract_markdown(extract, text), {(HR, person, "U.S. Department of State", role)}, kinds=(HR,))
