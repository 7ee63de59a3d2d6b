"""The last word of a post's field before the holder's name: "Minister of Justice and National Integration X Y" (BN,
twenty-ninth session).

The model tags the holder's name ("X Y") and the name runs take the untagged capitalised word before it as a given
name, so the person became "Integration X Y" and the post "Minister of Justice and National" at a ministry of that
name. A word of a post's field is told from a given name by two things together: the words before it lead back, over
capitalised words and "of" / "and" / "for", to a post's head noun ("Minister of ..."), and the word has the shape of an
English abstract noun (-tion, -ment, -ity, ...), which given names seldom have. A given name after a field ("Minister
of Defense Ali | Y Z", the model tagging "Y Z") has no such ending and is still taken.

The caller asks this only when the model's name already has two words or more: some given names have the ending too
(in -ity), and when the model tagged the surname alone ("Minister of Finance and Planning <given name in -ity> | X")
the word before it is the given name it left out (RB's review: the post was lost).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .gazetteers import Gazetteers

__all__ = ["in_title_field", "after_title_modifier"]

#: Endings of English abstract nouns that name a post's field ("Integration", "Development", "Security").
FIELD_ENDINGS = ("tion", "sion", "ment", "ness", "ship", "ity", "ics")
#: Words that join a field's words back to the post's head.
CONNECTORS = frozenset({"of", "and", "for", "the", ","})
#: Farthest the head may stand before the word: "Under Secretary of State for Economic Growth, Energy, and the
#: Environment X Y" puts the head eleven tokens back (CN, thirty-second session; ten lost that post).
MAX_BACK = 16


def in_title_field(doc: Doc, i: int, gaz: Gazetteers) -> bool:
    """Token `i` is a capitalised abstract noun that ends a post's field ("... of Justice and National Integration")."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and len(tok) >= 6
            and tok.lower_.endswith(FIELD_ENDINGS)):
        return False
    joined = False
    k = i - 1
    while k >= 0 and i - k <= MAX_BACK and "\n" not in doc[k].whitespace_:
        low = doc[k].lower_
        if low in gaz.title_heads and doc[k].text[:1].isupper():
            return joined
        if low in CONNECTORS:
            joined = True
        elif not (doc[k].is_alpha and doc[k].text[:1].isupper()):
            return False
        k -= 1
    return False


def after_title_modifier(doc: Doc, i: int, gaz: Gazetteers) -> bool:
    """Token `i` is the post's head after a capitalised modifier ("FBI Special Agent X Y"): the word before it is a
    post's modifier ("special", "senior") opening the post, which no given name follows (CN, thirty-second
    session). Asked, like `in_title_field`, only when the model's name already has two words."""
    if i < 1 or not doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ not in gaz.title_modifiers \
            or doc[i - 1].lower_ in gaz.title_heads or "\n" in doc[i - 1].whitespace_:
        return False
    before = doc[i - 2].lower_ if i >= 2 else ""
    # "Attorney General X Y" (a post's word before), "Minister of Economy and Finance X Y" (a field's word after "and")
    return before not in gaz.title_heads and before not in gaz.title_modifiers and before not in CONNECTORS
