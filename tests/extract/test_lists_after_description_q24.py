"""Lists that go on after a description of the item before (twenty-fourth session, Q): docs/robustness.md "Lists
that go on after a description, twenty-fourth session (Q)". Invented texts, exact designations; the cases marked new
fail on main 403e223, the others (the brief's other shapes, and the clause's own lists) pass there.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, designees

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}


@pytest.mark.parametrize("text, expected", [
    # new: a relative clause on a description set beside the designee ("X, a firm that ...")
    ("Today, OFAC designated Pavel Orlin, a broker that shipped fuel to Nils Otter in Tarsk, and Teodor Lund.",
     {("Pavel Orlin", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Vanta Trade LLC, a firm that supplies oil to Nils Otter in Tarsk, and Teodor Lund.",
     {("Vanta Trade LLC", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Vanta Trade LLC, a company which sold arms to Nils Otter, and Teodor Lund.",
     {("Vanta Trade LLC", OFAC), ("Teodor Lund", OFAC)}),
    # new: the parser reads "OFAC designated Vanta Trade LLC" as one noun phrase (the verb an adjective on the name)
    ("Today, OFAC designated Vanta Trade LLC, known as the Kessa Exchange, and Teodor Lund.",
     {("Vanta Trade LLC", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Vanta Trade LLC, which is owned by Pavel Orlin, and Teodor Lund.",
     {("Vanta Trade LLC", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Vanta Trade LLC, known as the Kessa Exchange, and its director, Teodor Lund.",
     {("Vanta Trade LLC", OFAC), ("Teodor Lund", OFAC)}),
    # already read on main: an other name that is a firm's, a clause of ownership
    ("Today, OFAC designated Pavel Orlin, also called Corvane Holdings, and Teodor Lund.",
     {("Pavel Orlin", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Vanta Trade LLC, also called Corvane Holdings, and Teodor Lund.",
     {("Vanta Trade LLC", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Brisa Maritime Ltd, which is owned by Pavel Orlin, and Teodor Lund.",
     {("Brisa Maritime Ltd", OFAC), ("Teodor Lund", OFAC)}),
    # new guard: the clause's verb read as a noun ("ships" a compound of "fuel"): its list's last name was a designee
    ("Today, OFAC designated Vanta Trade LLC, which ships fuel to Corvane Holdings, Brisa Maritime Ltd, and Kessa "
     "Exchange.", {("Vanta Trade LLC", OFAC)}),
    # guards: the clause's own list is no list of designees
    ("Today, OFAC designated Vanta Trade LLC, a firm that shipped fuel to Corvane Holdings, Brisa Maritime Ltd, and "
     "Kessa Exchange.", {("Vanta Trade LLC", OFAC)}),
    ("Today, OFAC designated Vanta Trade LLC, a firm that shipped fuel to Corvane Holdings and Kessa Exchange.",
     {("Vanta Trade LLC", OFAC)}),
    ("Today, OFAC designated Vanta Trade LLC, which is owned by Pavel Orlin, Nils Otter, and Teodor Lund.",
     {("Vanta Trade LLC", OFAC)}),
    ("Today, OFAC designated Vanta Trade LLC, which is owned by Pavel Orlin and Teodor Lund.",
     {("Vanta Trade LLC", OFAC)}),
])
def test_the_list_goes_on_after_a_description_with_a_clause(extract, text, expected):
    """"designated X, a firm that ships fuel to Y in Tarsk, and Z": the parser hangs Z on Y inside the clause on the
    description "a firm"; the window ends in the clause, so Z is the list going on (Z was lost)."""
    assert designees(extract(text, TODAY)) == expected
