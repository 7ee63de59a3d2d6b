"""The pipeline does not load the model's strings file, and reads every attribute as the model with it does
(graphbuild/nlp/model.py NOT_LOADED, issue 18)."""
from __future__ import annotations

import pytest
import spacy

from graphbuild.nlp.model import load_pipeline
from graphbuild.nlp.modelinfo import default_model

# Written for this test: names, a title, an authority the gazetteer rule knows, a date, a list line, an odd word.
TEXT = ("WASHINGTON - The Treasury Department's Office of Foreign Assets Control (OFAC) today designated Velmora "
        "Quarry Holdings Ltd. and its director, Brenka Tolsen, a national of Ruritania, on March 3, 2025.\n"
        "1. TOLSEN, Brenka (a.k.a. \"Quarrywife\"), born 1971; Managing Director of Velmora's subsidiaries.")

ATTRIBUTES = ("text", "whitespace_", "tag_", "pos_", "dep_", "lemma_", "norm_", "shape_", "prefix_", "suffix_", "lang_",
              "ent_type_", "ent_iob_", "ent_id_", "is_sent_start", "is_stop", "like_num")


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(None, extract=False)


def _read(doc) -> list[tuple]:
    return [tuple(getattr(t, a) for a in ATTRIBUTES) + (str(t.morph), t.head.i) for t in doc]


def test_model_strings_not_loaded(pipeline):
    model = spacy.load(default_model(), exclude=["ner", "parser", "tagger", "tok2vec", "lemmatizer", "attribute_ruler"])
    assert len(model.vocab.strings) > 50_000  # what the file holds
    assert len(pipeline.vocab.strings) < len(model.vocab.strings) // 4


def test_same_attributes_as_with_the_model_strings(pipeline, monkeypatch):
    import graphbuild.nlp.model as model_module

    monkeypatch.setattr(model_module, "NOT_LOADED", ())
    with_strings = load_pipeline(None, extract=False)
    assert len(with_strings.vocab.strings) > 50_000
    assert _read(pipeline(TEXT)) == _read(with_strings(TEXT))
    assert [(e.text, e.label_, e.ent_id_) for e in pipeline(TEXT).ents] == [(e.text, e.label_, e.ent_id_) for e in with_strings(TEXT).ents]
