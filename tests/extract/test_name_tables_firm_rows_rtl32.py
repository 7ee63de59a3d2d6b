"""nlp.name_tables.titled_rows: a post cell opening with a title makes the row's name a person, but not a firm's row: a
name with a legal form ("Zorvan Maritime Ltd | Manager of the tanker X", "Pelagic Holdings SA | Owner: none listed")
or a row whose type column calls it an entity or a vessel (review of TL's tables, thirty-second session, RTL;
invented texts)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

MIXED = """Treasury Sanctions Shipping Network

WASHINGTON - Today, OFAC designated two individuals and two companies that ship oil for the Tarvonian armed forces.

| Name | Role | Nationality |
|---|---|---|
| Halvard Mertens | Director of Ostmark Trading LLC | Norvanian |
| Zorvan Maritime Ltd | Manager of the tanker KALI STAR | Tarvonian |
| Pelagic Holdings SA | Owner: none listed | Tarvonian |

All three are designated pursuant to E.O. 14024.
"""

TYPED = """Treasury Sanctions Shipping Network

WASHINGTON - Today, OFAC designated one individual, two companies and one vessel.

| Name | Type | Role |
|---|---|---|
| Halvard Mertens | Individual | Director of Ostmark Trading LLC |
| Ostrava Freight Group | Entity | Manager of the tanker KALI STAR |
| Velmar Shipping Company | Entity | Owner: Ostrava Freight Group |
| SILVER HERON | Vessel | Operator: Velmar Shipping Company |

All four are designated pursuant to E.O. 14024.
"""


def test_a_firms_row_opening_with_a_title_stays_a_firm(cluster_types):
    types = cluster_types(MIXED)
    assert (types["Halvard Mertens"], types["Zorvan Maritime Ltd"], types["Pelagic Holdings SA"]) == ("Person", "Company", "Company")


def test_a_row_typed_entity_or_vessel_is_no_person(cluster_types):
    types = cluster_types(TYPED)
    assert (types["Halvard Mertens"], types["Ostrava Freight Group"], types["Velmar Shipping Company"]) == ("Person", "Company", "Company")
