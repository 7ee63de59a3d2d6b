"""Another state's government that sanctions is named as releases and the gold name it: "United Kingdom", not
"Government of the United Kingdom" (issue 13, D9; ontology/gazetteers/authorities.yaml keeps the long form as an
alias). Its designations and its ministers' posts land on one PublicBody node named "United Kingdom"; the Country
"United Kingdom" is another node. Text invented for this test.
"""
from __future__ import annotations

import json

import pytest

from graphbuild.records import EntityRef
from graphbuild.rdf.mapping import IriMinter
from graphbuild.resolve.index import EntityIndex

pytestmark = pytest.mark.slow

RELEASE = """# Treasury and the United Kingdom Act Against Arms Brokers

Date: 3 March 2026

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Brannick Tolver Holdings Ltd, an arms broker in Limassol. The United Kingdom also sanctioned Orsolya Vantreck Dimas, the company's director, today.

Tamsin Larrow, the UK Foreign Secretary, welcomed the action.

Brannick Tolver Holdings Ltd is designated pursuant to E.O. 14024 for operating in the defense sector of the Russian Federation economy.
"""


def test_a_uk_designation_and_a_uk_post_share_the_node_named_united_kingdom(tmp_path):
    from graphbuild.pipeline.run import BuildOptions, build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "uk.md").write_text(RELEASE, encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out"))
    rels = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    by = {(r["relation"], r["subject"]["name"]): r["object"] for r in rels}
    listed = by[("designated_by", "Orsolya Vantreck Dimas")]
    post = by[("holds_role", "Tamsin Larrow")]
    assert (listed["name"], listed["type"]) == ("United Kingdom", "PublicBody"), listed
    assert (post["name"], post["type"]) == ("United Kingdom", "PublicBody"), post
    assert listed["id"] == post["id"]
    assert not any(r["object"]["name"].startswith("Government of ") for r in rels), rels
    country = EntityIndex(IriMinter()).resolve(EntityRef("United Kingdom", "Country"))
    assert country != listed["id"]  # the state as a place stays another node
    from graphbuild.link.store import store_queries
    from graphbuild.rdf.store import KnowledgeStore

    with KnowledgeStore(tmp_path / "out" / "store") as ks:  # a post at the state's government still gives its country
        queries = {tuple(q.names): q for q in store_queries(ks)}
    assert "gb" in queries[("Tamsin Larrow",)].countries, queries


def test_the_long_form_is_an_alias_of_the_short_name():
    from graphbuild.nlp.gazetteers import load_gazetteers

    gaz = load_gazetteers()
    for short in ("United Kingdom", "Canada", "Australia", "Japan"):
        record = gaz.authorities[short]
        assert record.sanctioning and any(a.startswith("Government of ") for a in record.aliases), record
        assert f"Government of {short}" not in gaz.authorities and "Government of the United Kingdom" not in gaz.authorities
