"""Designations, second pass (issue 13, D13): the right body for a joint action's targets, and lists and sections
the rules missed.

- Another U.S. body's count ("The Department of State is concurrently designating one entity") governs none of the
  release's own bold targets: they stay the announcing body's.
- "Her husband, X, is also designated under the same authority" right after the State Department's own action is
  the State Department's.
- "1. SURNAME, Given Patronymic, born ..." (a numbered list line) is one person.
- A table "Vessel | IMO | Flag" lists vessels, all-capital one-word names too.
- "OFAC is designating three individuals ..." and then one paragraph of prose opening with each: each is a designee.

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"

run = partial(extract_markdown, date="2026-05-12")


PARTNER_COUNT = """# Treasury Targets Estovian Drone Suppliers

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is taking action against a network that supplies engines to drone makers. OFAC is designating Varnel Trade LLC, its broker. The Department of State is concurrently designating one entity.

THE ENGINE NETWORK

**Korvath Engine Works LLC** (Korvath) is a Varnland-based maker of small piston engines for attack drones.

**Estovian Servo Plant OJSC** is an Estovia-based manufacturer of servomotors that supplied Korvath.

STATE DEPARTMENT DESIGNATIONS

The Department of State is designating **Brelin Composites Co., Ltd.**, a supplier of airframes, pursuant to E.O. 13382.
"""


def test_another_bodys_count_does_not_govern_the_releases_targets(extract, designated):
    found = designated(run(extract, PARTNER_COUNT))
    assert ("Korvath Engine Works LLC", OFAC) in found and ("Estovian Servo Plant OJSC", OFAC) in found, found
    assert not {("Korvath Engine Works LLC", STATE), ("Estovian Servo Plant OJSC", STATE)} & found, found
    assert ("Brelin Composites Co., Ltd.", STATE) in found, found


SPOUSE = """# Treasury Sanctions Estovian Judges

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating Pavel Orsk Drumin, a judge of the Estovian Supreme Court, pursuant to E.O. 13818.

In addition, the Department of State is designating Marta Velin Koss, Chairperson of the Varn City Court, due to her involvement in significant corruption. Her husband, Teodor Koss Brannic, is also publicly designated under the same authority.
"""


def test_an_agentless_passive_after_another_bodys_action_is_that_bodys(extract, designated):
    found = designated(run(extract, SPOUSE))
    assert ("Teodor Koss Brannic", STATE) in found, found
    assert ("Teodor Koss Brannic", OFAC) not in found, found


NUMBERED = """# Treasury Sanctions Members of the Estovian Assembly

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated three members of the Estovian Assembly.

The following individuals were designated pursuant to E.O. 14024:

1. VARNOVA, Ilsa Petrovna, born 12 Mar 1968, Ostrel, Estovia; a member of the Estovian Assembly.
2. KORDOV, Rustam Ildarovich, born 03 Jul 1975, Vesk, Estovia; a member of the Estovian Assembly.
3. BRELIN, Oleg Vadimovich, born 21 Jan 1962, Ostrel, Estovia; a member of the Estovian Assembly.
"""


def test_numbered_surname_first_lines_are_people(extract, designated):
    found = {name for name, _ in designated(run(extract, NUMBERED))}
    assert {"VARNOVA, Ilsa Petrovna", "KORDOV, Rustam Ildarovich", "BRELIN, Oleg Vadimovich"} <= found, found


VESSELS = """Treasury Identifies Tankers of the Estovian Oil Network

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is identifying three vessels as blocked property in which Korvath Shipping LLC has an interest.

The table below lists the vessels identified today as blocked property.

Vessel | IMO | Flag
VELA | 9187243 | Panama
NORTHERN ORCHID | 9211836 | Palau
KESTREL DAWN | 9253417 | Gabon

Korvath Shipping LLC was designated in 2024.
"""


def test_the_rows_of_a_vessel_table_are_vessels(extract, designated):
    found = {name for name, body in designated(run(extract, VESSELS)) if body == OFAC}
    assert {"VELA", "NORTHERN ORCHID", "KESTREL DAWN"} <= found, found


DESCRIBED = """# Treasury Sanctions Estovian Ransomware Operators

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned three members of the Estovia-based ransomware group known as "Grey Lynx."

"Grey Lynx locked patients out of hospitals," said a Treasury official.

Grey Lynx's members

Marek Ilyich Vostrov (Vostrov) founded Grey Lynx in 2021 and has directed its operations since.

Yelena Petrovna Sarkin (Sarkin) has worked for Grey Lynx as a negotiator, setting ransom demands.

Konstantin Olegovich Brell (Brell) is the group's lead developer and wrote its encryptor.
"""


def test_paragraphs_describing_a_counted_statements_targets(extract, designated):
    found = designated(run(extract, DESCRIBED))
    assert {("Marek Ilyich Vostrov", OFAC), ("Yelena Petrovna Sarkin", OFAC), ("Konstantin Olegovich Brell", OFAC)} <= found, found
