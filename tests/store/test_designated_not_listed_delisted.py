"""`designated-not-listed` leaves out a target whose every designation a later delisting ended: a list that no longer
holds it agrees with the documents, so it is no lead (F3 item 12, M36, seventeenth session). A target designated
again after the delisting, and one never delisted, stay. Texts and names invented. On main before the change the
delisted firm was a row of its own, with no word of the delisting.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.rdf import queries
from graphbuild.rdf.store import KnowledgeStore

from gbstore_support import write_docs

pytestmark = pytest.mark.slow

HEAD = "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) "
DESIGNATED = {"id": "a.txt", "date": "2026-01-10", "text": (
    "Treasury Sanctions Velmoran Oil Shippers\n\n" + HEAD + "designated Orvask Vastrade Holdings and Tarsel Marine "
    "Agencies for shipping oil for the regime of Velmora.")}
DELISTED = {"id": "b.txt", "date": "2026-03-02", "text": (
    "Treasury Removes a Firm from the SDN List\n\n" + HEAD + "removed Orvask Vastrade Holdings from the Specially "
    "Designated Nationals and Blocked Persons List (SDN List).")}
REDESIGNATED = {"id": "c.txt", "date": "2026-06-01", "text": (
    "Treasury Sanctions Velmoran Oil Shippers Again\n\n" + HEAD + "designated Orvask Vastrade Holdings for shipping "
    "oil for the regime of Velmora.")}


def _not_listed(store: Path) -> list[tuple[str, str]]:
    """(name, documents) of each row of the bundled query (no list linked: every designee in force is a lead)."""
    with KnowledgeStore(store, read_only=True) as ks:
        result = queries.run(ks, queries.get("designated-not-listed").text, {})
        return [(str(row[0]), "; ".join(sorted(d.split("#")[-1] for d in str(row[2]).split("; ")))) for row in result]


def test_a_delisted_target_is_no_lead_and_a_redesignated_one_is(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    build([write_docs(inputs, DESIGNATED, DELISTED)], BuildOptions(out=out))
    assert _not_listed(out / "store") == [("Tarsel Marine Agencies", "a.txt")]
    build([write_docs(inputs, DESIGNATED, DELISTED, REDESIGNATED)], BuildOptions(out=out))
    assert _not_listed(out / "store") == [("Orvask Vastrade Holdings", "c.txt"), ("Tarsel Marine Agencies", "a.txt")]
