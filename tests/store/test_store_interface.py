"""The one store interface (graphbuild.rdf.base.KnowledgeStore): the local Oxigraph folder and a SPARQL
endpoint answer every operation the build, the name index and the shard loader use in the same way."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from graphbuild.errors import StoreError
from graphbuild.paths import ontology_dir
from graphbuild.rdf.base import implementation
from graphbuild.rdf.store import EndpointStore, KnowledgeStore, LocalStore, open_store
from graphbuild.rdf.shards import load_shards, seal_path
from graphbuild.rdf.vocab import ONTOLOGY_GRAPH

G1, G2 = ox.NamedNode("http://example.org/graph/one"), ox.NamedNode("http://example.org/graph/two")
ALPHA, BETA = ox.NamedNode("http://example.org/alpha"), ox.NamedNode("http://example.org/beta")
LABEL, ALIAS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.NamedNode("https://w3id.org/graphbuild/ontology#alias")


def quad(s: ox.NamedNode, p: ox.NamedNode, text: str, g: ox.NamedNode) -> ox.Quad:
    return ox.Quad(s, p, ox.Literal(text), g)


def contents(store: KnowledgeStore, graph: ox.NamedNode) -> set[str]:
    return {str(q) for q in store.graph_quads(URIRef(graph.value))}


@pytest.fixture(params=["local", "endpoint"])
def store(request, tmp_path):
    location = tmp_path / "store" if request.param == "local" else request.getfixturevalue("oxigraph_server")
    with open_store(location) as opened:
        yield opened


def test_a_location_picks_its_implementation(tmp_path):
    assert implementation(tmp_path / "store") is LocalStore
    assert implementation("http://127.0.0.1:7878/query") is EndpointStore
    assert implementation("https://example.org/sparql") is EndpointStore
    with KnowledgeStore(tmp_path / "store") as opened:  # the name callers used before the interface still opens one
        assert type(opened) is LocalStore and isinstance(opened, KnowledgeStore)


def test_graph_writes_read_back_alike(store):
    store.replace_graph(URIRef(G1.value), [quad(ALPHA, LABEL, "Alpha Agency", G1), quad(BETA, ALIAS, "B. Ministry", G1)])
    store.replace_graph(URIRef(G2.value), [quad(ALPHA, ALIAS, "AA", G2)])
    assert contents(store, G1) == {str(quad(ALPHA, LABEL, "Alpha Agency", G1)), str(quad(BETA, ALIAS, "B. Ministry", G1))}
    found = store.subjects_in([G1, URIRef(G2.value)], [URIRef(LABEL.value)])
    assert found is None or found == {ALPHA}  # None: the store cannot tell cheaply (an endpoint)

    store.replace_subjects(G1, [ALPHA], [quad(ALPHA, LABEL, "Alpha Office", G1)])
    assert contents(store, G1) == {str(quad(ALPHA, LABEL, "Alpha Office", G1)), str(quad(BETA, ALIAS, "B. Ministry", G1))}
    store.remove_quads([quad(BETA, ALIAS, "B. Ministry", G1), quad(BETA, ALIAS, "never stored", G1)])
    assert contents(store, G1) == {str(quad(ALPHA, LABEL, "Alpha Office", G1))}
    assert store.count() == 2
    store.replace_graph(URIRef(G1.value), [])
    assert contents(store, G1) == set() and store.count() == 1


def test_text_with_query_syntax_is_stored_as_data(store):
    tricky = 'x" } ; DROP ALL ; INSERT DATA { <http://e/s> <http://e/p> "y'
    store.replace_graph(URIRef(G1.value), [quad(ALPHA, LABEL, tricky, G1)])
    store.replace_subjects(G1, [ALPHA], [quad(ALPHA, LABEL, tricky + " again", G1)])
    assert contents(store, G1) == {str(quad(ALPHA, LABEL, tricky + " again", G1))}
    assert store.count() == 1


def test_an_unchanged_ontology_is_not_written_again(store, monkeypatch):
    store.load_ontology(ontology_dir() / "graphbuild.ttl")
    size = len(contents(store, ox.NamedNode(str(ONTOLOGY_GRAPH))))
    assert size > 100

    def refuse(*args, **kwargs):
        raise AssertionError("the unchanged ontology was written again")

    monkeypatch.setattr(type(store), "replace_graph", refuse)
    store.load_ontology(ontology_dir() / "graphbuild.ttl")
    assert len(contents(store, ox.NamedNode(str(ONTOLOGY_GRAPH)))) == size


def test_shards_replace_their_documents_graphs(store, tmp_path):
    store.replace_graph(URIRef(G1.value), [quad(ALPHA, LABEL, "old name", G1)])
    shard = tmp_path / "000001.nq"
    shard.write_bytes(ox.serialize([quad(ALPHA, LABEL, "new name", G1), quad(BETA, LABEL, "Beta", G2)], format=ox.RdfFormat.N_QUADS))
    Path(seal_path(shard)).write_bytes(ox.serialize([quad(G1, ALIAS, "sealed", G1)], format=ox.RdfFormat.N_QUADS))
    load_shards(store, [(str(shard), [G1, G2])])
    assert contents(store, G1) == {str(quad(ALPHA, LABEL, "new name", G1)), str(quad(G1, ALIAS, "sealed", G1))}
    assert contents(store, G2) == {str(quad(BETA, LABEL, "Beta", G2))}


def test_a_read_only_store_refuses_every_write(tmp_path):
    with open_store(tmp_path / "store") as writable:
        writable.replace_graph(URIRef(G1.value), [quad(ALPHA, LABEL, "Alpha", G1)])
    with open_store(tmp_path / "store", read_only=True) as store:
        for write in (lambda: store.replace_graph(URIRef(G1.value), []), lambda: store.remove_quads([]),
                      lambda: store.replace_subjects(G1, [ALPHA], [])):
            with pytest.raises(StoreError, match="opened read-only"):
                write()
        assert contents(store, G1) == {str(quad(ALPHA, LABEL, "Alpha", G1))}
