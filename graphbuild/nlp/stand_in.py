"""A pipeline slot for a table that stands in for one of the model's components.

spaCy builds a component from its factory with no access to the component it replaces, so the
slot is added empty and its `table` set by the function that swaps the model's component out
(`replace_attribute_ruler`, `replace_lemmatizer`). Used alone, an empty slot says so.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


class StandIn:
    """Runs `table` on each document; `table` is set when the slot replaces the model's `replaces` component."""

    def __init__(self, name: str, replaces: str, replaced_by: str) -> None:
        self.name, self.replaces, self.replaced_by = name, replaces, replaced_by
        self.table: Callable[[Doc], Doc] | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.table is None:
            raise ValueError(f"{self.name} has no {self.replaces} to stand in for (use {self.replaced_by})")
        return self.table(doc)
