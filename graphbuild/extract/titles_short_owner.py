"""A body's short name before "'s" that the model read as a person, or did not tag: "Velkor's chief executive, X"
after "Velkor Dis Ticaret A.S." was named in full.

News stories and State notes name a body in full once and then by its first words with a possessive; the model often
tags those words as a person (they look like a surname), so the post had no body (`titles._build` gives none to "the
president's adviser"). The words must open the name of exactly one plain body named earlier, no other body may hold
them anywhere in its name ("Velkor's chairman" after "Tarsk Velkor Trading" and its subsidiary "Velkor Orbital Data":
which one is unsaid), the body's name must not go on with a possessive ("the Kalo Front's deputy minister" after "Kalo
Front's Supply Authority": the possessor's own body), and no person named before may carry them ("Velkor's chief
executive, Orhan Velkor": the person is named after the possessive, so the body is meant); or the document gave the
body exactly that short name ("Velkor Relief Association (Velkor)", whose "(Velkor)" the model may also have read as a
person) (R31, fourteenth session).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..names import name_key
from ..nlp.coref import Cluster, DocResolver
from ..nlp.mentions import Mention

__all__ = ["short_form_owner"]


def short_form_owner(doc: Doc, ctx: DocResolver, owner: Mention | None, mark: int, floor: int) -> tuple[Cluster, int] | None:
    """(body, the possessor's start) for the possessor ending before the possessive mark at `mark`, when it is a
    person-tagged or untagged short form of one plain body named before it."""
    if owner is not None and (owner.label != "PERSON" or owner.end != mark):
        return None
    start = owner.start if owner is not None else mark
    if owner is None:
        while start - 1 >= floor and mark - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and ctx.mention_at(start - 1) is None and doc[start - 1].lower_ not in {"the", "a", "an"}:
            start -= 1
        if start == mark or start == floor:
            return None  # nothing, or a sentence's first word: "Its" / "His" stay pronouns, "Treasury's" a name
    words = name_key(doc[start:mark].text).split()
    if not words:
        return None
    defined = [c for c in ctx.clusters if c.is_plain_body and c.first_token < start and len(name_key(c.name).split()) > len(words)
               and any(name_key(f).split() == words for f in c.forms)]
    if len(defined) == 1:
        return defined[0], start  # the short name the document gave the body ("Velkor Relief Association (Velkor)")
    owned = doc[start:mark].text
    bodies = {c.index: c for c in ctx.clusters if c.is_plain_body and c.first_token < start
              and len(name_key(c.name).split()) > len(words) and name_key(c.name).split()[:len(words)] == words
              and not c.name[len(owned):len(owned) + 1] in {"'", "\u2019"}}  # "Kalo Front's Supply Authority": its owner's body
    if len(bodies) != 1:
        return None
    inside = [c for c in ctx.clusters if c.is_plain_body and c.index not in bodies and c.first_token < start
              and f" {' '.join(words)} " in f" {name_key(c.name)} "]
    if inside:
        return None  # "Velkor's chairman" after "Tarsk Velkor ..." and "Velkor Orbital Data ...": which one is unsaid
    people = [c for c in ctx.clusters if c.type == "Person" and c.first_token < start
              and set(words) <= set(name_key(c.name).split())]
    return None if people else (next(iter(bodies.values())), start)
