"""A bold run that holds a name and its other name: "**A B (also known as C D)**", "**A B, a.k.a. C,**" (NS,
thirtieth session).

Why: a list item's bold run was read as one name however much it held. Taken whole, "A B, also known as C D" became
a body of that name (no person, and nobody the text names), and "A B (also known as C D)" one person named by the
alias, the name the item gives first left as a mere alias. The bold run is cut before the words that open the other
name; the passes over running text then read the other name as they read it anywhere (`_mark_aka_aliases`,
`_add_parenthesised_aliases`): one person, named first by the name written first.
"""
from __future__ import annotations

from spacy.tokens import Span

__all__ = ["before_other_name"]

#: Words that, after a comma or an opening parenthesis, open another name of the one just written.
OPENING_WORDS = frozenset({"also", "a.k.a.", "a.k.a", "aka", "formerly", "previously", "f.k.a.", "f.k.a", "fka",
                           "better", "commonly", "known"})
#: Of those, the words that open it with no comma or parenthesis before them ("**A B a.k.a. C**").
BARE_WORDS = frozenset({"a.k.a.", "a.k.a", "aka", "f.k.a.", "f.k.a", "fka"})


def before_other_name(span: Span) -> Span:
    """`span` up to the words that open another name ("(also known as", ", a.k.a."), or `span` as it is. The first
    word is never cut: a run that opens on such a word is not a name and is left to the other tests. After a comma or
    parenthesis only a lower-case word opens the other name: a capitalised one goes on the name ("**A Company, Known
    Assets Division**"; review RN)."""
    for k in range(span.start + 1, span.end):
        word = span.doc[k]
        opener = word.lower_ in BARE_WORDS
        if not opener and word.text in {",", "("} and k + 1 < span.end:
            after = span.doc[k + 1]
            opener = after.text.islower() and after.lower_ in OPENING_WORDS  # ", Known Assets Division": the name (RN)
        if opener:
            return span.doc[span.start:k]
    return span
