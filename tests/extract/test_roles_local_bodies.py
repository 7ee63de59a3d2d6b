"""roles.v1: bodies in a title's complement that the model names only in part (a city's police department, a body
before its acronym and ", whose"), posts at both of two companies, and groups named only by their noun: "the X gang
is led by", "the gang's second in command" (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Pavel Sokal previously served as deputy head of the Gomel City police department.",
                 {(HR, "Pavel Sokal", "Gomel City police department", "deputy head")}, id="city-police-department"),
    pytest.param("Seydou Traore is a customs officer with the Malian customs service.",
                 {(HR, "Seydou Traore", "Malian customs service", "customs officer")}, id="nationality-service"),
    pytest.param("Than Aung, the Permanent Secretary of the regime-controlled Ministry of Energy, approved the licenses.",
                 {(HR, "Than Aung", "Ministry of Energy", "Permanent Secretary")}, id="hyphenated-participle"),
    pytest.param("Omar Tellis serves as the director of both Ravenmoor Limited and Stellgate Limited.",
                 {(HR, "Omar Tellis", "Ravenmoor Limited", "director"), (HR, "Omar Tellis", "Stellgate Limited", "director")},
                 id="both-companies"),
    pytest.param("OFAC coordinated the action with the Financial Intelligence Unit of Senegal (CENTIF), whose president, "
                 "Awa Diop, welcomed it.",
                 {(HR, "Awa Diop", "Financial Intelligence Unit of Senegal", "president")}, id="whose-after-acronym"),
])
def test_bodies_in_the_complement(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


def test_the_countrys_government_is_no_local_body(extract, facts):
    """Only a service, police, court, office ... closes a local body; "the Iranian government" is not one."""
    facts(extract("Ali Reza is an official of the Iranian government."), set(), kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Los Halcones faction, led by Roberto Salas Mena, controls the fentanyl trade.",
                 {(HR, "Roberto Salas Mena", "Los Halcones faction", "leader")}, id="led-by"),
    pytest.param("The Gran Lakou gang is led by Maria Lopez.", {(HR, "Maria Lopez", "Gran Lakou gang", "leader")}, id="is-led-by"),
    pytest.param("The Lame Sabo gang controls the port. Wilson Pierre is the gang's second in command and runs its kidnappings.",
                 {(HR, "Wilson Pierre", "Lame Sabo gang", "second in command")}, id="the-gangs-post"),
    pytest.param("Pedro Arias Soto is a financial operator for the Los Halcones faction.",
                 {(HR, "Pedro Arias Soto", "Los Halcones faction", "financial operator")}, id="financial-operator"),
])
def test_groups_named_by_their_noun(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text", [
    pytest.param("A Haitian gang controls the port. Wilson Pierre is the gang's leader.", id="a-described-gang"),
    pytest.param("Jose Ruiz is a member of a Mexican cartel.", id="a-nationality-cartel"),
])
def test_a_described_group_gives_no_post(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param("Agroganadera Monte Alto S.R.L., a cattle ranching company whose manager, Celso Ruiz Acosta, is a cousin "
                 "of the owner, bought the land.",
                 {(HR, "Celso Ruiz Acosta", "Agroganadera Monte Alto S.R.L.", "manager")}, id="whose-after-a-descriptor"),
    pytest.param("Rosa Lacayo Mena (Lacayo) is a magistrate of the Supreme Court of Justice of Nicaragua.",
                 {(HR, "Rosa Lacayo Mena", "Supreme Court of Justice of Nicaragua", "magistrate")}, id="magistrate"),
    pytest.param("Islamic Revolutionary Guard Corps Aerospace Force (IRGC-ASF) Colonel Reza Ghaffari serves as the liaison.",
                 {(HR, "Reza Ghaffari", "Islamic Revolutionary Guard Corps Aerospace Force", "Colonel")}, id="hyphenated-acronym-prefix"),
    pytest.param("The Department is designating Major General Osman Haroun Ali, the Rapid Support Forces' (RSF) commander "
                 "in West Darfur.", {(HR, "Osman Haroun Ali", "Rapid Support Forces", "commander")}, id="possessive-before-acronym"),
])
def test_bodies_before_a_descriptor_or_an_acronym(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Department of State is designating Shenzhou Yuanda Microwave Technology Co., Ltd. (Shenzhou Yuanda), a "
                 "PRC-based manufacturer of amplifiers used in drones built by the Self-Reliance Jihad Organization, and its "
                 "general manager, WEI Lihua.",
                 {(HR, "WEI Lihua", "Shenzhou Yuanda Microwave Technology Co., Ltd.", "general manager")}, id="coordinated"),
    pytest.param("Shenyang Jinma Network Technology Co., Ltd. (Jinma Network) is a front company that hosts the workers "
                 "supervised by the Korea Osan Trading Corporation. Its general manager, Zhao Guoqing, a Chinese national, "
                 "signed employment contracts.",
                 {(HR, "Zhao Guoqing", "Shenyang Jinma Network Technology Co., Ltd.", "general manager")}, id="previous-subject"),
])
def test_its_is_the_topic_body_not_the_last_one_named(extract, facts, text, expected):
    """"its" refers to the body the phrase is coordinated with, or the previous sentence's subject, not the last
    organization named inside a description."""
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param("Kavir Exchange Company is based in Tehran. Ali Rahimi is the chairman of its Dubai affiliate, Kavir Gulf "
                 "Trading L.L.C.", {(HR, "Ali Rahimi", "Kavir Gulf Trading L.L.C.", "chairman")}, id="its-affiliate-renamed"),
    pytest.param("Shahid Kamali Aerospace Company (SKAC) assembles drones for the Ministry of Defense. MODAFL oversees the UAV "
                 "programs. SKAC's procurement is run by its managing director, Farhad Nikpour, who relies on intermediaries.",
                 {(HR, "Farhad Nikpour", "Shahid Kamali Aerospace Company", "managing director")}, id="its-untagged-acronym-subject"),
])
def test_possessed_descriptions_and_untagged_subjects(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


def test_the_company_of_a_bullet_is_the_previous_items_body(extract, facts):
    """"- Y Co., Ltd., a maker of engines supplied to Z; and" then "- X, the company's export manager": Y, not Z."""
    text = ("OFAC designated the following persons today:\n\n"
            "- Qingdao Tianhe Machinery Co., Ltd., a China-based manufacturer that supplied drone engines to the army's "
            "Defense Industries Company; and\n"
            "- Liu Xiaoping, the company's export manager, who negotiated the contracts.")
    facts(extract(text), {(HR, "Liu Xiaoping", "Qingdao Tianhe Machinery Co., Ltd.", "export manager")}, kinds=(HR,))
