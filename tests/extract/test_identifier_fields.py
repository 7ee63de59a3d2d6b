"""P10 (fifteenth session): a list entry's identifier fields beside a designee are no date of the action, no designee
and no alias. Invented names and numbers.

"OFAC also designated X (DOB 03 Jan 1990; nationality Brazil)" was an earlier designation dated 1990-01-03 with
`current: false`, and "X" got the alias "DOB 03"; "the vessel Y (IMO 9911223)" was `current: false` with the IMO
number as its date words; "X, a Canadian businessman (DOB 12 Mar 1988; ...)" added a designee "DOB 12"."""
from __future__ import annotations

META = {"date": "2025-09-18"}
TEXT = ("Treasury Targets Fuel Smuggling Network\n\nSeptember 18, 2025\n\n"
        "Today, OFAC designated Corvan Petroleum FZE pursuant to E.O. 13846.\n\n"
        "OFAC also designated Teodor Vasko (DOB 03 Jan 1990; nationality Brazil) pursuant to E.O. 13846.\n\n"
        "OFAC also designated the Togo-flagged vessel SILVER TERN (IMO 9911223) pursuant to E.O. 13846.\n\n"
        "Today, OFAC designated Pavel Lindqvist, a Canadian businessman (DOB 12 Mar 1988; nationality Canada), "
        "pursuant to E.O. 13846.")


def test_identifier_fields_neither_date_nor_name_a_designation(extract):
    found = {r["subject"]["name"]: r for r in extract(TEXT, META) if r["relation"] == "designated_by"}
    assert {name: (r["current"], r["date"]) for name, r in found.items()} == {
        name: (True, "2025-09-18") for name in ("Corvan Petroleum FZE", "Teodor Vasko", "SILVER TERN", "Pavel Lindqvist")}
    assert [alias for r in found.values() for alias in r["subject"]["aliases"] if alias.upper().startswith(("DOB", "IMO"))] == []
