"""roles_lists: a numbered list of a body's board members whose own post joins two titles ("5. X, Director and Chief
Accountant") stays one list: every member listed after it keeps the introducing post; a numbered list without an
introducing post at a body gives none (invented texts, issue 13, thirty-second session TL)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
BODY = "Velmar Heavy Industries Public Company Limited"

BOARD = """# Treasury Targets Board of Tarvonian Military Conglomerate

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Velmar Heavy Industries Public Company Limited** (VHI), a conglomerate controlled by the Tarvonian military, and the seven members of its board of directors, pursuant to Executive Order (E.O.) 14014.

**VHI'S BOARD OF DIRECTORS**

The following members of VHI's board are being designated for being or having been leaders or officials of VHI:

1. Lieutenant General **Aric Dorn Velasko**, Chairman of the Board
2. Major General **Tobin Hale Marsh**, Vice Chairman
3. **Selma Ruta Kvist**, Director (Finance)
4. Colonel **Idris Fen Olabode**, Director
5. **Lin Sao Tenn**, Director and Chief Accountant
6. Brigadier General **Oren Vale Stroud**
7. **Mira Tesh Kovach**

Velasko also commands the Tarvonian military's Northern Command.
"""


def test_a_post_of_two_titles_does_not_end_the_list(extract, facts):
    """An item's own post is its post at the board's body (roles_item_posts, LS33: the title as written); the members
    listed without a post after the joined post keep the introducing "member"."""
    facts(extract_markdown(extract, BOARD), {
        (HR, "Aric Dorn Velasko", BODY, "Chairman of the Board"), (HR, "Tobin Hale Marsh", BODY, "Vice Chairman"),
        (HR, "Selma Ruta Kvist", BODY, "Director"), (HR, "Idris Fen Olabode", BODY, "Director"),
        (HR, "Lin Sao Tenn", BODY, "Director"), (HR, "Lin Sao Tenn", BODY, "Chief Accountant"),
        (HR, "Oren Vale Stroud", BODY, "member"), (HR, "Mira Tesh Kovach", BODY, "member")}, kinds=(HR,))


DESIGNEES = """# Treasury Targets Board of Tarvonian Military Conglomerate

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Velmar Heavy Industries Public Company Limited** (VHI), a conglomerate controlled by the Tarvonian military, and seven individuals, pursuant to Executive Order (E.O.) 14014.

**VHI'S BOARD OF DIRECTORS**

The following individuals are being designated pursuant to E.O. 14014:

1. Lieutenant General **Aric Dorn Velasko**, Chairman of the Board
2. Major General **Tobin Hale Marsh**, Vice Chairman
3. **Selma Ruta Kvist**, Director (Finance)
4. Colonel **Idris Fen Olabode**, Director
5. **Lin Sao Tenn**, Director and Chief Accountant
6. Brigadier General **Oren Vale Stroud**, Director
7. **Mira Tesh Kovach**, Independent Director

Velasko also commands the Tarvonian military's Northern Command.
"""


def test_a_list_without_an_introducing_post_gives_none(extract, facts):
    facts(extract_markdown(extract, DESIGNEES), set(), kinds=(HR,))
