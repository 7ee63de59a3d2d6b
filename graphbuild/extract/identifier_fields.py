"""Identifier fields of a list entry ("QUARVEN, Dostan; DOB 12 Mar 1971; POB Halden, Norway; nationality Canada").

A place or country inside such a field is where a person is from or a ship is flagged: neither a body that acts
(`named_bodies.authorities_in`) nor a designee (`targets.candidates`). Moved out of `authority` (issue 13, D20) so both
ask the same question.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.doc_text import token_words

#: The labels that open an identifier field of a list entry ("QUARVEN, Dostan; DOB 12 Mar 1971; POB Halden, Norway;
#: nationality Canada; Passport 123456 (Canada)"): the country in such a field is where a person is from, not a body that acts.
FIELD_LABELS = frozenset({"nationality", "citizen", "citizenship", "pob", "passport", "address", "flag", "national"})
FIELD_LABEL_PAIRS = frozenset({("place", "of"), ("country", "of"), ("registration", "number"), ("registration", "id")})
#: How far back a field's label may stand from the country it gives ("Passport A1234567 issued 2019 (Canada)").
FIELD_REACH = 10


def in_identifier_field(doc: Doc, start: int) -> bool:
    """The token at `start` lies in an identifier field of a list entry: the words back to the field's separator (";",
    a line break, or an opening parenthesis still open) open with a field label ("nationality Canada", "POB Halden,
    Norway", "Passport 123456 (Canada)", "X (POB Varnik City, Dorvan)"). A prose aside is no field ("X, a citizen of
    Canada, was designated": no separator before it), nor a name after the parenthesis that closed the fields."""
    texts, lowers = token_words(doc)  # the words, not a `Token` per test (issue 18, S19)
    j, closed = start - 1, 0
    while j >= 0 and start - j <= FIELD_REACH and texts[j] != ";" and "\n" not in texts[j]:
        if texts[j] == ")":
            closed += 1
        elif texts[j] == "(" and closed:
            closed -= 1
        elif texts[j] == "(" and _opens_with_label(texts, lowers, j, start):
            return True  # "X (POB Varnik City, Dorvan)": a field opened by the parenthesis (issue 13, D20)
        j -= 1
    if j < 0 or start - j > FIELD_REACH or closed:
        return False  # "X (nationality Dorvan; DOB 1970) and Y": the fields closed before Y
    if texts[j] != ";" and _name_at_line_start(texts, j + 1, start):
        return False  # "National Bank of Kandar official X" opening a paragraph: a name, no field (issue 13, M35)
    return _opens_with_label(texts, lowers, j, start)


def _name_at_line_start(texts: list[str], first: int, start: int) -> bool:
    """After a line break, a capitalised label followed by another capitalised word begins a name ("National Security
    Council official X", "Citizen Y and X"), not a field: a field's label there is followed by its value's colon,
    number or lower-case word ("Nationality: Kandar", "Passport 123456"); "nationality Kandar" in lower case stays a
    field (the list entries of OFAC notices put every field after a ";", so this reads only text opening a line)."""
    words = [k for k in range(first, start) if not texts[k].isspace()]
    if len(words) < 2:
        return False
    label, after = texts[words[0]], texts[words[1]]
    return label[:1].isupper() and not label.isupper() and after[:1].isupper() and after.isalpha() and not after.isupper()


def _opens_with_label(texts: list[str], lowers: list[str], separator: int, start: int) -> bool:
    """The words between a field separator and `start` open with a field label."""
    words = [lowers[k].rstrip(":") for k in range(separator + 1, start) if not texts[k].isspace()]  # Token.is_space: str.isspace
    return bool(words) and (words[0] in FIELD_LABELS or tuple(words[:2]) in FIELD_LABEL_PAIRS)
