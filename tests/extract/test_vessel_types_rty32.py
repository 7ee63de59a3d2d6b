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


def test_a_firm_listed_after_the_vessels_is_no_vessel(extract):
    # a name that ends in a legal form ("LLC") is a firm wherever it stands: here listed with the vessels it manages
    relations = extract("OFAC designated the tankers SEA FALCON and NORTHERN GLORY and OSPREY SHIPPING LLC, which "
                        "manages them. Pavel Ostrov is the chairman of OSPREY SHIPPING LLC.", META)
    kinds = types(relations)
    assert {n: kinds[n] for n in ("SEA FALCON", "NORTHERN GLORY", "OSPREY SHIPPING LLC")} == {
        "SEA FALCON": "Vessel", "NORTHERN GLORY": "Vessel", "OSPREY SHIPPING LLC": "Company"}


def test_the_subject_of_a_clause_after_plural_vessels_is_no_vessel(extract):
    # "the tankers X operates": a singular verb after one name cannot agree with the plural; X is the clause's subject
    relations = extract("OFAC today designated IVAN DROZDOV. The tankers IVAN DROZDOV operates carried oil to Syria.",
                        META)
    assert designees(relations) == {("IVAN DROZDOV", OFAC)}
    assert types(relations)["IVAN DROZDOV"] in {"Person", "Organization"}  # a capitals person: the model's Organization
