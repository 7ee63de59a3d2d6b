"""P3 (tenth session): a parent named inside its subsidiary's name is another body ("Y Z Ltd, a subsidiary of Y Z").

Coreference read "Zentra Holdings" as a short form of "Zentra Holdings Morlandia LLC": the subsidiary's designation
went to one node with the parent's name as an alias, and across documents onto the parent. Invented names."""
from __future__ import annotations

import pytest

DOS = "U.S. Department of State"


@pytest.mark.parametrize("link", ["a subsidiary of", "an affiliate of", "a company owned by", "a unit of"])
def test_parent_inside_the_subsidiary_name_is_another_body(extract, link):
    text = ("State Department Sanctions Officials\n\nJune 10, 2025\n\n"
            f"The Department of State designated Zentra Holdings Morlandia LLC, {link} Zentra Holdings.")
    relations = extract(text, {"date": "2025-06-10"})
    designees = {r["subject"]["name"]: r["subject"]["aliases"] for r in relations if r["relation"] == "designated_by"}
    assert designees == {"Zentra Holdings Morlandia LLC": []}, designees


def test_a_short_form_still_joins_its_body(extract):
    """The same words with no relating word before them are the body's short form, as before."""
    text = ("State Department Sanctions Officials\n\nJune 10, 2025\n\n"
            "The Department of State designated Zentra Holdings Morlandia LLC. Zentra Holdings sold rifles to Orvik Arms.")
    relations = extract(text, {"date": "2025-06-10"})
    designees = {r["subject"]["name"]: r["subject"]["aliases"] for r in relations if r["relation"] == "designated_by"}
    assert designees == {"Zentra Holdings Morlandia LLC": ["Zentra Holdings"]}, designees
