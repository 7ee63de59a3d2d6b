"""coref: surnames resolve to the full name, acronyms to their expansion, and a bare surname is never a name."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
DB = "designated_by"
OFAC = "Office of Foreign Assets Control"


def names(relations: list[dict]) -> set[str]:
    return {r[side]["name"] for r in relations for side in ("subject", "object")}


@pytest.mark.parametrize("full, surname, org", [
    ("Yevgeny Prigozhin", "Prigozhin", "Wagner Group"),
    ("Alexander Bortnikov", "Bortnikov", "Federal Security Service"),
])
def test_surname_after_first_mention_resolves_to_the_full_name(extract, facts, full, surname, org):
    text = (f"Today, OFAC designated {full} pursuant to E.O. 14024. "
            f"{surname}, who heads the {org}, approved the recruitment of fighters from Russian prisons.")
    relations = extract(text, {"date": "2023-01-26"})
    facts(relations, {(DB, full, OFAC, None), (HR, full, org, "head")})
    assert surname not in names(relations)


def test_surname_as_later_designee_resolves_to_the_full_name(extract, facts):
    text = ("Dmitry Utkin is the commander of the Wagner Group. "
            "OFAC is also designating Utkin pursuant to E.O. 14024.")
    relations = extract(text, {"date": "2023-01-26"})
    facts(relations, {(HR, "Dmitry Utkin", "Wagner Group", "commander"), (DB, "Dmitry Utkin", OFAC, None)})


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) acted today against a shipping network. "
        "OFAC is designating Ocean Crest Maritime Ltd pursuant to E.O. 13846.",
        {(DB, "Ocean Crest Maritime Ltd", OFAC, None)}, id="ofac"),
    pytest.param(
        "The Islamic Revolutionary Guard Corps (IRGC) controls much of the economy. "
        "Hossein Salami is the commander in chief of the IRGC.",
        {(HR, "Hossein Salami", "Islamic Revolutionary Guard Corps", ("commander in chief", "commander"))}, id="irgc"),
    pytest.param(
        "The Central Bank of Nicaragua (BCN) holds the state's reserves. "
        "Leonardo Reyes is the president of the BCN.",
        {(HR, "Leonardo Reyes", "Central Bank of Nicaragua", "president")}, id="bcn"),
])
def test_acronym_resolves_to_its_expansion(extract, facts, text, expected):
    relations = extract(text, {"date": "2024-02-23"})
    facts(relations, expected)
    acronym = re.search(r"\(([A-Z]{2,})\)", text).group(1)
    assert acronym not in names(relations)


SURNAME_TEXT = (
    "Today, OFAC designated Andrei Kostin, the chairman of VTB Bank, and Alexey Miller, the chief executive of Gazprom. "
    "Miller met Putin in Sochi last month, and Miller later told reporters "
    "that Mr. Kostin was not involved. Kostin said Shoigu had approved the plan."
)


def test_no_bare_surname_is_ever_a_subject_or_object(extract):
    relations = extract(SURNAME_TEXT, {"date": "2024-02-23"})
    bare = {"Kostin", "Miller", "Putin", "Shoigu", "Mr. Kostin"}
    found = names(relations) & bare
    assert not found, f"bare surnames used as names: {found}"
    people = {r[side]["name"] for r in relations for side in ("subject", "object") if r[side]["type"] == "Person"}
    assert all(len(n.split()) >= 2 for n in people), people


def test_full_names_carry_the_designations_and_posts_of_that_text(extract, facts):
    relations = extract(SURNAME_TEXT, {"date": "2024-02-23"})
    facts(relations, {
        (DB, "Andrei Kostin", OFAC, None),
        (DB, "Alexey Miller", OFAC, None),
        (HR, "Andrei Kostin", "VTB Bank", "chairman"),
        (HR, "Alexey Miller", "Gazprom", "chief executive"),
    })
