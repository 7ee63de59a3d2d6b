"""The 1- and 2-worker builds of `run.py`'s `speedup_2_workers`, with where their CPU goes (issue 18).

    python benchmarks/two_workers.py CORPUS [--batch-size 7] [--workers 1,2] [--repeats 1] [--work DIR]

Builds CORPUS as `run.py` does for that figure (the pipeline loaded once in this process, `measure_build`,
no outputs; `--batch-size`: run.py uses 7 on its 60 quick documents, 32 on the 400 of the full run) and
prints per build: the phase, the model workers' CPU (reaped children) and the build process's (the driver,
all its threads) with its main and writer threads' own, the driver's minor page faults, the peak RSS of the
children; then per worker: chunks, documents, CPU in `_extract_chunk`, when it began and finished, how long it
sat idle at the end while the other worked, its minor page faults and its first chunk's (documents:CPU/faults).
On a shared machine read the CPU seconds and the faults, not the wall times, and alternate the trees compared.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


LOG: Path | None = None
EXTRACT_CHUNK: Any = None


def chunk(docs: list, batch_size: int) -> list:
    """`_extract_chunk` in the worker, with its CPU, times and minor page faults appended to LOG."""
    c0, t0 = time.process_time(), time.perf_counter()
    f0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    out = EXTRACT_CHUNK(docs, batch_size)
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - f0
    assert LOG is not None
    with open(LOG, "a", encoding="utf-8") as handle:
        handle.write(f"{os.getpid()} {len(docs)} {time.process_time() - c0:.4f} {t0:.4f} {time.perf_counter():.4f} {faults}\n")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--batch-size", type=int, default=7)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args(argv)

    import benchmarks.run as run
    import graphbuild.pipeline.local_engine as local_engine
    import graphbuild.pipeline.workers as workers
    import graphbuild.rdf.writer as writer

    global LOG, EXTRACT_CHUNK
    work = args.work or Path(tempfile.mkdtemp(prefix="gb-two-workers-"))
    LOG = log = work / "chunks.log"
    EXTRACT_CHUNK = workers._extract_chunk
    workers._extract_chunk = chunk  # a module function: the pool sends it to the workers by name
    writer_cpu: dict[str, float] = {}
    background_run = writer.BackgroundWriter._run

    def run_writer(self: object) -> None:
        try:
            background_run(self)
        finally:
            writer_cpu["writer"] = time.thread_time()

    writer.BackgroundWriter._run = run_writer  # type: ignore[method-assign]
    sizes = [int(w) for w in args.workers.split(",")]
    with run.warm_pipeline():
        for k in range(args.repeats):
            for n in sizes:
                log.unlink(missing_ok=True)
                out = work / f"w{n}-{k}"
                shutil.rmtree(out, ignore_errors=True)
                writer_cpu.clear()
                main0, faults0, t0 = time.thread_time(), resource.getrusage(resource.RUSAGE_SELF).ru_minflt, time.perf_counter()
                m = run.measure_build(args.corpus, out, args.batch_size, workers=n, outputs=False)
                main_cpu = time.thread_time() - main0
                faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults0
                rows = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
                pids = sorted({r[0] for r in rows})
                last = max(float(r[4]) for r in rows)
                print(f"workers {n}: phase {m['phase']:.2f} s  children_cpu {m['cpu_children']:.2f}  driver_cpu {m['cpu_self']:.2f} "
                      f"(main thread {main_cpu:.2f}, writer {writer_cpu.get('writer', 0.0):.2f})  driver_faults {faults}  "
                      f"children_peak_rss {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024} MB", flush=True)
                for pid in pids:
                    mine = [r for r in rows if r[0] == pid]
                    first = mine[0]
                    print(f"   worker: chunks {len(mine)} documents {sum(int(r[1]) for r in mine)} "
                          f"cpu {sum(float(r[2]) for r in mine):.2f}  began {min(float(r[3]) for r in mine) - t0:.2f} s  "
                          f"ended {max(float(r[4]) for r in mine) - t0:.2f} s  idle at the end {last - max(float(r[4]) for r in mine):.2f} s  "
                          f"faults {sum(int(r[5]) for r in mine)}  first chunk {first[1]}:{float(first[2]):.3f}/{first[5]}", flush=True)
                shutil.rmtree(out, ignore_errors=True)
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
