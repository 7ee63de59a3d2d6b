"""Time graphbuild's extraction against the bare spaCy model on the same real documents.

Issue 3 asks that extraction add no more than 15% to the bare pipeline. Both
pipelines parse the same texts with the same batch size, alternately, three
times; the best of each is compared (timings on a shared machine are noisy).

    python benchmarks/extraction_overhead.py [INPUT ...]   (default: seeds/ plus ../shared/eval when present)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy

from graphbuild.ingest.corpus import read_corpus
from graphbuild.nlp.modelinfo import default_model
from graphbuild.nlp.model import load_pipeline

ROOT = Path(__file__).resolve().parent.parent


def main(inputs: list[str]) -> None:
    if not inputs:
        inputs = [str(ROOT / "seeds")] + [str(p) for p in (ROOT.parent / "shared" / "eval" / "dev" / "docs",
                                                             ROOT.parent / "shared" / "eval" / "unlabeled") if p.exists()]
    docs = list(read_corpus(inputs)) * 3
    words = sum(len(d.text.split()) for d in docs)
    bare, full = spacy.load(default_model()), load_pipeline()

    def run_bare() -> float:
        start = time.perf_counter()
        list(bare.pipe((d.text for d in docs), batch_size=32))
        return time.perf_counter() - start

    def run_full() -> float:
        start = time.perf_counter()
        made = []
        for d in docs:
            doc = full.make_doc(d.text)
            doc.user_data["gb_meta"] = {k: v for k, v in d.meta.items() if k in {"bold", "headings", "date"}}
            made.append(doc)
        list(full.pipe(made, batch_size=32))
        return time.perf_counter() - start

    run_bare(), run_full()  # warm up
    times_bare, times_full = [], []
    for _ in range(3):
        times_bare.append(run_bare())
        times_full.append(run_full())
    b, f = min(times_bare), min(times_full)
    print(f"documents {len(docs)}  words {words}  bare spaCy {b:.2f}s ({words / b:.0f} words/s)  "
          f"graphbuild pipeline {f:.2f}s ({words / f:.0f} words/s)  extraction overhead {f / b - 1:+.1%}")


if __name__ == "__main__":
    main(sys.argv[1:])
