"""The real OFAC SDN snapshot of ../shared/lists (skipped when ../shared is absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.link import ListIndex, Query, load_list

SDN = Path(__file__).resolve().parent.parent.parent.parent / "shared" / "lists" / "sdn-2024-05-03.csv"
pytestmark = pytest.mark.skipif(not SDN.exists(), reason="../shared/lists is absent")


@pytest.fixture(scope="module")
def sdn():
    return load_list(SDN)


def test_the_snapshot_reads_whole(sdn):
    assert (sdn.name, sdn.date, len(sdn.entries)) == ("OFAC SDN", "2024-05-03", 14965)
    kinds = {}
    for entry in sdn.entries:
        kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
    assert kinds == {"Organization": 6884, "Person": 6854, "Vessel": 1227}
    assert len({e.entry_id for e in sdn.entries}) == 14965
    assert not any("\x1a" in e.name or e.name.endswith(" ") for e in sdn.entries)


def test_the_snapshot_links_names_as_releases_write_them(sdn):
    index = ListIndex(sdn)

    def ids(type_, name):
        return [m.entry.entry_id for m in index.match(Query("x", type_, [name]))]

    assert ids("Person", "Ahmad Vahidi") == ["12060"]            # "VAHIDI, Ahmad"
    assert ids("Company", "Sovcomflot") == ["34741"]             # "JOINT STOCK COMPANY SOVCOMFLOT"
    assert ids("Person", "Mojtaba Khamenei") == ["27848"]
    assert ids("Vessel", "HS Atlantica") == ["46613"]            # the vessel, not the company "HS ATLANTICA LIMITED"
    assert ids("Company", "HS Atlantica") == ["46612"]
