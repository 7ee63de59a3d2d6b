"""Tokens found by their word from the doc's columns are the ones a loop over every Token finds
(graphbuild/nlp/token_words.py, issue 18)."""
from __future__ import annotations

import spacy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_UPPER

from graphbuild.nlp.token_words import tokens_flagged, tokens_lowered, tokens_spelled

# Written for this test: a list line in capitals, a surname repeated, mixed case, digits, punctuation, a line break.
TEXT = ("1. VARNOK TESSEL, Director, who led Quillstone Freight.\n"
        "Tessel said Designated firms were designated; QF and qf differ, as do x2 and DESIGNATED.")


def _doc():
    return spacy.blank("en")(TEXT)


def test_tokens_spelled_is_the_loop_over_texts():
    doc = _doc()
    words = {"Tessel", "QF", "Quillstone", "absent"}
    assert tokens_spelled(doc, words) == [i for i, t in enumerate(doc) if t.text in words]
    assert [doc[i].text for i in tokens_spelled(doc, words)] == ["Quillstone", "Tessel", "QF"]
    assert "absent" not in doc.vocab.strings  # looking a word up adds nothing to the store


def test_tokens_lowered_is_the_loop_over_lower_case_texts():
    doc = _doc()
    words = {"designated", "qf"}
    assert tokens_lowered(doc, words) == [i for i, t in enumerate(doc) if t.lower_ in words]
    assert [doc[i].text for i in tokens_lowered(doc, words)] == ["Designated", "designated", "QF", "qf", "DESIGNATED"]


def test_flags_are_the_tokens_lexical_flags():
    doc = _doc()
    assert tokens_flagged(doc, IS_UPPER, IS_ALPHA) == [t.i for t in doc if t.is_upper and t.is_alpha]
    assert [doc[i].text for i in tokens_flagged(doc, IS_UPPER, IS_ALPHA)] == ["VARNOK", "TESSEL", "QF", "DESIGNATED"]
    assert tokens_flagged(doc, IS_LOWER, IS_ALPHA) == [t.i for t in doc if t.is_lower and t.is_alpha]


def test_empty_doc():
    doc = spacy.blank("en")("")
    assert tokens_spelled(doc, {"a"}) == tokens_lowered(doc, {"a"}) == tokens_flagged(doc, IS_UPPER) == []
