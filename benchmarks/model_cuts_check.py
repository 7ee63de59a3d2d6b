"""Issue 18: the pipeline with the model-side cuts against the plain model, token for token, and its CPU.

    python benchmarks/model_cuts_check.py                       # dev, train, unlabeled + 400 benchmark docs
    python benchmarks/model_cuts_check.py --docs 100 FOLDER ...  # other folders too

Loads `load_pipeline(extract=False)` twice, once with `GRAPHBUILD_PLAIN_MODEL=1` (the model's own
attribute_ruler, lemmatizer and BLIS products) and once without (graphbuild/nlp/attribute_table.py,
lemma_table.py, gemm.py), runs both over the same texts, alternating twice, and reports the tokens
whose TAG, POS, MORPH, LEMMA, DEP, HEAD, entity or sentence start differ (must be 0) and the CPU
seconds (`time.process_time`) of each pass. With `--relations`, also the relations of every document
through the build's own `extract_stream` (full pipelines, extractors included), compared as JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def check_folders(folders: list[Path], docs: int, work: Path) -> list[Path]:
    """The documents an identity check runs over: `folders`, else dev, train and unlabeled of ../shared/eval,
    plus `docs` generated benchmark documents written under `work` (kept there for the next run)."""
    chosen = list(folders) or [p for p in (EVAL / "dev" / "docs", EVAL / "train" / "docs", EVAL / "unlabeled") if p.exists()]
    if docs:
        corpus = work / "corpus"
        if not corpus.exists():
            write_corpus(corpus, docs)
        chosen.append(corpus)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--docs", type=int, default=400, help="benchmark corpus size (0: none)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/graphbuild-model-cuts"))
    parser.add_argument("--json", type=Path)
    parser.add_argument("--relations", action="store_true", help="also compare the extracted relations")
    args = parser.parse_args(argv)
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import PLAIN_MODEL_ENV, load_pipeline

    folders = check_folders(args.folders, args.docs, args.work)
    texts = [d.text for d in read_corpus(folders)]
    os.environ[PLAIN_MODEL_ENV] = "1"
    plain = load_pipeline(extract=False)
    del os.environ[PLAIN_MODEL_ENV]
    cut = load_pipeline(extract=False)
    columns = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
    seconds: dict[str, list[float]] = {"plain": [], "cut": []}
    differing = tokens = 0
    for nlp in (plain, cut):
        list(nlp.pipe(texts[:2]))  # warm up
    for _ in range(2):
        docs = {}
        for name, nlp in (("plain", plain), ("cut", cut)):
            c0 = time.process_time()
            docs[name] = list(nlp.pipe(texts, batch_size=32))
            seconds[name].append(round(time.process_time() - c0, 2))
        tokens = sum(len(d) for d in docs["plain"])
        differing = sum(int((a.to_array(columns) != b.to_array(columns)).any(axis=1).sum()) for a, b in zip(docs["plain"], docs["cut"]))
    relations: dict[str, object] = {}
    if args.relations:
        relations = compare_relations(folders)
    result = {**relations, "documents": len(texts), "tokens": tokens, "differing_tokens": differing, "plain_cpu_seconds": seconds["plain"],
              "cut_cpu_seconds": seconds["cut"], "plain_pipes": plain.pipe_names, "cut_pipes": cut.pipe_names,
              "load_average": os.getloadavg()[0]}
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 1 if differing or relations.get("differing_documents") else 0


def compare_relations(folders: list[Path]) -> dict[str, object]:
    """Relations of every document, plain model vs cut pipeline, through `extract_stream` (CPU of each pass)."""
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import PLAIN_MODEL_ENV, load_pipeline
    from graphbuild.pipeline.workers import extract_stream

    docs = list(read_corpus(folders))
    out: dict[str, list[str]] = {}
    cpu: dict[str, float] = {}
    for name in ("plain", "cut"):
        if name == "plain":
            os.environ[PLAIN_MODEL_ENV] = "1"
        nlp = load_pipeline()
        os.environ.pop(PLAIN_MODEL_ENV, None)
        c0 = time.process_time()
        out[name] = [json.dumps(rels, sort_keys=True) for _, (rels, _, _) in extract_stream(nlp, docs, 32)]
        cpu[name] = round(time.process_time() - c0, 2)
    return {"relations": sum(len(json.loads(r)) for r in out["cut"]),
            "differing_documents": sum(a != b for a, b in zip(out["plain"], out["cut"])),
            "relations_plain_cpu_seconds": cpu["plain"], "relations_cut_cpu_seconds": cpu["cut"]}


if __name__ == "__main__":
    sys.exit(main())
