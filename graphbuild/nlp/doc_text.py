"""The document's text and entities, cached for the extractors (issue 18): `Doc.text`, `Span.text` and `Span.ents`
rebuild what they return at each call, and the extractors ask them many times per document. The extractors' context
(extract/context.py) fills and forgets the cache; the name repairs (nlp/mentions.py) read it where they run inside it.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple, TypeVar

import numpy
from spacy.attrs import DEP, HEAD, IS_ALPHA, IS_PUNCT, IS_QUOTE, IS_SPACE, IS_UPPER, LEMMA, LIKE_NUM, LOWER, ORTH, TAG
from spacy.tokens import Doc, Span

_TEXT_KEY = "gb_name_text"
_ENTS_KEY = "gb_name_ents"
_WORDS_KEY = "gb_token_words"
_LEMMAS_KEY = "gb_token_lemmas"
_FLAGS_KEY = "gb_token_flags"
_TREE_KEY = "gb_token_tree"
_ENT_SPANS_KEY = "gb_entity_spans"

T = TypeVar("T")


def doc_text(doc: Doc) -> str:
    """The doc's text, built once per doc (`Doc.text` joins every token on each call)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return cached


def text_now(doc: Doc) -> str:
    """The doc's text: the cached one while `doc_text` holds it, else `Doc.text` (nothing cached). For the rules that
    read the whole text once per entity or span (`Doc.text` joins every token at each call: issue 18, S19)."""
    cached = doc.user_data.get(_TEXT_KEY)
    return doc.text if cached is None else cached


def token_words(doc: Doc) -> tuple[list[str], list[str]]:
    """Every token's text and lower-cased text, in order: read once per doc while `doc_text` holds the text (the
    extractors' context), else afresh. A rule that tests each token of a sentence for a few known words reads these
    lists instead of making a `Token` per test (`doc[i]` builds a new one at each call: issue 18, S19)."""
    cached = doc.user_data.get(_WORDS_KEY)
    if cached is not None:
        return cached
    strings = doc.vocab.strings  # the columns' ids read back as strings: no `Token` made for the lists either
    columns = doc.to_array([ORTH, LOWER]) if len(doc) else None
    words = ([strings[orth] for orth in columns[:, 0].tolist()], [strings[lower] for lower in columns[:, 1].tolist()]) \
        if columns is not None else ([], [])  # one flat list per column: no list of pairs made and unpacked (S23)
    return _kept(doc, _WORDS_KEY, words)


def token_lemmas(doc: Doc) -> list[str]:
    """Every token's lemma, lower-cased (`Token.lemma_.lower()`), in order: cached as `token_words` is. For the rules
    that look for a few verbs or nouns by their lemma in every sentence (issue 18, S19)."""
    cached = doc.user_data.get(_LEMMAS_KEY)
    if cached is not None:
        return cached
    strings = doc.vocab.strings
    return _kept(doc, _LEMMAS_KEY, [strings[lemma].lower() for lemma in doc.to_array(LEMMA).tolist()] if len(doc) else [])


class TokenFlags(NamedTuple):
    """Six of each token's lexical flags, in token order (`Token.is_space`, `.is_punct`, `.is_alpha`, `.is_upper`,
    `.like_num`, `.is_quote`)."""

    space: list[bool]
    punct: list[bool]
    alpha: list[bool]
    upper: list[bool]
    num: list[bool]
    quote: list[bool]


_FLAG_ATTRS = (IS_SPACE, IS_PUNCT, IS_ALPHA, IS_UPPER, LIKE_NUM, IS_QUOTE)  # in `TokenFlags`' order


def token_flags(doc: Doc) -> TokenFlags:
    """The flags above for every token, read from one `Doc.to_array` (the same lexeme flags the `Token` properties
    read), cached as `token_words` is: for the rules that skip a sentence's spaces and punctuation or keep its words
    before looking at a few of them (issue 18, S22)."""
    cached = doc.user_data.get(_FLAGS_KEY)
    if cached is not None:
        return cached
    # each column made bool by numpy and listed whole: a `bool()` per cell of a listed 2-D array cost ~4x (S23)
    columns = doc.to_array(list(_FLAG_ATTRS)).astype(bool) if len(doc) else None
    return _kept(doc, _FLAGS_KEY, TokenFlags(*(columns[:, k].tolist() if columns is not None else [] for k in range(len(_FLAG_ATTRS)))))


