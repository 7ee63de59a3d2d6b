"""designations.v1: "OFAC is designating each of these individuals" makes a name-shaped paragraph subject that the
model read as a firm a designated person (invented text, issue 13)."""
from __future__ import annotations

import pytest

from graphbuild.extract.context import context_of, release_context
from graphbuild.extract.designations import extract_designations
from graphbuild.ingest.markup import strip_markup

pytestmark = pytest.mark.slow

RELEASE = """Treasury Sanctions Members of a Cybercrime Gang

WASHINGTON — Today, OFAC is designating three individuals who are part of the Moscow-based cybercrime gang Vexbot Group.

Vexbot Group Members

Vexbot Group is a ransomware gang. **Artem Bolotov** has been involved in development activity for the Vexbot Group. **Kirill Mazurov** laundered the gang's ransom payments. **Oleg Sukharev** has rented servers for the gang.

OFAC is designating each of these individuals pursuant to E.O. 13694.
"""


def _relations_with_a_firm(nlp, name: str) -> list:
    """The designations (and stated memberships) when the model had typed `name` as an organization."""
    plain, bold, headings = strip_markup(RELEASE)
    doc = nlp.make_doc(plain)
    doc.user_data["gb_meta"] = {"bold": [list(b) for b in bold], "headings": [list(h) for h in headings], "date": "2024-05-02"}
    doc = nlp(doc)
    ctx = context_of(doc)
    for cluster in ctx.resolver.clusters:
        if cluster.name == name:
            cluster.type = "Organization"  # the small model's mistake in a real release, reproduced
    try:
        return [r.to_json() for r in extract_designations(doc)]
    finally:
        release_context(doc)


def test_a_name_shaped_subject_of_these_individuals_is_a_person(nlp):
    relations = _relations_with_a_firm(nlp, "Artem Bolotov")
    designated = {(r["subject"]["name"], r["subject"]["type"]) for r in relations if r["relation"] == "designated_by"}
    assert designated == {("Artem Bolotov", "Person"), ("Kirill Mazurov", "Person"), ("Oleg Sukharev", "Person")}
    members = {r["subject"]["name"] for r in relations if r["relation"] == "holds_role"}
    assert members == {"Artem Bolotov", "Kirill Mazurov", "Oleg Sukharev"}
