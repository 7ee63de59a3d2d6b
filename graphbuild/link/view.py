"""List entries for the HTML view: each linked entity's relation ends carry `lists`, as the view's model reads them.

The view model (`graphbuild.views.model`) takes an entity's list entries from a `lists`
field of its relation ends (strings, or dicts with a `list` display string); the page
marks such nodes and shows the entries in the side panel. The strings are data: the page
writes them as text.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

_LISTINGS = """PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?entity ?listName ?date ?entryId ?entryName ?score (GROUP_CONCAT(DISTINCT ?program; separator=", ") AS ?programs)
WHERE { GRAPH ?l { ?m a gb:ListMatch ; gb:matchedEntity ?entity ; gb:matchedEntry ?entry ; gb:score ?score .
  ?entry gb:entryId ?entryId ; rdfs:label ?entryName . ?l rdfs:label ?listName .
  OPTIONAL { ?l gb:listDate ?date } OPTIONAL { ?entry gb:listProgram ?program } } }
GROUP BY ?entity ?listName ?date ?entryId ?entryName ?score ORDER BY ?listName ?entryId"""


def store_listings(store: Any) -> dict[str, list[dict[str, Any]]]:
    """{entity IRI: [{list, name, date, entry, entryName, programs, score}]} from the store's list graphs."""
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entity, list_name, date, entry_id, entry_name, score, programs in store.query(_LISTINGS):
        shown = f"{list_name} {entry_id}: {entry_name}" + (f" ({programs})" if programs else "")
        found[str(entity)].append({"list": shown, "name": str(list_name), "date": str(date) if date is not None else None,
                                   "entry": str(entry_id), "entryName": str(entry_name), "programs": str(programs or ""),
                                   "score": float(score)})
    return dict(found)


def with_list_entries(store: Any, relations: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The relations, each linked end given its `lists` (copies: the caller's dicts are not changed)."""
    listings = store_listings(store)
    for rel in relations:
        if rel["subject"].get("id") in listings or rel["object"].get("id") in listings:
            rel = {**rel, **{end: {**rel[end], "lists": listings[rel[end]["id"]]} for end in ("subject", "object")
                             if rel[end].get("id") in listings}}
        yield rel
