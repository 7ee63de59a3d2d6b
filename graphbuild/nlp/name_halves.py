"""Join a person's name the model cut in two halves of different kinds (issue 13, D20).

`en_core_web_sm` splits long personal names, mostly Spanish given names and double surnames, into two entities with
nothing between them, the first often read as a firm or a place: "[Leonardo Ovidio](ORG) [Reyes Ramírez](PERSON)"
(a real wire story in seeds/), "[Ramiro Esteban](ORG) [Quintana Lugo](PERSON)" (t3_07), "[Losana](GPE) [Tuidraki
Naivalu](PERSON)" (a bold name, t29_08). Each half was exported as a designee: a wrong name and a missed one. The
halves are joined when nothing but a space stands between them, the second is a person's name, both are made of
capitalised name words only (no body, company, title or country word), and no bold range starts or ends between them.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .gazetteers import Gazetteers
from .mention import PERSON_WORD, Mention, replace_spans
from .not_names import beside_a_name

#: The most words each half, and the joined name, may have.
MAX_HALF = 3
MAX_NAME = 6


def join_split_people(doc: Doc, mentions: list[Mention], gaz: Gazetteers, bold: list[tuple[int, int]]) -> list[Mention]:
    """The mentions with each person's name the model cut in two halves joined into one PERSON mention."""
    ordered = sorted(mentions, key=lambda m: m.start)
    spans: list[tuple[int, int]] = []
    for first, second in zip(ordered, ordered[1:]):
        if second.label != "PERSON" or first.label not in {"ORG", "GPE", "PERSON"} or first.end != second.start:
            continue
        if spans and spans[-1][1] > first.start:
            continue
        if not doc[first.end - 1].whitespace_ == " " or first.authority or second.authority \
                or first.alias_of is not None or second.alias_of is not None:
            continue
        if not (first.end - first.start <= MAX_HALF and second.end - second.start <= MAX_HALF
                and second.end - first.start <= MAX_NAME):
            continue
        if not all(_name_word(doc[i].text, gaz) for i in range(first.start, second.end)):
            continue
        if _bold_between(doc, first, second, bold):
            continue
        spans.append((first.start, second.end))
    return replace_spans(doc, mentions, spans, "PERSON") if spans else mentions


def _name_word(text: str, gaz: Gazetteers) -> bool:
    """A capitalised word of a person's name: no company, body, title, rank or country word. A rank ("Air Commodore
    X Y Z", M31) or a title's abbreviation ("Capt X Y") before the name is no part of it, though the model may tag it
    with the first half."""
    low = text.lower()
    if beside_a_name(low, gaz):
        return False
    return bool(PERSON_WORD.match(text)) and not text.endswith(".") and text not in gaz.countries \
        and low not in gaz.company_words and low not in gaz.public_body_words and text not in gaz.demonyms


def _bold_between(doc: Doc, first: Mention, second: Mention, bold: list[tuple[int, int]]) -> bool:
    """A bold range holds one half and not the other: the layout sets them apart."""
    a, b = doc[first.start].idx, doc[second.end - 1].idx
    return any((s <= a < e) != (s <= b < e) for s, e in bold)
