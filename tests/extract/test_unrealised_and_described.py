"""P3 (tenth session): a designation verb that states no action taken, and a date that describes a name.

Invented names. "would be designated if", "is considering designating", "plans to sanction" named a designee with
0.93 confidence; "a firm established in 2019" and "born in 1971" made today's designation a 2019 (1971) one,
`current: false`."""
from __future__ import annotations

import pytest

META = {"date": "2025-05-20"}


def _designations(relations: list[dict]) -> dict[str, dict]:
    return {r["subject"]["name"]: r for r in relations if r["relation"] == "designated_by"}


@pytest.mark.parametrize("sentence", [
    "Milan Oskarov would be designated if he continues to supply weapons.",
    "The Department of State is considering designating Edda Rune.",
    "OFAC plans to sanction Vessa Group next month.",
    "The minister threatened to sanction Orla Bank.",
    "The Treasury said it would sanction Holm Petro if the shipments continue.",
    "Lawmakers urged Treasury to designate Kestrel Oil.",
])
def test_an_unrealised_designation_is_none(extract, sentence):
    text = ("Treasury Targets Arms Network\n\nMay 20, 2025\n\nToday, OFAC designated Brant Koller pursuant to E.O. 14024. "
            + sentence)
    found = _designations(extract(text, META))
    assert set(found) == {"Brant Koller"}, found


def test_a_date_of_a_description_is_not_the_actions(extract):
    text = ("Treasury Targets Arms Network\n\nMay 20, 2025\n\n"
            "OFAC also designated Brisa Marine, a shipping firm established in 2019 in Dubai.\n\n"
            "Olen Darvik, a Valdorian businessman born in 1968, was also designated.\n\n"
            "OFAC designated Varn Oil, which the European Union sanctioned in 2022.\n\n"
            "On March 3, 2024, OFAC designated Pella Trade.\n\n"
            "In 2023, OFAC designated Tamsin Hollow.")
    found = _designations(extract(text, META))
    for name in ("Brisa Marine", "Olen Darvik", "Varn Oil"):
        assert found[name]["current"] is True and found[name]["date"] == "2025-05-20", found[name]
    # dates the action's own verb governs stay
    assert found["Pella Trade"]["current"] is False and found["Pella Trade"]["date"] == "March 3, 2024"
    assert found["Tamsin Hollow"]["current"] is False and found["Tamsin Hollow"]["date"] == "2023"


def test_an_earlier_day_of_the_release_year_is_an_earlier_action(extract):
    text = ("Treasury Targets Arms Network\n\nMay 20, 2025\n\n"
            "Today, OFAC designated Brant Koller pursuant to E.O. 14024.\n\n"
            "On May 2, OFAC designated Halden Arms Ltd.\n\n"
            "Last Tuesday, OFAC designated Dunmar Shipping.\n\n"
            "Earlier this year, OFAC designated the Morlandian Defense Agency.\n\n"
            "In May, the Department of State designated Ivo Terzic.")
    found = _designations(extract(text, META))
    assert found["Brant Koller"]["current"] is True
    for name, words in (("Halden Arms Ltd.", "May 2"), ("Dunmar Shipping", "Last Tuesday"),
                        ("Morlandian Defense Agency", "Earlier this year")):
        assert found[name]["current"] is False and found[name]["date"] == words, found[name]
    assert found["Ivo Terzic"]["current"] is True  # "in May" in a May release may be today: not said to be earlier


def test_without_the_describing_date_the_actions_own_date_or_earlier_word_counts(extract):
    text = ("Treasury Targets Arms Network\n\nMay 20, 2025\n\n"
            "Its former director, Orlan Vesk, who died in 2022, was designated by the Department of the Treasury in 2020 "
            "and was a member of the board.\n\n"
            "The tanker NORTH PEARL, which also carried Valdorian cargo in 2022, was identified by OFAC as blocked "
            "property in an earlier action.")
    found = _designations(extract(text, META))
    assert found["Orlan Vesk"]["current"] is False and found["Orlan Vesk"]["date"] == "2020", found["Orlan Vesk"]
    assert found["NORTH PEARL"]["current"] is False, found["NORTH PEARL"]
