"""A name set beside another name's post, in a clause that designates no one, is a related party when the release's
count of people leaves no room for it (issue 13, twenty-ninth session, DQ, from the write half of the study sets):
"Veltrana's export manager, **Y**, signed the contracts" in a State statement that designates "two entities and one
individual". The close cases still designate: the count has room for the post holder, the clause designates the name
("..., **Y**, is also being designated"), or the text defines a short name for it ("**Y** (Y)"). Texts invented for
these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
STATE = "U.S. Department of State"
run = partial(extract_markdown, date="2026-11-03")


def designations(relations: list[dict]) -> set[tuple[str, str]]:
    return relation_pairs(relations, DB)


STATEMENT = """# Designating Suppliers of Guidance Optics

Today, the Department of State is designating two entities and one individual pursuant to Executive Order (E.O.) 13382, which targets proliferators of weapons of mass destruction and their supporters.

**Veltrana Optical Instruments Co., Ltd.**, based in Penang, has shipped infrared seeker lenses to missile makers since at least 2024. Veltrana's export manager, **Orsolya Brindek Tamasi**, signed the export contracts.

**Ilse Marganova Drukt**, a broker in Riga, arranged the payments to Veltrana.

**Karsavin Precision Systems JSC** assembles the seekers. The plant is run by its general director, **Teodor Ilyich Vashkevin**, whom the Department of the Treasury designated in 2023.
"""

TARGETS = {("Veltrana Optical Instruments Co., Ltd.", STATE), ("Karsavin Precision Systems JSC", STATE),
           ("Ilse Marganova Drukt", STATE)}


def test_post_holders_in_clauses_that_designate_no_one_are_no_designees(extract):
    """Main gave the export manager and the general director to the State Department by their bold names: three people
    for a count of one."""
    found = designations(run(extract, STATEMENT))
    assert found >= TARGETS
    assert not {name for name, _ in found} & {"Orsolya Brindek Tamasi"}
    assert ("Teodor Ilyich Vashkevin", STATE) not in found


def test_a_post_holder_the_clause_designates_stays_a_designee(extract):
    """"Veltrana's export manager, **Y**, is also being designated": the clause's own verb designates."""
    text = STATEMENT.replace("signed the export contracts.", "is also being designated for having signed the export contracts.")
    assert ("Orsolya Brindek Tamasi", STATE) in designations(run(extract, text))


def test_a_post_holder_given_a_short_name_stays_a_designee(extract):
    """"**Y** (Tamasi)": the release defines a short name for a person it designates."""
    text = STATEMENT.replace("**Orsolya Brindek Tamasi**, signed", "**Orsolya Brindek Tamasi** (Tamasi), signed")
    assert ("Orsolya Brindek Tamasi", STATE) in designations(run(extract, text))


def test_a_post_holder_the_count_has_room_for_stays_a_designee(extract):
    """"two entities and three individuals": the export manager and the general director are counted designees."""
    text = STATEMENT.replace("two entities and one individual", "two entities and three individuals")
    found = designations(run(extract, text))
    assert {("Orsolya Brindek Tamasi", STATE), ("Teodor Ilyich Vashkevin", STATE)} <= found


UNIT = """# State Department Designates Militia Commanders

The Department of State is designating Colonel Marek Ostrovan Dzhuga of the Kelvari Armed Forces' 14th Mountain Brigade, who ordered the shelling of a market in Tavresk. Also designated by the Department of State is Irakli Somov Beridzhe, who serves as the brigade's chief of logistics.
"""


def test_a_persons_unit_after_of_is_no_designee(extract):
    """"Colonel X of the ... 14th Mountain Brigade": the brigade says who he is; main gave it to the State Department."""
    assert ("Mountain Brigade", STATE) not in designations(run(extract, UNIT))
    assert ("Marek Ostrovan Dzhuga", STATE) in designations(run(extract, UNIT))


def test_a_unit_the_sentence_designates_by_itself_stays_a_designee(extract):
    """"designating Colonel X and the 14th Mountain Brigade": the brigade is the verb's object, coordinated."""
    text = UNIT.replace("Colonel Marek Ostrovan Dzhuga of the Kelvari Armed Forces' 14th Mountain Brigade, who ordered",
                        "Colonel Marek Ostrovan Dzhuga and the Kelvari 14th Mountain Brigade, whose gunners fired")
    found = {name for name, body in designations(run(extract, text)) if body == STATE}
    assert "Marek Ostrovan Dzhuga" in found and any("Mountain Brigade" in name for name in found)


def test_a_designee_after_a_fronted_participle_and_its_agent(extract):
    """"Also designated by the Department of State is Y, who ...": the agent between the participle and "is"; main read
    no target there."""
    assert ("Irakli Somov Beridzhe", STATE) in designations(run(extract, UNIT))


def test_a_designee_after_a_fronted_participle_without_agent(extract):
    """The reading before this session: "Also designated today is Y"."""
    text = UNIT.replace("Also designated by the Department of State is", "Also designated today is")
    assert ("Irakli Somov Beridzhe", STATE) in designations(run(extract, text))
