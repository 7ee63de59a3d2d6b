"""A designation the release states as an earlier action is drawn as in force; only one a delisting ended is drawn as
ended (HP, thirty-third session).

"On May 2, OFAC designated Westmark Holding JSC" in a release of May 20 is read with `current: false` (not the
release's own action), and the view drew every such link dashed, the style its legend gives a former post: a
designation still in force looked ended. Invented names."""
from __future__ import annotations

from graphbuild.views.model import GraphModel

OFAC = ("ofac", "Office of Foreign Assets Control", "PublicBody")


def _dashed(model: GraphModel) -> list[str]:
    return [e["label"] for e in model.to_json()["edges"] if e.get("former")]


def test_an_earlier_designation_in_force_is_not_drawn_as_ended(rel, ent):
    earlier = rel("r.md", "designated_by", ent("w", "Westmark Holding JSC", "Company"), ent(*OFAC), date="2025-05-02",
                  current=False)
    ended = rel("r.md", "designated_by", ent("k", "Kesk Marine Ltd.", "Company"), ent(*OFAC), date="2024-02-05",
                current=False, end_date="2025-08-12")
    post = rel("r.md", "holds_role", ent("t", "Tomas Rask", "Person"), ent("w", "Westmark Holding JSC", "Company"),
               role="finance director", current=False)
    assert _dashed(GraphModel.from_relations([earlier, ended, post])) == [
        "designated by (2024-02-05) (delisted 2025-08-12)", "finance director (former)"]
