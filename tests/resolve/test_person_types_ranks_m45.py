"""resolve/person_types reads its titles and ranks from one source (M45, eighteenth session, issue 13).

The abbreviations are `nlp.mention.TITLE_ABBREVIATIONS`, the whole ranks `nlp.mention.RANK_NOUNS`, the gazetteer's
honorifics and its `ranks_before_names` (the Spanish ranks moved there). Before, the module kept lists of its own that
lacked "Cpl.", "Marshal", "Mawlawi", "Hojatoleslam", ... Invented names; through `refine`, as tests/resolve/
test_person_types.py."""
from __future__ import annotations

import pytest

from graphbuild.records import Document, EntityRef, Evidence, Relation
from graphbuild.resolve.facts import refine


def _designated(text: str, name: str) -> list[tuple[str, str]]:
    ofac = EntityRef("Office of Foreign Assets Control", "PublicBody")
    rel = Relation("designated_by", EntityRef(name, "Organization"), ofac, [Evidence("A sentence.", 0, 11, "x")], 0.9)
    return [(r.subject.name, r.subject.type) for r in refine(Document("d1", text, "0", "d1"), [rel])]


@pytest.mark.parametrize("text, name", [
    ("Also sanctioned today is Cpl. Lars Udo.", "Lars Udo"),
    ("Also sanctioned today is Mawlawi Lars Udo.", "Lars Udo"),
    ("Also sanctioned today is Marshal Lars Udo.", "Lars Udo"),
    ("**Hojatoleslam Lars Udo Brenn** (Udo) runs the detention centre.", "Hojatoleslam Lars Udo Brenn"),
    ("**Comandante Lars Udo Brenn** (Udo) runs the detention centre.", "Comandante Lars Udo Brenn"),
])
def test_a_rank_of_the_one_source_before_the_name_makes_a_person(text, name):
    assert _designated(text, name) == [(name, "Person")]


def test_a_body_named_after_no_rank_stays_one():
    assert _designated("Brindle Sound was designated.", "Brindle Sound") == [("Brindle Sound", "Organization")]
