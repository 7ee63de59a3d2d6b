"""The shape of one gold record (shared eval README, 'Gold format'), checked once when a gold file is read.

Why: scoring indexes the record freely; a record of the wrong shape was a TypeError or AttributeError mid-score,
or worse, scored wrongly without a word ("scored": "holds_role" was scored one character at a time). Each
problem is a GoldError naming the file, the line and the field (P2, after the hostile probe P1).
"""
from __future__ import annotations

from typing import Any

from .errors import GoldError
from .ingest.textcheck import lone_surrogate_at
from .jsonl import json_kind
from .records import RELATION_KINDS

_KNOWN = ", ".join(RELATION_KINDS)


def _text(value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise GoldError(f"{where}: expected a string, got {json_kind(value)}")
    at = lone_surrogate_at(value)
    if at is not None:
        raise GoldError(f"{where}: not valid text (a lone surrogate escape at character {at})")


def _names(value: Any, where: str, *, star: bool = False) -> None:
    """A non-empty list of names; `star` also accepts the wildcard "*" (a bare name string would be matched
    character by character, so it is refused)."""
    if star and value == "*":
        return
    if not isinstance(value, list) or not value:
        wanted = "a non-empty list of names" + (' or "*"' if star else "")
        raise GoldError(f"{where}: expected {wanted}, got {json_kind(value) if value != [] else 'an empty list'}")
    for i, name in enumerate(value):
        _text(name, f"{where}[{i}]")


def _relation(rel: Any, where: str) -> None:
    if not isinstance(rel, dict):
        raise GoldError(f"{where}: expected a relation object, got {json_kind(rel)}")
    for key in ("relation", "subject", "object"):
        if key not in rel:
            raise GoldError(f"{where}: missing '{key}'")
    if rel["relation"] not in RELATION_KINDS:
        raise GoldError(f"{where}.relation: unknown relation kind {rel['relation']!r}; expected one of {_KNOWN}")
    _names(rel["subject"], f"{where}.subject")
    _names(rel["object"], f"{where}.object", star=True)
    if rel.get("role") is not None:
        _names(rel["role"], f"{where}.role")


def check_record(record: Any, where: str) -> None:
    """Raise GoldError (prefixed with `where`, 'file:line') unless `record` has the gold record's shape."""
    if not isinstance(record, dict):
        raise GoldError(f"{where}: expected an object with 'doc', 'scored' and 'relations', got {json_kind(record)}")
    for key in ("doc", "scored", "relations"):
        if key not in record:
            raise GoldError(f"{where}: missing '{key}'; expected an object with 'doc', 'scored' and 'relations'")
    _text(record["doc"], f"{where}: 'doc'")
    if not record["doc"].strip():
        raise GoldError(f"{where}: 'doc': empty document name")
    scored = record["scored"]
    if not isinstance(scored, list):
        raise GoldError(f"{where}: 'scored': expected a list of relation kinds, got {json_kind(scored)}")
    for i, kind in enumerate(scored):
        if kind not in RELATION_KINDS:
            raise GoldError(f"{where}: 'scored'[{i}]: unknown relation kind {kind!r}; expected one of {_KNOWN}")
    for key in ("relations", "optional"):
        rels = record.get(key, [])
        if not isinstance(rels, list):
            raise GoldError(f"{where}: '{key}': expected a list of relations, got {json_kind(rels)}")
        for i, rel in enumerate(rels):
            _relation(rel, f"{where}: '{key}'[{i}]")
