"""A name with a patronymic is a person's: "Given Patronymic SURNAME" (issue 13, NM, thirty-first session).

Why: Russian and Ukrainian names carry the father's name between the given name and the surname ("Sergeyevich",
"Igorevna", "Vasylovych", "Petrivna"). The small model types such a name from its letters, and a surname in capitals
or an unfamiliar one made it an organisation or a place ("**A Anatolyevich B** - Commander of ...": a body), left
the given name out ("Dmitry | Sergeyevich Vorontsov" in a table cell, read as a place), or ran the name on over a
list item's " - Officer". A body named after a man has a word of its kind ("Petrovich Trading LLC"), and a
patronymic is never a name's last word: such mentions are left.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .gazetteers import Gazetteers
from .mention import Mention

__all__ = ["PATRONYMIC", "people_with_patronymics"]

#: Russian (-ovich, -evich, -ovna, -evna, -ichna), Ukrainian (-ovych, -evych, -ivna) and Belarusian (-avich) endings.
PATRONYMIC = re.compile(r"^[A-Z][a-z]+(?:[oe]vich|[oe]vych|avich|[oe]vna|ichna|ivna)$")
#: A name word: title case ("Vorontsov") or capitals ("DREMOV"), hyphenated halves allowed.
NAME_WORD = re.compile(r"^(?:[A-Z][a-z\u00C0-\u024F'\-]+|[A-Z][A-Z\u00C0-\u024F'\-]+)$")


def _patronymic(word: str) -> bool:
    return bool(PATRONYMIC.match(word if not word.isupper() else word.capitalize()))


def people_with_patronymics(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """Retype, extend and trim in place each mention holding "Given Patronymic Surname" (the patronymic neither its
    first word unless the given name stands right before it, nor its last unless a surname in capitals follows it)."""
    org_words = gaz.company_words | gaz.public_body_words | gaz.group_nouns
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.authority or m.label not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        k = next((i for i in range(m.start, m.end - 1) if _patronymic(doc[i].text)), None)
        surname_end = m.end
        if k is None and _patronymic(doc[m.end - 1].text):  # "Oleg Ivanovich | TARKOV - Head": the surname left out
            k, surname_end = m.end - 1, _surname_in_capitals_after(doc, m.end, taken)
        if k is None or k + 1 >= surname_end or not NAME_WORD.match(doc[k + 1].text):
            continue
        start = m.start
        if k == start and start > 0 and start - 1 not in taken and NAME_WORD.match(doc[start - 1].text) \
                and not doc[start - 1].is_stop:
            start -= 1  # "Dmitry | Sergeyevich Vorontsov": the given name the model left out
        elif k == start:
            continue
        end = k + 2
        while end < surname_end:  # a double surname ("A-B" glued); a list item's " - Post" stops the name
            if NAME_WORD.match(doc[end].text):
                end += 1
            elif end + 1 < surname_end and _glued_hyphen(doc, end):
                end += 2  # a glued hyphen and the word it joins, whatever its case ("Kara-ool"): never a name's last token
            else:
                break
        words = doc[start:end]
        if {t.lower_ for t in words} & org_words or end - start > 5:
            continue
        m.start, m.end, m.text, m.label = start, end, words.text, "PERSON"
        taken.update(range(start, end))


def _surname_in_capitals_after(doc: Doc, end: int, taken: set[int]) -> int:
    """The end of a surname in capitals ("TARKOV", "VOL-SKIY") at token `end`, right after a mention the model stopped
    at the patronymic, or `end` where none is (RN): releases print the surname in capitals, and a word in capitals of
    no other mention after "Given Patronymic" is that name's (an acronym the model tagged is another mention's, and
    the caller keeps out a body's word)."""
    if end >= len(doc) or end in taken or not doc[end - 1].whitespace_ == " " or len(doc[end].text) < 2 \
            or not doc[end].text.isupper() or not NAME_WORD.match(doc[end].text):
        return end
    j = end + 1
    while j + 1 < len(doc) and _glued_hyphen(doc, j) and doc[j + 1].text.isupper() and j + 1 not in taken:
        j += 2  # "VOL-SKIY": a glued half in capitals
    return j


def _glued_hyphen(doc: Doc, j: int) -> bool:
    """Token `j` is a hyphen glued to the word before it and to a word after it ("Kara-ool", "VOL-SKIY"): a double
    name's joint, not a list item's spaced " - Post" (`j` + 1 inside the doc: the caller's bound)."""
    return doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and doc[j + 1].is_alpha
