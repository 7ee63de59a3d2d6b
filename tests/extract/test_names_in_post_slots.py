"""Names the model leaves untagged or reads as a nationality where a post names their holder (invented texts, issue 13):
the gapped items of "where A is the General Manager, B the COO and C the CEO", and a name between commas after a
title that opens the sentence ("The Russian Deputy Minister of Energy, B, signed"). Rules alone."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


def test_each_gapped_item_is_a_holder(nlp):
    """The model tags the second name nothing and the third a nationality here."""
    assert rule_posts(nlp, "He also controls Tarsis Logistics, where Amir Sohrabi is the General Manager, Leyla Karimi the "
                           "Chief Operating Officer and Hadi Nasseri the Chief Executive Officer.") == {
        ("Amir Sohrabi", "Tarsis Logistics", "General Manager"),
        ("Leyla Karimi", "Tarsis Logistics", "Chief Operating Officer"),
        ("Hadi Nasseri", "Tarsis Logistics", "Chief Executive Officer")}


def test_a_name_between_commas_after_an_opening_title(nlp):
    assert rule_posts(nlp, "The Russian Deputy Minister of Energy, Oleg Brant, signed the decree.") == {
        ("Oleg Brant", "Russia's Ministry of Energy", "Deputy Minister of Energy")}


def test_a_field_list_after_a_title_stays_a_field_list(nlp):
    """"Minister of Finance, Investments, and Strategic Alliances": the capitalised items after the title's comma are
    its fields, not a name (no determiner and post after them, no comma closing an aside)."""
    assert rule_posts(nlp, "Petr Halas is the Minister of Finance, Investments, and Strategic Alliances.") == {
        ("Petr Halas", "Ministry of Finance, Investments, and Strategic Alliances", "Minister of Finance, Investments, and Strategic Alliances")}
