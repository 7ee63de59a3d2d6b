"""A namesake on the list is not linked: identifiers the documents state (birth date, nationality, IMO number) that
contradict the entry's rule it out, however alike the names; the same identifiers support a link (P10, fifteenth
session). Names and numbers are invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.link import ListIndex, Query, link_store, load_list
from graphbuild.link.entries import ListEntry, SanctionsList
from graphbuild.link.identifiers import birth_dates, ftm_identifiers, ofac_identifiers
from graphbuild.rdf import queries
from graphbuild.rdf.mapping import IriMinter, relation_quads
from graphbuild.rdf.store import KnowledgeStore
from graphbuild.records import Document, EntityRef, Evidence, Relation

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def sdn() -> ListIndex:
    return ListIndex(load_list(FIXTURES / "sdn.csv"))


def linked(index: ListIndex, type_: str, name: str, **identifiers: list[str]) -> list[str]:
    return [m.entry.entry_id for m in index.match(Query("x", type_, [name], identifiers=identifiers))]


def test_the_entrys_identifiers_are_read_from_ofac_remarks(sdn):
    by_id = {e.entry_id: e for e in sdn.list.entries}
    assert by_id["1001"].identifiers == {"birthDate": ["1960-01-01"], "nationality": ["RU"]}
    assert by_id["1004"].identifiers == {"imoNumber": ["9000001"]}  # a vessel: its IMO number, not its flag
    assert by_id["1003"].identifiers == {}


@pytest.mark.parametrize("remarks,expected", [
    ("DOB 10 Dec 1948; alt. DOB 1950; POB Town", ["1948-12-10", "1950"]),
    ("DOB Mar 1960; nationality Ruritania", ["1960-03"]),
    ("DOB circa 1956; nationality X", ["1954", "1955", "1956", "1957", "1958"]),
    ("DOB 1956 to 1958; citizen X", ["1956", "1957", "1958"]),
    ("DOB 01 Jan 1960 to 31 Dec 1961.", ["1960", "1961"]),
    ("DOB 12 Mar 1971; alt. DOB unknown", []),  # one DOB not read: none is trusted as the only one
    ("POB Town; Gender Male", []),
])
def test_ofac_birth_dates(remarks, expected):
    assert birth_dates(remarks) == expected


def test_a_person_born_another_year_is_not_linked_to_the_entry_of_his_name(sdn):
    assert linked(sdn, "Person", "Aleksandr Ivanovich Dorokhov") == ["1001"]                          # nothing stated
    assert linked(sdn, "Person", "Aleksandr Ivanovich Dorokhov", birthDate=["1988-03-12"]) == []
    assert linked(sdn, "Person", "Aleksandr Ivanovich Dorokhov", birthDate=["1960"]) == ["1001"]      # coarser, agrees
    assert sdn.ruled_out[("x", "1001")].entry.entry_id == "1001"


def test_a_person_of_another_nationality_is_not_linked(sdn):
    assert linked(sdn, "Person", "Aleksandr Ivanovich Dorokhov", nationality=["CA"]) == []
    assert linked(sdn, "Person", "Aleksandr Ivanovich Dorokhov", nationality=["CA", "RU"]) == ["1001"]  # dual
    # "a Canadian businessman" alone is a weak clue: it never rules out an entry that states a nationality
    assert linked(sdn, "Person", "Aleksandr Ivanovich Dorokhov", describedNationality=["CA"]) == ["1001"]


def test_a_vessel_with_another_imo_number_is_not_linked(sdn):
    assert linked(sdn, "Vessel", "Northern Light", imoNumber=["9911223"]) == []
    [match] = sdn.match(Query("x", "Vessel", ["Northern Light"], identifiers={"imoNumber": ["9000001"]}))
    assert (match.entry.entry_id, match.evidence) == ("1004", ["IMO 9000001"])


def test_a_stated_birth_date_picks_between_namesake_entries():
    entries = [ListEntry("1", "Person", "VELKAR, Toma", identifiers=ofac_identifiers("Person", "DOB 04 Feb 1966; nationality Serbia")),
               ListEntry("2", "Person", "VELKAR, Toma", identifiers=ofac_identifiers("Person", "DOB 1979; nationality Serbia"))]
    index = ListIndex(SanctionsList("t", None, "t", "test", entries))
    assert linked(index, "Person", "Toma Velkar") == ["1", "2"]  # a tie nothing breaks: both, as before
    [match] = index.match(Query("x", "Person", ["Toma Velkar"], identifiers={"birthDate": ["1979-06-02"]}))
    assert (match.entry.entry_id, match.evidence, match.score) == ("2", ["birth date 1979"], 1.0)


def test_ftm_identifiers():
    props = {"birthDate": ["1971-03-12"], "nationality": ["ir"], "citizenship": ["tr"], "passportNumber": ["K1"]}
    assert ftm_identifiers("Person", props) == {"birthDate": ["1971-03-12"], "nationality": ["IR", "TR"]}
    assert ftm_identifiers("Vessel", {"imoNumber": ["IMO 9000002"], "flag": ["pa"]}) == {"imoNumber": ["9000002"]}


def test_link_store_reads_the_graphs_identifiers_and_counts_the_namesakes(tmp_path):
    authority = EntityRef("Office of Foreign Assets Control", "PublicBody", ["OFAC"])
    namesake = EntityRef("Aleksandr Ivanovich Dorokhov", "Person", identifiers={"birthDate": ["1988-03-12"], "nationality": ["CA"]})
    ship = EntityRef("Northern Light", "Vessel", identifiers={"imoNumber": ["9911223"]})
    evidence = [Evidence("A sentence written for this test.", 0, 10, "test.v1")]
    relations = [Relation("designated_by", who, authority, evidence, 0.9, doc="a.txt") for who in (namesake, ship)]
    ks = KnowledgeStore(tmp_path / "store")
    try:
        ks.replace_document("a.txt", relation_quads(Document("a.txt", "t", "0" * 64, "a.txt"), relations, IriMinter()))
        [report] = link_store(ks, [FIXTURES / "sdn.csv"])
        assert (report.links, report.namesakes, report.to_json()["namesakes"]) == (0, 2, 2)
        assert list(queries.run(ks, queries.get("listed-entities").text, {})) == []
    finally:
        ks.close()


def test_a_nickname_or_a_surname_with_its_article_alone_never_links():
    """ "El Tordo" (one man's nickname in a text) linked at 1.0 to another man whose entry has the same a.k.a.; a graph
    alias "al-Rashidi" (a surname alone) to an entry whose a.k.a. is "Kamal AL-RASHID" at 0.92, "de la Vega" at 0.97.
    An article is no name of its own."""
    entries = [ListEntry("1", "Person", "ZORVAN QUINTERO, Aurelio", aliases=["EL TORDO"]),
               ListEntry("2", "Person", "AL-RASHIDI, Kamal Yusuf", aliases=["Kamal AL-RASHID"]),
               ListEntry("3", "Person", "DE LA VEGA, Tomas", aliases=["Tomas DE LA VEGA"]),
               ListEntry("4", "Person", "BRISENO ORTAL, Lucio", aliases=["EL CARPINTERO"]),
               ListEntry("5", "Person", "ABDULRAHMAN, Kamil", aliases=["ABDULRAHMAN"]),
               ListEntry("6", "Person", "QARSALI, Idris Hamid", aliases=["ABU HAMID", "ABU HAMID AL-QARSALI"])]
    index = ListIndex(SanctionsList("t", None, "t", "test", entries))
    assert linked(index, "Person", "El Tordo") == []
    assert linked(index, "Person", "El Carpintero") == []  # 8+ letters run together: not a spacing variant either (M24)
    assert linked(index, "Person", "Abdul Rahman Kamil") == ["5"]  # one name written two ways still is
    assert linked(index, "Person", "Abu Hamid") == []  # a kunya of two common words names no one (M24)
    assert linked(index, "Person", "Abu Hamid al-Qarsali") == ["6"]
    assert linked(index, "Person", "al-Rashidi") == []
    assert linked(index, "Person", "de la Vega") == []
    assert linked(index, "Person", "Kamal al-Rashidi") == ["2"]
    assert linked(index, "Person", "Tomas de la Vega") == ["3"]
    assert linked(index, "Person", "Aurelio Zorvan Quintero") == ["1"]


def test_both_sides_read_country_names_with_one_map():
    """The list side read "Turkey", "United States", "Burma" as nothing: a dual national "nationality Germany; alt.
    nationality Turkey" kept only DE and a text's Turkish national of that name was ruled out as a namesake (M24)."""
    assert ofac_identifiers("Person", "nationality Germany; alt. nationality Turkey")["nationality"] == ["DE", "TR"]
    assert ofac_identifiers("Person", "citizen United States; alt. citizen Yemen")["nationality"] == ["US", "YE"]
    assert ofac_identifiers("Person", "nationality Burma")["nationality"] == ["MM"]
    entries = [ListEntry("1", "Person", "KORVATH, Emre Selim",
                         identifiers=ofac_identifiers("Person", "DOB 03 May 1975; nationality Germany; alt. nationality Turkey"))]
    index = ListIndex(SanctionsList("t", None, "t", "test", entries))
    assert linked(index, "Person", "Emre Selim Korvath", nationality=["TR"]) == ["1"]
    assert linked(index, "Person", "Emre Selim Korvath", nationality=["FR"]) == []


def test_an_entry_with_an_unread_nationality_rules_out_nothing_by_nationality():
    """A country the map cannot read must not make the others look like the only ones (as with birth dates)."""
    assert "nationality" not in ofac_identifiers("Person", "nationality Germany; alt. nationality Freedonia Minor")
    assert ftm_identifiers("Person", {"nationality": ["de", "Freedonia"]}) == {}
    entries = [ListEntry("1", "Person", "KORVATH, Emre Selim",
                         identifiers=ofac_identifiers("Person", "nationality Germany; alt. nationality Freedonia Minor"))]
    index = ListIndex(SanctionsList("t", None, "t", "test", entries))
    assert linked(index, "Person", "Emre Selim Korvath", nationality=["FR"]) == ["1"]
