"""Issue 18: the model worker's CPU, this tree against another copy of the package (e.g. an older commit's files).

    python benchmarks/worker_ab.py --other TREE [--repeats 5] [--corpus DIR]

TREE is a folder holding a `graphbuild/` package (and `ontology/`), e.g. made with
`benchmarks/process_ab.py`'s snapshot or a copy of the repository with some files at an older
commit. Each repeat starts fresh interpreters, this tree's and TREE's alternately, after importing
what the command line has imported when it forks the model worker (`graphbuild.cli`), and prints
the CPU seconds of what the worker does on the build's critical path:

- start-up: importing spaCy (`graphbuild.nlp.spacy_import` where the tree has it), `load_pipeline`,
  the first document;
- with `--corpus`: the extractors (`gb_relations` alone) over the corpus's documents, parsed before
  the clock starts; both trees' runs go side by side (at the same time) so that the machine's load,
  shared with other jobs, hits both alike.

Medians over the repeats. The relations themselves are compared by `benchmarks/model_cuts_check.py`
and `benchmarks/process_ab.py` (outputs identical), not here.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

START = r"""
import json, time
import graphbuild.cli, graphbuild.pipeline.workers
c0 = time.process_time()
try:
    from graphbuild.nlp.spacy_import import import_spacy_without_cli
except ImportError:
    import spacy
else:
    import_spacy_without_cli()
c1 = time.process_time()
from graphbuild.nlp import model
nlp = model.load_pipeline()
c2 = time.process_time()
doc = nlp.make_doc("The Treasury designated Ana Perel, the director of Nordvik Shipping LLC, on Monday.")
doc.user_data["gb_meta"] = {}
nlp(doc)
c3 = time.process_time()
print(json.dumps({"import spaCy": c1 - c0, "load_pipeline": c2 - c1, "first document": c3 - c2, "start-up": c3 - c0}))
"""

EXTRACT = r"""
import json, sys, time
from pathlib import Path
from graphbuild.ingest.corpus import read_corpus
from graphbuild.nlp.model import load_pipeline
from graphbuild.pipeline.workers import make_doc
docs = list(read_corpus([Path(sys.argv[1])]))
nlp = load_pipeline()
relations = nlp.get_pipe("gb_relations")
parsed = list(nlp.pipe((make_doc(nlp, d) for d in docs), batch_size=32, disable=["gb_relations"]))
for doc in parsed[:5]:
    relations(doc)  # warm up (lazy loads), then the same docs again from scratch
parsed = list(nlp.pipe((make_doc(nlp, d) for d in docs), batch_size=32, disable=["gb_relations"]))
c0 = time.process_time()
for doc in parsed:
    relations(doc)
print(json.dumps({"extractors": time.process_time() - c0}))
"""


def _env(tree: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    return env


def _run(code: str, tree: Path | None, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=tree or ROOT, env=_env(tree),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _result(process: subprocess.Popen) -> dict[str, float]:
    out, err = process.communicate()
    if process.returncode:
        raise RuntimeError(err.strip()[-2000:])
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--other", type=Path, required=True, help="folder holding the other graphbuild/ package")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--corpus", type=Path, help="also time the extractors over these documents")
    args = parser.parse_args(argv)
    sides = {"this tree": None, f"other ({args.other})": args.other.resolve()}
    runs: dict[str, dict[str, list[float]]] = {side: {} for side in sides}
    for k in range(args.repeats):
        order = list(sides.items()) if k % 2 == 0 else list(reversed(sides.items()))
        for side, tree in order:  # start-up: one after the other, alternated
            for name, seconds in _result(_run(START, tree)).items():
                runs[side].setdefault(name, []).append(seconds)
        if args.corpus:  # extraction: side by side
            running = {side: _run(EXTRACT, tree, str(args.corpus.resolve())) for side, tree in sides.items()}
            for side, process in running.items():
                for name, seconds in _result(process).items():
                    runs[side].setdefault(name, []).append(seconds)
    for side, stages in runs.items():
        print(side)
        for name, values in stages.items():
            print(f"  {statistics.median(values):7.3f} CPU-s  {name}  ({' '.join(f'{v:.3f}' for v in values)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
