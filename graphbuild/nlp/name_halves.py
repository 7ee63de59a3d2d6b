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
from .mention import CALENDAR_WORDS, PERSON_WORD, Mention, replace_spans
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


def take_opening_given_names(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """"A [B C], a curator at ...": the model left out the first given name of a person that opens its
    sentence (or follows an opening bracket or quote), untagged. One capitalised proper noun, no title, rank, body,
    company, country, demonym or month, right before a person's name of two or three words, joins it in place (NM34).
    A word after a capitalised word is not taken ("Treasury Secretary X Y" has its title; a body's last word is not a
    given name). A word the tagger reads as no proper noun is taken only as a verb ("VB", the reading an unknown given
    name gets): an opening adverb, preposition or participle ("Meanwhile X Y, the chairman of Z, ...") stays out (RNM34)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    lower: frozenset[str] | None = None
    for m in mentions:
        i = m.start - 1
        if m.label != "PERSON" or m.authority or m.alias_of is not None or not 2 <= m.end - m.start <= 3 or i < 0 or i in taken:
            continue
        tok = doc[i]
        if not all(PERSON_WORD.match(t.text) for t in doc[m.start:m.end]) or gaz.authority(tok.text) is not None:
            continue  # "Treasury [designated X Y]": the model's span is no name's; an authority is no given name
        if tok.whitespace_ != " " or not tok.is_alpha or tok.lower_ in CALENDAR_WORDS or not _name_word(tok.text, gaz):
            continue
        if tok.tag_ not in {"NNP", "NNPS"}:
            if tok.tag_ != "VB" or not (tok.is_sent_start and m.end < len(doc) and doc[m.end].text == ","):
                continue  # an unknown given name is read as a verb; "Meanwhile", "Through", "Designated" are read as what they are (RNM34)
            lower = lower_case_words(doc) if lower is None else lower
            if tok.lower_ in lower:
                continue  # the tagger reads an unknown first word as a verb (a given name read "VB"): only before an apposed name's comma
        if not (tok.is_sent_start or i == 0 or (doc[i - 1].is_punct and doc[i - 1].text in {"(", '"', "\u201c", ":"})
                or "\n" in doc[i - 1].whitespace_):
            continue
        m.start = i
        m.text = doc[i:m.end].text
        taken.add(i)


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the document writes in lower case: an English word ("Meet", "Ask") is one of them somewhere."""
    return frozenset(t.text for t in doc if t.text.islower())


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
