"""`graphbuild query` is read-only, makes no requests elsewhere, binds names as written and keeps the terminal safe
(issue 15, probes 4, 6, 7)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import QueryError
from graphbuild.rdf import queries
from graphbuild.rdf.store import KnowledgeStore
from graphbuild.terminal import safe

GB = Namespace("https://w3id.org/graphbuild/ontology#")
HOSTILE_ID = "brief\x1b]0;owned\x07\x1b[2J\r.txt"  # sets the window title, clears the screen, returns the cursor
runner = CliRunner()


@pytest.fixture()
def store(tmp_path):
    location = tmp_path / "store"
    with KnowledgeStore(location) as ks:
        graph = ks.minter.document(HOSTILE_ID)
        person = URIRef("https://w3id.org/graphbuild/id/person/unknown")
        ks.replace_document(HOSTILE_ID, [(graph, DCTERMS.identifier, Literal(HOSTILE_ID), graph),
                                         (person, RDF.type, GB.Person, graph),
                                         (person, RDFS.label, Literal("<Unknown>"), graph)])
    return str(location)


def _count(store: str) -> int:
    with KnowledgeStore(store, read_only=True) as ks:
        return len(list(ks.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")))


def test_control_characters_from_a_document_reach_the_terminal_escaped(store):
    result = runner.invoke(app, ["query", "--store", store, "SELECT ?id WHERE { GRAPH ?g { ?g dcterms:identifier ?id } }"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output and "\r" not in result.output
    assert "brief\\x1b]0;owned\\x07\\x1b[2J .txt" in result.output  # the table shows whitespace as a space
    assert safe("tab\tand\nnewline stay; \u202eRTL override does not") == "tab\tand\nnewline stay; \\u202eRTL override does not"


def test_an_update_is_refused_as_read_only_and_changes_nothing(store):
    before = _count(store)
    result = runner.invoke(app, ["query", "--store", store, "PREFIX ex: <https://example.org/> INSERT DATA { ex:a ex:b ex:c }"])
    assert isinstance(result.exception, QueryError)
    assert "read-only" in str(result.exception) and "SPARQL update" in str(result.exception)
    assert _count(store) == before


def test_service_is_refused_unless_allowed(store):
    text = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    refused = runner.invoke(app, ["query", "--store", store, text])
    assert isinstance(refused.exception, QueryError)
    assert "uses SERVICE" in str(refused.exception) and "--allow-service" in str(refused.exception)
    allowed = runner.invoke(app, ["query", "--store", store, "--allow-service", text])  # the request is tried (and fails)
    assert allowed.exit_code != 0 and "uses SERVICE" not in str(allowed.exception)
    assert not queries.uses_service("SELECT ?service WHERE { ?s gb:service ?service } # SERVICE")
    assert not queries.uses_service('SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }')


def test_a_name_written_in_angle_brackets_is_looked_up_as_a_literal(store):
    assert queries.parse_params(["name=<Unknown>"]) == {"name": Literal("<Unknown>")}
    assert queries.parse_params(["iri=<https://example.org/a>", "org=iri:https://example.org/b"]) == {
        "iri": URIRef("https://example.org/a"), "org": URIRef("https://example.org/b")}
    by_name = runner.invoke(app, ["query", "--store", store, "--name", "entity", "-p", "name=<Unknown>", "--format", "csv"])
    assert by_name.exit_code == 0, by_name.output
    rows = by_name.output.splitlines()
    assert "<Unknown>,name,<Unknown>" in rows[1]
    by_iri = runner.invoke(app, ["query", "--store", store, "--name", "entity", "-p",
                                 "iri=https://w3id.org/graphbuild/id/person/unknown", "--format", "csv"])
    assert by_iri.exit_code == 0 and by_iri.output.splitlines()[1:] == rows[1:]
    with pytest.raises(QueryError, match="not a valid IRI"):
        queries.parse_params(["name=iri:not an iri"])


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_csv_in_a_terminal_has_plain_line_ends_and_escaped_controls(store):
    """CSV's CRLF line ends are no hostile control: a terminal shows lines, not a '\\x0d' after each."""
    leader, follower = os.openpty()
    done = subprocess.run([sys.executable, "-m", "graphbuild", "query", "--store", store, "--format", "csv",
                           "SELECT ?id WHERE { GRAPH ?g { ?g dcterms:identifier ?id } }"],
                          stdout=follower, stderr=subprocess.PIPE, timeout=120)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 0, done.stderr
    lines = shown.decode("utf-8").splitlines()
    assert lines == ["id", '"brief\\x1b]0;owned\\x07\\x1b[2J\\x0d.txt"']  # the \r inside the value stays escaped
    assert b"\x1b" not in shown


def test_query_view_and_validate_take_the_build_output_folder_as_link_does(store, tmp_path):
    """`--store out` (the folder `build -o out` wrote) reads out/store, as `link --store out` already did."""
    out = os.path.dirname(store)
    result = runner.invoke(app, ["query", "--store", out, "--format", "csv", "SELECT ?label WHERE { GRAPH ?g { ?s rdfs:label ?label } }"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["label", "<Unknown>"]
    page = tmp_path / "page.html"
    assert runner.invoke(app, ["view", "--store", out, "-o", str(page)]).exit_code == 0 and page.exists()
    assert runner.invoke(app, ["validate", "--store", out]).exit_code == 0
