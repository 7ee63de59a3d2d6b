"""`graphbuild query`: bundled queries with headers, parameters bound as RDF terms, table/csv/json."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Literal, URIRef
from typer.testing import CliRunner

from graphbuild.rdf import queries
from graphbuild.cli import app
from graphbuild.errors import GraphBuildError, QueryError
from graphbuild.rdf.store import KnowledgeStore

REQUIRED = {"designations-by-authority", "people-at-designated-organizations", "entity", "sources-of-a-fact",
            "entities-by-program"}
NASTY = ['Ann "the Hammer" O\'Neil', "x } UNION { ?s ?p ?o", "# not a comment", "line one\nline two",
         'x" } } ; DROP ALL ; SELECT * { "', "\\u0022 back\\slash", "\u00e9\u00e8 \U0001f600 {{}}"]
runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=True)


@pytest.fixture()
def store(seed_out):
    with KnowledgeStore(seed_out / "store", read_only=True) as ks:
        yield ks


def rows(ks, query_name, /, **params):
    result = queries.run(ks, queries.get(query_name).text, {k: v if isinstance(v, (URIRef, Literal)) else Literal(v) for k, v in params.items()})
    names = [str(v) for v in result.vars]
    return [dict(zip(names, row)) for row in result]


def test_bundled_queries_have_headers_with_description_params_and_example():
    found = {q.name: q for q in queries.bundled()}
    assert REQUIRED <= set(found)
    for query in found.values():
        assert query.description and len(query.description) < 120, query.name
        assert query.text.startswith("# "), query.name
        assert f"--name {query.name}" in query.text, f"{query.name}: the header shows an example"
        body = query.text.split("\nPREFIX", 1)[1]
        for param in query.params:
            used = query.lookups[param][0] if param in query.lookups else param
            assert f"?{used}" in body, f"{query.name}: ?{used} is used"
    assert set(found["entity"].params) == {"name", "iri"}
    assert {"authority", "target", "program"} <= set(found["designations-by-authority"].params)
    assert found["designations-by-authority"].lookups["authority"] == ("authorityIri", "->")


def test_query_list_prints_one_name_per_line_with_description():
    result = cli("query", "--list")
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert {line.split("\t")[0] for line in lines} == {q.name for q in queries.bundled()}
    assert all(len(line.split("\t")) == 2 and line.split("\t")[1] for line in lines)


def test_every_bundled_query_runs_on_the_seed_build(store):
    for query in queries.bundled():
        if query.name in {"listed-entities", "listed-not-designated"}:  # need `graphbuild link` first: tests/link runs them
            continue
        params = {"name": Literal("Office of Foreign Assets Control")} if query.name == "entity" else {}
        assert len(list(queries.run(store, query.text, params))) > 0, query.name


def test_designations_by_authority_matches_labels_and_aliases_in_any_case(store):
    everything = rows(store, "designations-by-authority")
    by_alias = rows(store, "designations-by-authority", authority="ofac")
    by_name = rows(store, "designations-by-authority", authority="Office of Foreign Assets Control")
    assert by_alias and by_alias == by_name
    assert {str(r["authorityName"]) for r in by_alias} == {"Office of Foreign Assets Control"}
    assert len(everything) > len(by_alias)
    assert all(r["documents"] for r in everything)


def test_people_at_designated_organizations_is_two_hops(store):
    found = rows(store, "people-at-designated-organizations")
    assert found
    for row in found:
        ask = f"""PREFIX gb: <https://w3id.org/graphbuild/ontology#>
            ASK {{ <{row['personIri']}> gb:holdsPosition <{row['post']}> . <{row['designation']}> gb:designee ?d .
                   <{row['post']}> gb:organization ?o . FILTER(?o = ?d || EXISTS {{ ?o gb:partOf ?d }}) }}"""
        assert store.query(ask).askAnswer, row


NAIVE_PEOPLE = """PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?personIri ?post ?designation ?prog ?auth WHERE {
  GRAPH ?a { ?personIri gb:holdsPosition ?post . ?post gb:organization ?o }
  GRAPH ?b { ?designation gb:designee ?d ; gb:authority ?auth . OPTIONAL { ?designation gb:program ?prog } }
  FILTER(?o = ?d || EXISTS { GRAPH ?c { ?o gb:partOf ?d } })
}"""


@pytest.mark.parametrize("params", [{}, {"program": "14024"}, {"program": "iran"}, {"authority": "OFAC"}, {"authority": "Nobody"}])
def test_people_at_designated_organizations_finds_every_two_and_three_hop_link(store, params):
    """Compared with a plain query that reads the whole (small) store: no link missing, none extra."""
    naive = [dict(zip(("person", "post", "designation", "program", "authority"), row)) for row in store.query(NAIVE_PEOPLE)]
    if "program" in params:
        programs = set(queries.find_entities(store, params["program"], "~>"))
        naive = [r for r in naive if r["program"] in programs]
    if "authority" in params:
        authorities = set(queries.find_entities(store, params["authority"], "->"))
        naive = [r for r in naive if r["authority"] in authorities]
    expected = {(r["person"], r["post"], r["designation"]) for r in naive}
    found = rows(store, "people-at-designated-organizations", **params)
    assert {(r["personIri"], r["post"], r["designation"]) for r in found} == expected
    assert len(found) == len(expected)  # one row per post and designation
    if params in ({}, {"authority": "OFAC"}):
        assert expected  # the seed documents do link people to designated organizations
    assert all(r["person"] and r["organization"] and r["designatedEntity"] and r["designatedBy"] for r in found)


def test_entity_query_by_name_or_iri(store, seed_out):
    by_name = rows(store, "entity", name="ofac")
    assert {str(r["statement"]) for r in by_name} >= {"name", "type", "designated"}
    iri = by_name[0]["entity"]
    assert rows(store, "entity", iri=iri) == by_name
    assert rows(store, "entity", iri=iri, name="OFAC") == by_name
    assert rows(store, "entity", iri=iri, name="Nobody") == []
    assert rows(store, "entity") == []  # neither parameter: nothing rather than everything ...
    result = cli("query", "--store", str(seed_out / "store"), "--name", "entity")  # ... and an error on the command line
    assert isinstance(result.exception, QueryError) and "needs one of: name, iri" in str(result.exception)


def test_sources_of_a_fact_give_sentences_and_offsets(store):
    found = rows(store, "sources-of-a-fact", relation="holds_role")
    assert found and {str(r["relation"]) for r in found} == {"holds_role"}
    one = found[0]
    narrowed = rows(store, "sources-of-a-fact", fact=one["fact"])
    assert narrowed and all(r["fact"] == one["fact"] for r in narrowed)
    assert all(int(r["start"]) < int(r["end"]) and str(r["sentence"]) for r in narrowed)
    subject = rows(store, "sources-of-a-fact", subject=str(one["subjectName"]).upper())
    assert one in subject


def test_entities_by_program_matches_part_of_a_program_name(store):
    everything = rows(store, "entities-by-program")
    programs = {str(r["programName"]) for r in everything}
    assert programs
    some = sorted(programs)[0]
    part = some.split()[-1].lower()
    narrowed = rows(store, "entities-by-program", program=part)
    assert narrowed and all(part in str(r["programName"]).lower() for r in narrowed)


@pytest.mark.parametrize("value", NASTY)
def test_parameters_are_bound_as_terms_never_pasted(store, value):
    for name, param in (("designations-by-authority", "authority"), ("entity", "name"), ("sources-of-a-fact", "subject"),
                        ("find-entity", "text")):
        assert rows(store, name, **{param: value}) == [], (name, value)
    original = queries.get("entity").text
    text = queries.bind_values(original, {"name": Literal(value)})
    assert text.count("VALUES") == original.count("VALUES") + 1  # one block added, the value inside it
    # the value survives the round trip exactly: bound, projected, returned
    echo = list(store.query(queries.bind_values("SELECT ?v WHERE { }", {"v": Literal(value)})))
    assert [str(r[0]) for r in echo] == [value]


@pytest.fixture()
def tiny_store(tmp_path):
    """A store with names full of SPARQL syntax and accents, and a designation without a program."""
    from graphbuild.rdf.mapping import IriMinter, relation_quads
    from graphbuild.records import Document, EntityRef, Evidence, Relation

    ofac = EntityRef("Office of Foreign Assets Control", "PublicBody", ["OFAC"])
    relations = [
        Relation("designated_by", EntityRef(WEIRD, "Company"), ofac, [Evidence("s1", 0, 1, "test.v1")], 0.9, doc="d.txt",
                 program="E.O. 13553"),
        Relation("designated_by", EntityRef("Nicolás Maduro", "Person"), ofac, [Evidence("s2", 2, 3, "test.v1")], 0.9,
                 doc="d.txt"),
    ]
    doc = Document("d.txt", "text", "0" * 64, "d.txt")
    with KnowledgeStore(tmp_path / "store") as ks:
        ks.replace_document("d.txt", relation_quads(doc, relations, IriMinter()))
        yield ks


WEIRD = 'Org "X" } # {y}\nZ'


def test_a_name_with_quotes_braces_and_hash_is_found_exactly(tiny_store):
    found = rows(tiny_store, "designations-by-authority", target=WEIRD)
    assert [str(r["targetName"]) for r in found] == [WEIRD]
    assert rows(tiny_store, "designations-by-authority", target=WEIRD[:-1]) == []
    assert [str(r["name"]) for r in rows(tiny_store, "find-entity", text="} # {")] == [WEIRD]


def test_name_lookups_ignore_case_accents_and_surname_first(tiny_store):
    for variant in ("Nicolás Maduro", "NICOLAS MADURO", "Maduro, Nicolás", "nicolas  maduro"):
        assert {str(r["entityName"]) for r in rows(tiny_store, "entity", name=variant)} == {"Nicolás Maduro"}, variant
    assert len(rows(tiny_store, "designations-by-authority", authority="ofac")) == 2


def test_a_program_filter_leaves_out_designations_without_a_program(tiny_store):
    assert len(rows(tiny_store, "designations-by-authority")) == 2
    only = rows(tiny_store, "designations-by-authority", program="13553")
    assert [str(r["targetName"]) for r in only] == [WEIRD]
    assert rows(tiny_store, "designations-by-authority", program="13224") == []


def test_parse_params_literals_and_iris():
    params = queries.parse_params(["name=Ahmad Vahidi", "iri=<https://w3id.org/graphbuild/id/x>", "?t=a=b", "e="])
    assert params == {"name": Literal("Ahmad Vahidi"), "iri": URIRef("https://w3id.org/graphbuild/id/x"),
                      "t": Literal("a=b"), "e": Literal("")}
    for bad in (["noequals"], ["1x=2"], ["a=1", "a=2"], ["iri=<has space>"]):
        with pytest.raises(QueryError):
            queries.parse_params(bad)


def test_bind_values_goes_into_the_where_clause_not_strings_or_comments():
    sparql = 'PREFIX ex: <http://e/{x}> # { a comment\nSELECT ?a WHERE { ?a ex:p "{ not here }" }'
    bound = queries.bind_values(sparql, {"a": URIRef("http://e/a")})
    assert bound.index("VALUES") > bound.index("WHERE {")
    assert '"{ not here }"' in bound
    construct = queries.bind_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": URIRef("http://e/s")})
    assert construct.index("VALUES") > construct.index("WHERE")
    ask = queries.bind_values("ASK { ?s ?p ?o }", {"s": URIRef("http://e/s")})
    assert ask.startswith("ASK {\n  VALUES (?s)")


def test_unknown_parameter_is_an_error_naming_the_expected_ones(seed_out):
    result = cli("query", "--store", str(seed_out / "store"), "--name", "entity", "-p", "nmae=x")
    assert result.exit_code != 0
    assert isinstance(result.exception, QueryError)
    assert "nmae" in str(result.exception) and "iri, name" in str(result.exception)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_formats(seed_out, fmt):
    result = cli("query", "--store", str(seed_out / "store"), "--name", "designations-by-authority", "-p", "authority=OFAC",
                 "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.output
    if fmt == "csv":
        table = list(csv.DictReader(io.StringIO(out)))
        assert table and {r["authorityName"] for r in table} == {"Office of Foreign Assets Control"}
    elif fmt == "json":
        data = json.loads(out)
        assert data["head"]["vars"][0] == "authorityName"
        first = data["results"]["bindings"][0]
        assert first["authorityName"] == {"type": "literal", "value": "Office of Foreign Assets Control"}
        assert first["designation"]["type"] == "uri"
    else:
        lines = out.splitlines()
        assert lines[0].split()[:2] == ["authorityName", "targetName"]
        assert set(lines[1]) <= {"-", " "}
        assert lines[-1].endswith("rows)")


def test_query_from_argument_and_file_ask_and_errors(seed_out, tmp_path):
    store = str(seed_out / "store")
    ad_hoc = cli("query", "--store", store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a gb:Person }", "--format", "csv")
    assert ad_hoc.exit_code == 0 and int(ad_hoc.output.splitlines()[1]) > 10  # union default graph, gb: predeclared
    rq = tmp_path / "q.rq"
    rq.write_text("# Ask\n#   ?n  a name\nASK { GRAPH ?g { ?e rdfs:label ?n } }\n", encoding="utf-8")
    assert cli("query", "--store", store, "--file", str(rq), "-p", "n=Ahmad Vahidi").output.strip() in {"true", "false"}
    assert cli("query", "--store", store, "--file", str(rq), "-p", "n=Nobody at all").output.strip() == "false"
    for args in (["SELECT nonsense"], [], ["--name", "nope"], ["--name", "entity", "SELECT * {}"],
                 ["--name", "entity", "--format", "xml"]):
        result = cli("query", "--store", store, *args)
        assert result.exit_code != 0 and isinstance(result.exception, GraphBuildError), args
        assert "\n" not in str(result.exception).strip(), args
    missing = cli("query", "--store", str(tmp_path / "nowhere"), "--name", "documents")
    assert isinstance(missing.exception, GraphBuildError) and "build one first" in str(missing.exception)


@pytest.mark.parametrize("name,params", [("designations-by-authority", {}), ("documents", {}), ("entities-by-program", {}),
                                         ("entity", {"name": "OFAC"}), ("find-entity", {"text": "khatib"}),
                                         ("people-at-designated-organizations", {}),
                                         ("sources-of-a-fact", {"subject": "Esmaeil Khatib"})])
def test_bundled_queries_need_no_union_default_graph(store, name, params):
    """Every pattern sits in a GRAPH block: a SPARQL server whose default graph is empty answers the same."""
    text = queries.prepare(store, queries.get(name).text, {k: Literal(v) for k, v in params.items()})
    union = [tuple(str(t) for t in row) for row in store._ox.query(text, use_default_graph_as_union=True)]
    plain = [tuple(str(t) for t in row) for row in store._ox.query(text, use_default_graph_as_union=False)]
    assert union and sorted(plain) == sorted(union)
