"""The lemma table gives each token the lemma the model's own lemmatizer gives it."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from graphbuild.nlp.lemma_table import LemmaTable
from graphbuild.nlp.modelinfo import default_model

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "eval"

# Written for this test: inflected verbs and nouns, a word as verb and as noun, a pronoun
# the attribute ruler gives a lemma to, punctuation and a line break.
TEXT = ("The ministries were designated; designating them took weeks.\n"
        "Officials who designate firms file designations, and the firm files were seized.\n"
        "They've said she'd been leading the boards' meetings since 2019.")


@pytest.fixture(scope="module")
def model():
    return spacy.load(default_model())


def _lemmas(model, texts: list[str], table: bool) -> list[list[str]]:
    lemmatizer = model.get_pipe("lemmatizer")
    step = LemmaTable(lemmatizer) if table else lemmatizer
    docs = list(model.pipe(texts, disable=["lemmatizer", "ner"]))
    return [[t.lemma_ for t in step(Doc(d.vocab).from_bytes(d.to_bytes()))] for d in docs]


def test_same_lemmas_as_the_lemmatizer(model):
    expected, actual = _lemmas(model, [TEXT], table=False), _lemmas(model, [TEXT], table=True)
    assert actual == expected
    words = dict(zip(TEXT.replace(";", " ;").replace(".", " .").split(), actual[0]))
    assert words["designated"] == "designate" and words["ministries"] == "ministry"
    again = _lemmas(model, [TEXT, TEXT], table=True)  # the second document is answered from the table
    assert again == expected * 2


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/eval is not available")
def test_same_lemmas_on_the_evaluation_documents(model):
    from graphbuild.ingest.corpus import read_corpus

    texts = [d.text for d in read_corpus([SHARED / "dev" / "docs", SHARED / "train" / "docs"])]
    assert _lemmas(model, texts, table=True) == _lemmas(model, texts, table=False)
