"""A generic post at a whole government ("for being ... an official of the Government of X") beside the person's stated
post (roles_government, issue 13, R26): the stated post stays, the generic one goes; alone it stays. Invented texts."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles_government import generic_government_post, without_generic_government_posts
from graphbuild.records import EntityRef, Relation

HR = "holds_role"
CRITERION = ("The Department of State is designating Ivan Petrovich Sorokin pursuant to E.O. 14024 for being a leader, "
             "official, senior executive officer, or member of the board of directors of the Government of the Russian "
             "Federation. ")
GOVERNMENT = "Government of the Russian Federation"
DISJUNCTION = "leader, official, senior executive officer, or member of the board of directors"


def _post(person: str, body: str, role: str) -> Relation:
    return Relation(HR, EntityRef(person, "Person"), EntityRef(body, "PublicBody"), [], 0.65, role=role)


def test_a_generic_post_goes_only_beside_another_post_of_the_same_person():
    generic = _post("Ana Vell", "Government of Ruritania", "official")
    alone = _post("Bo Kerr", "Government of Ruritania", "leader or official")
    stated = _post("Ana Vell", "Ministry of Fisheries", "director")
    president = _post("Cy Dorn", "Government of Ruritania", "President")
    assert [generic_government_post(r) for r in (generic, alone, stated, president)] == [True, True, False, False]
    assert without_generic_government_posts([generic, alone, stated, president]) == [alone, stated, president]


@pytest.mark.slow
def test_the_criterion_post_yields_to_the_post_the_release_states(extract, facts):
    relations = extract(CRITERION + "Sorokin is the director of the Federal Agency for Fisheries.")
    facts(relations, {(HR, "Ivan Petrovich Sorokin", "Federal Agency for Fisheries", "director")}, kinds=(HR,))


@pytest.mark.slow
def test_the_criterion_post_stays_when_the_release_states_no_other(extract, facts):
    relations = extract(CRITERION + "Sorokin oversaw the seizures.")
    facts(relations, {(HR, "Ivan Petrovich Sorokin", GOVERNMENT, DISJUNCTION)}, kinds=(HR,))
