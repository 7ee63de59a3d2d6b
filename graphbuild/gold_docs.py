"""Which built document each gold record describes, when gold files and input folders are combined.

A gold record names its document by file name ("b01.md"); a prediction by its document
id (the path under the input root it was built from). Sets written side by side repeat
names (b01.md in blind/study, check and final), so a name alone can point at several
documents. The gold file's own folder tree decides (set/gold.jsonl describes
set/docs/b01.md); a name that is still ambiguous is a GoldError naming the gold file and
the document, never a merge of several documents' predictions into one gold record.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import GoldError


@dataclass(frozen=True)
class InputDoc:
    """One input file as eval built it: the `doc` its predictions carry, and where it lies (None: not known)."""

    key: str
    path: Path | None = None


@dataclass
class Resolved:
    """Gold records keyed by the document they describe, and the ones no input document answers."""

    records: list[dict[str, Any]]
    missing: list[tuple[Path, dict[str, Any]]]  # (gold file, record) whose document is not among the inputs

    def missing_names(self) -> list[str]:
        return [f"{path}: {record['doc']}" for path, record in self.missing]


def _parts(doc: str) -> tuple[str, ...]:
    return tuple(p for p in doc.replace("\\", "/").split("/") if p and p != ".")


def same_document(gold_doc: str, doc: str) -> bool:
    """One name ends the other, path part by path part ("b01.md" names "study/docs/b01.md", not "xb01.md")."""
    a, b = _parts(gold_doc), _parts(doc)
    n = min(len(a), len(b))
    return n > 0 and a[-n:] == b[-n:]


def match_document(gold_doc: str, docs: Iterable[str]) -> str | None:
    """The one document of `docs` a gold record names: the same id, else the only one its name ends; None when none.

    Raises GoldError when the name ends several ids (`graphbuild eval` resolves those by
    the gold file's folder first: `resolve`).
    """
    docs = list(docs)
    if gold_doc in docs:
        return gold_doc
    found = sorted(d for d in docs if same_document(gold_doc, d))
    if len(found) > 1:
        raise GoldError(f"gold document {gold_doc!r} names {len(found)} built documents ({', '.join(found[:4])}); "
                        "key the gold records by the documents' ids, or score each set on its own")
    return found[0] if found else None


def _under(home: Path, doc: InputDoc) -> bool:
    """The document lies in the gold file's folder tree: by its path, else by its id starting where the folder ends."""
    if doc.path is not None:
        return doc.path.resolve().is_relative_to(home)
    parts = _parts(doc.key)[:-1]
    return any(home.parts[-k:] == parts[:k] for k in range(1, min(len(parts), len(home.parts)) + 1))


def resolve(gold_files: list[tuple[Path, list[dict[str, Any]]]], docs: list[InputDoc]) -> Resolved:
    """Each gold record with `doc` set to the key of the input document it describes.

    Candidates are the documents its name ends; several are narrowed to those under the
    gold file's folder. A record with no candidate is left out (`missing`); two records
    describing one document, or one record still naming several, raise GoldError.
    """
    records: list[dict[str, Any]] = []
    missing: list[tuple[Path, dict[str, Any]]] = []
    claimed: dict[str, str] = {}
    for gold_path, gold in gold_files:
        home = gold_path.resolve().parent
        for record in gold:
            name, hash_, fragment = str(record["doc"]).partition("#")  # a JSON-lines record: file.jsonl#id
            found = [d for d in docs if same_document(name, d.path.as_posix() if d.path is not None else d.key)]
            if len(found) > 1:
                found = [d for d in found if _under(home, d)] or found
            if not found:
                missing.append((gold_path, record))
                continue
            if len(found) > 1:
                raise GoldError(f"{gold_path}: gold document {record['doc']!r} names {len(found)} input documents "
                                f"({', '.join(str(d.path or d.key) for d in found[:4])}) and none lies in the gold file's "
                                "folder; put each gold file beside its documents, or score each set on its own")
            key = found[0].key + hash_ + fragment
            if key in claimed:
                raise GoldError(f"{gold_path}: gold document {record['doc']!r} and one of {claimed[key]} both name the "
                                f"document {key!r}; give each gold file once, and for sets whose documents share names give "
                                "eval the input folders (not --relations), each gold file beside its documents")
            claimed[key] = str(gold_path)
            records.append({**record, "doc": key})
    return Resolved(records, missing)
