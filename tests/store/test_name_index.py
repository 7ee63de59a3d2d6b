"""The name index: normalised names in one derived graph, lookups that agree with a label scan, kept out of exports."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from graphbuild import queries
from graphbuild.rdf import name_index
from graphbuild.rdf.mapping import IriMinter, relation_quads
from graphbuild.rdf.store import KnowledgeStore, to_ox
from graphbuild.records import Document, EntityRef, Evidence, Relation

INDEX = f"<{name_index.NAME_INDEX_GRAPH}>"
OFAC = EntityRef("Office of Foreign Assets Control", "PublicBody", ["OFAC"])
MADURO = EntityRef("Maduro, Nicolás", "Person")


@pytest.fixture()
def two_docs(tmp_path):
    """Two documents naming the same authority; the person appears in the first only, the program in the second."""
    def doc(doc_id: str, target: EntityRef, program: str | None) -> list:
        rel = Relation("designated_by", target, OFAC, [Evidence("s", 0, 1, "test.v1")], 0.9, doc=doc_id, program=program)
        return relation_quads(Document(doc_id, "t", "0" * 64, doc_id), [rel], IriMinter())

    with KnowledgeStore(tmp_path / "store") as ks:
        ks.replace_document("a.txt", doc("a.txt", MADURO, None))
        ks.replace_document("b.txt", doc("b.txt", EntityRef("Zorin Shipping LLC", "Company"), "E.O. 13553"))
        yield ks


def index_rows(ks, entity: URIRef) -> set[tuple[str, str]]:
    rows = ks.query(queries.bind_values(f"SELECT ?p ?v WHERE {{ GRAPH {INDEX} {{ ?e ?p ?v }} }}", {"e": entity}))
    return {(str(p).rsplit("#", 1)[-1], str(v)) for p, v in rows}


def test_the_index_holds_keys_search_text_and_one_shown_name(two_docs):
    assert not name_index.present(two_docs)
    name_index.rebuild(two_docs)
    assert name_index.present(two_docs)
    minter = IriMinter()
    assert index_rows(two_docs, minter.entity(MADURO)) == {
        ("nameKey", "maduro nicolas"), ("nameKey", "nicolas maduro"), ("searchText", "maduro, nicolas"),
        ("label", "Maduro, Nicolás")}
    assert index_rows(two_docs, minter.entity(OFAC)) == {
        ("nameKey", "office foreign assets control"), ("nameKey", "ofac"),
        ("searchText", "office of foreign assets control"), ("searchText", "ofac"),
        ("label", "Office of Foreign Assets Control")}
    program = minter.entity(EntityRef("E.O. 13553", "SanctionsProgram"))
    assert index_rows(two_docs, program) == {("nameKey", "e o 13553"), ("searchText", "e.o. 13553"), ("label", "E.O. 13553")}


@pytest.mark.parametrize("value,mode", [("Nicolas Maduro", "->"), ("MADURO, Nicolás", "->"), ("ofac", "->"),
                                        ("Office of Foreign Assets Control", "->"), ("maduro", "~>"), ("13553", "~>"),
                                        ("foreign assets", "~>"), ("Zorin", "->"), ("nobody", "~>"), ("", "~>")])
def test_lookups_through_the_index_agree_with_a_label_scan(two_docs, value, mode):
    scanned = queries.find_entities(two_docs, value, mode)
    name_index.rebuild(two_docs)
    assert queries.find_entities(two_docs, value, mode) == scanned


def test_lookup_results_are_exact(two_docs):
    name_index.rebuild(two_docs)
    minter = IriMinter()
    assert queries.find_entities(two_docs, "nicolas maduro") == [minter.entity(MADURO)]
    assert queries.find_entities(two_docs, "13553", "~>") == [minter.entity(EntityRef("E.O. 13553", "SanctionsProgram"))]
    assert queries.find_entities(two_docs, "Zorin") == []  # exact mode: a part of a name is not the name


def test_a_rebuild_forgets_the_names_of_removed_documents(two_docs):
    name_index.rebuild(two_docs)
    two_docs.remove_document("a.txt")
    name_index.rebuild(two_docs)
    assert queries.find_entities(two_docs, "Nicolás Maduro") == []
    assert index_rows(two_docs, IriMinter().entity(MADURO)) == set()
    assert queries.find_entities(two_docs, "OFAC") == [IriMinter().entity(OFAC)]  # still named by b.txt


def test_the_index_is_not_exported(two_docs):
    name_index.rebuild(two_docs)
    graphs = {q.graph_name.value for q in two_docs.iter_quads()}
    assert str(name_index.NAME_INDEX_GRAPH) not in graphs and len(graphs) == 2


def test_a_build_leaves_an_index_equal_to_a_fresh_rebuild(seed_out):
    with KnowledgeStore(seed_out / "store", read_only=True) as ks:
        assert name_index.present(ks)
        built = {str(q) for q in ks._ox.quads_for_pattern(None, None, None, to_ox(name_index.NAME_INDEX_GRAPH))}
        fresh = {str(q) for q in name_index.index_quads((to_ox(e), n, is_label) for e, n, is_label in name_index.names(ks))}
    assert len(built) > 100 and built == fresh
    assert str(name_index.NAME_INDEX_GRAPH) not in (seed_out / "graph.trig").read_text(encoding="utf-8")


# ---- parameter marks ---------------------------------------------------------------------------
def test_a_marked_parameter_is_bound_at_every_mark_and_nowhere_else():
    sparql = ('SELECT ?a WHERE {\n  # VALUES ?a { UNDEF } in a comment stays\n  { VALUES ?a { UNDEF } ?a <http://e/p> ?b }'
              ' UNION { VALUES ?a { UNDEF } ?a <http://e/q> "VALUES ?a { UNDEF }" }\n}')
    bound = queries.bind_values(sparql, {"a": URIRef("http://e/x")}, {"b": [Literal("1"), Literal("2")]})
    assert bound.count("VALUES ?a { <http://e/x> }") == 2
    assert "# VALUES ?a { UNDEF } in a comment stays" in bound and '"VALUES ?a { UNDEF }"' in bound
    assert bound.startswith('SELECT ?a WHERE {\n  VALUES ?b { "1" "2" }\n')  # no mark for ?b: top of WHERE


def test_marks_do_not_change_results_and_run_elsewhere_unchanged(tmp_path):
    graph = URIRef("http://e/g")
    with KnowledgeStore(tmp_path / "s") as ks:
        ks.replace_graph(graph, [ox.Quad(to_ox(URIRef(f"http://e/{s}")), to_ox(URIRef("http://e/p")), to_ox(Literal(o)), to_ox(graph))
                                 for s, o in (("a", "1"), ("b", "2"))])
        marked = "SELECT ?s ?o WHERE { GRAPH ?g { VALUES ?s { UNDEF } ?s <http://e/p> ?o } } ORDER BY ?s"
        assert [str(r[1]) for r in ks.query(marked)] == ["1", "2"]
        assert [str(r[1]) for r in queries.run(ks, marked, {"s": URIRef("http://e/b")})] == ["2"]
