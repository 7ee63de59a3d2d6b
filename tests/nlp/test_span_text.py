"""`name_contexts.span_text`: a span's text sliced from the text cached for the extractors (issue 18, S11)."""
from __future__ import annotations

import spacy

from graphbuild.nlp import name_contexts

TEXT = "Ostrava Tanker Holdings Ltd  was designated.\n\nIts director,\tFerran Oduya , was too. "


def test_same_as_span_text_with_and_without_the_cached_text() -> None:
    doc = spacy.blank("en")(TEXT)
    spans = [doc[a:b] for a in range(len(doc) + 1) for b in range(a, len(doc) + 1)]
    assert [name_contexts.span_text(s) for s in spans] == [s.text for s in spans]  # nothing cached: Span.text
    assert not name_contexts.holds_text(doc)
    name_contexts.doc_text(doc)
    assert [name_contexts.span_text(s) for s in spans] == [s.text for s in spans]  # sliced from the cached text


def test_reads_the_cached_text() -> None:
    doc = spacy.blank("en")(TEXT)
    name_contexts.doc_text(doc)
    doc.user_data[name_contexts._TEXT_KEY] = TEXT.upper()  # a stand-in: only a slice of the cache can return it
    assert name_contexts.span_text(doc[0:4]) == "OSTRAVA TANKER HOLDINGS LTD"
    name_contexts.forget_text(doc)
    assert name_contexts.span_text(doc[0:4]) == "Ostrava Tanker Holdings Ltd"
