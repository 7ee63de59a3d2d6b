"""When a real `graphbuild build` process reaches each stage (issue 18).

    python benchmarks/build_timeline.py INPUT OUT [--workers N ...]

Runs the command line's `build` in this process with timestamps (seconds since this script
started) at: imports done, pipeline fingerprint, the extraction's start, the model load (in the
build process, or in the model worker, which loads it itself in a 1-worker build), the first and
last document back from the model, the outputs; then the CPU seconds of this process and of its
reaped worker. Nothing is imported ahead of what `graphbuild build` itself imports (the build's
modules are patched as they are imported; spaCy is not imported here: a 1-worker build imports it in
its worker only).
"""
from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
import time
from collections.abc import Callable
from typing import Any

T0 = time.perf_counter()
MARKS: list[tuple[float, str]] = []


def mark(what: str) -> None:
    MARKS.append((time.perf_counter() - T0, what))


class AfterImport(importlib.abc.MetaPathFinder):
    """Calls `then(module)` right after `name` is first imported, so that this script imports nothing ahead of the build."""

    def __init__(self, name: str, then: Callable[[Any], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        run_module = spec.loader.exec_module

        def exec_module(module: Any) -> None:
            run_module(module)
            self.then(module)

        spec.loader.exec_module = exec_module
        return spec


def timed(name: str, func: Callable[..., Any], mark: Callable[[str], None] = mark) -> Callable[..., Any]:
    """`func` with `mark("<name> start")` and `mark("<name> end")` around each call (build_tail.py passes its own mark)."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        mark(f"{name} start")
        try:
            return func(*args, **kwargs)
        finally:
            mark(f"{name} end")
    return wrapper


def main() -> int:
    import tempfile

    import graphbuild.cli as cli
    import graphbuild.pipeline.workers as workers

    mark("graphbuild.cli imported")
    worker_log = tempfile.NamedTemporaryFile("r", suffix=".timeline", delete=False)  # noqa: SIM115 - read at the end
    init = workers._worker_init

    def worker_init(*args: Any, **kwargs: Any) -> None:
        """In the worker: perf_counter is the system's monotonic clock, so its times compare with this process's."""
        began = time.perf_counter() - T0
        init(*args, **kwargs)
        with open(worker_log.name, "a", encoding="utf-8") as handle:
            handle.write(f"{began}\tworker {os.getpid()} started\n{time.perf_counter() - T0}\tworker {os.getpid()} ready (model loaded)\n")

    workers._worker_init = worker_init

    def patch_run(run: Any) -> None:
        mark("graphbuild.pipeline.run imported")
        run.pipeline_fingerprint = timed("fingerprint", run.pipeline_fingerprint)
        run.write_build_outputs = timed("outputs", run.write_build_outputs)

    def patch_engine(local_engine: Any) -> None:
        process, extract = local_engine.process, local_engine.extract_in_processes

        def engine(*args: Any, **kwargs: Any) -> Any:
            mark("extraction start (first changed document read)")
            yield from process(*args, **kwargs)

        def watched(*args: Any, **kwargs: Any) -> Any:
            first = True
            for item in extract(*args, **kwargs):
                if first:
                    mark("first document back from the model")
                    first = False
                yield item
            mark("last document back from the model")

        local_engine.process, local_engine.extract_in_processes = engine, watched

    sys.meta_path.insert(0, AfterImport("graphbuild.pipeline.run", patch_run))
    sys.meta_path.insert(0, AfterImport("graphbuild.pipeline.local_engine", patch_engine))
    sys.argv = ["graphbuild", "build", sys.argv[1], "-o", sys.argv[2], *sys.argv[3:]]  # e.g. --workers 2
    import atexit

    atexit.register(report, worker_log.name)  # a successful build ends with os._exit, after the exit handlers
    try:
        cli.main()
    except SystemExit:
        pass
    return 0


def report(worker_log: str) -> None:
    """The marks in time order and the CPU seconds of this process and its reaped workers."""
    mark("end")
    for line in open(worker_log, encoding="utf-8"):
        at, what = line.rstrip("\n").split("\t")
        MARKS.append((float(at), what))
    os.unlink(worker_log)
    for at, what in sorted(MARKS):
        print(f"{at:7.2f}  {what}")
    times = os.times()
    print(f"cpu: build process {times.user + times.system:.2f} s, workers {times.children_user + times.children_system:.2f} s")
    print(f"spaCy imported in the build process: {'spacy' in sys.modules}")


if __name__ == "__main__":
    sys.exit(main())
