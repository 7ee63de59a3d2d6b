"""`KnowledgeStore.select`: a local store's rows straight from Oxigraph equal `query`'s rows, cell for cell."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from graphbuild.errors import StoreError
from graphbuild.rdf.base import KnowledgeStore
from graphbuild.rdf.mapping import IriMinter, relation_quads
from graphbuild.records import Document, EntityRef, Evidence, Relation

QUERIES = [
    # typed literals (dates, decimals, booleans), an unbound OPTIONAL, the union default graph, a blank-free IRI column
    "SELECT ?g ?id ?date ?title WHERE { ?g a gb:Document ; dcterms:identifier ?id . OPTIONAL { ?g gb:publicationDate ?date }"
    " OPTIONAL { ?g gb:title ?title } } ORDER BY ?id",
    "SELECT ?d ?conf ?cur ?date WHERE { GRAPH ?g { ?d a gb:Designation ; gb:confidence ?conf ; gb:current ?cur ."
    " OPTIONAL { ?d gb:date ?date } } } ORDER BY ?d",
    "SELECT DISTINCT ?e ?n ?label WHERE { GRAPH ?g { { ?e rdfs:label ?n BIND(true AS ?label) } UNION"
    " { ?e gb:alias ?n BIND(false AS ?label) } } } ORDER BY ?e ?n ?label",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
]


@pytest.fixture()
def small_store(tmp_path):
    board = EntityRef("Harbour Licensing Board", "PublicBody", ["HLB"])
    relations = [
        Relation("designated_by", EntityRef("Quillfeather Freight Ltd", "Company"), board,
                 [Evidence("Quillfeather Freight Ltd was listed.", 0, 24, "test.v1")], 0.875, doc="a.txt",
                 program="Harbour Rules", date="2024-03", date_text="March 2024"),
        Relation("designated_by", EntityRef("Tomas Brindlewood", "Person"), board,
                 [Evidence("Tomas Brindlewood too.", 30, 47, "test.v1")], 0.9, doc="a.txt", current=False),
    ]
    with KnowledgeStore(tmp_path / "store") as ks:
        ks.replace_document("a.txt", relation_quads(Document("a.txt", "text", "0" * 64, "a.txt", {"date": "2024-03-05"}),
                                                    relations, IriMinter()))
        ks.replace_document("b.txt", relation_quads(Document("b.txt", "text", "1" * 64, "b.txt", {"title": "Notice"}),
                                                    relations[:1], IriMinter()))
        yield ks


@pytest.mark.parametrize("sparql", QUERIES)
def test_select_gives_query_rows_as_pyoxigraph_terms(small_store, sparql):
    plain = [tuple(None if term is None else str(term) for term in row) for row in small_store.query(sparql)]
    fast = small_store.select(sparql)
    assert plain  # the query matches something
    assert [tuple(None if term is None else term.value for term in row) for row in fast] == plain
    assert fast == KnowledgeStore.select(small_store, sparql)  # the generic path (via rdflib) gives the same terms
    assert all(term is None or isinstance(term, (ox.NamedNode, ox.Literal)) for row in fast for term in row)


def test_select_reports_a_bad_query_as_a_store_error(small_store):
    with pytest.raises(StoreError, match="query failed"):
        small_store.select("SELECT ?x WHERE { ?x")


def test_document_hashes_read_through_select(small_store):
    assert small_store.document_hashes() == {"a.txt": "0" * 64, "b.txt": "1" * 64}


def test_ox_quads_converts_like_ox_quad():
    """The per-graph conversion (each IRI once) gives the Quads `ox_quad` gives, for every kind of term."""
    from rdflib import XSD, BNode, Literal, URIRef

    from graphbuild.rdf.terms import ox_quad, ox_quads

    class Named(URIRef):  # a URIRef subclass goes through to_ox unchanged
        pass

    board = EntityRef("Harbour Licensing Board", "PublicBody", ["HLB"])
    relation = Relation("holds_role", EntityRef("Tomas Brindlewood", "Person"), board,
                        [Evidence("Tomas Brindlewood chairs the board.", 0, 17, "test.v1")], 0.8125, doc="a.txt",
                        role="chair", date="2021", current=False)
    g = URIRef("https://example.org/g")
    quads = relation_quads(Document("a.txt", "text", "0" * 64, "a.txt", {"date": "2024-03-05", "title": "Notice"}),
                           [relation], IriMinter())
    quads += [(g, URIRef("https://example.org/p"), Literal("bord", lang="fr"), g),
              (BNode("b1"), URIRef("https://example.org/p"), Literal("7", datatype=XSD.integer), g),
              (Named("https://example.org/n"), URIRef("https://example.org/p"), Literal(True), g)]
    assert ox_quads(quads) == [ox_quad(*quad) for quad in quads]
    assert len(quads) > 40


def _no_rdflib_rows(store, monkeypatch):
    """The store's rdflib path fails: a reader that still goes through it (a term made per cell) is caught."""
    def query(*args, **kwargs):
        raise AssertionError("read through the rdflib Dataset")

    monkeypatch.setattr(store, "query", query)


def test_relations_are_read_through_select(small_store, monkeypatch):
    """The outputs' read-back (`iter_relations`) reads every cell as a pyoxigraph term (issue 18, S20): same records."""
    from graphbuild.outputs.relations import iter_relations

    _no_rdflib_rows(small_store, monkeypatch)
    records = list(iter_relations(small_store))
    assert [(r["doc"], r["subject"]["name"], r["confidence"], r["current"], r["program"], r["date"], r["date_text"])
            for r in records] == [
        ("a.txt", "Quillfeather Freight Ltd", 0.875, True, "Harbour Rules", "2024-03", "March 2024"),
        ("a.txt", "Tomas Brindlewood", 0.9, False, None, None, None),
        ("b.txt", "Quillfeather Freight Ltd", 0.875, True, "Harbour Rules", "2024-03", "March 2024")]
    assert records[0]["object"] == {"id": records[0]["object"]["id"], "name": "Harbour Licensing Board",
                                    "type": "PublicBody", "aliases": ["HLB"]}
    assert records[1]["evidence"] == [{"sentence": "Tomas Brindlewood too.", "start": 30, "end": 47, "extractor": "test.v1"}]


def test_delistings_are_read_through_select(tmp_path, monkeypatch):
    """rdf/delistings reads the statements as pyoxigraph terms (issue 18, S20): a later removal still ends the
    designation, with the removal's date."""
    from graphbuild.rdf.delistings import ended_designations

    board = EntityRef("Harbour Licensing Board", "PublicBody")
    firm = EntityRef("Quillfeather Freight Ltd", "Company")
    listed = Relation("designated_by", firm, board, [Evidence("Quillfeather Freight Ltd was listed.", 0, 24, "test.v1")],
                      0.9, doc="a.txt", date="2024-03")
    removed = Relation("delisted_by", firm, board, [Evidence("Quillfeather Freight Ltd was removed.", 0, 24, "test.v1")],
                       0.9, doc="c.txt", date="2024-05-02")
    with KnowledgeStore(tmp_path / "store") as ks:
        ks.replace_document("a.txt", relation_quads(Document("a.txt", "text", "0" * 64, "a.txt", {}), [listed], IriMinter()))
        ks.replace_document("c.txt", relation_quads(Document("c.txt", "text", "2" * 64, "c.txt", {}), [removed], IriMinter()))
        _no_rdflib_rows(ks, monkeypatch)
        ended = ended_designations(ks)
    assert [end for end, _ in ended.values()] == ["2024-05-02"]
