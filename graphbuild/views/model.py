"""The graph as drawable nodes and edges (plain dicts), built from the store's relations."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

TYPE_STYLE = {
    "Person": {"color": "#4e79a7", "shape": "dot"},
    "PublicBody": {"color": "#59a14f", "shape": "square"},
    "Company": {"color": "#f28e2b", "shape": "diamond"},
    "Organization": {"color": "#76b7b2", "shape": "triangle"},
    "Vessel": {"color": "#b07aa1", "shape": "star"},
    "Country": {"color": "#9c755f", "shape": "hexagon"},
    "SanctionsProgram": {"color": "#edc948", "shape": "box"},
}


def graph_model(relations: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """{"nodes": [...], "edges": [...]} with facts (sentence, document, confidence) on both."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    facts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rel in relations:
        for end in (rel["subject"], rel["object"]):
            node = nodes.setdefault(end["id"], {"id": end["id"], "label": end["name"], "type": end["type"] or "Organization",
                                                "aliases": [], "programs": [], "designated": False, "degree": 0})
            node["aliases"] = sorted(set(node["aliases"]) | set(end.get("aliases") or []))
        if rel["relation"] == "designated_by":
            subject = nodes[rel["subject"]["id"]]
            subject["designated"] = True
            if rel.get("program") and rel["program"] not in subject["programs"]:
                subject["programs"].append(rel["program"])
        label = rel.get("role") if rel["relation"] == "holds_role" else ("designated by" if rel["relation"] == "designated_by" else "part of")
        if rel["relation"] == "designated_by" and rel.get("program"):
            label = f"designated by ({rel['program']}{', ' + rel['date'] if rel.get('date') else ''})"
        key = (rel["subject"]["id"], rel["object"]["id"], rel["relation"], label or "")
        fact = {"relation": rel["relation"], "subject": rel["subject"]["name"], "object": rel["object"]["name"], "role": rel.get("role"),
                "program": rel.get("program"), "date": rel.get("date"), "current": rel.get("current", True),
                "confidence": rel.get("confidence"), "doc": rel["doc"], "url": rel.get("url"),
                "sentences": [e["sentence"] for e in rel.get("evidence", [])]}
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = {"id": f"e{len(edges)}", "from": key[0], "to": key[1], "relation": rel["relation"], "label": label or "",
                                 "program": rel.get("program"), "confidence": rel.get("confidence") or 0.0, "facts": []}
            nodes[key[0]]["degree"] += 1
            nodes[key[1]]["degree"] += 1
        edge["confidence"] = max(edge["confidence"], rel.get("confidence") or 0.0)
        edge["facts"].append(fact)
        facts[key[0]].append(fact)
        facts[key[1]].append(fact)
    for node_id, node in nodes.items():
        node["facts"] = facts[node_id]
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]), "edges": list(edges.values())}
