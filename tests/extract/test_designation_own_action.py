"""Another government's release states its own action with a verb that is no designation verb (twenty-fifth session,
SB, from unread_af): "The Council today adopted restrictive measures against ...", "Today I am announcing targeted
financial sanctions ... on ...". Its list is its own, not the government whose earlier listing it recalls ("The
Council recalls that the United Kingdom listed X in July") nor the Treasury it names for an earlier action; a first
person whose body the release does not name gives the list no body. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
run = partial(extract_markdown, date="2026-06-02")


def designations(relations: list[dict]) -> set[tuple[str, str]]:
    return {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == DB}


COUNCIL = """# Illegal logging in the river basin: Council lists three individuals and one entity

*Council of the European Union — Press release*

The Council today adopted restrictive measures against three individuals and one entity responsible for the illegal felling and export of protected hardwood from the river basin.

The persons listed are:

- **Tavo Renkel Morrask**, the owner of a sawmill who pays the armed escorts of the convoys;
- **Ilsabet Quorne**, his business partner, who keeps the convoy accounts;
- **Dargan Velloup**, a customs officer who clears the timber at the border.

The entity listed is **Brevik Hardwood Export SARL**, a company that ships the logs abroad.

The Council recalls that the United Kingdom listed Tavo Renkel Morrask in July under its global anti-corruption regime.
"""


def test_a_council_list_is_the_councils_not_the_recalled_uk_listing(extract):
    found = designations(run(extract, COUNCIL))
    council = "Council of the European Union"
    assert {("Tavo Renkel Morrask", council), ("Ilsabet Quorne", council), ("Dargan Velloup", council),
            ("Brevik Hardwood Export SARL", council)} <= found
    assert {name for name, body in found if body == "United Kingdom"} <= {"Tavo Renkel Morrask"}  # its own sentence


MINISTER = """# Sanctions on those behind the theft of pension records

*Media release — Minister for Foreign Affairs*

Today I am announcing targeted financial sanctions and travel bans on three individuals and one company under the cyber sanctions framework.

The individuals sanctioned are:

- **Oskar Venn Halloran**, the leader of the group;
- **Mirela Zsolt Tanovic**, who laundered the proceeds;
- **Pieter Aldous Kranc**, who sold the records.

The entity sanctioned is **Halloran Data Brokers SRL**, a company through which the group was paid.

The United States Treasury designated Oskar Venn Halloran and Halloran Data Brokers SRL in March for earlier intrusions.
"""


def test_a_ministers_list_is_not_the_treasurys_earlier_action(extract):
    found = designations(run(extract, MINISTER))
    treasury = {name for name, body in found if "Treasury" in body or body == "Office of Foreign Assets Control"}
    assert treasury <= {"Oskar Venn Halloran", "Halloran Data Brokers SRL"}  # the sentence that names the Treasury
    assert not {name for name, _ in found} & {"Mirela Zsolt Tanovic", "Pieter Aldous Kranc"}


US_STORY = """The United States today imposed sanctions on Garrow Velt Ostrand, a timber trader, the Treasury said.

The Treasury's Office of Foreign Assets Control said Ostrand paid armed escorts for illegal convoys.
"""


def test_the_home_countrys_imposed_sanctions_are_read_as_before(extract):
    found = designations(run(extract, US_STORY))
    assert found and all(body != "Council of the European Union" for _, body in found)


FACT_SHEET = """# Fact Sheet: Actions Against a Charcoal Smuggling Network

*Bureau of African Affairs, U.S. Department of State*

Today the United States is taking coordinated action against a network that smuggles charcoal across the gulf.

The Department of State is designating one official for his involvement in significant corruption, and the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating the network's leader and its company.

## Today's designations

| Name | Position or description | Designated by |
|---|---|---|
| **Ostrem Kalvadi Noor** | Leader of the network | OFAC |
| **Kalvadi Coastal Freight Ltd** | Dhow operator | OFAC |
| **Jorund Aster Mbeki** | Former port inspector | State (7031(c)) |

The persons designated by OFAC are blocked; the person designated by State is ineligible for entry into the United States.
"""


def test_a_table_row_names_its_own_designating_body(extract):
    found = designations(run(extract, FACT_SHEET))
    ofac, state = "Office of Foreign Assets Control", "U.S. Department of State"
    assert {("Ostrem Kalvadi Noor", ofac), ("Kalvadi Coastal Freight Ltd", ofac), ("Jorund Aster Mbeki", state)} <= found
    assert ("Ostrem Kalvadi Noor", state) not in found and ("Kalvadi Coastal Freight Ltd", state) not in found


NOT_A_SUBJECT = """# Terrorist Designation of a Charity Fund Diverter

*Media Note, Office of the Spokesperson, U.S. Department of State*

The Department of State is designating **Varun Teodor Halsk** as a Specially Designated Global Terrorist. Halsk diverted the donations of a relief appeal to armed commanders.

His cousin, **Meriel Ostvard Lune**, a captain in the coast guard, is not a subject of today's action; the Department has no information that she knew of the scheme.

Halsk's designation was coordinated with the Department of the Treasury's Office of Foreign Assets Control, which is separately adding to the Specially Designated Nationals and Blocked Persons List his collection front, **Tarnwell Relief Circle**, as an entity owned or controlled by him.
"""


def test_a_name_that_is_not_a_subject_of_todays_action_is_no_designee(extract):
    found = designations(run(extract, NOT_A_SUBJECT))
    assert ("Varun Teodor Halsk", "U.S. Department of State") in found
    assert not {body for name, body in found if name == "Meriel Ostvard Lune"}


def test_the_body_adding_a_bold_name_to_the_sdn_list_in_a_relative_clause_designates_it(extract):
    found = designations(run(extract, NOT_A_SUBJECT))
    assert ("Tarnwell Relief Circle", "Office of Foreign Assets Control") in found
    assert ("Tarnwell Relief Circle", "U.S. Department of State") not in found
