"""designations.v1: one test (or parametrized case) per trigger of the module docstring, each on a short text written for it.

Every test asserts the exact set of scored facts (holds_role and designated_by) an analyst would record,
and the program / date / current fields where the text states them.
"""
from __future__ import annotations

import pytest

from graphbuild.ingest.markup import strip_markup

pytestmark = pytest.mark.slow

DB = "designated_by"
HR = "holds_role"
OFAC = "Office of Foreign Assets Control"
TREASURY = "U.S. Department of the Treasury"
STATE = "U.S. Department of State"
EU = "European Union"
RELEASE_DATE = "2024-02-23"


def test_active_designation_with_program(extract, facts, pick, show):
    text = ("Today, the Office of Foreign Assets Control (OFAC) is designating Sovcomflot pursuant to E.O. 14024 "
            "for operating in the marine sector of the Russian Federation economy.")
    relations = extract(text, {"date": RELEASE_DATE})
    facts(relations, {(DB, "Sovcomflot", OFAC, None)})
    rel = pick(relations, DB, "Sovcomflot", OFAC)
    assert rel["program"] == "E.O. 14024", show([rel])
    assert rel["current"] is True, show([rel])
    assert rel["date"] == RELEASE_DATE, show([rel])


def test_passive_designation_with_program(extract, facts, pick, show):
    text = ("The Treasury's Office of Foreign Assets Control took action today against corruption in Cambodia. "
            "Kun Kim was designated pursuant to E.O. 13818, which builds upon and implements the Global Magnitsky Act.")
    relations = extract(text, {"date": RELEASE_DATE})
    facts(relations, {(DB, "Kun Kim", OFAC, None)})
    rel = pick(relations, DB, "Kun Kim", OFAC)
    assert rel["program"] == "E.O. 13818", show([rel])
    assert rel["current"] is True, show([rel])


@pytest.mark.parametrize("text, expected", [
    pytest.param("Natalya Kochanova was also designated by the EU.",
                 {(DB, "Natalya Kochanova", EU, None)}, id="designated-by-the-eu"),
    pytest.param("Viktor Sheiman was sanctioned by the European Union for his role in the disappearance of opposition politicians.",
                 {(DB, "Viktor Sheiman", EU, None)}, id="sanctioned-by-the-european-union"),
])
def test_passive_with_agent(extract, facts, text, expected):
    facts(extract(text), expected)


@pytest.mark.parametrize("person", ["Andrey Turchak", "Elena Shmeleva"])
def test_state_department_designates_concurrently(extract, facts, pick, show, person):
    text = ("Today, OFAC is designating Tinkoff Bank pursuant to E.O. 14024. "
            f"Concurrently, the Department of State is designating {person} pursuant to E.O. 14024.")
    relations = extract(text, {"date": RELEASE_DATE})
    facts(relations, {(DB, "Tinkoff Bank", OFAC, None), (DB, person, STATE, None)})
    rel = pick(relations, DB, person, STATE)
    assert rel["program"] == "E.O. 14024", show([rel])
    assert rel["current"] is True and rel["date"] == RELEASE_DATE, show([rel])


@pytest.mark.parametrize("person", ["Ramzan Kadyrov", "Ella Pamfilova"])
def test_visa_restrictions_imposed_on(extract, facts, pick, show, person):
    text = (f"The Department of State today imposed visa restrictions on {person} under Section 7031(c) "
            "of the annual appropriations act.")
    relations = extract(text, {"date": RELEASE_DATE})
    facts(relations, {(DB, person, STATE, None)})
    rel = pick(relations, DB, person, STATE)
    assert rel["program"] == "Section 7031(c)", show([rel])
    assert "visa restriction" in rel["measures"], show([rel])
    assert rel["current"] is True, show([rel])


def test_added_to_the_sdn_list(extract, facts, pick, show):
    text = "OFAC today added Bank Saint Petersburg to the SDN List."
    relations = extract(text, {"date": RELEASE_DATE})
    facts(relations, {(DB, "Bank Saint Petersburg", OFAC, None)})
    assert pick(relations, DB, "Bank Saint Petersburg", OFAC)["current"] is True, show(relations)


@pytest.mark.parametrize("first, text, name", [
    pytest.param("Mahan Air Cargo",
                 "Today, OFAC designated Mahan Air Cargo. OFAC is also identifying the aircraft EP-MNB as blocked property.",
                 "EP-MNB", id="aircraft-registration"),
    pytest.param("Ocean Link Shipping LLC",
                 "Today, OFAC designated Ocean Link Shipping LLC. OFAC is also identifying the tanker Pacific Dawn as blocked property.",
                 "Pacific Dawn", id="named-tanker"),
    pytest.param("Ocean Link Shipping LLC",
                 "Today, OFAC designated Ocean Link Shipping LLC. OFAC is also identifying the tanker Ocean Star as blocked property.",
                 "Ocean Star", id="named-tanker-2"),
])
def test_vessel_or_aircraft_identified_as_blocked_property(extract, facts, pick, show, first, text, name):
    relations = extract(text, {"date": RELEASE_DATE})
    facts(relations, {(DB, first, OFAC, None), (DB, name, OFAC, None)})
    assert pick(relations, DB, name, OFAC)["subject"]["type"] == "Vessel", show(relations)


