"""Names near a vessel word that are no vessel (review of TY's vessel types, RTY, thirty-second session).

A firm or a person typed a vessel loses its posts' meaning (a post held "at" a vessel) and is shown as blocked
property. Invented texts, exact types.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, designees

pytestmark = pytest.mark.slow

META = {"date": "2026-03-20"}


def types(relations: list[dict]) -> dict[str, str]:
    """Name -> type of every subject and object."""
    return {r[k]["name"]: r[k]["type"] for r in relations for k in ("subject", "object")}


@pytest.mark.parametrize("text, name", [
    # the vessel word is the first half of a hyphened modifier of the apposition's head ("company", "firm")
    ("OFAC today designated ZARVOK SHIPPING, a vessel-owning company based in Dubai, pursuant to E.O. 13846.",
     "ZARVOK SHIPPING"),
    ("OFAC today designated KELDAR SHIPPING, a tanker-chartering firm, pursuant to E.O. 13846.", "KELDAR SHIPPING"),
])
def test_a_firm_apposed_to_a_hyphened_vessel_modifier_is_no_vessel(extract, text, name):
    relations = extract(text, META)
    assert designees(relations) == {(name, OFAC)}
    assert types(relations)[name] in {"Company", "Organization"}
