"""Reading JSON-lines text line by line, for the three readers of it (input documents, gold files, relations files):
each says differently what it expected, but a line that is no JSON Python can hold fails the same way in all three."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def json_lines(text: str) -> Iterator[tuple[int, Any, str | None]]:
    """(line number, record, None) for each non-blank line, or (line number, None, why) for one that cannot be read:
    invalid JSON, or valid JSON Python will not hold (nested too deeply, an integer over Python's digit limit)."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, None, f"invalid JSON ({exc.msg})"
            continue
        except (ValueError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
            yield lineno, None, f"cannot read this JSON line ({reason})"
            continue
        yield lineno, record, None


def json_kind(value: Any) -> str:
    """What a JSON value is, in the words of an error message ("got a list"): the gold and relations readers say
    what they found where a record or a field of another kind was expected."""
    return {dict: "an object", list: "a list", str: "a string", bool: "true or false", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)
