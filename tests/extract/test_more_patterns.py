"""Rules added while tuning on real releases: each with its own small text written for it."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR, DB = "holds_role", "designated_by"
OFAC = "Office of Foreign Assets Control"
TREASURY = "U.S. Department of the Treasury"
DATE = "2025-03-04"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Russian President Vladimir Putin met the envoy in Moscow on Monday.",
                 {(HR, "Vladimir Putin", "Government of Russia", "President")}, id="demonym-head-of-state"),
    pytest.param("Defense Minister Sergei Shoigu inspected the troops.",
                 {(HR, "Sergei Shoigu", "Ministry of Defense", "Defense Minister")}, id="field-before-minister"),
    pytest.param("Iran's Foreign Minister Mohammad Javad Zarif rejected the claim.",
                 {(HR, "Mohammad Javad Zarif", "Iran's Ministry of Foreign Affairs", "Foreign Minister")}, id="possessive-field-minister"),
    pytest.param("Aleksandar Vulin was Minister of Defense and Minister of the Interior before he led the agency.",
                 {(HR, "Aleksandar Vulin", "Ministry of Defense", "Minister of Defense"),
                  (HR, "Aleksandar Vulin", "Ministry of the Interior", "Minister of the Interior")}, id="two-ministries-in-a-row"),
    pytest.param("Roberto José Rivas Reyes, president of Nicaragua's Supreme Electoral Council, denied the report.",
                 {(HR, "Roberto José Rivas Reyes", "Supreme Electoral Council", "president")}, id="country-possessive-body"),
    pytest.param("Jose Luis Ibarra Solis (Ibarra Solis), a.k.a. “El Maestro,” is the head of Carteles del Sur.",
                 {(HR, "Jose Luis Ibarra Solis", "Carteles del Sur", "head")}, id="aka-nickname-before-copula"),
    pytest.param("Viktor Lomov (Lomov)is a co-founder of Kryptonex.",
                 {(HR, "Viktor Lomov", "Kryptonex", "co-founder")}, id="glued-alias-parenthesis"),
    pytest.param("Dmitri Volkov is a co-owner and regional director of Kryptonex.",
                 {(HR, "Dmitri Volkov", "Kryptonex", "co-owner"), (HR, "Dmitri Volkov", "Kryptonex", "regional director")},
                 id="titles-share-the-organization"),
    pytest.param("The Ochoa DTO is run by Miguel Angel Ochoa Ruiz.",
                 {(HR, "Miguel Angel Ochoa Ruiz", "Ochoa DTO", "head")}, id="passive-run-by"),
])
def test_role_patterns(extract, facts, text, expected):
    facts(extract(text), expected)


def test_quoted_under_secretary_in_bold_is_an_official_not_a_designee(extract, facts):
    from graphbuild.ingest.markup import strip_markup

    text, bold, headings = strip_markup(
        "WASHINGTON — Today, OFAC sanctioned Kuibyshev Refining Company pursuant to E.O. 14024.\n\n"
        "“We will keep acting,” said **Under Secretary for Terrorism and Financial Intelligence Jane Q. Doe**.\n")
    relations = extract(text, {"bold": [list(b) for b in bold], "headings": [list(h) for h in headings], "date": DATE})
    facts(relations, {(HR, "Jane Q. Doe", TREASURY, "Under Secretary for Terrorism and Financial Intelligence"),
                      (DB, "Kuibyshev Refining Company", OFAC, None)})


@pytest.mark.parametrize("text, expected", [
    pytest.param("Today, OFAC designated three shipping firms. The list includes Sun Ocean Shipping LLC; Red Gulf Marine Co.; "
                 "and Pacific Star Logistics Ltd.",
                 {(DB, "Sun Ocean Shipping LLC", OFAC, None), (DB, "Red Gulf Marine Co.", OFAC, None),
                  (DB, "Pacific Star Logistics Ltd.", OFAC, None)}, id="the-list-includes"),
    pytest.param("The Council of the European Union imposed restrictive measures on Belneftekhim Trading Company on Monday.",
                 {(DB, "Belneftekhim Trading Company", "Council of the European Union", None)}, id="restrictive-measures-on"),
    pytest.param("Today, OFAC designated Orion Metals Company along with its owner, Dmitri Kovalenko, pursuant to E.O. 14024.",
                 {(DB, "Orion Metals Company", OFAC, None), (DB, "Dmitri Kovalenko", OFAC, None),
                  (HR, "Dmitri Kovalenko", "Orion Metals Company", "owner")}, id="along-with"),
    pytest.param("Today, OFAC sanctioned senior officials of the Government of Venezuela pursuant to E.O. 13692.",
                 set(), id="body-inside-a-noun-phrase"),
    pytest.param("Treasury Sanctions Iranian Drone Suppliers\n\nThe release follows months of reporting.",
                 set(), id="headline-is-not-a-statement"),
])
def test_designation_patterns(extract, facts, text, expected):
    facts(extract(text, {"date": DATE}), expected)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Today, OFAC also sanctioned three companies in the gems sector that the army controls: Golden Ruby Mining Company, "
                 "Imperial Jade Trading Co. and Cancri Gems Company.",
                 {(DB, "Golden Ruby Mining Company", OFAC, None), (DB, "Imperial Jade Trading Co.", OFAC, None),
                  (DB, "Cancri Gems Company", OFAC, None)}, id="colon-list-in-the-sentence"),
    pytest.param("Today, OFAC is designating the following two refineries pursuant to E.O. 14024:\n"
                 "- Volga Refining Company operates a plant near Samara.\n"
                 "- Ural Oil Processing Company ships diesel by rail.\n"
                 "The designations follow earlier actions.",
                 {(DB, "Volga Refining Company", OFAC, None), (DB, "Ural Oil Processing Company", OFAC, None)}, id="bullet-items-after-a-colon"),
    pytest.param("OFAC acted under a new authority: the Kremlin Accountability Act.", set(), id="colon-without-a-counted-object"),
])
def test_designees_listed_after_a_colon(extract, facts, text, expected):
    facts(extract(text, {"date": DATE}), expected)


@pytest.mark.parametrize("text, expected", [
    pytest.param("The United States imposed sanctions on President Vladimir Putin of Russia on Friday.",
                 {(HR, "Vladimir Putin", "Government of Russia", "President"),
                  # the country's own action, no U.S. body named: its government's, as "The United States designated X" (M44)
                  (DB, "Vladimir Putin", "United States Government", None)}, id="country-after-the-name"),
    pytest.param("Alexey Miller, who heads the state gas giant Gazprom, spoke on Monday.",
                 {(HR, "Alexey Miller", "Gazprom", "head")}, id="who-heads-with-descriptors"),
])
def test_more_role_contexts(extract, facts, text, expected):
    facts(extract(text), expected)


def test_adjectives_and_compounds_stay_in_the_title(extract, facts):
    text = "Patrick Mwamba Ilunga (Mwamba) is the FDLR’s civilian spokesperson and a public relations officer for the Lake Kivu Alliance."
    facts(extract(text), {(HR, "Patrick Mwamba Ilunga", "FDLR", "civilian spokesperson"),
                          (HR, "Patrick Mwamba Ilunga", "Lake Kivu Alliance", "public relations officer")})


def test_a_name_after_x_based_is_an_organization(extract):
    relations = extract("Today, OFAC designated the Lima-based Distribuidora Santa Rosa pursuant to E.O. 13224.", {"date": DATE})
    assert [(r["subject"]["name"], r["subject"]["type"]) for r in relations if r["relation"] == DB] == [("Distribuidora Santa Rosa", "Organization")]
