"""spaCy's registry look-ups without a scan of every installed package's entry points each time.

spaCy's registries (the `catalogue` package) let other packages add factories through entry
points. catalogue reads the entry points of all installed packages once, at import, but then
filters that whole list again on every registry look-up: loading a pipeline makes ~260
look-ups over ~1,200 entry points here, about 70 ms of the model load (issue 18). The
look-ups only ever ask for one group; `memoize_entry_point_groups` keeps catalogue's own
snapshot and remembers its answer per group, so every look-up returns exactly what it
returned before (the same entry points, in the same order), computed once per group.
"""
from __future__ import annotations

from typing import Any


class EntryPointGroups:
    """catalogue's entry-point snapshot, with `select(group=...)` answered once per group."""

    def __init__(self, snapshot: Any) -> None:
        self.snapshot = snapshot
        self._groups: dict[str, Any] = {}

    def select(self, **params: Any) -> Any:
        if set(params) != {"group"}:
            return self.snapshot.select(**params)
        group = params["group"]
        if group not in self._groups:
            self._groups[group] = self.snapshot.select(group=group)  # an immutable tuple of EntryPoint
        return self._groups[group]


def memoize_entry_point_groups() -> bool:
    """Wrap catalogue's snapshot once per process; False where catalogue has no such snapshot (nothing changed)."""
    try:
        import catalogue
    except ImportError:  # pragma: no cover - spaCy depends on it
        return False
    snapshot = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if isinstance(snapshot, EntryPointGroups):
        return True
    if snapshot is None or not hasattr(snapshot, "select"):
        return False
    catalogue.AVAILABLE_ENTRY_POINTS = EntryPointGroups(snapshot)
    return True


__all__ = ["EntryPointGroups", "memoize_entry_point_groups"]
