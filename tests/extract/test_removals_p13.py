"""A removal told of a name is no removal made by the sentence, and a name a joined verb designates is not removed
(P13, seventeenth session). Invented texts, exact relations; each test fails on main e2df427."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

OFAC = "Office of Foreign Assets Control"
META = {"date": "2026-06-15"}


def facts(extract, text: str, kind: str) -> set[tuple[str, str, str | None, bool]]:
    return {(r["subject"]["name"], r["object"]["name"], r["date"], r["current"])
            for r in extract(text, META) if r["relation"] == kind}


def test_a_designee_described_by_an_earlier_removal_is_designated(extract):
    # main read no designation at all: a delisting word anywhere in a sentence about sanctions skipped it, so a store
    # holding the April delisting said the company was still delisted after this re-designation
    for text in ("OFAC today designated Varnel Trading LLC, which had been removed from the SDN List in April.",
                 "OFAC today re-designated Varnel Trading LLC, which it had removed from the SDN List on April 20, 2026.",
                 "Varnel Trading LLC, which OFAC delisted in 2024, was designated today."):
        assert facts(extract, text, "designated_by") == {("Varnel Trading LLC", OFAC, "2026-06-15", True)}, text
        assert facts(extract, text, "delisted_by") == set(), text


def test_a_name_designated_beside_a_removal_is_not_delisted(extract):
    # main: "and designated Y" was parsed as an adjective of Y, Y as a conjunct of "removed": Y delisted_by OFAC
    text = ("OFAC today removed Orlenko Trading LLC from the SDN List and designated Tarvel Grain Company "
            "and Brisco Metals Ltd.")
    assert facts(extract, text, "delisted_by") == {("Orlenko Trading LLC", OFAC, "2026-06-15", True)}
    text = "OFAC removed Varnel Trading LLC and Tobrin Grain Company from the SDN List."  # both removed, as before
    assert {s for s, *_ in facts(extract, text, "delisted_by")} == {"Varnel Trading LLC", "Tobrin Grain Company"}
