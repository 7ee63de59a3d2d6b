"""The model worker's cyclic-collector passes and their CPU, with Python's default thresholds and a build's (issue 18).

    python benchmarks/worker_gc.py CORPUS [--repeats 2]

Each repeat runs, in a fresh interpreter per setting, what a 1-worker build's model worker does: import spaCy,
load the pipeline, then extract the corpus in the chunks a 60-document build sends (1, 2, 4, 8, 16, 32, ...). A
worker forked ahead of the build (`graphbuild.pipeline.early_start`) started with Python's default thresholds
(700, 10, 10); `default` is that, `build` is what `pipeline.workers._worker_init` sets now (BUILD_GC_THRESHOLD,
and `gc.freeze()` after the load). Printed: the passes and their CPU (`gc.callbacks`, `time.thread_time`) during
the start-up and during the documents, and the CPU of each part.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import gc, sys, time
setting, corpus = sys.argv[1], sys.argv[2]
spent = [0.0, 0]
began = [0.0]

def watch(phase, info):
    if phase == "start":
        began[0] = time.thread_time()
    else:
        spent[0] += time.thread_time() - began[0]
        spent[1] += 1

gc.callbacks.append(watch)
c0 = time.process_time()
from graphbuild.pipeline.workers import BUILD_GC_THRESHOLD, extract_stream
if setting == "build":
    gc.set_threshold(*BUILD_GC_THRESHOLD)
from graphbuild.nlp.spacy_import import import_spacy_without_cli
import_spacy_without_cli()
from graphbuild.nlp import model
nlp = model.load_pipeline()
if setting == "build":
    gc.freeze()
c1, start = time.process_time(), tuple(spent)
from pathlib import Path
from graphbuild.ingest.corpus import read_corpus
docs = list(read_corpus([Path(corpus)]))
c2, done, size = time.process_time(), 0, 1
while done < len(docs):
    list(extract_stream(nlp, docs[done:done + size], 32))
    done, size = done + size, min(2 * size, 32)
c3 = time.process_time()
print(f"{setting:8s} start-up: {start[1]:4d} passes {start[0]:.3f} s of {c1 - c0:.3f} CPU-s;  "
      f"{len(docs)} documents: {spent[1] - start[1]:4d} passes {spent[0] - start[0]:.3f} s of {c3 - c2:.3f} CPU-s")
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args(argv)
    for _ in range(args.repeats):
        for setting in ("default", "build"):  # alternated
            done = subprocess.run([sys.executable, "-c", CHILD, setting, str(args.corpus)], cwd=ROOT,
                                  capture_output=True, text=True)
            if done.returncode:
                print(done.stderr[-2000:], file=sys.stderr)
                return 1
            print(done.stdout.strip(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
