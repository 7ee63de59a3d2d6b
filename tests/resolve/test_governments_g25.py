"""A country's government and the state that sanctions in its own name are one node (resolve/governments.py; G,
twenty-fifth session). "British Prime Minister X" gave a post at "Government of United Kingdom", a country's generic
body with an IRI scoped to the country; the United Kingdom's designations are by the authority "United Kingdom" (the
gazetteer's, alias "Government of the United Kingdom"): two nodes for one government. The government is now named as
the authority, its own form an alias. Invented names."""
from __future__ import annotations

import json

import pytest

from graphbuild.rdf.mapping import IriMinter, post_organization
from graphbuild.records import EntityRef, Relation
from graphbuild.resolve.governments import as_state_authority, name_state_authorities, state_authority


def _government(country: str, name: str | None = None) -> EntityRef:
    return EntityRef(name or f"Government of {country}", "PublicBody", country=country)


def test_a_states_government_is_its_authority():
    assert state_authority(_government("United Kingdom")) == "United Kingdom"
    assert state_authority(_government("Canada", "Canada's Government")) == "Canada"
    assert state_authority(_government("Vardan")) is None  # no authority of its own in the gazetteer
    assert state_authority(EntityRef("Ministry of Defense", "PublicBody", country="United Kingdom")) is None
    assert state_authority(EntityRef("Government of Canada", "PublicBody")) is None  # unscoped: resolved by name


def test_a_states_government_is_named_as_its_authority_with_its_own_form_an_alias():
    government = EntityRef("Government of United Kingdom", "PublicBody", ["UK Government", "United Kingdom"],
                           country="United Kingdom")
    assert as_state_authority(government)
    assert (government.name, government.aliases, government.country) == (
        "United Kingdom", ["Government of United Kingdom", "UK Government"], None)
    assert IriMinter().entity(government) == IriMinter().entity(EntityRef("United Kingdom", "PublicBody"))
    assert not as_state_authority(government)  # named once


def test_other_bodies_of_the_country_and_other_governments_stay_scoped():
    ministry = EntityRef("Ministry of Defense", "PublicBody", country="Canada")
    vardan = _government("Vardan")
    name_state_authorities([Relation("holds_role", EntityRef("Marit Sarvan", "Person"), ministry, [], 0.9, role="minister"),
                            Relation("holds_role", EntityRef("Ardo Penn", "Person"), vardan, [], 0.9, role="president")])
    assert (ministry.name, ministry.country, vardan.name, vardan.country) == (
        "Ministry of Defense", "Canada", "Government of Vardan", "Vardan")


def test_a_post_at_a_country_is_at_its_authority_when_the_state_is_one():
    minter = IriMinter()
    canada = post_organization(EntityRef("Canada", "Country"))
    assert (canada.name, canada.aliases, canada.country) == ("Canada", ["Government of Canada"], None)
    assert minter.entity(canada) == minter.entity(EntityRef("Canada", "PublicBody"))
    assert minter.entity(post_organization(EntityRef("Vardan", "Country"))) == minter.entity(_government("Vardan"))


DOCS = {
    "a.md": "# London acts\n\nBritish Prime Minister Ardo Penn told reporters in Brussels that the measures against the "
            "Vardan regime would stay in place.\n",
    "b.md": "# Sanctions on a filtering firm\n\nLONDON — The United Kingdom today sanctioned Orvel Hosting Ltd., a firm "
            "that builds the Vardan regime's internet filtering systems.\n",
}


@pytest.mark.slow
def test_build_gives_the_united_kingdom_one_node(tmp_path):
    from graphbuild.pipeline.run import BuildOptions, build
    from graphbuild.rdf.store import open_store

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out"))
    rows = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    uk = str(IriMinter().entity(EntityRef("United Kingdom", "PublicBody")))
    assert sorted((r["doc"], r["relation"], r["subject"]["name"], r["object"]["name"], r["object"]["id"]) for r in rows) == [
        ("a.md", "holds_role", "Ardo Penn", "United Kingdom", uk),
        ("b.md", "designated_by", "Orvel Hosting Ltd.", "United Kingdom", uk)]
    with open_store(tmp_path / "out" / "store") as store:
        labels = {str(row[0]) for row in store.query(
            f"PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?n WHERE {{ GRAPH ?g {{ <{uk}> rdfs:label ?n }} }}")}
        aliases = {str(row[0]) for row in store.query(
            f"PREFIX gb: <https://w3id.org/graphbuild/ontology#> SELECT ?n WHERE {{ GRAPH ?g {{ <{uk}> gb:alias ?n }} }}")}
    assert (labels, aliases) == ({"United Kingdom"}, {"Government of United Kingdom"})
