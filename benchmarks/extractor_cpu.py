"""CPU seconds of the extractors over parsed documents, by extractor set (issue 18).

    python benchmarks/extractor_cpu.py CORPUS [CORPUS ...] [--repeats 3]

The documents are parsed once (the pipeline without `gb_relations`); then, for each set, `run_extractors(doc,
names)` runs over all of them with the garbage collector off and `time.process_time` around the loop, and the best
of the repeats is printed. Every set builds the per-document context (mentions, resolver) afresh, so `context` alone
is printed first; a learned extractor's own cost is its set's figure less its rules' (roles_learned.v1 less roles.v1).

    python benchmarks/extractor_cpu.py CORPUS --calls

prints, instead of the CPU seconds, exact counts for one pass of the default set under cProfile (after an untimed
pass): all Python calls, `Doc.__getitem__` (each `doc[i]`, `Token.head`, `.children` ... makes a new `Token` through
it) and `Token` objects made. Counts do not move with the machine's load, as the CPU seconds do (PF, 27th session).
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SETS: dict[str, tuple[str, ...] | None] = {
    "context": None,
    "roles.v1": ("roles.v1",),
    "roles_learned.v1": ("roles_learned.v1",),
    "designations.v1": ("designations.v1",),
    "designations_learned.v1": ("designations_learned.v1",),
    "partof.v1": ("partof.v1",),
    "default": ("roles_learned.v1", "designations_learned.v1", "partof.v1"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--calls", action="store_true", help="count calls and Tokens made in one pass of the default set")
    args = parser.parse_args(argv)
    from graphbuild.extract import run_extractors
    from graphbuild.extract.context import context_of, release_context
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import load_pipeline
    from graphbuild.pipeline.workers import make_doc

    nlp = load_pipeline()
    with nlp.select_pipes(disable=["gb_relations"]):
        docs = [nlp(make_doc(nlp, d)) for d in read_corpus(args.inputs)]
    if args.calls:
        return _count_calls(docs, SETS["default"] or ())
    best: dict[str, float] = {}
    for _ in range(args.repeats):
        for label, names in SETS.items():
            gc.disable()
            t0 = time.process_time()
            for doc in docs:
                if names is None:
                    context_of(doc)
                    release_context(doc)
                else:
                    run_extractors(doc, names)
            seconds = time.process_time() - t0
            gc.enable()
            best[label] = min(best.get(label, seconds), seconds)
    print(f"documents {len(docs)}  best of {args.repeats}, CPU-s")
    for label, seconds in best.items():
        print(f"{label:24s} {seconds:7.3f}")
    return 0


def _count_calls(docs: list, names: tuple[str, ...]) -> int:
    """One pass of `names` over the parsed docs under cProfile, after an untimed one; prints the exact counts."""
    import cProfile
    import pstats

    from graphbuild.extract import run_extractors

    for doc in docs:
        run_extractors(doc, names)
    profile = cProfile.Profile()
    profile.enable()
    for doc in docs:
        run_extractors(doc, names)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    calls = sum(entry[1] for entry in stats.values())
    getitem = sum(entry[1] for key, entry in stats.items() if key[2] == "__getitem__" and key[0].endswith("doc.pyx"))
    tokens = sum(entry[1] for key, entry in stats.items() if key[2] == "cinit" and key[0].endswith("token.pxd"))
    print(f"documents {len(docs)}  one pass of {', '.join(names)}: calls {calls:,}  Doc.__getitem__ {getitem:,}  Tokens made {tokens:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
