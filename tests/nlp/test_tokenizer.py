"""The tokenizer built once with our infix rule (graphbuild/nlp/tokenizer.py, issue 18) is the one
`load_pipeline` had before: the model's tokenizer with the infix pattern set afterwards."""
from __future__ import annotations

import pytest
import spacy
from spacy.util import compile_infix_regex

from graphbuild.nlp.modelinfo import default_model
from graphbuild.nlp.tokenizer import (GLUED_PARENTHESES, TOKENIZER_CONFIG, GluedParenthesesTokenizer, ensure_tokenizer,
                                      form_stop_cases)

TRICKY = [
    ("Mira Santos (Santos)is a director of Talvek Holdings(TH).",
     ["Mira", "Santos", "(", "Santos", ")", "is", "a", "director", "of", "Talvek", "Holdings", "(", "TH", ")", "."]),
    ("The vessels belong to Ostrava Marine Lines(Ostrava Marine) and [Lorin]Shipping.",
     ["The", "vessels", "belong", "to", "Ostrava", "Marine", "Lines", "(", "Ostrava", "Marine", ")", "and",
      "[", "Lorin", "]", "Shipping", "."]),
    ("Treasury's OFAC didn't list (U.S.)entities; e.g. Mr. Dane's firm (a/k/a DNF)won't.",
     # as before: a piece split off by an infix keeps its contraction whole, "U.S." keeps a glued ")"
     ["Treasury", "'s", "OFAC", "did", "n't", "list", "(", "U.S.)", "entities", ";", "e.g.", "Mr.", "Dane", "'s",
      "firm", "(", "a", "/", "k", "/", "a", "DNF", ")", "won't", "."]),
]


@pytest.fixture(scope="module")
def reference():
    """What load_pipeline did before: the model's own tokenizer, then the infix pattern set on it."""
    nlp = spacy.load(default_model(), exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"])
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *GLUED_PARENTHESES]).finditer
    for string, pieces in form_stop_cases().items():  # "GmbH." -> "GmbH" + "." (issue 13, M7)
        nlp.tokenizer.add_special_case(string, pieces)
    return nlp


@pytest.fixture(scope="module")
def once():
    return spacy.load(default_model(), config=TOKENIZER_CONFIG,
                      exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"])


@pytest.mark.parametrize("text,tokens", TRICKY, ids=["glued-alias", "glued-brackets", "special-cases-beside"])
def test_glued_parentheses_split_and_special_cases_kept(once, reference, text, tokens):
    assert [t.text for t in once.make_doc(text)] == tokens
    assert [(t.text, t.whitespace_) for t in once.make_doc(text)] == [(t.text, t.whitespace_) for t in reference.make_doc(text)]


def test_same_patterns_and_special_cases_as_the_model_with_the_infix_set(once, reference):
    assert isinstance(once.tokenizer, GluedParenthesesTokenizer)
    same = once.tokenizer.to_bytes(exclude=["vocab"]) == reference.tokenizer.to_bytes(exclude=["vocab"])
    assert same  # prefixes, suffixes, infixes, rules, matches
    assert len(once.tokenizer.rules) > 1000  # the model's special cases are there, not an empty tokenizer


def test_a_full_stop_is_split_from_a_form_written_without_a_point(once):
    """spaCy split "LLC." but not "GmbH.": the name kept the stop and its sentence ran on (issue 13, M7)."""
    doc = once.make_doc("It bought Varn Antriebe GmbH. Kessel SpA. sold parts to Orbel GmbH.) and Tarn LLC.")
    assert [t.text for t in doc] == ["It", "bought", "Varn", "Antriebe", "GmbH", ".", "Kessel", "SpA", ".", "sold", "parts",
                                     "to", "Orbel", "GmbH", ".", ")", "and", "Tarn", "LLC", "."]
    blank = spacy.blank("en", config=TOKENIZER_CONFIG)
    ensure_tokenizer(blank)
    assert [t.text for t in blank.make_doc("It bought Varn Antriebe GmbH. It paid.")][4:6] == ["GmbH", "."]


def test_the_pipeline_uses_it(nlp):
    assert isinstance(nlp.tokenizer, GluedParenthesesTokenizer)
    assert [t.text for t in nlp.make_doc(TRICKY[0][0])] == TRICKY[0][1]


def test_a_model_without_tokenizer_data_gets_the_default_tokenizer_with_our_infixes():
    blank = spacy.blank("en", config=TOKENIZER_CONFIG)  # nothing loaded from disk: our factory's tokenizer stays empty
    assert blank.tokenizer.loaded is False
    ensure_tokenizer(blank)
    assert not isinstance(blank.tokenizer, GluedParenthesesTokenizer)
    assert [t.text for t in blank.make_doc("Talvek Holdings(TH)isn't listed.")] == ["Talvek", "Holdings", "(", "TH", ")", "isn't", "listed", "."]


def test_special_cases_checked_at_once_as_spacy_checks_them(once):
    import srsly
    from spacy.attrs import NORM, ORTH

    from graphbuild.nlp.tokenizer import exceptions_spell_their_strings

    data = srsly.msgpack_loads(once.tokenizer.to_bytes(exclude=["vocab"]))
    assert exceptions_spell_their_strings(data["exceptions"])  # the model's own cases: spaCy's per-case check is skipped
    # Invented cases: pieces that do not spell the string, names instead of ids, no ORTH, not a string.
    for bad in ({"wonna": [{ORTH: "wo"}, {ORTH: "na"}]}, {"gimme": [{"ORTH": "gim"}, {ORTH: "me"}]},
                {"lemme": [{NORM: "let"}, {ORTH: "me"}]}, {"dunno": [{ORTH: 5}]}, {"x": "x"}, None):
        assert not exceptions_spell_their_strings(bad)


def test_a_special_case_that_does_not_spell_its_string_still_fails_to_load(once):
    import srsly
    from spacy.attrs import ORTH
    from spacy.util import registry

    from graphbuild.nlp.tokenizer import FACTORY

    data = srsly.msgpack_loads(once.tokenizer.to_bytes(exclude=["vocab"]))
    data["exceptions"]["Kestrelmoor"] = [{ORTH: "Kestrel"}, {ORTH: "mor"}]  # invented, misspelt
    fresh = registry.tokenizers.get(FACTORY)()(once)
    with pytest.raises(ValueError):
        fresh.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])
    assert fresh.checked_cases is False
