"""A designee the model typed "Organization" whose name is a known person's is that person (issue 13, P8).

Two invented releases: the first names "Ilmar Vosk" with his post, the second only says "Last week, OFAC designated
Ilmar Vosk." and the model typed him ORG: an organization "Ilmar Vosk" was made, with his designation."""
from __future__ import annotations

from graphbuild.rdf.mapping import IriMinter
from graphbuild.records import EntityRef, Evidence, Relation
from graphbuild.resolve.index import EntityIndex

OFAC = "Office of Foreign Assets Control"


def _rel(relation: str, subject: EntityRef, obj: EntityRef, role: str | None = None) -> Relation:
    return Relation(relation, subject, obj, [Evidence("s.", 0, 2, "test")], 0.9, doc="d", role=role)


def _first_release(index: EntityIndex) -> str:
    person = EntityRef("Ilmar Vosk", "Person")
    index.resolve_relations([_rel("holds_role", person, EntityRef("Central Bank of Iran", "PublicBody"), "Governor"),
                             _rel("designated_by", EntityRef("Ilmar Vosk", "Person"), EntityRef(OFAC, "PublicBody"))])
    return person.id


def test_a_known_persons_name_typed_organization_is_the_person():
    index = EntityIndex(IriMinter())
    person = _first_release(index)
    later = _rel("designated_by", EntityRef("Ilmar Vosk", "Organization"), EntityRef(OFAC, "PublicBody"))
    index.resolve_relations([later])
    assert (later.subject.type, later.subject.id) == ("Person", person)


def test_a_company_or_a_body_named_so_stays_an_organization():
    index = EntityIndex(IriMinter())
    person = _first_release(index)
    kept = [_rel("designated_by", EntityRef("Ilmar Vosk", "Company"), EntityRef(OFAC, "PublicBody")),  # a legal form said so
            _rel("designated_by", EntityRef("Ilmar Vosk Trading", "Organization"), EntityRef(OFAC, "PublicBody"))]
    index.resolve_relations(kept)
    assert [r.subject.type for r in kept] == ["Company", "Organization"] and person not in {r.subject.id for r in kept}


def test_an_organization_that_has_a_part_or_a_holder_stays_one():
    index = EntityIndex(IriMinter())
    person = _first_release(index)
    org = EntityRef("Ilmar Vosk", "Organization")
    rels = [_rel("designated_by", org, EntityRef(OFAC, "PublicBody")),
            _rel("holds_role", EntityRef("Tarin Olk", "Person"), EntityRef("Ilmar Vosk", "Organization"), "leader")]
    index.resolve_relations(rels)
    assert org.type == "Organization" and org.id != person


def test_a_name_known_as_both_a_person_and_an_organization_is_left_as_typed():
    index = EntityIndex(IriMinter())
    _first_release(index)
    index.resolve_relations([_rel("holds_role", EntityRef("Tarin Olk", "Person"), EntityRef("Ilmar Vosk", "Organization"),
                                  "leader")])
    later = _rel("designated_by", EntityRef("Ilmar Vosk", "Organization"), EntityRef(OFAC, "PublicBody"))
    index.resolve_relations([later])
    assert later.subject.type == "Organization"
