"""Names said about a designee are no designees (eighteenth session, issue 13, D22).

A branch that reads a whole sentence or a colon list's items ("The most prominent name on the list is X, who ...",
"designating two firms: A, ..., and B, a buying office whose managing director, D, arranged ...") took every name in
it, also those of a relative clause describing a target: the gang X leads, the director of B. Texts invented for these
tests.

An agentless passive of an earlier designation ("B was designated in 2023 as well", "The brigade was also designated at
that time") took the body acting today (a State note's own department) though the text had just named the earlier
action's agent ("A was previously designated by OFAC in 2023", "were designated by the Department of the Treasury in
January 2021"): it now takes that agent.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, STATE, TREASURY, designees

pytestmark = pytest.mark.slow

GANG_STORY = """# US sanctions harbour gang leaders

PORT-LOUIS, March 10, 2026 — The Treasury Department on Tuesday imposed sanctions on three gang leaders accused of extorting fishermen.

The most prominent name on the list is Ruben Tor Askel, who leads the Falcon Ridge gang in the northern province. Askel's men burned two villages last year.
"""

FIRMS = """# Treasury Sanctions Gold Traders

March 10, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating two gold trading firms: Orla Metals SARL, a trading house in the capital, and Vesta Minier SA, a buying office whose managing director, Pilar Ivo Santane, {tail}.
"""


def test_the_group_a_designee_leads_is_no_designee(extract):
    """"X, who leads the Y gang": the gang is named in a clause describing X."""
    found = designees(extract_markdown(extract, GANG_STORY, "2026-03-10"))
    assert found == {("Ruben Tor Askel", TREASURY)}


def test_the_director_in_a_whose_clause_is_no_designee(extract):
    """A colon list's item "B, a buying office whose managing director, D, arranged ...": D describes B."""
    found = designees(extract_markdown(extract, FIRMS.format(tail="arranged the payments to the minister"), "2026-03-10"))
    assert found == {("Orla Metals SARL", OFAC), ("Vesta Minier SA", OFAC)}


def test_a_whose_clause_that_designates_keeps_its_name(extract):
    """Guard: "whose managing director, D, is also being designated today" designates D."""
    found = designees(extract_markdown(extract, FIRMS.format(tail="is also being designated today"), "2026-03-10"))
    assert found == {("Orla Metals SARL", OFAC), ("Vesta Minier SA", OFAC), ("Pilar Ivo Santane", OFAC)}


STATE_NOTE = """# Sanctioning Prison Officials

Press Statement

March 10, 2026

The Department of State is designating Colonel Harun Sef Altay under Section 7031(c) due to his involvement in gross violations of human rights.

The Interior Ministry and its minister, Gorin Dal Vesk, were designated by the Department of the Treasury in January 2021. The ministry's riot brigade, the Orvel Guard, was also designated at that time.

The Kessa Mining Board was previously designated by OFAC on 31 October 2023, and the Tarn Export Office was designated in 2023 as well.
"""


def test_an_earlier_passive_takes_the_agent_just_named(extract):
    """The Orvel Guard goes on from the sentence before (the Treasury's action of 2021), the Tarn Export Office from the
    clause before it (OFAC's of 2023); neither is the State Department's action of today."""
    found = designees(extract_markdown(extract, STATE_NOTE, "2026-03-10"))
    assert found == {("Harun Sef Altay", STATE), ("Interior Ministry", TREASURY), ("Gorin Dal Vesk", TREASURY),
                     ("Orvel Guard", TREASURY), ("Kessa Mining Board", OFAC), ("Tarn Export Office", OFAC)}


TODAY_NOTE = """# Sanctioning Prison Officials

Press Statement

March 10, 2026

The Interior Ministry was designated by the Department of the Treasury in January 2021. Today, the Department of State is designating the ministry's riot brigade, the Orvel Guard. Its commander, Colonel Harun Sef Altay, was also designated.
"""


def test_a_passive_after_todays_action_keeps_todays_body(extract):
    """Guard: the passive goes on from today's sentence, not the earlier one two sentences before."""
    found = designees(extract_markdown(extract, TODAY_NOTE, "2026-03-10"))
    assert ("Harun Sef Altay", STATE) in found and ("Orvel Guard", STATE) in found
