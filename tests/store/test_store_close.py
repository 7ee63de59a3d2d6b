"""Closing a store lets go of its folder: the same process (a notebook, a script) can open it again."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from graphbuild.errors import StoreError
from graphbuild.rdf.store import KnowledgeStore

DOC = URIRef("https://example.org/doc/1")


def test_a_closed_store_can_be_opened_again_with_its_data(tmp_path):
    store = KnowledgeStore(tmp_path / "s")
    quad = ox.Quad(ox.NamedNode("https://example.org/a"), ox.NamedNode("https://example.org/p"), ox.Literal("x"), ox.NamedNode(str(DOC)))
    store.replace_graph(DOC, [quad])
    store.close()
    with KnowledgeStore(tmp_path / "s") as again:  # before the fix: "lock hold by current process"
        assert [str(q) for q in again.iter_quads()] == [str(quad)]
    with KnowledgeStore(tmp_path / "s", read_only=True) as reader:
        assert reader.count() == 1


def test_using_a_closed_store_is_a_clear_error(tmp_path):
    store = KnowledgeStore(tmp_path / "s")
    store.close()
    store.close()  # closing twice is harmless
    for use in (store.count, lambda: store.query("ASK { ?s ?p ?o }"), lambda: store.replace_graph(DOC, []),
                lambda: list(store.iter_quads())):
        with pytest.raises(StoreError, match="this store was closed"):
            use()
