"""`names.fold` answers ASCII text without Unicode decomposition (issue 18: whole releases are folded):
the same result as decomposing, for ASCII and for every other text."""
from __future__ import annotations

import unicodedata

import pytest

from graphbuild.names import clean_text, fold


def decomposed_fold(text: str) -> str:
    """fold as it was before the ASCII shortcut (the reference)."""
    decomposed = unicodedata.normalize("NFKD", clean_text(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@pytest.mark.parametrize("text,expected", [
    ("Nordvik Shipping  LLC\n", "nordvik shipping llc"),
    ("the `Harbor` Group", "the 'harbor' group"),
    ("Ostrava\u2019s \u201cMarine\u201d Lines \u2013 Branch", "ostrava's \"marine\" lines - branch"),  # ASCII once cleaned
    ("Jos\u00e9 Pe\u00f1a Gro\u00df", "jose pena gross"),
    ("\ufb01nance \u2460", "finance 1"),  # compatibility forms: ligature, circled digit
    ("", ""),
])
def test_fold_matches_the_decomposing_reference(text, expected):
    fold.cache_clear()
    assert fold(text) == expected == decomposed_fold(text)
