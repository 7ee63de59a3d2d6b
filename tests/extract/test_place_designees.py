"""A city or region the rules read as a designee (issue 13, D11): a name the release writes only as a place -- after
"in", "from", "near" or "to", before "-based" / "-registered", or before ", <country>" -- is no target, whatever the
model tagged it. The text's own shape, no list of cities. Texts invented for these tests."""
from __future__ import annotations

from functools import partial

from markdown_release import extract_markdown

run = partial(extract_markdown, date="2026-05-12")

RELEASE = """# Treasury Sanctions Smuggling Network

WASHINGTON -- Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two
companies that move fuel for an armed group.

**Dravenko Fuel Trading d.o.o.** is designated pursuant to E.O. 14033. The network is led by Zoran Petkovar, a businessman from Stari Verbas who was designated by OFAC in 2021 and who was also sanctioned by the United Kingdom.

**Halcomar Inversiones S.A.**, a Puerto Tajilo-based front company that pays the group's fighters, is designated
pursuant to E.O. 13818. Its trucks carried fuel from Puerto Tajilo to the coast on at least 20 occasions.
"""


def designees(rels):
    return {r["subject"]["name"] for r in rels if r["relation"] == "designated_by"}


def test_a_name_written_only_as_a_place_is_no_designee(extract):
    got = designees(run(extract, RELEASE))
    assert "Stari Verbas" not in got  # "a businessman from Stari Verbas": the rules gave it at 0.85 before
    assert {"Dravenko Fuel Trading d.o.o.", "Halcomar Inversiones S.A."} <= got


def test_place_only_reads_the_shape():
    from graphbuild.extract.designations_learned import PLACE_AFTER, PLACE_BEFORE

    assert {"in", "from", "near"} <= PLACE_BEFORE and "based" in PLACE_AFTER
