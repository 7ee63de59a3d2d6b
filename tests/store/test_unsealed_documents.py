"""A document graph without its seal (a bulk-loaded first build killed before the seals) is dropped by the next build,
also when its input file is gone: no fact of an incomplete document stays in the store."""
from __future__ import annotations

import pyoxigraph as ox

from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.rdf.base import open_store

GB = "https://w3id.org/graphbuild/ontology#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _unsealed_graph(store, doc_id: str) -> ox.NamedNode:
    graph = store.minter.document(doc_id)
    name = ox.NamedNode(str(graph))
    person = ox.NamedNode("https://w3id.org/graphbuild/id/person/anton-sedov")
    store.replace_graph(graph, [ox.Quad(name, ox.NamedNode(RDF_TYPE), ox.NamedNode(GB + "Document"), name),
                                ox.Quad(name, ox.NamedNode(DCT + "identifier"), ox.Literal(doc_id), name),
                                ox.Quad(person, ox.NamedNode(RDF_TYPE), ox.NamedNode(GB + "Person"), name)])
    return name


def test_a_build_drops_the_unsealed_graph_of_an_input_that_is_gone(tmp_path):
    out = tmp_path / "out"
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    with open_store(out / "store") as store:
        _unsealed_graph(store, "gone.txt")
        assert [str(g) for g in store.unsealed_documents()] == [str(store.minter.document("gone.txt"))]

    report = build([inputs], BuildOptions(out=out))

    assert report.errors == []
    with open_store(out / "store") as store:
        assert store.unsealed_documents() == []
        assert list(store.graph_quads(store.minter.document("gone.txt"))) == []
