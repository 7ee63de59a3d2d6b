"""Coordinated names that are two names, not one body's fields (review of NM's `nlp.name_coordinated`, thirty-third
session, RNM; invented texts, exact relations).

"the Major Organised Crime and Anti-Corruption Agency" is one body, but the words before "and" can be a name of
their own that a possessive opens: a person ("Velmoria's President Vadim Orlek and Security Council Secretary X"), a
firm the document names again alone ("Velmoria's Gazmark and Rostal Oil Company ... Gazmark is"), or a list of firms
the model tagged one by one ("Iran's A Exchange, B Trading and C Shipping Company"). Joined, the person vanished, the
post went to a body named after him, and two designees became one."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
DB = "designated_by"
OFAC = "Office of Foreign Assets Control"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Velmoria's President Vadim Orlek and Security Council Secretary Ivan Drozd met on Tuesday.",
                 {(HR, "Ivan Drozd", "Security Council", "Secretary")}, id="titled-person-first"),
    pytest.param("The sanctions target Velmoria's Vadim Orlek and Anti-Corruption Agency chief Ivan Drozd.",
                 {(HR, "Ivan Drozd", "Anti-Corruption Agency", "chief")}, id="person-first"),
    pytest.param("Velmoria's Gazmark and Rostal Oil Company signed the deal. Gazmark is a state-owned gas firm. "
                 "Pavel Orin is the chief executive of Rostal Oil Company.",
                 {(HR, "Pavel Orin", "Rostal Oil Company", "chief executive")}, id="firm-named-again"),
    pytest.param("Today, OFAC designated Iran's Tarvos Exchange, Kestrel Trading and Brightwater Shipping Company for "
                 "shipping Iranian oil.",
                 {(DB, "Tarvos Exchange", OFAC, None), (DB, "Kestrel Trading", OFAC, None),
                  (DB, "Brightwater Shipping Company", OFAC, None)}, id="list-of-firms"),
    pytest.param("The Kremlin and Security Council Secretary Ivan Drozd denied it.",
                 {(HR, "Ivan Drozd", "Security Council", "Secretary")}, id="one-word-body-first"),
])
def test_two_names_before_a_head_stay_two(extract, facts, text, expected):
    facts(extract(text), expected)
