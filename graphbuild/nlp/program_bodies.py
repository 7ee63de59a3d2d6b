"""A group named with a sanctions program's words after its own name is a body, not the program (issue 13, BM).

Treasury names the criminal groups it designates under E.O. 13581 "the <Name> Transnational Criminal Organization
(<Name> TCO)". The program pattern ("Transnational Criminal Organizations?") matched inside that name, so the whole
group was typed a sanctions program: no designation of it and no post at it could be given. One group's name is the
singular words after a name of its own: capitalised words before "Transnational", none of them a nationality
("a Mexican Transnational Criminal Organization" describes a group) or a word of the program's wording
("Significant Transnational Criminal Organization"), nor after an indefinite article ("the Drevan Group, a Balkan
Transnational Criminal Organization": a description). The program itself (plural, or alone) stays a program.
Thirty-first session: two releases of the WRITE half (a designated group and its leader's post in each).
"""
from __future__ import annotations

from spacy.tokens import Span

from .gazetteers import Gazetteers

#: the program's words that end a group's name written in full
PROGRAM_NAME_TAIL = ("transnational", "criminal", "organization")
#: words of the program's own wording before its name, never a group's name
_PROGRAM_WORDING = frozenset({"the", "a", "an", "significant", "foreign", "designated", "other", "global", "all"})
#: an article that makes the words a description of a group named elsewhere ("a Balkan Transnational Criminal
#: Organization"), whatever adjective the demonyms do not hold (RB, thirty-first session)
_DESCRIBING_ARTICLES = frozenset({"a", "an", "another", "one"})


def group_named_by_program(span: Span, gaz: Gazetteers) -> bool:
    """The span is "[the] <Name> Transnational Criminal Organization": one group's name, not the program."""
    width = len(PROGRAM_NAME_TAIL)
    if len(span) <= width or tuple(t.lower_ for t in span[-width:]) != PROGRAM_NAME_TAIL \
            or not all(t.is_title for t in span[-width:]):
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in _DESCRIBING_ARTICLES:
        return False  # "the Drevan Group, a Balkan Transnational Criminal Organization": described, not named
    head = [t for t in span[:-width] if t.lower_ != "the" or t.i > span.start]
    return bool(head) and all(t.text[:1].isupper() and t.lower_ not in _PROGRAM_WORDING and t.text not in gaz.demonyms
                              for t in head)
