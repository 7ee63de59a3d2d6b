"""One self-contained HTML page per view: vis-network inlined, data as JSON, no request to any host.

`render_html(relations_or_model, **options) -> str` is the notebook API;
`write_view(store, path, **options)` is what `graphbuild view` and the build use.
The page's Content-Security-Policy allows only its own two scripts (by hash), so
even text that slipped into markup could not run.
"""
from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from .layout import precompute_layout
from .model import DESIGNATED_COLOR, RELATION_STYLE, TYPE_STYLE, GraphModel, ViewError
from .select import find_entities, select_relations

PHYSICS_THRESHOLD = 1000
"""Above this many nodes the page draws links itself (one canvas pass) instead of as vis-network edges."""
APP_PARTS = ("app.js", "app_panel.js", "app_labels.js", "app_filters.js", "app_table.js", "app_timeline.js", "app_arrange.js",
             "app_search.js")
"""The page script, in order; joined into one function so the parts share its names (one CSP hash)."""
_PLACEHOLDER = re.compile(r"/\*(VIS_CSS|APP_CSS|VIS_JS|APP_JS|DATA|CSP)\*/|<!--TITLE-->")
_DOCUMENTS_QUERY = """PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?id ?url ?title ?date WHERE { GRAPH ?g { ?g a gb:Document ; dcterms:identifier ?id .
  OPTIONAL { ?g gb:url ?url } OPTIONAL { ?g gb:title ?title } OPTIONAL { ?g gb:publicationDate ?date } } }"""


def _asset(name: str) -> str:
    return (resources.files("graphbuild.views") / name).read_text(encoding="utf-8")


def _app_script() -> str:
    body = "\n".join(_asset(name) for name in APP_PARTS)
    return '(function () {\n"use strict";\n' + body + "\n})();\n"


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style, read from pyvis' package folder.

    The folder is found without importing pyvis: its `__init__` imports IPython and jinja2
    (~0.1 s), which a build paid for after its last document, only to find two files (issue 18).
    """
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ViewError("the pyvis package is not installed (its vis-network files are inlined into the page)")
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _inline_script(code: str) -> str:
    """Script text that cannot end its <script> element early."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def _json_for_script(data: Any) -> str:
    """JSON safe inside a <script> element: no "</script>", no HTML comment or markup openers."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def _as_model(source: Any, documents: Mapping[str, Mapping[str, Any]] | None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(relations, documents) from a GraphModel, a relations.jsonl path or an iterable of relation dicts."""
    if isinstance(source, GraphModel):
        return source.relations, {**source.documents, **(documents or {})}
    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            return [json.loads(line) for line in lines if line.strip()], dict(documents or {})
        except (OSError, ValueError) as exc:
            raise ViewError(f"{path}: cannot read relations ({exc}); expected a relations.jsonl file") from exc
    if isinstance(source, Mapping) or not isinstance(source, Iterable):
        raise ViewError(f"render_html got {type(source).__name__}; expected relation dicts, a GraphModel or a relations.jsonl path")
    return list(source), dict(documents or {})


def build_page_data(source: Any, *, focus: str | None = None, depth: int = 1, min_confidence: float = 0.0,
                    max_nodes: int | None = None, documents: Mapping[str, Mapping[str, Any]] | None = None,
                    title: str = "graphbuild", physics_threshold: int = PHYSICS_THRESHOLD,
                    fold_hubs: bool = True) -> dict[str, Any]:
    """The JSON the page reads: the selected graph with its layout, styles and view options.

    `fold_hubs`: open with the designations of hub authorities folded into badges (the page has a toggle);
    the layout leaves those links out either way, so clusters form around who is connected to whom.
    """
    relations, docs = _as_model(source, documents)
    selected = select_relations(relations, focus=focus, depth=depth, min_confidence=min_confidence, max_nodes=max_nodes)
    model = GraphModel.from_relations(selected, docs)
    large = len(model.nodes) > physics_threshold
    hubs = {n["id"] for n in model.nodes if n.get("hub")}
    layout_edges = ((e["from"], e["to"]) for e in model.edges if not (e["relation"] == "designated_by" and e["to"] in hubs))
    positions = precompute_layout((n["id"] for n in model.nodes), layout_edges)
    for node in model.nodes:
        node["x"], node["y"] = (int(v) for v in positions[node["id"]])
    shown = {n["id"] for n in model.nodes}
    focus_ids = sorted(find_entities(relations, focus) & shown) if focus else []
    return {
        "graph": model.to_json(),
        "styles": TYPE_STYLE, "relations": RELATION_STYLE, "designatedColor": DESIGNATED_COLOR,
        "options": {"title": title, "precomputed": True, "large": large, "physics": False, "fold": bool(fold_hubs), "focus": focus_ids,
                    "minConfidence": min_confidence, "physicsThreshold": physics_threshold,
                    "selection": {"focus": focus, "depth": depth if focus else None, "maxNodes": max_nodes,
                                  "relationsIn": len(relations), "relationsShown": len(selected)}},
    }


