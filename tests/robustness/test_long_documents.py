"""A long document is processed in windows, not rejected, and never stops the build (issue 15, probe 1)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import graphbuild.nlp.windows as windows
from graphbuild.nlp.windows import split_windows
from graphbuild.pipeline.workers import extract_stream
from graphbuild.records import Document

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PARAGRAPH = ("The Treasury Department's Office of Foreign Assets Control designated the Harbor Light Shipping Company "
             "on Monday for carrying fuel to the regime. Its director, Karl Obermann, was also designated.")


def test_windows_cover_the_text_in_order_and_cut_at_boundaries():
    text = "\n\n".join([PARAGRAPH] * 40)
    spans = split_windows(text, 1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(spans, spans[1:]))  # contiguous, nothing lost or repeated
    assert all(0 < end - start <= 1000 for start, end in spans)
    assert all(text[end - 2:end] == "\n\n" for _, end in spans[:-1])  # at paragraph breaks
    one_line = " ".join([PARAGRAPH] * 40)
    assert all(one_line[end - 2:end] == ". " for _, end in split_windows(one_line, 1000)[:-1])  # at sentence ends
    solid = "x" * 2500  # no boundary at all: hard cuts
    assert split_windows(solid, 1000) == [(0, 1000), (1000, 2000), (2000, 2500)]
    assert split_windows("short", 1000) == [(0, 5)]


@pytest.mark.slow
def test_a_2mb_document_among_200_others_is_built_with_all_of_them(tmp_path, blank_model):
    from graphbuild.pipeline.run import BuildOptions, build

    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(200):
        (folder / f"note_{k:03d}.txt").write_text(f"Note {k}. " + PARAGRAPH + "\n", encoding="utf-8")
    big = (" ".join([PARAGRAPH] * 40) + " ") * 260  # one line, no paragraph break, over spaCy's 1,000,000 limit
    (folder / "note_100_long.txt").write_text(big, encoding="utf-8")
    assert len(big) > 2_000_000
    report = build([folder], BuildOptions(out=tmp_path / "out", model=blank_model, outputs=False))
    saved = json.loads((tmp_path / "out" / "report.json").read_text())
    assert (report.documents, report.processed, report.errors) == (201, 201, [])
    assert (saved["processed"], saved["errors"]) == (201, [])
    assert report.words > 2_000_000 / 8  # the long document's words were counted, not dropped


def test_a_document_the_model_refuses_is_reported_and_the_batch_goes_on(blank_model):
    from graphbuild.nlp.model import load_pipeline

    nlp = load_pipeline(blank_model)
    tokenizer = nlp.make_doc

    def refuse(text: str):
        if "poison" in text:
            raise ValueError("[E000] a refusal made up for this test")
        return tokenizer(text)

    nlp.make_doc = refuse
    docs = [Document(id=f"d{k}", text=("poison " if k == 1 else "") + PARAGRAPH, sha256=str(k), path=f"d{k}.txt")
            for k in range(3)]
    outcomes = [(doc.id, words > 0, error) for doc, (_, words, error) in extract_stream(nlp, docs, 2)]
    assert outcomes == [("d0", True, None),
                        ("d1", False, "cannot be processed (ValueError: [E000] a refusal made up for this test)"),
                        ("d2", True, None)]


@pytest.mark.slow
def test_windowed_evidence_points_into_the_document(nlp, monkeypatch):
    from graphbuild.ingest.corpus import read_corpus

    doc = next(d for d in read_corpus([SEEDS]) if d.id == "iran_intelligence_ministry_2022.txt")
    monkeypatch.setattr(windows, "WINDOW_CHARS", 1200)
    assert len(split_windows(doc.text, 1200)) >= 3
    [(_, (relations, _, error))] = list(extract_stream(nlp, [doc], 8))
    assert error is None and relations
    evidence = [e for r in relations for e in r["evidence"]]
    assert evidence and all(doc.text[e["start"]:e["end"]] == e["sentence"] for e in evidence)
    assert any(e["start"] > 1200 for e in evidence)  # found in a later window, offsets in the document's terms
