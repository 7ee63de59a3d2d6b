"""Incremental builds: unchanged documents are skipped without the model, a changed one replaces its graph, --prune."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import graphbuild.nlp.model
from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.rdf.store import KnowledgeStore

from gbstore_support import graphs, read_jsonl

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
CHANGED = "iran_intelligence_ministry_2022.txt"
NEW_TEXT = """Treasury Designates Iranian Communications Minister

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Eisa Zarepour, Iran's Minister of Information and Communications Technology, under Executive Order 13553.
"""


@pytest.fixture()
def same_code(monkeypatch, seed_copy):
    """Other people edit graphbuild's code while tests run; the build's code fingerprint is pinned to the stored one."""
    import graphbuild.pipeline.run as pipeline

    if hasattr(pipeline, "pipeline_fingerprint") and hasattr(pipeline, "_document_versions"):
        with KnowledgeStore(seed_copy / "store", read_only=True) as ks:
            versions = set(pipeline._document_versions(ks).values())
        if len(versions) == 1:
            monkeypatch.setattr(pipeline, "pipeline_fingerprint", lambda *a, **k: next(iter(versions)))


@pytest.fixture()
def no_model(monkeypatch, same_code):
    def refuse(*args, **kwargs):
        raise AssertionError("the spaCy model was loaded for a build that had nothing to extract")

    monkeypatch.setattr(graphbuild.nlp.model, "load_pipeline", refuse)
    import spacy

    monkeypatch.setattr(spacy, "load", refuse)


def test_rerun_on_unchanged_corpus_skips_everything_without_the_model(seed_build, seed_copy, no_model, monkeypatch):
    """The re-run does none of a build's work: no document extracted or written, no name index entry refreshed, no
    output rewritten. Counted, not timed (issue 13, C5): the fresh build's seconds, measured earlier in the session
    under another load, made a "20x faster" assertion fail about once in 20 runs; a build that redid the work fails
    each count here (the model load alone fails `no_model`)."""
    import graphbuild.pipeline.local_engine as local_engine
    import graphbuild.pipeline.run as pipeline

    work: Counter = Counter()

    def counted(module, name):
        original = getattr(module, name)

        def call(*args, **kwargs):
            work[name] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, call)

    counted(local_engine, "build_changed")
    for name in ("write_outputs", "write_build_outputs", "write_relations_file"):
        counted(pipeline, name)
    for name in ("update", "rebuild", "invalidate"):
        counted(pipeline.name_index, name)
    before = graphs(seed_copy / "store")
    report = build([SEEDS], BuildOptions(out=seed_copy))
    assert (report.documents, report.processed, report.unchanged, report.quads) == (18, 0, 18, 0)
    assert work == Counter()
    assert graphs(seed_copy / "store") == before
    assert read_jsonl(seed_copy / "relations.jsonl") == read_jsonl(seed_build[0] / "relations.jsonl")


@pytest.mark.slow  # a seed build's worth of extraction (restored, M13: 8b70585 had dropped it without a word)
def test_a_changed_document_replaces_exactly_its_graph(seed_copy, seeds_copy, same_code):
    before = graphs(seed_copy / "store")
    old = [r for r in read_jsonl(seed_copy / "relations.jsonl") if r["doc"] == CHANGED]
    assert old
    (seeds_copy / CHANGED).write_text(NEW_TEXT, encoding="utf-8")
    report = build([seeds_copy], BuildOptions(out=seed_copy))
    assert (report.processed, report.unchanged) == (1, 17)
    after = graphs(seed_copy / "store")
    with KnowledgeStore(seed_copy / "store", read_only=True) as ks:
        changed_graph = str(ks.minter.document(CHANGED))
        hashes = ks.document_hashes()
    assert len(hashes) == 18 and len(after) == 18
    assert {g: q for g, q in after.items() if g != changed_graph} == {g: q for g, q in before.items() if g != changed_graph}
    assert after[changed_graph] != before[changed_graph]
    new = [r for r in read_jsonl(seed_copy / "relations.jsonl") if r["doc"] == CHANGED]
    assert new and all("Zarepour" in json.dumps(r) or "Treasury" in json.dumps(r) for r in new)
    old_sentences = {e["sentence"] for r in old for e in r["evidence"]}
    assert not old_sentences & {e["sentence"] for r in new for e in r["evidence"]}
    assert any(r["subject"]["name"] == "Eisa Zarepour" for r in new)


def test_prune_removes_documents_that_disappeared(seed_copy, seeds_copy, no_model):
    gone = "venezuela_pdvsa_2019.txt"
    (seeds_copy / gone).unlink()
    kept = build([seeds_copy], BuildOptions(out=seed_copy))
    assert (kept.pruned, kept.unchanged) == (0, 17)
    assert any(r["doc"] == gone for r in read_jsonl(seed_copy / "relations.jsonl"))
    pruned = build([seeds_copy], BuildOptions(out=seed_copy, prune=True))
    assert (pruned.pruned, pruned.unchanged, pruned.processed) == (1, 17, 0)
    assert not any(r["doc"] == gone for r in read_jsonl(seed_copy / "relations.jsonl"))
    with KnowledgeStore(seed_copy / "store", read_only=True) as ks:
        assert gone not in ks.document_hashes()
        graph = str(ks.minter.document(gone))
        assert not any(q.graph_name.value == graph for q in ks.iter_quads())


def test_two_inputs_with_the_same_document_id_keep_the_first_and_report_the_second(tmp_path, replay):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        (folder / "iran_intelligence_ministry_2022.txt").write_text((SEEDS / "iran_intelligence_ministry_2022.txt").read_text(encoding="utf-8"), encoding="utf-8")
    report = build([first, second], BuildOptions(out=tmp_path / "out", outputs=False))
    assert (report.documents, report.processed) == (1, 1)
    assert report.errors == [{"path": str(second / "iran_intelligence_ministry_2022.txt"),
                              "reason": "same document id 'iran_intelligence_ministry_2022.txt' as an earlier input; skipped "
                                        "(build the folders into separate stores, or rename one)"}]
