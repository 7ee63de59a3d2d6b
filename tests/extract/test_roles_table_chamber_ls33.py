"""roles_table: a members' table under a heading naming another state's chamber by a U.S. chamber's bare name
("**House of Representatives**") gives the rows' posts at that state's legislature; the same heading in a release
about the U.S. Congress gives no post at a U.S. chamber (invented texts, issue 13, thirty-third session LS)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

FOREIGN = """# ANALYSIS: Why Washington targeted Tarvonia's lawmakers

By Mira Kessel

ROVNA, June 11 (Meridian News Agency) - The U.S. Treasury Department blacklisted four Tarvonian lawmakers on Tuesday.

Tarvonia's National Assembly has two chambers: the 90-seat House of Representatives and the Council of the Regions, whose members are appointed.

Treasury's Office of Foreign Assets Control (OFAC) said the four had voted for laws that criminalised contacts with exiled opposition groups.

## Who was named

The lawmakers sanctioned on Tuesday, by chamber:

**House of Representatives**

| Name | Post |
|---|---|
| Orest Vadimovich Lantsou | Chairman (speaker) |
| Ilona Petrauna Zhukovich | Deputy Chairman |

**Council of the Regions**

| Name | Post |
|---|---|
| Halyna Ostapauna Verba | Chairwoman |
| Stas Mikalaevich Drozd | Member |

Lantsou became speaker after the 2024 elections.
"""


def test_a_foreign_chamber_under_a_us_chambers_name_holds_its_members_posts(extract, facts):
    facts(extract_markdown(extract, FOREIGN), {
        (HR, "Orest Vadimovich Lantsou", "Tarvonia's National Assembly", "Chairman"),
        (HR, "Ilona Petrauna Zhukovich", "Tarvonia's National Assembly", "Deputy Chairman"),
        (HR, "Halyna Ostapauna Verba", "Council of the Regions", "Chairwoman"),
        (HR, "Stas Mikalaevich Drozd", "Council of the Regions", "Member"),
    }, kinds=(HR,))


DOMESTIC = """# Lawmakers ask Treasury to widen sanctions on Tarvonian officials

By Mira Kessel

WASHINGTON, June 11 (Meridian News Agency) - Two members of the U.S. Congress asked the Treasury Department on Tuesday to widen sanctions on Tarvonian officials.

## Who signed

**House of Representatives**

| Name | Post |
|---|---|
| Dale Warren Hoskins | Chairman |
| Paula Jean Marrow | Ranking Member |

The letter was sent to the Office of Foreign Assets Control.
"""


def test_the_same_heading_in_a_release_about_congress_names_no_other_states_chamber(extract, facts):
    facts(extract_markdown(extract, DOMESTIC), set(), kinds=(HR,))
