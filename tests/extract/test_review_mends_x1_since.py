"""Review mend X1 item 3, twenty-second session (docs/robustness.md "Review leftovers, twenty-second session (R)",
"Review mends (X1/X2)"). Invented texts, exact relations; each case but the guards fails on main 082d382.

"Since taking control of the firm in 2019, X has never dismissed Y as chairman of Z": a date under "since" / "for" or a
length of time reaches up to now; the post is held now, not "then" (a negated replacing verb's dated post is former).
"""
from __future__ import annotations

import pytest

from relation_views import posts_with_current

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}


@pytest.mark.parametrize("text, expected", [
    ("Since taking control of the firm in 2019, Arvid Kessel has never dismissed Jonas Brekke as chairman of Nordvik "
     "Shipping LLC.", {("Jonas Brekke", "Nordvik Shipping LLC", "chairman", True)}),
    ("Since 2019, Arvid Kessel has not dismissed Jonas Brekke as chairman of Nordvik Shipping LLC.",
     {("Jonas Brekke", "Nordvik Shipping LLC", "chairman", True)}),
    ("For two years, Arvid Kessel did not dismiss Jonas Brekke as director of Vanta Trade LLC.",
     {("Jonas Brekke", "Vanta Trade LLC", "director", True)}),
    # guards: a point in time still dates the negated verb's post (R, R2)
    ("Today, OFAC designated Jonas Brekke. In 2019, Arvid Kessel did not dismiss Jonas Brekke as director of Vanta "
     "Trade LLC.", {("Jonas Brekke", "Vanta Trade LLC", "director", False)}),
    ("Today, OFAC designated Arvid Kessel. Jonas Brekke, whom Kessel did not replace as chairman of Nordvik Shipping "
     "LLC in 2019, lives in Kessa.", {("Jonas Brekke", "Nordvik Shipping LLC", "chairman", False)}),
])
def test_a_date_reaching_up_to_now_makes_no_former_post(extract, text, expected):
    """"Since ... in 2019, X has never dismissed Y as chairman of Z": Y holds the post now (X1 item 3)."""
    assert posts_with_current(extract(text, TODAY)) == expected
