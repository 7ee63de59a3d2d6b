"""OFAC's legacy CSV files: `sdn.csv` (entries), with `alt.csv` (aliases) and `add.csv` (addresses) beside it.

The format has no header, marks an empty field with ``-0-`` (often with a trailing space),
ends lines in CRLF and the file in a Ctrl-Z byte, and is Windows-1252, not UTF-8.
Aliases also hide in the remarks (``a.k.a. 'X'; f.k.a. 'Y'``), and so do nationality and
citizenship: both are read here, so the matcher sees every name the list gives.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from .countries import country_code
from .entries import ListEntry, ListError, SanctionsList
from .identifiers import ofac_identifiers

SDN_COLUMNS = 12
ALT_COLUMNS = 5
ADD_COLUMNS = 6
_KIND = {"individual": "Person", "vessel": "Vessel", "aircraft": "Vessel", "": "Organization"}
_ALIAS = re.compile(r"\b(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*'([^']+)'", re.IGNORECASE)
_COUNTRY = re.compile(r"\b(?:nationality|citizen)\s+([^;()]+?)\s*(?:;|\.$|$|\()", re.IGNORECASE)
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
_SHOWN = {"utf-8": "UTF-8", "cp1252": "Windows-1252"}


def decode(path: Path, data: bytes, encodings: tuple[str, ...] = ("utf-8", "cp1252")) -> str:
    """The file's text in the first encoding that decodes it whole; else an error naming the line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        raise ListError(str(path), 1, "the file is UTF-16 (or binary); save it as UTF-8 or Windows-1252")
    data = data.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark is no part of the first field
    last: UnicodeDecodeError | None = None
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            last = exc
    assert last is not None
    line = data.count(b"\n", 0, last.start) + 1
    byte = data[last.start:last.start + 1].hex()
    shown = " or ".join(_SHOWN.get(e, e) for e in encodings)
    raise ListError(str(path), line, f"byte 0x{byte} is not valid {shown}; save the file as {shown}")


def field(value: str) -> str:
    """A field's text, with OFAC's ``-0-`` empty marker as ''."""
    value = value.strip()
    return "" if value == "-0-" else value


def rows(path: Path, text: str, columns: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each record; a record with another field count is a truncated or foreign file."""
    text = text.rstrip("\x1a\r\n \t")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    while True:
        start = line
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field limit" in str(exc):  # no OFAC field comes near csv's limit: a foreign file, not a truncated one
                raise ListError(str(path), start, f"a field longer than {csv.field_size_limit()} characters; "
                                                  "not an OFAC list") from exc
            raise ListError(str(path), reader.line_num, f"malformed CSV ({exc}); is the file truncated?") from exc
        line = reader.line_num + 1
        if not record or record == ["\x1a"]:
            continue
        if len(record) != columns:
            hint = "the file ends early (truncated?)" if reader.line_num >= text.count("\n") else "not OFAC's legacy layout"
            raise ListError(str(path), start, f"{len(record)} fields where {columns} were expected; {hint}")
        yield start, record


def _programs(value: str) -> list[str]:
    return [p.strip(" []") for p in field(value).split("] [") if p.strip(" []")]


def _countries(text: str) -> list[str]:
    found: list[str] = []
    for name in _COUNTRY.findall(text):
        code = country_code(name)
        if code is not None and code not in found:
            found.append(code)
    return found


def _entry(path: Path, line: int, record: list[str]) -> ListEntry:
    ent_num, name, sdn_type, program, title = (field(v) for v in record[:5])
    vess_flag, remarks = field(record[9]), field(record[11])
    if not ent_num.isdigit() or not name:
        raise ListError(str(path), line, f"no entry number and name in the first two fields ({record[0][:20]!r}); "
                                         "not an OFAC legacy CSV")
    kind = _KIND.get(sdn_type.lower())
    if kind is None:
        raise ListError(str(path), line, f"unknown SDN type {sdn_type[:30]!r}; expected individual, vessel, aircraft or -0-")
    aliases = [alias.strip() for _, alias in _ALIAS.findall(remarks) if alias.strip()]
    countries = _countries(remarks)
    if vess_flag:
        countries += [c for c in _countries(f"nationality {vess_flag}") if c not in countries]
    return ListEntry(ent_num, kind, name, aliases=aliases, programs=_programs(program), countries=countries,
                     remarks=remarks, title=title, identifiers=ofac_identifiers(kind, remarks))


def read_sdn(path: Path, name: str | None = None, date: str | None = None) -> SanctionsList:
    """The entries of an OFAC `sdn.csv`, with the aliases of `alt.csv` and countries of `add.csv` beside it."""
    text = decode(path, path.read_bytes())
    entries: dict[str, ListEntry] = {}
    for line, record in rows(path, text, SDN_COLUMNS):
        entry = _entry(path, line, record)
        entries[entry.entry_id] = entry
    _read_alt(path.with_name("alt.csv"), entries)
    _read_add(path.with_name("add.csv"), entries)
    found = _DATE_IN_NAME.search(path.name)
    return SanctionsList(name or "OFAC SDN", date or (found.group(1) if found else None), str(path), "ofac-csv",
                         list(entries.values()))


def _entry_rows(path: Path, columns: int, entries: dict[str, ListEntry]) -> Iterator[tuple[ListEntry, list[str]]]:
    """The rows of a side file beside sdn.csv (alt.csv, add.csv: optional) with the entry each adds to, by the
    entity number in its first column; rows of no known entry are passed over."""
    if not path.exists():
        return
    for _, record in rows(path, decode(path, path.read_bytes()), columns):
        entry = entries.get(field(record[0]))
        if entry is not None:
            yield entry, record


def _read_alt(path: Path, entries: dict[str, ListEntry]) -> None:
    for entry, record in _entry_rows(path, ALT_COLUMNS, entries):
        alias = field(record[3])
        if alias and alias not in entry.aliases:
            entry.aliases.append(alias)


def _read_add(path: Path, entries: dict[str, ListEntry]) -> None:
    for entry, record in _entry_rows(path, ADD_COLUMNS, entries):
        country = field(record[4])
        if not country:
            continue
        for code in _countries(f"nationality {country}"):
            if code not in entry.countries:
                entry.countries.append(code)


def looks_like_sdn(head: bytes) -> bool:
    """The first line starts like an OFAC legacy record: a number, then a quoted name."""
    return re.match(rb"\s*\d+,\s*\"", head) is not None
