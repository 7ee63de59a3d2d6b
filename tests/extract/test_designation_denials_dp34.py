"""Denials written with a listing verb or by a description, thirty-fourth session DP (issue 13). Other governments'
notices list rather than designate ("X is not listed today", "X is not among the listed persons"), and a State
statement denies a firm by the noun that described it the sentence before ("... his trading firm, **Y**, where he
serves as managing director. The trading firm is not designated today."). Each such name was a designee of the bold
or table reading. Texts invented for these tests; each pair is exact, and the close texts keep their designees.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
STATE = "U.S. Department of State"
AUSTRALIA = "Australia"
run = partial(extract_markdown, date="2026-08-12")

NOTICE = """# Sanctions on Veloran military officers and entities supporting the war

Minister for Foreign Affairs — Media release

12 August 2026

The Australian Government has today imposed targeted financial sanctions and travel bans on two Veloran military officers and a Veloran Workers' Union official, and targeted financial sanctions on one entity, for their role in the deployment of troops to support the invasion of Ostria.

## Persons and entities listed today

| Name | Position or description | Sanction |
|---|---|---|
| **Colonel Tarvo Miklan** | Commander of the 3rd Corps | Targeted financial sanction and travel ban |
| **Major Ostrid Pell** | Chief of Staff of the 3rd Corps | Targeted financial sanction and travel ban |
| **Renn Halvik** | Vice-Director of the Munitions Department of the Veloran Workers' Union | Targeted financial sanction and travel ban |
| **Braskov Cargo Terminal LLC** | Port company that receives munitions | Targeted financial sanction |

Braskov Cargo Terminal LLC's General Director, **Ivo Semenko Daral**, {denial}
"""

LISTED = {("Tarvo Miklan", AUSTRALIA), ("Ostrid Pell", AUSTRALIA), ("Renn Halvik", AUSTRALIA),
          ("Braskov Cargo Terminal LLC", AUSTRALIA)}


def test_a_name_not_listed_today_is_no_designee(extract):
    found = relation_pairs(run(extract, NOTICE.format(denial="is not listed today.")), DB)
    assert found == LISTED


def test_a_name_not_among_the_listed_persons_is_no_designee(extract):
    found = relation_pairs(run(extract, NOTICE.format(denial="is not among the listed persons.")), DB)
    assert found == LISTED


def test_a_name_not_named_in_the_action_is_no_designee(extract):
    found = relation_pairs(run(extract, NOTICE.format(denial="was not named in the action.")), DB)
    assert found == LISTED


def test_a_name_listed_today_stays(extract):
    """The close text without the negation: the director is listed with the rest (a bold name of the notice)."""
    found = relation_pairs(run(extract, NOTICE.format(denial="is also listed today.")), DB)
    assert found == LISTED | {("Ivo Semenko Daral", AUSTRALIA)}


STATEMENT = """# Terrorist Designations of Kelvar Front Leaders

PRESS STATEMENT

Today, the Department of State is designating two senior leaders of the Kelvar Front and a financier as Specially Designated Global Terrorists (SDGTs) pursuant to Executive Order (E.O.) 13224, as amended.

- **Omar Dalin Rask**, the emir of the Kelvar Front, who directs its attacks on the coast.
- **Yusuf Tarin Mabel**, the group's military commander.
- **Ahmed Seli Varo**, a Mordan businessman who holds the group's funds in the accounts of his trading firm, **Varo Coastal Trading**, where he serves as managing director. {tail}
"""

LEADERS = {("Omar Dalin Rask", STATE), ("Yusuf Tarin Mabel", STATE), ("Ahmed Seli Varo", STATE)}


def test_the_trading_firm_not_designated_is_the_firm_the_sentence_before_described(extract):
    found = relation_pairs(run(extract, STATEMENT.format(tail="The trading firm is not designated today.")), DB)
    assert found == LEADERS


def test_a_firm_of_another_description_is_not_denied(extract):
    """"The shipping firm" is not the trading firm the sentence before described: the bold firm stays."""
    found = relation_pairs(run(extract, STATEMENT.format(tail="The shipping firm is not designated today.")), DB)
    assert found == LEADERS | {("Varo Coastal Trading", STATE)}


def test_the_trading_firm_designated_stays(extract):
    found = relation_pairs(run(extract, STATEMENT.format(tail="The trading firm is also designated today.")), DB)
    assert found == LEADERS | {("Varo Coastal Trading", STATE)}


RELEASE = """# Treasury Sanctions Arms Broker

June 2, 2026

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Marek Vollan**, an arms broker, and **Vollan Trading Ltd**, his company. {tail}
"""

OFAC = "Office of Foreign Assets Control"
BROKER = {("Marek Vollan", OFAC), ("Vollan Trading Ltd", OFAC)}


@pytest.mark.parametrize("tail", ["Vollan Trading Ltd is not listed on any stock exchange.",
                                  "Vollan Trading Ltd is not listed as the owner in the Kelvor registry.",
                                  "Marek Vollan is not named as a shareholder in the company's filings."])
def test_a_listing_verb_of_another_sense_denies_nothing(extract, tail):
    """Review RDP (34th session): "listed" and "named" deny a designation only about the action or its list; a firm not
    listed on a stock exchange or a man not named as a shareholder stays the designee the release's sentence names."""
    found = relation_pairs(extract_markdown(extract, RELEASE.format(tail=tail), date="2026-06-02"), DB)
    assert found == BROKER