def test_earlier_designation_keeps_its_own_date(extract, facts, pick, show):
    text = ("Today, OFAC is designating Nord Axis Trading FZE pursuant to E.O. 13846 for buying Iranian petroleum. "
            "Its parent, Petro Gulf Holding, was previously designated on November 5, 2018, pursuant to E.O. 13846.")
    relations = extract(text, {"date": RELEASE_DATE})
    facts(relations, {(DB, "Nord Axis Trading FZE", OFAC, None), (DB, "Petro Gulf Holding", OFAC, None)})
    today = pick(relations, DB, "Nord Axis Trading FZE", OFAC)
    assert today["current"] is True and today["date"] == RELEASE_DATE, show([today])
    earlier = pick(relations, DB, "Petro Gulf Holding", OFAC)
    assert earlier["current"] is False, show([earlier])
    assert earlier["date"] in {"November 5, 2018", "2018-11-05"}, show([earlier])
    assert earlier["program"] == "E.O. 13846", show([earlier])


@pytest.mark.parametrize("text", [
    pytest.param("OFAC removed Ural Trade Company from the SDN List today.", id="removed-from-sdn-list"),
    pytest.param("Today, OFAC is also removing the designation of Ocean Star Shipping Ltd after a change in its ownership.",
                 id="removing-the-designation"),
    pytest.param("The Treasury Department lifted sanctions on Delta Maritime Ltd after it cut its ties to the network.",
                 id="lifted-sanctions"),
    pytest.param("OFAC today delisted Anton Volkov after reviewing his petition.", id="delisted"),
])
def test_delisting_yields_no_designation(extract, facts, text):
    facts(extract(text, {"date": RELEASE_DATE}), set())


def test_list_of_designees_in_one_sentence(extract, facts, pick, show):
    text = "Today, OFAC designated VTB Bank, Sovcombank, Novikombank and Otkritie Bank pursuant to E.O. 14024."
    relations = extract(text, {"date": RELEASE_DATE})
    names = ["VTB Bank", "Sovcombank", "Novikombank", "Otkritie Bank"]
    facts(relations, {(DB, n, OFAC, None) for n in names})
    assert all(pick(relations, DB, n, OFAC)["program"] == "E.O. 14024" for n in names), show(relations)


BOLD_RELEASE = """Treasury Targets Drone Procurement Network

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating {lead} that procure engines and navigation parts for drones.

Procurement Network

**Sahand Aviation Parts Company** is a Tehran-based supplier that bought engines from European distributors. **Bright Star Electronics Ltd** shipped navigation modules to Sahand Aviation Parts Company through Dubai.

**Kavian Trading Co.** and **Zenith Components FZE** arranged payments for the network. **Reza Sharifi** managed the accounts of Kavian Trading Co. from Istanbul.
"""


@pytest.mark.parametrize("lead", [
    pytest.param("four entities and one individual", id="designees-only-in-bold"),
    pytest.param("Sahand Aviation Parts Company, three other entities and one individual", id="first-designee-also-named"),
])
def test_bold_designees_in_a_release_that_designates(extract, facts, lead):
    plain, bold, headings = strip_markup(BOLD_RELEASE.format(lead=lead))
    relations = extract(plain, {"bold": [list(b) for b in bold], "headings": [list(h) for h in headings], "date": RELEASE_DATE})
    facts(relations, {
        (DB, "Sahand Aviation Parts Company", OFAC, None),
        (DB, "Bright Star Electronics Ltd", OFAC, None),
        (DB, "Kavian Trading Co.", OFAC, None),
        (DB, "Zenith Components FZE", OFAC, None),
        (DB, "Reza Sharifi", OFAC, None),
    })


def test_announcing_official_is_not_a_designee(extract, facts):
    text = ("Today, OFAC is designating Tinkoff Bank pursuant to E.O. 14024. "
            "\u201cRussia\u2019s banks keep financing this war,\u201d said Deputy Secretary of the Treasury Wally Adeyemo.")
    facts(extract(text, {"date": RELEASE_DATE}), {
        (DB, "Tinkoff Bank", OFAC, None),
        (HR, "Wally Adeyemo", TREASURY, "Deputy Secretary of the Treasury"),
    })


