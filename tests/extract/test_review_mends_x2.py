"""Review mends X2 (twenty-second session, issue 13) of M's body-kind cues: a person-shaped name after "<place>-based"
with a person's relative "who" stays a person (it was typed a firm and lost its post), and "maker"/"broadcaster"
describe people too ("policy maker X", "veteran broadcaster X"), so they no longer make the name after them a body.
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


@pytest.mark.parametrize("text, person, body, role", [
    ("Longtime policy maker Halina Vorsk is the deputy governor of the Ostrela Central Bank.",
     "Halina Vorsk", "Ostrela Central Bank", "deputy governor"),
    ("Seasoned deal maker Halina Vorsk is the chairman of Kordel Freight LLC.", "Halina Vorsk", "Kordel Freight LLC", "chairman"),
    ("Halina Vorsk, the maker of a documentary on the war, is a member of the Ostrela Writers Union.",
     "Halina Vorsk", "Ostrela Writers Union", "member"),
    ("Veteran broadcaster Halina Vorsk is the chairman of Kordel Freight LLC.", "Halina Vorsk", "Kordel Freight LLC", "chairman")])
def test_maker_and_broadcaster_describe_people_too(extract, facts, cluster_types, text, person, body, role):
    """"policy maker X", "X, the maker of a film", "veteran broadcaster X": the noun was read as a body's kind, X typed
    a body and the post lost."""
    assert cluster_types(text)[person] == "Person"
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))


@pytest.mark.parametrize("text, body, person, role", [
    ("Kordel Varsk, a Tallinn instrument manufacturer, supplied the radios. Its general director, Eero Vasklund, signed the orders.",
     "Kordel Varsk", "Eero Vasklund", "general director"),
    ("The broadcaster Radio Velka Ostrela aired the statement. Its director, Halina Vorsk, read it.",
     "Radio Velka Ostrela", "Halina Vorsk", "director")])
def test_a_body_described_by_its_kind_stays_a_body(extract, facts, cluster_types, text, body, person, role):
    """Guard: "X, a ... manufacturer" still makes X a body, and a broadcaster's name holding "Radio" stays one."""
    assert cluster_types(text)[body] == "Organization"
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))
