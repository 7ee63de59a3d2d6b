"""Which statement decides whether a fact several documents state is current, when an export folds them into one.

GraphML/GEXF hold one edge per fact and FollowTheMoney one Occupancy per person and post, while each document
states the fact with its own `current` flag ("X, the chief executive officer of Y" in March, "X, the former chief
executive officer of Y" in September). The latest statement decides: the latest date a statement gives; when no
statement gives one (a post rarely has a date), the latest publication date of the documents stating it. Before,
an undated fact was current when any document said so, so a post a later release calls former was exported as
current (P12, sixteenth session). With no date on either side, any current statement still makes it current.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from ..rdf.delistings import before


def latest_current(statements: Iterable[tuple[str, str, bool]], doc_dates: Mapping[str, str] | None = None) -> bool:
    """`current` of a fact from its statements `(date stated or "", document id, current)`.

    The latest statements are those no other is strictly after, at the precision both give (`rdf.delistings.before`,
    the rule that decides whether a delisting ends a designation): "2026" and "2026-03" may be either's, so both are
    latest. Before, ISO strings sorted "2026" before "2026-03" here while the delistings left the pair undecided (R1,
    seventeenth session). Among latest statements that disagree, the later-published document's decide when the
    publication dates order them, and then the most precise date's: a "2026" current statement does not outweigh a
    former one dated "2026-11-20" (V9 item 11, M40). Statements of the same date and precision: any current one keeps
    the fact current, as with no date on either side.
    """
    items = list(statements)
    published = doc_dates or {}
    dated = [(date, doc, flag) for date, doc, flag in items if date]
    if not dated:
        dated = [(published.get(doc) or "", doc, flag) for _, doc, flag in items]
        dated = [(date, doc, flag) for date, doc, flag in dated if date]
    if not dated:
        return any(flag for _, _, flag in items)
    latest = _latest(dated, lambda item: item[0])
    if len({flag for _, _, flag in latest}) > 1 and all(published.get(doc) for _, doc, _ in latest):
        latest = _latest(latest, lambda item: published[item[1]])  # the later document's statement
    finest = max(len(date) for date, _, _ in latest)
    return any(flag for date, _, flag in latest if len(date) == finest)


def _latest(items: list[tuple[str, str, bool]], when: Callable[[tuple[str, str, bool]], str]) -> list[tuple[str, str, bool]]:
    """The items no other is strictly after by `when` (`rdf.delistings.before`, at the precision both give)."""
    return [item for item in items if not any(before(when(item), when(other)) for other in items)]


__all__ = ["latest_current"]
