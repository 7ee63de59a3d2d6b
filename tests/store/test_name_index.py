"""The name index: normalised names in one derived graph, lookups that agree with a label scan, kept out of exports."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from graphbuild.rdf import queries
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


# ---- incremental updates -----------------------------------------------------------------------
def _index(ks: KnowledgeStore) -> set[str]:
    return {str(q) for q in ks._ox.quads_for_pattern(None, None, None, to_ox(name_index.NAME_INDEX_GRAPH))}


def _fresh(ks: KnowledgeStore) -> set[str]:
    return {str(q) for q in name_index.index_quads((to_ox(e), n, is_label) for e, n, is_label in name_index.names(ks))}


def _designation(doc_id: str, target: EntityRef) -> list:
    rel = Relation("designated_by", target, OFAC, [Evidence("s", 0, 1, "test.v1")], 0.9, doc=doc_id)
    return relation_quads(Document(doc_id, "t", "0" * 64, doc_id), [rel], IriMinter())


def test_an_update_of_the_touched_entities_equals_a_fresh_rebuild(two_docs):
    ks = two_docs
    name_index.rebuild(ks)
    touched = name_index.Touched(ks)
    graph_a = ks.minter.document("a.txt")
    touched.note([graph_a])  # a.txt now names another person (and OFAC by a new alias) ...
    ks.replace_document("a.txt", _designation("a.txt", EntityRef("Kaveh Zand", "Person")))
    touched.note([graph_a])
    assert sorted(e.value.split("/")[-2] for e in touched.entities) == ["org", "person", "person"]  # OFAC, Maduro, Zand
    graph_b = ks.minter.document("b.txt")
    touched.note([graph_b])  # ... and b.txt is removed: Zorin Shipping LLC and the program leave the store
    ks.remove_document("b.txt")
    name_index.invalidate(ks)  # as a build does before its first write
    assert not name_index.present(ks)
    written = name_index.update(ks, touched.entities)
    assert written > 0 and name_index.present(ks)
    assert _index(ks) == _fresh(ks)
    keys = {q.object.value for q in ks._ox.quads_for_pattern(None, to_ox(name_index.GB.nameKey), None, None)}
    assert "kaveh zand" in keys and "nicolas maduro" not in keys and not any("zorin" in k for k in keys)


def _pipeline_index(out) -> tuple[set[str], set[str]]:
    with KnowledgeStore(out / "store", read_only=True) as ks:
        return _index(ks), _fresh(ks)


def test_builds_update_the_index_incrementally_and_it_equals_a_rebuild(seed_copy, seeds_copy, replay, monkeypatch):
    """A curation rename re-extracts every document, then --prune drops one: each build updates, never rebuilds."""
    from graphbuild.pipeline.run import BuildOptions, build

    def no_rebuild(store):
        raise AssertionError("a build with a complete index rebuilt it in full")

    monkeypatch.setattr(name_index, "rebuild", no_rebuild)
    curation = seeds_copy.parent / "curation.yaml"
    curation.write_text("rename:\n  - name: Esmaeil Khatib\n    to: Esmaeil Khatib (minister)\n", encoding="utf-8")
    renamed = build([seeds_copy], BuildOptions(out=seed_copy, curation=curation, outputs=False))
    assert renamed.processed == renamed.documents
    built, fresh = _pipeline_index(seed_copy)
    assert built == fresh
    assert any('"Esmaeil Khatib (minister)"' in q for q in built)

    (seeds_copy / "iran_intelligence_ministry_2022.txt").unlink()
    pruned = build([seeds_copy], BuildOptions(out=seed_copy, curation=curation, prune=True, outputs=False))
    assert pruned.pruned == 1 and pruned.processed == 0
    built, fresh = _pipeline_index(seed_copy)
    assert built == fresh


def test_a_build_stopped_before_its_index_update_leaves_a_store_the_next_build_repairs(seed_copy, seeds_copy, replay, monkeypatch):
    from graphbuild.pipeline.run import BuildOptions, build

    curation = seeds_copy.parent / "curation.yaml"
    curation.write_text("rename:\n  - name: Esmaeil Khatib\n    to: Esmaeil Khatib (minister)\n", encoding="utf-8")

    def crash(store, entities):
        raise KeyboardInterrupt  # stopped after every document was written, before the index caught up

    monkeypatch.setattr(name_index, "update", crash)
    with pytest.raises(KeyboardInterrupt):
        build([seeds_copy], BuildOptions(out=seed_copy, curation=curation, outputs=False))
    monkeypatch.undo()
    with KnowledgeStore(seed_copy / "store", read_only=True) as ks:
        assert not name_index.present(ks)  # the marker went out with the first write
        assert queries.find_entities(ks, "Esmaeil Khatib (minister)")  # lookups fall back to the labels meanwhile
    import graphbuild.pipeline.local_engine as local_engine

    monkeypatch.setattr(local_engine, "process", __import__("gbstore_support").make_process(replay))
    again = build([seeds_copy], BuildOptions(out=seed_copy, curation=curation, outputs=False))
    assert again.processed == 0  # nothing left to extract, yet the index is whole again
    built, fresh = _pipeline_index(seed_copy)
    assert built == fresh and any('"Esmaeil Khatib (minister)"' in q for q in built)
