"""Fork a 1-worker build's model worker before the command line is even parsed.

`graphbuild build` forks its model worker ahead for a new store (`graphbuild.cli`), but only
once typer has imported itself and dispatched the command: ~0.19 CPU-s after the interpreter
started (import of the command line 0.055, typer's dispatch 0.13), all of it on the critical
path of a 1-worker build, whose worker then imports spaCy and loads the model (issue 18). Here the
arguments are read first, conservatively: only a plain ``build INPUT... [-o OUT] [--model M] ...``
that is certain to be a 1-worker local build into a new store forks the worker now; anything
else (``--help``, ``--workers=1``, an option this reader does not know, a missing input) is left
to the command line, which forks it as before. The command line takes this worker when its own
reading of the arguments agrees (`graphbuild.cli`), and ends it otherwise.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

#: `graphbuild build`'s options that take a value, by the name the decision reads them under.
VALUE_OPTIONS = {"-o": "out", "--out": "out", "--store": "store", "--update-url": "update_url", "--model": "model",
                 "--workers": "workers", "--batch-size": "batch_size", "--curation": "curation", "--engine": "engine",
                 "--scheduler": "scheduler", "--list": "list"}
FLAGS = {"--prune"}
#: What a Ctrl-C while the worker is forked ahead says: the command line's own message needs it imported.
INTERRUPTED = "graphbuild: interrupted before the build started; nothing was built\n"


def early_model(argv: list[str]) -> tuple[bool, str | None]:
    """(whether `argv` is surely a 1-worker local build into a new store, its --model or None)."""
    surely, options = _read(argv)
    return surely, options.get("model") if surely else None


def _read(argv: list[str]) -> tuple[bool, dict[str, str]]:
    """(whether `argv` is surely a 1-worker local build into a new store, its options by name)."""
    if not argv or argv[0] != "build":
        return False, {}
    options: dict[str, str] = {}
    inputs: list[str] = []
    position = 1
    while position < len(argv):
        token = argv[position]
        if token in VALUE_OPTIONS:
            if position + 1 >= len(argv):
                return False, {}
            options[VALUE_OPTIONS[token]] = argv[position + 1]
            position += 2
        elif token in FLAGS:
            position += 1
        elif token.startswith("-"):  # --help, --opt=value, an unknown option: the command line decides
            return False, {}
        else:
            inputs.append(token)
            position += 1
    if not inputs or not all(os.path.lexists(path) for path in inputs):
        return False, {}
    if options.get("workers", "1") != "1" or options.get("engine", "local") != "local" or "store" in options:
        return False, {}
    from . import early_store

    if early_store.found(Path(options.get("out", "out")) / "store"):  # not the one this process creates (a second call)
        return False, {}
    return True, options


def fork_model_worker_early(argv: list[str]) -> bool:
    """Fork the model worker now when `argv` surely asks for it (`early_model`); whether one was forked.

    Right after the fork (no other fork follows in such a build), the new store starts being created on a
    thread (`graphbuild.pipeline.early_store`): ~0.1-0.3 s of RocksDB's file syncing then overlaps this process's
    imports instead of coming after them, on the way to the first document the worker gets."""
    surely, options = _read(argv)
    if not surely:
        return False
    from . import workers

    model = options.get("model")
    if not workers.forks_workers(1):
        return False
    try:
        if not workers.model_worker_ahead(model):  # `python -m graphbuild` forked it already, before importing the command line
            workers.start_model_worker(model)  # a Ctrl-C during the fork is raised once it is done (fork_guard)
        from . import early_store  # after the fork, as before: not on the way to it

        early_store.open_ahead(Path(options.get("out", "out")) / "store")  # a no-op the second time (main() after __main__)
    except KeyboardInterrupt:  # before the command line's handler: end what was started, say so, exit as it would
        stopped_early()
    return True


def stopped_early() -> NoReturn:
    """A Ctrl-C before the command line handles it (while the worker is forked ahead, or while `python -m graphbuild`
    imports the command line): end the worker and the store started ahead, say so in one line, exit 130 as the
    command line does (F2 item 4 of the fourteenth session: a traceback, or a build that went on)."""
    for name, end in (("workers", "discard_model_worker"), ("early_store", "discard")):
        module = sys.modules.get(f"{__package__}.{name}")  # not imported: nothing of it was started
        if module is not None:
            getattr(module, end)()
    sys.stderr.write(INTERRUPTED)
    sys.exit(130)  # typer's code for a build's Ctrl-C


__all__ = ["early_model", "fork_model_worker_early", "stopped_early"]
