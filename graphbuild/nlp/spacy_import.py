"""Import spaCy without its command-line package, in a model worker (issue 18).

`spacy/__init__.py` does `from .cli.info import info`, and `spacy.cli`'s own `__init__` imports every
command (typer apps, weasel, httpx, requests, ...): ~0.15 s of the model worker's start-up, which is
on the build's critical path, for modules a worker never uses. `import_spacy_without_cli` puts a
placeholder for `spacy.cli` and `spacy.cli.info` in `sys.modules` while spaCy is imported (Python's
import system takes a module found there as already imported) and removes both right after, so:

- `spacy.info` is a function that imports the real `spacy.cli.info` on its first call;
- a later `import spacy.cli` (or `spacy.cli.<command>`) in the same process imports the real package;
- nothing changes in any other process: `sys.modules` is per process; the forked model worker
  (`graphbuild.pipeline.workers`) calls this before anything else there imports spaCy, and so does a
  1-worker build's own process when it extracts there (`graphbuild.pipeline.parsed_docs.prepare`, off by
  default), on a thread under that module's lock, before the build process has imported spaCy.

It only acts when spaCy is not imported yet and its `__init__` refers to `.cli` in that one line, as
spaCy 3.x's does; otherwise (another spaCy version) spaCy is imported as usual.
"""
from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any

#: The one line of spacy/__init__.py that imports the command line (spaCy 3.x).
CLI_IMPORT = "from .cli.info import info"


def info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, importing spaCy's command line on first use."""
    from spacy.cli.info import info as real_info

    return real_info(*args, **kwargs)


def _cli_import_is_only_info() -> bool:
    """Whether spaCy's `__init__` (not imported yet) refers to its `cli` package in `CLI_IMPORT` alone."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.origin or not spec.origin.endswith("__init__.py"):
        return False
    try:
        with open(spec.origin, encoding="utf-8") as handle:
            source = handle.read()
    except OSError:
        return False
    lines = [line.strip() for line in source.splitlines()]
    refers = [line for line in lines if ".cli" in line or "import cli" in line]
    return [line.split("#")[0].strip() for line in refers] == [CLI_IMPORT]


def import_spacy_without_cli() -> bool:
    """Import spaCy, leaving its command line out when that is safe; True when it was left out."""
    if "spacy" in sys.modules or not _cli_import_is_only_info():
        import spacy  # noqa: F401

        return False
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package: spacy.cli.info is looked up below it
    module = types.ModuleType("spacy.cli.info")
    module.info = info  # type: ignore[attr-defined]
    placeholders = {"spacy.cli": package, "spacy.cli.info": module}
    sys.modules.update(placeholders)
    try:
        import spacy  # noqa: F401
    finally:
        for name, placeholder in placeholders.items():
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
        spacy_module = sys.modules.get("spacy")
        if spacy_module is not None and getattr(spacy_module, "cli", None) is package:
            delattr(spacy_module, "cli")
    return True
