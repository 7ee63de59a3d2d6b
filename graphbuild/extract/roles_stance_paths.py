"""Where a post's words stand from the person in the dependency tree: the path between two tokens and a hyphenated word
read whole (shared by the stance modules: `roles_stance`, `roles_stance_ended`, `roles_stance_sought`,
`roles_stance_ties`)."""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.doc_text import token_tree


def path_between(a: Token, b: Token) -> tuple[list[Token], Token]:
    """The tokens from `a` up to the lowest common head of `a` and `b` and down to `b` (both ends included), and that
    head. The climb reads the heads' indices (`token_tree`) and makes a `Token` only for the path it returns (it made one
    for every ancestor of `a` and every head asked on the way up from `b`: issue 18, PF)."""
    doc = a.doc
    heads = token_tree(doc).heads
    up_a = [a.i]
    while heads[up_a[-1]] != up_a[-1] and len(up_a) <= len(doc):  # `Token.ancestors`, bounded as spaCy bounds it
        up_a.append(heads[up_a[-1]])
    index = {i: k for k, i in enumerate(up_a)}
    up_b = [b.i]
    while up_b[-1] not in index and heads[up_b[-1]] != up_b[-1]:
        up_b.append(heads[up_b[-1]])
    top = up_b[-1]
    if top not in index:  # different sentences' roots: no common head
        return [a, *(doc[i] for i in up_a[1:]), *(doc[i] for i in up_b)], doc[up_a[-1]] if len(up_a) > 1 else a
    path = [a, *(doc[i] for i in up_a[1:index[top] + 1]), *(doc[i] for i in up_b[:-1])]
    return path, path[index[top]]


def whole_word(tok: Token) -> str:
    """The lower-cased hyphenated word `tok` is part of: spaCy splits "self-styled", "so-called", "son-in-law" into
    tokens (a word list's hyphenated entries never match one token)."""
    doc = tok.doc
    start = end = tok.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[start:end + 1].text.lower()
