"""A designation verb inside a quotation: its targets end at the closing mark, so the speaker named after it ('"We
have sanctioned A and B," said spokesperson C') is no designee (designation_windows.window_end, P6). Invented texts."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
HEAD = "Treasury Targets Arms Brokers\n\nJune 9, 2026\n\nToday, OFAC designated Tomas Brekov and Hollin Arms Trading LLC.\n\n"


@pytest.mark.parametrize("quote", [
    '"We have sanctioned Mira Solvang and her husband, Dario Solvang," said Treasury spokesperson Ana Ruizek.',
    "\u201cWe have sanctioned Mira Solvang and her husband, Dario Solvang,\u201d said Treasury spokesperson Ana Ruizek.",
], ids=["straight", "curly"])
def test_the_speaker_after_a_quoted_designation_is_no_designee(extract, facts, quote):
    facts(extract(HEAD + quote), {(DB, "Tomas Brekov", OFAC, None), (DB, "Hollin Arms Trading LLC", OFAC, None),
                                  (DB, "Mira Solvang", OFAC, None), (DB, "Dario Solvang", OFAC, None)}, kinds=(DB,))


def test_an_alias_in_quotation_marks_does_not_end_the_list(extract, facts):
    text = HEAD.replace("Tomas Brekov and Hollin", 'Tomas Brekov, alias "El Zorro", and Hollin')
    facts(extract(text), {(DB, "Tomas Brekov", OFAC, None), (DB, "Hollin Arms Trading LLC", OFAC, None)}, kinds=(DB,))


def test_a_name_said_not_to_be_on_the_list_is_no_designee(extract, facts):
    """P6: "X, a former brigade commander, was not on the list" designated X ("on the list" read every name)."""
    text = HEAD + "Analysts said Teodor Varnhold, a former brigade commander, was not on the list."
    facts(extract(text), {(DB, "Tomas Brekov", OFAC, None), (DB, "Hollin Arms Trading LLC", OFAC, None)}, kinds=(DB,))
