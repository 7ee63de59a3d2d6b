"""A post stated in a "where" clause whose subject is "he" / "she" (thirty-fourth session, DS; invented texts).

"X reports to Y (Short), where he previously worked as a programmer", "Before founding the firm he spent a decade at
Y, where he rose to deputy head of banking supervision": the person already held a post from the rules, and the
second one, at Y, was lost (`hopeless:rulepost_elsewhere`): the rules read a pronoun subject only after a short
opener, `where_org` asked only for a copula or "serves", and it took the body only from the word before the comma.
`roles_links.where_pronoun_holder` gives the post to the subject of the clause Y stands in when "he" / "she" names
that person; another person named before "where" leaves it unread."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
OPENING = ("WASHINGTON — Today, OFAC designated two people and a company.\n\n**Tarvo Trust Ltd** (Tarvo Trust) created "
           "shell companies. The firm's managing director, **Neo Pule Kgosi**, was also designated.\n\n")
MANAGER = (HR, "Neo Pule Kgosi", "Tarvo Trust Ltd", "managing director")
LISTED = ("WASHINGTON — Today, OFAC designated two people and a company.\n\n**Tarvo Trust Ltd** (Tarvo Trust) created "
          "shell companies. Its manager is **Neo Pule Kgosi** (Kgosi). ")
LISTED_MANAGER = (HR, "Neo Pule Kgosi", "Tarvo Trust Ltd", "manager")
BANK = "Reserve Bank of Malawi"
TRADING = "Kalahari General Trading Corporation"


@pytest.mark.parametrize("text, expected", [
    (OPENING + f"Kgosi, 57, is well known. Before founding the firm in 2008 he spent a decade at the {BANK}, where he "
     "rose to deputy head of banking supervision.", {MANAGER, (HR, "Neo Pule Kgosi", BANK, "deputy head")}),
    (OPENING + f"Kgosi, 57, is well known. Before founding the firm in 2008 he spent a decade at the {BANK}, where he "
     "was deputy head of banking supervision.", {MANAGER, (HR, "Neo Pule Kgosi", BANK, "deputy head")}),
    (LISTED + f"Kgosi reports to **{TRADING}** (Kalahari), a ministry subordinate that sends workers abroad, where he "
     "previously worked as a programmer.", {LISTED_MANAGER, (HR, "Neo Pule Kgosi", TRADING, "programmer")}),
    (LISTED + f"Kgosi reports to **{TRADING}** (Kalahari), where he previously worked as a programmer.",
     {LISTED_MANAGER, (HR, "Neo Pule Kgosi", TRADING, "programmer")}),
], ids=["rose-to", "was", "relative-after-description", "short-name-before-where"])
def test_the_where_clause_pronoun_holds_the_post_at_the_body(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))


@pytest.mark.parametrize("text", [
    OPENING + f"Kgosi met Mpho Dube at the {BANK}, where he is deputy head of banking supervision.",
    OPENING + f"Kgosi visited the {BANK}, where he was arrested by the police.",
], ids=["another-person-named-before-where", "no-title"])
def test_no_post_when_the_where_clause_names_none_or_he_may_be_another(extract, facts, text):
    facts(extract_markdown(extract, text), {MANAGER}, kinds=(HR,))
