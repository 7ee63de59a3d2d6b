"""CPU seconds of each pipeline component, the extraction included, over a corpus (issue 18).

    python benchmarks/component_cpu.py /tmp/gbstep/corpus [--profile gb.prof]
    python benchmarks/component_cpu.py ../shared/eval/dev/docs ../shared/eval/train/docs

Each document goes through the components one at a time (`time.process_time` around each), so
batching effects of `nlp.pipe` are left out: read the shares, not the sum, as the worker's cost.
With `--profile`, the `gb_relations` component is run a second time over the parsed documents
under cProfile and the statistics are written to that file (`python -m pstats FILE`).
"""
from __future__ import annotations

import argparse
import cProfile
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--profile", type=Path, help="write a cProfile of gb_relations over the parsed documents here")
    args = parser.parse_args(argv)
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import load_pipeline
    from graphbuild.pipeline.workers import make_doc

    nlp = load_pipeline()
    cpu: Counter[str] = Counter()
    parsed = []
    for document in read_corpus(args.inputs):
        t0 = time.process_time()
        doc = make_doc(nlp, document)
        cpu["make_doc"] += time.process_time() - t0
        for name, component in nlp.pipeline:
            if name == "gb_relations":
                parsed.append((doc, component))
            t0 = time.process_time()
            doc = component(doc)
            cpu[name] += time.process_time() - t0
    total = sum(cpu.values())
    print(f"documents {len(parsed)}  CPU-s {total:.2f}")
    for name, seconds in cpu.items():
        print(f"{name:20s} {seconds:7.2f}  {100 * seconds / total:5.1f}%")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for doc, component in parsed:
            component(doc)
        profile.disable()
        profile.dump_stats(str(args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
