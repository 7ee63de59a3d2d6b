"""Open a list file whatever its format: the first bytes decide, an unknown format is an error naming the file."""
from __future__ import annotations

import datetime
from pathlib import Path

from .entries import ListError, SanctionsList
from .ftm import read_ftm
from .ofac import looks_like_sdn, read_sdn

FORMATS = ("ofac-csv", "ftm")


def detect_format(path: Path) -> str:
    """'ofac-csv' or 'ftm' from the file's first line."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise ListError(str(path), None, f"cannot read the list file ({exc.strerror or exc})") from exc
    head = head.removeprefix(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, as spreadsheets save it
    if not head.strip():
        raise ListError(str(path), 1, "the file is empty; expected an OFAC legacy CSV or FollowTheMoney JSON lines")
    if head.lstrip().startswith(b"{"):
        return "ftm"
    if looks_like_sdn(head):
        return "ofac-csv"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ListError(str(path), 1, "the file is UTF-16; save it as UTF-8 or Windows-1252")
    raise ListError(str(path), 1, "unknown list format; expected OFAC's legacy CSV (sdn.csv: number, \"name\", type, ...) "
                                  "or FollowTheMoney entities as JSON lines")


def is_iso_day(text: str) -> bool:
    """True for a real calendar day written YYYY-MM-DD (the list date is compared and shown as one)."""
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def load_list(path: str | Path, name: str | None = None, date: str | None = None) -> SanctionsList:
    """Read one list file; `name` and `date` (ISO) override what the file says."""
    path = Path(path)
    if date is not None and not is_iso_day(date):
        raise ListError(str(path), None, f"list date {date!r} is not a day written YYYY-MM-DD")
    fmt = detect_format(path)
    reader = read_ftm if fmt == "ftm" else read_sdn
    found = reader(path, name=name, date=date)
    if found.date is not None and not is_iso_day(found.date):
        found.date = None  # a file's own stamp that is no day (e.g. a bad last_change) is dropped, not stored
    if not found.entries:
        raise ListError(str(path), None, "no sanctioned person, organization or vessel in the file")
    return found
