"""Final-read mends, seventeenth session (issue 13, M35; F3 items 2, 5, 7, 8, 9, 10, 11). Texts and names invented.

- "Today, OFAC designated A, and the United Kingdom sanctioned B": a time fronted on the first conjunct dates the
  conjoined clause too (item 2's rest); "; the EU has sanctioned B" stays apart (tests/extract/test_foreign_clause_m34.py).
  So does an earlier time for the U.S. action: "In March 2025, the President ended the program and OFAC concurrently
  designated X" is March 2025's action.
- "OFAC removed the following from the SDN List:" and its items / "removed two companies from the SDN List: A and B":
  each item delisted, none designated (item 5).
- A paragraph opening with "National Security Council official X" is no identifier field (item 7).
- "OFAC designated X, which it had removed from the SDN List in March" / "removed X ... and designated Y": the name
  the removal acts on is not designated, the other is (item 8).
- "OFAC designated A, before he fled to Y, and B": a comma-set aside does not make the action earlier (item 9).
- "The Dorvanian Ministry of Finance sanctioned X": another government's organ, no U.S. designation (item 10).
- A dated section heading after a short lead paragraph dates the designations under it (item 11).
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import DB, OFAC, UK, designations_dated

pytestmark = pytest.mark.slow

DAY = "2026-03-10"
HEAD = "# Treasury Sanctions Network\n\nMarch 10, 2026\n\nWASHINGTON - "
DL = "delisted_by"


def _run(extract, text: str) -> list[dict]:
    return extract(HEAD + text, {"date": DAY})


def _facts(relations: list[dict]) -> set[tuple]:
    return {(r["relation"], r["subject"]["name"], r["object"]["name"], r["date"], r["current"])
            for r in relations if r["relation"] in {DB, DL}}


@pytest.mark.parametrize("sentence", [
    "Today, OFAC designated Holvik Credit Union, and the United Kingdom sanctioned Brask Shipping LLC.",
    "On March 10, 2026, OFAC designated Holvik Credit Union, and the United Kingdom sanctioned Brask Shipping LLC.",
])
def test_a_fronted_time_dates_the_conjoined_clause(extract, sentence: str) -> None:
    found = designations_dated(_run(extract, sentence))
    assert found[("Holvik Credit Union", OFAC)] == (DAY, True)
    assert found[("Brask Shipping LLC", UK)] == (DAY, True)


def test_a_removal_list_delists_its_items(extract) -> None:
    text = ("OFAC removed the following from the SDN List:\n\n- Ostmere Trading FZE, Varn City, Dorvania.\n"
            "- MERROW, Ansa; DOB 04 Jun 1968; POB Varn City, Dorvania; nationality Dorvania.")
    assert _facts(_run(extract, text)) == {(DL, "Ostmere Trading FZE", OFAC, DAY, True), (DL, "MERROW, Ansa", OFAC, DAY, True)}
    text = "Today, OFAC removed two companies from the SDN List: Ostmere Trading FZE and Brask Shipping LLC."
    assert _facts(_run(extract, text)) == {(DL, "Ostmere Trading FZE", OFAC, DAY, True), (DL, "Brask Shipping LLC", OFAC, DAY, True)}


def test_a_body_named_national_opening_a_paragraph_is_no_field(extract) -> None:
    text = "\n\nNational Security Council official Teodric Vale and Holvik Credit Union were designated today by OFAC."
    assert {(s, o) for _, s, o, _, _ in _facts(_run(extract, text))} == {("Teodric Vale", OFAC), ("Holvik Credit Union", OFAC)}


def test_a_removal_beside_a_designation_drops_only_the_removed(extract) -> None:
    text = "Today, OFAC designated Holvik Credit Union, which it had removed from the SDN List in March."
    assert _facts(_run(extract, text)) == {(DB, "Holvik Credit Union", OFAC, DAY, True)}
    text = "OFAC today removed Holvik Credit Union from the SDN List and designated Ostmere Trading FZE."
    assert _facts(_run(extract, text)) == {(DL, "Holvik Credit Union", OFAC, DAY, True), (DB, "Ostmere Trading FZE", OFAC, DAY, True)}


def test_a_comma_set_before_clause_is_an_aside(extract) -> None:
    text = "OFAC designated Teodric Vale, before he fled to Dorvania, and Holvik Credit Union."
    assert _facts(_run(extract, text)) == {(DB, "Teodric Vale", OFAC, DAY, True), (DB, "Holvik Credit Union", OFAC, DAY, True)}


@pytest.mark.parametrize("subject", ["The Dorvani Ministry of Finance", "The Japanese Ministry of Finance"])
def test_a_nationality_inside_the_organs_name_is_another_government(extract, subject: str) -> None:
    found = _facts(_run(extract, f"{subject} sanctioned Holvik Credit Union and Teodric Vale."))
    assert not {o for _, _, o, _, _ in found} & {OFAC, "U.S. Department of the Treasury"}


def test_a_dated_section_after_a_short_lead(extract) -> None:
    text = ("# Treasury Sanctions Network\n\nMarch 10, 2026\n\nWASHINGTON — Today, OFAC designated Holvik Credit Union."
            "\n\n## March 3, 2025 Action\n\nOFAC designated Ostmere Trading FZE for its support to the network.")
    assert _facts(extract_markdown(extract, text, DAY)) == {(DB, "Holvik Credit Union", OFAC, DAY, True),
                                                            (DB, "Ostmere Trading FZE", OFAC, "March 3, 2025", False)}


def test_an_earlier_time_fronted_on_the_first_conjunct_dates_the_designation(extract) -> None:
    text = "In March 2025, the President ended the program and OFAC concurrently designated Teodric Vale."
    assert _facts(_run(extract, text)) == {(DB, "Teodric Vale", OFAC, "March 2025", False)}
