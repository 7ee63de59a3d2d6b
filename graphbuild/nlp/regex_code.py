"""The regular expressions a model worker compiles at every start, shipped compiled (issue 18, S15).

WHY: a 1-worker build's critical path starts with its model worker importing spaCy and loading the
model, and ~220 regular expressions are compiled on the way (spaCy's and its dependencies' at import,
the model's tokenizer prefix/suffix/infix/URL patterns, the extractors' own): 0.12-0.19 CPU-s of the
worker's ~0.65, most of it in the tokenizer's three long character-class patterns. Python's `re` turns a
pattern into a list of integers (`re._compiler`) and hands it to `_sre.compile`; that list depends on the
pattern, its flags and the Python build only. `graphbuild/data/regex_code.json` holds the arguments of
that `_sre.compile` call for every pattern a worker's start compiled when the file was made; while
`shipped_regex_code` is active, `re` builds those patterns from them (~1 ms for all) instead of parsing
and compiling them again. Any other pattern compiles as before.

Same patterns by construction: an entry is what `re._compiler.compile` itself passed to `_sre.compile`
for that (pattern, flags), and `_sre` patterns compare equal only with the same code. The file is used
only under the Python build, `_sre` and byte order it records (`made_with`); elsewhere `re` compiles
every pattern. Patterns with re.LOCALE or re.DEBUG are never taken from it. `tests/nlp/test_regex_code.py`
compiles every entry again and fails while the file is stale; refresh it with
`python -m graphbuild.nlp.regex_code_writer`.
"""
from __future__ import annotations

import base64
import json
import re
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CODE_PATH = Path(__file__).resolve().parent.parent / "data" / "regex_code.json"
#: Flags whose patterns always compile afresh: LOCALE depends on the locale of the moment, DEBUG prints.
NOT_SHIPPED_FLAGS = re.LOCALE | re.DEBUG
#: (is bytes, pattern text, flags) -> the arguments of `_sre.compile` after the pattern.
Table = dict[tuple[bool, str, int], tuple[Any, ...]]


def made_with() -> dict[str, Any]:
    """What the compiled code depends on besides the pattern: the Python build (its Unicode data and `_sre`'s opcodes),
    `_sre`'s magic number and code word size, the byte order of the packed code."""
    import _sre

    return {"python": sys.version, "sre_magic": _sre.MAGIC, "codesize": _sre.CODESIZE, "byteorder": sys.byteorder}


def key(pattern: str | bytes, flags: int) -> tuple[bool, str, int] | None:
    """The table's key for a pattern, or None for a pattern never taken from it (LOCALE, DEBUG, not a string)."""
    flags = int(flags)
    if flags & NOT_SHIPPED_FLAGS:
        return None
    if isinstance(pattern, str):
        return False, pattern, flags
    if isinstance(pattern, bytes):
        return True, pattern.decode("latin-1"), flags
    return None


def pack_entry(arguments: tuple[Any, ...]) -> list[Any]:
    """`_sre.compile`'s arguments after the pattern (flags, code, groups, groupindex, indexgroup) as JSON values."""
    flags, code, groups, groupindex, indexgroup = arguments
    typecode = "I" if array("I").itemsize == 4 else "L"
    packed = base64.b64encode(array(typecode, [int(word) for word in code]).tobytes()).decode("ascii")
    return [int(flags), packed, int(groups), dict(groupindex), list(indexgroup)]


def unpack_entry(entry: list[Any]) -> tuple[Any, ...]:
    flags, packed, groups, groupindex, indexgroup = entry
    typecode = "I" if array("I").itemsize == 4 else "L"
    code = array(typecode)
    code.frombytes(base64.b64decode(packed))
    return flags, code.tolist(), groups, groupindex, tuple(indexgroup)


def load_table(path: Path = CODE_PATH) -> Table:
    """The shipped entries; empty when the file is missing, unreadable or made under another Python or `_sre`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("made_with") != made_with():
        return {}
    table: Table = {}
    for is_bytes, pattern, flags, entry in data.get("patterns", []):
        table[(bool(is_bytes), pattern, int(flags))] = unpack_entry(entry)
    return table


@contextmanager
def shipped_regex_code(path: Path = CODE_PATH) -> Iterator[int]:
    """While the block runs, `re` builds the shipped patterns from their shipped code; yields how many are shipped.

    Meant for a model worker's start (single-threaded: the compiler's function is swapped for the block's duration).
    Where `re` has no `_compiler.compile` (another Python) or the file does not apply, nothing changes."""
    compiler = getattr(re, "_compiler", None)
    original = getattr(compiler, "compile", None)
    table = load_table(path) if original is not None else {}
    if not table:
        yield 0
        return
    import _sre

    def compile_shipped(pattern: Any, flags: int = 0) -> Any:
        found = key(pattern, flags)
        entry = table.get(found) if found is not None else None
        if entry is None:
            return original(pattern, flags)
        return _sre.compile(pattern, *entry)

    compiler.compile = compile_shipped  # type: ignore[union-attr]
    try:
        yield len(table)
    finally:
        compiler.compile = original  # type: ignore[union-attr]


__all__ = ["CODE_PATH", "key", "load_table", "made_with", "pack_entry", "shipped_regex_code", "unpack_entry"]
