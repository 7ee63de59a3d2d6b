"""One path merges the statements of a fact (fact_merge.py; G, twenty-fifth session), and no name of an entity is lost.

Before: extraction merged a restated fact by hand (`run_extractors`: a restatement added its evidence only when its
first statement was new, and counted at the end) beside `Relation.absorb` (windows, resolved names), and neither kept
the other name of an entity stated two ways: the kept line's aliases lacked it, and the graph wrote only the names of
an entity's first relation in a document. Invented names; exact expectations."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from graphbuild.fact_merge import FactMerger, add_names, merge_facts
from graphbuild.rdf.mapping import IriMinter, relation_quads
from graphbuild.rdf.vocab import GB
from graphbuild.records import Document, EntityRef, Evidence, Relation
from graphbuild.resolve.restated import merge_restated, resolved_key

OFAC = "Office of Foreign Assets Control"


def _designation(name: str, starts: list[int], aliases: list[str] | None = None, iri: str | None = "firm",
                 confidence: float = 0.9) -> Relation:
    return Relation("designated_by", EntityRef(name, "Company", list(aliases or []), id=iri),
                    EntityRef(OFAC, "PublicBody", ["OFAC"], id="ofac"),
                    [Evidence(f"s{s}", s, s + 5, "designations.v1") for s in starts], confidence, doc="d.md")


def test_the_other_name_of_a_resolved_entity_becomes_an_alias_of_the_kept_line():
    first = _designation("Tavast Cloud", [10])
    merged = merge_restated([first, _designation("Pelorin Abr Tavast Private Limited Company", [50], ["Tavast Cloud"])])
    assert merged == [first]
    assert first.subject.name == "Tavast Cloud"
    assert first.subject.aliases == ["Pelorin Abr Tavast Private Limited Company"]
    assert first.object.aliases == ["OFAC"]


def test_names_are_added_once_in_any_case_and_never_into_a_shared_list():
    shared = ["Tavast"]
    ref = EntityRef("Tavast Cloud", "Company", shared)
    add_names(ref, EntityRef("TAVAST CLOUD", "Company", ["tavast", "Pelorin Abr Tavast", "Tavast Cloud LLC"]))
    assert ref.aliases == ["Tavast", "Pelorin Abr Tavast", "Tavast Cloud LLC"]
    assert shared == ["Tavast"]
    add_names(ref, EntityRef("Pelorin abr Tavast", "Company"))
    assert ref.aliases == ["Tavast", "Pelorin Abr Tavast", "Tavast Cloud LLC"]


def test_extraction_merges_aliases_of_one_name_too():
    """Extraction keys a fact by its names: two statements of one name may carry other aliases."""
    first = _designation("Tavast Cloud", [10], ["Tavast"], iri=None)
    merged = merge_facts([first, _designation("Tavast Cloud", [50], ["TC"], iri=None)])
    assert merged == [first] and first.subject.aliases == ["Tavast", "TC"]


def test_a_restatement_sharing_its_first_statement_keeps_its_other_statements():
    """A rule cites the list's lead and the item, another the lead and a sentence about the designee: both
    sentences are statements of the fact (before, extraction dropped the second's because the lead was merged)."""
    first = _designation("Tavast Cloud", [10, 90], iri=None)
    merged = merge_facts([first, _designation("Tavast Cloud", [10, 40], iri=None)])
    assert [e.start for e in merged[0].evidence] == [10, 90, 40] and merged[0].mentions is None


def test_one_statement_read_by_two_rules_is_kept_and_counted_once():
    first = _designation("Tavast Cloud", [10], iri=None)
    other = _designation("Tavast Cloud", [10], iri=None)
    other.evidence[0].extractor = "roles.v1"
    merged = merge_facts([first, other])
    assert [(e.start, e.extractor) for e in merged[0].evidence] == [(10, "designations.v1")]
    assert merged[0].mentions is None


def test_many_statements_are_bounded_and_counted_on_every_path():
    """Extraction (unbounded relations), windows and resolved names (bounded ones) count each statement once."""
    merger = FactMerger()
    for start in range(0, 150, 10):  # 15 statements, one relation each, as the rules give them
        merger.add(_designation("Tavast Cloud", [start], iri=None))
    merger.add(_designation("Tavast Cloud", [0], iri=None))  # one of them read again
    (rel,) = merger.relations()
    assert (len(rel.evidence), rel.mentions) == (10, 15)
    other = _designation("Pelorin Abr Tavast", [*range(50, 100, 10), *range(200, 270, 10)])  # 12, 5 of them the first's
    other.bound_evidence()
    rel.subject.id = "firm"
    (merged,) = merge_facts([rel, other], resolved_key)
    assert [e.start for e in merged.evidence] == list(range(0, 100, 10)) and merged.mentions == 15 + 7


def test_the_graph_gives_an_entity_every_name_its_relations_give_it():
    minter = IriMinter()
    doc = Document("d.md", "", "0", "d.md")
    firm = "https://example.org/firm"
    quads = relation_quads(doc, [
        _designation("Tavast Cloud", [10], iri=firm),
        Relation("holds_role", EntityRef("Marit Sarvan", "Person", id="https://example.org/p"),
                 EntityRef("Pelorin Abr Tavast Private Limited Company", "Company", ["Tavast Cloud", "PAT"], id=firm),
                 [Evidence("s", 60, 70, "roles.v1")], 0.9, doc="d.md", role="director")], minter)
    names = sorted((str(p), str(o)) for s, p, o, _ in quads if s == URIRef(firm) and p in (RDFS.label, GB.alias, SKOS.altLabel))
    assert names == sorted([
        (str(RDFS.label), "Tavast Cloud"),
        (str(GB.alias), "Pelorin Abr Tavast Private Limited Company"), (str(SKOS.altLabel), "Pelorin Abr Tavast Private Limited Company"),
        (str(GB.alias), "PAT"), (str(SKOS.altLabel), "PAT")])
    assert sum(1 for s, p, o, _ in quads if s == URIRef(firm) and p == RDFS.label) == 1
    assert Literal("Tavast Cloud") not in {o for s, p, o, _ in quads if s == URIRef(firm) and p == GB.alias}
