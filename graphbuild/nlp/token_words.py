"""Tokens found by their word, read from the doc's ORTH or LOWER column instead of making every Token (issue 18).

A rule that acts on a few known words ("designated", a surname the document used) used to loop over every token
of the document, making a `Token` and its string for each: a few tenths of a millisecond per document and rule,
paid by several rules. Here the word ids (hashes, what the column holds) are compared in one pass over a list of
integers; the rule then visits only the tokens it can act on, in the document's order.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc


def _tokens_with(doc: Doc, attr: int, words: Iterable[str]) -> list[int]:
    strings = doc.vocab.strings
    ids = {strings[word] for word in words}  # a str gives its id (its hash); nothing is added to the store
    if not ids or not len(doc):
        return []
    return rows_holding(doc.to_array(attr), ids)


def rows_holding(column: numpy.ndarray, ids: Collection[int]) -> list[int]:
    """Indices, in order, of the cells of a `Doc.to_array` column (word or label ids) that hold one of `ids`."""
    return numpy.flatnonzero(holding(column, ids)).tolist()


def holding(column: numpy.ndarray, ids: Collection[int]) -> numpy.ndarray:
    """Which cells of a `Doc.to_array` column hold one of `ids`, compared in numpy (one pass per id) instead of listing
    the column as Python ints and testing each in a set: listing 64-bit hashes and hashing them back cost ~7x more
    on a release (issue 18, thirty-second session, PF)."""
    if len(ids) > _FEW_IDS:  # numpy.isin sorts the column (~100 us a release): a set test of each cell is as quick
        wanted = ids if isinstance(ids, (set, frozenset)) else set(ids)
        return numpy.fromiter((cell in wanted for cell in column.tolist()), dtype=bool, count=len(column))
    found = numpy.zeros(len(column), dtype=bool)
    for word_id in ids:
        found |= column == numpy.uint64(word_id)
    return found


_FEW_IDS = 64  # up to this many ids a comparison per id (~0.5 us each on a release) is quicker than testing each cell


def tokens_spelled(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indices, in order, of the tokens whose text is one of `words`."""
    return _tokens_with(doc, ORTH, words)


def tokens_lowered(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indices, in order, of the tokens whose lower-cased text is one of `words` (lower-case words)."""
    return _tokens_with(doc, LOWER, words)


def tokens_flagged(doc: Doc, *flags: int) -> list[int]:
    """Indices, in order, of the tokens with every one of the lexical `flags` (spacy.attrs IS_UPPER, IS_ALPHA, ...)."""
    if not len(doc):
        return []
    return numpy.flatnonzero(doc.to_array(list(flags)).reshape(len(doc), len(flags)).all(axis=1)).tolist()

