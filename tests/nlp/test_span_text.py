"""`doc_text.span_text`: a span's text sliced from the text cached for the extractors (issue 18, S11)."""
from __future__ import annotations

import spacy

from graphbuild.nlp import doc_text

TEXT = "Ostrava Tanker Holdings Ltd  was designated.\n\nIts director,\tFerran Oduya , was too. "


def test_same_as_span_text_with_and_without_the_cached_text() -> None:
    doc = spacy.blank("en")(TEXT)
    spans = [doc[a:b] for a in range(len(doc) + 1) for b in range(a, len(doc) + 1)]
    assert [doc_text.span_text(s) for s in spans] == [s.text for s in spans]  # nothing cached: Span.text
    assert not doc_text.holds_text(doc)
    doc_text.doc_text(doc)
    assert [doc_text.span_text(s) for s in spans] == [s.text for s in spans]  # sliced from the cached text


def test_reads_the_cached_text() -> None:
    doc = spacy.blank("en")(TEXT)
    doc_text.doc_text(doc)
    doc.user_data[doc_text._TEXT_KEY] = TEXT.upper()  # a stand-in: only a slice of the cache can return it
    assert doc_text.span_text(doc[0:4]) == "OSTRAVA TANKER HOLDINGS LTD"
    doc_text.forget_text(doc)
    assert doc_text.span_text(doc[0:4]) == "Ostrava Tanker Holdings Ltd"
