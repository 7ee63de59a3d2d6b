"""One exception base for everything graphbuild raises on purpose.

Messages name the offending value, what was expected and how to fix it, so the
CLI can print them as one line.
"""
from __future__ import annotations


class GraphBuildError(Exception):
    """Base of all graphbuild errors; the CLI turns it into one line and exit code 1."""


class InputError(GraphBuildError):
    """A document file cannot be read or is not usable as text."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelError(GraphBuildError):
    """No usable spaCy pipeline could be loaded."""


class GazetteerError(GraphBuildError):
    """A gazetteer or curation file is malformed."""


class StoreError(GraphBuildError):
    """The RDF store cannot be opened, read or written."""


class QueryError(GraphBuildError):
    """A SPARQL query is unknown, malformed or failed."""


class GoldError(GraphBuildError):
    """A gold file for `graphbuild eval` is malformed."""
