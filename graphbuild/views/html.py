"""Write one self-contained HTML page (vis-network inlined, data as JSON, no other host)."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from ..export import iter_relations
from ..rdf.store import KnowledgeStore
from .model import TYPE_STYLE, graph_model


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _json_for_script(data: Any) -> str:
    """JSON safe inside a <script> element: no "</script>", no HTML comment or markup openers."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render(model: dict[str, Any], title: str = "graphbuild") -> str:
    js, css = _vis_assets()
    template = (resources.files("graphbuild.views") / "page.html").read_text(encoding="utf-8")
    app = (resources.files("graphbuild.views") / "app.js").read_text(encoding="utf-8")
    style = (resources.files("graphbuild.views") / "app.css").read_text(encoding="utf-8")
    return (template.replace("/*VIS_CSS*/", css).replace("/*APP_CSS*/", style)
            .replace("/*VIS_JS*/", js.replace("</script", "<\\/script"))
            .replace("/*APP_JS*/", app)
            .replace("/*DATA*/", _json_for_script({"graph": model, "styles": TYPE_STYLE}))
            .replace("<!--TITLE-->", title.replace("&", "&amp;").replace("<", "&lt;")))


def write_view(store: KnowledgeStore, path: Path, **options: Any) -> Path:
    model = graph_model(iter_relations(store))
    path.write_text(render(model), encoding="utf-8")
    return path
