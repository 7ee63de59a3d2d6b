"""List entries written as labelled fields: other governments' notices and SDN-style entries.

"1. SURNAME, Given. DOB: 12/03/1966. Nationality: X. Position: Director, Y Lda. Group ID: 17421." (UK),
"SURNAME Given (a.k.a. Z); DOB 12 Mar 1971; POB City, X; Position: Deputy Head of Y" (SDN), "Function: ..." (EU):
the entry's name is the text before its first field, and each field is a label and a value. The small model reads
labels as names ("DOB", "Group ID", "E.P. Other Information") and an upper-case surname as a firm, so neither the
name's kind nor the post in the position field reaches the extractors. `entries` finds such lines (two labelled
fields at least); `people_in_entries` makes the entry's name one mention (PERSON where a field only people have
says so: a date of birth, a post; ORG where only a body's field does: "Type of entity"), drops the mentions that
lie in a label, and makes the body after a post's comma ("Position: Director, Y Lda.") one ORG mention;
`extract/roles_fields` reads the posts (thirty-second session, TL).
"""
from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Doc

from .doc_text import doc_text
from .mention import Mention, replace_spans

#: Field labels of list entries (lower case): the people's, the bodies', and the shared ones.
PERSON_LABELS = frozenset({"dob", "date of birth", "pob", "place of birth", "passport", "passport number", "gender",
                           "nationality", "citizenship", "position", "function", "occupation", "national identification number",
                           "national identification no", "national id"})
BODY_LABELS = frozenset({"type of entity", "entity type", "registration number", "parent company", "subsidiaries",
                         "website", "business registration number", "place of registration", "date of registration",
                         "organization established date", "organization type", "nationality of registration", "tax id no"})
SHARED_LABELS = frozenset({"address", "group id", "other information", "additional information", "listed on",
                           "date designated", "uk sanctions list ref", "regime", "a.k.a.", "aka", "also known as",
                           "alias", "aliases", "title", "role", "designation", "email", "phone", "tel", "reasons",
                           "statement of reasons", "date of listing"})
LABELS = PERSON_LABELS | BODY_LABELS | SHARED_LABELS
#: Labels whose value states a post ("Position: Director, Y"; the EU's "Function:"; "Title:" where it is no honorific).
POST_LABELS = frozenset({"position", "function", "title", "role", "occupation", "designation"})
#: Labels written without a colon after a semicolon in SDN-style entries ("; DOB 12 Mar 1971; POB X; nationality Y").
BARE_LABELS = frozenset({"dob", "pob", "nationality", "citizen", "passport", "gender",
                         # an SDN-style organisation's ("; Organization Established Date 2012; Nationality of Registration X"):
                         # without them its "nationality" read as a person's (review of TL's entries, RTL)
                         "organization established date", "organization type", "nationality of registration",
                         "registration number", "tax id no", "website"})

_LABEL_WORDS = "|".join(sorted((re.escape(label) for label in LABELS), key=len, reverse=True))
#: A field's label: after the line's start, a full stop or a semicolon (an enumerator "(2)" aside), with its colon.
_FIELD = re.compile(r"(?:^|(?<=[.;])\s+|(?<=\)\s))(" + _LABEL_WORDS + r")\s*:", re.IGNORECASE)
_BARE = re.compile(r"(?:(?<=;)\s*)(" + "|".join(sorted(BARE_LABELS, key=len, reverse=True)) + r")\b(?!:)", re.IGNORECASE)
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*\u2022]|\(\d{1,3}\))\s+")
#: Item marks inside one field's value: "Position: (1) Former Director of X (2) Managing Partner, Y".
_ITEM = re.compile(r"\(\d{1,2}\)\s*")


@dataclass(frozen=True)
class Field:
    """One labelled field of an entry: its label (lower case), the label's characters and the value's."""
    label: str
    label_start: int
    value_start: int
    value_end: int


@dataclass(frozen=True)
class Entry:
    """A list entry: the characters of its name, its kind by its fields ("Person", "Organization" or None) and its fields."""
    name_start: int
    name_end: int
    kind: str | None
    fields: tuple[Field, ...]


def entries(doc: Doc) -> list[Entry]:
    """The list entries of the doc: lines with two labelled fields at least, the first after a name."""
    return _read_entries(doc_text(doc))


