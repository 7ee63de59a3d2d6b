"""Precomputed node positions: the page opens on a finished, deterministic layout (no physics to wait for).

Each connected component is laid out on its own with networkx's spring layout
(components above `CORE_SIZE` nodes: their best-connected core is laid out and
every other node is placed next to its already placed neighbours, which keeps
the cost linear). Within a component of `COMMUNITY_MIN` or more nodes, links
between Louvain communities pull ten times less than links inside one, so the
clusters stand apart instead of forming one ball. Nodes are snapped to a grid so
none overlap, then the components are packed in rows, largest first. The caller
leaves out links that the page folds away (designations by hub authorities).
Coordinates are in vis-network canvas pixels. Deterministic for a given graph.
"""
from __future__ import annotations

import math
import random
from collections.abc import Iterable
from typing import Any

import networkx as nx

CORE_SIZE = 300
"""Components up to this size get a full spring layout; larger ones a core + placement."""
SPACING = 110.0
"""Rough distance in pixels between neighbouring nodes."""
CELL = (120.0, 60.0)
"""Grid slot (width, height) in pixels that holds one node and its label."""
COMMUNITY_MIN = 12
"""Components from this size get their communities pulled apart."""
BETWEEN_COMMUNITIES = 0.1
"""Spring strength of a link between two communities, relative to a link inside one."""

Position = tuple[float, float]


def _normalise(pos: dict[Any, Position]) -> dict[Any, Position]:
    """Centre on the origin and scale into the unit disc."""
    if not pos:
        return {}
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    radius = max(math.hypot(x - cx, y - cy) for x, y in pos.values()) or 1.0
    return {n: ((x - cx) / radius, (y - cy) / radius) for n, (x, y) in pos.items()}


def _small_layout(graph: nx.Graph, seed: int) -> dict[Any, Position]:
    n = graph.number_of_nodes()
    nodes = sorted(graph.nodes, key=lambda v: (-graph.degree(v), v))
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-1.0, 0.0), nodes[1]: (1.0, 0.0)}
    hub, rest = nodes[0], nodes[1:]
    if graph.degree(hub) == n - 1 and graph.number_of_edges() == n - 1:  # a star: hub in the middle
        step = 2 * math.pi / len(rest)
        return {hub: (0.0, 0.0), **{v: (math.cos(i * step), math.sin(i * step)) for i, v in enumerate(rest)}}
    if n >= COMMUNITY_MIN:
        communities = nx.community.louvain_communities(graph, seed=seed)
        member = {v: i for i, community in enumerate(communities) for v in community}
        for a, b in graph.edges:
            graph[a][b]["weight"] = 1.0 if member[a] == member[b] else BETWEEN_COMMUNITIES
    raw = nx.spring_layout(graph, seed=seed, iterations=100 if n >= COMMUNITY_MIN else 60, weight="weight")
    return _normalise({v: (float(p[0]), float(p[1])) for v, p in raw.items()})


def _large_layout(graph: nx.Graph, seed: int) -> dict[Any, Position]:
    """Spring layout of the CORE_SIZE best-connected nodes; the rest placed around their neighbours."""
    rng = random.Random(seed)
    core = sorted(graph.nodes, key=lambda v: (-graph.degree(v), v))[:CORE_SIZE]
    pos = _small_layout(graph.subgraph(core).copy(), seed)
    spread = 2.0 / math.sqrt(graph.number_of_nodes())
    frontier = list(core)
    while frontier:
        nxt: list[Any] = []
        for v in frontier:
            for w in sorted(graph.neighbors(v)):
                if w in pos:
                    continue
                placed = [pos[u] for u in graph.neighbors(w) if u in pos]
                x = sum(p[0] for p in placed) / len(placed)
                y = sum(p[1] for p in placed) / len(placed)
                angle, dist = rng.uniform(0, 2 * math.pi), spread * rng.uniform(0.5, 1.5)
                pos[w] = (x + dist * math.cos(angle), y + dist * math.sin(angle))
                nxt.append(w)
        frontier = nxt
    return _even_out(_normalise(pos))


