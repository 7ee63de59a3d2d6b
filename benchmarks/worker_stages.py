"""A 1-worker build's model worker by stage, in CPU seconds, against `nlp.pipe`'s floor (issue 18, S12).

    python benchmarks/worker_stages.py CORPUS [--batch-size 32]

Run it in a fresh interpreter from the tree under test: it does what the worker a 1-worker `graphbuild build` forks
does (the build's collector thresholds, `keep_model_memory`, spaCy without its command line, `load_pipeline`), timing
each stage with the process's CPU (user + system, so the figure holds on a loaded machine). Then the corpus, in the
build's chunks (`chunk_schedule`, `_extract_chunk`), three times: the first pass is what a build pays; the first less
the later ones is what it pays once per process (caches filled, memory first touched), the later ones what it pays per
document. A pass with `gb_relations` off splits the model from extraction. Last, the plain default model as
`benchmarks/run.py` times it (`spacy.load`, two texts to warm up, `nlp.pipe` twice).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def cpu() -> float:
    """This process's CPU seconds (user + system) since it started: the interpreter's own start included."""
    times = os.times()
    return times.user + times.system


def compile_tree() -> None:
    """graphbuild's modules compiled to bytecode, as an installed package has them and as `benchmarks/run.py`'s
    builds find them: on a machine that sets PYTHONDONTWRITEBYTECODE (this one does) every import would otherwise
    compile them from source, ~0.18 CPU-s of "graphbuild imports" that no installed build pays (T, 25th session)."""
    import subprocess

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "graphbuild")], check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    import argparse
    import gc

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    marks = {"interpreter start": cpu()}
    compile_tree()  # in a child process, between the marks: its CPU is counted in no stage
    from graphbuild.pipeline import workers

    gc.set_threshold(*workers.BUILD_GC_THRESHOLD)
    workers.keep_model_memory()
    from graphbuild.nlp.spacy_import import import_spacy_without_cli

    start = cpu()
    import_spacy_without_cli()
    marks["import spacy"] = cpu() - start
    start = cpu()
    from graphbuild.extract import run_extractors  # noqa: F401 - the extractors' import, as the worker's load does it
    from graphbuild.nlp import model as nlp_model

    marks["graphbuild imports"] = cpu() - start
    start = cpu()
    workers._NLP = nlp = nlp_model.load_pipeline(None)  # noqa: SLF001 - what _worker_init sets
    gc.freeze()
    marks["load_pipeline"] = cpu() - start
    from graphbuild.ingest.corpus import read_corpus

    docs = list(read_corpus([args.corpus]))
    chunks = list(workers.chunk_schedule(iter(docs), args.batch_size))

    def one_pass() -> float:
        begin = cpu()
        for chunk in chunks:
            workers._extract_chunk(chunk, args.batch_size)  # noqa: SLF001 - the worker's own call
        return cpu() - begin

    passes = [one_pass() for _ in range(3)]
    with nlp.select_pipes(disable=["gb_relations"]):
        model_only = one_pass()
    import spacy

    from graphbuild.nlp.modelinfo import default_model

    texts = [d.text for d in docs]
    start = cpu()
    plain = spacy.load(default_model())
    list(plain.pipe(texts[:2]))
    plain_load = cpu() - start
    floor = []
    for _ in range(2):
        start = cpu()
        list(plain.pipe(texts, batch_size=args.batch_size))
        floor.append(cpu() - start)
    print(f"documents {len(docs)} in {len(chunks)} chunks; CPU-s (os.times: 10 ms ticks)")
    for label, seconds in marks.items():
        print(f"  {label:24s} {seconds:6.2f}")
    print(f"  {'passes with extraction':24s} {' '.join(f'{s:6.2f}' for s in passes)}  (first less the best later: "
          f"{passes[0] - min(passes[1:]):.2f} once per process)")
    print(f"  {'model only (warm)':24s} {model_only:6.2f}  (extraction, warm: {min(passes[1:]) - model_only:.2f})")
    print(f"  {'plain model load+warm-up':24s} {plain_load:6.2f}")
    print(f"  {'plain nlp.pipe':24s} {' '.join(f'{s:6.2f}' for s in floor)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
