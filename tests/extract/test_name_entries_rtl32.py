"""nlp.name_entries / roles_fields on entries TL's forms did not cover (review of TL's entries, thirty-second session,
RTL; invented texts): an SDN-style organisation entry ("Nationality of Registration X; ... Phone: ...") is no person."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

SDN_FIRMS = """Treasury Sanctions Logistics Network

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two companies that supply the Tarvonian military.

The following entities have been added to the SDN List:

ZORVEX LOGISTICS LLC (a.k.a. ZORVEX LLC), 5 Kalina Street, Velmar, Tarvonia; Organization Established Date 14 Feb 2012; Nationality of Registration Tarvonia; Tax ID No. 192837465 (Tarvonia); Phone: +375 17 000 0000; Email Address info@example.org.

BRASK HOLDING LLC, 12 Lesnaya Street, Velmar, Tarvonia; Organization Established Date 03 Mar 2015; Organization Type: Wholesale trade; Nationality of Registration Tarvonia; Website www.example.org.
"""


def test_an_sdn_style_firms_entry_stays_a_firm(cluster_types):
    types = cluster_types(SDN_FIRMS)
    assert (types["ZORVEX LOGISTICS LLC"], types["BRASK HOLDING LLC"]) == ("Company", "Company")
