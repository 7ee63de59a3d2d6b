"""A first (bulk) build's write batches grow with what is in the store; other builds keep the fixed batch (S10)."""
from __future__ import annotations

from graphbuild.pipeline import local_engine
from graphbuild.pipeline.local_engine import WRITE_BATCH_GROWTH, WRITE_BATCH_QUADS, batch_limit


def batches(total: int, per_document: int) -> list[int]:
    """The batch sizes build_changed's bulk writer makes of `total` quads arriving `per_document` at a time."""
    sizes, written, held = [], 0, 0
    for _ in range(total // per_document):
        held += per_document
        if held >= batch_limit(written):
            sizes.append(held)
            written, held = written + held, 0
    return sizes + ([held] if held else [])


def test_batches_start_fixed_then_grow_with_what_is_written():
    assert batch_limit(0) == batch_limit(WRITE_BATCH_QUADS) == WRITE_BATCH_QUADS
    assert batch_limit(10 * WRITE_BATCH_QUADS) == 10 * WRITE_BATCH_QUADS // WRITE_BATCH_GROWTH
    sizes = batches(112_000, 280)  # the full benchmark's 400 documents
    assert len(sizes) == 7 and sum(sizes) == 112_000  # 14 with batches of 8,000
    assert all(a <= b for a, b in zip(sizes[2:-1], sizes[3:-1]))
    assert sizes[-1] <= 112_000 // 3
    assert batches(15_400, 280) == [8_120, 7_280]  # the quick benchmark's 60 documents: as with fixed batches


def test_no_base_batch_keeps_every_document_a_write_of_its_own(monkeypatch):
    monkeypatch.setattr(local_engine, "WRITE_BATCH_QUADS", 0)
    assert batch_limit(0) == batch_limit(100_000) == 0


def test_only_bulk_builds_grow_their_batches(tmp_path, monkeypatch):
    """Into a store with documents each graph is a transaction: the batch stays WRITE_BATCH_QUADS."""
    from graphbuild.pipeline.options import BuildOptions, BuildReport
    from graphbuild.records import Document

    calls: list[int] = []

    class Store:
        class minter:
            @staticmethod
            def document(doc_id):
                from rdflib import URIRef

                return URIRef(f"https://example.org/doc/{doc_id}")

        def write_documents(self, graphs, bulk=False, hold_seals=False):
            calls.append(len(graphs))

        def write_held_seals(self):
            pass

    docs = [Document(id=f"d{n}", text="x", sha256="0", path=f"d{n}.txt", meta={}) for n in range(6)]
    monkeypatch.setattr(local_engine, "process", lambda docs, *a, **k: ((d, ([], 1, None)) for d in docs))
    monkeypatch.setattr(local_engine, "ox_quads", lambda quads: [object()] * 10)
    monkeypatch.setattr(local_engine, "WRITE_BATCH_QUADS", 10)  # one document's quads
    for bulk, expected in ((False, [1] * 6), (True, [1, 1, 1, 2, 1])):
        calls.clear()
        local_engine.build_changed(docs, BuildOptions(out=tmp_path, workers=2), Store(), lambda d, o: [], BuildReport(),
                                   bulk=bulk)
        assert calls == expected, bulk
