"""A person typed Organization, told by what the document says of the name (graphbuild.resolve.person_types, T1).

Every text is invented. The tests go through `refine`, the per-document step the builds run, so they fail on a tree
without the step (main before T1) on their assertions."""
from __future__ import annotations

import pytest

from graphbuild.records import Document, EntityRef, Evidence, Relation
from graphbuild.resolve.facts import refine

STATE = "Department of State"


def _ofac() -> EntityRef:
    return EntityRef("Office of Foreign Assets Control", "PublicBody")


def _rel(kind: str, subject: EntityRef, obj: EntityRef | None = None, role: str | None = None) -> Relation:
    return Relation(kind, subject, obj or _ofac(), [Evidence("A sentence.", 0, 11, "x")], 0.9, role=role)


def _types(text: str, rels: list[Relation]) -> tuple[list[tuple[str, str, str]], list[Relation]]:
    kept = refine(Document("d1", text, "0", "d1"), rels)
    return sorted((r.relation, r.subject.name, r.subject.type) for r in kept), kept


@pytest.mark.parametrize("text, name", [
    ("OFAC designated the following individual:\n\n- **TELLEN VOSK, Mira Ann**; DOB 04 Jan 1980; nationality Ruritania; "
     "Gender Female.", "TELLEN VOSK, Mira Ann"),  # a list entry's person fields
    ("Treasury designated Lars Udo, his holding company and two tugboats.", "Lars Udo"),  # "X, his ..."
    ("**Lars Udo** (Udo) is the chief executive officer of Brindle Quay Works.", "Lars Udo"),  # a post held, after an alias
    ("Lars Udo, the commander of the Vesk militia, was designated.", "Lars Udo"),  # an apposed post
    ("Lars Udo is the son of a former army chief and runs a fishing firm.", "Lars Udo"),  # a family tie
    ("**Teniente Coronel Lars Udo Brenn** (Udo) runs the detention centre.", "Teniente Coronel Lars Udo Brenn"),  # a rank
    ("Also sanctioned today is Gen. Lars Udo, who ran the camp.", "Lars Udo"),  # a title before the name
])
def test_an_organization_the_text_says_is_a_person_is_a_person(text, name):
    found, _ = _types(text, [_rel("designated_by", EntityRef(name, "Organization"))])
    assert found == [("designated_by", name, "Person")]


@pytest.mark.parametrize("text, name", [
    ("Orvel Dask (Orvel) is the owner of the vessel and a member of the consortium.", "Orvel Dask"),  # company posts
    ("Brindle Sound, a front company for the network, was designated.", "Brindle Sound"),
    ("Brindle Sound, which Lars Udo controls, was designated; his brother runs it.", "Brindle Sound"),  # "which", no "his" after
    ("Brindle Sound was designated.", "Brindle Sound"),  # nothing said
])
def test_an_organization_the_text_says_nothing_of_stays_one(text, name):
    found, _ = _types(text, [_rel("designated_by", EntityRef(name, "Organization"))])
    assert found == [("designated_by", name, "Organization")]


def test_every_reference_of_the_name_changes_together_and_a_person_is_part_of_nothing():
    """A spokesman holding a post at the department was also "part of" it typed Organization: two nodes of one name."""
    text = '"We act today," said Ambassador Mira Tellen, the Department of State\'s Special Envoy for Ruritania.'
    holder = EntityRef("Mira Tellen", "Person")
    as_member = EntityRef("Mira Tellen", "Organization")
    state = EntityRef(STATE, "PublicBody")
    found, _ = _types(text, [_rel("holds_role", holder, state, role="Special Envoy"), _rel("part_of", as_member, EntityRef(STATE, "PublicBody"))])
    assert found == [("holds_role", "Mira Tellen", "Person")]
    assert as_member.type == "Person"


def test_a_body_someone_holds_a_post_at_stays_an_organization():
    """A name shaped like a person's that is the body of a post in the document ("Lars Udo" as a cell's name) keeps
    its organization type even when a title stands before one of its mentions."""
    text = "Mr. Orvel Dask leads the cell. Mira Tellen is a commander of Orvel Dask."
    cell = EntityRef("Orvel Dask", "Organization")
    found, _ = _types(text, [_rel("holds_role", EntityRef("Mira Tellen", "Person"), cell, role="commander"),
                             _rel("designated_by", EntityRef("Orvel Dask", "Organization"))])
    assert ("designated_by", "Orvel Dask", "Organization") in found


