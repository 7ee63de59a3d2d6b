"""roles.v1: review V6's wrong posts mended, fourteenth session (issue 13, M12; invented texts).

- the head of a unit of a body named by its noun ("heads the ministry's legal department", "chairs the company's
  audit committee") holds a post at the body (GUIDELINES: an unnamed sub-unit gives the body it belongs to) whose
  role names the unit, not the body's head post;
- a past deputy ("A's deputy until 2018", "his deputy for two years, B, resigned") is no current deputy;
- "Its director is <descriptor> W's nephew, X": the post is X's, never W's."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person, body, role", [
    ("The Ministry of Water of Tervania builds dams. Marta Ilvenko Sarb heads the ministry's procurement department.",
     "Marta Ilvenko Sarb", "Ministry of Water of Tervania", "head of the procurement department"),
    ("Quillon Cement Ltd sells clinker. Marta Ilvenko Sarb chairs the company's audit committee.",
     "Marta Ilvenko Sarb", "Quillon Cement Ltd", "chairman of the audit committee"),
    ("The Ministry of Water of Tervania builds dams. Marta Ilvenko Sarb runs the ministry's press office.",
     "Marta Ilvenko Sarb", "Ministry of Water of Tervania", "head of the press office"),
], ids=["heads-the-ministrys-department", "chairs-the-companys-committee", "runs-the-ministrys-office"])
def test_the_head_of_a_unit_is_no_head_of_the_body(extract, text, person, body, role):
    found = {(r["subject"]["name"], r["object"]["name"], r["role"], r["role_class"]) for r in extract(text)
             if r["relation"] == HR}
    assert found == {(person, body, role, "official")}


@pytest.mark.parametrize("text", [
    "Borek Anselm Trava is the head of the Lindral Customs Post. Jovan Elric Pask, Trava's deputy until 2019, now "
    "farms olives.",
    "Borek Anselm Trava is the head of the Lindral Customs Post. His deputy for three years, Jovan Elric Pask, "
    "resigned in 2016.",
], ids=["deputy-until", "deputy-for-years"])
def test_a_past_deputy_is_no_current_deputy(extract, text):
    found = {(r["subject"]["name"], r["role"], r["current"]) for r in extract(text) if r["relation"] == HR}
    assert ("Jovan Elric Pask", "deputy", True) not in found, found
    assert ("Borek Anselm Trava", "head", True) in found, found


def test_the_director_is_the_nephew_not_the_uncle(extract):
    text = "Quillon Cement Ltd sells clinker. Its director is Maltese banker Corvin Deltay's nephew, Ansel Mirk Oban."
    found = {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in extract(text) if r["relation"] == HR}
    assert ("Corvin Deltay", "Quillon Cement Ltd", "director") not in found, found
    assert found <= {("Ansel Mirk Oban", "Quillon Cement Ltd", "director")}, found
