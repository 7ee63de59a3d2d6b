"""The graph model: nodes, merged edges, facts with provenance, designations, labels, degree, compact JSON."""
from __future__ import annotations

import pytest

from graphbuild.errors import GraphBuildError
from graphbuild.views.model import GraphModel, ViewError, edge_label, safe_url


def by_label(model: GraphModel) -> dict[str, dict]:
    return {n["label"]: n for n in model.nodes}


def test_nodes_are_the_entities_of_the_relations(small_relations):
    model = GraphModel.from_relations(small_relations)
    ids = {r["subject"]["id"] for r in small_relations} | {r["object"]["id"] for r in small_relations}
    assert {n["id"] for n in model.nodes} == ids
    assert sorted(by_label(model)) == ["Acme Shipping LLC", "Adrian Darya 1", "Ahmad Vahidi", "Law Enforcement Forces",
                                       "Ministry of Interior", "Office of Foreign Assets Control"]
    assert by_label(model)["Adrian Darya 1"]["type"] == "Vessel"


def test_same_relation_from_two_documents_is_one_edge_with_two_facts(small_relations):
    model = GraphModel.from_relations(small_relations)
    assert len(model.facts) == 6
    assert len(model.edges) == 5
    edge = next(e for e in model.edges if e["relation"] == "designated_by" and e["from"].endswith("vahidi"))
    assert [model.facts[i]["doc"] for i in edge["facts"]] == ["press/a.html", "news/c.txt"]
    assert edge["confidence"] == 0.95
    assert edge["label"] == "designated by (E.O. 13553, 2022-11-23)"


def test_facts_keep_sentence_document_date_confidence(small_relations):
    model = GraphModel.from_relations(small_relations)
    fact = model.facts[1]
    assert fact["sentences"] == ["OFAC designated Ahmad Vahidi under E.O. 13553 on 23 November 2022."]
    assert (fact["doc"], fact["date"], fact["confidence"], fact["program"]) == ("press/a.html", "2022-11-23", 0.85, "E.O. 13553")


def test_designated_entities_are_marked_with_their_programs(small_relations):
    nodes = by_label(GraphModel.from_relations(small_relations))
    assert nodes["Ahmad Vahidi"]["designated"] and nodes["Ahmad Vahidi"]["programs"] == ["E.O. 13553"]
    assert nodes["Adrian Darya 1"]["designated"] and nodes["Adrian Darya 1"]["programs"] == ["IRAN"]
    assert not nodes["Office of Foreign Assets Control"]["designated"]
    assert not nodes["Acme Shipping LLC"]["designated"]


def test_degree_counts_distinct_edges(small_relations):
    nodes = by_label(GraphModel.from_relations(small_relations))
    assert nodes["Ahmad Vahidi"]["degree"] == 2
    assert nodes["Office of Foreign Assets Control"]["degree"] == 2
    assert nodes["Ministry of Interior"]["degree"] == 2
    assert nodes["Acme Shipping LLC"]["degree"] == 1


def test_node_facts_list_every_fact_of_the_entity(small_relations):
    nodes = by_label(GraphModel.from_relations(small_relations))
    assert nodes["Ahmad Vahidi"]["facts"] == [0, 1, 5]
    assert nodes["Ahmad Vahidi"]["aliases"] == ["Vahidi"]


def test_edge_labels():
    assert edge_label({"relation": "holds_role", "role": "Minister of the Interior"}) == "Minister of the Interior"
    assert edge_label({"relation": "holds_role", "role": "operator", "current": False}) == "operator (former)"
    assert edge_label({"relation": "designated_by", "program": "IRAN"}) == "designated by (IRAN)"
    assert edge_label({"relation": "designated_by", "date": "2020-01-01"}) == "designated by (2020-01-01)"
    assert edge_label({"relation": "designated_by"}) == "designated by"
    assert edge_label({"relation": "part_of"}) == "part of"
    assert edge_label({"relation": "owned_by"}) == "owned by"


