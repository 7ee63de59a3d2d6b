"""Review of G's merge path (RG, twenty-fifth session): a statement cited in two spans is one statement, and an alias
that the document gives another entity as its own name joins no two entities. Invented names; exact expectations."""
from __future__ import annotations

from graphbuild.fact_merge import merge_facts
from graphbuild.records import EntityRef, Evidence, Relation
from graphbuild.resolve.restated import merge_restated


def _rel(subject: EntityRef, obj: EntityRef, spans: list[tuple[int, int]], role: str | None = None) -> Relation:
    relation = "holds_role" if role else "designated_by"
    return Relation(relation, subject, obj, [Evidence(f"s{a}", a, b, "designations.v1") for a, b in spans], 0.9,
                    role=role, doc="d.md")


def _ofac() -> EntityRef:
    return EntityRef("Office of Foreign Assets Control", "PublicBody", ["OFAC"], id="ofac")


def test_a_list_item_cited_with_and_without_its_number_is_one_statement():
    """One rule cites "3. Dorin Valsk" (2176-2205), another "Dorin Valsk" (2179-2205): one item, one citation."""
    first = _rel(EntityRef("Dorin Valsk", "Person"), _ofac(), [(1949, 2115), (2179, 2205)])
    merged = merge_facts([first, _rel(EntityRef("Dorin Valsk", "Person"), _ofac(), [(1949, 2115), (2176, 2205),
                                                                                     (2300, 2350)])])
    assert [(e.start, e.end) for e in merged[0].evidence] == [(1949, 2115), (2179, 2205), (2300, 2350)]
    assert merged[0].mention_count() == 3


def test_an_alias_naming_another_node_of_the_document_is_dropped():
    """The upper chamber took the lower chamber's short name as an alias; the lower chamber is a node of its own."""
    upper = EntityRef("Senate of the Velmoran Assembly", "PublicBody", ["Velmoran Senate", "Lower Chamber"], id="senate")
    lower = EntityRef("Lower Chamber", "PublicBody", [], id="lower")
    kept = merge_restated([_rel(upper, _ofac(), [(10, 50)]), _rel(lower, _ofac(), [(90, 120)])])
    assert [r.subject.aliases for r in kept] == [["Velmoran Senate"], []]
    assert kept[0].object.aliases == ["OFAC"]


def test_an_alias_that_is_the_same_nodes_name_elsewhere_stays():
    """Two relations name one node two ways: each name is the node's, so each stays an alias of the other."""
    full = EntityRef("Pelorin Abr Tavast Private Limited Company", "Company", ["Tavast Cloud"], id="firm")
    trade = EntityRef("Tavast Cloud", "Company", [], id="firm")
    kept = merge_restated([_rel(full, _ofac(), [(10, 50)]), _rel(EntityRef("Ilse Marrow", "Person", id="p"), trade,
                                                                  [(90, 120)], role="director")])
    assert kept[0].subject.aliases == ["Tavast Cloud"]


def test_a_name_another_kind_of_node_holds_stays_an_alias():
    """A rule read the gang's short name as a vessel: the index keys names by kind, so the gang keeps its alias."""
    gang = EntityRef("La Brava Veloz", "Organization", ["LBV-9"], id="gang")
    ship = EntityRef("LBV-9", "Vessel", [], id="ship")
    kept = merge_restated([_rel(gang, _ofac(), [(10, 50)]), _rel(ship, _ofac(), [(90, 120)])])
    assert kept[0].subject.aliases == ["LBV-9"]
