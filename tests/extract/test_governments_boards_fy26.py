"""A country's government in any form of the country's name is the state's authority node, and a board seat whose
board is the company's referred back to is a post (twenty-sixth session, FY; hostile probes, not in the study sets).

1. "the Government of Great Britain", "the British Government", "HM Government", "His/Her Majesty's Government":
   no alias of the authority "United Kingdom", so a post or a designation went to a node of their own (or nowhere).
   The government forms are now made from the country data for every state that sanctions in its own name
   (nlp/government_names.py), the royal style is gazetteer data, and a capitalised "His"/"Her" opening an authority's
   name stays in it (nlp/mentions.py). A body named with the country ("British Army") keeps its own node.
2. "X sits on the company's board", "X sits on its board", "X has a seat on the company's board", "X sits on the board
   of the company": the owner is found as a title's "its director" / "the company's director" finds it
   (extract/roles_board.py). Invented names."""
from __future__ import annotations

import json

import pytest

from graphbuild.nlp.gazetteers import load_gazetteers
from graphbuild.nlp.government_names import government_forms

pytestmark = pytest.mark.slow

BOARD = "member of the board of directors"


def _facts(extract, text: str) -> list[tuple]:
    return sorted((r["relation"], r["subject"]["name"], r["object"]["name"], r.get("role")) for r in extract(text))


def test_government_forms_come_from_the_country_data():
    forms = government_forms("Vardan", {"Vardania": "Vardan", "the Vardan Republic": "Vardan", "VR": "Vardan"},
                             {"Vardanian": "Vardan", "Oskan": "Oska"})
    assert forms == ["Government of Vardania",
                     "Vardania Government", "Vardania government", "Government of VR", "VR Government", "VR government",
                     "Vardanian Government", "Vardanian government"]
    gaz = load_gazetteers()
    for form in ("Government of Great Britain", "the British Government", "Government of Britain", "HM Government",
                 "Her Majesty's Government", "His Majesty's Government", "Canadian Government"):
        assert gaz.authority(form) is not None and gaz.authority(form).name in {"United Kingdom", "Canada"}, form
    assert gaz.authority("British Army") is None and gaz.authority("Embassy of Great Britain") is None


@pytest.mark.parametrize("government", ["the Government of Great Britain", "the British Government", "HM Government",
                                        "Her Majesty's Government", "His Majesty's Government", "the Government of Britain"])
def test_a_post_at_any_form_of_the_uk_government_is_at_the_united_kingdom(extract, government):
    assert _facts(extract, f"Ardo Penvarro is an official of {government}.") == [
        ("holds_role", "Ardo Penvarro", "United Kingdom", "official")]


@pytest.mark.parametrize("government", ["HM Government", "His Majesty's Government", "The Government of Great Britain"])
def test_a_designation_by_any_form_of_the_uk_government_is_by_the_united_kingdom(extract, government):
    assert _facts(extract, f"{government} today sanctioned Imrin Brokers Ltd., which moves money for the Vardan regime.") == [
        ("designated_by", "Imrin Brokers Ltd.", "United Kingdom", None)]


def test_a_body_named_with_the_country_stays_its_own(extract):
    assert _facts(extract, "Ardo Penvarro, an officer of the British Army, met Vardan officials.") == [
        ("holds_role", "Ardo Penvarro", "British Army", "officer")]
    assert _facts(extract, "Lise Carvo said her government would reply.") == []


@pytest.mark.parametrize("seat", ["sits on the company's board", "sits on its board", "has a seat on the company's board",
                                  "sits on the board of the company"])
def test_a_seat_on_a_referred_board_is_a_post_at_its_owner(extract, seat):
    assert _facts(extract, f"Orvel Marine Ltd. ships arms to the Vardan navy. Hanne Penvarro {seat}.") == [
        ("holds_role", "Hanne Penvarro", "Orvel Marine Ltd.", BOARD)]


def test_a_seat_on_a_named_or_negated_or_other_board(extract):
    assert _facts(extract, "Ardo Penvarro sits on the board of Orvel Marine Ltd.") == [
        ("holds_role", "Ardo Penvarro", "Orvel Marine Ltd.", BOARD)]
    assert _facts(extract, "Ilse Penvarro has a seat on Orvel Marine Ltd.'s supervisory board.") == [
        ("holds_role", "Ilse Penvarro", "Orvel Marine Ltd.", "member of the supervisory board")]
    assert _facts(extract, "Orvel Marine Ltd. ships arms. Hanne Penvarro does not sit on its board.") == []
    assert _facts(extract, "Orvel Marine Ltd. ships arms. Pera Penvarro sits on the board of the company's subsidiary.") == []


DOCS = {
    "a.md": "# Posts in London\n\nArdo Penvarro is a minister in the Government of Great Britain. Marit Sarvan is an "
            "official of HM Government. Tomas Verel, an officer of the British Army, met them.\n",
    "b.md": "# Sanctions on a filtering firm\n\nLONDON — His Majesty's Government today sanctioned Tessit Hosting Ltd., a "
            "firm that builds the Vardan regime's filtering systems. Lise Carvo, a banker, sits on the company's board.\n",
}


def test_build_gives_every_form_of_the_uk_government_one_node(tmp_path):
    from graphbuild.pipeline.run import BuildOptions, build
    from graphbuild.rdf.mapping import IriMinter
    from graphbuild.rdf.store import open_store
    from graphbuild.records import EntityRef

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out"))
    rows = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    uk = str(IriMinter().entity(EntityRef("United Kingdom", "PublicBody")))
    assert sorted((r["doc"], r["relation"], r["subject"]["name"], r["object"]["name"], r.get("role"), r["object"]["id"] == uk)
                  for r in rows) == [
        ("a.md", "holds_role", "Ardo Penvarro", "United Kingdom", "minister", True),
        ("a.md", "holds_role", "Marit Sarvan", "United Kingdom", "official", True),
        ("a.md", "holds_role", "Tomas Verel", "British Army", "officer", False),
        ("b.md", "designated_by", "Tessit Hosting Ltd.", "United Kingdom", None, True),
        ("b.md", "holds_role", "Lise Carvo", "Tessit Hosting Ltd.", BOARD, False)]
    with open_store(tmp_path / "out" / "store") as store:
        nodes = {str(row[0]) for row in store.query(
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e rdfs:label ?n } "
            "FILTER(CONTAINS(LCASE(STR(?n)), 'brit') || CONTAINS(LCASE(STR(?n)), 'majesty') || CONTAINS(STR(?n), 'HM ') "
            "|| CONTAINS(STR(?n), 'Kingdom')) }")}
        labels = {str(row[0]) for row in store.query(
            f"PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?n WHERE {{ GRAPH ?g {{ <{uk}> rdfs:label ?n }} }}")}
    army = next(r["object"]["id"] for r in rows if r["object"]["name"] == "British Army")
    assert (nodes, labels) == ({uk, army}, {"United Kingdom"})
