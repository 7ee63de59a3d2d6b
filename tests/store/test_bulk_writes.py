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