def test_only_http_urls_become_links():
    assert safe_url("https://home.treasury.gov/news/press-releases/jy1116") == "https://home.treasury.gov/news/press-releases/jy1116"
    assert safe_url("http://example.org/a") == "http://example.org/a"
    for bad in ("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "//evil.example/x", "press/a.html", "", None, 3):
        assert safe_url(bad) is None


def test_document_urls_from_relations_and_documents(small_relations):
    small_relations[0]["url"] = "javascript:alert(1)"
    small_relations[3]["url"] = "https://example.org/b"
    model = GraphModel.from_relations(small_relations, {"press/a.html": {"url": "https://example.org/a", "title": "A", "date": "2022-11-23"}})
    assert model.documents["press/a.html"] == {"url": "https://example.org/a", "title": "A", "date": "2022-11-23"}
    assert model.documents["news/b.txt"]["url"] == "https://example.org/b"
    assert GraphModel.from_relations(small_relations[:1]).documents["press/a.html"]["url"] is None


def test_compact_json_points_facts_at_edges(small_relations):
    model = GraphModel.from_relations(small_relations)
    data = model.to_json()
    assert set(data) == {"nodes", "edges", "facts", "documents"}
    for i, fact in enumerate(data["facts"]):
        edge = data["edges"][fact["edge"]]
        assert i in edge["facts"]
        ends = (data["nodes"][edge["from"]]["id"], data["nodes"][edge["to"]]["id"])
        assert ends == (model.facts[i]["from"], model.facts[i]["to"])
    assert [model.edges[i]["id"] for i in range(len(model.edges))] == [f"e{i}" for i in range(len(model.edges))]
    former = [e for e in data["edges"] if e.get("former")]
    assert [e["label"] for e in former] == ["operator (former)"]
    assert "aliases" not in next(n for n in data["nodes"] if n["label"] == "Acme Shipping LLC")


def test_the_most_frequent_name_labels_a_node(rel, ent):
    a = ent("x", "Ahmad Vahidi", "Person")
    b = dict(a, name="Brig. Gen. Ahmad Vahidi")
    org = ent("o", "Ministry of Interior", "PublicBody")
    model = GraphModel.from_relations([rel("1", "holds_role", a, org), rel("2", "holds_role", a, org), rel("3", "holds_role", b, org)])
    node = by_label(model)["Ahmad Vahidi"]
    assert node["aliases"] == ["Brig. Gen. Ahmad Vahidi"]


def test_malformed_relation_is_a_graphbuild_error():
    with pytest.raises(ViewError, match="relations.jsonl"):
        GraphModel.from_relations([{"relation": "holds_role", "subject": {"name": "x"}}])
    assert issubclass(ViewError, GraphBuildError)


def test_iso_dates_are_kept_and_free_text_dates_are_not():
    from graphbuild.views.model import iso_date

    assert [iso_date(v) for v in ("2021-03-02", "2021-03", "2019", "2021-03-02T10:00:00Z")] == ["2021-03-02", "2021-03", "2019", "2021-03-02"]
    assert [iso_date(v) for v in ("Friday", "October 2020", "2021-13-01", "2021-02-32", "", None, 2021)] == [None] * 7


def test_badge_text_of_an_authority():
    from graphbuild.views.model import abbreviation

    assert abbreviation("Office of Foreign Assets Control", ["OFAC"]) == "OFAC"
    assert abbreviation("U.S. Department of the Treasury", ["U.S.", "Treasury Department"]) == "Treasury"
    assert abbreviation("U.S. Department of State") == "State"
    assert abbreviation("European Union") == "EU"
    assert abbreviation("Council of the European Union") == "EU"


def test_hubs_importance_and_list_entries(rel, ent):
    hub, small = ent("hub", "Office of Foreign Assets Control", "PublicBody", ["OFAC"]), ent("s", "Small Office", "PublicBody")
    people = [ent(f"p{i}", f"Person {i}", "Person") for i in range(8)]
    listed = dict(people[0], lists=[{"list": "SDN 123: PERSON 0", "entry": "123"}, "Another list"])
    org = ent("org", "Some Ministry", "PublicBody")
    relations = [rel("d", "designated_by", p, hub) for p in [listed] + people[1:]]
    relations += [rel("d", "designated_by", people[1], small), rel("d", "holds_role", people[2], org, role="Minister"),
                  rel("d", "holds_role", ent("q", "Quiet Person", "Person"), org, role="Clerk", current=False)]
    nodes = by_label(GraphModel.from_relations(relations))
    assert nodes["Office of Foreign Assets Control"]["hub"] and nodes["Office of Foreign Assets Control"]["abbr"] == "OFAC"
    assert not nodes["Small Office"]["hub"] and nodes["Small Office"]["abbr"] is None  # one designee: no hub
    assert nodes["Person 0"]["lists"] == ["SDN 123: PERSON 0", "Another list"]
    # designated + a current post > designated > a former post only
    assert nodes["Person 2"]["importance"] > nodes["Person 3"]["importance"] > nodes["Quiet Person"]["importance"]
    assert nodes["Person 0"]["importance"] > nodes["Person 3"]["importance"]  # on a list
    compact = GraphModel.from_relations(relations).to_json()["nodes"]
    assert all("hub" not in n for n in compact if n["label"] != "Office of Foreign Assets Control")
