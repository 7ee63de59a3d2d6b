"""Output files written whole or not at all: a temporary file beside the target, renamed over it when complete.

A build that ran out of disk while writing `graph.html` left a truncated page (28 KB of 760 KB) and the previous
relations.jsonl beside it, and a Ctrl-C at that moment did the same (P10, fifteenth session): a reader opening the
folder found a broken view or files of two builds. Now a file being written lives under a hidden temporary name in
the same folder; `os.replace` puts it in place only once every byte is written, so the folder holds the previous
complete file or the new one. A failed write removes its temporary file and says which file and why.
"""
from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..errors import GraphBuildError


class OutputError(GraphBuildError):
    """An output file could not be written (full disk, no permission); the previous file, if any, is kept."""


def write_failure(path: Path, exc: OSError, what: str = "the file") -> OutputError:
    """One line naming the file, the reason and the fix (a full disk says so)."""
    if exc.errno == errno.ENOSPC:
        reason = "the disk is full: free some space and re-run"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = f"no permission to write there ({exc.strerror}): pick another folder or fix its permissions"
    else:
        reason = exc.strerror or str(exc)
    return OutputError(f"{path}: cannot write {what} ({reason}); any earlier {path.name} there is left as it was")


@contextmanager
def atomic_output(path: Path | str, mode: str = "wb", what: str = "the file", **kwargs: Any) -> Iterator[IO[Any]]:
    """Open a temporary file beside `path` for writing; on success it replaces `path`, on failure it is removed.

    An OSError while writing (or renaming) becomes an `OutputError` naming `path`; any other exception (a
    KeyboardInterrupt, a bug) removes the temporary file and propagates unchanged.
    """
    path = Path(path)
    if path.exists() and not path.is_file():  # /dev/stdout, a FIFO: written in place (a rename would replace it)
        try:
            with path.open(mode, **kwargs) as handle:
                yield handle
        except OSError as exc:
            raise write_failure(path, exc, what) from exc
        return
    target = path.resolve() if path.is_symlink() else path  # a link to a file keeps pointing at the new file
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        handle = temporary.open(mode, **kwargs)
    except OSError as exc:
        raise write_failure(path, exc, what) from exc
    try:
        with handle:
            yield handle
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise write_failure(path, exc, what) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path | str, text: str, what: str = "the file") -> None:
    """`Path.write_text(text, encoding="utf-8")`, whole or not at all."""
    with atomic_output(path, "w", what=what, encoding="utf-8") as handle:
        handle.write(text)


__all__ = ["OutputError", "atomic_output", "write_failure", "write_text_atomic"]
