"""Names written with a glued hyphen (graphbuild/nlp/name_hyphens.py): the tokenizer splits "Lumen-Varta" at its
hyphen, and neither half alone may become the entity."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DB = "designated_by"
HR = "holds_role"
OFAC = "Office of Foreign Assets Control"


def test_hyphenated_company_name_stays_whole(extract, facts):
    text = ("Today, OFAC designated JSC Lumen-Varta (Lumen-Varta), a maker of guidance parts for naval drones, pursuant to "
            "E.O. 14024. Lumen-Varta's general director, Oleg Pavlovich Serin, signed the supply contracts.")
    facts(extract(text, {"date": "2024-05-02"}), {
        (DB, "JSC Lumen-Varta", OFAC, None),
        (HR, "Oleg Pavlovich Serin", "JSC Lumen-Varta", "general director"),
    })


def test_hyphenated_acronym_of_a_branch_is_one_name(extract, facts):
    text = ("Today, OFAC designated a network that sells fuel on behalf of the Coastal Resistance Front-Naval Wing (CRF-NW). "
            "The CRF-NW was designated pursuant to E.O. 13224 in 2019.\n\n"
            "CRF-NW Colonel Farid Nouri Sabet directs the fuel sales. Sabet is being designated pursuant to E.O. 13224 for "
            "having materially assisted the CRF-NW.")
    facts(extract(text, {"date": "2024-05-02"}), {
        (DB, "Farid Nouri Sabet", OFAC, None),
        (HR, "Farid Nouri Sabet", "Coastal Resistance Front-Naval Wing", "Colonel"),
    })
