"""Text for a terminal: control characters from documents shown as escapes, never obeyed.

Document ids, titles, names and paths are data. A control character in one (ESC
starting a sequence that clears the screen or sets the window title, a carriage
return that overwrites a line, bidirectional overrides that reorder it) would act on
the user's terminal if printed raw. Every CLI printer passes its text through `safe`.
"""
from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate marks.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: object) -> str:
    """`text` with every control character written as a visible escape (\\x1b, \\u202e); tabs and newlines kept."""
    return _CONTROL.sub(_escape, str(text))


__all__ = ["safe"]
