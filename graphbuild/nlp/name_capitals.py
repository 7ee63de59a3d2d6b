"""A person's name in a heading in capitals is the person its running text names (issue 13, twenty-first session, H11).

A release heads a designee's section with the name in capitals ("**A B-C D**", "## NEW DESIGNATION: A B C") and
then writes it in running text ("A B-C D (D) served as deputy director of ..."). In capitals the small model has no
case to read, and types the heading a firm more often than not; coreference gives a cluster the kind of its first
mention, so the person of the running text joined a "company" named by the heading and every post of that person was
lost (the stage `person_typed:Organization` of benchmarks/roles_recall_diag.py). The running text says what the name
is: a mention on a line in capitals (a heading) read as a body or place is the person when every mention of the
same name (case aside) in running text reads a person; never for a name holding a body's word or a legal form ("X Y
OSOO" read as a person in running text), and never the other way (a body's heading keeps its label: a division's
heading read as a body moved "the division's" post to another division). A name only ever written in capitals keeps
its label.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .company_forms import legal_forms
from .gazetteers import Gazetteers
from .mention import Mention
from .not_names import capital_line

#: kinds a capital heading is read as instead of a person
READ_KINDS = frozenset({"ORG", "GPE", "NORP"})


def _in_capitals(text: str) -> bool:
    """Two words or more, every letter a capital ("A B-C D", not "IRGC" nor "Kassymov")."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and len(letters) >= 4 and all(c.isupper() for c in letters)


def _body_word(text: str, gaz: Gazetteers) -> bool:
    """A word of a body's name or a company's legal form ("X Y OSOO", "X TRADING"): never a person, whatever the model
    read in running text."""
    words = {w.strip(".,()").casefold() for w in text.split()}
    return bool(words & gaz.derived("capital_body_words", _body_words))


def _body_words(gaz: Gazetteers) -> frozenset[str]:
    """The words `_body_word` looks for, made once per gazetteer (`Gazetteers.derived`)."""
    return frozenset(gaz.company_words | gaz.public_body_words | gaz.group_nouns | {f.casefold() for f in legal_forms()})


def _on_a_capital_line(doc: Doc, text: str, m: Mention) -> bool:
    """The name's line (of `text`, the doc's) is written in capitals, as a heading is ("A B C", "NEW DESIGNATION: A B
    C", "A B AND THE X CONTRACT"); not an entry of a list that goes on in running case ("2) X Y OSOO, Bishkek, ...").
    `not_names.capital_line` reads the line, as for the headings whose pieces are no names."""
    start = text.rfind("\n", 0, doc[m.start].idx) + 1
    end = text.find("\n", doc[m.end - 1].idx)
    return capital_line(text[start:end if end >= 0 else len(text)])


def align_capitals(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """Relabel as a person, in place, each name in capitals on a line in capitals read as a body or place when every
    running-text mention of it (case aside) reads a person and no word of it is a body's or a legal form."""
    kinds: dict[str, set[str]] = {}
    for m in mentions:
        if m.label in READ_KINDS | {"PERSON"} and not _in_capitals(m.text):
            kinds.setdefault(m.text.casefold(), set()).add(m.label)
    text: str | None = None
    for m in mentions:
        if m.authority or m.label not in READ_KINDS or not _in_capitals(m.text) or kinds.get(m.text.casefold()) != {"PERSON"}:
            continue
        text = doc.text if text is None else text  # built once, and only for a release with such a heading
        if _on_a_capital_line(doc, text, m) and not _body_word(m.text, gaz):
            m.label = "PERSON"
