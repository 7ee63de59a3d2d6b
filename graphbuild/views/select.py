"""Choose which relations a view shows: --min-confidence, --focus/--depth ego view, --max-nodes.

All functions take and return lists of relation dicts (the relations.jsonl
contract), applied in that order by `select_relations`, so every choice sees the
graph the previous one left.
"""
from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from .model import ViewError

Relation = Mapping[str, Any]


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _ends(rel: Relation) -> tuple[str, str]:
    return rel["subject"]["id"], rel["object"]["id"]


def _neighbours(relations: Iterable[Relation]) -> dict[str, set[str]]:
    adjacency: dict[str, set[str]] = defaultdict(set)
    for rel in relations:
        s, o = _ends(rel)
        adjacency[s].add(o)
        adjacency[o].add(s)
    return adjacency


def above_confidence(relations: Iterable[Relation], threshold: float) -> list[Relation]:
    """Relations whose confidence is at least `threshold` (a missing confidence counts as 0)."""
    if not 0.0 <= threshold <= 1.0:
        raise ViewError(f"--min-confidence {threshold}: expected a number between 0 and 1")
    return [r for r in relations if (r.get("confidence") or 0.0) >= threshold]


def find_entities(relations: Iterable[Relation], name: str) -> set[str]:
    """Ids of the entities called `name` (case-insensitive, name or alias); if none, those whose name contains it.

    Raises ViewError naming close matches when nothing fits.
    """
    wanted = _norm(name)
    if not wanted:
        raise ViewError("--focus '': expected an entity name, e.g. --focus \"Ahmad Vahidi\"")
    labels: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}  # normalised label -> the name as a document wrote it (what a hint offers)
    for rel in relations:
        for end in (rel["subject"], rel["object"]):
            for label in [end.get("name") or "", *(end.get("aliases") or [])]:
                if label:
                    labels[_norm(label)].add(end["id"])
                    written.setdefault(_norm(label), label)
    exact = labels.get(wanted, set())
    if exact:
        return set(exact)
    partial = {i for label, ids in labels.items() if wanted in label for i in ids}
    if partial:
        return partial
    close = difflib.get_close_matches(wanted, list(labels), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(written[c]) for c in close)}?" if close else "; check the spelling or list names with `graphbuild query`"
    raise ViewError(f"--focus {name!r}: no entity has that name{hint}")


def ego(relations: Iterable[Relation], seeds: set[str], depth: int) -> list[Relation]:
    """Relations among the entities within `depth` hops (either direction) of any seed."""
    if depth < 0:
        raise ViewError(f"--depth {depth}: expected 0 or more hops")
    relations = list(relations)
    adjacency = _neighbours(relations)
    keep, frontier = set(seeds), set(seeds)
    for _ in range(depth):
        frontier = {n for f in frontier for n in adjacency.get(f, ())} - keep
        if not frontier:
            break
        keep |= frontier
    return [r for r in relations if set(_ends(r)) <= keep]


def most_connected(relations: Iterable[Relation], limit: int, keep: set[str] | None = None) -> list[Relation]:
    """Relations among the `limit` entities with the most neighbours (entities in `keep` first, ties by id).

    An entity whose every neighbour is cut disappears with its relations, so a
    view can show fewer than `limit` entities.
    """
    if limit < 1:
        raise ViewError(f"--max-nodes {limit}: expected 1 or more")
    relations = list(relations)
    adjacency = _neighbours(relations)
    pinned = keep or set()
    ranked = sorted(adjacency, key=lambda n: (n not in pinned, -len(adjacency[n]), n))
    chosen = set(ranked[:limit])
    return [r for r in relations if set(_ends(r)) <= chosen]


def select_relations(relations: Iterable[Relation], *, focus: str | None = None, depth: int = 1,
                     min_confidence: float = 0.0, max_nodes: int | None = None) -> list[Relation]:
    """Apply the view options in order: confidence threshold, ego view around `focus`, most connected.

    `focus` is looked up among all relations, so a name whose relations all fall
    below `min_confidence` gives an empty selection rather than an error.
    """
    everything = list(relations)
    chosen = above_confidence(everything, min_confidence) if min_confidence else everything
    seeds: set[str] = set()
    if focus:
        seeds = find_entities(everything, focus)
        chosen = ego(chosen, seeds, depth)
    if max_nodes is not None:
        chosen = most_connected(chosen, max_nodes, seeds)
    return chosen
