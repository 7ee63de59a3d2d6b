"""An acronym is no identity across documents: "MDA" is one body in one release and another in the next.

Within a document "the Maritime Development Authority (MDA)" makes "MDA" an alias of that body, and the index
remembers the alias like any other name. Another release's "Missile Defense Agency (MDA)" then matched it by the alias
alone: one node, the second body's designation and posts on the first body's name. An acronym alias links two
bodies only when their full names agree as well (share at least half the words of the shorter), or when one side is
known by the acronym alone. P3, tenth session (docs/robustness.md).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..names import clean_text, name_key
from ..nlp.company_forms import legal_forms


def is_acronym(name: str) -> bool:
    """"MDA", "I.R.G.C.": 2 to 8 capital letters, dots and spaces aside."""
    text = re.sub(r"[.\s]", "", name)
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def has_legal_form(name: str) -> bool:
    """"Coral Trading Ltd.", "JSC Sevrin": the name carries a legal form, so it is a company's full name, no short one
    that two firms of one family or trade name share: an alias of this kind names one body in any release (review RHP,
    thirty-third session; `index.EntityIndex.resolve`)."""
    forms = legal_forms()
    return any(w.strip(",;:()\"'").rstrip(".") in forms for w in clean_text(name).split())


def _words(name: str) -> set[str]:
    return set(name_key(name).split())


def full_names(names: Iterable[str]) -> list[str]:
    """The names that are not acronyms."""
    return [n for n in names if not is_acronym(n)]


def names_agree(ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Two bodies' full names could name the same body: one side has none, or a pair shares at least half the words of
    the shorter ("Islamic Revolutionary Guard Corps" / "Iran's Islamic Revolutionary Guard Corps")."""
    a, b = [_words(n) for n in full_names(ours)], [_words(n) for n in full_names(theirs)]
    a, b = [w for w in a if w], [w for w in b if w]
    if not a or not b:
        return True
    return any(2 * len(x & y) >= min(len(x), len(y)) for x in a for y in b)
