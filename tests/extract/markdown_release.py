"""Invented releases written as markdown, read the way a build reads an HTML release.

`**bold**` and `# headings` become plain text plus the bold and heading ranges a build puts in a document's
metadata, which the designation rules read (a bold name under a heading is a designee). The extraction tests share
these helpers instead of each writing its own copy. Imported by name: tests/extract is on sys.path under pytest.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphbuild.ingest.markup import strip_markup


def markdown_meta(text: str, date: str | None = None) -> tuple[str, dict]:
    """The plain text of a markdown release and the metadata a build passes on with it."""
    plain, bold, headings = strip_markup(text)
    meta: dict = {"bold": [list(b) for b in bold], "headings": [list(h) for h in headings]}
    if date is not None:
        meta["date"] = date
    return plain, meta


def extract_markdown(extract: Callable[[str, dict], list[dict]], text: str, date: str | None = None) -> list[dict]:
    """The relations the `extract` fixture gives for a markdown release dated `date`."""
    plain, meta = markdown_meta(text, date)
    return extract(plain, meta)


def parse_markdown(nlp: Any, text: str, date: str | None = None) -> Any:
    """The parsed doc of a markdown release, with its bold and heading ranges in `gb_meta` as a build sets them."""
    plain, meta = markdown_meta(text, date)
    doc = nlp.make_doc(plain)
    doc.user_data["gb_meta"] = meta
    return nlp(doc)


def relation_pairs(relations: list[dict], relation: str) -> set[tuple[str, str]]:
    """The (subject name, object name) pairs of one relation type: what most extraction tests compare exactly."""
    return {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == relation}
