"""A first build's batches of document graphs (`KnowledgeStore.write_documents(bulk=True)`) leave the same store as
one transaction per document, a graph already there replaced, not merged; small batches take the transactions."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import URIRef

import graphbuild.rdf.local as local
from graphbuild.rdf.store import open_store

GB = "https://w3id.org/graphbuild/ontology#"
SHA, LABEL = ox.NamedNode(GB + "sha256"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def document(n: int, facts: int, version: str = "new") -> tuple[URIRef, list[ox.Quad]]:
    graph = ox.NamedNode(f"http://example.org/doc/{n}")
    quads = [ox.Quad(ox.NamedNode(f"http://example.org/entity/{n}/{i}"), LABEL, ox.Literal(f"Entity {i} ({version})"), graph)
             for i in range(facts)]
    quads.append(ox.Quad(graph, SHA, ox.Literal(f"hash {n} {version}"), graph))
    return URIRef(graph.value), quads


def everything(store) -> set[str]:
    return {str(q) for q in store.iter_quads()}


def test_bulk_batches_equal_one_transaction_per_document(tmp_path, monkeypatch):
    old = [document(n, 40, "old") for n in range(3)]
    new = [document(n, 600) for n in range(6)]  # 3,606 quads: above BULK_MIN_QUADS
    with open_store(tmp_path / "one") as one:
        for graph, quads in old + new:
            one.replace_graph(graph, quads)
        expected = everything(one)
    with open_store(tmp_path / "bulk") as bulk:
        for graph, quads in old:
            bulk.replace_graph(graph, quads)
        replaced: list[str] = []
        monkeypatch.setattr(local.LocalStore, "replace_graph", lambda self, graph, quads: replaced.append(str(graph)))
        bulk.write_documents(new, bulk=True)
        assert replaced == []  # the bulk path, not a transaction per document
        assert everything(bulk) == expected
        assert not any("old" in q for q in everything(bulk))  # the three old graphs replaced, not merged


def test_small_batches_and_non_bulk_writes_use_transactions(tmp_path, monkeypatch):
    monkeypatch.setattr(local, "BULK_MIN_QUADS", 10_000)
    replaced: list[str] = []
    original = local.LocalStore.replace_graph

    def replace(self, graph, quads):
        replaced.append(str(graph))
        original(self, graph, quads)

    monkeypatch.setattr(local.LocalStore, "replace_graph", replace)
    docs = [document(n, 5) for n in range(3)]
    with open_store(tmp_path / "store") as store:
        store.write_documents(docs, bulk=True)
        store.write_documents(docs[:1], bulk=False)
        assert replaced == [str(g) for g, _ in docs] + [str(docs[0][0])]
        assert len(everything(store)) == 3 * 6


def sealed(store) -> set[str]:
    return {q.graph_name.value for q in store.iter_quads() if q.predicate == SHA}


def test_held_seals_go_in_with_the_next_batch_and_the_store_ends_the_same(tmp_path):
    first = [document(n, 600) for n in range(4)]  # 2,404 quads a batch: the bulk path
    second = [document(n, 600) for n in range(4, 8)]
    with open_store(tmp_path / "one") as one:
        for graph, quads in first + second:
            one.replace_graph(graph, quads)
        expected = everything(one)
    with open_store(tmp_path / "held") as held:
        held.write_documents(first, bulk=True, hold_seals=True)
        assert sealed(held) == set()  # the facts are in, the seals wait
        assert len(everything(held)) == 4 * 600
        held.write_documents(second, bulk=True, hold_seals=True)
        assert sealed(held) == {str(g) for g, _ in first}  # sealed by the next batch's write, the second batch not yet
        held.write_held_seals()
        assert sealed(held) == {str(g) for g, _ in first + second}
        assert everything(held) == expected


def test_held_seals_are_written_before_any_other_write_and_at_close(tmp_path):
    batch = [document(n, 600) for n in range(4)]
    with open_store(tmp_path / "store") as store:
        store.write_documents(batch, bulk=True, hold_seals=True)
        store.replace_graph(*document(9, 2))  # another write: the held seals go in first
        assert sealed(store) == {str(g) for g, _ in batch} | {"http://example.org/doc/9"}
    with open_store(tmp_path / "closed") as store:
        store.write_documents(batch, bulk=True, hold_seals=True)
    with open_store(tmp_path / "closed") as store:  # closed with seals held: close wrote them
        assert sealed(store) == {str(g) for g, _ in batch}


def test_a_graph_replaced_by_the_next_batch_loses_its_held_seal(tmp_path):
    old = [document(n, 600, "old") for n in range(4)]
    new = [document(n, 600) for n in range(2, 6)]  # doc 2 and 3 again, new content
    with open_store(tmp_path / "store") as store:
        store.write_documents(old, bulk=True, hold_seals=True)
        store.write_documents(new, bulk=True, hold_seals=True)
        store.write_held_seals()
        hashes = sorted((q.graph_name.value, q.object.value) for q in store.iter_quads() if q.predicate == SHA)
    assert hashes == [(f"http://example.org/doc/{n}", f"hash {n} {'old' if n < 2 else 'new'}") for n in range(6)]
