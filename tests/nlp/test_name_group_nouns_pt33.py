"""A clan's name the model cut before its lower-case noun, "the Caravello | clan", is the body "Caravello clan" (PT, 33rd).

The small model tags the family's name alone as the organization in "the X clan" when X is also its people's surname;
the clan's posts ("is the clan's treasurer", "whose leader, Y,") then found no clan. Names invented for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HEAD = "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated five individuals "


def _posts(relations: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in relations if r["relation"] == "holds_role"}


def _org_mentions(nlp, text: str) -> list[str]:
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    doc = nlp(text)
    return [m.text for m in collect_mentions(doc, load_gazetteers()) if m.label == "ORG"]


CLAN = (HEAD + "who move cocaine for the Caravello clan, a family cell of the Italian Ndrangheta.\n\n"
        "Saverio Antonio Caravello (Saverio Caravello) has led the clan from Rosarno since 2011.\n\n"
        "Domenico Rocco Caravello, Saverio's nephew, is the clan's treasurer.\n")


def test_the_clan_named_with_its_noun_holds_its_peoples_posts(extract):
    assert _posts(extract(CLAN)) == {
        ("Saverio Antonio Caravello", "Caravello clan", "leader"),
        ("Domenico Rocco Caravello", "Caravello clan", "treasurer"),
    }


def test_whose_leader_after_a_clan_cut_by_the_model(extract):
    relations = extract(HEAD + "of the Ostrog clan. The Ostrog clan is engaged in a long-running feud with the Tarsa "
                        "clan, whose leader, Dragan Velimirov, was sanctioned by the United Kingdom in 2022.\n")
    assert _posts(relations) == {("Dragan Velimirov", "Tarsa clan", "leader")}


def test_the_mention_takes_the_noun_only_where_the_noun_heads_the_phrase(nlp):
    """"the X clan" is one name; a nationality before the noun and a plural noun stay apart."""
    assert _org_mentions(nlp, CLAN) == ["Department of the Treasury", "Office of Foreign Assets Control", "OFAC",
                                        "Caravello clan", "Italian Ndrangheta", "Rosarno"]
    assert _org_mentions(nlp, "The Mexican cartel paid the Tarsi and Caravello clans.") == ["Tarsi", "Caravello"]


def test_kin_of_the_clan_and_its_associates_hold_no_post(extract):
    relations = extract(HEAD + "who move cocaine for the Caravello clan, a family cell of the Italian Ndrangheta.\n\n"
                        "Lucia Caravello, the wife of a clan member, owns a bakery. Pietro Anselmi, an associate of the "
                        "Caravello clan, worked with its couriers.\n")
    assert _posts(relations) == set()



ANNOUNCED = ("Treasury Sanctions Gangs\n\nWASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets "
             "Control (OFAC) designated Velkor Gold Trading LLC. OFAC also designated {0} (XQ), a transnational criminal "
             "organization. Yohan Ramirez Pena is the leader of the {0} gang.\n")


@pytest.mark.parametrize("name", ["Hijos de Lerma", "Puerto de Sombra"])
def test_a_body_named_without_the_noun_keeps_its_name(extract, name):
    """A group the release names without the noun ("designated Y (XQ)") keeps that one name where a sentence adds the
    noun ("the Y gang"): joining the noun made a second body, "Y gang", that took the post (review, rpt)."""
    relations = extract(ANNOUNCED.format(name))
    assert _posts(relations) == {("Yohan Ramirez Pena", name, "leader")}
    assert {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == "designated_by"} == {
        ("Velkor Gold Trading LLC", "Office of Foreign Assets Control"), (name, "Office of Foreign Assets Control")}
