"""A country's government and the state that sanctions in its own name are one body.

The authorities gazetteer names some states as sanctioning authorities under the country's name ("Canada", "United
Kingdom", aliases "Government of Canada", "Government of the United Kingdom"): a designation by "the Government of
Canada" is one by "Canada". A post at that government ("British Prime Minister X": the GUIDELINES' "Government of
United Kingdom") was a country's generic body, scoped to its country (resolve/country.py), with an IRI of its own: the
readable build held the United Kingdom twice, as the authority of 160 designations and as the body of a prime
minister's post (G, twenty-fifth session). Such a government is named as the state's authority, the document's form
kept as an alias: one node, the authority's IRI (a hash of its name, as before), one label in every document.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..names import fold
from ..nlp.gazetteers import load_gazetteers
from ..records import EntityRef, Relation
from .country import strip_country

__all__ = ["as_state_authority", "name_state_authorities", "state_authority"]

#: What is left of a country's government's name without its country ("Government of Canada", "the UK Government").
GOVERNMENT = "government"


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """Folded country -> the authority that is that state itself (its name is the country's)."""
    return {fold(a.country): a.name for a in load_gazetteers().authorities.values() if a.country and a.name == a.country}


def state_authority(ref: EntityRef) -> str | None:
    """The authority's name when `ref` is the government of a country that sanctions in its own name, else None."""
    if not ref.country or fold(strip_country(ref.name)) != GOVERNMENT:
        return None
    return _states().get(fold(ref.country))


def as_state_authority(ref: EntityRef) -> bool:
    """Name `ref` as its state's authority when it is that state's government (its name becomes an alias, its country
    scope goes: the authority is no generic body); whether it did."""
    state = state_authority(ref)
    if state is None:
        return False
    names = [ref.name, *ref.aliases]
    ref.name, ref.country = state, None
    ref.aliases = [n for i, n in enumerate(names) if fold(n) != fold(state) and fold(n) not in {fold(m) for m in names[:i]}]
    return True


def name_state_authorities(relations: Iterable[Relation]) -> None:
    """Every state's government among the relations' entities named as its authority (in place)."""
    for rel in relations:
        as_state_authority(rel.subject)
        as_state_authority(rel.object)
