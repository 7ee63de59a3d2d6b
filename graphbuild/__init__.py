"""graphbuild: sanctions news and press releases -> a traceable RDF knowledge graph.

The Python API (see docs/api.md):

    >>> import graphbuild
    >>> kg = graphbuild.build("seeds/", out="out")              # -> graphbuild.KnowledgeGraph
    >>> kg.query("SELECT DISTINCT ?name WHERE { ?p a gb:Person ; rdfs:label ?name }", df=True)
    >>> G = kg.to_networkx()
    >>> kg.view(focus="Ahmad Vahidi", depth=2)
    >>> kg = graphbuild.KnowledgeGraph.open("out")               # an existing build
"""
from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

from .errors import GraphBuildError

# normality (country names in extraction, names in list linking) warns once per process that PyICU is missing and
# text_unidecode transliterates instead. PyICU has no wheels (pyproject keeps it out on purpose) and the shipped country
# table is made without it, so the warning told every user of `graphbuild build` to install what they should not.
warnings.filterwarnings("ignore", message="Install 'pyicu'", category=UnicodeWarning)

if TYPE_CHECKING:  # pragma: no cover
    from .api import Entity, KnowledgeGraph, Rows, View, build

__version__ = "0.1.0"
__all__ = ["Entity", "GraphBuildError", "KnowledgeGraph", "Rows", "View", "__version__", "build"]

_API = {"build", "KnowledgeGraph", "Entity", "Rows", "View"}


def __getattr__(name: str) -> Any:
    # The API is imported on first use so that `import graphbuild` (and the CLI) stay light.
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'graphbuild' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _API)
