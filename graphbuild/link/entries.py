"""What a sanctions list says, independent of its file format: a list and its entries.

Readers (`ofac.py`, `ftm.py`) produce these; the matcher and the store writer read them.
Keeping one plain shape means a new list format is one reader, not a new matcher.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import GraphBuildError

#: Entry kinds the matcher knows; a graph type is compatible with some of them (see `matcher.COMPATIBLE`).
KINDS = ("Person", "Organization", "Vessel")


class ListError(GraphBuildError):
    """A list file cannot be read: unknown format, truncated, wrong encoding. Names the file and line."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}: line {line}" if line else str(path)
        super().__init__(f"{where}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason


@dataclass
class ListEntry:
    """One entry of a list: its id on that list, kind, names and what the list says about it."""

    entry_id: str
    kind: str  # one of KINDS
    name: str
    aliases: list[str] = field(default_factory=list)
    weak_aliases: list[str] = field(default_factory=list)  # "a.k.a." in the remarks that OFAC marks weak, f.k.a.
    programs: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # ISO codes where the list gives them (nationality, address, flag)
    remarks: str = ""
    title: str = ""
    #: What the list states to tell namesakes apart, keyed as `resolve.identifiers` keys them (birthDate,
    #: nationality, imoNumber): `link.identifiers` reads them and compares them with the graph's.
    identifiers: dict[str, list[str]] = field(default_factory=dict)

    def names(self) -> list[str]:
        """The primary name first, then every alias once."""
        seen: dict[str, None] = {self.name: None}
        for alias in [*self.aliases, *self.weak_aliases]:
            seen.setdefault(alias, None)
        return list(seen)


@dataclass
class SanctionsList:
    """A list as read from one file: its name, its date (ISO, when known), where it came from, its entries."""

    name: str
    date: str | None
    source: str
    format: str
    entries: list[ListEntry] = field(default_factory=list)
