"""The build driver's own CPU, the model left out: captured outcomes replayed through `pipeline.build` (issue 18).

    python benchmarks/driver_cpu.py CORPUS [--repeats 3] [--outcomes FILE]

Runs the model once over CORPUS (two forked workers, as the 2-worker build) and keeps each document's outcome
(in FILE when given, reused if it exists); then builds CORPUS `--repeats` times in this process with
`local_engine.process` replaced by those outcomes (no outputs, as run.py's 2-worker build), printing per build the
CPU of this process (all threads: reading, the step, the writer thread, RocksDB's threads), of its main thread,
and of the step's parts (resolve, document_quads on the main thread; ox_quads and write_documents on the writer
thread, the store's background threads not included). The first build pays the imports: read the later ones. On a
shared machine alternate the trees compared (PYTHONPATH=TREE).
"""
from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def capture(corpus: Path) -> dict[str, Any]:
    """Each document's outcome (document id -> (relation dicts, words, error)), from two forked model workers."""
    from graphbuild.ingest.corpus import CorpusReport, read_corpus
    from graphbuild.pipeline.local_engine import process

    docs = list(read_corpus([corpus], CorpusReport()))
    return {doc.id: outcome for doc, outcome in process(docs, None, 2, 32)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--outcomes", type=Path, default=None)
    args = parser.parse_args(argv)

    import graphbuild.pipeline.local_engine as local_engine
    import graphbuild.pipeline.run as run
    import graphbuild.pipeline.step as step
    from graphbuild.rdf.local import LocalStore

    if args.outcomes is not None and args.outcomes.exists():
        outcomes = pickle.loads(args.outcomes.read_bytes())
    else:
        outcomes = capture(args.corpus)
        if args.outcomes is not None:
            args.outcomes.write_bytes(pickle.dumps(outcomes))
    local_engine.process = lambda docs, *_, **__: ((doc, outcomes[doc.id]) for doc in docs)
    spent: dict[str, float] = defaultdict(float)

    def timed(owner: Any, name: str) -> None:
        func: Callable[..., Any] = getattr(owner, name)

        def wrapper(*a: Any, **k: Any) -> Any:
            t0 = time.thread_time()
            try:
                return func(*a, **k)
            finally:
                spent[name] += time.thread_time() - t0

        setattr(owner, name, wrapper)

    timed(step.DocumentStep, "resolve")
    timed(step, "document_quads")
    timed(local_engine, "ox_quads")
    timed(LocalStore, "write_documents")
    with tempfile.TemporaryDirectory() as work:
        for k in range(args.repeats):
            out = Path(work) / "out"
            shutil.rmtree(out, ignore_errors=True)
            spent.clear()
            cpu0, main0 = time.process_time(), time.thread_time()
            report = run.build([args.corpus], run.BuildOptions(out=out, workers=2, batch_size=32, outputs=False))
            cpu, main_cpu = time.process_time() - cpu0, time.thread_time() - main0
            parts = "  ".join(f"{name} {seconds:.3f}" for name, seconds in spent.items())
            print(f"build {k + 1}: driver_cpu_s {cpu:.3f}  main_thread {main_cpu:.3f}  {parts}  quads {report.quads}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
