"""The build process's own CPU, and what it still does after the model's last document (issue 18).

    python benchmarks/build_tail.py CORPUS OUT [--workers N]

Runs `pipeline.build` in this process (a fresh OUT) and prints, from the moment the last
document came back from the model: the wall and CPU seconds (this process's, all threads) at
the name index, the outputs and the end; then the whole build's CPU of this process (the
driver: reading, resolution, quads, store writes, outputs) and of its reaped model workers.
That tail is on the critical path of every build, whatever the workers do; on a shared machine
compare the CPU figures, alternating the trees being compared.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from build_timeline import timed  # this script's folder is on sys.path when it runs

T0 = time.perf_counter()
MARKS: list[tuple[float, float, str]] = []


def mark(what: str) -> None:
    MARKS.append((time.perf_counter() - T0, time.process_time(), what))


def around(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """`func` with this script's (wall, CPU) marks around each call."""
    return timed(name, func, mark)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)

    import graphbuild.pipeline.local_engine as local_engine
    import graphbuild.pipeline.run as run
    import graphbuild.rdf.name_index as name_index

    extract = local_engine.extract_in_processes

    def watched(*a: Any, **k: Any) -> Any:
        yield from extract(*a, **k)
        mark("last document back from the model")

    local_engine.extract_in_processes = watched
    run.write_build_outputs = around("outputs", run.write_build_outputs)
    name_index.rebuild = around("name index rebuild", name_index.rebuild)
    name_index.update = around("name index update", name_index.update)
    shutil.rmtree(args.out, ignore_errors=True)
    cpu0 = time.process_time()
    report = run.build([args.corpus], run.BuildOptions(out=args.out, workers=args.workers))
    mark("build returned")
    last = next((m for m in MARKS if m[2] == "last document back from the model"), None)
    if last is None:
        print("no document went through the model (an unchanged store?)")
        return 1
    for at, cpu, what in MARKS:
        print(f"{at - last[0]:+7.3f} s  cpu {cpu - last[1]:+7.3f} s  {what}")
    times = os.times()
    print(f"documents {report.processed}  driver_cpu_s {time.process_time() - cpu0:.3f}  "
          f"workers_cpu_s {times.children_user + times.children_system:.3f}  wall_s {time.perf_counter() - T0:.2f}  "
          f"tail_cpu_s {MARKS[-1][1] - last[1]:.3f}  tail_s {MARKS[-1][0] - last[0]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
