"""A nationality before "national" read as a name takes no post (issue 13, H9; invented texts).

The small model tags "Sri Lankan" or "Greek Cypriot" before "national X" as a person or a firm; the title before it
("Its general manager is Sri Lankan national X", "Y's sole director is Greek Cypriot national X") then went to that
"person", or the post was lost (nlp/not_names._nationality_before_noun makes such words a nationality).
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
FIRM = "Panama-registered **Delmora Shipping Inc.** (Delmora) owns one tanker. "


@pytest.mark.parametrize("sentence, role", [
    ("Its general manager is Sri Lankan national **Andreas Petrou Kallis** (Kallis).", "general manager"),
    ("Its general manager, Greek Cypriot national **Andreas Petrou Kallis** (Kallis), also manages the crews.", "general manager"),
])
def test_the_post_goes_to_the_named_person_not_the_nationality(extract, facts, sentence, role):
    facts(extract_markdown(extract, FIRM + sentence), {(HR, "Andreas Petrou Kallis", "Delmora Shipping Inc.", role)}, kinds=(HR,))


def test_a_one_word_nationality_as_before(extract, facts):
    """Guard: "Greek national X" was read right on main and stays so."""
    text = FIRM + "Its general manager is Greek national **Andreas Petrou Kallis** (Kallis)."
    facts(extract_markdown(extract, text), {(HR, "Andreas Petrou Kallis", "Delmora Shipping Inc.", "general manager")}, kinds=(HR,))
