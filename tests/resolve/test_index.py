"""P3 (tenth session): cross-document identity by an acronym, and names a rebuilt document no longer states.

Invented names. "Missile Defense Agency (MDA)" of one release was the "Maritime Development Authority (MDA)" of
another (one node, both bodies' facts); a curation merge taken out of the file stayed in the store's next build."""
from __future__ import annotations

from graphbuild.rdf.mapping import IriMinter
from graphbuild.records import EntityRef
from graphbuild.resolve.index import EntityIndex


def test_a_shared_acronym_does_not_merge_two_bodies():
    index = EntityIndex(IriMinter())
    first = index.resolve(EntityRef("Maritime Development Authority", "PublicBody", ["MDA"]))
    other = index.resolve(EntityRef("Missile Defense Agency", "PublicBody", ["MDA"]))
    assert other != first


def test_a_body_named_by_its_acronym_does_not_merge_with_another_bodys_acronym():
    """The other release writes the acronym first ("MDA (Missile Defense Agency)"): its name is the acronym, its full
    name an alias, and the lookup by acronym must check the full names too."""
    index = EntityIndex(IriMinter())
    first = index.resolve(EntityRef("Maritime Development Authority", "PublicBody", ["MDA"]))
    assert index.resolve(EntityRef("MDA", "PublicBody", ["Missile Defense Agency"])) != first
    assert index.resolve(EntityRef("MDA", "PublicBody", ["Maritime Development Authority"])) == first


def test_an_acronym_joins_a_body_whose_full_names_agree():
    index = EntityIndex(IriMinter())
    first = index.resolve(EntityRef("Islamic Revolutionary Guard Corps", "Organization", ["IRGC"]))
    assert index.resolve(EntityRef("Iran's Islamic Revolutionary Guard Corps", "Organization", ["IRGC"])) == first
    assert index.resolve(EntityRef("IRGC", "Organization")) == first


def _loaded(index: EntityIndex, graph: str, iri: str, type_: str, names: list[str]) -> None:
    """What EntityIndex.load does for one entity of one stored document graph."""
    index.add(iri, type_, names, stated_by={n: frozenset({graph}) for n in names})


def test_names_only_a_rebuilt_graph_stated_are_forgotten():
    index = EntityIndex(IriMinter())
    parent = "https://example.org/id/zentra-holdings"
    # a2's old graph: a curation merge had given the parent the subsidiary's name as an alias
    _loaded(index, "g:a1", parent, "Company", ["Zentra Holdings"])
    _loaded(index, "g:a2", parent, "Company", ["Zentra Holdings", "Zentra Holdings Morlandia LLC"])
    subsidiary = EntityRef("Zentra Holdings Morlandia LLC", "Company")
    assert index.resolve(EntityRef("Zentra Holdings Morlandia LLC", "Company")) == parent  # as before: a2 not rebuilt
    index = EntityIndex(IriMinter())
    _loaded(index, "g:a1", parent, "Company", ["Zentra Holdings"])
    _loaded(index, "g:a2", parent, "Company", ["Zentra Holdings", "Zentra Holdings Morlandia LLC"])
    index.forget("g:a2")  # a2 is rebuilt: its old graph decides nothing
    assert index.resolve(subsidiary) != parent
    assert index.resolve(EntityRef("Zentra Holdings", "Company")) == parent  # a1 still states it


def test_a_forgotten_acronym_leaves_the_acronym_table():
    index = EntityIndex(IriMinter())
    body = "https://example.org/id/mda"
    _loaded(index, "g:c1", body, "PublicBody", ["Maritime Development Authority", "MDA"])
    index.forget("g:c1")
    assert index.resolve(EntityRef("MDA", "PublicBody")) != body


def test_a_hyphened_one_word_surname_alias_joins_no_other_person():
    """Two releases' people who only share a surname written in one hyphened word ("al-Tirani", keyed "al tirani"): the
    alias counted as a two-word name and made one node of them (R2, twenty-second session). Invented names."""
    index = EntityIndex(IriMinter())
    first = index.resolve(EntityRef("Qadir Sami al-Tirani", "Person", ["al-Tirani"]))
    assert index.resolve(EntityRef("Hamid Karel al-Tirani", "Person", ["al-Tirani"])) != first
    assert index.resolve(EntityRef("al-Tirani", "Person")) != first
    # guards: a whole name of two words, and the same full name, still join
    other = index.resolve(EntityRef("Marek Oravec", "Person", ["Abu Karim"]))
    assert index.resolve(EntityRef("Abu Karim", "Person")) == other
    assert index.resolve(EntityRef("Qadir Sami al-Tirani", "Person")) == first
