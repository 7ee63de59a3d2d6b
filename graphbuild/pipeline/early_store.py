"""A new local store created on a thread while the command line imports itself (issue 18, S15).

WHY: creating a new Oxigraph store (`pyoxigraph.Store(path)`) took 0.12-0.26 s of wall time for ~0.015 CPU-s
(RocksDB creating and syncing its files, the GIL released), and `graphbuild build` did it only once its
modules were imported, its arguments parsed and its output folder made: on the way to the first document it
sends its model worker. A plain 1-worker build into a new store is recognised before any of that
(`graphbuild.pipeline.early_start`), so the store is created then, on a thread, while the build process imports
its modules; `graphbuild.rdf.local` takes it when the build opens that very folder. If nothing takes it
(the command line refused its arguments), `discard` closes it and removes the folders it created, so a refused command leaves
nothing behind, as before. It never removes a folder it did not fill itself (M12, review V6): the store folder's
content only when this thread's store opened it (it held RocksDB's lock, so no other build wrote there), else only
an empty folder; another build that got the folder's lock first keeps its files. The folder is renamed aside while
the lock is still held, and removed under that name once the store is closed (M15): no build can open it between
the lock's release and the removal.
"""
from __future__ import annotations

import os
import secrets
import shutil
import threading
from pathlib import Path
from typing import Any


class _Opening:
    """One store being created on a thread: its folder, the folders the thread made, the store or the error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.key = os.path.abspath(path)
        self.created: list[Path] = []  # folders that did not exist before, outermost first
        self.store: Any = None
        self.opened = False  # this thread's store opened the folder (holding its lock): its content is ours
        self.thread = threading.Thread(target=self._run, name="graphbuild-store-open", daemon=True)

    def _run(self) -> None:
        try:
            import pyoxigraph as ox

            missing = [folder for folder in (*reversed(self.path.parents), self.path) if not folder.exists()]
            if self.path.parent.exists() and not self.path.parent.is_dir():
                return
            for folder in missing:
                folder.mkdir()  # FileExistsError when another process made it meanwhile: then it is not ours
                self.created.append(folder)
            self.store = ox.Store(str(self.path))
            self.opened = True
        except Exception:  # noqa: BLE001 - only a head start: the build opens the store itself and reports its error
            self.store = None


_OPENING: _Opening | None = None


def open_ahead(path: Path) -> bool:
    """Start creating the store at `path` (which must not exist yet) on a thread; whether it was started."""
    global _OPENING
    if _OPENING is not None or os.path.lexists(path):
        return False
    _OPENING = _Opening(Path(path))
    _OPENING.thread.start()
    return True


def found(path: Path) -> bool:
    """Whether a store folder is at `path` that was not created ahead by this process (a build's earlier store)."""
    opening = _OPENING
    return os.path.lexists(path) and not (opening is not None and opening.key == os.path.abspath(path))


def take(path: Path) -> Any:
    """The pyoxigraph store created ahead for `path`, once created (None if none was, or for another folder)."""
    global _OPENING
    opening = _OPENING
    if opening is None:
        return None
    opening.thread.join()
    if opening.key != os.path.abspath(path) or opening.store is None:
        discard()
        return None
    _OPENING = None
    return opening.store


def discard() -> None:
    """Close a store created ahead that no build took and remove the folders its thread created."""
    global _OPENING
    opening = _OPENING
    if opening is None:
        return
    _OPENING = None
    opening.thread.join()
    moved = _move_aside(opening.path) if opening.opened and opening.store is not None else None
    opening.store = None  # pyoxigraph closes the store (and frees its lock) when the object goes
    if moved is not None:  # RocksDB's files of the store this thread opened, under a name no build opens
        shutil.rmtree(moved, ignore_errors=True)
    for folder in reversed(opening.created):  # innermost first
        if folder == opening.path and opening.opened:
            if moved is None:  # the rename failed: the files stay, and the folders around them (see _move_aside)
                break
            continue
        try:
            folder.rmdir()  # only if still empty: another build may have opened and filled it (a race on -o)
        except OSError:
            break


def _move_aside(path: Path) -> Path | None:
    """Rename the store folder while this thread's store still holds its lock; the new name (None if it failed).

    WHY (M15, final read F2 item 5): the lock goes with the store object; deleting the folder after that left a
    moment in which another `build -o` could open the folder and then lose its files. Renamed first, the folder
    that other build finds at `path` is a new one; RocksDB keeps its open files through the rename. If the rename
    fails, the folder is left in place rather than removed without the lock."""
    aside = path.with_name(f".{path.name}.discarded-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        os.rename(path, aside)
    except OSError:
        return None
    return aside


__all__ = ["discard", "found", "open_ahead", "take"]
