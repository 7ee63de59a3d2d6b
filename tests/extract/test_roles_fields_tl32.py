"""roles_fields / nlp.name_entries: the post field of a list entry written as labelled fields ("SURNAME, Given.
DOB: ... Position: Director, Y Lda."), as other governments' notices and SDN-style entries write them; entries
without a post at a body give nothing (invented texts, issue 13, thirty-second session TL)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

UK_NOTICE = """# Financial Sanctions Notice: Global Anti-Corruption

Office of Financial Sanctions Implementation, HM Treasury

The following entries have been added to the Consolidated List and are now subject to an asset freeze.

**Individuals**

1. **VARGAS MOREIRA, Tomas Eduardo**. DOB: 14/02/1963. Nationality: Norvania. Position: Former Chairman of the Board of Directors, Empresa Mineira do Norte, E.P. Other Information: Chairman from 2016 to 2022. Group ID: 18801.

2. **QUELHAS, Irene Beatriz**. DOB: 02/11/1975. Nationality: Norvania. Position: (1) Former Director of Procurement, Empresa Mineira do Norte, E.P. (2) Managing Partner, Cordeiro Capital Lda. Group ID: 18802.

3. **BRANDAO LEITE, Octavio**. DOB: 30/06/1969. Nationality: Portugal. Position: Businessman. Group ID: 18803.

**Entities**

1. **CORDEIRO CAPITAL LDA**. Address: Rua Augusta, Lisbon, Portugal. Type of entity: investment company. Group ID: 18804.
"""


def test_the_post_fields_of_a_notices_entries(extract, facts):
    """Each post item at the body after its comma; "Position: Businessman" names no body, the firm's entry no post."""
    facts(extract_markdown(extract, UK_NOTICE), {
        (HR, "VARGAS MOREIRA, Tomas Eduardo", "Empresa Mineira do Norte, E.P.", "Former Chairman of the Board of Directors"),
        (HR, "QUELHAS, Irene Beatriz", "Empresa Mineira do Norte, E.P.", "Former Director of Procurement"),
        (HR, "QUELHAS, Irene Beatriz", "Cordeiro Capital Lda.", "Managing Partner")}, kinds=(HR,))


SDN_ENTRIES = """# Treasury Sanctions Officials of Tarvonia's Customs Service

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two officials of the Federal Customs Service of Tarvonia.

The following individuals have been added to OFAC's SDN List:

KORVATOV, Pyotr Ilyich (a.k.a. KORVATOV, Petr); DOB 12 Mar 1971; POB Velmar, Tarvonia; nationality Tarvonia; Position: Deputy Head of the Federal Customs Service of Tarvonia; Gender Male.

DORNEV, Ilya Sergeyevich, Velmar, Tarvonia; DOB 03 Jul 1980; nationality Tarvonia; Position: Director, Velmar Precision Instruments LLC; Gender Male.

MIRASHEV, Oleg; DOB 03 Jul 1980; nationality Tarvonia; Gender Male.
"""


def test_an_sdn_style_entrys_position(extract, facts):
    """The name ends before the place after its given names ("DORNEV, Ilya Sergeyevich, Velmar, Tarvonia; DOB ...")."""
    facts(extract_markdown(extract, SDN_ENTRIES), {
        (HR, "KORVATOV, Pyotr Ilyich", "Federal Customs Service of Tarvonia", "Deputy Head"),
        (HR, "DORNEV, Ilya Sergeyevich", "Velmar Precision Instruments LLC", "Director")}, kinds=(HR,))


ONE_FIELD = """# Treasury Sanctions a Broker in Velmar

WASHINGTON - Today, OFAC designated Anselm Rudiger Falk, a broker in Velmar who arranged payments for the Harbour Street Gang.

Title: Treasury sanctions a broker of the Harbour Street Gang.
"""


def test_a_line_with_one_label_is_no_entry(extract, facts):
    facts(extract_markdown(extract, ONE_FIELD), set(), kinds=(HR,))
