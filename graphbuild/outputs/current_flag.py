"""Which statement decides whether a fact several documents state is current, when an export folds them into one.

GraphML/GEXF hold one edge per fact and FollowTheMoney one Occupancy per person and post, while each document
states the fact with its own `current` flag ("X, the chief executive officer of Y" in March, "X, the former chief
executive officer of Y" in September). The latest statement decides: the latest date a statement gives; when no
statement gives one (a post rarely has a date), the latest publication date of the documents stating it. Before,
an undated fact was current when any document said so, so a post a later release calls former was exported as
current (P12, sixteenth session). With no date on either side, any current statement still makes it current.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..rdf.delistings import before


def latest_current(statements: Iterable[tuple[str, str, bool]], doc_dates: Mapping[str, str] | None = None) -> bool:
    """`current` of a fact from its statements `(date stated or "", document id, current)`.

    The latest statements are those no other is strictly after, at the precision both give (`rdf.delistings.before`,
    the rule that decides whether a delisting ends a designation): "2026" and "2026-03" may be either's, so both are
    latest and either one's current flag keeps the fact current, as with no date on either side. Before, ISO strings
    sorted "2026" before "2026-03" here while the delistings left the pair undecided (R1, seventeenth session).
    """
    items = list(statements)
    dated = [(date, flag) for date, _, flag in items if date]
    if not dated:
        dated = [((doc_dates or {}).get(doc) or "", flag) for _, doc, flag in items]
        dated = [(date, flag) for date, flag in dated if date]
    if not dated:
        return any(flag for _, _, flag in items)
    return any(flag for date, flag in dated if not any(before(date, other) for other, _ in dated))


__all__ = ["latest_current"]
