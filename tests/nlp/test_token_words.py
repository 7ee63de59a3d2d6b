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


def test_many_words_take_the_set_test_and_find_the_same_tokens():
    """Past _FEW_IDS words the cells are tested against a set, not compared one id at a time: the same tokens."""
    from graphbuild.nlp.token_words import _FEW_IDS

    doc = _doc()
    words = {"tessel", "qf", "designated"} | {f"absentword{k}" for k in range(_FEW_IDS)}
    assert len(words) > _FEW_IDS
    assert tokens_lowered(doc, words) == [i for i, t in enumerate(doc) if t.lower_ in words]
    assert [doc[i].text for i in tokens_lowered(doc, words)] == ["TESSEL", "Tessel", "Designated", "designated", "QF", "qf", "DESIGNATED"]


def test_label_ids_are_found_in_a_label_column():
    """`holding` over a dependency column: the small symbol ids of labels ("nsubj") compare as the word hashes do."""
    import numpy
    from spacy.attrs import DEP
    from spacy.strings import get_string_id
    from spacy.tokens import Doc

    from graphbuild.nlp.token_words import holding, rows_holding

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Tessel", "said", "he", "left"], heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp"])
    column = doc.to_array(DEP)
    assert rows_holding(column, {get_string_id("nsubj")}) == [0, 2]
    assert holding(column, {get_string_id("ROOT"), get_string_id("ccomp")}).tolist() == [False, True, False, True]
    assert rows_holding(numpy.zeros(0, dtype=numpy.uint64), {get_string_id("nsubj")}) == []
