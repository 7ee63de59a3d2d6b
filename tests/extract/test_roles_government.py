"""A generic post at a whole government ("for being ... an official of the Government of X") beside the person's stated
post (roles_government, issue 13, R26): the stated post stays, the generic one goes; alone it stays. Invented texts."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles_government import generic_government_post, without_generic_government_posts
from graphbuild.records import EntityRef, Evidence, Relation

HR = "holds_role"
CRITERION = ("The Department of State is designating Ivan Petrovich Sorokin pursuant to E.O. 14024 for being a leader, "
             "official, senior executive officer, or member of the board of directors of the Government of the Russian "
             "Federation. ")
GOVERNMENT = "Government of the Russian Federation"
DISJUNCTION = "leader, official, senior executive officer, or member of the board of directors"


def _post(person: str, body: str, role: str, kind: str = "PublicBody", current: bool = True, sentence: str = "") -> Relation:
    evidence = [Evidence(sentence, 0, len(sentence), "roles.v1")] if sentence else []
    return Relation(HR, EntityRef(person, "Person"), EntityRef(body, kind), evidence, 0.65, role=role, current=current)


def test_a_generic_post_goes_only_beside_another_post_of_the_same_person():
    generic = _post("Ana Vell", "Government of Ruritania", "official")
    alone = _post("Bo Kerr", "Government of Ruritania", "leader or official")
    stated = _post("Ana Vell", "Ministry of Fisheries", "director")
    president = _post("Cy Dorn", "Government of Ruritania", "President")
    assert [generic_government_post(r) for r in (generic, alone, stated, president)] == [True, True, False, False]
    assert without_generic_government_posts([generic, alone, stated, president]) == [alone, stated, president]


def test_only_a_current_post_at_a_state_body_sets_a_stated_generic_post_aside():
    """A former post, a post at a company or group, is another tie, not the state post the government stands for
    (review V3 finding 3); a named post at the government itself is that post."""
    generic = [_post(p, "Government of Ruritania", "official") for p in ("Ana Vell", "Bo Kerr", "Cy Dorn", "Di Marr")]
    former = _post("Ana Vell", "Ministry of Fisheries", "director", current=False)
    company = _post("Bo Kerr", "Tavrin Bank", "director", kind="Company")
    group = _post("Cy Dorn", "Varn Coastal Brigade", "commander", kind="Organization")
    minister = _post("Di Marr", "Government of Ruritania", "Minister of Defense")
    relations = generic + [former, company, group, minister]
    assert without_generic_government_posts(relations) == generic[:3] + [former, company, group, minister]


def test_any_other_post_sets_the_criterion_post_aside():
    """The designation's criterion: the readable gold drops it beside a company post or a former post too (R26)."""
    basis = "Bo Kerr and Ana Vell are designated for being officials of the Government of Ruritania."
    generic = [_post(p, "Government of Ruritania", "official", sentence=basis) for p in ("Ana Vell", "Bo Kerr")]
    former = _post("Ana Vell", "Ministry of Fisheries", "director", current=False)
    company = _post("Bo Kerr", "Tavrin Bank", "director", kind="Company")
    assert without_generic_government_posts(generic + [former, company]) == [former, company]


@pytest.mark.slow
def test_a_former_post_at_a_company_leaves_the_government_post(extract, facts):
    relations = extract("Edvin Moller Sark is an official of the Government of Ruritania. Sark was formerly a director "
                        "of Tavrin Bank.")
    facts(relations, {(HR, "Edvin Moller Sark", "Government of Ruritania", "official"),
                      (HR, "Edvin Moller Sark", "Tavrin Bank", "director")}, kinds=(HR,))


@pytest.mark.slow
def test_the_criterion_post_yields_to_the_post_the_release_states(extract, facts):
    relations = extract(CRITERION + "Sorokin is the director of the Federal Agency for Fisheries.")
    facts(relations, {(HR, "Ivan Petrovich Sorokin", "Federal Agency for Fisheries", "director")}, kinds=(HR,))


@pytest.mark.slow
def test_the_criterion_post_stays_when_the_release_states_no_other(extract, facts):
    relations = extract(CRITERION + "Sorokin oversaw the seizures.")
    facts(relations, {(HR, "Ivan Petrovich Sorokin", GOVERNMENT, DISJUNCTION)}, kinds=(HR,))


@pytest.mark.slow
def test_the_criterion_post_yields_to_a_former_post_too(extract, facts):
    relations = extract(CRITERION + "Sorokin was formerly a director of Tavrin Bank.")
    facts(relations, {(HR, "Ivan Petrovich Sorokin", "Tavrin Bank", "director")}, kinds=(HR,))
