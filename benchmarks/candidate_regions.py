"""How much text could skip the parser: tokens in lines/sentences with no candidate (issue 18).

    python benchmarks/candidate_regions.py                 # dev, train and 400 benchmark documents
    python benchmarks/candidate_regions.py --docs 100 --json regions.json

For each document set, the share of tokens lying in lines (text between line breaks: the
units `gb_line_sentences` makes independent for the parser) and in the parser's sentences
that hold: an entity of a label the mention collector keeps (`ent`), any entity (`any_ent`),
a capitalised word other than the first (`capital`: what the proper-noun and name-repair
passes read tags for), and the evidence of a relation the extractors return (`evidence`: what
a perfect oracle would have to parse). A region-skipping parser can only save the complement
of the first three. Also the CPU seconds (`time.process_time`) of the tokenizer and each
pipeline component per 1,000 tokens, each run alone over the set.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "LAW"}  # graphbuild.nlp.mentions.ENTITY_LABELS


def _lines(doc: Any) -> list[tuple[int, int]]:
    """Token ranges between line breaks, each with the token holding its break."""
    out, start = [], 0
    for tok in doc:
        if "\n" in tok.text:
            out.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def _has_capital(doc: Any, start: int, end: int) -> bool:
    words = [t for t in doc[start:end] if not t.is_space and not t.is_punct]
    return any(t.text[:1].isupper() for t in words[1:])


def region_shares(nlp: Any, texts: list[str]) -> dict[str, float]:
    """Share of tokens in lines / sentences holding each kind of candidate."""
    from graphbuild.extract import run_extractors

    counts: dict[str, int] = {}
    total = 0
    for doc in nlp.pipe(texts, batch_size=32):
        total += len(doc)
        evidence = [(e.start, e.end) for rel in run_extractors(doc) for e in rel.evidence]
        kept = [0] * len(doc)
        anyent = [0] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                anyent[i] = 1
                kept[i] = kept[i] or ent.label_ in KEPT_LABELS
        for unit, ranges in (("line", _lines(doc)), ("sentence", [(s.start, s.end) for s in doc.sents])):
            for start, end in ranges:
                if start >= end:
                    continue
                lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
                found = {"ent": any(kept[start:end]), "any_ent": any(anyent[start:end]),
                         "capital": _has_capital(doc, start, end),
                         "evidence": any(s < hi and e > lo for s, e in evidence)}
                found["ent_or_capital"] = found["ent"] or found["capital"]
                for key, hit in found.items():
                    counts[f"{unit}_{key}"] = counts.get(f"{unit}_{key}", 0) + (end - start) * bool(hit)
    return {"tokens": total, **{k: round(v / max(total, 1), 3) for k, v in sorted(counts.items())}}


def component_cpu(nlp: Any, texts: list[str]) -> dict[str, float]:
    """CPU seconds per 1,000 tokens of the tokenizer and of each component, each run alone."""
    c0 = time.process_time()
    docs = list(nlp.tokenizer.pipe(texts, batch_size=32))
    out = {"tokenizer": time.process_time() - c0}
    for name, proc in nlp.pipeline:
        c0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.process_time() - c0
    tokens = sum(len(d) for d in docs)
    return {f"cpu_ms_per_1000_tokens.{k}": round(1000 * v * 1000 / tokens, 2) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400, help="benchmark corpus size")
    parser.add_argument("--work", type=Path, default=Path("/tmp/graphbuild-regions"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import load_pipeline

    corpus = args.work / "corpus"
    if not corpus.exists():
        write_corpus(corpus, args.docs)
    sets = {"dev": EVAL / "dev" / "docs", "train": EVAL / "train" / "docs", f"benchmark{args.docs}": corpus}
    nlp = load_pipeline()
    result: dict[str, Any] = {"pipe_names": nlp.pipe_names}
    for name, folder in sets.items():
        if not folder.exists():
            continue
        texts = [d.text for d in read_corpus([folder])]
        list(nlp.pipe(texts[:2]))  # warm up
        result[name] = {"docs": len(texts), **region_shares(nlp, texts), **component_cpu(nlp, texts)}
        print(name, json.dumps(result[name]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
