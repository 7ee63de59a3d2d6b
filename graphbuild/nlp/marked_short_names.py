"""A person's one-word short name, given by the release in parentheses ("Pak Sun Il (Pak)"), used again where the
model tagged nothing ("Pak also sits on Y's board"): each later use is a mention of a person (thirtieth session, HL).

`mentions._add_known_surnames` repeats only a name's last word; a short name that is the full name's first word
(the family name written first) was left untagged, and the post stated with it was lost. The repeat is left to the
resolver, which gives it to the short name's bearer (`coref.DocResolver._person_surname_candidate`)."""
from __future__ import annotations

from spacy.tokens import Doc

from .mention import Mention
from .doc_text import token_words


def add_marked_short_name_repeats(doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
    """Add a PERSON mention at each later, untagged, lone proper-noun use of a one-word short name a person's name
    was given in parentheses; not inside a longer capitalised run ("Pak Street"), which is another name."""
    starts = {m.start: m for m in mentions}
    defined: dict[str, Mention] = {}
    for m in mentions:
        base = starts.get(m.alias_of) if m.alias_of is not None else None
        if (base is None or base.label != "PERSON" or m.end - m.start != 1 or m.extra.get("former_name")
                or not m.text[:1].isupper() or m.text not in base.text.split()):
            continue
        defined.setdefault(m.text, m)
    if not defined:
        return
    texts = token_words(doc)[0]
    for i, text in enumerate(texts):
        alias = defined.get(text)
        if alias is None or taken[i] or i <= alias.start or doc[i].tag_ not in {"NNP", "NNPS"}:
            continue
        if any(0 <= j < len(doc) and not taken[j] and doc[j].tag_ in {"NNP", "NNPS"} for j in (i - 1, i + 1)):
            continue  # "Pak Street", "Kim Pak": part of another name
        mentions.append(Mention(i, i + 1, text, "PERSON"))
        taken[i] = True
