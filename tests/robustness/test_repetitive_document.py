"""A document that states one fact thousands of times keeps a bounded evidence list and says how often (M14).

P7 built a 2.48 MB text of one sentence repeated 40,000 times: 360,290 quads for 8 relations, every repetition an
evidence node. Each relation now keeps its first `EVIDENCE_LIMIT` distinct sentences (an identical one once) and the
count of statements in `mentions` (relations.jsonl) / `gb:mentionCount` (store).
"""
from __future__ import annotations

import json

import pytest

from graphbuild.records import EVIDENCE_LIMIT, Evidence, EntityRef, Relation

SENTENCE = "Today, the Office of Foreign Assets Control designated Corvane Pelt Shipping LLC, a firm based in Tarsova. "


def _relation(sentences: list[str]) -> Relation:
    at, evidence = 0, []
    for text in sentences:
        evidence.append(Evidence(text, at, at + len(text), "designations.v1"))
        at += len(text) + 1
    return Relation("designated_by", EntityRef("Corvane Pelt Shipping LLC", "Company"),
                    EntityRef("Office of Foreign Assets Control", "PublicBody"), evidence, 0.9)


def test_identical_sentences_kept_once_and_counted() -> None:
    rel = _relation([SENTENCE] * 500)
    rel.bound_evidence()
    assert [e.start for e in rel.evidence] == [0]
    assert rel.mentions == 500
    assert rel.to_json()["mentions"] == 500
    assert Relation.from_json({**rel.to_json(), "doc": "d"}).mentions == 500


def test_distinct_sentences_bounded_in_order() -> None:
    texts = [f"Sentence number {i} names the designation." for i in range(EVIDENCE_LIMIT + 5)]
    rel = _relation(texts)
    rel.bound_evidence()
    assert [e.sentence for e in rel.evidence] == texts[:EVIDENCE_LIMIT]
    assert rel.mentions == EVIDENCE_LIMIT + 5


def test_one_statement_read_by_two_rules_is_one_mention() -> None:
    rel = _relation(["First statement of it.", "Second statement of it."])
    rel.evidence.append(Evidence(rel.evidence[1].sentence, rel.evidence[1].start, rel.evidence[1].end, "roles.v1"))
    rel.bound_evidence()
    assert len(rel.evidence) == 3 and rel.mentions is None


def test_few_distinct_statements_unchanged_and_no_new_key() -> None:
    rel = _relation(["First statement of it.", "Second statement of it."])
    rel.bound_evidence()
    assert len(rel.evidence) == 2 and rel.mentions is None
    assert "mentions" not in rel.to_json()


@pytest.mark.slow
def test_repetitive_text_builds_bounded_graph(tmp_path) -> None:
    from graphbuild.api import build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rep.txt").write_text(SENTENCE * 300, encoding="utf-8")
    out = tmp_path / "out"
    report = build([docs], out=out)
    lines = [json.loads(x) for x in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["relation"], r["subject"]["name"], len(r["evidence"]), r.get("mentions")) for r in lines] == [
        ("designated_by", "Corvane Pelt Shipping LLC", 1, 300)]
    assert lines[0]["evidence"][0]["start"] == 0
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    assert trig.count("gb:Mention") <= 2 and "mentionCount" in trig
    assert report is not None
