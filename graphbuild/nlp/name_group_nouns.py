"""A group's name the model cut before its lower-case kind noun: "the Caravello | clan" (PT, thirty-third session).

Why: a crime family or clan is named by the family's or a place's name and a lower-case kind noun ("the X clan", "the
Y cartel"). The small model often tags the first word alone as the organization and leaves the noun out, so the body
is "X", a word it shares with the family's people, and "the clan's treasurer" / "whose leader" found no clan or the
wrong one. When "the" opens the phrase and the noun right after the mention heads it in the parse (the mention's
words modify the noun), the noun is the name's last word: "the X clan" is the body "X clan". A nationality ("the
Mexican cartel") names no group and is left alone, as is a plural noun ("the X and Y clans") and a noun the mention
does not modify ("X clan members" stays whatever the model read). A name the release also gives a body without the
noun ("designated Y (Z)", then "the Y gang") is that body's name already: the noun only describes it there.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .mention import Mention

__all__ = ["GROUP_KIND_NOUNS", "join_group_kind_nouns"]

#: Lower-case nouns that close a criminal group's name after the family's or place's name ("the Tarsa clan"). Not
#: "group", "network", "cell", "party" or "militia": after a body's name they describe it ("the Hamas network", "an
#: ISIS cell"), the body keeps its own name.
GROUP_KIND_NOUNS = frozenset({"clan", "cartel", "gang", "syndicate", "mafia"})
#: Labels of the model's mention that may open such a name: a firm, a family name read as a person, a place.
OPENING_LABELS = frozenset({"ORG", "PERSON", "GPE"})


def join_group_kind_nouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each "the X <kind noun>" whose noun the model left out made one body's mention, in place."""
    bare = _bodies_named_bare(doc, mentions)
    for m in mentions:
        k = m.end
        if k >= len(doc) or m.label not in OPENING_LABELS or m.authority or m.alias_of is not None:
            continue
        noun = doc[k]
        if noun.text not in GROUP_KIND_NOUNS or noun.tag_ != "NN" or m.start == 0 or doc[m.start - 1].lower_ != "the":
            continue
        if doc[m.end - 1].head.i != k or not doc[m.start].text[:1].isupper():
            continue  # the noun heads the phrase the mention modifies: "the [X] clan", not "[X] clan members"
        if m.label == "PERSON" and m.end - m.start > 1:
            continue  # "the [Ana Ruiz] gang": a person's full name before the noun is its leader's gang, named so only here
        if m.text in bare:
            continue  # "designated Y (Z)" before "the Y gang": Y is the body's own name, the noun describes it
        m.end, m.text, m.label = k + 1, doc[m.start:k + 1].text, "ORG"
    return mentions


def _bodies_named_bare(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Texts of the organizations the document names with no kind noun after them ("designated Y (Z), a gang"): the
    body's name is the text alone, so "the Y gang" elsewhere is that body, not another one named "Y gang"."""
    return {m.text for m in mentions if m.label == "ORG" and (m.end >= len(doc) or doc[m.end].lower_ not in GROUP_KIND_NOUNS)}
