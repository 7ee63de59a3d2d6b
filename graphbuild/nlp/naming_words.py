"""The participles that give another name of the name before them, in one module without imports.

`mentions` (another spelling or an earlier name: "X (also spelled Y)") and `alias_phrases` (an epithet: "X, also
called the Banker,") each read some of these words; `mentions` imports `alias_phrases`, so the shared words could not
live in either without a cycle, and were written out twice (G, twenty-fifth session).
"""
from __future__ import annotations

#: The participles both uses share: "also called", "known as".
CALLING_PARTICIPLES = frozenset({"called", "known"})
#: After "also" / "formerly" / "previously": another spelling or an earlier name of the name before ("X (also spelled
#: Y)", "the vessel X, formerly named Y,"; P14).
NAMING_PARTICIPLES = CALLING_PARTICIPLES | {"spelled", "spelt", "transliterated", "named"}
#: A name by which the one before is called: "X, also called the Banker,", "nicknamed the Banker".
EPITHET_PARTICIPLES = CALLING_PARTICIPLES | {"nicknamed", "dubbed", "styled"}

__all__ = ["CALLING_PARTICIPLES", "EPITHET_PARTICIPLES", "NAMING_PARTICIPLES"]
