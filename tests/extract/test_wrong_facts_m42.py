"""Facts P13's rules lost (F4 items 6 and 7, seventeenth session, M42): a ministry owned by "the Government of
<Country>" is part of that government; a company name with "Co." inside runs on to its closing form. Invented texts,
exact relations; each test fails on main ef857e4."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

META = {"date": "2026-03-20"}


def facts(extract, text: str, kind: str) -> set[tuple[str, str]]:
    return {(r["subject"]["name"], r["object"]["name"]) for r in extract(text, META) if r["relation"] == kind}


def test_the_governments_own_ministry_is_part_of_it(extract):
    # main: nothing (the possessor's name ends with a country, so P13's skip for "the X Bureau of <Country>'s
    # Ministry" fired although the possessor is the state itself)
    assert facts(extract, "Today, OFAC designated Tomas Velkor, an official of the Government of Iran's Ministry of "
                          "Intelligence and Security.", "part_of") \
        == {("Ministry of Intelligence and Security", "Government of Iran")}
    # P13's case stays: a bureau named after its country does not own the country's ministry
    assert facts(extract, "Tomas Velkor is the deputy director of the Export Control Bureau of Iran's Ministry of "
                          "Commerce.", "part_of") == set()


def test_a_company_name_runs_on_over_co(extract):
    # main: "Orsk Freight Co." / "Arkan Trading Co." (the parser's sentence start after "Co." was trusted)
    assert facts(extract, "Today, OFAC designated Orsk Freight Co. International Limited, a front company.",
                 "designated_by") == {("Orsk Freight Co. International Limited", "Office of Foreign Assets Control")}
    assert facts(extract, "OFAC also designated Arkan Trading Co. Holdings Limited.", "designated_by") \
        == {("Arkan Trading Co. Holdings Limited", "Office of Foreign Assets Control")}
    # a new sentence with its own verb after the form's point still ends the name (P13)
    assert facts(extract, "OFAC designated Velk Trading LLC, a subsidiary of Orsk Holdings Ltd. Tarsk Shipping LLC "
                          "was also designated.", "part_of") == {("Velk Trading LLC", "Orsk Holdings Ltd.")}
