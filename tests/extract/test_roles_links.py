"""roles.v1: more words that link a name to its post (invented texts, issue 13: second probe round)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
ARMY = "Northern Liberation Army"
FIRM = "Velmont Trading LLC"


@pytest.mark.parametrize("text, body, role", [
    ("Petr Halas, alias \u201cEl Lobo,\u201d is the leader of the Northern Liberation Army.", ARMY, "leader"),
    ("Petr Halas is among the leaders of the Northern Liberation Army.", ARMY, "leader"),
    ("In 2020, Petr Halas took over as leader of the Northern Liberation Army.", ARMY, "leader"),
    ("Petr Halas continues as leader of the Northern Liberation Army.", ARMY, "leader"),
    ("Petr Halas is listed as the director of Velmont Trading LLC.", FIRM, "director"),
    ("Petr Halas is registered as the general director of Velmont Trading LLC.", FIRM, "general director"),
    ("Petr Halas owns and manages Velmont Trading LLC.", FIRM, "manager"),
    ("Petr Halas founded and leads Velmont Trading LLC.", FIRM, "leader"),
], ids=["alias-aside", "among-the-leaders", "took-over-as", "continues-as", "listed-as", "registered-as", "owns-and-manages",
        "founded-and-leads"])
def test_a_linking_phrase_gives_the_post(extract, facts, text, body, role):
    facts(extract(text), {(HR, "Petr Halas", body, role)}, kinds=(HR,))


@pytest.mark.parametrize("text", [
    "Petr Halas was among the buyers of Velmont Trading LLC shares.",
    "Petr Halas visited and praised Velmont Trading LLC.",
], ids=["among-no-post", "coordinated-verbs-no-post"])
def test_the_same_shapes_without_a_post_give_nothing(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))


def test_both_before_a_plural_appositive_gives_each_name_the_post(extract, facts):
    """"A and B, both senior officials of Y,": the plural appositive after "both" renames each coordinated name."""
    relations = extract("Petr Halas and Lena Varga, both senior officials of Tavrin Bank, approved the loans.")
    facts(relations, {(HR, "Petr Halas", "Tavrin Bank", "senior official"),
                      (HR, "Lena Varga", "Tavrin Bank", "senior official")}, kinds=(HR,))
