"""A bold name's actor is read on its verb's own clause (twentieth session, issue 13, D24).

"Concurrently, OFAC is designating **A**, together with **B**, a charity that has paid fighters previously
sanctioned by the United States, and **C**, the fund's treasurer": the "previously" of a clause describing a noun made
the whole sentence an earlier action, so OFAC was no actor of C and C went to the State Department's statement.
Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, STATE, current_designees, designees

pytestmark = pytest.mark.slow

NOTE = """# Sanctioning Smugglers on the Varn River

PRESS STATEMENT

May 4, 2026

The United States is today imposing sanctions on two individuals and two entities that move weapons across the Varn River. These actions are taken pursuant to Executive Order 14098.

The Department of State is designating **Oskar Belmin Trasko**, who commands the river patrol that escorts the shipments.

Concurrently, the Department of the Treasury's Office of Foreign Assets Control is designating **Kestrel Barge Lines**, together with **Norden Relief Fund**, a charity that has paid fighters previously sanctioned by the United States, and **Ilona Vesk Marrow**, the fund's treasurer.

For more information on the individuals and entities designated by the Department of the Treasury today, see Treasury's press release.
"""


def test_a_describing_clause_s_past_leaves_the_sentence_s_actor(extract):
    """Marrow, the bold treasurer the sentence's rules do not reach, is OFAC's like the names before her."""
    found = designees(extract_markdown(extract, NOTE))
    assert found == {("Oskar Belmin Trasko", STATE), ("Kestrel Barge Lines", OFAC), ("Norden Relief Fund", OFAC),
                     ("Ilona Vesk Marrow", OFAC)}


EARLIER_NOTE = """# Sanctioning Smugglers on the Varn River

PRESS STATEMENT

May 4, 2026

The United States is today imposing sanctions on two individuals and two entities that move weapons across the Varn River. These actions are taken pursuant to Executive Order 14098.

The Department of State is designating **Oskar Belmin Trasko**, who commands the river patrol that escorts the shipments.

Concurrently, the Department of the Treasury's Office of Foreign Assets Control is designating **Kestrel Barge Lines**, together with **Norden Relief Fund**, a charity that has paid fighters previously sanctioned by the United States, and **Ilona Vesk Marrow**, the fund's treasurer.

Earlier, in 2019, OFAC designated **Harlow Tug Company**, together with **Ostmark Salvage AB**, a firm that hauled the same weapons, and **Petra Lund Ovar**, the salvage firm's owner.

For more information on the individuals and entities designated by the Department of the Treasury today, see Treasury's press release.
"""


def test_an_earlier_action_of_the_verb_s_own_clause_gives_no_actor(extract):
    """Guard: "Earlier, in 2019, OFAC designated ..." is OFAC's earlier action, no actor of today for its bold owner."""
    found = current_designees(extract_markdown(extract, EARLIER_NOTE))
    assert ("Petra Lund Ovar", OFAC) not in found and ("Harlow Tug Company", OFAC) not in found
