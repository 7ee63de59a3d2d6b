"""Which body designates, mends of review V9 (seventeenth session, issue 13, M38).

- Item 2: a relative clause of today's action ("the company, which OFAC designated today, is run by B") is the
  release's action, not background: "B was also designated today" after it is that body's.
- Item 4: a story's lower-case "the department" after a foreign department is that one, never a U.S. department
  named in a relative clause describing its antecedent ("the group, which the U.S. Treasury Department designated last
  year").

Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, STATE, TREASURY, designees

pytestmark = pytest.mark.slow

DFAT = "Department of Foreign Affairs and Trade"


def _designations(extract, text: str, date: str) -> set[tuple[str, str]]:
    return designees(extract_markdown(extract, text, date))


STATE_NOTE = ("# Sanctioning a Freight Ring\n\nPress Statement\n\nMarch 10, 2026\n\nToday, the Department of State is "
              "designating Ovin Taral Desk under Section 7031(c) for his involvement in significant corruption. "
              "The ring's front company, which {body} designated today, is run by Grev Halm Tesko. Tesko was also "
              "designated today.\n")


@pytest.mark.parametrize("body, expected", [("OFAC", OFAC), ("the Department of the Treasury", TREASURY)])
def test_a_relative_clause_of_today_acts_for_the_next_passive(extract, body, expected):
    found = _designations(extract, STATE_NOTE.format(body=body), "2026-03-10")
    assert {pair for pair in found if pair[0] == "Grev Halm Tesko"} == {("Grev Halm Tesko", expected)}
    assert ("Ovin Taral Desk", STATE) in found


FOREIGN_DEPARTMENT_STORY = """# Australia acts on hacking crew

CANBERRA, March 10, 2026 — Australia's Department of Foreign Affairs and Trade on Tuesday imposed sanctions on the Osprel cyber group, which the U.S. Treasury Department designated last year. The department also designated the group's founder, Tavo Renke Ilstad.
"""


def test_the_department_after_a_foreign_one_is_not_a_us_body(extract):
    """Item 4: "the department" stands for the last department named in a clause of its own, here Australia's: never
    the U.S. Treasury named in a background clause."""
    found = _designations(extract, FOREIGN_DEPARTMENT_STORY, "2026-03-10")
    assert {pair for pair in found if pair[0] == "Tavo Renke Ilstad"} == {("Tavo Renke Ilstad", DFAT)}
