"""Designations in texts that are not Treasury releases (issue 13, thirtieth session, DN). Texts invented for these
tests, in the styles of the never-read sets: a revocation, a State statement's semicolon list, a count with "including".

- A revocation designates no one: "Revocation of ... Designation of X" (its title; the parser hangs "Revocation" on
  "Designation") and "has revoked the designation of X" end X's designation. A designation that the revocation leaves
  standing ("does not affect the designation of Y") stays an earlier one, as before.
- A name after "whose" / "which" / "who" inside an item of a semicolon list ("...: A; B, whose general director X is
  ...; and C") says who the item is; it is no item (the parser set X beside B, not in a relative clause).
- The release's count of people (`designation_parties.people_count`) is the first statement's ("two entities and one
  individual, and OFAC is designating three individuals": one), a count after "including" is part of the one before
  it, and "Y's officials, including **X**" is a post holder's shape for `related_party` (the lemma of "including" is
  "include", which read as a designating word: RQ, twenty-ninth session).
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, parse_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
STATE = "U.S. Department of State"
OFAC = "Office of Foreign Assets Control"
run = partial(extract_markdown, date="2026-11-03")


def current_designations(relations: list[dict]) -> set[tuple[str, str]]:
    return {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == DB and r["current"]}


REVOCATION = """# Revocation of Counter Terrorism Designation of the Brethren of Ostrava Front

The Department of State has revoked the designation of the Brethren of Ostrava Front (BOF) as a Foreign Terrorist Organization, effective upon publication in the Federal Register.

The group's former leader, Kasimir Dolent Varga, was killed in 2023. The Secretary of State, after reviewing the group's activities, determined that the circumstances that were the basis for the 2015 designation have changed.

This revocation does not affect the designation of Varga's deputy, Ilse Marovic Renn, who remains a Specially Designated Global Terrorist.
"""


def test_a_revocation_designates_no_one(extract):
    """Main gave the group to the State Department, today, from the title."""
    found = relation_pairs(run(extract, REVOCATION), DB)
    assert not {name for name, _ in found} & {"Brethren of Ostrava Front"}
    assert current_designations(run(extract, REVOCATION)) == set()


def test_a_designation_title_still_designates(extract):
    """The close case: "Designation of X as a Specially Designated Global Terrorist" over a designating statement."""
    text = """# Terrorist Designation of the Brethren of Ostrava Front

The Department of State has designated the Brethren of Ostrava Front (BOF) as a Specially Designated Global Terrorist.
"""
    assert ("Brethren of Ostrava Front", STATE) in current_designations(run(extract, text))


SEMICOLONS = """# State Designates Arctic Energy Firms

The Department of State is concurrently designating four entities pursuant to E.O. 14024 for operating in the energy sector of the Kelvari Federation economy: Arktika Shelf Drilling JSC; Taymyr Condensate Terminal LLC; Severo Potok Engineering, whose general director Andrei Pavlovich Kolosov is a former deputy minister of energy; and Baltic Bunker Services OOO.
"""
ENTITIES = {("Arktika Shelf Drilling JSC", STATE), ("Taymyr Condensate Terminal LLC", STATE),
            ("Severo Potok Engineering", STATE), ("Baltic Bunker Services OOO", STATE)}


def test_a_name_in_a_semicolon_items_relative_clause_is_no_item(extract):
    """Main gave the general director to the State Department with the four entities."""
    assert current_designations(run(extract, SEMICOLONS)) == ENTITIES


def test_a_semicolon_item_that_is_a_person_stays(extract):
    """The close case: the person is an item of his own ("...; and Andrei Pavlovich Kolosov, who heads ...")."""
    text = SEMICOLONS.replace("four entities", "three entities and one individual").replace(
        "; and Baltic Bunker Services OOO.", "; and Ivo Radek Salmanov, who heads its board.")
    found = current_designations(run(extract, text))
    assert ("Ivo Radek Salmanov", STATE) in found
    assert ("Andrei Pavlovich Kolosov", STATE) not in found


INCLUDING = """# Treasury Sanctions Drone Engine Network

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating two entities and one individual involved in procuring drone engines for the Tarsan military.

**Velmora Trading LLC** bought the engines in Brevik. Velmora's officials, including **Dorian Felk Astaro**, negotiated the contracts with the Tarsan ministry.

