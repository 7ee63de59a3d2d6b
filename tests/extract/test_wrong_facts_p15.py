"""Wrong designations a hostile tester found (P15, nineteenth session; docs/robustness.md "P15"). Invented texts,
exact relations; each test but the guards fails on main 99e6aba and on 6fb21e0 (M44 landed between).

- A story's U.S. action given to the one foreign body it names: "The United States ... imposed sanctions on X"
  (the imposing verb's home-country subject) and "X was sanctioned by the United States" (a passive's agent) fell
  back to the story's announcing body, Britain or the EU.
- Names set apart from the designees ("rather than", "instead of", "but not") designated with them.
- A future designation ("will be designated next week") stated as made.
- A designee added by the learned scorer where the text only weighs sanctions ("were considering sanctions on X").
- A name "listed in error" designated.
- A person's own word about her post ("X claimed that she was an editor at Y", "X told reporters she is merely an
  editor at Y") stated, not hedged.
"""
from __future__ import annotations

import pytest

from relation_views import HR, OFAC, STATE, UK, designees

pytestmark = pytest.mark.slow

US_GOVERNMENT = "United States Government"


def test_the_home_country_imposing_sanctions_is_no_foreign_body(extract):
    text = ("VELSK, Nov 4 (Wire) — The United States last Tuesday imposed sanctions on Dovrani businessman Anton "
            "Prelu, the owner of the Prelu Steel Group. Britain earlier this month sanctioned Prelu's business "
            "partner, Ilse Varnet.")
    assert designees(extract(text, {"date": "2026-11-04"})) == {("Anton Prelu", US_GOVERNMENT), ("Ilse Varnet", UK)}
    # another government's action first: M44's country lead (`announcing.country_announces`) does not apply
    text = ("LONDON (Wire) — The United Kingdom on Monday sanctioned Karl Brenner, a banker. The United States last "
            "Tuesday imposed sanctions on Dovrani businessman Anton Prelu.")
    assert designees(extract(text)) == {("Anton Prelu", US_GOVERNMENT), ("Karl Brenner", UK)}


def test_sanctioned_by_the_united_states_is_no_foreign_body(extract):
    text = ("BRANDEN (Wire) — A court on Monday annulled the European Union's sanctions on Colonel Rado Fenn. His "
            "successor, Colonel Beata Kroll, was sanctioned by the United States earlier this year.")
    assert designees(extract(text)) == {("Beata Kroll", US_GOVERNMENT)}


@pytest.mark.parametrize("text, designated", [
    ("Today, OFAC designated Pelmar Freight LLC rather than its parent, Ostrin Holdings Ltd.", {"Pelmar Freight LLC"}),
    ("Today, OFAC designated Pelmar Freight LLC and its director, Ivo Stanek, but not its parent, Ostrin Holdings "
     "Ltd.", {"Pelmar Freight LLC", "Ivo Stanek"}),
])
def test_names_set_apart_from_the_designees_are_none(extract, text, designated):
    assert designees(extract(text, {"date": "2026-11-04"})) == {(name, OFAC) for name in designated}


def test_a_designation_announced_for_later_is_none(extract):
    text = ("MARSK, May 6 (Wire) — The government of Tovaria froze the assets of Klara Benn and Otto Sill. A Treasury "
            "official said Sill will be designated next week.")
    assert designees(extract(text)) == set()
    text = ("Today, the Department of State designated Ruta Vance. The Department of State will designate further "
            "officials of the militia, including Otto Sill.")
    assert designees(extract(text, {"date": "2026-11-04"})) == {("Ruta Vance", STATE)}


def test_sanctions_only_weighed_designate_nobody(extract):
    text = ("Treasury weighs sanctions on Tovarian minister\n\nROSK, March 12 (Wire) — U.S. officials said on "
            "Wednesday they were considering sanctions on Tovaria's deputy interior minister, Rune Halvik, but no "
            "decision had been made.\n\nHalvik, who also chairs a steel company, said he was \"not afraid\" of any "
            "sanctions. Washington last year sanctioned Halvik's predecessor, Emil Dorn.")
    assert designees(extract(text)) == {("Emil Dorn", "U.S. Department of the Treasury")}


LEAD = "Today, OFAC designated Mara Lenk, the spokeswoman of the Eastern Vanguard Front. "


def hedged_posts(relations: list[dict]) -> set[tuple[str, str, str, str | None]]:
    """(person, body, role, hedging words of the first evidence item) of each post."""
    return {(r["subject"]["name"], r["object"]["name"], r["role"], r["evidence"][0].get("hedge"))
            for r in relations if r["relation"] == HR}


@pytest.mark.parametrize("text, word", [
    ("Lenk told reporters she is merely an editor at the Delta Courier.", "told"),
    ("Lenk claimed that she was an editor at the Delta Courier.", "claimed"),
    ("Lenk insists that she is only an editor at the Delta Courier.", "insists"),
])
def test_a_persons_own_word_about_her_post_is_hedged(extract, text, word):
    found = hedged_posts(extract(LEAD + text, {"date": "2026-05-04"}))
    assert found == {("Mara Lenk", "Eastern Vanguard Front", "spokeswoman", None),
                     ("Mara Lenk", "Delta Courier", "editor", word)}


@pytest.mark.parametrize("text", [
    "The Treasury said she is also an editor at the Delta Courier.",
    "Lenk has said that she is an editor at the Delta Courier.",  # her own word, making nothing little: stated (M10)
])
def test_a_bodys_word_or_a_plain_saying_about_her_post_stays_stated(extract, text):
    found = hedged_posts(extract(LEAD + text, {"date": "2026-05-04"}))
    assert found == {("Mara Lenk", "Eastern Vanguard Front", "spokeswoman", None),
                     ("Mara Lenk", "Delta Courier", "editor", None)}


def test_a_name_listed_in_error_is_no_designee(extract):
    text = ("Today, OFAC designated Anton Rusev and Marta Kell. This release was updated to remove Oleg Rusev, who was "
            "listed in error.")
    assert designees(extract(text, {"date": "2026-05-04"})) == {("Anton Rusev", OFAC), ("Marta Kell", OFAC)}
    text = "Today, OFAC designated Anton Rusev. Marta Kell was also listed today."  # guard: no error said
    assert designees(extract(text, {"date": "2026-05-04"})) == {("Anton Rusev", OFAC), ("Marta Kell", OFAC)}
