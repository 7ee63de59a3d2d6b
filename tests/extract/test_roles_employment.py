"""roles.v1: employment or membership stated by a verb, without a post noun (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Rurik Oslan worked as a coder with development duties in the Kestrel Group.",
                 {(HR, "Rurik Oslan", "Kestrel Group", "coder")}, id="job-with-duties-in"),
    pytest.param("Rurik Oslan was part of the internal tools team for the Kestrel Group.",
                 {(HR, "Rurik Oslan", "Kestrel Group", "member")}, id="part-of-a-unit-for"),
    pytest.param("Rurik Oslan has been involved in development activity for the Kestrel Group.",
                 {(HR, "Rurik Oslan", "Kestrel Group", "member")}, id="involved-in-work-for"),
    pytest.param("Rurik Oslan has worked on fraud projects for the Kestrel Group.",
                 {(HR, "Rurik Oslan", "Kestrel Group", "member")}, id="worked-on-projects-for"),
    pytest.param("Rurik Oslan works for Tavrin Bank.", {(HR, "Rurik Oslan", "Tavrin Bank", "employee")}, id="works-for"),
    pytest.param("Rurik Oslan worked at Tavrin Bank until 2019.", {(HR, "Rurik Oslan", "Tavrin Bank", "employee")},
                 id="worked-at"),
    pytest.param("Rurik Oslan is employed by Tavrin Bank.", {(HR, "Rurik Oslan", "Tavrin Bank", "employee")},
                 id="employed-by"),
    pytest.param("Rurik Oslan previously served in the Northern Liberation Army.",
                 {(HR, "Rurik Oslan", "Northern Liberation Army", "member")}, id="served-in"),
    pytest.param("The Kestrel Group stole the data. Rurik Oslan was a central actor in the group and acted as a senior "
                 "administrator.", {(HR, "Rurik Oslan", "Kestrel Group", "central actor")}, id="central-actor-in-the-group"),
    pytest.param("Rurik Oslan, who works for Tavrin Bank, opened the accounts.",
                 {(HR, "Rurik Oslan", "Tavrin Bank", "employee")}, id="relative-clause"),
    pytest.param("Rurik Oslan and Ivo Brenn work for Tavrin Bank.",
                 {(HR, "Rurik Oslan", "Tavrin Bank", "employee"), (HR, "Ivo Brenn", "Tavrin Bank", "employee")},
                 id="coordinated-subjects"),
    pytest.param("Rurik Oslan worked in the Kestrel Group's finance department until 2020.",
                 {(HR, "Rurik Oslan", "Kestrel Group", "employee")}, id="unit-of-the-body"),
    pytest.param("Rurik Oslan worked for the Iranian Ministry of Defense.",
                 {(HR, "Rurik Oslan", "Iranian Ministry of Defense", "employee")}, id="body-named-with-of"),
])
def test_employment_and_membership_verbs(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text", [
    pytest.param("Rurik Oslan is associated with the Kestrel Group.", id="associated-with"),
    pytest.param("Rurik Oslan does business with Tavrin Bank.", id="does-business-with"),
    pytest.param("Rurik Oslan provides services to Tavrin Bank.", id="provides-services-to"),
    pytest.param("Rurik Oslan supplied Tavrin Bank with steel.", id="supplied"),
    pytest.param("Rurik Oslan has worked with the Kestrel Group to procure weapons.", id="worked-with"),
    pytest.param("Rurik Oslan worked with an employee of Tavrin Bank to move the funds.", id="worked-with-an-employee"),
    pytest.param("Rurik Oslan has worked on behalf of Tavrin Bank.", id="on-behalf-of"),
    pytest.param("Rurik Oslan was involved in the procurement of engines for Tavrin Bank.", id="procurement-for"),
])
def test_ties_that_state_no_membership(extract, facts, text):
    """A partner, supplier, customer or agent of a body is no member or employee of it."""
    facts(extract(text), set(), kinds=(HR,))


def test_past_and_present_employment(extract):
    """"worked at ... until" and "served in" are former posts; "works for" and "has worked on" stand."""
    def current(text: str) -> list[bool]:
        return [r["current"] for r in extract(text) if r["relation"] == HR]

    assert current("Rurik Oslan worked at Tavrin Bank until 2019.") == [False]
    assert current("Rurik Oslan previously served in the Northern Liberation Army.") == [False]
    assert current("Rurik Oslan works for Tavrin Bank.") == [True]
    assert current("Rurik Oslan has worked on fraud projects for the Kestrel Group.") == [True]


@pytest.mark.parametrize("text, expected", [
    pytest.param("OFAC designated Rurik Oslan today. He previously worked for Tavrin Bank.",
                 {(HR, "Rurik Oslan", "Tavrin Bank", "employee")}, id="he-worked-for"),
    pytest.param("Rurik Oslan is a hacker. He has been involved in development activity for the Kestrel Group.",
                 {(HR, "Rurik Oslan", "Kestrel Group", "member")}, id="he-was-involved-in"),
    pytest.param("OFAC designated Rurik Oslan and Ivo Brenn. He worked for Tavrin Bank.", set(), id="two-people-no-guess"),
])
def test_a_pronoun_subject_is_the_paragraphs_person(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param("OFAC designated Rurik Oslan. OFAC sanctioned Oslan's former employer, the Kestrel Group, in 2019.",
                 {(HR, "Rurik Oslan", "Kestrel Group", "employee")}, id="former-employer-apposed"),
    pytest.param("Tavrin Bank, Rurik Oslan's employer, denied the charges.",
                 {(HR, "Rurik Oslan", "Tavrin Bank", "employee")}, id="apposed-to-the-body"),
    pytest.param("Rurik Oslan's employer is unknown.", set(), id="no-body-named"),
])
def test_a_persons_employer(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
