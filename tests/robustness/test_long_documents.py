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


def test_a_window_of_short_tokens_is_cut_again_by_tokens(blank_model):
    """C1: 50,000 characters of "#" lines are 50,000 tokens, and the model's memory follows tokens (a 200 KB file of
    them peaked at 3.2 GB); a window over the token bound is cut again at its own line breaks."""
    from graphbuild.nlp.model import load_pipeline
    from graphbuild.pipeline.workers import token_windows

    nlp = load_pipeline(blank_model)
    text = "Dense.\n" + "#\n" * 6000 + "The end.\n"
    doc = Document(id="dense.txt", text=text, sha256="x", path="dense.txt", meta={})
    pieces = [(d.text, start) for d, start in token_windows(nlp, doc, 50_000, tokens=1000)]
    assert len(pieces) > 1 and all(len(nlp.make_doc(t)) <= 1000 for t, _ in pieces)
    assert "".join(t for t, _ in pieces) == text  # in order, nothing lost or repeated, each at its offset:
    assert all(text[start:start + len(t)] == t for t, start in pieces) and pieces[0][1] == 0
    assert all(t.endswith("\n") for t, _ in pieces)  # cut at line breaks
    prose = Document(id="p.txt", text=PARAGRAPH, sha256="y", path="p.txt", meta={})
    assert [(d.text, s) for d, s in token_windows(nlp, prose, 50_000, tokens=1000)] == [(PARAGRAPH, 0)]


def test_a_batch_stops_at_the_token_bound():
    """C1: a batch held up to 200,000 characters whatever their tokens; it now also stops at a number of tokens."""
    from graphbuild.pipeline.workers import char_batches

    class Sized:  # a Doc's length is its tokens, its text its characters
        def __init__(self, chars: int, tokens: int) -> None:
            self.text, self.tokens = "x" * chars, tokens

        def __len__(self) -> int:
            return self.tokens

    items = [(Sized(100, 600), k) for k in range(5)]
    assert [[k for _, k in group] for group in char_batches(items, 32, 10_000, 1000)] == [[0], [1], [2], [3], [4]]
    assert [[k for _, k in group] for group in char_batches(items, 32, 10_000, 1200)] == [[0, 1], [2, 3], [4]]
    assert [[k for _, k in group] for group in char_batches(items, 32, 10_000, 3000)] == [[0, 1, 2, 3, 4]]


def test_a_dense_document_is_extracted_whole_in_token_windows(blank_model, monkeypatch):
    """The document's outcome is one, whatever the number of windows the token bound cut it into."""
    import graphbuild.pipeline.workers as workers
    from graphbuild.nlp.model import load_pipeline

    nlp = load_pipeline(blank_model)
    monkeypatch.setattr(workers, "WINDOW_TOKENS", 500)
    docs = [Document(id=f"d{k}.txt", text="#\n" * 2000 + PARAGRAPH, sha256=str(k), path=f"d{k}.txt", meta={}) for k in range(2)]
    outcomes = list(extract_stream(nlp, docs, 8))
    assert [d.id for d, _ in outcomes] == ["d0.txt", "d1.txt"] and all(error is None for _, (_, _, error) in outcomes)
