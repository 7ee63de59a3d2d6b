"""`doc_text.token_tree`: each token's head, label, tag and children read from the doc's columns, for the rules that
climb heads or ask a word's children many times per sentence (issue 18, twenty-seventh session, PF).

The rules built on it return what they returned with the Tokens only while the columns say what spaCy's `Token`
properties say. `Token.children` is spaCy's own walk (its `lefts` and `rights` scan the word's subtree between its
edges for the tokens whose head it is); the tree lists the tokens whose head the word is. These tests pin the two
against the model's parses of invented sentences, and the rules rewritten on the tree against the Token-walking code
they replaced, so an upgrade of spaCy that changed either fails here instead of moving an output.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Token

from graphbuild.extract.designation_windows import negated
from graphbuild.extract.roles_stance_paths import path_between
from graphbuild.extract.speakers import speaking_subject
from graphbuild.nlp import doc_text

# Written for this test: clauses, a negation, coordination, an apposition, quotes and a list over two lines.
TEXTS = (
    "Neither Corvane Shipping nor Melto Freight, a firm that never owned ships, was designated today.",
    "\"We will not comply,\" said Arlen Vosk, the chairman of Tessaly Mining, who was not sanctioned.",
    "OFAC is designating Brenna Oil, together with its director, Ilse Marrow, and two vessels:\n"
    "the KAROV STAR and the ODA PEARL, which carried crude that Brenna Oil sold to buyers in 2021.",
)


def _parsed(nlp):  # type: ignore[no-untyped-def]
    with nlp.select_pipes(disable=["gb_relations"]):
        return [nlp(text) for text in TEXTS]


def test_the_tree_is_what_the_tokens_say(nlp) -> None:  # type: ignore[no-untyped-def]
    for doc in _parsed(nlp):
        tree = doc_text.token_tree(doc)
        assert tree.heads == [t.head.i for t in doc]
        assert tree.deps == [t.dep_ for t in doc] and tree.tags == [t.tag_ for t in doc]
        assert tree.children == [[c.i for c in t.children] for t in doc]
        assert any(len(kids) > 2 for kids in tree.children) and any(head == i for i, head in enumerate(tree.heads))


def test_a_doc_without_a_parse_or_words() -> None:
    blank = spacy.blank("en")
    doc = blank("Tessaly Mining was not designated.")  # no parser: every token is its own head, no labels
    tree = doc_text.token_tree(doc)
    assert tree.heads == [t.head.i for t in doc] == list(range(len(doc)))
    assert tree.children == [[] for _ in doc] and tree.deps == [t.dep_ for t in doc]
    assert doc_text.token_tree(blank("")) == doc_text.TokenTree([], [], [], [])


def test_the_tree_is_kept_while_the_text_is_held_and_forgotten_with_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _parsed(nlp)[0]
    assert doc_text.token_tree(doc) is not doc_text.token_tree(doc)  # nothing held: built afresh, never kept
    doc_text.doc_text(doc)
    assert doc_text.token_tree(doc) is doc_text.token_tree(doc)
    doc_text.forget_text(doc)
    assert doc_text._TREE_KEY not in doc.user_data


def _path_by_tokens(a: Token, b: Token) -> tuple[list[Token], Token]:
    """`path_between` as it was written before PF (Token.ancestors and Token.head)."""
    up_a = [a, *a.ancestors]
    index = {t.i: k for k, t in enumerate(up_a)}
    up_b = [b]
    while up_b[-1].i not in index and up_b[-1].head.i != up_b[-1].i:
        up_b.append(up_b[-1].head)
    top = up_b[-1]
    if top.i not in index:
        return up_a + up_b, up_a[-1]
    return up_a[: index[top.i] + 1] + up_b[:-1], top


def test_path_between_is_the_token_walk(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = _parsed(nlp)
    for doc in docs:
        doc_text.doc_text(doc)
        for a in doc:
            for b in doc:
                path, top = path_between(a, b)
                old_path, old_top = _path_by_tokens(a, b)
                assert [t.i for t in path] == [t.i for t in old_path] and top.i == old_top.i
        doc_text.forget_text(doc)
    two = nlp.make_doc("Arlen Vosk resigned. Ilse Marrow stayed.")  # two sentences: roots without a common head
    with nlp.select_pipes(disable=["gb_relations"]):
        two = nlp(two)
    a, b = two[0], two[-2]
    assert [t.i for t in path_between(a, b)[0]] == [t.i for t in _path_by_tokens(a, b)[0]]


def _negated_by_tokens(tok: Token) -> bool:
    """The children test of `negated` as it was written before PF."""
    from graphbuild.extract.designation_windows import neither_nor

    return any(c.dep_ == "neg" for c in tok.children) or any(neither_nor(c) for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"})


def test_negated_and_the_speaker_walk_agree_with_the_tokens(nlp) -> None:  # type: ignore[no-untyped-def]
    from graphbuild.extract.speakers import INSIDE_SUBJECT, SPEAKING_VERBS, _root_speaks

    def speaker_by_tokens(tok: Token) -> Token | None:
        for _ in range(12):
            if tok.dep_ == "nsubj":
                verb = tok.head
                return tok if verb.lemma_.lower() in SPEAKING_VERBS and verb.pos_ in {"VERB", "AUX"} else None
            if tok.head.i == tok.i:
                return tok if _root_speaks(tok) else None
            if tok.dep_ not in INSIDE_SUBJECT:
                return None
            tok = tok.head
        return None

    fired = 0
    for doc in _parsed(nlp):
        for tok in doc:
            if _negated_by_tokens(tok):
                fired += 1
                assert negated(tok)
            old, new = speaker_by_tokens(tok), speaking_subject(tok)
            assert (old and old.i) == (new and new.i)
    designated = next(t for t in _parsed(nlp)[0] if t.lower_ == "designated")
    assert negated(designated) and fired >= 2
