"""One type per entity, from its name's words and all its mentions (graphbuild.resolve.types)."""
from __future__ import annotations

import pytest

from graphbuild.records import EntityRef, Evidence, Relation
from graphbuild.resolve.types import decide_types, org_kind

OFAC = EntityRef("Office of Foreign Assets Control", "PublicBody")


def _rel(kind: str, subject: EntityRef, obj: EntityRef = OFAC, role: str | None = None) -> Relation:
    return Relation(kind, subject, obj, [Evidence("A sentence.", 0, 11, "x")], 0.9, role=role)


@pytest.mark.parametrize("name, kind", [
    ("Central Bank of Nicaragua", "PublicBody"),  # "bank" alone would make it a company
    ("Ministry of Petroleum", "PublicBody"),  # "petroleum" alone would too
    ("Islamic Revolutionary Guard Corps", "PublicBody"),
    ("National Guard", "PublicBody"),
    ("State Oil Company", "Company"),  # a legal form wins over "State"
    ("Delta Bank LLC", "Company"),
    ("Harbor Shipping Co., Ltd.", "Company"),
    ("Northwind", None),  # the name says nothing
    ("Tomás Có Ndiaye", None),  # an accented name word is no legal form once folded ("Có" -> "co", issue 13, M7)
    ("Lívia Sá Moreira", None),  # "Sá" -> "sa" (S.A.)
    ("Ostra Pesca S.A.", "Company"),  # the legal forms as written still count
    ("Pescadores Unidos SA", "Company"),
    ("Cerâmica Velha Co.", "Company"),  # an accent elsewhere in the name changes nothing
    ("Vesk Harbour Services N.V.", "Company"),  # a legal form of company_forms.yaml after the first word wins over
    ("Orvel Wharf Services SARL", "Company"),  # the public-body words "harbour", "wharf" (T1, sixteenth session)
])
def test_type_from_the_words_of_a_name(name, kind):
    assert org_kind(name) == kind


def test_an_organization_never_becomes_a_person_from_one_mention():
    oil = EntityRef("Aceites de Honduras", "Person", aliases=["Honduras"])
    bank = EntityRef("Central Bank", "Company")
    rels = [_rel("designated_by", oil), _rel("designated_by", bank)]
    kept = decide_types(rels)
    assert oil.type == "Organization" and oil.aliases == []  # "de" + a country's name; a country alias dropped
    assert bank.type == "PublicBody"
    assert len(kept) == 2


def test_mentions_of_one_entity_share_the_organization_type():
    as_person = EntityRef("Northwind Maritime", "Person")
    as_company = EntityRef("Northwind Maritime", "Company", aliases=["Northwind"])
    decide_types([_rel("designated_by", as_person), _rel("designated_by", as_company)])
    assert as_person.type == as_company.type == "Company"


def test_a_person_stays_a_person_and_posts_of_non_persons_are_dropped():
    person = EntityRef("Jordan Reyes", "Person")  # a given name that is also a country's: still a person
    company = EntityRef("Delta Trading LLC", "Person")
    posts = [_rel("holds_role", person, EntityRef("Ministry of Finance", "PublicBody"), "Minister of Finance"),
             _rel("holds_role", company, EntityRef("Delta Group", "Company"), "director")]
    kept = decide_types(posts)
    assert person.type == "Person" and company.type == "Company"
    assert [r.subject.name for r in kept] == ["Jordan Reyes"]


def test_a_person_with_an_accented_short_surname_keeps_the_post():
    person = EntityRef("Tomás Có Ndiaye", "Person")
    kept = decide_types([_rel("designated_by", person),
                         _rel("holds_role", person, EntityRef("Bravel Mining LLC", "Company"), "managing director")])
    assert person.type == "Person"
    assert [(r.relation, r.role) for r in kept] == [("designated_by", None), ("holds_role", "managing director")]


def test_a_post_is_held_at_an_organization():
    cell = EntityRef("Harbor Henvey", "Person")  # a group named like a person ...
    cell_designated = EntityRef("Harbor Henvey", "Person")  # ... and designated as one
    spouse = EntityRef("Lena Ortiz", "Person")
    posts = [_rel("holds_role", EntityRef("Amir Said", "Person"), cell, "leader"),
             _rel("designated_by", cell_designated),
             _rel("holds_role", EntityRef("Tom Ortiz", "Person"), spouse, "husband"),  # a family tie, not a post
             _rel("designated_by", EntityRef("Lena Ortiz", "Person"))]
    kept = decide_types(posts)
    assert cell.type == cell_designated.type == "Organization"
    assert [(r.relation, r.subject.name) for r in kept] == [("holds_role", "Amir Said"), ("designated_by", "Harbor Henvey"),
                                                           ("designated_by", "Lena Ortiz")]
    assert kept[2].subject.type == "Person"
