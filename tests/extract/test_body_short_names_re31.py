"""Review of PE's short-name repeats and gapped criterion clauses (thirty-first session, RE; invented texts).

A short name that is also a common word ("Harvest") opens a sentence as the common noun it modifies ("Harvest season
... is overseen by governor X"): the small model tags it NN, as it tags an unknown name there, and the repeat made it
the body of the governor's post. A list of bodies coordinated before one criterion ("designated A, B, and C for being
owned, controlled, or directed by X") is no gapped clause: X directs each, not only the last body named."""
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


@pytest.mark.parametrize("text, expected", [
    ("OFAC is designating **Alder Trading LLC**, **Birch Shipping LLC**, and **Cedar Marine LLC** for being owned, "
     "controlled, or directed by **Viktor Sokolov**.",
     {(HR, "Viktor Sokolov", "Alder Trading LLC", "director"), (HR, "Viktor Sokolov", "Birch Shipping LLC", "director"),
      (HR, "Viktor Sokolov", "Cedar Marine LLC", "director")}),
    ("Today, OFAC designated **Alder Trading LLC** and **Birch Shipping LLC** for being owned, controlled, or directed "
     "by **Viktor Sokolov**.",
     {(HR, "Viktor Sokolov", "Alder Trading LLC", "director"), (HR, "Viktor Sokolov", "Birch Shipping LLC", "director")}),
    ("**Alder Trading LLC** is being designated for having acted for or on behalf of **Birch Shipping LLC**, and "
     "**Cedar Marine LLC** for being owned, controlled, or directed by **Viktor Sokolov**.",
     {(HR, "Viktor Sokolov", "Cedar Marine LLC", "director")}),
    ("**Birch Shipping LLC** is being designated for being owned or controlled by **Alder Trading LLC**, and **Cedar "
     "Marine LLC** for being owned, controlled, or directed by **Viktor Sokolov**.",
     {(HR, "Viktor Sokolov", "Cedar Marine LLC", "director")}),
], ids=["three-bodies-one-criterion", "two-bodies-one-criterion", "gapped-after-a-body-object",
        "gapped-after-a-body-agent"])
def test_bodies_listed_before_one_criterion_each_take_the_post(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))
