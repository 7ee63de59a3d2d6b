"""P4 (eleventh session): a role's words never start with a list's dash or the hyphen of "ex-".

Invented names. "- Colonel X heads Y" gave the role "- Colonel"; "Paraguay's ex-director X" the role "-director"."""
from __future__ import annotations

META = {"date": "2025-10-07"}


def test_a_role_keeps_no_bullet_or_hyphen(extract):
    text = ("Treasury Sanctions Drone Network\n\nOctober 7, 2025\n\nToday, OFAC designated the following officials:\n\n"
            "- Colonel Darius Kesh heads the UAV Command of the Islamic Revolutionary Guard Corps.\n\n"
            "Lucia Marval, the ex-director of the National Customs Service of Venezuela, launders the proceeds.")
    roles = {(r["subject"]["name"], r["role"], r["current"]) for r in extract(text, META) if r["relation"] == "holds_role"}
    assert roles == {("Darius Kesh", "head", True), ("Lucia Marval", "director", False)}, roles
