"""P4 (eleventh session): a designation stated as in force, and fiscal years, are not today's action.

Invented names. "X remains designated", "is still listed", "has been designated since 2019" and "In FY2023, OFAC
designated X" were each today's designation, dated the release's day, `current: true`."""
from __future__ import annotations

from graphbuild.extract.described_dates import fiscal_year
from graphbuild.resolve.dates import normalize_date

META = {"date": "2025-09-18"}
HEAD = "Treasury Targets Fuel Smuggling Network\n\nSeptember 18, 2025\n\nToday, OFAC designated Corvan Petroleum FZE pursuant to E.O. 13846.\n\n"


def _designations(relations: list[dict]) -> dict[str, dict]:
    return {r["subject"]["name"]: r for r in relations if r["relation"] == "designated_by"}


def test_a_designation_in_force_is_an_earlier_one(extract):
    text = HEAD + ("Corvan's founder, Elias Marek, remains designated under E.O. 13224.\n\n"
                   "Nadim Korr has been designated since 2019.\n\n"
                   "The vessel OCEAN PEARL is still listed.\n\n"
                   "Milan Orsic, who remains listed by OFAC since 2018, continues to manage the fleet.")
    found = _designations(extract(text, META))
    assert found["Corvan Petroleum FZE"]["current"] is True and found["Corvan Petroleum FZE"]["date"] == "2025-09-18"
    expected = {"Elias Marek": None, "Nadim Korr": "2019", "OCEAN PEARL": None, "Milan Orsic": "2018"}
    assert {name: (found[name]["current"], found[name]["date"]) for name in expected} == \
        {name: (False, date) for name, date in expected.items()}


def test_a_fiscal_year_before_the_release_is_an_earlier_action(extract):
    text = HEAD + ("In FY2023, OFAC designated Tamsin Oil Trading for its role in the scheme.\n\n"
                   "In fiscal year 2022, the Department of State designated Kael Ruso.")
    found = _designations(extract(text, META))
    assert (found["Tamsin Oil Trading"]["current"], found["Tamsin Oil Trading"]["date"]) == (False, "FY2023")
    assert (found["Kael Ruso"]["current"], found["Kael Ruso"]["date"]) == (False, "fiscal year 2022")


def test_fiscal_years_and_quarters():
    assert [fiscal_year(t) for t in ("FY2023", "FY 23", "fiscal 2024", "FY2024/25", "Q3 2022", "in 2023")] == \
        [2023, 2023, 2024, 2025, 2022, None]
    # the last year of a two-digit span too (V2's finding 9)
    assert [fiscal_year(t) for t in ("FY23/24", "FY 23/24", "fiscal year 23/24", "FY2023/2024")] == [2024, 2024, 2024, 2024]
    # a fiscal year is no calendar year; a calendar quarter lies within its year
    assert normalize_date("FY2024", None) is None and normalize_date("fiscal year 2024", None) is None
    assert normalize_date("the third quarter of 2022", None).iso == "2022"
    assert normalize_date("Q1 2021", None).iso == "2021"


def test_an_action_in_a_when_clause_takes_the_date_it_hangs_on(extract):
    """P6 (thirteenth session): "X was not designated in 2019, when OFAC sanctioned his deputy, Y": Y's action is of
    2019, not today's (`described_dates.when_date`)."""
    text = HEAD + "Corvan's founder was not designated in 2019, when OFAC sanctioned his deputy, Tovar Ellsmere."
    found = _designations(extract(text, META))
    assert (found["Tovar Ellsmere"]["current"], found["Tovar Ellsmere"]["date"]) == (False, "2019")
    assert found["Corvan Petroleum FZE"]["current"] is True
