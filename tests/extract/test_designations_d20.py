"""Wrong designations of the brief's open classes, sixteenth session (issue 13, D20).

- "in coordination with the United Kingdom, which separately sanctioned X": the relative clause's verb acts for its
  antecedent, the United Kingdom, not for the sentence's other body (OFAC took X as its own).
- "the Republic of Korea's Ministry of Foreign Affairs designated Y": another government's body the gazetteers do not
  know acts; OFAC does not.
- "OFAC designated Z on March 10, 2026" in the release of March 10, 2026: today's action, not an earlier one.
- "X (POB Varnik City, Dorvan)": the place in an identifier field opened by a parenthesis is no designee.

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"

run = partial(extract_markdown, date="2026-03-10")

HEAD = "# Treasury Sanctions Smuggling Network\n\nMarch 10, 2026\n\n"
TAIL = "\n\nAs a result of today's action, all property and interests in property of the persons named above are blocked.\n"


def _designations(extract, body: str) -> dict[tuple[str, str], dict]:
    return {(r["subject"]["name"], r["object"]["name"]): r for r in run(extract, HEAD + body + TAIL) if r["relation"] == DB}


def test_relative_clause_acts_for_its_antecedent(extract):
    found = _designations(extract, "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets "
                          "Control (OFAC) designated Halvard Ostrin Mekkelsen, who leads a smuggling network. OFAC took "
                          "this action in coordination with the United Kingdom, which separately sanctioned Pellor Tiskan "
                          "Arvedi and Varnstad Freight Lines.")
    assert set(found) == {("Halvard Ostrin Mekkelsen", OFAC), ("Pellor Tiskan Arvedi", "United Kingdom"),
                          ("Varnstad Freight Lines", "United Kingdom")}


def test_another_governments_ministry_designates(extract):
    found = _designations(extract, "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets "
                          "Control (OFAC) sanctioned Corvin Aldo Pestrel, an arms broker. On the same day, the Republic "
                          "of Korea's Ministry of Foreign Affairs designated Ondrak Silvo Bareth and Kestrel Marine "
                          "Trading Company.")
    assert set(found) == {("Corvin Aldo Pestrel", OFAC)}


def test_a_us_bureau_subject_still_designates(extract):
    """Guard: a U.S. body as the subject is no other government's ("the U.S. Department of Commerce's Bureau ...")."""
    found = _designations(extract, "WASHINGTON — Today, the U.S. Department of Commerce's Bureau of Industry and "
                          "Security designated Ondrak Silvo Bareth. The Department of the Treasury's Office of Foreign "
                          "Assets Control (OFAC) sanctioned Corvin Aldo Pestrel, an arms broker.")
    assert set(found) == {("Ondrak Silvo Bareth", "Bureau of Industry and Security"), ("Corvin Aldo Pestrel", OFAC)}


def test_the_release_day_written_out_is_today(extract):
    found = _designations(extract, "WASHINGTON — The Department of the Treasury's Office of Foreign Assets Control "
                          "(OFAC) designated Teodor Malvin Quarrest on March 10, 2026, for his role in shipping oil. OFAC "
                          "designated Brisk Harbor Fuel Trading LLC on March 3, 2026, for shipping the oil.")
    today = found[("Teodor Malvin Quarrest", OFAC)]
    assert (today["current"], today["date"]) == (True, "2026-03-10")
    earlier = found[("Brisk Harbor Fuel Trading LLC", OFAC)]
    assert earlier["current"] is False


def test_place_in_identifier_parentheses_is_no_designee(extract):
    found = _designations(extract, "WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets "
                          "Control (OFAC) designated Halvard Ostrin Mekkelsen (POB Varnik City, Dorvan) and Varnstad "
                          "Freight Lines (place of registration Dorvan).")
    assert set(found) == {("Halvard Ostrin Mekkelsen", OFAC), ("Varnstad Freight Lines", OFAC)}


def test_list_goes_on_after_a_subordinate_aside(extract):
    """"OFAC designated A, before he fled to Y, and B": B is designated too; a name inside the aside is not."""
    found = _designations(extract, "WASHINGTON — Today, OFAC designated Marek Ilvo Dunstan, after he met Ansel Corrow "
                          "Pike in Orvania, and Pell Ostrand Kivi, his deputy, for their roles in the cartel. OFAC also "
                          "designated Tamsin Oda Vell, before she fled to Orvania, and Varnstad Freight Lines.")
    assert set(found) == {("Marek Ilvo Dunstan", OFAC), ("Pell Ostrand Kivi", OFAC), ("Tamsin Oda Vell", OFAC),
                          ("Varnstad Freight Lines", OFAC)}


def test_another_governments_action_is_dated_by_its_own_clause(extract):
    """"Today" in OFAC's clause does not make the European Union's action of the same sentence today's, and a year
    describing the designee ("founded in 2015") is no date of the action; "On the same day" on the action's own verb
    still is."""
    found = _designations(extract, "WASHINGTON — Today, OFAC also designated Ansel Corrow Pike; the European Union has "
                          "sanctioned his company, Varnstad Freight Lines. The United Kingdom has sanctioned Brisk Harbor "
                          "Fuel Trading LLC, which was founded in 2015. On the same day, Canada imposed sanctions on "
                          "Pellor Tiskan Arvedi.")
    assert (found[("Varnstad Freight Lines", "European Union")]["current"],
            found[("Varnstad Freight Lines", "European Union")]["date"]) == (False, None)
    assert (found[("Brisk Harbor Fuel Trading LLC", "United Kingdom")]["current"],
            found[("Brisk Harbor Fuel Trading LLC", "United Kingdom")]["date"]) == (False, None)
    assert (found[("Pellor Tiskan Arvedi", "Canada")]["current"],
            found[("Pellor Tiskan Arvedi", "Canada")]["date"]) == (True, "2026-03-10")


def test_a_title_abbreviation_after_and_opens_a_second_name(extract):
    """"Amb. A and Capt. B": the run of proper nouns stops before the second title; no name "A and Capt. B"."""
    relations = run(extract, HEAD + "WASHINGTON — Today, OFAC designated Amb. Vantry and Capt. Maddow, who organized "
                    "the blockade." + TAIL)
    assert not [r for r in relations if " and " in r["subject"]["name"] or " and " in r["object"]["name"]]
