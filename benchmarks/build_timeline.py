"""When a real `graphbuild build` process reaches each stage (issue 18).

    python benchmarks/build_timeline.py INPUT OUT

Runs the command line's `build` in this process with timestamps (seconds since this script
started) at: imports done, pipeline fingerprint, model load, the first and last document back
from the model, the outputs; then the CPU seconds of this process and of its reaped worker.
"""
from __future__ import annotations

import os
import sys
import time

T0 = time.perf_counter()
MARKS: list[tuple[float, str]] = []


def mark(what: str) -> None:
    MARKS.append((time.perf_counter() - T0, what))


def main() -> int:
    import graphbuild.cli as cli
    import graphbuild.nlp.model as model
    import graphbuild.pipeline.local_engine as local_engine
    import graphbuild.pipeline.run as run

    mark("imports done")

    def timed(name: str, func):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            mark(f"{name} start")
            try:
                return func(*args, **kwargs)
            finally:
                mark(f"{name} end")
        return wrapper

    model.load_pipeline = timed("model load", model.load_pipeline)
    run.pipeline_fingerprint = timed("fingerprint", run.pipeline_fingerprint)
    run.write_build_outputs = timed("outputs", run.write_build_outputs)
    extract = local_engine.extract_in_processes

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        first = True
        for item in extract(*args, **kwargs):
            if first:
                mark("first document back from the model")
                first = False
            yield item
        mark("last document back from the model")

    local_engine.extract_in_processes = watched
    sys.argv = ["graphbuild", "build", sys.argv[1], "-o", sys.argv[2]]
    try:
        cli.main()
    except SystemExit:
        pass
    mark("end")
    for at, what in MARKS:
        print(f"{at:7.2f}  {what}")
    times = os.times()
    print(f"cpu: build process {times.user + times.system:.2f} s, worker {times.children_user + times.children_system:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
