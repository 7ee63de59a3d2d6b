"""nlp.name_entries / roles_fields on entries TL's forms did not cover (review of TL's entries, thirty-second session,
RTL; invented texts): an SDN-style organisation entry ("Nationality of Registration X; ... Phone: ...") is no person;
a post field naming a country after its comma ("Deputy Minister of Defence, Russian Federation") gives no post at the
country; a place in parentheses after the body ("Director, Y Ltd (Cyprus)") is no part of the body's name."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

SDN_FIRMS = """Treasury Sanctions Logistics Network

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two companies that supply the Tarvonian military.

The following entities have been added to the SDN List:

ZORVEX LOGISTICS LLC (a.k.a. ZORVEX LLC), 5 Kalina Street, Velmar, Tarvonia; Organization Established Date 14 Feb 2012; Nationality of Registration Tarvonia; Tax ID No. 192837465 (Tarvonia); Phone: +375 17 000 0000; Email Address info@example.org.

BRASK HOLDING LLC, 12 Lesnaya Street, Velmar, Tarvonia; Organization Established Date 03 Mar 2015; Organization Type: Wholesale trade; Nationality of Registration Tarvonia; Website www.example.org.
"""


def test_an_sdn_style_firms_entry_stays_a_firm(cluster_types):
    types = cluster_types(SDN_FIRMS)
    assert (types["ZORVEX LOGISTICS LLC"], types["BRASK HOLDING LLC"]) == ("Company", "Company")


COUNTRY_POSTS = """# Financial Sanctions Notice: Russia

The following entries have been added to the consolidated list.

1. VELKOV, Dmitri Arkadyevich. DOB: 12/03/1966. Nationality: Russia. Position: Deputy Minister of Defence, Russian Federation. Group ID: 17421.

2. ORLANOVA, Yelena Petrovna. DOB: 04/07/1975. Position: Deputy Prime Minister, Republic of Belarus. Group ID: 17422.

3. BRAMS, Oleg. DOB: 02/02/1970. Position: Director, Halvik Trading Ltd (Cyprus). Group ID: 17424.
"""


def test_no_post_at_a_country_and_no_place_in_the_body(extract, facts):
    facts(extract_markdown(extract, COUNTRY_POSTS), {
        (HR, "BRAMS, Oleg", "Halvik Trading Ltd", "Director")}, kinds=(HR,))
