"""A city or region the rules read as a designee (issue 13, D11, D12): a name the release writes only as a place --
after "in", "from" or "near", before "-based" / "-registered", as the modifier of a noun after "a" ("a Korsk
businesswoman"), or in the dateline ("SAN ORVALDO / WASHINGTON --") -- is no target, whatever the model tagged it. The
text's own shape, no list of cities. Texts invented for these tests."""
from __future__ import annotations

from functools import partial

import pytest

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


DATELINE = """# Treasury Sanctions Judge and Property Firm

**SAN ORVALDO / WASHINGTON** -- Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating **Renata Olmedo Faux**, a judge of the appeals court in Puerto Dalvena, pursuant to E.O. 13818.

OFAC is also designating **Inversiones Olmedo y Asociados S.A.**, a property company that the judge's family uses to hold assets.
"""

MODIFIER = """# Treasury Sanctions Security Firm Owners

WASHINGTON -- Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating Tomas Ruvel and Anka Sorvi, a {place} businesswoman who founded and runs Sorvi Guard Security LLC, a private security company that guards the prison. Ruvel headed the pre-trial detention center No. 2 in {place}.
"""


def test_a_dateline_is_no_designee(extract):
    """"SAN ORVALDO / WASHINGTON --" opens the release as its dateline: "SAN ORVALDO" was a designee at 0.6 (D12)."""
    assert designees(run(extract, DATELINE)) == {"Renata Olmedo Faux", "Inversiones Olmedo y Asociados S.A."}


@pytest.mark.parametrize("place", ["Korsk", "Ostrava Nueva"])
def test_a_place_that_modifies_a_noun_is_no_designee(extract, place):
    """"a Korsk businesswoman" and "in Korsk": the town only modifies a noun after "a" or follows "in"; the rules read
    it as a target of the designation verb (0.85) (D12)."""
    assert designees(run(extract, MODIFIER.format(place=place))) == {"Tomas Ruvel", "Anka Sorvi"}
