"""`graphbuild validate`: a build conforms to ontology/shapes.ttl; a broken graph is reported readably."""
from __future__ import annotations

import pyoxigraph as ox
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.rdf.validate import validate_store

runner = CliRunner()
GB = "https://w3id.org/graphbuild/ontology#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def test_a_build_of_the_seeds_conforms(seed_out):
    conforms, message = validate_store(str(seed_out / "store"))
    assert conforms, message
    assert message.startswith("conforms:")
    result = runner.invoke(app, ["validate", "--store", str(seed_out / "store")])
    assert result.exit_code == 0 and "conforms" in result.output


def test_a_broken_graph_is_reported_with_a_readable_message(seed_copy):
    store_path = seed_copy / "store"
    store = ox.Store(str(store_path))
    person = next(iter(store.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                               ox.NamedNode(GB + "Person"))))
    for quad in store.quads_for_pattern(person.subject, RDFS_LABEL, None):
        store.remove(quad)
    position = next(iter(store.quads_for_pattern(None, ox.NamedNode(GB + "role"), None)))
    for quad in store.quads_for_pattern(position.subject, ox.NamedNode(GB + "role"), None):
        store.remove(quad)
    store.flush()
    del store

    conforms, message = validate_store(str(store_path))
    assert not conforms
    lines = message.splitlines()
    assert lines[0].startswith("does not conform: 2 violations")
    assert len(lines) == 3, message  # one line per problem, not pyshacl's raw report
    unnamed = next(line for line in lines if "every entity needs a name" in line)
    assert person.subject.value in unnamed and "gb:Person" in unnamed and "rdfs:label" in unnamed
    assert "[document: " in unnamed and "[document: ?]" not in unnamed
    roleless = next(line for line in lines if "a Position needs its role title (gb:role)" in line)
    assert position.subject.value in roleless

    result = runner.invoke(app, ["validate", "--store", str(store_path)])
    assert result.exit_code == 2
    assert "every entity needs a name" in result.output


def test_unreadable_shapes_file_is_named(tmp_path):
    import pytest
    from rdflib import Graph

    from graphbuild.errors import GraphBuildError
    from graphbuild.rdf.validate import validate_graph

    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nthis is not turtle\n", encoding="utf-8")
    with pytest.raises(GraphBuildError) as caught:
        validate_graph(Graph(), shapes=shapes)
    assert str(caught.value).startswith(f"{shapes}: cannot read the SHACL shapes (")
    missing = tmp_path / "none.ttl"
    with pytest.raises(GraphBuildError) as caught:
        validate_graph(Graph(), ontology=missing)
    assert str(caught.value).startswith(f"{missing}: cannot read the ontology (")
