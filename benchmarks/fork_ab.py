"""`--workers 1` with the model in the build's process against the model in one forked worker (issue 18).

    python benchmarks/fork_ab.py --docs 60 --repeats 3 --work /tmp/gbfork

One process, the pipeline loaded once, the two ways alternated `--repeats` times over the
benchmark corpus, each a whole `pipeline.build` with its outputs into a fresh folder. Prints
wall seconds and CPU seconds (the build process's own and its reaped worker's) per build, and
the build's stage timings: on a shared machine the CPU seconds are the figures to compare.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/graphbuild-fork-ab"))
    args = parser.parse_args(argv)

    from benchmarks.corpus import write_corpus
    from benchmarks.run import read_docs, warm_pipeline
    import graphbuild.pipeline.local_engine as local_engine
    import graphbuild.pipeline.workers as workers
    from graphbuild.pipeline.run import BuildOptions, build

    corpus = args.work / "corpus"
    if not corpus.exists():
        write_corpus(corpus, args.docs)
    ways = {"in-process": (lambda: False, lambda: 1), "forked": (lambda: True, lambda: 2)}
    saved = (workers.can_fork, workers.usable_cores)
    with warm_pipeline():
        list(local_engine.process(read_docs(corpus)[:2], None, 1, 32))  # warm up
        try:
            for _ in range(args.repeats):
                for way, (fork, cores) in ways.items():
                    workers.can_fork, workers.usable_cores = fork, cores
                    out = args.work / "out"
                    shutil.rmtree(out, ignore_errors=True)
                    wall, before = time.perf_counter(), os.times()
                    report = build([corpus], BuildOptions(out=out))
                    wall, after = time.perf_counter() - wall, os.times()
                    own = (after.user + after.system) - (before.user + before.system)
                    worker = (after.children_user + after.children_system) - (before.children_user + before.children_system)
                    stages = " ".join(f"{k}={v:.2f}" for k, v in report.timings.items())
                    print(f"{way:<10} wall {wall:6.2f} s  cpu {own + worker:6.2f} s (build {own:.2f}, worker {worker:.2f})  {stages}",
                          flush=True)
        finally:
            workers.can_fork, workers.usable_cores = saved
    return 0


if __name__ == "__main__":
    sys.exit(main())
