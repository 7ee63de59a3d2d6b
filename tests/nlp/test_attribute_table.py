"""The attribute table gives exactly what the model's own attribute_ruler gives, token for token."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from graphbuild.nlp.attribute_table import AttributeTable
from graphbuild.nlp.model import load_pipeline
from graphbuild.nlp.modelinfo import default_model

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "eval"

# Written for this test: auxiliaries, negation, pronouns, "there is" (a two-token pattern),
# a determiner used as a pronoun, subordinating "that", "'s" as a verb and as a possessive,
# odd spacing and a line break (the space patterns).
TEXT = ("There is no sign that the ministry's officials didn't know it.  They had been warned, "
        "and that was clear to everyone.\n\nThe board's chair, who's also a minister, "
        "said she would not resign; those who did got little.   Let's see: y'all gon na wait?\n")


@pytest.fixture(scope="module")
def model():
    return spacy.load(default_model())


def _before_ruler(model, texts: list[str]) -> list[Doc]:
    return list(model.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))


def _copy(doc: Doc) -> Doc:
    return Doc(doc.vocab).from_bytes(doc.to_bytes())


def _attributes(doc: Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_same_attributes_as_the_ruler(model):
    ruler = model.get_pipe("attribute_ruler")
    table = AttributeTable(ruler)
    (parsed,) = _before_ruler(model, [TEXT])
    expected, actual = ruler(_copy(parsed)), table(_copy(parsed))
    assert _attributes(actual) == _attributes(expected)
    there_is = [t for t in actual if t.lower_ == "is" and t.i > 0 and actual[t.i - 1].lower_ == "there"]
    assert there_is and there_is[0].pos_ == expected[there_is[0].i].pos_  # the two-token pattern applied
    assert {t.pos_ for t in actual if t.is_space} == {"SPACE"}


def test_the_table_replaces_the_ruler_in_the_pipeline(monkeypatch):
    nlp = load_pipeline(extract=False)
    assert "attribute_ruler" not in nlp.pipe_names and "gb_attribute_table" in nlp.pipe_names
    monkeypatch.setenv("GRAPHBUILD_PLAIN_MODEL", "1")
    plain = load_pipeline(extract=False)
    assert "attribute_ruler" in plain.pipe_names and "gb_attribute_table" not in plain.pipe_names
    assert _attributes(nlp(TEXT)) == _attributes(plain(TEXT))
    assert [t.lemma_ for t in nlp(TEXT)] == [t.lemma_ for t in plain(TEXT)]


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/eval is not available")
def test_same_attributes_on_the_evaluation_documents(model):
    """Every token of the dev and train releases (the figures in docs/benchmarks.md cover more)."""
    from graphbuild.ingest.corpus import read_corpus

    texts = [d.text for d in read_corpus([SHARED / "dev" / "docs", SHARED / "train" / "docs"])]
    ruler = model.get_pipe("attribute_ruler")
    table = AttributeTable(ruler)
    columns = [POS, MORPH, LEMMA, TAG, DEP, HEAD]
    for parsed in _before_ruler(model, texts):
        expected, actual = ruler(_copy(parsed)), table(_copy(parsed))
        assert (actual.to_array(columns) == expected.to_array(columns)).all(), parsed.text[:60]


def test_rows_answered_from_the_cache_equal_the_ruler(model, monkeypatch):
    """A token's one-token winners are kept per row of its values (issue 18): a second document made of the
    same rows is answered from the cache alone, and a cache cleared midway (its size limit) changes nothing."""
    import graphbuild.nlp.attribute_table as attribute_table

    ruler = model.get_pipe("attribute_ruler")
    table = AttributeTable(ruler)
    second = "They had been warned. There is no sign that the board's chair didn't know it.\n"
    first, again = _before_ruler(model, [TEXT, second])
    assert _attributes(table(_copy(first))) == _attributes(ruler(_copy(first)))
    rows_known = len(table._row_winners)
    calls = []
    monkeypatch.setattr(table, "_pattern_winners", lambda data: calls.append(len(data)) or AttributeTable._pattern_winners(table, data))
    assert _attributes(table(_copy(again))) == _attributes(ruler(_copy(again)))
    assert len(calls) <= 1 and len(table._row_winners) - rows_known == sum(calls)  # only rows not seen before are worked out
    assert sum(calls) < len(set(map(tuple, again.to_array(table.read).tolist())))  # most came from the cache
    monkeypatch.setattr(attribute_table, "ROW_CACHE_LIMIT", 3)
    small = AttributeTable(ruler)
    assert _attributes(small(_copy(first))) == _attributes(ruler(_copy(first)))
    assert _attributes(small(_copy(again))) == _attributes(ruler(_copy(again)))
