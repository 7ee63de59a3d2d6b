"""A person's name the model read as a body in one place is the person its other mentions say it is (issue 13, R20).

The small model types each occurrence of a name from its own neighbours. A release opens a section with the
person's name as a heading or a bold line ("A B C" alone on a line, read as a firm), then writes the same name, or
the surname, in running text where the model reads a person ("A B C (C) is the Vice Minister ...", "C led ..."). Coreference gives a cluster the kind of its first mention, so
the later person mentions joined a "company" and the person's posts were lost. Here, before coreference, a name
shaped as a person's (`type_evidence.name_words`: two to five name words in any alphabet, no body or place word,
no article before it) that the model read as a body or place is the person when the document says so elsewhere:

- the same text is read as a person at least as often as otherwise;
- its surname (the closing words: a parenthesised short form, or a later mention) is read as a person at least
  as often as otherwise, or the surname's own sentence says it is a person (`name_cues.person_evidence`:
  "C previously worked as an engineer at ...").

Every mention of that name, its parenthesised short form and its multi-word surname mentions then take the
person's label (one-word surnames are tied to the person by coreference).
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .gazetteers import Gazetteers
from .mention import Mention
from .name_cues import after_article, body_evidence, person_evidence, possessor_of_post, post_held_at
from .type_evidence import NAME_HYPHENS, name_words

#: labels the model gives a person's name read wrongly (a firm, a place, a nationality)
NOT_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP"})


def people_read_as_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """Relabel, in place, a person-shaped name read as a body or place when its other mentions read a person."""
    person, other = Counter(), Counter()
    for m in mentions:
        (person if m.label == "PERSON" else other)[m.text] += 1
    people = {m.text for m in mentions if _candidate(doc, m, gaz) and _read_as_person(doc, m, mentions, gaz, person, other)}
    if not people:
        return
    by_start = {m.start: m for m in mentions}
    people -= {m.text for m in mentions if m.text in people and _said_a_body(doc, m, by_start, gaz)}
    surnames = {_closing(doc, m, k) for m in mentions if m.text in people for k in range(m.start + 1, m.end - 1)}
    for m in mentions:
        if m.authority or m.label not in NOT_PERSON_LABELS:
            continue
        base = by_start.get(m.alias_of) if m.alias_of is not None else None
        if m.text in people or m.text in surnames or (base is not None and base.text in people):
            m.label = "PERSON"


def _candidate(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """A name read as a body or place, shaped as a person's name, that no gazetteer knows as a country or authority."""
    if m.label not in NOT_PERSON_LABELS or m.authority or m.alias_of is not None or m.text in gaz.countries or m.text in gaz.demonyms:
        return False
    return 2 <= name_words(doc[m.start:m.end], gaz) <= 5 and not after_article(doc, m)


def _said_a_body(doc: Doc, m: Mention, by_start: dict[int, Mention], gaz: Gazetteers) -> bool:
    """A mention of the name that the document gives as a body's: the short form a body's name defines ("X Y (HK) Limited
    (X Y)"), "the director of X Y", "X Y's sole director", "X Y, a freight company" (`name_cues.body_evidence`)."""
    base = by_start.get(m.alias_of) if m.alias_of is not None else None
    if base is not None and base.label == "ORG" and not 2 <= name_words(doc[base.start:base.end], gaz) <= 5:
        return True  # not the short form of a person's name the model read as a firm ("X Y Z (Y Z)")
    return body_evidence(doc, m, gaz) or post_held_at(doc, m, gaz) or possessor_of_post(doc, m, gaz)


def _closing(doc: Doc, m: Mention, k: int) -> str:
    """The name's words from token k on (a surname: "C", "B C")."""
    return doc[k:m.end].text


def _read_as_person(doc: Doc, m: Mention, mentions: list[Mention], gaz: Gazetteers, person: Counter, other: Counter) -> bool:
    """The document reads this name, or its surname, as a person's."""
    if person[m.text] and person[m.text] >= other[m.text]:
        return True
    closings = {doc[k:m.end].text for k in range(m.start + 1, m.end) if doc[k].text not in NAME_HYPHENS and doc[k - 1].text not in NAME_HYPHENS}
    for o in mentions:
        if o is m or o.text not in closings or o.authority:
            continue
        if o.label == "PERSON" and person[o.text] >= other[o.text]:
            return True
        if o.label in NOT_PERSON_LABELS and person_evidence(doc, o, gaz):
            return True
    return False
