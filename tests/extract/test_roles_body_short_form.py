"""roles.v1: "Y's <post>, X" where Y is a short form of a body the release named in full before: the opening words of
its name the model reads as a person's ("Silverleaf's chief financial officer" after "Silverleaf Commodities (Private)
Limited"), or the all-caps short form defined in parentheses that the model leaves untagged when used again
("EXANCO's president" after "Exportadora Andina de Cobre, S.A. (EXANCO)"). The post is at that body (invented texts,
issue 13, R17)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person, body, role", [
    ("Treasury is designating Silverleaf Commodities (Private) Limited, a gold trader based in Harare.\n\n"
     "Silverleaf's chief financial officer, Tanaka Ruvimbo Chikore, maintains the company's accounts in Dubai.",
     "Tanaka Ruvimbo Chikore", "Silverleaf Commodities (Private) Limited", "chief financial officer"),  # R26: the whole name
    ("Treasury also designated Al-Najm Maritime Services, a shipping agent in Aden that arranged port calls.\n\n"
     "- Khalid Saeed al-Mahrouqi, Al-Najm's general manager;",
     "Khalid Saeed al-Mahrouqi", "Al-Najm Maritime Services", "general manager"),
], ids=["first-word-read-as-a-person", "hyphenated-first-word-in-a-list-line"])
def test_the_opening_words_of_a_body_named_before_are_that_body(extract, facts, text, person, body, role):
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))


def test_an_acronym_defined_in_parentheses_and_used_again_is_that_body(extract, facts):
    text = ("Treasury designated Exportadora Andina de Cobre, S.A. (EXANCO), a state-controlled company that exports "
            "copper.\n\nEXANCO's president, Mauricio José Urbina Castellón, approves its sales.")
    facts(extract(text), {(HR, "Mauricio José Urbina Castellón", "Exportadora Andina de Cobre, S.A.", "president")},
          kinds=(HR,))


def test_a_word_a_person_of_the_release_bears_stays_that_person(extract, facts):
    # the company is named after its owner: "Brennholt's" may be either, so no post is given at the company
    text = ("Treasury designated Brennholt Dis Ticaret A.S., an Istanbul-based trading company, and its owner, "
            "Selim Brennholt.\n\nBrennholt's chief executive, Selim Brennholt, signed the contracts.")
    rels = [r for r in extract(text) if r["relation"] == HR and r["object"]["name"].startswith("Brennholt Dis")
            and r.get("role") == "chief executive"]
    assert not rels
