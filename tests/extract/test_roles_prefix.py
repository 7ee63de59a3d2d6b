"""roles.v1: a title opened by a hyphenated acronym the model read as a place ("IRGC-QF official X"), also after
"U.S.-designated" or "former" (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
FORCE = "Islamic Revolutionary Guard Corps-Qods Force"
TEXT = ("The network sold oil on behalf of Iran's Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF). Tarik Demiralp "
        "has worked with senior IRGC-QF officials, including U.S.-designated IRGC-QF official Behrouz Kamali and former "
        "IRGC-QF official Saeed Farahani.")


def test_a_hyphenated_acronym_opening_a_title_names_the_body(extract, facts):
    """The acronym the document defined is the body, never a "Government of IRGC-QF"; the worker is no official."""
    relations = extract(TEXT)
    facts(relations, {(HR, "Behrouz Kamali", FORCE, "official"), (HR, "Saeed Farahani", FORCE, "official")}, kinds=(HR,))


def test_former_before_the_acronym_makes_the_post_past(extract, pick):
    relations = extract(TEXT)
    assert pick(relations, HR, "Saeed Farahani", FORCE)["current"] is False
    assert pick(relations, HR, "Behrouz Kamali", FORCE)["current"] is True
