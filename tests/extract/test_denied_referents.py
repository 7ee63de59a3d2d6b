"""A denial whose subject is a pronoun, "the company" or a name the model did not tag denies the name it stands for
(twenty-sixth session, DT, from the write half of the study sets: "...; she has not been designated", "...; the company
is not designated today", "Elektro-Drina itself is not being designated today"). Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
run = partial(extract_markdown, date="2026-05-12")


def designees(relations: list[dict]) -> set[tuple[str, str]]:
    return relation_pairs(relations, DB)


DENIALS = """# Treasury Sanctions Drone Component Suppliers

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating three companies that supply drone engines to the Dravian Air Force.

**Telmor Avionics Co.** (Telmor) ships engines to the air force's repair depots. According to the supplier's records, Telmor's president, **Dr. Hanne Solvig Arkwright**, is a former engineer at the space institute; she has not been designated. Telmor is being designated for operating in the defense sector.

**Bastel Components Ltd.** buys the engines' bearings. Its owner also runs **Pellor Green Trading Company**, a chemical import business; the company is not designated today. Bastel is being designated for having supplied Telmor.

**Vantor Precision Works**, a machine shop, mills the engine housings. Vantor Precision Works is being designated for having supplied Telmor.

**Javno Preduzece Sever-Livnica a.d.** (Sever-Livnica) owns Vantor Precision Works and sells housings to civilian buyers.

Sever-Livnica itself is not being designated today.
"""


def test_she_and_the_company_deny_the_name_before_them(extract):
    found = designees(run(extract, DENIALS))
    assert {("Telmor Avionics Co.", OFAC), ("Bastel Components Ltd.", OFAC), ("Vantor Precision Works", OFAC)} <= found
    assert not {name for name, _ in found} & {"Hanne Solvig Arkwright", "Pellor Green Trading Company"}


def test_a_short_name_with_itself_is_denied(extract):
    """Passes on main too (the model tags the short name here); the rule's fallback is for a name it does not tag."""
    found = designees(run(extract, DENIALS))
    assert "Javno Preduzece Sever-Livnica a.d." not in {name for name, _ in found}



def test_an_untagged_name_with_itself_is_denied(extract):
    """"Sever-livnica itself is not being designated": the model tags no name there, so the denial's subject is read as
    the one entity the release writes with those words (`denied_referents._written_as`); without it the bold name was
    a designee."""
    text = DENIALS.replace("Sever-Livnica itself", "Sever-livnica itself")
    found = designees(run(extract, text))
    assert "Javno Preduzece Sever-Livnica a.d." not in {name for name, _ in found}
    assert {("Telmor Avionics Co.", OFAC), ("Vantor Precision Works", OFAC)} <= found

SISTER = """# Treasury Designates Microelectronics Suppliers to the Missile Plant

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two companies and one individual that ship microcontrollers to the Kovrel missile plant.

**Arvel Component Supply LLC** (Arvel) has served as a transit point for the shipments since 2023. Its director, **Tamerlan Oskarovich Vell**, arranged the trucking to the border. Arvel and Vell are being designated for operating in the technology sector.

Vell's sister, Dinara Vellova, owns 40 percent of Arvel but has no management role; she is not designated today.

**Rostin Logistics LLC** carries the shipments. Rostin is being designated for having supplied the plant.
"""


def test_she_after_a_possessive_denies_no_one(extract):
    """"X's sister, Y, ...; she is not designated": the pronoun may be of the sister, so X stays a designee."""
    found = designees(run(extract, SISTER))
    assert ("Tamerlan Oskarovich Vell", OFAC) in found
    assert {"Arvel Component Supply LLC", "Rostin Logistics LLC"} <= {name for name, _ in found}
