"""A statement's byline: the header line "A B, <Title>" ("A B, SECRETARY OF STATE", "A B-C, Department
Spokesperson") names the person who issues the statement (issue 13, thirty-fourth session, NM).

The model reads such a line badly: a name in capitals is no entity at all, and a double surname is cut to its second
half and typed a firm ("[B-C](ORG)"). The post the byline states was lost with the name. A line of the release's
first lines that holds only a name of two to five words, a comma and a title (a post's head noun among its words,
no body word in the name) makes the name one person's mention, whatever the model tagged there.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .gazetteers import Gazetteers
from .mention import Mention, replace_spans
from .name_halves import lower_case_words

#: How many lines from the top of the text a byline may stand on (headline, format line, byline, date).
BYLINE_LINES = 8
#: "<name>, <title>" alone on its line (markdown marks around it allowed); each word of the name is capitalised.
BYLINE = re.compile(r"^[\s*_]*(?P<name>[A-ZÀ-Þ][\w'’.\-]*(?: [A-ZÀ-Þ][\w'’.\-]*){1,4}), (?P<title>[A-ZÀ-Þ][^,.\n]{2,80}?)[\s*_]*$")
_WORD = re.compile(r"[^\W\d_]+")
#: The lower-case words a title's phrase holds ("Assistant Secretary for Near Eastern Affairs"); any other lower-case
#: word makes the line a sentence ("X designated Y, who was relieved of his post as director").
TITLE_LINKS = frozenset({"of", "the", "for", "and", "on", "to", "at"})


def people_in_bylines(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """The mentions with each byline's name as one PERSON mention (the pieces the model tagged there dropped)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    lower: frozenset[str] | None = None
    for n, line in enumerate(doc.text.split("\n", BYLINE_LINES)):
        if n >= BYLINE_LINES:
            break
        found = BYLINE.match(line)
        if found is not None and _byline(found["name"], found["title"], gaz):
            span = doc.char_span(offset + found.start("name"), offset + found.end("name"), alignment_mode="contract")
            lower = lower_case_words(doc) if lower is None else lower
            if span is not None and len(span) >= 2 and not _heading(span, lower, gaz):
                spans.append((span.start, span.end))
        offset += len(line) + 1
    return replace_spans(doc, mentions, spans, "PERSON") if spans else mentions


def _byline(name: str, title: str, gaz: Gazetteers) -> bool:
    """A person's name, then a post: the title holds a post's head noun; the name holds no post, body, company or
    calendar word and is no country."""
    heads = set(gaz.title_heads)
    if not {w.casefold() for w in _WORD.findall(title)} & heads or len(title.split()) > 8 \
            or any(w[:1].islower() and w not in TITLE_LINKS for w in title.split()):
        return False
    words = {w.casefold() for w in _WORD.findall(name)}
    if words & (heads | gaz.title_modifiers | gaz.public_body_words | gaz.company_words):
        return False
    return name not in gaz.countries


#: The verb forms that open a headline, not a name ("Designating X Y, Militia Commander").
HEADLINE_VERB_TAGS = frozenset({"VBG", "VBD", "VBN", "VBZ"})


def _heading(span: Span, lower: frozenset[str], gaz: Gazetteers) -> bool:
    """A heading or headline of the "<words>, <title>" shape, not a byline (RNM34): a word of the "name" the text also
    writes in lower case ("Recent Actions, Department Spokesperson" above "These actions ..."; a person's name is
    not an English word the release uses), a country or demonym among its words ("X Visits Latvia, Foreign Minister
    Meeting"), or a verb's form opening it ("Designating X Y, Militia Commander")."""
    if span[0].tag_ in HEADLINE_VERB_TAGS:
        return True
    return any(t.lower_ in lower or t.text in gaz.countries or t.text in gaz.demonyms for t in span if t.is_alpha)
