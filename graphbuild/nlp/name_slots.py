"""Names the model tagged as organizations (or places) that stand where only a person can: "its representative, X",
"chaired by X, an employee of Y", "X, a Turkish national", "A, X, B, and C" between people of one list,
"Given Middle Surname (Surname)".

A post word before the name (with its comma) or a description of a person right after it ("an employee of",
"a national", "a businessman") types the name; words of a company, a public body or a group in the name,
an authority, digits or a legal form keep it an organization.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .gazetteers import Gazetteers
from .mention import Mention

NAME_WORD = re.compile(r"^[A-Z][a-z\u00C0-\u024F'\-]+$")
PERSON_NOUNS = {"national", "citizen", "businessman", "businesswoman", "employee", "associate", "resident", "son", "daughter",
                "brother", "wife", "husband", "relative"}
DETERMINERS = {"a", "an", "the"}


def person_slots(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """Relabel, in place, two-to-four-word ORG mentions standing in a person's slot as PERSON."""
    org_words = gaz.company_words | gaz.public_body_words | gaz.group_nouns
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        words = doc[m.start:m.end]
        if m.label not in {"ORG", "GPE"} or m.authority or not 2 <= len(words) <= 4 or not all(NAME_WORD.match(t.text) for t in words) \
                or {t.lower_ for t in words} & org_words or m.text in gaz.countries or m.text in gaz.demonyms:
            continue
        if m.label == "ORG" and (_after_post_word(doc, m, gaz) or _before_person_description(doc, m, gaz)) \
                or _listed_among_people(doc, m, by_start, by_end) or _surname_alias_follows(doc, m):
            m.label = "PERSON"


def _after_post_word(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"its representative, X" / "its director, X": a lower-case post word and a comma right before the name."""
    if m.start < 2 or doc[m.start - 1].text != ",":
        return False
    post = doc[m.start - 2]
    return post.is_lower and post.lower_ in gaz.title_heads


def _before_person_description(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"X, an employee of Y", "X, a Turkish national": a description only a person takes, right after the name."""
    j = m.end
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in DETERMINERS:
        return False
    for k in range(j + 2, min(j + 5, len(doc))):
        if doc[k].lower_ in PERSON_NOUNS:
            return True
        if not (doc[k].pos_ in {"ADJ", "PROPN"} or doc[k].lower_ in gaz.title_modifiers):
            return False
    return False


def _listed_among_people(doc: Doc, m: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention]) -> bool:
    """"A, Orhan Celikkaya, B, and C are being designated": a name between two people of one comma list is a person."""
    if m.start < 2 or doc[m.start - 1].text != ",":
        return False
    before = by_end.get(m.start - 1)
    j = m.end
    while j < len(doc) and j - m.end < 2 and doc[j].text in {",", "and"}:
        j += 1
    after = by_start.get(j) if j > m.end and doc[m.end].text == "," else None
    return before is not None and after is not None and before.label == "PERSON" and after.label == "PERSON"


def _surname_alias_follows(doc: Doc, m: Mention) -> bool:
    """"Given Middle Surname (Surname)": the alias repeats the last word, as a person's short name does."""
    return m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" and doc[m.end + 1].text == doc[m.end - 1].text \
        and m.end - m.start >= 3
