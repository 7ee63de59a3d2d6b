"""roles_table: a post cell listing several posts separated by semicolons ("Chief of Staff of Y; former commander of
Z") gives each item its post at the body the item names; an item without a title ("oversaw the transfer") gives none
(invented texts, issue 13, thirty-fourth session LS)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

ITEMS = """# Norvania Lists Tarvonian Officers Supplying Munitions

The Minister for Foreign Affairs of Norvania today listed three officers of the Tarvonian army.

## Persons listed today

| Name | Position or description | Sanction |
|---|---|---|
| **Colonel Brenna Holtvik** | Chief of Staff of the Ostmark Rifle Corps; former commander of the Kalvera Mountain Brigade | Targeted financial sanction |
| **Major Aldric Vennström** | Deputy Commander of the Dravik Artillery Regiment; oversaw the transfer of shells | Targeted financial sanction |
| **Solveig Ardenne** | Director of the Tarvonian Munitions Office | Targeted financial sanction |

The Ostmark Rifle Corps, the Kalvera Mountain Brigade and the Dravik Artillery Regiment fought in the border war.
"""


def test_each_item_of_a_post_cell_gives_its_post(extract, facts):
    facts(extract_markdown(extract, ITEMS), {
        (HR, "Brenna Holtvik", "Ostmark Rifle Corps", "Chief of Staff"),
        (HR, "Brenna Holtvik", "Kalvera Mountain Brigade", "former commander"),
        (HR, "Aldric Vennström", "Dravik Artillery Regiment", "Deputy Commander"),
        (HR, "Solveig Ardenne", "Tarvonian Munitions Office", "Director")}, kinds=(HR,))


NO_TITLE = """# Norvania Lists Tarvonian Traders

The Minister for Foreign Affairs of Norvania today listed two traders.

| Name | Position or description | Sanction |
|---|---|---|
| **Brenna Holtvik** | Businesswoman; shipped shells for the Ostmark Rifle Corps | Targeted financial sanction |
| **Aldric Vennström** | Trader; paid the Dravik Artillery Regiment | Targeted financial sanction |

The Ostmark Rifle Corps and the Dravik Artillery Regiment fought in the border war.
"""


def test_items_without_a_title_give_no_post(extract, facts):
    facts(extract_markdown(extract, NO_TITLE), set(), kinds=(HR,))
