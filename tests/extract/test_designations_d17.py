"""Designations in news stories and State notes, thirteenth session (issue 13, D17).

- "The United States and Britain imposed sanctions on X", "X was sanctioned by the United States and Britain": X is
  designated by the U.S. body and by Britain (each target gets every authority the text gives it).
- "Two officials of X Ltd, A and B, were also sanctioned": A and B are designated (the parser hangs A on X as a
  conjunct), X is not.
- "sanctioned seven members of the X group" after a headline naming X: X is no designee (a name inside a phrase).
- "The United States sanctioned a customs broker and two companies ... . The Treasury said X, who ..., used ...": X,
  the subject the body reports on right after a lead that only describes its targets, is designated.
- "X, ..., was also named.", "Y was named as well.", "His daughter, Z, was also hit.": one more designee.

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

TREASURY = "U.S. Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
UK = "United Kingdom"
STATE = "U.S. Department of State"

run = partial(extract_markdown, date="2026-03-03")


JOINT = """# U.S. and Britain sanction Brantovian port operators

WASHINGTON, March 3 - The United States and Britain imposed sanctions on Lusk Maritime Agency, a shipping agent in Port Verran, accusing it of moving arms to rebels in the north.

Tavros Marine LLC was sanctioned by the United States and Britain for chartering the ships.

Britain and the U.S. also blacklisted Pemberly Logistics Ltd, the Treasury Department said.
"""


def test_the_united_states_and_britain_as_actors_give_each_target_both_bodies(extract, designated):
    assert designated(run(extract, JOINT)) == {
        ("Lusk Maritime Agency", TREASURY), ("Lusk Maritime Agency", UK),
        ("Tavros Marine LLC", TREASURY), ("Tavros Marine LLC", UK),
        ("Pemberly Logistics Ltd", TREASURY), ("Pemberly Logistics Ltd", UK),
    }


OFFICIALS = """# U.S. sanctions Brantovian port operator

WASHINGTON, March 3 - The U.S. Treasury on Tuesday sanctioned Korvel Harbour Services Ltd, accusing the firm of moving arms to rebels in the north.

Two officials of Korvel Harbour Services, Dalia Menkova and Osip Travnik, were also sanctioned.
"""


def test_names_set_after_counted_officials_of_a_company_are_designated(extract, designated):
    assert designated(run(extract, OFFICIALS)) == {
        ("Korvel Harbour Services Ltd", TREASURY), ("Dalia Menkova", TREASURY), ("Osip Travnik", TREASURY),
    }


MEMBERS = """US and UK sanction members of "BlueHeron" ransomware gang

LONDON/WASHINGTON, March 3 (Bulletin Wire) - The United States and Britain on Tuesday jointly sanctioned four alleged members of the BlueHeron ransomware group, which investigators blame for attacks on more than 200 clinics since 2023.

According to the Treasury, the group's administrator is Arvo Tesslin, who runs the affiliate program that rents BlueHeron malware to other criminals.
"""


def test_a_group_named_in_the_headline_inside_members_of_is_no_designee(extract, designated):
    assert designated(run(extract, MEMBERS)) == set()


DESCRIBED_LEAD = """U.S. sanctions Brantovian fuel smugglers

WASHINGTON, March 3 - The United States on Tuesday sanctioned a Brantovian customs broker and two trading companies that it accused of smuggling fuel into Velmaria for the Orsk militia.

The Treasury Department said Teodor Vaskelis, who runs the customs agency Vaskelis Freight Agency, used the firm to file false import papers. Vaskelis Freight Agency and Northline Petro Trading LLC were also designated.

"We will expose these networks," said Anna Pell, a Treasury official.
"""

NAMED_LEAD = """U.S. sanctions Brantovian gold traders

WASHINGTON, March 3 - The United States on Tuesday sanctioned a gold refinery and two trading companies that it said were moving bullion from mines held by the Orsk Brigade to markets abroad.

The Treasury said the Orsk Brigade had earned millions of dollars from the mines since 2023. Greyline Fuel Trading LLC and Northline Petro Trading LLC were also designated.

The Treasury said Rasmus Kohl, a Velmarian lawyer, had warned the companies in 2024.
"""


def test_the_name_a_body_reports_on_right_after_a_lead_that_only_describes_targets_is_designated(extract, designated):
    assert designated(run(extract, DESCRIBED_LEAD)) == {
        ("Teodor Vaskelis", TREASURY), ("Vaskelis Freight Agency", TREASURY), ("Northline Petro Trading LLC", TREASURY),
    }


def test_a_name_the_lead_names_or_a_report_two_sentences_on_is_no_described_target(extract, designated):
    assert designated(run(extract, NAMED_LEAD)) == {
        ("Greyline Fuel Trading LLC", TREASURY), ("Northline Petro Trading LLC", TREASURY),
    }


BARE_PASSIVE = """U.S. sanctions Brantovian arms broker

WASHINGTON, March 3 - The U.S. Treasury on Tuesday sanctioned Korvel Harbour Services Ltd, accusing the firm of moving arms to rebels in the north.

The owner's daughter, Mira Sontag, a director of the firm, was also hit. Dalia Menkova, who keeps the firm's books, was named as well.

