"""roles.v1: posts in State notes, sixteenth session (invented texts, issue 13, H2): a bare "The Department" is the
department named in full before, never a body of its own that "Its president" or "the group's emir" could refer back
to; a law ("... of the Immigration and Nationality Act") is no organization either."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
NOTE = "The Department of State today designated two officials of Tarsk for gross violations of human rights.\n\n"


@pytest.mark.parametrize("text, expected", [
    pytest.param(NOTE + "The Department also recognized the work of the Tarsk Prisoners Defenders network. Its president, "
                 "Orel Vantash Ismir, has documented more than 900 political prisoners since 2021.",
                 {(HR, "Orel Vantash Ismir", "Tarsk Prisoners Defenders", "president")}, id="its-after-the-department"),
    pytest.param(NOTE + "The Department also praised the Tarsk Prisoners Defenders. Its president, Orel Vantash Ismir, "
                 "has documented more than 900 political prisoners since 2021.",
                 {(HR, "Orel Vantash Ismir", "Tarsk Prisoners Defenders", "president")}, id="its-after-the-department-2"),
])
def test_the_department_is_no_body_of_its_own(extract, facts, text, expected):
    """"The Department" opening the sentence before "Its president, X" is the State Department (an actor of the
    release), not the topic that "its" refers back to."""
    facts(extract(text), expected, kinds=(HR,))


def test_the_department_gives_no_post(extract):
    relations = extract(NOTE + "The Department also recognized the work of the Tarsk Prisoners Defenders network. Its "
                        "president, Orel Vantash Ismir, has documented more than 900 political prisoners since 2021.")
    assert not any(r["object"]["name"] == "Department" for r in relations if r["relation"] == HR)


@pytest.mark.parametrize("text", [
    pytest.param("The Department of State is today designating the Tarsk Hudud Brigade (THB) as a Foreign Terrorist "
                 "Organization under Section 219 of the Immigration and Nationality Act. The Department is also designating "
                 "the group's emir, Orel Vantash Ismir, as a Specially Designated Global Terrorist.", id="the-department-designates"),
    pytest.param("The Department of State is today designating the Tarsk Hudud Brigade (THB) as a Foreign Terrorist "
                 "Organization under Section 219 of the Immigration and Nationality Act. The group's emir, Orel Vantash "
                 "Ismir, is also being designated.", id="the-group-opens"),
])
def test_a_law_is_no_body_of_a_post(extract, facts, text):
    """"the group's" after a sentence that ends on the name of a law: the group, not the act."""
    facts(extract(text), {(HR, "Orel Vantash Ismir", "Tarsk Hudud Brigade", "emir")}, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param("LONDON (Coast Wire) - The United States and Britain on Monday sanctioned five members of the Vantor "
                 "ransomware group, which investigators blame for attacks on hospitals. Treasury also sanctioned Kelvo "
                 "Exchange LLC, a crypto exchange. According to the Treasury, the group's administrator is Orel Vantash Ismir, 36.",
                 {(HR, "Orel Vantash Ismir", "Vantor", "administrator")}, id="the-name-then-modifier-and-noun"),
    pytest.param("MAPUTO (Coast Wire) - The United States on Tuesday designated the leader of Ansar al-Tarsk, an Islamist "
                 "insurgent group fighting in the north. The Ministry of National Defence said it welcomed the step. A cleric "
                 "reported to be the group's chief religious instructor, Orel Vantash Ismir, was not among those named.",
                 {(HR, "Orel Vantash Ismir", "Ansar al-Tarsk", "chief religious instructor")}, id="the-appositive-noun"),
])
def test_the_group_is_the_body_described_as_one(extract, facts, text, expected):
    """"the group's <post>, X": the body the story described as a group ("the Y ransomware group", "Y, an insurgent
    group"), not the last organization named (a company, a ministry)."""
    facts(extract(text), expected, kinds=(HR,))
