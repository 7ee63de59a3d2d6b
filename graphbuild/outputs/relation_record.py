"""One relations.jsonl record from what the store holds of a relation node, for both read-backs.

`relations.iter_relations` (SPARQL over the whole store) and `graph_records` (one graph's quads, issue 18) must write
the same line for the same node. The defaults every record starts from and the `mentions` rule (a node's
`gb:mentionCount`, written only when `records.Relation.bound_evidence` left evidence out) live here once, so the two
cannot drift apart (final read F1, fifteenth session, C6).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["relation_record"]


def relation_record(doc: str, kind: str, subject: dict[str, Any], obj: dict[str, Any], confidence: float,
                    evidence: list[dict[str, Any]], mention_counts: Iterable[int] = ()) -> dict[str, Any]:
    """A record with the contract's defaults (the caller sets role, dates, program, ... after), and `mentions` when
    the node has a positive `gb:mentionCount` (the largest, should there be several; the quads' read-back wrote a
    negative one that the SPARQL read-back left out). Keys in the contract's order:
    `mentions`, when present, is last, as `Relation.to_json` writes it."""
    record: dict[str, Any] = {
        "doc": doc, "relation": kind, "subject": subject, "object": obj,
        "role": None, "role_class": None, "current": True, "program": None, "measures": [], "date": None,
        "date_text": None, "confidence": confidence, "evidence": evidence,
    }
    count = max(mention_counts, default=0)
    if count > 0:  # evidence was left out: how many statements the document gives
        record["mentions"] = count
    return record
