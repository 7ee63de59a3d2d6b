"""Two bodies whose releases give them one short name ("also known as Orvask") stay two (HP, thirty-third session).

Two invented releases: "Orvask Mining JSC, also known as Orvask" and, months later, "Orvask Freight Services LLC, also
known as Orvask". The index matched the second company by its alias and gave it the first one's IRI: one node
designated under two programs, named by both companies, with both releases' sentences. A short name is shared by
bodies of one family or trade name; the full names tell them apart, as they already did for an acronym ("MDA")."""
from __future__ import annotations

from graphbuild.rdf.mapping import IriMinter
from graphbuild.records import EntityRef
from graphbuild.resolve.index import EntityIndex


def _iri(index: EntityIndex, name: str, *aliases: str, type_: str = "Company") -> str:
    return index.resolve(EntityRef(name, type_, list(aliases)))


def test_two_companies_of_one_short_name_stay_two():
    index = EntityIndex(IriMinter())
    mining = _iri(index, "Orvask Mining JSC", "Orvask")
    freight = _iri(index, "Orvask Freight Services LLC", "Orvask")
    assert freight != mining
    assert _iri(index, "Orvask Freight Services LLC") == freight and _iri(index, "Orvask Mining JSC") == mining


def test_one_company_named_more_fully_in_another_release_is_one():
    index = EntityIndex(IriMinter())
    first = _iri(index, "Tarsk Oil Company", "Tarsk")
    assert _iri(index, "PJSC Tarsk Oil Company", "Tarsk") == first  # the full names share most words
    assert _iri(index, "Tarsk") == first  # the short name alone is the body that has it


def test_a_body_known_only_by_its_short_name_takes_the_full_name():
    index = EntityIndex(IriMinter())
    short = _iri(index, "Orvask", type_="Organization")
    assert _iri(index, "Orvask Freight Services LLC", "Orvask") == short


def test_a_renamed_company_whose_former_full_name_is_its_alias_is_one():
    """A shared alias with a legal form is a company's full name, no short one: two releases stating it name one firm,
    whatever its other names ("Marlin Bay Ltd., formerly known as Coral Trading Ltd."; review RHP, thirty-third session)."""
    index = EntityIndex(IriMinter())
    coral = _iri(index, "Coral Trading Ltd.", "Coral Shipping")
    assert _iri(index, "Marlin Bay Ltd.", "Coral Trading Ltd.") == coral
    index = EntityIndex(IriMinter())
    shipyard = _iri(index, "Joint Stock Company Sevrin Shipyard", "Sevrin Shipyard JSC")
    assert _iri(index, "AO Sevrin Sudostroitelny Zavod", "Sevrin Shipyard JSC") == shipyard
