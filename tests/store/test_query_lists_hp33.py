"""The bundled queries' joined columns keep their values when some rows have none (HP, thirty-third session).

`query --name entities-by-program` shows each entity's designation dates and the date a delisting ended them, and
`find-entity` a firm's aliases also when another release names it without them.

The query joined the dates with GROUP_CONCAT, which SPARQL defines on strings only: over `xsd:date` values it is an
error, so both columns came out empty for every row (and so they did for an entity of two designations, one ended and
one in force, once the dates were strings): a delisted firm looked as designated as any other. Texts and
names invented."""
from __future__ import annotations

import pytest
from rdflib import Literal

from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.rdf import queries
from graphbuild.rdf.store import KnowledgeStore

from gbstore_support import write_docs

pytestmark = pytest.mark.slow

DESIGNATED = {"id": "a.txt", "date": "2026-01-10", "text": (
    "Treasury Sanctions Velmoran Oil Shippers\n\nWASHINGTON - Today, the Department of the Treasury's Office of "
    "Foreign Assets Control (OFAC) designated Orvask Vastrade Holdings and Kesk Marine Ltd. pursuant to E.O. 13846.")}
AGAIN = {"id": "c.txt", "date": "2026-06-01", "text": (
    "Treasury Sanctions Velmoran Oil Shippers Again\n\nWASHINGTON - Today, OFAC designated Kesk Marine Ltd. "
    "pursuant to E.O. 13846 for shipping oil for the regime of Velmora.")}
DELISTED = {"id": "b.txt", "date": "2026-03-02", "text": (
    "Treasury Removes a Firm from the SDN List\n\nWASHINGTON - Today, the Department of the Treasury's Office of "
    "Foreign Assets Control (OFAC) removed Orvask Vastrade Holdings from the Specially Designated Nationals and "
    "Blocked Persons List (SDN List).")}


def _rows(out) -> set[tuple[str, str, str, str]]:
    with KnowledgeStore(out / "store", read_only=True) as ks:
        rows = queries.run(ks, queries.get("entities-by-program").text, {})
        return {(str(r.entityName), str(r.programName), str(r.dates or ""), str(r.delisted or "")) for r in rows}


def test_entities_by_program_gives_dates_and_the_delisting(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    build([write_docs(inputs, DESIGNATED, DELISTED)], BuildOptions(out=out))
    assert _rows(out) == {("Orvask Vastrade Holdings", "E.O. 13846", "2026-01-10", "2026-03-02"),
                     ("Kesk Marine Ltd.", "E.O. 13846", "2026-01-10", "")}


def test_an_entity_designated_twice_and_delisted_once_gives_both_dates_and_the_end(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    removal = dict(DELISTED, text=DELISTED["text"].replace("Orvask Vastrade Holdings", "Kesk Marine Ltd."))
    build([write_docs(inputs, DESIGNATED, removal, AGAIN)], BuildOptions(out=out))
    dates = {name: (set(d.split("; ")), ended) for name, _, d, ended in _rows(out)}
    assert dates == {"Orvask Vastrade Holdings": ({"2026-01-10"}, ""),
                     "Kesk Marine Ltd.": ({"2026-01-10", "2026-06-01"}, "2026-03-02")}


def test_find_entity_gives_the_aliases_one_release_states(tmp_path):
    # the second release names the firm without its short name: its document graph states no alias, and one such
    # row emptied the joined column (main at d34d434: aliases "")
    inputs, out = tmp_path / "in", tmp_path / "out"
    aka = dict(DESIGNATED, text=DESIGNATED["text"].replace("Kesk Marine Ltd.", "Kesk Marine Ltd., also known as Keskmar,"))
    build([write_docs(inputs, aka, AGAIN)], BuildOptions(out=out))
    with KnowledgeStore(out / "store", read_only=True) as ks:
        rows = queries.run(ks, queries.get("find-entity").text, {"text": Literal("kesk")})
        found = {(str(r.name), str(r.aliases or ""), int(r.documents)) for r in rows}
    assert found == {("Kesk Marine Ltd.", "Keskmar", 2)}
