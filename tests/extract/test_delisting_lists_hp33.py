"""A removal of two names joined by "and" removes both, also where the parser reads them as one noun phrase (HP,
thirty-third session).

"OFAC removed Halvard Energy Trading FZE and Brunn Petroleum LLC from the SDN List" delisted only the second name:
the parser hung the first company's words on the second's head ("FZE" a modifier of "LLC"), and a name below a
modifier is a description, not what is removed. Built with the release that designated both, the first company stayed
designated in the graph after the release that took it off the list. Texts invented, relations exact.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

OFAC = "Office of Foreign Assets Control"
META = {"date": "2025-08-12"}


def delisted(extract, text: str) -> set[tuple[str, str, str | None]]:
    return {(r["subject"]["name"], r["object"]["name"], r["date"]) for r in extract(text, META)
            if r["relation"] == "delisted_by"}


def test_two_companies_removed_by_an_active_verb(extract):
    text = "Today, OFAC removed Halvard Energy Trading FZE and Brunn Petroleum LLC from the SDN List."
    assert delisted(extract, text) == {("Halvard Energy Trading FZE", OFAC, "2025-08-12"),
                                       ("Brunn Petroleum LLC", OFAC, "2025-08-12")}


def test_two_companies_removed_by_a_passive_verb(extract):
    text = ("OFAC today removed Osgood Tankers Ltd. from the SDN List. Halvard Energy Trading FZE and Brunn Petroleum "
            "LLC were also removed from the SDN List today.")
    assert delisted(extract, text) == {("Osgood Tankers Ltd.", OFAC, "2025-08-12"),
                                       ("Halvard Energy Trading FZE", OFAC, "2025-08-12"),
                                       ("Brunn Petroleum LLC", OFAC, "2025-08-12")}


def test_a_name_describing_the_removed_one_is_not_removed(extract):
    # the owner's company named in a description stays on the list; only the listed names joined by "and" go
    text = ("Today, OFAC removed Brunn Petroleum LLC, a subsidiary of Halvard Energy Trading FZE, from the SDN List. "
            "Halvard Energy Trading FZE remains on the SDN List.")
    assert delisted(extract, text) == {("Brunn Petroleum LLC", OFAC, "2025-08-12")}
