"""A removed or designated name the model typed "Person" whose name is only a known body's is that body (HP,
thirty-third session); a known person's removal typed "Organization" is that person, as his designation was (P8).

Two invented releases: the first designates "Calder Bay Shipping Ltd., also known as Calder Marine", the second says
"Today, OFAC removed Calder Marine and Marta Quell from the SDN List." and the model tagged "Calder Marine" PERSON: a
person "Calder Marine" was made with the removal, and the company stayed designated in the graph."""
from __future__ import annotations

from graphbuild.rdf.mapping import IriMinter
from graphbuild.records import EntityRef, Evidence, Relation
from graphbuild.resolve.index import EntityIndex

OFAC = "Office of Foreign Assets Control"


def _rel(relation: str, subject: EntityRef, obj: EntityRef, role: str | None = None) -> Relation:
    return Relation(relation, subject, obj, [Evidence("s.", 0, 2, "test")], 0.9, doc="d", role=role)


def _authority() -> EntityRef:
    return EntityRef(OFAC, "PublicBody")


def _first_release(index: EntityIndex) -> str:
    company = EntityRef("Calder Bay Shipping Ltd.", "Company", ["Calder Marine"])
    index.resolve_relations([_rel("designated_by", company, _authority()),
                             _rel("holds_role", EntityRef("Marta Quell", "Person"),
                                  EntityRef("Calder Bay Shipping Ltd.", "Company"), "director")])
    return company.id


def test_a_known_bodys_alias_typed_person_in_a_removal_is_the_body():
    index = EntityIndex(IriMinter())
    company = _first_release(index)
    removal = _rel("delisted_by", EntityRef("Calder Marine", "Person"), _authority())
    index.resolve_relations([removal])
    assert (removal.subject.type, removal.subject.id) == ("Company", company)


def test_a_known_bodys_name_typed_person_in_a_designation_is_the_body():
    index = EntityIndex(IriMinter())
    company = _first_release(index)
    again = _rel("designated_by", EntityRef("Calder Bay Shipping Ltd.", "Person"), _authority())
    index.resolve_relations([again])
    assert (again.subject.type, again.subject.id) == ("Company", company)


def test_a_person_the_document_gives_a_post_or_identifiers_stays_a_person():
    index = EntityIndex(IriMinter())
    company = _first_release(index)
    holder = EntityRef("Calder Marine", "Person")
    born = EntityRef("Calder Marine", "Person", identifiers={"birthDate": ["1971-03-12"]})
    first = [_rel("delisted_by", holder, _authority()),
             _rel("holds_role", EntityRef("Calder Marine", "Person"), EntityRef("Osk Fisheries LLC", "Company"), "owner")]
    index.resolve_relations(first)
    index.resolve_relations([_rel("delisted_by", born, _authority())])
    assert [holder.type, born.type] == ["Person", "Person"] and company not in {holder.id, born.id}


def test_a_name_known_as_both_a_person_and_a_body_is_left_as_typed():
    index = EntityIndex(IriMinter())
    _first_release(index)
    index.resolve_relations([_rel("designated_by", EntityRef("Calder Marine", "Person", identifiers={"nationality": ["Norway"]}),
                                  _authority())])
    later = _rel("delisted_by", EntityRef("Calder Marine", "Person"), _authority())
    index.resolve_relations([later])
    assert later.subject.type == "Person"


def test_a_known_persons_removal_typed_organization_is_the_person():
    index = EntityIndex(IriMinter())
    person = EntityRef("Ilmar Vosk", "Person")
    index.resolve_relations([_rel("holds_role", person, EntityRef("Osk Fisheries LLC", "Company"), "owner")])
    removal = _rel("delisted_by", EntityRef("Ilmar Vosk", "Organization"), _authority())
    index.resolve_relations([removal])
    assert (removal.subject.type, removal.subject.id) == ("Person", person.id)


def test_a_name_known_only_from_the_models_guess_of_a_body_stays_a_person():
    """The known body is a generic "Organization" (no legal form or body word said so): its type was the model's guess
    in an earlier release, and a later release's designee of that name typed Person keeps his type (review RHP)."""
    index = EntityIndex(IriMinter())
    index.resolve_relations([_rel("designated_by", EntityRef("Dorian Fask", "Organization"), _authority())])
    later = _rel("designated_by", EntityRef("Dorian Fask", "Person"), _authority())
    index.resolve_relations([later])
    assert later.subject.type == "Person"


def test_a_man_a_firm_is_named_after_stays_a_person():
    """"Karim Haddad Jewelers LLC, also known as Karim Haddad": the alias opens the firm's own name, the name of the
    man it is named after; his later designation typed Person is his, not the firm's (review RHP)."""
    index = EntityIndex(IriMinter())
    firm = EntityRef("Karim Haddad Jewelers LLC", "Company", ["Karim Haddad"])
    index.resolve_relations([_rel("designated_by", firm, _authority())])
    later = _rel("designated_by", EntityRef("Karim Haddad", "Person"), _authority())
    index.resolve_relations([later])
    assert later.subject.type == "Person" and later.subject.id != firm.id
