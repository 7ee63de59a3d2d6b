"""One relations.jsonl line per fact and document when two names of the document resolve to one entity (C, twenty-
fourth session): a firm first named by its trade name, then by its full name "known as" the trade name, was two
designations (the extraction keys them by name) that resolution gave one IRI; the graph held one designation node with
both statements' confidences and programs, and the read-back wrote it twice (a real release did so). Invented text."""
from __future__ import annotations

import json

import pytest

from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.records import EntityRef, Evidence, Relation
from graphbuild.resolve.restated import merge_restated

TEXT = """# Treasury Sanctions Cloud Provider Supporting Censorship

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating the \
Vardan-based technology company known as “Tavast Cloud,” a firm that helps the regime censor the internet.

Pelorin Abr Tavast Private Limited Company, known as Tavast Cloud, has built the regime's filtering systems.

Tavast Cloud is being designated pursuant to E.O. 13846 for having engaged in censorship.
"""


@pytest.mark.slow
def test_a_firm_named_two_ways_is_designated_once(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "release.md").write_text(TEXT, encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out"))
    rows = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    designations = [r for r in rows if r["relation"] == "designated_by"]
    assert [(r["subject"]["name"], r["object"]["name"], r["program"]) for r in designations] == [
        ("Tavast Cloud", "Office of Foreign Assets Control", "E.O. 13846")]
    assert [e["sentence"][:20] for e in designations[0]["evidence"]] == ["Pelorin Abr Tavast P", "Tavast Cloud is bein"]


def _designation(name: str, iri: str, confidence: float, starts: list[int], program: str | None = None) -> Relation:
    return Relation("designated_by", EntityRef(name, "Company", id=iri),
                    EntityRef("Office of Foreign Assets Control", "PublicBody", id="ofac"),
                    [Evidence(f"s{s}", s, s + 5, "designations.v1") for s in starts], confidence, doc="d.txt",
                    program=program)


def test_relations_of_one_entity_merge_as_a_restated_fact():
    """The first keeps its place and names; the higher confidence, the program either gives, the evidence of both (a
    statement both read once); a relation of another entity stays apart."""
    first = _designation("Tavast Cloud", "firm", 0.917, [0, 40])
    merged = merge_restated([first, _designation("Pelorin Abr Tavast", "firm", 0.926, [40, 90], "E.O. 13846"),
                             _designation("Orvel Hosting", "other", 0.9, [90])])
    assert [r.subject.name for r in merged] == ["Tavast Cloud", "Orvel Hosting"]
    assert merged[0] is first and (first.confidence, first.program) == (0.926, "E.O. 13846")
    assert [e.start for e in first.evidence] == [0, 40, 90] and first.mentions is None


def test_bounded_evidence_counts_each_statement_once():
    """The first relation's evidence was bounded (12 statements, 10 kept): the other's statements count beside it, a
    statement both read once."""
    a = _designation("Tavast Cloud", "firm", 0.9, list(range(0, 120, 10)))
    a.bound_evidence()
    assert (len(a.evidence), a.mentions) == (10, 12)
    merge_restated([a, _designation("Pelorin Abr Tavast", "firm", 0.9, [20, 30, 500])])
    assert [e.start for e in a.evidence] == list(range(0, 100, 10)) and a.mentions == 13
