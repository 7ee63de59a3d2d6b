"""Review mends X2 (twenty-second session, issue 13) of M's body-kind cues: a person-shaped name after "<place>-based"
with a person's relative "who" stays a person (it was typed a firm and lost its post).
Invented one-sentence texts; exact relations, and the kinds the cues must keep."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
DB = "designated_by"
OFAC = "Office of Foreign Assets Control"


@pytest.mark.parametrize("text, person, firm, role", [
    ("Today, OFAC designated Tallinn-based Eero Vasklund, who is the managing director of Kordel Freight LLC.",
     "Eero Vasklund", "Kordel Freight LLC", "managing director"),
    ("The department also designated Marsa-based Idris Venhaal, who is the director of Sorvik Marine Ltd.",
     "Idris Venhaal", "Sorvik Marine Ltd.", "director")])
def test_a_based_person_with_who_keeps_the_post(extract, facts, cluster_types, text, person, firm, role):
    """"<place>-based A B, who is the director of Y": firms are based somewhere, but so are people; the relative "who"
    says a person, and typed a firm the name lost its post."""
    assert cluster_types(text)[person] == "Person"
    expected = {(HR, person, firm, role)} | ({(DB, person, OFAC, None)} if "OFAC" in text else set())
    facts(extract(text), expected, kinds=(HR, DB))


@pytest.mark.parametrize("text, name, kind", [
    ("Today, OFAC designated Tallinn-based Kordel Varsk, which shipped the fuel.", "Kordel Varsk", "Organization"),
    ("Today, OFAC designated Tallinn-based Eero Vasklund Holding, which is owned by Kordel Freight LLC.",
     "Eero Vasklund Holding", "Company")])
def test_a_based_name_without_a_person_cue_stays_a_firm(extract, facts, cluster_types, text, name, kind):
    """Guard: "<place>-based X, which ..." and a name holding a company word stay bodies."""
    assert cluster_types(text)[name] == kind
    facts(extract(text), {(DB, name, OFAC, None)}, kinds=(HR, DB))
