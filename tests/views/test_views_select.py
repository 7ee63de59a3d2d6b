"""Which relations a view keeps: --min-confidence, --focus/--depth, --max-nodes, and their order."""
from __future__ import annotations

import pytest

from graphbuild.views.select import above_confidence, ego, find_entities, most_connected, select_relations
from graphbuild.views.model import ViewError


def names(relations) -> set[str]:
    return {r["subject"]["name"] for r in relations} | {r["object"]["name"] for r in relations}


def test_min_confidence_keeps_relations_at_or_above(small_relations):
    kept = above_confidence(small_relations, 0.7)
    assert [r["confidence"] for r in kept] == [0.92, 0.85, 0.7, 0.95]
    assert above_confidence(small_relations, 0.0) == small_relations
    assert above_confidence(small_relations, 0.99) == []
    with pytest.raises(ViewError, match="between 0 and 1"):
        above_confidence(small_relations, 1.5)


def test_missing_confidence_counts_as_zero(rel, ent):
    r = rel("d", "part_of", ent("a", "A", "Organization"), ent("b", "B", "Organization"), confidence=None)
    assert above_confidence([r], 0.1) == []


def test_find_by_name_alias_case_and_substring(small_relations):
    vahidi = "https://w3id.org/graphbuild/id/person/vahidi"
    assert find_entities(small_relations, "Ahmad Vahidi") == {vahidi}
    assert find_entities(small_relations, "  ahmad   VAHIDI ") == {vahidi}
    assert find_entities(small_relations, "OFAC") == {"https://w3id.org/graphbuild/id/publicbody/ofac"}
    assert find_entities(small_relations, "Vahid") == {vahidi}
    assert len(find_entities(small_relations, "Ministry")) == 1


def test_unknown_focus_names_close_matches(small_relations):
    with pytest.raises(ViewError, match="did you mean 'Ahmad Vahidi'"):
        find_entities(small_relations, "Ahmed Vahidy")
    with pytest.raises(ViewError, match="no entity has that name"):
        find_entities(small_relations, "Zzyzx")


def test_focus_depth_one_and_two(small_relations):
    one = select_relations(small_relations, focus="Ahmad Vahidi", depth=1)
    assert names(one) == {"Ahmad Vahidi", "Ministry of Interior", "Office of Foreign Assets Control"}
    two = select_relations(small_relations, focus="Ahmad Vahidi", depth=2)
    assert names(two) == {"Ahmad Vahidi", "Ministry of Interior", "Office of Foreign Assets Control",
                          "Law Enforcement Forces", "Adrian Darya 1"}
    three = select_relations(small_relations, focus="Ahmad Vahidi", depth=3)
    assert names(three) == names(small_relations)


def test_ego_keeps_relations_among_kept_entities_only(rel, ent):
    a, b, c, d = (ent(k, k.upper(), "Person") for k in "abcd")
    triangle = [rel("1", "part_of", a, b), rel("1", "part_of", b, c), rel("1", "part_of", c, a), rel("1", "part_of", c, d)]
    kept = ego(triangle, {a["id"]}, 1)
    assert names(kept) == {"A", "B", "C"}
    assert len(kept) == 3  # b-c is kept: both ends are within one hop of a
    with pytest.raises(ViewError):
        ego(triangle, {a["id"]}, -1)


def test_max_nodes_keeps_the_most_connected(rel, ent):
    hub, other = ent("hub", "Hub", "PublicBody"), ent("other", "Other", "PublicBody")
    leaves = [ent(f"l{i}", f"Leaf {i}", "Person") for i in range(5)]
    rels = [rel("d", "designated_by", leaf, hub) for leaf in leaves] + [rel("d", "part_of", leaves[0], other)]
    kept = most_connected(rels, 3)
    assert names(kept) == {"Hub", "Leaf 0", "Leaf 1"}  # hub (5), leaf 0 (2), then ties by id
    assert len(select_relations(rels, max_nodes=100)) == len(rels)
    with pytest.raises(ViewError, match="--max-nodes 0"):
        most_connected(rels, 0)


def test_focus_is_kept_under_max_nodes(rel, ent):
    hub = ent("hub", "Hub", "PublicBody")
    leaves = [ent(f"l{i}", f"Leaf {i}", "Person") for i in range(5)]
    rels = [rel("d", "designated_by", leaf, hub) for leaf in leaves]
    kept = select_relations(rels, focus="Leaf 4", depth=2, max_nodes=2)
    assert names(kept) == {"Leaf 4", "Hub"}


def test_min_confidence_applies_before_focus(small_relations):
    kept = select_relations(small_relations, focus="Ahmad Vahidi", depth=3, min_confidence=0.8)
    assert names(kept) == {"Ahmad Vahidi", "Ministry of Interior", "Office of Foreign Assets Control"}
    assert all(r["confidence"] >= 0.8 for r in kept)
    # a known name whose relations are all too weak gives an empty view, not an error
    assert select_relations(small_relations, focus="Acme Shipping LLC", min_confidence=0.9) == []