def _even_out(pos: dict[Any, Position]) -> dict[Any, Position]:
    """Keep each node's direction from the centre and its rank by distance, but give the disc an even density."""
    ranked = sorted(pos, key=lambda n: (math.hypot(*pos[n]), n))
    out: dict[Any, Position] = {}
    for rank, node in enumerate(ranked):
        x, y = pos[node]
        angle = math.atan2(y, x)
        radius = math.sqrt((rank + 0.5) / len(ranked))
        out[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return out


def _component_layout(graph: nx.Graph, seed: int) -> dict[Any, Position]:
    if graph.number_of_nodes() <= CORE_SIZE:
        return _small_layout(graph, seed)
    return _large_layout(graph, seed)


def _ring(gx: int, gy: int, ring: int) -> list[tuple[int, int]]:
    """The grid slots at Chebyshev distance `ring` from (gx, gy)."""
    if ring == 0:
        return [(gx, gy)]
    rows = [(gx + dx, gy + dy) for dy in (-ring, ring) for dx in range(-ring, ring + 1)]
    return rows + [(gx + dx, gy + dy) for dx in (-ring, ring) for dy in range(-ring + 1, ring)]


def spread(positions: dict[Any, Position], cell: tuple[float, float] = CELL) -> dict[Any, Position]:
    """Snap nodes to a grid of `cell`-sized slots, one node per slot, moving a node to the nearest free
    slot when its own is taken (nodes nearest the centre first), so no two nodes or labels overlap."""
    if not positions:
        return {}
    cx = sum(x for x, _ in positions.values()) / len(positions)
    cy = sum(y for _, y in positions.values()) / len(positions)
    taken: set[tuple[int, int]] = set()
    out: dict[Any, Position] = {}
    for node in sorted(positions, key=lambda n: (math.hypot(positions[n][0] - cx, positions[n][1] - cy), n)):
        x, y = positions[node]
        gx, gy = round(x / cell[0]), round(y / cell[1])
        ring = 0
        while True:
            free = [slot for slot in _ring(gx, gy, ring) if slot not in taken]
            if free:
                slot = min(free, key=lambda s: ((s[0] * cell[0] - x) ** 2 + (s[1] * cell[1] - y) ** 2, s))
                break
            ring += 1
        taken.add(slot)
        out[node] = (slot[0] * cell[0], slot[1] * cell[1])
    return out


def _pack(sizes: list[tuple[float, float]], row_width: float) -> tuple[list[Position], float, float]:
    """Top-left corners of boxes placed left to right in rows no wider than `row_width`; the total width and height."""
    corners: list[Position] = []
    x = y = row_height = total_width = 0.0
    for width, height in sizes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        corners.append((x, y))
        total_width = max(total_width, x + width)
        x += width + CELL[0]
        row_height = max(row_height, height + CELL[1])
    return corners, total_width, y + row_height


def _aspect_miss(width: float, height: float, aspect: float) -> float:
    """How far a drawing of `width` x `height` is from `aspect` times as wide as high (0: exactly)."""
    return abs(math.log(max(width, 1.0) / max(height, 1.0) / aspect))


def precompute_layout(nodes: Iterable[str], edges: Iterable[tuple[str, str]], seed: int = 7,
                      aspect: float = 1.0) -> dict[str, Position]:
    """{node id: (x, y)} in canvas pixels for every node; components packed in rows, largest first, the rows'
    width chosen so the whole drawing is about `aspect` times as wide as high (it then fills the window when fitted).

    The layout runs on the nodes' ranks in sorted order, not on their ids: networkx's community search
    walks sets of nodes, and a set of strings is ordered by Python's per-process hash seed, so the same
    graph was drawn differently from one build to the next. Ranks keep every tie-break of the sorted ids."""
    ids = sorted(set(nodes))
    rank = {node: k for k, node in enumerate(ids)}
    placed = _layout_ranks(range(len(ids)), ((rank[a], rank[b]) for a, b in edges), seed, aspect)
    return {ids[k]: position for k, position in placed.items()}


def _layout_ranks(nodes: Iterable[int], edges: Iterable[tuple[int, int]], seed: int, aspect: float) -> dict[int, Position]:
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    locals_: list[dict[int, Position]] = []
    sizes: list[tuple[float, float]] = []
    for members in components:
        radius = SPACING * (0.5 if len(members) <= CORE_SIZE else 0.7) * math.sqrt(len(members))  # big ones: fewer collisions
        local = spread({n: (px * radius, py * radius) for n, (px, py) in _component_layout(graph.subgraph(members).copy(), seed).items()})
        left, top = min(p[0] for p in local.values()), min(p[1] for p in local.values())
        locals_.append({n: (px - left, py - top) for n, (px, py) in local.items()})
        sizes.append((max(p[0] for p in local.values()) - left + CELL[0], max(p[1] for p in local.values()) - top + CELL[1]))
    if not sizes:
        return {}
    widest, total = max(w for w, _ in sizes), sum(w + CELL[0] for w, _ in sizes)
    candidates = [widest + (total - widest) * k / 40 for k in range(41)]
    best = min(candidates, key=lambda width: _aspect_miss(*_pack(sizes, width)[1:], aspect))
    corners, _, _ = _pack(sizes, best)
    positions: dict[int, Position] = {}
    for local, (x, y) in zip(locals_, corners):
        for node, (px, py) in local.items():
            positions[node] = (float(round(x + px)), float(round(y + py)))
    return positions
