"""roles (stated by designations.v1): membership the release states once for all its designees
("OFAC is designating three individuals who are part of Y"), only when the count holds (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
GANG = "Vexbot Group"
PARAGRAPHS = ("Pavel Orsk has written malware for the gang. Dmitri Savelov laundered its proceeds. Sergei Malkov was a senior "
              "administrator of the Vexbot Group. OFAC is designating each of these individuals pursuant to E.O. 13694.")


def test_each_designee_is_a_member_of_the_group_the_lead_names(extract, facts):
    """A post stated for the person stays beside the group's "member"."""
    relations = extract("Today, OFAC is designating three individuals who are part of the Moscow-based cybercrime group "
                        f"Vexbot Group. {PARAGRAPHS}")
    facts(relations, {(HR, "Pavel Orsk", GANG, "member"), (HR, "Dmitri Savelov", GANG, "member"),
                      (HR, "Sergei Malkov", GANG, "member"), (HR, "Sergei Malkov", GANG, "senior administrator")}, kinds=(HR,))
    stated = [r for r in relations if r["relation"] == HR and r["role"] == "member"]
    assert all(r["confidence"] == 0.6 for r in stated)


def test_more_designees_than_the_count_give_nobody_the_group(extract, facts):
    """"two individuals who are part of Y" and three people designated: who is not of Y is unknown, so no one is."""
    relations = extract("Today, OFAC is designating two individuals who are part of the Moscow-based cybercrime group "
                        f"Vexbot Group. {PARAGRAPHS}")
    facts(relations, {(HR, "Sergei Malkov", GANG, "senior administrator")}, kinds=(HR,))


def test_counted_members_of_a_group(extract, facts):
    """"sanctioned four members of Y" then the names: each named designee is a member."""
    relations = extract("Today, Treasury sanctioned four members of the Sinaloa Cartel, a Mexican drug trafficking organization. "
                        "OFAC is designating Pavel Orsk, Dmitri Savelov, and Sergei Malkov pursuant to E.O. 14059.")
    cartel = "Sinaloa Cartel"
    facts(relations, {(HR, "Pavel Orsk", cartel, "member"), (HR, "Dmitri Savelov", cartel, "member"),
                      (HR, "Sergei Malkov", cartel, "member")}, kinds=(HR,))


def test_individuals_and_entities_state_no_membership(extract, facts):
    """A group of people and companies: the companies' owners need not be members, so no post is given."""
    relations = extract("Today, OFAC is designating three individuals and two entities that are part of the Vexbot Group. "
                        "OFAC is designating Pavel Orsk, Dmitri Savelov, and Sergei Malkov pursuant to E.O. 13694.")
    facts(relations, set(), kinds=(HR,))