@pytest.mark.parametrize("text, expected", [
    pytest.param("Today, OFAC designated Sahand Trading Company, a Tehran-based exporter, pursuant to E.O. 13846.",
                 {(DB, "Sahand Trading Company", OFAC, None)}, id="place-in-appositive"),
    pytest.param("OFAC today sanctioned Istanbul-based Nova Logistics Ltd and Dubai-based Falcon Freight FZE.",
                 {(DB, "Nova Logistics Ltd", OFAC, None), (DB, "Falcon Freight FZE", OFAC, None)}, id="place-prefixes"),
    pytest.param("The officials responsible for the arrest of journalist Roman Protasevich were sanctioned by the EU.",
                 set(), id="victim-in-passive-subject"),
    pytest.param("Dmitry Klyuev and Olga Stepanova were designated by OFAC under the Sergei Magnitsky Rule of Law "
                 "Accountability Act of 2012.",
                 {(DB, "Dmitry Klyuev", OFAC, None), (DB, "Olga Stepanova", OFAC, None)}, id="law-named-after-a-victim"),
    pytest.param("Today, OFAC designated, under the Caesar Act, Orient Petroleum Company and Sham Holding Group.",
                 {(DB, "Orient Petroleum Company", OFAC, None), (DB, "Sham Holding Group", OFAC, None)},
                 id="law-inside-the-window"),
])
def test_laws_places_and_victims_are_not_designees(extract, facts, text, expected):
    facts(extract(text, {"date": RELEASE_DATE}), expected)


def test_a_name_modifying_a_topic_is_no_designee(extract, facts):
    """"designations targeting Iran's UAV program": the program is the topic; no body named "UAV" is designated
    (invented text, issue 13)."""
    relations = extract("Since 2022, OFAC has issued nine rounds of designations targeting Iran's UAV program. Today OFAC "
                        "designated Kestrel Aero Parts LLC.")
    facts(relations, {(DB, "Kestrel Aero Parts LLC", OFAC, None)}, kinds=(DB,))


EARLIER_YEAR_FRONTED = """State Department Targets Drone Parts Brokers

WASHINGTON - The Department of State today designated Marek Olvani Trading LLC under Executive Order 13382.

In 2022, the Department of State designated Ilsabet Coran, a broker based in Sharjah, for supplying drone parts.

In 2022 the Department of State designated Corvin Halask, and today it designated Yeral Motts, his partner.
"""


def test_a_fronted_earlier_year_makes_the_designation_not_todays(extract, facts, pick, show):
    """A year before the release's, set before the subject ("In 2022, the Department ... designated X"), dates that
    action: not current, dated 2022. Today's designation stays current, and a year of another clause of the same
    sentence stays with that clause's verb."""
    relations = extract(EARLIER_YEAR_FRONTED, {"date": RELEASE_DATE})
    names = ("Marek Olvani Trading LLC", "Ilsabet Coran", "Corvin Halask", "Yeral Motts")
    facts(relations, {(DB, name, STATE, None) for name in names}, kinds=(DB,))
    today = pick(relations, DB, "Marek Olvani Trading LLC", STATE)
    assert (today["current"], today["date"]) == (True, RELEASE_DATE), show([today])
    for name in ("Ilsabet Coran", "Corvin Halask"):
        earlier = pick(relations, DB, name, STATE)
        assert (earlier["current"], earlier["date"]) == (False, "2022"), show([earlier])
    partner = pick(relations, DB, "Yeral Motts", STATE)
    assert (partner["current"], partner["date"]) == (True, RELEASE_DATE), show([partner])


def test_a_fronted_year_of_the_release_itself_leaves_the_designation_current(extract, pick, show):
    """Only a year before the release's dates an action as earlier: "In 2024" in a 2024 release says nothing more."""
    text = "In 2024, the Department of State designated Ilsabet Coran, a broker based in Sharjah, for supplying drone parts."
    relations = extract(text, {"date": RELEASE_DATE})
    rel = pick(relations, DB, "Ilsabet Coran", STATE)
    assert (rel["current"], rel["date"]) == (True, RELEASE_DATE), show([rel])


def test_a_five_digit_number_dates_no_action_the_verb_governs(extract):
    """A describing date ("who died in 2022") sends `_details` to the dates the action's verb governs; a five-digit
    number the model tagged a DATE ("20220", a ZIP code's shape) is none there either (F1, tenth session: the second
    copy of the filter lacked the guard and dated the action "20220", past)."""
    doc_meta = {"date": "2026-09-14"}
    found = [r for r in extract("Tomas Ravel Dunmore, who died in 2022, was designated by the Department of the Treasury "
                                "in 20220.", doc_meta) if r["relation"] == "designated_by"]
    assert [(r["subject"]["name"], r["date"], r["current"]) for r in found] == [("Tomas Ravel Dunmore", "2026-09-14", True)], found
