"""A post's area after "for" is no body: the body is named after it or before the post (thirty-third session, PT; issue 13).

"X, the regional director for Asia at the Y Federation" and "X, RVF sector commander for Zalingei": the small model
tags the area ("Asia", "Zalingei") an organization, and the complement scan took it for the post's body, leaving the
federation or the force named before the post unread. A body-less name after "for" is now the area the post covers
when a body follows it ("at"/"of"/"with"/"within"/"in" Y: `titles_complement.scan_complement`) or stands before the
post ("the RVF sector commander", a body's mention or an untagged acronym: `titles._build`); the area stays in the
role. Names, bodies and places invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import HR, OFAC, DB

pytestmark = pytest.mark.slow

HEAD = "# Treasury Sanctions Gold Smugglers\n\nWASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Velkor Gold Trading LLC. "


def _posts(relations: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in relations if r["relation"] == HR}


def test_the_body_named_after_the_area_holds_the_post(extract):
    relations = extract_markdown(extract, HEAD + (
        "Marisa Elena Varga, the regional director for Asia at the Global Relief Federation, welcomed the license.\n"))
    assert _posts(relations) == {("Marisa Elena Varga", "Global Relief Federation", "regional director for Asia")}


def test_a_two_word_area_and_a_body_with_an_acronym(extract):
    relations = extract_markdown(extract, HEAD + (
        "Marisa Elena Varga, the regional director for Asia Pacific at the International Federation of Rescue "
        "Societies (IFRS), welcomed the license.\n"))
    assert _posts(relations) == {("Marisa Elena Varga", "International Federation of Rescue Societies",
                                  "regional director for Asia Pacific")}


def test_the_force_named_before_the_post_holds_it(extract):
    relations = extract_markdown(extract, HEAD + (
        "Hamid Osman Kabir, the Korvan Army sector commander for Zalingei, directed the attacks.\n"))
    assert _posts(relations) == {("Hamid Osman Kabir", "Korvan Army", "sector commander for Zalingei")}


def test_the_forces_acronym_before_the_post_names_the_force(extract):
    relations = extract_markdown(extract, HEAD + (
        "OFAC also designated the Rapid Valor Forces (RVF). Brigadier General Hamid Osman Kabir (Kabir), RVF sector "
        "commander for Zalingei, directed attacks on displacement camps.\n"))
    assert {(s, o) for s, o, _ in _posts(relations)} == {("Hamid Osman Kabir", "Rapid Valor Forces")}
    assert {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == DB} == {
        ("Velkor Gold Trading LLC", OFAC), ("Rapid Valor Forces", OFAC)}


def test_a_body_after_for_stays_the_body(extract):
    """A name with a body word after "for" is the body ("for the Y Foundation"), whatever body follows."""
    relations = extract_markdown(extract, HEAD + (
        "Marisa Elena Varga, the regional director for the Nour Relief Foundation at the Global Relief Federation, "
        "welcomed the license.\n"))
    assert _posts(relations) == {("Marisa Elena Varga", "Nour Relief Foundation", "regional director")}


def test_a_post_of_another_person_gives_no_post(extract):
    """Kin and associates of the area's commander hold no post there."""
    relations = extract_markdown(extract, HEAD + (
        "Samir Osman Kabir, the brother of the Korvan Army sector commander for Zalingei, owns a bakery. Lina Darwish, "
        "an associate of the regional director for Asia at the Global Relief Federation, runs a shop.\n"))
    assert _posts(relations) == set()
