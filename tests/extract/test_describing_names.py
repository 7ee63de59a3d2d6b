"""A name that describes the noun after it is no designee (issue 13, twenty-seventh session, DR, from the write half of
the study sets): a possessor read as a short name ("The United Kingdom and Canada are concurrently sanctioning X's
leader"), a body's name after "a" or "an" before a lower-case noun, across its initials in parentheses ("a former X
Forces (XF) officer") or as a short name ("designating a JAW financier"). The person or thing of the body is the
target. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"
run = partial(extract_markdown, date="2026-05-12")


def designations(relations: list[dict]) -> set[tuple[str, str]]:
    return relation_pairs(relations, DB)


POSSESSOR = """# Treasury Sanctions Members of the Frostbyte Ransomware Gang

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated the Frostbyte ransomware gang, two of its members and a payment processor that laundered its ransoms.

**Frostbyte** has extorted hospitals and schools across North America since 2022.

**Oren Vaskelis Dutrov** leads Frostbyte. **Irma Kestrel Pavlenko** writes its encryption code. **Nordquay Pay LLC** converted the gang's ransoms into cash.

Frostbyte, Dutrov, Pavlenko and Nordquay Pay are being designated pursuant to E.O. 13694, as amended.

The United Kingdom and Canada are concurrently sanctioning Frostbyte's leader and its chief coder.
"""

GANG = {("Frostbyte", OFAC), ("Oren Vaskelis Dutrov", OFAC), ("Irma Kestrel Pavlenko", OFAC), ("Nordquay Pay LLC", OFAC)}


def test_a_possessor_is_not_the_other_governments_target(extract):
    """"sanctioning Frostbyte's leader": main read the short name "Frostbyte" as the United Kingdom's and Canada's target."""
    assert designations(run(extract, POSSESSOR)) == GANG


def test_the_leader_named_after_the_possessor_is_the_target(extract):
    text = POSSESSOR.replace("Frostbyte's leader and its chief coder.", "Frostbyte's leader, Oren Vaskelis Dutrov.")
    assert designations(run(extract, text)) == GANG | {("Oren Vaskelis Dutrov", "United Kingdom"), ("Oren Vaskelis Dutrov", "Canada")}


INITIALS = """# Treasury Sanctions Gold Smugglers Financing the Kordofan War

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two commanders of the Kordofan Defense Force (KDF), a former Sudanese Armed Forces (SAF) officer who buys rifles for KDF-aligned militias, and a Dubai-based gold trader that finances the KDF.

**Hamid Osman Tereif** commands the KDF's northern sector. **Yasir Bakheet Lual** runs its supply convoys. **Idris Salah Kodi**, who left the SAF in 2021, buys rifles for the militias. **Golden Dune Trading LLC** sells the gold the KDF mines.

Tereif, Lual, Kodi and Golden Dune Trading LLC are being designated pursuant to E.O. 14098.

The Department of State is simultaneously designating a Kordofan Defense Force (KDF) weapons procurement official, Musa Adam Garang.
"""


def test_a_body_with_its_initials_before_a_noun_is_no_designee(extract):
    """"a former Sudanese Armed Forces (SAF) officer", "a Kordofan Defense Force (KDF) weapons procurement official": main
    designated both forces."""
    assert designations(run(extract, INITIALS)) == {
        ("Hamid Osman Tereif", OFAC), ("Yasir Bakheet Lual", OFAC), ("Idris Salah Kodi", OFAC), ("Golden Dune Trading LLC", OFAC),
        ("Musa Adam Garang", STATE)}


FINANCIER = """# Terrorist Designations of Sahel Militia Leaders

The Department of State is announcing the designation of **Jama'at Ansar al-Wadi** (JAW) as a Specially Designated Global Terrorist under Executive Order (E.O.) 13224. The Department is also designating two JAW commanders as SDGTs. In a related action, the Department of the Treasury is designating a JAW financier and his cattle export business.

## Treasury action

Treasury's Office of Foreign Assets Control (OFAC) is concurrently designating **Oumarou Bassirou Kane**, a Gao-based trader who collects ransom payments for JAW, together with **Kane Bétail Export SARL**, a cattle company he owns. Both are designated pursuant to E.O. 13224 for having materially assisted JAW.
"""


def test_a_short_name_before_a_noun_is_no_designee(extract):
    """"the Department of the Treasury is designating a JAW financier": main read the short name as Treasury's designee."""
    assert designations(run(extract, FINANCIER)) == {
        ("Jama'at Ansar al-Wadi", STATE), ("Oumarou Bassirou Kane", OFAC), ("Kane Bétail Export SARL", OFAC)}


HYPHENED = """# Treasury Targets Shipping Network Funding the Zaydani Militia

**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating a Mukalla-based financier, a Zaydani-installed banking official and two shipping companies that carry fuel to ports the Zaydani militia controls.

**Salem Aidarous Bakri** finances the militia's fuel imports. **Wael Munir Hadhrami**, whom the Zaydani militia installed as deputy governor of the central bank in 2023, moves the proceeds. **Qamar Sea Lines LLC** and **Bir Ali Shipping Co.** carry the fuel.
"""


def test_a_name_hyphened_to_a_participle_before_a_noun_is_no_designee(extract):
    """"a Zaydani-installed banking official": the hyphened participle branch of `_indefinite_phrase` (review RD: the
    docs and README claim it, no test read it; without it the militia's name was OFAC's designee)."""
    assert designations(run(extract, HYPHENED)) == {
        ("Salem Aidarous Bakri", OFAC), ("Wael Munir Hadhrami", OFAC), ("Qamar Sea Lines LLC", OFAC),
        ("Bir Ali Shipping Co.", OFAC)}


SUBSIDIARY = """# Treasury Targets Bank Network

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated a Cyprus-registered firm, Aldermoor Holdings Ltd, Torvan Commercial Bank (Torvan Bank) and its chairman, Ilya Petrovich Senkov.

In addition, OFAC is designating Torvan Bank's leasing subsidiary, Kestor Leasing LLC.

The United Kingdom is concurrently designating Torvan Bank.
"""


def test_a_short_name_that_is_the_object_stays_a_designee(extract):
    """The possessor check leaves the short name alone where it is the object ("designating Torvan Bank"), and a
    name after "a <adjective> firm," is the firm itself (review RD: the indefinite phrase needs the noun after the name)."""
    assert designations(run(extract, SUBSIDIARY)) == {
        ("Aldermoor Holdings Ltd", OFAC), ("Torvan Commercial Bank", OFAC), ("Ilya Petrovich Senkov", OFAC),
        ("Kestor Leasing LLC", OFAC), ("Torvan Commercial Bank", "United Kingdom")}
