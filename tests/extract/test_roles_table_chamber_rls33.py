"""roles_table, reviewed (thirty-third session, rls): a "**House of Representatives**" heading over a table in a release
that names the U.S. Congress as such ("two members of the U.S. Congress") is the U.S. chamber, though the release also
names another state's legislature: its rows hold no post at that legislature (invented text, exact result)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

US_LAWMAKERS = """# Lawmakers ask Treasury to widen sanctions on Tarvonian officials

By Mira Kessel

WASHINGTON, June 11 (Meridian News Agency) - Two members of the U.S. Congress asked the Treasury Department on Tuesday to widen sanctions on Tarvonian officials who sit in Tarvonia's National Assembly.

## Who signed

**House of Representatives**

| Name | Post |
|---|---|
| Dale Warren Hoskins | Chairman |
| Paula Jean Marrow | Ranking Member |

The letter was sent to the Office of Foreign Assets Control.
"""


def test_a_us_chamber_heading_in_a_release_naming_the_us_congress_gives_no_post_at_another_states_legislature(extract, facts):
    facts(extract_markdown(extract, US_LAWMAKERS), set(), kinds=(HR,))


FOREIGN_WITH_BARE_US = """# ANALYSIS: Why Washington targeted Tarvonia's lawmakers

By Mira Kessel

ROVNA, June 11 (Meridian News Agency) - The U.S. Treasury Department blacklisted four Tarvonian lawmakers on Tuesday, the latest U.S. step against the government in Rovna.

Tarvonia's National Assembly has two chambers: the 90-seat House of Representatives and the Council of the Regions, whose members are appointed.

The U.S. and the European Union say the four voted for laws that criminalised contacts with exiled opposition groups.

## Who was named

**House of Representatives**

| Name | Post |
|---|---|
| Orest Vadimovich Lantsou | Chairman (speaker) |
| Ilona Petrauna Zhukovich | Deputy Chairman |

Lantsou became speaker after the 2024 elections, which the U.S. did not recognise.
"""


def test_a_bare_us_in_a_story_about_another_states_chamber_keeps_the_tables_posts_there(extract, facts):
    """The resolver may join a bare "U.S." to the chamber's cluster: that form says nothing of the chamber."""
    facts(extract_markdown(extract, FOREIGN_WITH_BARE_US), {
        (HR, "Orest Vadimovich Lantsou", "Tarvonia's National Assembly", "Chairman"),
        (HR, "Ilona Petrauna Zhukovich", "Tarvonia's National Assembly", "Deputy Chairman"),
    }, kinds=(HR,))
