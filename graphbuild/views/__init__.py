"""Views: relations read back from the store in, one self-contained interactive HTML page out.
The view model (entities, edges, evidence), its selection and filters, and the page around vis-network.

- `render_html(relations_or_model, **options) -> str`: the page (notebooks, scripts).
- `write_view(store, path, **options)`: the page of a KnowledgeStore (`graphbuild view`, the build's graph.html).
- `iframe(page)`: the page in a sandboxed <iframe srcdoc> for inline display.
- `to_pyvis(relations_or_model, **options)`: the same graph as a pyvis Network (offline template).
- `GraphModel`, `select_relations`: the data behind the page; `ViewError` for bad options.

See docs/views.md.
"""
from .html import iframe, render_html, write_view
from .model import GraphModel, ViewError
from .pyvis_net import to_pyvis
from .select import select_relations

__all__ = ["GraphModel", "ViewError", "iframe", "render_html", "select_relations", "to_pyvis", "write_view"]
