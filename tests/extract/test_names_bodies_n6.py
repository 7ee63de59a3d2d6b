"""Body names the model cut in two are joined before posts are read (issue 13, N6; invented texts).

- "the Main Directorate | for the | Execution of Criminal Sentences": a name ending on a body's head noun goes on with
  "for/of the" and a capitalised name opening on no head noun of its own;
- "the Directorate of Artillery | and | Armour": one to three capitalised words after "and" close the name;
- "the Islamic State's | Khorasan Province": a branch named "Province" with its parent's possessive is one name;
- a second body ("of the Ministry of Justice", "and the Bureau for ...", "and OFAC designated ...") stays apart."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
DB = "designated_by"


@pytest.mark.parametrize("text, person, body, role", [
    ("Rustam Olimzoda (Olimzoda) is the deputy head of the Main Directorate for the Execution of Criminal Sentences "
     "of the Ministry of Justice.", "Rustam Olimzoda", "Main Directorate for the Execution of Criminal Sentences",
     "deputy head"),
    ("Tarek Haddour is the head of the Directorate of Artillery and Armour, which buys rockets abroad.",
     "Tarek Haddour", "Directorate of Artillery and Armour", "head"),
    ("Farid Nazarzai is a senior commander of the Islamic State's Khorasan Province (ISIS-K), the group's branch in "
     "the region.", "Farid Nazarzai", "Islamic State's Khorasan Province", "senior commander"),
], ids=["for-the-tail", "and-tail", "parent-province"])
def test_a_post_at_the_whole_body_name(extract, facts, text, person, body, role):
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))


def test_a_second_body_stays_apart(extract, facts):
    text = "Tomas Reeder is the director of the Bureau for Coastal Affairs and the Bureau for Inland Waterways."
    facts(extract(text), {(HR, "Tomas Reeder", "Bureau for Coastal Affairs", "director"),
                          (HR, "Tomas Reeder", "Bureau for Inland Waterways", "director")}, kinds=(HR,))


def test_an_acronym_after_and_is_no_tail(extract, facts):
    text = "Ali Zandvakili is an official of the Ministry of Energy and OFAC designated him on May 4, 2025."
    facts(extract(text), {(HR, "Ali Zandvakili", "Ministry of Energy", "official"),
                          (DB, "Ali Zandvakili", "Office of Foreign Assets Control", None)}, kinds=(HR, DB))
