"""The graph as a `pyvis.network.Network`, for notebook users who customise views with pyvis' own API.

Same styling as the HTML view (colour and shape by entity type, a thick red border on designated
entities, size by links, colour by relation, dashed former roles) and the same precomputed layout
(physics off). Tooltips carry the provenance (sentences and documents) HTML-escaped, so they stay
text whether vis-network shows them as text or a pyvis template puts them into markup.
The network renders with graphbuild's own template (`pyvis_page.html`): vis-network inlined, no
Bootstrap or other CDN link, a Content-Security-Policy that forbids every request, so
`net.write_html(...)`, `net.show(...)` and `net.generate_html()` all work offline.
"""
from __future__ import annotations

import html
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from .html import build_page_data
from .model import ViewError

TOOLTIP_FACTS = 4
"""Facts (with their first sentence) listed in a tooltip; the rest are counted."""
TEMPLATE = "pyvis_page.html"


def _verb(fact: Mapping[str, Any], relations: Mapping[str, Mapping[str, str]], kind: str) -> str:
    if kind == "holds_role":
        return (fact.get("role") or "holds role") + (" (former)" if fact.get("former") else "") + " at"
    return relations.get(kind, {}).get("label", kind.replace("_", " "))


def _provenance(fact_ids: list[int], graph: Mapping[str, Any], relations: Mapping[str, Mapping[str, str]]) -> list[str]:
    """One line per fact: "subject — verb — object [doc]" and its first sentence in quotes."""
    lines: list[str] = []
    for index in fact_ids[:TOOLTIP_FACTS]:
        fact = graph["facts"][index]
        edge = graph["edges"][fact["edge"]]
        subject, obj = graph["nodes"][edge["from"]]["label"], graph["nodes"][edge["to"]]["label"]
        lines.append(f"{subject} — {_verb(fact, relations, edge['relation'])} — {obj} [{fact.get('doc') or 'unknown document'}]")
        if fact.get("sentences"):
            lines.append(f"“{fact['sentences'][0]}”")
    if len(fact_ids) > TOOLTIP_FACTS:
        lines.append(f"… and {len(fact_ids) - TOOLTIP_FACTS} more facts")
    return lines


def _escaped(lines: list[str]) -> str:
    return html.escape("\n".join(lines), quote=True)


def to_pyvis(relations_or_model: Any, *, height: str = "750px", width: str = "100%", notebook: bool = False,
             heading: str = "", fold_hubs: bool = True, **options: Any) -> Any:
    """A pyvis Network of the relations (relation dicts, a GraphModel or a relations.jsonl path).

    Options as for `render_html` (focus, depth, min_confidence, max_nodes, documents, title); `heading`
    is shown above the graph. `fold_hubs`: designations by hub authorities (see views.model) are added
    as hidden edges (their provenance stays in the designee's tooltip), so the picture is not all spokes;
    `net.get_edges()` lists them and pyvis can show them again.
    """
    from pyvis.network import Network

    data = build_page_data(relations_or_model, **options)
    graph, styles, relations = data["graph"], data["styles"], data["relations"]
    net = Network(height=height, width=width, directed=True, notebook=notebook, cdn_resources="in_line", heading=heading)
    node_facts: dict[int, list[int]] = {i: [] for i in range(len(graph["nodes"]))}
    designees: dict[int, int] = dict.fromkeys(node_facts, 0)
    for edge in graph["edges"]:
        node_facts[edge["from"]].extend(edge["facts"])
        if edge["relation"] == "designated_by":
            designees[edge["to"]] += 1
        if edge["to"] != edge["from"]:
            node_facts[edge["to"]].extend(edge["facts"])
    for i, node in enumerate(graph["nodes"]):
        style = styles.get(node["type"]) or styles["Organization"]
        designated = bool(node.get("designated"))
        head = [node["label"], f"{node['type']} · {node.get('degree', 0)} links"]
        if designated:
            head.append("Designated" + (": " + ", ".join(node["programs"]) if node.get("programs") else ""))
        if node.get("hub"):
            head.append(f"Hub authority: designates {designees[i]} entities")
        if node.get("lists"):
            head.append("On list: " + "; ".join(node["lists"]))
        border = data["designatedColor"] if designated else "#555555"
        net.add_node(node["id"], label=node["label"], shape=style["shape"], title=_escaped(head + [""] + _provenance(sorted(node_facts[i]), graph, relations)),
                     color={"background": style["color"], "border": border, "highlight": {"background": style["color"], "border": "#111111"}},
                     borderWidth=4 if designated else 1, size=min(40, 8 + 4 * node.get("degree", 0) ** 0.5),
                     x=node.get("x", 0), y=node.get("y", 0), entity_type=node["type"])
    hubs = {i for i, node in enumerate(graph["nodes"]) if node.get("hub")} if fold_hubs else set()
    for edge in graph["edges"]:
        head = [f"{edge['label']} · {len(edge['facts'])} source(s) · confidence {edge.get('confidence', 0):.2f}"]
        folded = edge["relation"] == "designated_by" and edge["to"] in hubs
        net.add_edge(graph["nodes"][edge["from"]]["id"], graph["nodes"][edge["to"]]["id"],
                     title=_escaped(head + _provenance(edge["facts"], graph, relations)),
                     color=relations.get(edge["relation"], {}).get("color", "#8c8c8c"), dashes=bool(edge.get("former")),
                     width=min(4, 1 + 0.5 * (len(edge["facts"]) - 1)), arrows="to", hidden=folded)
    net.options = {"physics": {"enabled": False}, "layout": {"improvedLayout": False},
                   "interaction": {"hover": True, "tooltipDelay": 200, "multiselect": True},
                   "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
                   "edges": {"smooth": False, "color": {"opacity": 0.8}}}
    use_offline_template(net)
    return net


def use_offline_template(net: Any) -> Any:
    """Render `net` with graphbuild's template (vis-network inlined, no CDN, no Bootstrap); returns `net`."""
    from jinja2 import Environment, FileSystemLoader

    own = str(resources.files("graphbuild.views"))
    bundled = str(resources.files("pyvis") / "templates")
    net.templateEnv = Environment(loader=FileSystemLoader([own, bundled]), autoescape=False)
    net.path = TEMPLATE
    net.template = net.templateEnv.get_template(TEMPLATE)  # notebook=True renders self.template
    return net


def write_pyvis(store: Any, path: Path, **options: Any) -> Path:
    """Write the pyvis page of a KnowledgeStore (what `graphbuild view --format pyvis` does); returns the path."""
    from ..link.view import with_list_entries
    from ..outputs.delisted import store_relations
    from .html import store_documents

    net = to_pyvis(list(with_list_entries(store, store_relations(store))), documents=store_documents(store), **options)
    path = Path(path)
    from ..outputs.atomic import OutputError, write_text_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, net.generate_html(name=path.name), what="the view")  # whole or not at all
    except OSError as exc:
        raise ViewError(f"{path}: cannot write the view ({exc.strerror or exc}); choose another -o FILE") from exc
    except OutputError as exc:
        raise ViewError(str(exc)) from exc
    return path
