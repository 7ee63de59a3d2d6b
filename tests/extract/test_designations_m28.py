"""Sixteenth-session testers' wrong facts and misses (issue 13, M28). Texts and names invented for these tests.

- "The Department of State also re-designated X": the subject of the hyphened "re-designated" acts, as that of
  "redesignated" does (not the release's body).
- "an officer of the Soviet KGB": a one-word nationality the gazetteer does not list, attached to the body's name,
  describes the body and is no body of its own.
- "## January 14, 2025 Action" over "OFAC designated X" in a release of March 10, 2026: X's designation is that
  day's earlier action (`current: false`); a heading with the release's own day leaves it today's.
- "OFAC reimposed sanctions on X, which had been removed from the SDN List in 2023": a designation; the delisting
  word tells the earlier step.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import DB, HR, OFAC

pytestmark = pytest.mark.slow

STATE = "U.S. Department of State"
HEAD = "# Treasury Sanctions Network\n\nMarch 10, 2026\n\nWASHINGTON — Today, the U.S. Department of the Treasury's " \
       "Office of Foreign Assets Control (OFAC) designated Oster Grain FZE.\n\n"


def _facts(relations: list[dict]) -> set[tuple]:
    return {(r["relation"], r["subject"]["name"], r["object"]["name"], r.get("role"), r["date"] if r["relation"] == DB else None,
             r["current"]) for r in relations if r["relation"] in {DB, HR}}


def test_the_subject_of_a_hyphened_re_designated_acts(extract):
    text = HEAD + "The Department of State also re-designated the Kandari Security Service (KSS).\n"
    assert _facts(extract_markdown(extract, text, "2026-03-10")) == {
        (DB, "Oster Grain FZE", OFAC, None, "2026-03-10", True),
        (DB, "Kandari Security Service", STATE, None, "2026-03-10", True)}


def test_a_former_states_adjective_before_a_body_is_no_body(extract):
    text = HEAD + "Davor Kellis, an officer of the Soviet KGB, was also designated today.\n"
    assert _facts(extract_markdown(extract, text, "2026-03-10")) == {
        (DB, "Oster Grain FZE", OFAC, None, "2026-03-10", True),
        (DB, "Davor Kellis", OFAC, None, "2026-03-10", True),
        (HR, "Davor Kellis", "KGB", "officer", None, True)}


def test_sanctions_reimposed_after_a_removal_are_a_designation(extract):
    text = HEAD + "OFAC also reimposed sanctions on Brisk Harbor Bank, which had been removed from the SDN List in 2023.\n"
    assert _facts(extract_markdown(extract, text, "2026-03-10")) == {
        (DB, "Oster Grain FZE", OFAC, None, "2026-03-10", True),
        (DB, "Brisk Harbor Bank", OFAC, None, "2026-03-10", True)}


def test_a_removal_alone_still_designates_nobody(extract):
    text = HEAD + "OFAC also removed Brisk Harbor Bank from the SDN List, where it had been designated in 2023.\n"
    assert _facts(extract_markdown(extract, text, "2026-03-10")) == {(DB, "Oster Grain FZE", OFAC, None, "2026-03-10", True)}


def _dated(relations: list[dict]) -> dict[str, tuple]:
    return {r["subject"]["name"]: (r["date"], r["current"]) for r in relations if r["relation"] == DB and r["object"]["name"] == OFAC}


def test_a_dated_heading_dates_the_designations_under_it(extract):
    text = HEAD + "## January 14, 2025 Action\n\nOFAC designated Brisk Harbor Bank for its support to the network.\n"
    assert _dated(extract_markdown(extract, text, "2026-03-10")) == {
        "Oster Grain FZE": ("2026-03-10", True), "Brisk Harbor Bank": ("January 14, 2025", False)}


def test_a_bold_dated_heading_line_dates_the_designations_under_it(extract):
    text = HEAD + "**Actions of 12 May 2024**\n\nOFAC designated Brisk Harbor Bank for its support to the network.\n"
    dated = _dated(extract_markdown(extract, text, "2026-03-10"))
    assert (dated["Oster Grain FZE"], dated["Brisk Harbor Bank"]) == (("2026-03-10", True), ("12 May 2024", False))


def test_a_heading_with_the_release_day_leaves_todays_action(extract):
    text = HEAD + "## March 10, 2026 Action\n\nOFAC designated Brisk Harbor Bank for its support to the network.\n"
    assert _dated(extract_markdown(extract, text, "2026-03-10")) == {
        "Oster Grain FZE": ("2026-03-10", True), "Brisk Harbor Bank": ("2026-03-10", True)}
