"""Writes `graphbuild/data/regex_code.json`, the compiled patterns `regex_code` reads (issue 18, S15).

The patterns are those a model worker's start compiles: in a fresh interpreter that has imported what a build
process has imported when it forks its worker (`graphbuild.pipeline.workers`), spaCy's import and the pipeline's
load (`model.load_pipeline`) run while every `_sre.compile` call `re` makes is recorded. No document is read, so
no pattern made from a document's text (a name) can enter the file. Run it with
`python -m graphbuild.nlp.regex_code_writer` after a Python, spaCy or model upgrade, or once the extractors'
patterns changed (the tests say when the file is stale or misses many of a worker's patterns).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from .regex_code import CODE_PATH, key, made_with, pack_entry

#: Run in a fresh interpreter: prints [[is bytes, pattern, flags, packed entry], ...] for the worker start's patterns.
RECORD = r"""
import json, re, sys
import graphbuild.pipeline.workers  # what the build process holds when it forks its model worker
from graphbuild.nlp.regex_code import key, pack_entry
from graphbuild.nlp.regex_code_writer import record_start
print(json.dumps(record_start()))
"""


def record_start() -> list[list[Any]]:
    """In this process: import spaCy and load the pipeline as a model worker does, recording the compiled patterns."""
    import re

    compiler = re._compiler  # type: ignore[attr-defined]
    real_sre = compiler._sre
    original = compiler.compile
    current: list[Any] = []
    found: dict[tuple[bool, str, int], list[Any]] = {}

    class Recorder:
        """`_sre` as the compiler sees it: `compile` records its arguments for the pattern being compiled."""

        def __getattr__(self, name: str) -> Any:
            return getattr(real_sre, name)

        @staticmethod
        def compile(pattern: Any, *arguments: Any) -> Any:
            if current and current[-1] is not None:
                found[current[-1]] = pack_entry(arguments)
            return real_sre.compile(pattern, *arguments)

    def recording(pattern: Any, flags: int = 0) -> Any:
        current.append(key(pattern, flags))
        try:
            return original(pattern, flags)
        finally:
            current.pop()

    compiler._sre, compiler.compile = Recorder(), recording
    try:
        from .spacy_import import import_spacy_without_cli

        import_spacy_without_cli()
        from . import model

        model.load_pipeline()
    finally:
        compiler._sre, compiler.compile = real_sre, original
    return [[is_bytes, pattern, flags, entry] for (is_bytes, pattern, flags), entry in sorted(found.items())]


def write_table(path: Path = CODE_PATH) -> int:
    """Record a worker's start in a fresh interpreter and write the file; the number of patterns."""
    done = subprocess.run([sys.executable, "-c", RECORD], capture_output=True, text=True, check=True)
    patterns = json.loads(done.stdout.strip().splitlines()[-1])
    data = {"made_with": made_with(), "patterns": patterns}
    path.write_text(json.dumps(data, ensure_ascii=True, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(patterns)


if __name__ == "__main__":
    print(f"{write_table()} patterns -> {CODE_PATH}")
