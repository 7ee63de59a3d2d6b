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

from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def msgpack_decoders_once() -> Iterator[None]:
    """While the block runs, srsly's msgpack decoders are looked up once per state of catalogue's registry.

    srsly asks catalogue for its decoders (`get_all`) on every `msgpack_loads`, and `get_all` copies
    and scans the whole registry each time: a model load unpacks ~130 times, ~30-70 ms of the model
    worker's start-up (issue 18). The answer is kept per registry size, so a decoder registered
    meanwhile is still seen; the registry's own method is back once the block ends.
    """
    try:
        import catalogue
        from srsly import msgpack as srsly_msgpack
    except ImportError:  # pragma: no cover - spaCy depends on both
        yield
        return
    registry = srsly_msgpack.msgpack_decoders
    if "get_all" in vars(registry):  # already wrapped (a nested load) or replaced by someone else: leave it
        yield
        return
    lookup = registry.get_all
    answers: dict[int, dict[str, Any]] = {}

    def get_all() -> dict[str, Any]:
        size = len(catalogue.REGISTRY)
        if size not in answers:
            answers.clear()
            answers[size] = lookup()
        return dict(answers[size])

    registry.get_all = get_all
    try:
        yield
    finally:
        del registry.get_all


__all__ = ["EntryPointGroups", "memoize_entry_point_groups", "msgpack_decoders_once"]