def render_html(relations_or_model: Any, **options: Any) -> str:
    """The whole page as a string.

    `relations_or_model`: relation dicts (relations.jsonl contract), a GraphModel,
    or a path to a relations.jsonl file. Options: focus, depth, min_confidence,
    max_nodes, documents ({doc id: {url, title, date}}), title, physics_threshold, fold_hubs.
    """
    data = build_page_data(relations_or_model, **options)
    vis_js, vis_css = _vis_assets()
    vis_js, app_js = _inline_script(vis_js), _inline_script(_app_script())
    parts = {
        "VIS_CSS": vis_css, "APP_CSS": _asset("app.css"), "VIS_JS": vis_js, "APP_JS": app_js,
        "DATA": _json_for_script(data), "CSP": f"{_sha256(vis_js)} {_sha256(app_js)}",
        "TITLE": html.escape(str(data["options"]["title"])),
    }
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1) or "TITLE"], _asset("page.html"))


def iframe(page: str, height: int = 640) -> str:
    """The page inside a sandboxed <iframe srcdoc>, for notebooks: `IPython.display.HTML(iframe(render_html(rels)))`."""
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #ddd"></iframe>')


def store_documents(store: Any) -> dict[str, dict[str, Any]]:
    """{document id: {url, title, date}} for every document in a KnowledgeStore."""
    if hasattr(store, "values"):  # a KnowledgeStore: pyoxigraph terms, no rdflib term per cell
        rows = store.values(_DOCUMENTS_QUERY)
    else:  # any object with rdflib's query()
        rows = [tuple(None if term is None else str(term) for term in row) for row in store.query(_DOCUMENTS_QUERY)]
    return {doc_id: {"url": url, "title": title, "date": date} for doc_id, url, title, date in rows}


def write_view(store: Any, path: Path, *, focus: str | None = None, depth: int = 1, min_confidence: float = 0.0,
               max_nodes: int | None = None, relations: list[dict[str, Any]] | None = None, **options: Any) -> Path:
    """Write the view of a KnowledgeStore to `path` (other options as for render_html); returns the path.

    `relations`: the store's relations when the caller has already read them (saves a second pass).
    """
    from ..outputs.relations import iter_relations

    from ..link.view import with_list_entries

    from ..outputs.delisted import mark_delisted

    records = with_list_entries(store, relations if relations is not None else iter_relations(store))  # list entries: issue 16
    records = list(mark_delisted(store, records))  # a designation a later delisting ended shows as ended (L7)
    page = render_html(records, documents=store_documents(store), focus=focus, depth=depth,
                       min_confidence=min_confidence, max_nodes=max_nodes, **options)
    path = Path(path)
    try:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True)
    except OSError as exc:
        raise ViewError(f"{path}: cannot write the view ({exc.strerror or exc}); choose another -o FILE") from exc
    from ..outputs.atomic import OutputError, write_text_atomic

    try:
        write_text_atomic(path, page, what="the view")  # a full disk leaves the earlier page, never a truncated one
    except OutputError as exc:
        raise ViewError(str(exc)) from exc
    return path
