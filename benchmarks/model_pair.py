"""The bare model's own two-process scaling on this machine, beside the pure-Python ceiling (issue 18, S18).

    python benchmarks/model_pair.py CORPUS [--rounds 4] [--batch-size 7]

WHY: `speedup_2_workers` is compared with `machine_parallel_speedup` (two pure-Python loops,
`benchmarks/run.py`). In the fourteenth session's quiet sitting the 2-worker build kept both cores
96-100% busy, yet its workers' CPU was ~13% above the 1-worker build's (docs/benchmarks.md, S18): the
model's numeric work may slow down when both cores run it (shared cache, memory bandwidth, clock), which a
pure-Python loop does not show. This measures that ceiling directly, the same way as the machine's: the
pipeline loaded once (`graphbuild.nlp.model.load_pipeline`), two forked pool processes; the serial arm has one
of them run `nlp.pipe` over both halves of CORPUS's texts, the parallel arm has each run one half at the same
time; the arms alternate over `--rounds`, each arm's best wall time and its CPU (the pool processes' own) are
kept. Prints the model's speed-up (serial best / parallel best), the pure-Python ceiling measured between the
same rounds, and the parallel arm's CPU over the serial arm's. Only a quiet machine gives the wall figures;
the CPU ratio is read at any load but is diluted there (other processes, not the pair, share the caches).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NLP: Any = None
HALVES: list[list[str]] = []
BATCH = 7


def _pipe(which: list[int]) -> float:
    """In a pool process: the model over the given halves one after the other; returns this process's CPU."""
    c0 = time.process_time()
    for k in which:
        for _ in NLP.pipe(HALVES[k], batch_size=BATCH):
            pass
    return time.process_time() - c0


def main(argv: list[str] | None = None) -> int:
    import multiprocessing as mp

    from benchmarks.run import _burn, _burn_twice

    global NLP, HALVES, BATCH
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=7)
    args = parser.parse_args(argv)
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import load_pipeline

    NLP, BATCH = load_pipeline(None), args.batch_size
    texts = [doc.text for doc in read_corpus([args.corpus])]
    total = sum(map(len, texts))
    acc, cut = 0, len(texts)
    for i, text in enumerate(texts):  # two halves of equal characters, in order
        acc += len(text)
        if acc >= total / 2:
            cut = i + 1
            break
    HALVES = [texts[:cut], texts[cut:]]
    model = {"serial": [], "parallel": []}
    cpu = {"serial": [], "parallel": []}
    loops = {"serial": [], "parallel": []}
    with mp.get_context("fork").Pool(2) as pool:
        pool.map(_pipe, [[0], [1]], chunksize=1)  # both processes warm (their first chunks' excess)
        for k in range(args.rounds):
            for arm in (("serial", "parallel") if k % 2 == 0 else ("parallel", "serial")):
                t0 = time.perf_counter()
                used = [pool.apply(_pipe, ([0, 1],))] if arm == "serial" else pool.map(_pipe, [[0], [1]], chunksize=1)
                model[arm].append(time.perf_counter() - t0)
                cpu[arm].append(sum(used))
                t0 = time.perf_counter()
                pool.apply(_burn_twice, (4_000_000,)) if arm == "serial" else pool.map(_burn, [4_000_000] * 2, chunksize=1)
                loops[arm].append(time.perf_counter() - t0)
    print(f"{len(texts)} texts ({len(HALVES[0])} + {len(HALVES[1])}), {args.rounds} rounds")
    print(f"model: serial best {min(model['serial']):.3f} s, parallel best {min(model['parallel']):.3f} s, "
          f"model_parallel_speedup {min(model['serial']) / min(model['parallel']):.3f}")
    print(f"pure-Python loops: machine_parallel_speedup {min(loops['serial']) / min(loops['parallel']):.3f}")
    print(f"model CPU: serial {' '.join(f'{c:.2f}' for c in cpu['serial'])}, parallel "
          f"{' '.join(f'{c:.2f}' for c in cpu['parallel'])}; parallel / serial (best) "
          f"{min(cpu['parallel']) / min(cpu['serial']):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
