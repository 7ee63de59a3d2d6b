"""A body's one-word short name given in parentheses is that body wherever the release uses it again, even where the
model tagged nothing there (thirty-first session, PE; invented texts).

"Tavush Components CJSC (Tavush) ... Tavush is run by general director X": the small model read the later "Tavush"
as a common noun, no mention stood there, and the passive rule had no body to give X's post at; the second post X
holds in the same sentence ("who previously worked as a sales manager at Y") was the only one given.
`nlp/body_short_names.add_body_short_name_repeats` makes each later lone use of such a short name a mention of the
body, as `_add_acronym_alias_repeats` does for an all-caps one. A word inside another capitalised name ("Hotel
Tavush") is left, and the close sentences that state no post (ownership, an associate, a relative) give none."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
OPENING = "Yerevan-based **Tavush Components CJSC** (**Tavush**) acted as a front buyer for drone programs. "
LATER = (HR, "Aram Petrosyan", "AO Lumen-Opto", "sales manager")
CLAUSE = ", who previously worked as a sales manager at the Russian firm **AO Lumen-Opto**."


@pytest.mark.parametrize("text, expected", [
    (OPENING + "Tavush is run by general director **Aram Petrosyan** (**Petrosyan**)" + CLAUSE,
     {LATER, (HR, "Aram Petrosyan", "Tavush Components CJSC", "general director")}),
    (OPENING + "Tavush is owned by **Aram Petrosyan** (**Petrosyan**)" + CLAUSE, {LATER}),
    (OPENING + "Hotel Tavush is run by general director **Aram Petrosyan** (**Petrosyan**)" + CLAUSE, {LATER}),
    (OPENING + "**Aram Petrosyan** (**Petrosyan**), an associate of Tavush, previously worked as a sales manager at the "
               "Russian firm **AO Lumen-Opto**.", {LATER}),
    (OPENING + "Petrosyan's brother runs Tavush. **Aram Petrosyan** (**Petrosyan**) previously worked as a sales "
               "manager at the Russian firm **AO Lumen-Opto**.", {LATER}),
], ids=["run-by-after-short-name", "owned-by-no-post", "another-name-holding-the-word", "associate-no-post",
        "relative-no-post"])
def test_a_body_short_name_used_again_is_the_body(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))


GAPPED = ("**Harbor Lane Auto Imports (Pty) Ltd** (Harbor Lane) exports used cars. **Kestrel Digital Exchange (Pty) Ltd** "
          "(Kestrel Exchange) is a small virtual currency platform. **Naeem Jardoon** (Jardoon) and **Thabo Mokwena** "
          "(Mokwena) helped the cell. ")


@pytest.mark.parametrize("text, expected", [
    (GAPPED + "Harbor Lane is being designated for being owned, controlled, or directed by Jardoon, and Kestrel Exchange "
              "for being owned, controlled, or directed by Mokwena.",
     {(HR, "Naeem Jardoon", "Harbor Lane Auto Imports (Pty) Ltd", "director"),
      (HR, "Thabo Mokwena", "Kestrel Digital Exchange (Pty) Ltd", "director")}),
    (GAPPED + "Harbor Lane is being designated for being owned or controlled by Jardoon, and Kestrel Exchange for being "
              "owned or controlled by Mokwena.", set()),
], ids=["gapped-criterion-names-its-own-body", "owned-or-controlled-no-post"])
def test_a_gapped_criterion_clause_is_about_its_own_body(extract, facts, text, expected):
    """"A is designated for being ... directed by X, and B for being ... directed by Y": Y's post is at B, not A (the
    parser hangs the gapped second chain on A's clause)."""
    facts(extract_markdown(extract, text), expected, kinds=(HR,))
