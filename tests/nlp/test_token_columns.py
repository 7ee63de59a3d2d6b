"""`doc_text.token_words`, `token_lemmas`, `token_flags` and `text_now`: a doc's words, lemmas, flags and text read once while the
extractors' context holds the text, so the rules that test every token of a sentence for a few words make no `Token`
per test and no rule joins the whole document per entity (issue 18, S19)."""
from __future__ import annotations

import spacy
from spacy.tokens import Span

from graphbuild.extract.described_dates import earlier_action, identifies_someone, quoted
from graphbuild.nlp import doc_text
from graphbuild.nlp.mentions import _clean_span

# Written for this test: capitals, a line break, punctuation, a date in parentheses.
TEXT = "The Varnok ship (REF 12 May) sailed.\nIts OWNERS were Designated; x2 and Employers differ."


def _doc():
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    for t in doc:
        t.lemma_ = t.text.rstrip("s") if t.text.endswith("s") else t.text  # an invented lemma column, mixed case
    return doc


def test_columns_are_the_tokens_texts_lower_forms_and_lemmas() -> None:
    doc = _doc()
    texts, lowers = doc_text.token_words(doc)
    assert texts == [t.text for t in doc]
    assert lowers == [t.lower_ for t in doc]
    assert doc_text.token_lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert "employer" in doc_text.token_lemmas(doc)


def test_flags_are_the_tokens_lexical_flags() -> None:
    """`token_flags` (issue 18, S22): the rules that skip spaces and punctuation read these instead of the Tokens."""
    doc = _doc()
    flags = doc_text.token_flags(doc)
    assert flags.space == [t.is_space for t in doc] and flags.punct == [t.is_punct for t in doc]
    assert flags.alpha == [t.is_alpha for t in doc] and flags.upper == [t.is_upper for t in doc]
    assert True in flags.space and True in flags.punct and True in flags.upper and False in flags.alpha
    quoting = spacy.blank("en")('The "Orvell" fleet sold 12 ships in 1998 and ten in 2004.')  # invented
    flags = doc_text.token_flags(quoting)
    assert flags.num == [t.like_num for t in quoting] and flags.quote == [t.is_quote for t in quoting]
    assert flags.num.count(True) == 4 and flags.quote.count(True) == 2  # 12, 1998, ten, 2004; the two marks


def _stand_in(doc, texts=None, lowers=None, **flags) -> None:
    """Hold the doc's text as the extractors' context does, with altered columns: only a rule that reads the columns
    sees them (issue 18, S23: `earlier_action`, `quoted` and `_clean_span` read them instead of the Tokens)."""
    doc_text.doc_text(doc)
    words = doc_text.token_words(doc)
    doc.user_data[doc_text._WORDS_KEY] = (texts or words[0], lowers or words[1])
    doc.user_data[doc_text._FLAGS_KEY] = doc_text.token_flags(doc)._replace(**flags)


def test_earlier_action_reads_the_columns() -> None:
    doc = spacy.blank("en")("Kestrel Holdings was designated in 2019.")  # invented
    assert earlier_action(doc[:])
    _stand_in(doc, lowers=["today", *doc_text.token_words(doc)[1][1:]])
    assert not earlier_action(doc[:]), "a 'today' only the lower-case column holds"


def test_quoted_reads_the_columns() -> None:
    doc = spacy.blank("en")('He said "the firm was listed in 2019" later.')  # invented
    firm = [t.text for t in doc].index("firm")
    assert quoted(doc[:], firm)
    _stand_in(doc, texts=[t.text.replace('"', "'") for t in doc], quote=[False] * len(doc))
    assert not quoted(doc[:], firm), "no mark in the columns"


def test_clean_span_reads_the_columns() -> None:
    doc = spacy.blank("en")("Varnok Shipping LLC")  # invented
    assert _clean_span(doc[:]).text == "Varnok Shipping LLC"
    _stand_in(doc, lowers=["the", "shipping", "llc"])
    assert _clean_span(doc[:]).text == "Shipping LLC", "a leading 'the' only the lower-case column holds"


def test_columns_cached_only_while_the_text_is_and_forgotten_with_it() -> None:
    doc = _doc()
    doc_text.token_words(doc), doc_text.token_lemmas(doc), doc_text.token_flags(doc)
    assert set(doc.user_data) == set(), "nothing cached outside the extractors' context"
    doc_text.doc_text(doc)
    words, lemmas, flags = doc_text.token_words(doc), doc_text.token_lemmas(doc), doc_text.token_flags(doc)
    assert doc_text.token_words(doc) is words and doc_text.token_lemmas(doc) is lemmas  # read once
    assert doc_text.token_flags(doc) is flags
    doc_text.forget_text(doc)
    assert set(doc.user_data) == set()


def test_text_now_reads_the_cached_text_and_caches_nothing() -> None:
    doc = _doc()
    assert doc_text.text_now(doc) == doc.text and not doc_text.holds_text(doc)
    doc_text.doc_text(doc)
    doc.user_data[doc_text._TEXT_KEY] = TEXT.upper()  # a stand-in: only the cache can give it
    assert doc_text.text_now(doc) == TEXT.upper()


def test_identifies_someone_reads_the_cached_text() -> None:
    """The IMO test reads the cached text, not `Doc.text` (which joined every token for each DATE entity)."""
    doc = _doc()
    date = Span(doc, 5, 7, label="DATE")
    assert date.text == "12 May"
    assert not identifies_someone(date)
    doc_text.doc_text(doc)
    doc.user_data[doc_text._TEXT_KEY] = TEXT.replace("REF", "IMO")  # same length: a stand-in only the cache gives
    assert identifies_someone(date)
