"""The per-name readers of the whole text read what the extractors' context holds (issue 18, thirty-first session, GQ).

`person_apart.stated` (once per namesake and per pair of names compared) and `removal_sections._headline` (once per
sentence asked) read `Doc.text`, which joins every token of the document at each call, and `Doc.ents` with each
entity's `Span.text`; about 20 such calls a release. They now read the held text (`doc_text.text_now`) and the
entities once per doc (`doc_text.entity_spans`). A stand-in text in the cache shows which text they read.
"""
from __future__ import annotations

from types import SimpleNamespace

import spacy
from spacy.tokens import Span

from graphbuild.extract import removal_sections
from graphbuild.nlp import doc_text, person_apart
from graphbuild.nlp.mention import Mention
from graphbuild.resolve.identifiers import BIRTH_DATE

TEXT = "Karel Vostrik (born 12 March 1971) and Ilse Marno (born 4 June 1985) were designated."


def _doc():  # type: ignore[no-untyped-def]
    doc = spacy.blank("en")(TEXT)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 9, 11, label="PERSON")]
    return doc


def test_entity_spans_are_the_entities_and_are_forgotten_with_the_text() -> None:
    doc = _doc()
    expected = [(0, 13, "PERSON", "Karel Vostrik"), (39, 49, "PERSON", "Ilse Marno")]
    assert doc_text.entity_spans(doc) == expected
    assert "gb_entity_spans" not in doc.user_data  # nothing held: nothing kept
    doc_text.doc_text(doc)
    assert doc_text.entity_spans(doc) == expected
    assert doc.user_data["gb_entity_spans"] == expected
    doc_text.forget_text(doc)
    assert "gb_entity_spans" not in doc.user_data


def test_stated_reads_the_held_text() -> None:
    doc = _doc()
    first = [Mention(0, 2, "Karel Vostrik", "PERSON")]
    assert person_apart.stated(doc, first, [BIRTH_DATE]) == {BIRTH_DATE: {"1971-03-12"}}
    doc_text.doc_text(doc)
    doc.user_data[doc_text._TEXT_KEY] = TEXT.replace("12 March 1971", "14 March 1971")  # same length, other date
    assert person_apart.stated(doc, first, [BIRTH_DATE]) == {BIRTH_DATE: {"1971-03-14"}}
    doc_text.forget_text(doc)
    assert person_apart.stated(doc, first, [BIRTH_DATE]) == {BIRTH_DATE: {"1971-03-12"}}


def test_stated_stops_at_the_next_person_from_the_entities_read_once() -> None:
    doc = spacy.blank("en")("Karel Vostrik and Ilse Marno (born 4 June 1985) were designated.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 5, label="PERSON")]
    first = [Mention(0, 2, "Karel Vostrik", "PERSON")]
    assert person_apart.stated(doc, first, [BIRTH_DATE]) == {}  # the date after the other person's name is hers
    doc_text.doc_text(doc)
    assert person_apart.stated(doc, first, [BIRTH_DATE]) == {}
    doc.user_data["gb_entity_spans"] = []  # a stand-in: no other person, so the date reads as his
    assert person_apart.stated(doc, first, [BIRTH_DATE]) == {BIRTH_DATE: {"1985-06-04"}}


def test_the_headline_reads_the_held_text() -> None:
    doc = spacy.blank("en")("Treasury Designates Harbour Freight Network\n\nThe Treasury designated a network today.")
    ctx = SimpleNamespace(doc=doc)
    assert removal_sections._headline(ctx) == (0, "Treasury Designates Harbour Freight Network")  # type: ignore[arg-type]
    doc_text.doc_text(doc)
    doc.user_data[doc_text._TEXT_KEY] = doc.text.replace("Designates", "Removes....")  # same length
    assert removal_sections._headline(ctx) == (0, "Treasury Removes.... Harbour Freight Network")  # type: ignore[arg-type]
