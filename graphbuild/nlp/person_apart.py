"""Two people whose names fit one another, told apart by what the text says of each (issue 13, NM).

"Karim Haddad" fits "Karim Nadir Haddad" (the same first name and surname, the middle name left out), and the resolver
made them one person: a short form usually is the full name again. But a release that introduces each of them says so:

- each naming is followed by an indefinite description of its own, and the two give the man different nationalities
  ("Karim Nadir Haddad, a Lebanese financier, ..." and, later, "Karim Haddad, a Syrian money exchanger, ...");
- each is an entry of one list in bold ("- **Karim Nadir Haddad**, ..." and "- **Karim Haddad**, ..."): a list names
  each of its items once;
- each naming is followed by a birth date, and the two cannot be one date ("(born 12 March 1971)", "(born 4 June 1985)").

Review RN: an indefinite description alone, a bold name alone and a birth date written alone are no sign. A release
introduces one man again with "a ..." ("Karim Haddad, a longtime associate of ...", a new section's "a Beirut-based
money exchanger"), sets his name in bold at each section or repeats the list's entries in a table, and writes one
date in two ways ("born 12 March 1971", "born March 12, 1971", "DOB 12 Mar 1971", "born 1971"); each split him in
two, his posts and designations at a namesake.

Then the shorter name is another person (`coref.DocResolver._person_match`, `short_forms.short_form_owners`), kept
apart from the fuller one across the build too (`coref.Cluster.namesake`). What must still merge does: a short name
without such a sign ("Karim Haddad is the owner of ..."), "Mr. Haddad", a name defined in brackets.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from ..resolve.identifiers import BIRTH_DATE, DESCRIBED_NATIONALITY, NATIONALITY, conflicting, stated_after
from .doc_text import entity_spans, text_now
from .mention import Mention

def _entry_line(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """The character span of the list or table line that the bold naming opens ("- **X**, ...", "| **X** | ..."); None
    when the naming does not open an entry."""
    start = doc[m.start].idx
    text = text_now(doc)
    line_start = text.rfind("\n", 0, start) + 1
    if not m.bold or not re.fullmatch(r"[ \t]*([-*\u2022|]|\d{1,3}[.)])[ \t]*", text[line_start:start]):
        return None
    line_end = text.find("\n", start)
    return line_start, len(text) if line_end < 0 else line_end


def one_list(doc: Doc, a: Mention, b: Mention) -> bool:
    """The two namings open two entries of one list or table: every line from one to the other is an entry (no blank
    line or prose between): entries of one list name different items, while the same list repeated elsewhere (a table
    after the list, a bold name at each section) names the same ones again."""
    spans = [_entry_line(doc, a), _entry_line(doc, b)]
    if spans[0] is None or spans[1] is None or spans[0] == spans[1]:
        return False
    first, last = sorted(spans)
    lines = text_now(doc)[first[0]:last[1]].split("\n")
    return all(re.match(r"[ \t]*([-*\u2022|]|\d{1,3}[.)])", line) for line in lines)


#: What tells two namings within one release apart: a birth date, a nationality. Not a passport: a release states a
#: man's second passport at a later naming ("X, who also holds passport B765"), and within one text that is him
#: (review RI, twenty-ninth session); across releases the index still weighs passports (`conflicting`).
APART_KEYS = (BIRTH_DATE, NATIONALITY, DESCRIBED_NATIONALITY)
#: A letter: a name has one. The model types a date in figures after a name as a person ("(born 12/03/1972)"), and
#: cutting the words there lost the date (review RI).
_LETTER = re.compile(r"[^\W\d_]")


def stated(doc: Doc, mentions: Sequence[Mention], keys: Sequence[str] | None = None) -> dict[str, set[str]]:
    """What the text states of a person right after its mentions (birth date, nationality, passport; a nationality
    an indefinite description gives him, weak; only `keys` when given): `resolve.identifiers.stated_after`, the reader
    the index uses across documents, each mention's words cut where another person's name (one with a letter) starts."""
    # the held text and the entities read once per doc (`Doc.text` and `Doc.ents` rebuild at each call; this runs
    # once per namesake and per pair of names compared: issue 18, thirty-first session, GQ)
    others = [start for start, _, label, words in entity_spans(doc) if label == "PERSON" and _LETTER.search(words)]
    spans = [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)) for m in mentions if m.end > m.start]
    text = text_now(doc)
    return stated_after(text, spans, others) if keys is None else stated_after(text, spans, others, keys)


def told_apart(doc: Doc, short: Sequence[Mention], whole: Sequence[Mention]) -> bool:
    """The mentions `short` of a shorter name and `whole` of a fuller one it fits name two people (module docstring)."""
    return any(one_list(doc, m, w) for m in short for w in whole) or told_apart_by_identifiers(doc, short, whole)


def told_apart_by_identifiers(doc: Doc, one: Sequence[Mention], other: Sequence[Mention]) -> bool:
    """What the text states right after the two sets of mentions cannot be one person's (`resolve.identifiers.
    conflicting`): the only sign that tells two people of one exact name apart ("Karim Haddad (born 12 March 1971)",
    later "Karim Haddad (born 4 June 1985)"); a list repeating a name is no sign there (ID, twenty-ninth session)."""
    return conflicting(stated(doc, one, APART_KEYS), stated(doc, other, APART_KEYS))
