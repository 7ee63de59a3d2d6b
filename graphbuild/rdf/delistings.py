"""Delistings end designations: the store's derived graph of designations a later removal ended (L7).

Each document's graph keeps what that document states: a designation "current" in March stays so in March's graph.
A later document's `gb:Delisting` of the same target by the same authority (or a body of it, by a `gb:partOf`
either way) ends it: this module writes, in one graph of its own (`delistings_graph`), `gb:endDate` (and FtM's
`ftm:endDate`, as the store maps a designation to `ftm:Sanction`) and `gb:endedBy` on each such designation. It is
recomputed from the document graphs after every build that changed or pruned one, so adding the delisting document
ends the designation and pruning it restores it. A designation stated (dated, or published) after the delisting is
a re-designation and stays current; one whose date or the delisting's cannot be placed before the other (the same
day, "2026" against "2026-03", or no date and no publication date) is left as its documents state it.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import Literal, URIRef

from .mapping import date_literal
from .terms import PREFIXES, ox_quads
from .vocab import FTM, GB

_P = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def _statements_query(kind: str, target: str) -> str:
    """Each statement of class `kind` (a delisting, a designation) in a document graph: node, its `target` (the
    delistee, the designee), authority, its date, its document's publication date."""
    return _P + f"""SELECT ?n ?s ?a ?date ?published WHERE {{ GRAPH ?g {{
    ?g a gb:Document . ?n a {kind} ; {target} ?s ; gb:authority ?a .
    OPTIONAL {{ ?n gb:date ?date }} OPTIONAL {{ ?g gb:publicationDate ?published }} }} }}"""


_STATEMENTS = _statements_query("gb:Delisting", "gb:delistee")
_DESIGNATIONS = _statements_query("gb:Designation", "gb:designee")
_PART_OF = _P + "SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?g a gb:Document . ?a gb:partOf ?b } }"


def delistings_graph(base: str) -> URIRef:
    """The derived graph's IRI under the store's base."""
    return URIRef(f"{base}graph/delistings")


def before(start: str, end: str) -> bool:
    """ISO `start` is strictly before `end` at the precision both give ("2025-11" before "2026-02-01"; not "2026"
    against "2026-03", which may be either)."""
    n = min(len(start), len(end))
    return start[:n] < end[:n]


def _statements(store: Any, query: str) -> list[tuple[str, str, str, str | None]]:
    """(node, target, authority, its date else its document's publication date, or None) of each statement."""
    return [(n, s, a, date if date is not None else published)  # type: ignore[misc]
            for n, s, a, date, published in store.values(query)]


def ended_designations(store: Any) -> dict[str, tuple[str, str]]:
    """{designation IRI: (end date, delisting IRI)} of every designation a later delisting of the same target by the
    same body (or one part of the other) ended; the earliest such delisting when several did."""
    delistings: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # target -> (authority, date, node)
    for n, s, a, when in _statements(store, _STATEMENTS):
        if when:
            delistings[s].append((a, when, n))
    if not delistings:  # most stores: no designation is read at all
        return {}
    designations: dict[str, tuple[str, str, list[str | None]]] = {}
    for n, s, a, when in _statements(store, _DESIGNATIONS):
        designations.setdefault(n, (s, a, []))[2].append(when)
    parts = {(a, b) for a, b in store.values(_PART_OF)}
    ended: dict[str, tuple[str, str]] = {}
    for node, (target, authority, dates) in designations.items():
        if target not in delistings or None in dates:
            continue
        latest = max(d for d in dates if d)  # a document restating it as in force after the removal keeps it
        ends = [(when, x) for a, when, x in delistings[target]
                if (a == authority or (authority, a) in parts or (a, authority) in parts) and before(latest, when)]
        if ends:
            ended[node] = min(ends)
    return ended


def update_delistings(store: Any) -> int:
    """Rewrite the derived graph from the document graphs; the number of designations ended."""
    graph = delistings_graph(store.minter.base)
    quads: list[tuple[object, object, object, object]] = []
    for node, (when, delisting) in sorted(ended_designations(store).items()):
        d, end = URIRef(node), date_literal(when)
        quads += [(d, GB.endDate, end, graph), (d, FTM.endDate, end, graph), (d, GB.endedBy, URIRef(delisting), graph)]
    store.replace_graph(graph, ox_quads(quads))
    return len(quads) // 3


__all__ = ["before", "delistings_graph", "ended_designations", "update_delistings"]
