"""P4 (eleventh session): a post named after "as" on a verb of leaving it is a former post.

Invented names. "X, who was fired as general director of Y in 2023" and "X resigned as chairman of Y" were current
posts (`current: true`) at 0.93."""
from __future__ import annotations

META = {"date": "2025-10-07"}
HEAD = "Treasury Sanctions Arctic Shipping Network\n\nOctober 7, 2025\n\nToday, OFAC designated Arctic Tanker Company pursuant to E.O. 14024.\n\n"


def _posts(relations: list[dict]) -> dict[tuple[str, str], dict]:
    return {(r["subject"]["name"], r["object"]["name"]): r for r in relations if r["relation"] == "holds_role"}


def test_a_post_left_is_a_former_post(extract):
    text = HEAD + ("Maxim Tal, who was fired as general director of Arctic Tanker Company in 2023, now advises the firm.\n\n"
                   "Lev Adamov, who resigned as chairman of Volga Freight JSC in 2022, kept his shares.\n\n"
                   "Oleg Rusin, who stepped down as an adviser to Polar Bunkering LLC, owns a stake in the firm.\n\n"
                   "Anna Zorina is the chief executive of Polar Bunkering LLC.")
    found = {key: (r["role"], r["current"]) for key, r in _posts(extract(text, META)).items()}
    assert found == {
        ("Maxim Tal", "Arctic Tanker Company"): ("general director", False),
        ("Lev Adamov", "Volga Freight JSC"): ("chairman", False),
        ("Oleg Rusin", "Polar Bunkering LLC"): ("adviser", False),
        ("Anna Zorina", "Polar Bunkering LLC"): ("chief executive", True),
    }
