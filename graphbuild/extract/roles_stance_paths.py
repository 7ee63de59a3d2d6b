"""Where a post's words stand from the person in the dependency tree: the path between two tokens and a hyphenated word
read whole (shared by the stance modules: `roles_stance`, `roles_stance_ended`, `roles_stance_sought`,
`roles_stance_ties`)."""
from __future__ import annotations

from spacy.tokens import Token


def path_between(a: Token, b: Token) -> tuple[list[Token], Token]:
    """The tokens from `a` up to the lowest common head of `a` and `b` and down to `b` (both ends included), and that
    head."""
    up_a = [a, *a.ancestors]
    index = {t.i: k for k, t in enumerate(up_a)}
    up_b = [b]
    while up_b[-1].i not in index and up_b[-1].head.i != up_b[-1].i:
        up_b.append(up_b[-1].head)
    top = up_b[-1]
    if top.i not in index:  # different sentences' roots: no common head
        return up_a + up_b, up_a[-1]
    return up_a[: index[top.i] + 1] + up_b[:-1], top


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