def _read_entries(text: str) -> list[Entry]:
    if ":" not in text:
        return []
    out: list[Entry] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if ":" not in line and ";" not in line:
            continue
        labels = sorted([(m.start(1), m.end(), m.group(1).lower()) for m in _FIELD.finditer(line)]
                        + [(m.start(1), m.end(1), m.group(1).lower()) for m in _BARE.finditer(line)])
        if len(labels) < 2:
            continue
        lead = _ENUMERATOR.match(line)
        name_start = lead.end() if lead else len(line) - len(line.lstrip())
        name = line[name_start:labels[0][0]]
        cut = min((k for k in (name.find(" ("), name.find(";")) if k >= 0), default=len(name))
        name = name[:cut].rstrip(" .;,")
        fields = tuple(Field(label, start + a, start + b, start + (labels[k + 1][0] if k + 1 < len(labels) else len(line)))
                       for k, (a, b, label) in enumerate(labels))
        kinds = {f.label for f in fields}
        person, body = bool(kinds & PERSON_LABELS), bool(kinds & BODY_LABELS)
        kind = "Person" if person and not body else "Organization" if body and not person else None
        name = _entry_name(name, kind)
        if not name or not name[:1].isupper() or len(name.split()) > 10:
            continue
        out.append(Entry(start + name_start, start + name_start + len(name), kind, fields))
    return out


def _entry_name(name: str, kind: str | None) -> str:
    """The name of an entry's text before its first field: a person's ends before a place or an unlabelled date after
    its comma ("SURNAME, Given, City, Country", "SURNAME, Given, DOB 1969": the surname and the given names; "Given
    SURNAME, City": the words before the comma); a body's name with a comma ("Y Co., Ltd., City") cannot be told from
    a place after it, so such an entry names nothing ("")."""
    parts = name.split(", ")
    if len(parts) == 1:
        return name
    if kind != "Person":
        return ""
    first = parts[0]
    inverted = first.upper() == first and any(c.isalpha() for c in first)
    return ", ".join(parts[:2 if inverted else 1])


def post_items(text: str, value_start: int, value_end: int) -> list[tuple[int, int]]:
    """The characters of each post a post field's value states: "(1) A, X (2) B, Y" gives two; the field's closing
    full stop or semicolon is no part of the last."""
    value = text[value_start:value_end]
    marks = list(_ITEM.finditer(value))
    bounds = [(m.end(), marks[k + 1].start() if k + 1 < len(marks) else len(value)) for k, m in enumerate(marks)] if marks else [(0, len(value))]
    out = []
    for a, b in bounds:
        item = value[a:b]
        stripped = item.rstrip()
        while stripped.endswith((";", ",")) or (stripped.endswith(".") and not _abbreviation_end(stripped)):
            stripped = stripped[:-1].rstrip()
        if stripped.endswith(")") and " (" in stripped:  # "Director, Y Ltd (Cyprus)": the place is no part of the body
            stripped = stripped[:stripped.rindex(" (")].rstrip()
        lead = len(item) - len(item.lstrip())
        if stripped.strip():
            out.append((value_start + a + lead, value_start + a + len(stripped)))
    return out


def _abbreviation_end(item: str) -> bool:
    """The item ends in a company form's point ("Y, E.P.", "Y Co., Ltd."): the point is the name's."""
    last = item.split()[-1] if item.split() else ""
    return last.count(".") > 1 or last.lower() in {"ltd.", "co.", "inc.", "corp.", "lda.", "s.a.", "llc.", "jsc."}


def people_in_entries(doc: Doc, mentions: list[Mention], title_heads: Container[str] = frozenset(),
                      countries: Container[str] = frozenset()) -> list[Mention]:
    """The mentions with each entry's name one mention of its kind, none inside a field's label, and the body after a
    post field's comma ("Position: Director, Y Lda.", the post's words holding a title head) one ORG mention, unless
    it is a country (`countries`: "Deputy Minister of Defence, Russian Federation" names the state, no body)."""
    found = entries(doc)
    if not found:
        return mentions
    text = doc_text(doc)
    labels = [(f.label_start, f.value_start) for e in found for f in e.fields]
    spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in labels]
    label_tokens = {i for s in spans if s is not None for i in range(s.start, s.end)}
    mentions = [m for m in mentions if m.authority or not any(i in label_tokens for i in range(m.start, m.end))]
    for kind, label in (("Person", "PERSON"), ("Organization", "ORG")):
        names = []
        for e in found:
            span = doc.char_span(e.name_start, e.name_end, alignment_mode="expand")
            if e.kind == kind and span is not None and not any(m.authority and m.start < span.end and span.start < m.end for m in mentions):
                names.append((span.start, span.end))
        if names:
            mentions = replace_spans(doc, mentions, names, label)
    bodies = []
    for e in found:
        if e.kind != "Person":
            continue
        for f in e.fields:
            if f.label not in POST_LABELS:
                continue
            for a, b in post_items(text, f.value_start, f.value_end):
                comma = text.find(", ", a, b)
                if comma < 0 or not text[comma + 2:comma + 3].isupper():
                    continue
                words = {w.strip(".,()").lower() for w in text[a:comma].split()}
                span = doc.char_span(comma + 2, b, alignment_mode="expand")
                if span is not None and any(w in title_heads for w in words) and text[comma + 2:b] not in countries \
                        and not any(m.authority and m.start < span.end and span.start < m.end for m in mentions):
                    bodies.append((span.start, span.end))
    return replace_spans(doc, mentions, bodies, "ORG") if bodies else mentions