class TokenTree(NamedTuple):
    """The parse of every token, in token order: its head's index (`Token.head.i`; a root, or a token without a
    head, is its own), its dependency label (`Token.dep_`), its tag (`Token.tag_`) and its children's indices
    (`Token.children`, in order)."""

    heads: list[int]
    deps: list[str]
    tags: list[str]
    children: list[list[int]]


def token_tree(doc: Doc) -> TokenTree:
    """The parse columns above, read from two `Doc.to_array` calls and cached as `token_words` is: for the rules that
    ask a word's children, head chain or tag many times per sentence (each `Token.children` / `.head` / `doc[i]` makes
    a new `Token`: issue 18, twenty-seventh session, PF). The children are the tokens whose head is the word, in
    order, which is what spaCy's `Token.children` yields (its `lefts` and `rights` scan the word's subtree for them);
    tests/nlp/test_token_tree_pf27.py pins that against the model's parses."""
    cached = doc.user_data.get(_TREE_KEY)
    if cached is not None:
        return cached
    if not len(doc):
        return _kept(doc, _TREE_KEY, TokenTree([], [], [], []))
    strings = doc.vocab.strings
    # HEAD holds the offset to the head, a signed number the array stores unsigned: cast back before adding the index
    heads = (doc.to_array(HEAD).astype(numpy.int64) + numpy.arange(len(doc))).tolist()
    labels = doc.to_array([DEP, TAG]).tolist()
    children: list[list[int]] = [[] for _ in heads]
    for i, head in enumerate(heads):
        if head != i:
            children[head].append(i)
    return _kept(doc, _TREE_KEY, TokenTree(heads, [strings[dep] for dep, _ in labels], [strings[tag] for _, tag in labels], children))


def _kept(doc: Doc, key: str, value: T) -> T:
    """`value`, kept in the doc's user data under `key` while `doc_text` holds the text (the extractors' context, which
    `forget_text` ends); outside it each call builds afresh, so nothing outlives a doc's text."""
    if _TEXT_KEY in doc.user_data:
        doc.user_data[key] = value
    return value


def span_text(span: Span) -> str:
    """`span.text`, sliced from the doc's text when `doc_text` holds it: `Span.text` joins the span's tokens at each
    call, and the extractors ask a sentence's text many times (issue 18)."""
    cached = span.doc.user_data.get(_TEXT_KEY)
    if cached is None or not len(span):
        return span.text
    return cached[span.start_char:span.end_char]


def sentence_entities(doc: Doc, start: int, end: int) -> list[Span]:
    """The model's entities inside tokens start..end, from the doc's entities read once per doc (`Span.ents` reads
    all of `Doc.ents` on each call)."""
    cached = doc.user_data.get(_ENTS_KEY)
    if cached is None:
        ents = list(doc.ents)  # sorted by start, never overlapping (spaCy's Doc.ents)
        cached = (ents, [e.start for e in ents])
        doc.user_data[_ENTS_KEY] = cached
    ents, starts = cached
    found: list[Span] = []
    for i in range(bisect_left(starts, start), len(ents)):  # a bisection, not a scan of every entity per sentence (M14)
        if ents[i].start >= end:
            break
        if ents[i].end <= end:
            found.append(ents[i])
    return found


def entity_spans(doc: Doc) -> list[tuple[int, int, str, str]]:
    """Every entity of the doc as (start char, end char, label, text), in order: cached as `token_words` is. For the
    rules that scan all of a doc's entities once per name (`Doc.ents` makes every `Span` again and `Span.text` joins
    its tokens at each call: ~20 calls of a release, issue 18, thirty-first session, GQ)."""
    cached = doc.user_data.get(_ENT_SPANS_KEY)
    if cached is not None:
        return cached
    text = text_now(doc)
    return _kept(doc, _ENT_SPANS_KEY, [(e.start_char, e.end_char, e.label_, text[e.start_char:e.end_char]) for e in doc.ents])


def holds_text(doc: Doc) -> bool:
    """`doc_text` has the doc's text cached (a caller that cached it forgets it when done)."""
    return _TEXT_KEY in doc.user_data


def forget_text(doc: Doc) -> None:
    """Drop what `doc_text`, `token_words`, `token_lemmas`, `token_flags`, `token_tree`, `sentence_entities` and
    `entity_spans` cached (the extractors are done with the doc)."""
    for key in (_TEXT_KEY, _ENTS_KEY, _WORDS_KEY, _LEMMAS_KEY, _FLAGS_KEY, _TREE_KEY, _ENT_SPANS_KEY):
        doc.user_data.pop(key, None)
