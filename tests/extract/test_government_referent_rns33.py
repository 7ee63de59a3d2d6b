"""Review of NS's government referent (thirty-third session, RNS): a title that says whose government it is.

Invented names. "government spokesperson X" takes the government the paragraph named before (government_referent).
A possessor before "government" ("the opposition's government spokesman") or a complement after the title
("government spokesman of the rebels' shadow cabinet") names another holder than the state named before: the
referent reading gave such a person a post at that state's government. They get no post from it now; the plain
title keeps its post.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
UGANDA = "The United States sanctioned three Ugandan officials and a gold refinery in Kampala on Tuesday.\n\n"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        UGANDA + "Uganda rejected the move. Kato Mbabazi, the opposition's government spokesman, welcomed it.",
        set(),
        id="a-possessor-before-government"),
    pytest.param(
        UGANDA + "Uganda rejected the move. Kato Mbabazi, government spokesman of the rebels' shadow cabinet, "
        "welcomed it.",
        set(),
        id="a-complement-after-the-title"),
    pytest.param(
        UGANDA + "Uganda rejected the move. Kato Mbabazi, the government spokesman, said it was unfair.",
        {(HR, "Kato Mbabazi", "Government of Uganda", "government spokesman")},
        id="the-plain-title-keeps-its-post"),
])
def test_a_title_naming_its_holder_takes_no_state_named_before(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