**Ketterly Logistics Ltd** stored the parts. **Ravena Sol Tarquin** is being designated for having acted on behalf of Ketterly Logistics Ltd.
"""


def test_a_post_holder_after_including_past_the_count_is_no_designee(extract):
    """Main kept the official after "including": the lemma "include" counted as a designating word in his clause."""
    found = current_designations(run(extract, INCLUDING))
    assert found == {("Velmora Trading LLC", OFAC), ("Ketterly Logistics Ltd.", OFAC), ("Ravena Sol Tarquin", OFAC)}


def test_a_post_holder_after_including_the_count_has_room_for_stays(extract):
    text = INCLUDING.replace("two entities and one individual", "two entities and two individuals")
    assert ("Dorian Felk Astaro", OFAC) in current_designations(run(extract, text))


@pytest.mark.parametrize("sentence, count", [
    ("Today, the Department of State is designating two entities and one individual, and the Department of the "
     "Treasury is designating three individuals.", 1),
    ("Today, OFAC is designating five individuals, including three officials of the Kelvari Ministry of Defense.", 5),
    ("Today, OFAC is designating four entities and three individuals.", 3),
    ("Today, OFAC is designating eight individuals and entities.", None),
    # RD: a relative clause is no other statement; a count after "including" a non-people count is the people's
    ("Today, OFAC is sanctioning four individuals who lead the Tarsan militia and two individuals who finance it.", 6),
    ("Today, OFAC is designating 10 targets, including three individuals and two entities.", 3),
])
def test_the_people_one_statement_counts(nlp, sentence, count):
    from graphbuild.extract.designation_parties import people_count

    doc = parse_markdown(nlp, sentence)
    assert people_count(next(iter(doc.sents))) == count


LISTED = """# State Designates Kelvari Security Chief

Today, the Department of State is designating **Tomas Arvid Selmer**, the director of the Kelvari Internal Security Service, for his involvement in gross violations of human rights.

Also being designated today is **Norvik Guard Services S.L.**, a private guarding company in Tarsk that is owned by Selmer. Selmer's wife, Marta Vell Ostrander, who is listed in corporate filings as a shareholder of the company, is not being designated.
"""


def test_listed_as_a_shareholder_after_a_phrase_is_no_listing(extract):
    """"is listed in corporate filings as a shareholder of": a register's post, as "is listed as a shareholder" was;
    main gave the wife to the State Department (the phrase between "listed" and "as" hid the post)."""
    assert current_designations(run(extract, LISTED)) == {("Tomas Arvid Selmer", STATE), ("Norvik Guard Services S.L.", STATE)}


def test_listed_after_a_phrase_as_a_designee_stays_a_listing(extract):
    text = LISTED.replace("who is listed in corporate filings as a shareholder of the company, is not being designated.",
                          "was listed by the Department of State on the SDN List as a Specially Designated Global Terrorist.")
    assert ("Marta Vell Ostrander", STATE) in relation_pairs(run(extract, text), DB)


MODAL = """# Treasury Removes Harbor Registry from Sanctions List

WASHINGTON, May 2 (Kestral Wire) - The U.S. Treasury on Friday removed Tarvik Harbour Registry Services Limited from its sanctions list after the firm stopped registering tankers for the Kelvari oil trade.

A Treasury official, speaking on condition of anonymity, said the removal did not signal any easing of pressure. The official said OFAC would not hesitate to designate the company again if it resumed the conduct.
"""


def test_a_governing_verbs_modal_makes_the_designation_a_possibility(extract):
    """"would not hesitate to designate the company again": main designated the firm the story says was removed."""
    assert current_designations(run(extract, MODAL)) == set()


def test_a_governing_verb_without_a_modal_keeps_the_designation(extract):
    text = MODAL.replace("OFAC would not hesitate to designate the company again if it resumed the conduct.",
                         "OFAC decided to designate Ostrel Tanker Agency the same day.")
    assert ("Ostrel Tanker Agency", OFAC) in current_designations(run(extract, text))


# Review (RD, thirtieth session): the vetoes above read a narrower shape than their first forms did.

def test_a_finite_designation_under_a_modal_clause_stays(extract):
    """"will be blocked after OFAC designated X": the modal is the blocking's; the finite "designated" states its own
    act (DN's first form read any governing verb's modal, through "after" and "said" clauses too)."""
    text = ("# Treasury Sanctions Kelvari Shipping Network\n\nAll property of Ketterly Logistics Ltd in the United States "
            "will be blocked after OFAC designated Ketterly Logistics Ltd today.\n")
    assert current_designations(run(extract, text)) == {("Ketterly Logistics Ltd", OFAC)}


def test_a_name_past_a_closed_relative_clause_is_an_item(extract):
    """"A, which operates rigs in the Kelvari Sea, and B; ...": the clause ended at its comma; B is designated."""
    text = ("# State Designates Arctic Energy Firms\n\nThe Department of State designated Arktika Shelf Drilling JSC, "
            "which operates rigs in the Kelvari Sea, and Taymyr Condensate Terminal LLC; the two firms ship condensate "
            "for the Kelvari Federation.\n")
    assert current_designations(run(extract, text)) == {("Arktika Shelf Drilling JSC", STATE),
                                                        ("Taymyr Condensate Terminal LLC", STATE)}


def test_listed_by_a_body_as_a_member_stays_a_listing(extract):
    """"was listed by the Department of State as a member of Y": a body lists, no register's filings."""
    text = ("# State Designates Kelvari Militants\n\nKasimir Dolent Varga was listed by the Department of State as a "
            "member of the Ostrava Liberation Brigade on Tuesday.\n")
    assert current_designations(run(extract, text)) == {("Kasimir Dolent Varga", STATE)}
