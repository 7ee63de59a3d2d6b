"""roles_item_posts, reviewed (thirty-third session, rls): the intro's member noun must be the noun that announces the
listed people ("its board consists of:", "two of Y's officers:", "the following members of Y's board"), not a noun the
intro names beside other people ("the following officials, who met with Y's board:", "the board of Y paid the
following individuals:"). Invented texts, exact results."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
FIRM = "Morvane Logistics LLC"


def _release(intro_and_items: str) -> str:
    return f"""# Treasury Sanctions Tarvonian Freight Company

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **{FIRM}** (Morvane), a freight company in Tarvonia, pursuant to E.O. 13818.

Morvane is being designated for being owned or controlled by Kaspar Ilde Renvo.

{intro_and_items}

Morvane ships goods across the northern border.
"""


NOT_ITS_PEOPLE = {
    "officials who met its board": """The following officials, who met with the board of Morvane, are also being designated:

- **Edda Lorn Skiff**, deputy prime minister;
- **Bastian Relo Quern**, governor; and
- **Noor Ulla Fitch**, chief of staff.""",
    "people its board paid": """The board of Morvane approved payments to the following individuals:

- **Edda Lorn Skiff**, consultant;
- **Bastian Relo Quern**, customs director; and
- **Noor Ulla Fitch**, deputy minister.""",
    "contractors its management hired": """Morvane's management hired the following contractors, who are also being designated:

- **Edda Lorn Skiff**, engineer;
- **Bastian Relo Quern**, project manager;
- **Noor Ulla Fitch**, director.""",
    "people who worked with its management": """The following individuals, who worked with Morvane's management, are also being designated:

- **Edda Lorn Skiff**, accountant;
- **Bastian Relo Quern**, a lawyer, director; and
- **Noor Ulla Fitch**, chief financial officer.""",
}


@pytest.mark.parametrize("items", NOT_ITS_PEOPLE.values(), ids=NOT_ITS_PEOPLE.keys())
def test_a_member_noun_that_does_not_announce_the_list_gives_the_items_no_post(extract, facts, items):
    facts(extract_markdown(extract, _release(items)), set(), kinds=(HR,))
