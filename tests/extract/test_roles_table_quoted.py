"""roles_table: a post cell whose body is a name in quotes after "the so-called" or "the Russia-installed"
("Deputy Head of the so-called "X City Administration""): the words and quotes between "of" and the name are no part
of the body (invented texts, issue 13, thirty-first session LT)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

QUOTED = """# Treasury Sanctions Officials Installed in Occupied Regions of Tarvonia

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated three individuals whom Moscow placed in charge of occupation bodies in Tarvonia.

## Designated Individuals

| Name | Nationality | Date of birth | Position |
|---|---|---|---|
| **Gennadiy Pavlovich Orlyansky** | Russia | 4 May 1970 | Deputy Head of the so-called "Vostrovsk City Administration" |
| **Olena Mykhailivna Zaritska** | Tarvonia | 9 June 1982 | Chairman of the so-called "Electoral Commission of Velmar Oblast" |
| **Boris Arkadyevich Tulyakov** | Russia | 2 March 1965 | Former First Deputy Head of the Russia-installed "Krasnobrod District Administration" |

They are designated pursuant to E.O. 14024.
"""

NO_POST = """# Treasury Sanctions Officials Installed in Occupied Regions of Tarvonia

WASHINGTON - Today, OFAC designated two individuals who organized the so-called "referendum" in Tarvonia.

| Name | Nationality | Date of birth |
|---|---|---|
| **Gennadiy Pavlovich Orlyansky** | Russia | 4 May 1970 |
| **Olena Mykhailivna Zaritska** | Tarvonia | 9 June 1982 |

They are designated pursuant to E.O. 14024.
"""


def test_a_quoted_body_after_so_called_is_the_posts_body(extract, facts):
    facts(extract_markdown(extract, QUOTED), {
        (HR, "Gennadiy Pavlovich Orlyansky", "Vostrovsk City Administration", "Deputy Head"),
        (HR, "Olena Mykhailivna Zaritska", "Electoral Commission of Velmar Oblast", "Chairman"),
        (HR, "Boris Arkadyevich Tulyakov", "Krasnobrod District Administration", "Former First Deputy Head")}, kinds=(HR,))


def test_a_table_without_a_post_column_gives_no_post(extract, facts):
    facts(extract_markdown(extract, NO_POST), set(), kinds=(HR,))
