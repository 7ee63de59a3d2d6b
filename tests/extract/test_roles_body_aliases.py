"""A post's body named by the short name the document defined for it, or after a nationality adjective (invented
texts, issue 13): "Marsonde Company (Marsonde) ... the Deputy Director of Marsonde" (the model leaves the short name
untagged there), "a senior official of the Syrian SIS". Rules alone."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


def test_the_short_name_the_document_defined(nlp):
    assert rule_posts(nlp, "OFAC designated Marsonde Company (Marsonde) today. Russian national Pavel Dunin (Dunin) is the "
                           "Deputy Director of Marsonde and is involved in procurement.") == {
        ("Pavel Dunin", "Marsonde Company", "Deputy Director")}


def test_a_nationality_before_the_body(nlp):
    assert rule_posts(nlp, "The State Inspection Service (SIS) ran the prison. Lena Varga has a long history as a "
                           "senior official of the Syrian SIS.") == {
        ("Lena Varga", "State Inspection Service", "senior official")}


def test_a_nationality_before_a_place_is_no_body(nlp):
    """"an official of the Syrian government" names no body the model tagged: no post."""
    assert rule_posts(nlp, "Lena Varga is a senior official of the Syrian regime.") == set()