Osip Travnik was also named chairman of the port board. Ivo Brand's warehouse was also hit by shelling in May.
"""


def test_a_bare_passive_named_or_hit_with_also_names_one_more_designee(extract, designated):
    found = designated(run(extract, BARE_PASSIVE))
    assert found == {("Korvel Harbour Services Ltd", TREASURY), ("Mira Sontag", TREASURY), ("Dalia Menkova", TREASURY)}


DESCRIBED_THEN_NAMED = """U.S. sanctions Brantovian arms broker and two shipping firms

PORT VERRAN, March 3 - The United States on Tuesday imposed sanctions on a Brantovian arms broker, a customs official and two shipping firms it accused of moving shells to rebels in the north, the U.S. Treasury Department said.

The broker, Teodor Vaskelis, 61, runs a trading house in the capital. The two shipping firms, Lusk Maritime Agency and Korvel Harbour Services Ltd, own the freighters that carried the crates. The official, Dalia Menkova, signed the export papers.

The spokesman, Ivo Brand, said the company would appeal.
"""


def test_the_noun_a_lead_described_opens_the_sentence_that_names_its_targets(extract, designated):
    assert designated(run(extract, DESCRIBED_THEN_NAMED)) == {
        ("Teodor Vaskelis", TREASURY), ("Lusk Maritime Agency", TREASURY), ("Korvel Harbour Services Ltd", TREASURY),
        ("Dalia Menkova", TREASURY),
    }


NESTED_OFFICIALS = """U.S. sanctions Brantovian gold buyer

WASHINGTON, March 3 - The U.S. Treasury on Tuesday sanctioned Korvel Gold Trading Ltd, accusing the firm of buying illegally mined gold.

Two officials of the regional mining office in Villa del Rio, regional director Teodor Vaskelis and inspector Dalia Menkova, were also sanctioned.
"""


def test_counted_officials_of_an_office_in_a_place_and_their_names_after_the_comma(extract, designated):
    assert designated(run(extract, NESTED_OFFICIALS)) == {
        ("Korvel Gold Trading Ltd", TREASURY), ("Teodor Vaskelis", TREASURY), ("Dalia Menkova", TREASURY),
    }


TARGETED_BY_SPYWARE = """U.S. sanctions spyware vendor

WASHINGTON, March 3 - The U.S. Treasury on Tuesday sanctioned Korvel Intercept Ltd, the maker of the Nightjar spyware, the Treasury Department said.

Among those targeted by Nightjar, according to the research lab OpenWire, was Dalia Menkova, a reporter whose phone was infected in 2024.

Among those sanctioned by the Treasury was Lusk Secure Systems LLC, a reseller in Port Verran.
"""


def test_among_those_targeted_by_something_that_is_no_body_designates_nobody(extract, designated):
    assert designated(run(extract, TARGETED_BY_SPYWARE)) == {
        ("Korvel Intercept Ltd", TREASURY), ("Lusk Secure Systems LLC", TREASURY),
    }


OTHER_COUNTRY_AND_STATES = """Public Designation of a Brantovian Smuggling Ring

Press Statement

March 3, 2026

The Department of State is designating Teodor Vaskelis and Korvel Harbour Services Ltd for their role in smuggling arms to rebels in the north.

Acting alongside us today, Norway imposed travel bans on Dalia Menkova and Osip Travnik.

Vaskelis himself remains designated, a department spokesperson, Anna Pell, said.

Lusk Maritime Agency and Pemberly Logistics Ltd were also on the State Department list. Ivo Brand and Rena Volk were among the individuals sanctioned.
"""


def test_another_country_acting_a_state_of_designation_and_membership_of_the_group_sanctioned(extract, designated):
    """"Norway imposed travel bans on A and B": not the release's body's action; "X remains designated, a
    spokesperson, Y, said": Y is no designee; "A and B were also on the State Department list", "C and D were among the
    individuals sanctioned": designees."""
    assert designated(run(extract, OTHER_COUNTRY_AND_STATES)) == {
        ("Teodor Vaskelis", STATE), ("Korvel Harbour Services Ltd", STATE), ("Lusk Maritime Agency", STATE),
        ("Pemberly Logistics Ltd", STATE), ("Ivo Brand", STATE), ("Rena Volk", STATE),
    }


MODIFIERS_AND_REGISTERS = """U.S. sanctions Brantovian tanker operators

WASHINGTON, March 3 - The U.S. Treasury on Tuesday sanctioned another Varna trading house, Korvel Fuel Trading Ltd, and identified the LNG carrier NORTHERN WREN as blocked property.

Its manager, Teodor Vaskelis, was also sanctioned. His wife, Dalia Menkova, is listed as the owner of a holding company in Port Verran; she is not designated today.
"""


def test_a_name_modifying_the_noun_before_a_name_and_an_owner_listed_in_a_register_are_no_designees(extract, designated):
    assert designated(run(extract, MODIFIERS_AND_REGISTERS)) == {
        ("Korvel Fuel Trading Ltd", TREASURY), ("NORTHERN WREN", TREASURY), ("Teodor Vaskelis", TREASURY),
    }
