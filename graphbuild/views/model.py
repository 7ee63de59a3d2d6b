"""The graph as drawable nodes, edges and facts (plain, JSON-ready dicts), built from relation dicts.

Input is the `relations.jsonl` contract (see DESIGN.md). A relation dict may also
carry `url` (the document's URL); document metadata (url, title, date) can be
given separately as `documents={doc id: {...}}`.

- node: one entity (`id`, `label`, `type`, `aliases`, `designated`, `programs`, `degree`, `facts`,
  `importance` = which labels the page draws first, `hub` + `abbr` for an authority whose designations fold
  into badges, `lists` = the sanctions lists the entity is found on, when the link stage says so).
- edge: the relations of one kind between two entities with one label, merged
  across documents (`id`, `from`, `to`, `relation`, `label`, `program`, `current`,
  `confidence` = the highest of its facts, `facts`).
- fact: one relation as asserted by one document, with its sentences; nodes and
  edges refer to facts by index, so each sentence is stored once.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from ..errors import GraphBuildError
from ..names import fold

TYPE_STYLE: dict[str, dict[str, str]] = {
    "Person": {"color": "#4e79a7", "shape": "dot"},
    "PublicBody": {"color": "#59a14f", "shape": "square"},
    "Company": {"color": "#f28e2b", "shape": "diamond"},
    "Organization": {"color": "#76b7b2", "shape": "triangle"},
    "Vessel": {"color": "#b07aa1", "shape": "star"},
    "Country": {"color": "#9c755f", "shape": "hexagon"},
    "SanctionsProgram": {"color": "#edc948", "shape": "triangleDown"},
}
RELATION_STYLE: dict[str, dict[str, str]] = {
    "holds_role": {"color": "#4e79a7", "label": "holds role"},
    "designated_by": {"color": "#d62728", "label": "designated by"},
    "part_of": {"color": "#8c8c8c", "label": "part of"},
    "delisted_by": {"color": "#2ca02c", "label": "delisted by"},
}
DESIGNATED_COLOR = "#d62728"
DEFAULT_TYPE = "Organization"
HUB_MIN_DESIGNEES = 8
"""An authority that designates at least this many entities is a hub: its designation edges fold into badges."""
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,6}$")
_OF = re.compile(r"\bof(?: the)?\s+", re.IGNORECASE)
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "de", "du", "la", "des"}


class ViewError(GraphBuildError):
    """A view cannot be made as asked (unknown --focus name, bad option, unwritable file)."""


def safe_url(url: Any) -> str | None:
    """The URL if it is an absolute http(s) URL, else None (no javascript:, data:, relative paths)."""
    if not isinstance(url, str) or not url.strip():
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def iso_date(value: Any) -> str | None:
    """"YYYY", "YYYY-MM" or "YYYY-MM-DD" when `value` is an ISO date (a time part is dropped), else None.

    Dates are free text in older builds ("Friday", "October 2020"); the timeline only places ISO dates.
    """
    match = _ISO_DATE.match(value.strip()) if isinstance(value, str) else None
    if not match:
        return None
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        return None
    return "-".join(p for p in (year, month, day) if p)


def abbreviation(label: str, aliases: Iterable[str] = ()) -> str:
    """Short badge text for an authority: its shortest acronym ("OFAC"), else a short name or what follows
    its last "of (the)" ("Treasury" for a department of the treasury), else the initials of its words."""
    acronyms = sorted((a for a in [label, *aliases] if _ACRONYM.match(a)), key=lambda a: (len(a), a))
    if acronyms:
        return acronyms[0]
    tail = _OF.split(label)[-1].strip()
    for candidate in (label, tail):
        if len(candidate) <= 10:
            return candidate
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w.'-]*", tail) if w.casefold() not in _SMALL_WORDS and w[0].isupper())
    return initials[:6] or tail[:6]


def _list_names(value: Any) -> list[str]:
    """Sanctions list entries of an entity as display strings (a string, or a dict naming the list)."""
    out: list[str] = []
    for item in value if isinstance(value, list) else [value] if value else []:
        if isinstance(item, Mapping):
            item = item.get("list") or item.get("name") or item.get("id") or ""
        if item and str(item) not in out:
            out.append(str(item))
    return out


def edge_label(rel: Mapping[str, Any]) -> str:
    """Role title on holds_role; "designated by" with program and date; the relation name otherwise."""
    kind = rel["relation"]
    if kind == "holds_role":
        role = rel.get("role") or "holds role"
        return role if rel.get("current", True) else f"{role} (former)"
    if kind == "designated_by":
        extra = ", ".join(str(x) for x in (rel.get("program"), rel.get("date")) if x)
        label = f"designated by ({extra})" if extra else "designated by"
        return f"{label} (delisted {rel['end_date']})" if rel.get("end_date") else label  # ended, like a former post
    if kind == "delisted_by":
        return f"delisted by ({rel['date']})" if rel.get("date") else "delisted by"
    return RELATION_STYLE.get(kind, {}).get("label", str(kind).replace("_", " "))


def with_country(name: str, country: str | None) -> str:
    """A country's generic public body shown with its country when its name does not say it: "State Security Service
    (Belarus)" beside "State Security Service (Georgia)", two nodes that were labelled alike (HP, thirty-third
    session); "Ministry of Defense of Belarus" and "Belarusian Ministry of Finance" as written."""
    if not country or fold(country) in fold(name):
        return name
    return f"{name} ({country})"


def _in_force(rel: Mapping[str, Any]) -> bool:
    """A link drawn as current: a post the document states as held, a designation no delisting ended. A designation the
    release reports as an earlier action ("On May 2, OFAC designated X", `current: false`) is still in force (HP,
    thirty-third session: it was drawn dashed, the legend's "former")."""
    if rel["relation"] == "designated_by":
        return not rel.get("end_date")
    return bool(rel.get("current", True))


@dataclass
class GraphModel:
    """Nodes, edges and facts ready for the page, plus the relations they came from (for re-filtering)."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    relations: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_relations(cls, relations: Iterable[Mapping[str, Any]],
                       documents: Mapping[str, Mapping[str, Any]] | None = None) -> GraphModel:
        """Build the model; relations missing `subject`/`object`/`relation` raise ViewError."""
        model = cls(documents=_documents(documents))
        names: dict[str, Counter[str]] = defaultdict(Counter)
        node_facts: dict[str, list[int]] = defaultdict(list)
        nodes: dict[str, dict[str, Any]] = {}
        edges: dict[tuple[str, str, str, str], dict[str, Any]] = {}
        for rel in relations:
            _check(rel)
            model.relations.append(dict(rel))
            for end in (rel["subject"], rel["object"]):
                node = nodes.setdefault(end["id"], {"id": end["id"], "type": None, "aliases": set(),
                                                    "designated": False, "programs": [], "lists": []})
                node["type"] = node["type"] or end.get("type")
                node["country"] = node.get("country") or end.get("country")
                node["lists"].extend(n for n in _list_names(end.get("lists")) if n not in node["lists"])
                node["aliases"].update(a for a in end.get("aliases") or [] if a)
                names[end["id"]][end.get("name") or end["id"]] += 1
            subject, obj = nodes[rel["subject"]["id"]], nodes[rel["object"]["id"]]
            if rel["relation"] == "designated_by":
                subject["designated"] = subject["designated"] or not rel.get("end_date")  # not for a delisting's ended one
                if rel.get("program") and rel["program"] not in subject["programs"]:
                    subject["programs"].append(rel["program"])
            index = len(model.facts)
            model.facts.append(_fact(rel, model.documents))
            label = edge_label(rel)
            key = (subject["id"], obj["id"], rel["relation"], label)
            edge = edges.get(key)
            if edge is None:
                edge = edges[key] = {"id": f"e{len(edges)}", "from": key[0], "to": key[1], "relation": rel["relation"],
                                     "label": label, "program": rel.get("program"), "current": _in_force(rel),
                                     "confidence": 0.0, "facts": []}
            edge["confidence"] = max(edge["confidence"], _confidence(rel))
            edge["facts"].append(index)
            node_facts[subject["id"]].append(index)
            if obj["id"] != subject["id"]:
                node_facts[obj["id"]].append(index)
        degree: Counter[str] = Counter()
        designees: dict[str, set[str]] = defaultdict(set)
        posts: set[str] = set()
        for edge in edges.values():
            degree[edge["from"]] += 1
            degree[edge["to"]] += 1
            if edge["relation"] == "designated_by":
                designees[edge["to"]].add(edge["from"])
            elif edge["relation"] == "holds_role" and edge["current"]:
                posts.add(edge["from"])
        for node_id, node in nodes.items():
            label = max(names[node_id].items(), key=lambda item: (item[1], len(item[0]), item[0]))[0]
            aliases = sorted((node["aliases"] | set(names[node_id])) - {label})
            label = with_country(label, node.pop("country", None))
            hub = len(designees[node_id]) >= HUB_MIN_DESIGNEES
            node.update(label=label, type=node["type"] or DEFAULT_TYPE, degree=degree[node_id], facts=node_facts[node_id],
                        aliases=aliases, hub=hub, abbr=abbreviation(label, aliases) if hub else None,
                        importance=_importance(degree[node_id], node["designated"], node_id in posts, hub, bool(node["lists"])))
        model.nodes = sorted(nodes.values(), key=lambda n: n["id"])
        model.edges = list(edges.values())
        return model

    def to_json(self) -> dict[str, Any]:
        """The compact form the page reads: empty and default fields dropped; an edge's `from`/`to` are node
        indexes and its id is implied ("e" + its index); a fact points to its edge by index (its subject and
        object are that edge's ends); `former: true` stands for `current: false`."""
        edge_of = {index: i for i, edge in enumerate(self.edges) for index in edge["facts"]}
        node_index = {n["id"]: i for i, n in enumerate(self.nodes)}
        nodes = [_compact({k: n.get(k) for k in ("id", "label", "type", "aliases", "designated", "programs", "degree", "importance",
                                                  "hub", "abbr", "lists", "x", "y")})
                 for n in self.nodes]
        edges = [_compact({"from": node_index[e["from"]], "to": node_index[e["to"]],
                           **{k: e[k] for k in ("relation", "label", "program", "confidence", "facts")},
                           "former": not e["current"]}) for e in self.edges]
        facts = [_compact({"edge": edge_of[i], **{k: f[k] for k in ("role", "program", "measures", "date", "iso", "confidence", "doc", "sentences")},
                           "former": not f["current"]}) for i, f in enumerate(self.facts)]
        return {"nodes": nodes, "edges": edges, "facts": facts, "documents": {k: _compact(v) for k, v in self.documents.items()}}


def _compact(item: dict[str, Any]) -> dict[str, Any]:
    """The dict without None, False and empty-list values (numbers, including 0, are kept)."""
    return {k: v for k, v in item.items() if v is not None and v is not False and v != []}


def _importance(degree: int, designated: bool, has_post: bool, hub: bool, listed: bool) -> float:
    """Label priority: designees, officials with a current post, hubs and listed entities first, then by links."""
    return round(degree + 6 * designated + 4 * has_post + 8 * hub + 3 * listed, 2)


def _check(rel: Mapping[str, Any]) -> None:
    try:
        ok = bool(rel["relation"]) and bool(rel["subject"]["id"]) and bool(rel["object"]["id"])
    except (KeyError, TypeError):
        ok = False
    if not ok:
        raise ViewError(f"relation {str(rel)[:120]!r} lacks relation/subject.id/object.id; expected the relations.jsonl format")


def _confidence(rel: Mapping[str, Any]) -> float:
    value = rel.get("confidence")
    return float(value) if isinstance(value, (int, float)) else 0.0


def _documents(documents: Mapping[str, Mapping[str, Any]] | None) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for doc_id, meta in (documents or {}).items():
        out[str(doc_id)] = {"url": safe_url(meta.get("url")), "title": meta.get("title"), "date": meta.get("date")}
    return out


def _fact(rel: Mapping[str, Any], documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    doc = str(rel.get("doc") or "")
    meta = documents.setdefault(doc, {"url": None, "title": None, "date": None})
    if rel.get("url") and not meta["url"]:
        meta["url"] = safe_url(rel["url"])
    return {
        "relation": rel["relation"], "from": rel["subject"]["id"], "to": rel["object"]["id"],
        "subject": with_country(rel["subject"].get("name") or rel["subject"]["id"], rel["subject"].get("country")),
        "object": with_country(rel["object"].get("name") or rel["object"]["id"], rel["object"].get("country")),
        "role": rel.get("role"), "program": rel.get("program"), "measures": list(rel.get("measures") or []),
        "date": rel.get("date"), "iso": iso_date(rel.get("date")), "current": bool(rel.get("current", True)), "confidence": _confidence(rel), "doc": doc,
        "sentences": [e["sentence"] for e in rel.get("evidence") or [] if isinstance(e, Mapping) and e.get("sentence")],
    }


def graph_model(relations: Iterable[Mapping[str, Any]], documents: Mapping[str, Mapping[str, Any]] | None = None) -> GraphModel:
    """Shorthand for `GraphModel.from_relations`."""
    return GraphModel.from_relations(relations, documents)
