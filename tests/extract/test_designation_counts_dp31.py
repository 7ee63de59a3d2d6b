"""A release's count of people read past the words that describe the people noun ("three senior commanders", "two
Iranian nationals", "four Russia-based individuals"): before, a word between the number and the noun made the count
none, so the post holders a count leaves no room for stayed designees (issue 13, thirty-first session DP; main gave a
release that counts "three senior commanders" six people). Texts invented for these tests.
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
    ("Today, OFAC sanctioned three senior commanders of the Tarsan militia and five companies.", 3),
    ("Today, OFAC is designating two Iranian nationals and one entity.", 2),
    ("Today, OFAC is designating four Russia-based individuals and two companies.", 4),
    ("Today, OFAC is designating six senior militia leaders.", 6),
    # the close cases, as before
    ("Today, OFAC is designating three individuals and two entities.", 3),
    ("Today, OFAC is designating eight individuals and entities.", None),
    ("Today, OFAC is designating three Kelvari companies.", None),
    ("Today, OFAC is designating three companies' senior officials.", None),
    # a count of a noun of no known kind beside it: the people it counts are not all the people
    ("Today, OFAC designated three Kelvari officials, three businesspeople, and three companies.", None),
    ("Today, OFAC designated two officials, three front companies and a vessel.", 2),
])
def test_the_people_a_statement_counts_past_describing_words(nlp, sentence, count):
    from graphbuild.extract.designation_parties import people_count

    doc = parse_markdown(nlp, sentence)
    assert people_count(next(iter(doc.sents))) == count


RELEASE = """# Treasury Targets Tarsan Militia Commanders and Their Timber Companies

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned two senior commanders of the Tarsan militia and two companies that sell timber for it.

**Colonel Marek Ostrovan Dzhuga** (Dzhuga) commands the militia's northern brigade. Dzhuga is being designated for being a leader of the Tarsan militia.

**Irakli Somov Beridzhe** (Beridzhe) runs the militia's logistics. Beridzhe is being designated for being a leader of the Tarsan militia.

**Veltrana Timber Co.** (Veltrana) cuts timber in the militia's zone. Veltrana's chief executive, **Orsolya Brindek Tamasi**, arranged the export permits. Veltrana is being designated for having materially assisted the Tarsan militia.

**Karsavin Wood Trading LLC** (Karsavin) buys Veltrana's timber. Karsavin's manager, **Teodor Ilyich Vashkevin**, signed the sales contracts. Karsavin is being designated for having materially assisted the Tarsan militia.
"""

TARGETS = {("Marek Ostrovan Dzhuga", OFAC), ("Irakli Somov Beridzhe", OFAC), ("Veltrana Timber Co.", OFAC),
           ("Karsavin Wood Trading LLC", OFAC)}


def test_post_holders_past_a_count_with_a_describing_word_are_no_designees(extract):
    """"two senior commanders": the chief executive and the manager are the firms' post holders, no designees."""
    assert relation_pairs(run(extract, RELEASE), DB) == TARGETS


def test_post_holders_the_count_has_room_for_stay_designees(extract):
    """"four senior officials": the count has room for the post holders, which stay."""
    text = RELEASE.replace("two senior commanders of the Tarsan militia", "four senior officials of the Tarsan militia")
    assert relation_pairs(run(extract, text), DB) == TARGETS | {("Orsolya Brindek Tamasi", OFAC),
                                                                ("Teodor Ilyich Vashkevin", OFAC)}


ALSO = """# Treasury Targets Suppliers of Kelvari Radar Makers

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning two distributors in Tarsk and Velda, along with their directors, for supplying microelectronics to a Kelvari radar maker. OFAC is also sanctioning two senior executives of the radar maker.

**Brindle Parts Co.** (Brindle), Tarsk, has shipped microcontrollers since 2023. Its director, **Orsolya Brindek Tamasi**, personally arranged the trucking.

**Osterlund Components GmbH** (Osterlund), Velda, sold signal processors. Its director, **Teodor Ilyich Vashkevin**, signed the sales contracts.

**Marek Ostrovan Dzhuga** is the radar maker's general director. **Irakli Somov Beridzhe** is its deputy general director.
"""


def test_a_count_stated_with_also_is_a_part_of_the_bodys_action(extract):
    """"OFAC is also sanctioning two senior executives" after a statement that counts its people by no number ("along
    with their directors"): the two executives are not all the people, so the directors stay designees."""
    assert relation_pairs(run(extract, ALSO), DB) == {
        ("Brindle Parts Co.", OFAC), ("Osterlund Components GmbH", OFAC), ("Marek Ostrovan Dzhuga", OFAC),
        ("Irakli Somov Beridzhe", OFAC), ("Orsolya Brindek Tamasi", OFAC), ("Teodor Ilyich Vashkevin", OFAC)}


def test_a_number_outside_the_listed_objects_keeps_the_count(nlp):
    """"for two decades" is no listed object of an unknown kind: the count stays."""
    from graphbuild.extract.designation_parties import people_count

    doc = parse_markdown(nlp, "Today, OFAC designated three senior officials who for two decades ran the Kelvari timber ministry.")
    assert people_count(next(iter(doc.sents))) == 3
