"""Review of PE's short-name repeats and gapped criterion clauses (thirty-first session, RE; invented texts).

A short name that is also a common word ("Harvest") opens a sentence as the common noun it modifies ("Harvest season
... is overseen by governor X"): the small model tags it NN, as it tags an unknown name there, and the repeat made it
the body of the governor's post."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    ("**Harvest Agro Trading LLC** (**Harvest**) is a shell company. Harvest season in the region is overseen by "
     "governor **Karim Saleh**.", set()),
    ("**Harvest Agro Trading LLC** (**Harvest**) is a shell company. Harvest is run by general director **Karim "
     "Saleh**.", {(HR, "Karim Saleh", "Harvest Agro Trading LLC", "general director")}),
], ids=["common-noun-use-is-no-body", "name-use-is-the-body"])
def test_a_short_name_read_as_a_common_noun_modifier_is_no_body(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))
