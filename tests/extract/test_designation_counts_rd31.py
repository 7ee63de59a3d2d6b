"""Review of DP's counted people (thirty-first session, RD). A count whose describing words say it is a part ("two
other senior members", "three additional officials") is not the body's people: the leader named before it is a
person too, so the count decides nothing and a post holder stays a designee. An "also" in a relative clause of the
counted people ("two senior members, who also run a fuel firm") says nothing of the action: the count stays the
body's, so a post holder past it goes. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, parse_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
run = partial(extract_markdown, date="2026-11-03")


@pytest.mark.parametrize("sentence, count", [
    ("Today, OFAC designated the leader of the Marvoss network and two other senior members of the network.", None),
    ("Today, OFAC designated the Marvoss network's leader and three additional officials.", None),
    ("Today, OFAC designated two Tarsan nationals and three other officials.", None),
    ("Today, OFAC designated four more Tarsan nationals.", None),
    # a describing word that says no part
    ("Today, OFAC designated two senior members of the Marvoss network.", 2),
    ("Today, OFAC designated five individuals, including three other officials.", 5),
])
def test_a_count_of_other_people_is_a_part(nlp, sentence, count):
    from graphbuild.extract.designation_parties import people_count

    doc = parse_markdown(nlp, sentence)
    assert people_count(next(iter(doc.sents))) == count


@pytest.mark.parametrize("sentence, adds", [
    ("OFAC is also sanctioning two senior executives of the radar maker.", True),
    ("Today, OFAC also designated three Tarsan nationals.", True),
    ("Today, OFAC designated two senior members of the Marvoss network, who also run a fuel company in Selvo.", False),
    ("Today, OFAC designated three officials who have also bribed customs officers.", False),
])
def test_only_an_also_on_the_action_adds_to_an_earlier_count(nlp, sentence, adds):
    from graphbuild.extract.designation_parties import adds_to_earlier

    doc = parse_markdown(nlp, sentence)
    assert adds_to_earlier(next(iter(doc.sents))) is adds


RELEASE = """# Treasury Sanctions Leaders of the Marvoss Smuggling Network

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated the leader of the Marvoss smuggling network and two senior members of the network.

**Teodor Brankovic Lesh** leads the network and sets its prices. **Goran Pellovic** coordinates the network's smuggling routes across the northern border.

The network's financial director, **Pavel Ordan Kresnik**, handles the payments to corrupt border guards.
"""
LEADERS = {("Teodor Brankovic Lesh", OFAC), ("Goran Pellovic", OFAC)}


def test_a_post_holder_stays_a_designee_past_a_count_of_other_people(extract):
    """"the leader ... and two other senior members": three people, the financial director one of them."""
    text = RELEASE.replace("two senior members", "two other senior members")
    assert relation_pairs(run(extract, text), DB) == LEADERS | {("Pavel Ordan Kresnik", OFAC)}


def test_a_relative_clauses_also_keeps_the_count(extract):
    """"two senior members of the network, who also run a fuel company": two people, the director past them no designee."""
    text = RELEASE.replace("the leader of the Marvoss smuggling network and two senior members of the network",
                           "two senior members of the Marvoss smuggling network, who also run a fuel company in Selvo")
    assert relation_pairs(run(extract, text), DB) == LEADERS
