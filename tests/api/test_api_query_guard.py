"""`KnowledgeGraph.query` is read-only as `graphbuild query` and `serve` are (P2, after the hostile probe P1:
SERVICE ran from the API, and an unreachable one leaked oxigraph's raw OSError)."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from graphbuild import KnowledgeGraph
from graphbuild.errors import QueryError
from graphbuild.rdf.store import KnowledgeStore

SERVICE = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("guard") / "store"
    with KnowledgeStore(path) as ks:
        graph = ks.minter.document("a.txt")
        ks.replace_document("a.txt", [(URIRef("https://example.org/a"), URIRef("https://example.org/v"), Literal(1), graph)])
    graph = KnowledgeGraph.open(path)
    yield graph
    graph.close()


def test_service_is_refused_with_the_cli_and_serve_message(kg):
    with pytest.raises(QueryError, match=r"^the query uses SERVICE, which would send requests from this machine to "
                                         r"another address; refused by default"):
        kg.query(SERVICE)


def test_an_update_is_refused(kg):
    with pytest.raises(QueryError, match=r"^this is a SPARQL update \(INSERT, DELETE, LOAD, DROP, \.\.\.\)"):
        kg.query("INSERT DATA { <https://example.org/b> <https://example.org/v> 2 }")
    assert kg.query("ASK { <https://example.org/b> ?p ?o }") is False


def test_an_allowed_service_that_fails_is_a_query_error_not_an_os_error(kg):
    with pytest.raises(QueryError, match=r"^the query's SERVICE request failed \("):
        kg.query(SERVICE, allow_service=True)


def test_ordinary_queries_still_run(kg):
    assert kg.query("SELECT ?o WHERE { ?s ?p ?o }").to_dicts() == [{"o": 1}]
