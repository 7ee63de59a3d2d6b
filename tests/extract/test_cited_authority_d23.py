"""An agentless designation takes the body of the authority it cites (nineteenth session, issue 13, D23).

A joint release whose first action of today is the State Department's ("Concurrently, the Department of State is
publicly designating X under Section 7031(c)") gave every agentless passive to the State Department, also "Y is
designated pursuant to E.O. 14033" when the release shows OFAC designating under E.O. 14033 and the State Department
under Section 7031(c) only. A news story whose only acting department is the Treasury gave a Section 7031(c)
designation, and the passive going on from it, to the Treasury. Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, STATE, TREASURY, UK, designees

pytestmark = pytest.mark.slow

JOINT = """# United States Sanctions Corrupt Port Official and His Associates

May 4, 2026

Today, the United States is taking action against a former harbor master who sold berths to smugglers. The Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two individuals and one company pursuant to Executive Order (E.O.) 14033. Concurrently, the Department of State is publicly designating the same official under Section 7031(c).

**Teodor Vrana Kelm** ran the harbor office from 2018 to 2024. Kelm is being designated by OFAC pursuant to E.O. 14033.

His deputy, **Ilse Marno Paskal**, kept the berth ledgers. She is designated pursuant to E.O. 14033.

**Brosk Anchorage d.o.o.** collected the fees. Brosk Anchorage is designated pursuant to E.O. 14033.

Under Section 7031(c), the Department of State is designating **Teodor Vrana Kelm** for involvement in significant corruption.
"""


def test_a_passive_citing_an_order_takes_the_body_acting_under_it(extract):
    """Paskal and Brosk Anchorage cite E.O. 14033, under which OFAC acts; the State Department acts under 7031(c)."""
    found = designees(extract_markdown(extract, JOINT, "2026-05-04"))
    assert found == {("Teodor Vrana Kelm", OFAC), ("Teodor Vrana Kelm", STATE), ("Ilse Marno Paskal", OFAC),
                     ("Brosk Anchorage d.o.o.", OFAC)}


STORY = """# U.S. bars customs chief over bribes

VELMORA, May 4 (Harbor Wire) - The United States has barred a senior customs official and two members of his family from entering the country, the State Department said on Tuesday.

Colonel Anselm Dravo Tique, head of the northern customs directorate, was publicly designated under Section 7031(c) of an annual U.S. appropriations law. His wife, Mirela Sant Ovo, and their son, Kasimir Tique, were designated along with him.

In a related move, the Treasury Department imposed sanctions on Orsek Freight LLC, a trucking firm that moved the cash.
"""


def test_a_7031c_designation_is_the_state_departments(extract):
    """The only acting department the story names is the Treasury; a 7031(c) designation and its going-on are State's."""
    found = designees(extract_markdown(extract, STORY, "2026-05-04"))
    assert found == {("Anselm Dravo Tique", STATE), ("Mirela Sant Ovo", STATE), ("Kasimir Tique", STATE),
                     ("Orsek Freight LLC", TREASURY)}


TREASURY_RELEASE = """# Treasury and State Target Arms Couriers

May 4, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two individuals and one company that move weapons parts by sea. At the same time, the Department of State designated a militia logistics officer.

Today's action is taken pursuant to counterterrorism authority E.O. 13224, as amended.

**Halvard Oske Brenn** arranged the shipments. Brenn is being designated pursuant to E.O. 13224.

The Department of State is designating **Rurik Mallo Dent**, the militia's logistics officer, pursuant to E.O. 13224.
"""


def test_a_release_whose_own_body_cites_nothing_keeps_its_passives(extract):
    """Guard: OFAC's own sentences cite no authority, so the State Department's E.O. 13224 does not take Brenn."""
    found = designees(extract_markdown(extract, TREASURY_RELEASE, "2026-05-04"))
    assert ("Halvard Oske Brenn", OFAC) in found and ("Halvard Oske Brenn", STATE) not in found
    assert ("Rurik Mallo Dent", STATE) in found


UK_RELEASE = """# UK sanctions timber officials over stolen revenues

**Press release** from the Foreign, Commonwealth & Development Office

The UK has today sanctioned two officials and one company through which, the government believes, public timber revenues were moved abroad.

**Orvan Telk Mosse** has been the country's Minister of Forests since 2021. The UK has evidence that he sold logging permits to companies he secretly owned.

Also sanctioned today:

- **Dessa Vrin Aloma**, his chief of staff, who kept the permit ledgers;
- **Kettle Bay Timber SARL**, a sawmill company owned by Mosse.

Today's designations follow measures taken by other partners. The United States has not announced matching measures, though the US Department of the Treasury designated Mosse in 2023.
"""


def test_a_us_body_named_only_in_an_earlier_action_announces_nothing(extract):
    """The UK's list goes to the UK: the only U.S. body named is in the sentence of an action of 2023."""
    found = designees(extract_markdown(extract, UK_RELEASE, "2026-05-04"))
    assert {("Dessa Vrin Aloma", UK), ("Kettle Bay Timber SARL", UK)} <= found
    assert not {(n, b) for n, b in found if b in {STATE, TREASURY, OFAC} and n != "Orvan Telk Mosse"}

