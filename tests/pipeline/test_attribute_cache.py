"""gb_cached_attributes: the model's attribute ruler remembered per token kind gives the very same tokens."""
from __future__ import annotations

import pytest

from graphbuild.nlp.model import load_pipeline

TEXTS = [
    "The Treasury designated two shipping firms on Tuesday.\nBoth were owned by the same holding company.",
    "She has served as the deputy minister of energy since 2019, and he was the firm's director.",
    "Assets  \n of the bank were frozen; it didn't appeal. Isn't that what they'd said?",
    "The Treasury designated two shipping firms on Tuesday.",  # only kinds already seen: answered from memory
]


def token_rows(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    """The model's own attribute ruler (the switch documented in docs/benchmarks.md) and the cached one."""
    import os

    os.environ["GRAPHBUILD_PLAIN_ATTRIBUTE_RULER"] = "1"
    try:
        plain = load_pipeline(extract=False)
    finally:
        del os.environ["GRAPHBUILD_PLAIN_ATTRIBUTE_RULER"]
    return plain, load_pipeline(extract=False)


def test_the_cached_ruler_replaces_the_model_ruler(pipelines):
    plain, cached = pipelines
    assert "gb_cached_attributes" in cached.pipe_names and "attribute_ruler" not in cached.pipe_names
    assert "attribute_ruler" in plain.pipe_names and "gb_cached_attributes" not in plain.pipe_names


def test_same_tags_lemmas_and_morphology_as_the_model_ruler(pipelines):
    plain, cached = pipelines
    for text in TEXTS:
        assert token_rows(cached, text) == token_rows(plain, text), text
    assert token_rows(cached, TEXTS[1])[2][1:5] == ("VBN", "VERB", "Aspect=Perf|Tense=Past|VerbForm=Part", "serve")


def test_a_document_of_known_kinds_is_answered_from_memory(pipelines):
    _, cached = pipelines
    component = cached.get_pipe("gb_cached_attributes")
    cached(TEXTS[0])
    known = len(component.answers)
    calls = []
    real = component.ruler
    component.ruler = lambda doc: calls.append(doc) or real(doc)
    try:
        doc = cached(TEXTS[3])
    finally:
        component.ruler = real
    assert calls == [] and len(component.answers) == known
    assert [t.lemma_ for t in doc][:4] == ["the", "Treasury", "designate", "two"]