@pytest.mark.parametrize("text", [
    "Brindle Sound itself was added to the list in 2019.",  # "X itself"
    "OFAC designated Brindle Sound and its administrator.",  # "X and its ..."
    "**Brindle Sound** (Brindle), a foundation registered in Vesk, collects donations.",  # "registered in"
    "Brindle Sound and several of its officials were designated.",
])
def test_a_person_the_text_says_is_no_person_is_an_organization(text):
    found, _ = _types(text, [_rel("designated_by", EntityRef("Brindle Sound", "Person"))])
    assert found == [("designated_by", "Brindle Sound", "Organization")]


def test_a_person_based_somewhere_or_holding_a_post_stays_a_person():
    text = "Lars Udo, a smuggler based in Vesk, runs boats. Lars Udo and its crew ... Lars Udo is a director of Vesk Holdings."
    found, _ = _types(text, [_rel("designated_by", EntityRef("Lars Udo", "Person")),
                             _rel("holds_role", EntityRef("Lars Udo", "Person"), EntityRef("Vesk Holdings", "Company"), role="director")])
    assert found == [("designated_by", "Lars Udo", "Person"), ("holds_role", "Lars Udo", "Person")]


# M33 (F3 item 3): a cue must be about the name it stands by.
@pytest.mark.parametrize("text, name", [
    ("OFAC designated Brindle Quay Works and Lars Udo, its largest shareholder.", "Lars Udo"),  # "its": the body before
    ("OFAC designated Mira Tellen, a lawyer registered in Vesk, and Brindle Quay Works.", "Mira Tellen"),  # no body noun
    ("OFAC designated Lars Udo, a financial broker registered in Vesk.", "Lars Udo"),
])
def test_a_person_with_a_post_at_the_body_before_or_registered_as_a_broker_stays_a_person(text, name):
    found, _ = _types(text, [_rel("designated_by", EntityRef(name, "Person"))])
    assert found == [("designated_by", name, "Person")]


@pytest.mark.parametrize("text, name", [
    ("OFAC designated Orvel Dask, whose fighters attacked the port of Vesk.", "Orvel Dask"),  # "whose" + a group's noun
    ("OFAC designated Orvel Dask, a sister company of Brindle Quay Works.", "Orvel Dask"),  # kin noun + "company"
    ("OFAC designated Orvel Dask, which is the parent company of Brindle Quay Works.", "Orvel Dask"),
    ("OFAC designated the Orvel Cartel, which Lars Udo (born 1950) started in 1990.", "Orvel Cartel"),  # his field
    ("OFAC designated the Vesk Liberation Front, a militia paid by Lars Udo, DOB 12 May 1970, nationality Vesk.",
     "Vesk Liberation Front"),
])
def test_a_company_or_group_the_text_says_is_one_stays_an_organization(text, name):
    found, _ = _types(text, [_rel("designated_by", EntityRef(name, "Organization"))])
    assert found == [("designated_by", name, "Organization")]


def test_a_group_does_not_get_the_birth_date_of_the_person_named_after_it():
    """The type step ran first and typed the group Person, so the person's fields then landed on it (F3 item 3a)."""
    text = "OFAC designated the Vesk Liberation Front, a militia paid by Lars Udo, DOB 12 May 1970, nationality Vesk."
    group = EntityRef("Vesk Liberation Front", "Organization")
    _, kept = _types(text, [_rel("designated_by", group), _rel("designated_by", EntityRef("Lars Udo", "Person"))])
    assert [(r.subject.type, dict(r.subject.identifiers or {})) for r in kept if r.subject.name == group.name] == \
        [("Organization", {})]


def test_a_list_entry_in_capitals_with_a_dotless_i_is_found():
    """The index of word starts lower-cased "YARIMCI" as "yarimci", which the name's "yarımcı" never equals, though the
    case-blind pattern matches them: the list entry's person fields were missed (V9 item 6, M37). Invented name."""
    text = ("OFAC designated the following individual:\n\n- **YARIMCI, Tolga**; DOB 04 Jan 1980; nationality Ruritania; "
            "Gender Male.")
    found, _ = _types(text, [_rel("designated_by", EntityRef("Tolga Yarımcı", "Organization"))])
    assert found == [("designated_by", "Tolga Yarımcı", "Person")]


def test_a_name_is_found_once_where_it_runs_into_itself():
    """As the pattern's finditer: "Ali Ali" in "Ali Ali Ali" once, not a second time inside the first (V9 item 6)."""
    from graphbuild.resolve.person_types import _spans

    assert _spans("Ali Ali Ali was designated.", "Ali Ali") == [(0, 7)]
