"""Status labels read as designees (issue 13, M31). Texts and names invented for these tests.

- "which the Department of State designated as a Specially Designated Global Terrorist": "Global Terrorist" is the
  label's piece, not a designee, also when coreference joins it to "Terrorist" of "Assistant Secretary for Terrorist
  Financing" elsewhere in the release (t14_15's false designee).
- "**Actions of 12 May 2024**" on a line of its own: a dated label, not a designee's bold name (M28's note).
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import DB

pytestmark = pytest.mark.slow

HEAD = "# Treasury Sanctions Network\n\nMarch 10, 2026\n\nWASHINGTON — Today, the U.S. Department of the Treasury's " \
       "Office of Foreign Assets Control (OFAC) designated Oster Grain FZE.\n\n"


def _designees(relations: list[dict]) -> set[str]:
    return {r["subject"]["name"] for r in relations if r["relation"] == DB}


def test_a_piece_of_a_program_label_is_no_designee_though_a_title_shares_a_word(extract):
    text = HEAD + ("Oster Grain FZE supplies the Vantor Brigade, which the Department of State designated as a Foreign "
                   "Terrorist Organization and Specially Designated Global Terrorist (SDGT) in 2025.\n\n"
                   "\"The network feeds armed groups,\" said Assistant Secretary for Terrorist Financing Mirela Oskand.\n")
    assert "Global Terrorist" not in _designees(extract_markdown(extract, text, "2026-03-10"))


def test_a_bold_dated_label_line_is_no_designee(extract):
    text = HEAD + "**Actions of 12 May 2024**\n\nOFAC designated Brisk Harbor Bank for its support to the network.\n"
    assert _designees(extract_markdown(extract, text, "2026-03-10")) == {"Oster Grain FZE", "Brisk Harbor Bank"}
