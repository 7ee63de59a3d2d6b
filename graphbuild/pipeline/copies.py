"""Which inputs of one build are copies of another: same text and same metadata in the graph (issue 13, M15).

WHY: one download saved twice ("release.md", "release (1).md") would state every fact twice (P8). A copy is judged
only against the inputs read earlier in the same build, never against the store's hashes: a stored text may have
moved to another file or been edited in this very build (two files' texts swapped), and skipping on the stored hash
removed both documents. The key holds the metadata the document's graph states (url, title, date), so one notice
issued again on another day, as two JSONL records, keeps both dates.
"""
from __future__ import annotations

from ..records import Document

#: the document metadata written to its graph (graphbuild.rdf.mapping.document_quads); gb:sourcePath differs always
GRAPH_META = ("url", "title", "date", "date_text")


def copy_key(doc: Document) -> tuple[str, ...]:
    """What two documents must share to be one: the text's hash and the metadata their graphs would state."""
    return (doc.sha256, *(str(doc.meta.get(key) or "") for key in GRAPH_META))


def place(doc: Document) -> str:
    """Where the user finds the document: its file, and for a JSONL record its line."""
    line = doc.meta.get("line")
    return f"{doc.path}:{line}" if line else doc.path


def copy_reason(doc: Document, original: str) -> str:
    """The warning for a skipped copy; a JSONL record is named by its id (the file alone does not say which)."""
    if doc.meta.get("line"):
        return (f"record {doc.id!r}: same text and metadata as {original!r}; skipped (one document saved twice states "
                "its facts once)")
    return f"same text as {original!r}; skipped (one document saved twice states its facts once)"


def listed(ids: list[str], shown: int = 5) -> str:
    """Up to `shown` ids, then how many more (for a warning; the caller escapes it for the terminal)."""
    names = ", ".join(repr(i) for i in ids[:shown])
    return f"{names} and {len(ids) - shown} more" if len(ids) > shown else names


__all__ = ["GRAPH_META", "copy_key", "copy_reason", "listed", "place"]
