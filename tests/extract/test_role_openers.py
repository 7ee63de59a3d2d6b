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


def test_a_relation_built_directly_loses_the_dash_too():
    """Every relation gets it (V2's finding 8: roles_group.py builds its Relation without `common.relation`)."""
    from graphbuild.records import EntityRef, Evidence, Relation

    ev = [Evidence("s", 0, 1, "x")]
    made = [Relation("holds_role", EntityRef("Darius Kesh", "Person"), EntityRef("Varnland Navy", "PublicBody"), ev, 0.6, role=role)
            for role in ("- member", "\u2013commander", "-", None)]
    assert [r.role for r in made] == ["member", "commander", "-", None]
