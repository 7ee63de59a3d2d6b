"""Find the input files under files and folders, and report every path that is not read.

`Path.rglob` skips a folder it cannot open and anything that is not a regular file
without a word, and a symlink loop looks like a missing file. Here every such path is
reported (path and reason) so a build says what it did not read: unreadable folders,
named pipes, sockets and devices (reading a FIFO would block the build forever),
symlink loops and broken links. Hidden files and folders (".git") are passed over on
purpose; files of other types (a PDF, an image) are not read either, but each is handed to
`other_type` so the build can say how many it did not read and why.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError

Report = Callable[[InputError], None]
OtherType = Callable[[Path], None]

_SPECIAL = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
            (stat.S_ISBLK, "a block device"))


def special_kind(mode: int) -> str | None:
    """What a non-regular, non-folder file is ("a named pipe (FIFO)", ...), or None for a file or folder."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((name for test, name in _SPECIAL if test(mode)), "not a regular file")


def stat_problem(path: Path) -> tuple[os.stat_result | None, str | None]:
    """(stat of the path, following links) or (None, why it cannot be used)."""
    try:
        return path.stat(), None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "symlink loop (the link points back to itself); skipped"
        if exc.errno == errno.ENOENT and path.is_symlink():
            return None, f"broken symlink (its target {os.readlink(path)!r} does not exist); skipped"
        if exc.errno == errno.ENOENT:
            return None, "no such file or folder"
        if exc.errno == errno.EACCES:
            return None, "permission denied; skipped"
        return None, f"cannot read ({exc.strerror or exc}); skipped"


def _walk(root: Path, suffixes: set[str], report: Report, other_type: OtherType | None = None) -> Iterator[Path]:
    """Supported files under `root`, sorted, following folder links once (a loop is reported, not followed)."""
    seen: set[tuple[int, int]] = set()

    def visit(folder: Path, info: os.stat_result) -> Iterator[Path]:
        key = (info.st_dev, info.st_ino)
        if key in seen:
            report(InputError(str(folder), "symlink loop (a link to a folder already being read); skipped"))
            return
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            report(InputError(str(folder), f"cannot read folder ({exc.strerror or exc}); its documents are not built"))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            info_, problem = stat_problem(path)
            if info_ is None:
                if path.suffix.lower() in suffixes or path.is_symlink():
                    report(InputError(str(path), problem or "cannot read"))
                continue
            if stat.S_ISDIR(info_.st_mode):
                yield from visit(path, info_)
                continue
            kind = special_kind(info_.st_mode)
            if kind:
                report(InputError(str(path), f"{kind}, not a regular file; skipped"))
            elif path.suffix.lower() in suffixes:
                yield path
            elif other_type is not None:
                other_type(path)

    info, problem = stat_problem(root)
    if info is None:
        report(InputError(str(root), problem or "cannot read"))
        return
    yield from visit(root, info)


def iter_inputs(inputs: Iterable[str | Path], suffixes: set[str], report: Report,
                other_type: OtherType | None = None) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs for every supported file under the inputs; every other problem goes to `report`.

    A regular file of another type inside an input folder goes to `other_type` (a file named on
    the command line is always read, and `read_file` reports its type as an error).
    """
    for raw in inputs:
        path = Path(raw)
        info, problem = stat_problem(path)
        if info is None:
            report(InputError(str(path), problem or "cannot read"))
        elif stat.S_ISDIR(info.st_mode):
            for child in _walk(path, suffixes, report, other_type):
                yield child, path
        elif special_kind(info.st_mode):
            report(InputError(str(path), f"{special_kind(info.st_mode)}, not a regular file; skipped"))
        else:
            yield path, path.parent


__all__ = ["iter_inputs", "special_kind", "stat_problem"]
