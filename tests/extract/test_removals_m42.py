"""A removal of today told in a clause describing a name (F4 item 5, seventeenth session, M42): the name is no
designee of the sentence's "designated". Invented texts, exact relations; the test fails on main ef857e4."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

META = {"date": "2026-03-20"}
OFAC = "Office of Foreign Assets Control"


def designees(extract, text: str) -> set[str]:
    return {r["subject"]["name"] for r in extract(text, META) if r["relation"] == "designated_by"}


def test_a_name_removed_today_in_its_description_is_no_designee(extract):
    # main: Orsk Freight Company designated_by OFAC today (P13 read every removal in a describing clause as earlier)
    assert designees(extract, "Today, OFAC designated Velk Trading LLC, and Orsk Freight Company, a firm that OFAC "
                              "removed from the SDN List today, is no longer blocked.") == {"Velk Trading LLC"}
    assert designees(extract, "Today, OFAC designated Velk Trading LLC; Orsk Freight Company, which OFAC delisted "
                              "today following a petition, is no longer subject to sanctions.") == {"Velk Trading LLC"}
    # an earlier removal told in passing still lets the designation through (P13)
    assert designees(extract, "OFAC today designated Orsk Freight Company, which had been removed from the SDN List "
                              "in April.") == {"Orsk Freight Company"}
