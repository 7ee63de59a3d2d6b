"""graphbuild: sanctions news and press releases -> a traceable RDF knowledge graph."""
from __future__ import annotations

from .errors import GraphBuildError

__version__ = "0.1.0"
__all__ = ["GraphBuildError", "__version__"]
