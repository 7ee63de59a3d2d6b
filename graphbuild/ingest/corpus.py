"""Read documents from files and folders: txt, md, html (boilerplate removed), jsonl.

Every document gets a stable id (its path relative to the input root; "#<id>"
for a jsonl record) and a content hash. A file that cannot be used is reported
as an `InputError` with its path and reason, and reading goes on.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import charset_normalizer

from ..errors import InputError
from ..jsonl import json_lines
from .markup import strip_markup
from .textcheck import declared_encoding, decode_declared, mostly_utf8, plain_text_of_html, replace_lone_surrogates
from .walk import iter_inputs
from .normalize import normalize_text, resolve_soft_hyphens
from .metadata import complete as complete_metadata, html_metadata
from ..records import Document

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"}
MAX_BYTES = 20_000_000


@dataclass
class CorpusReport:
    """What reading the inputs found: documents yielded, files skipped, errors."""

    errors: list[InputError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    files: int = 0
    warnings: list[InputError] = field(default_factory=list)  # built, but with a loss the user should know of
    other_types: Counter[str] = field(default_factory=Counter)  # files of other types in input folders, by suffix

    def pass_over(self, path: Path) -> None:
        """Note a file of a type graphbuild does not read (in `skipped`, and counted by suffix)."""
        suffix = path.suffix.lower() or "(no extension)"
        self.other_types[suffix] += 1
        self.skipped.append(f"{path} (file type {suffix} is not read; graphbuild reads {', '.join(sorted(SUFFIXES))})")


def iter_files(inputs: Iterable[str | Path], report: CorpusReport | None = None) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs for every supported file under the inputs, sorted for a stable order.

    With a `report`, every path not read (unreadable folder, FIFO or other special file,
    symlink loop, broken link, missing input) is reported there (`graphbuild.ingest.walk`), and
    every file of another type in an input folder is noted in `report.skipped`.
    """
    if report is not None:
        yield from iter_inputs(inputs, SUFFIXES, report.errors.append, report.pass_over)
        return
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() or p.is_symlink()):
                if child.suffix.lower() in SUFFIXES and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child, path
        elif path.exists():
            yield path, path.parent
        else:
            yield path, path.parent  # reported as missing by read_file


def doc_id(path: Path, root: Path) -> str:
    return shown_path(path.relative_to(root).as_posix() if path != root else path.name)


def shown_path(path: Path | str) -> str:
    """The path as text, with the bytes of a file name that are not UTF-8 written as \\xNN.

    Python holds such bytes (a name from a Latin-1 archive) as lone surrogates, which no hash,
    RDF literal or JSON reader takes: one such name stopped the whole build.
    """
    try:
        return os.fsencode(str(path)).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file system gave (not from a byte)
        return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def _json_kind(value: object) -> str:
    """The JSON name of a parsed value's kind: number, boolean, array, object."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else "null"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without its byte-order mark, as some Windows tools and exports write it: the NUL half of every
    Latin character falls on the same side of each byte pair (odd bytes: little-endian). Refused before as "binary
    file (contains NUL bytes)" (P10, fifteenth session). None unless the whole file decodes so, control-free."""
    head = data[:4096]
    if len(data) % 2 or len(head) < 8:
        return None
    for zeros, other, encoding in ((head[1::2], head[0::2], "utf-16-le"), (head[0::2], head[1::2], "utf-16-be")):
        if zeros.count(0) >= 0.5 * len(zeros) and other.count(0) == 0:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if any(ch < " " and ch not in "\t\n\r\f" for ch in text):
                return None
            return text
    return None


def decode(data: bytes, path: str, warnings: list[InputError] | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM) first, else the declared or detected encoding.

    Invalid bytes in mostly-UTF-8 text or in a declared encoding are replaced, with a
    warning in `warnings` that counts them (`graphbuild.ingest.textcheck`).
    """
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise InputError(path, "binary file (contains NUL bytes); expected text, markdown, HTML or JSON lines")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(data)
    nearly = mostly_utf8(data) if declared in (None, "utf-8") else None
    if nearly is not None or declared not in (None, "utf-8"):
        text, bad = nearly if nearly is not None else decode_declared(data, str(declared))
        if warnings is not None and bad:
            warnings.append(InputError(path, f"{bad} invalid byte sequence{'s' if bad != 1 else ''} in "
                                             f"{'UTF-8' if nearly is not None else declared} text replaced by U+FFFD"))
        return text
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise InputError(path, "cannot detect the text encoding (not UTF-8 and no other encoding fits); save the file as UTF-8")
    text = str(best)
    try:  # Western European text is most often Windows-1252 / Latin-1; prefer it when it decodes cleanly
        western = data.decode("cp1252")
        if best.encoding not in {"utf_8", "ascii", "cp1252", "latin_1"} and _letters_ratio(western) >= _letters_ratio(text):
            text = western
    except UnicodeDecodeError:
        pass
    if sum(1 for c in text if (c.isascii() and c.isalnum()) or c.isspace()) < 0.5 * len(text):
        raise InputError(path, "cannot detect the text encoding (decoded text is mostly symbols); save the file as UTF-8")
    return text


def _letters_ratio(text: str) -> float:
    """Share of characters that are ASCII or common Latin letters: higher for the right code page."""
    if not text:
        return 0.0
    good = sum(1 for c in text if c.isascii() or c in "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝßœŒšŠžŽ€’‘“”–—")
    return good / len(text)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Article text of an HTML page (navigation, footers, scripts dropped) and its metadata."""
    import trafilatura

    html = resolve_soft_hyphens(html)  # the HTML parser drops them, gluing "Lebanon\u00adbased"
    page = html if re.search(r"<body", html, re.I) else f"<html><body>{html}</body></html>"
    result = trafilatura.bare_extraction(
        page, favor_recall=True, with_metadata=True, include_tables=True, include_formatting=True, deduplicate=False
    )
    if result is None or not (result.text or "").strip():
        return "", {}
    meta: dict[str, Any] = {k: v for k, v in {"title": result.title, "date": result.date, "url": result.url}.items() if v}
    # Some publishing systems leave markdown bold in the page ("including** Name**"); the converter escapes it as
    # \*\*. It marks a name in bold as <strong> does, so it is read as bold (a lone \* is dropped by strip_markup).
    return result.text.replace("\\*\\*", "**"), meta


def with_markup(text: str, meta: dict[str, Any]) -> str:
    """Plain text of markdown-ish text; bold and heading ranges go into `meta`."""
    plain, bold, headings = strip_markup(normalize_text(text, markup=True))
    meta["bold"] = [list(r) for r in bold]
    meta["headings"] = [list(r) for r in headings]
    return plain


def _jsonl_documents(text: str, path: Path, root: Path, report: CorpusReport) -> Iterator[Document]:
    base = doc_id(path, root)
    where = shown_path(path)
    for lineno, record, problem in json_lines(text):
        if problem is not None:  # a line that cannot be read is reported; the rest of the file is read
            report.errors.append(InputError(f"{where}:{lineno}", f"{problem}; expected one object per line"))
            continue
        if not isinstance(record, dict):
            report.errors.append(InputError(f"{where}:{lineno}", "expected a JSON object with a 'text' field"))
            continue
        if "text" not in record and "relations" in record:
            report.skipped.append(f"{where}:{lineno} (gold annotations, not a document)")
            continue
        lone = 0
        for key in ("text", "id", "url", "date", "title"):
            if isinstance(record.get(key), str):
                record[key], count = replace_lone_surrogates(record[key])
                lone += count
        if lone:
            report.warnings.append(InputError(f"{where}:{lineno}", f"{lone} lone surrogate escape{'s' if lone != 1 else ''} "
                                                                  "(\\ud800-\\udfff, half of a pair) replaced by U+FFFD"))
        body = record.get("text")
        if body is not None and not isinstance(body, str):  # {"text": 5}: say what it is, not that it is missing (P7)
            report.errors.append(InputError(f"{where}:{lineno}", f"'text' field is a JSON {_json_kind(body)}, expected a string"))
            continue
        if not isinstance(body, str) or not body.strip():
            report.errors.append(InputError(f"{where}:{lineno}", "missing or empty 'text' field"))
            continue
        rid = str(record.get("id") or lineno)
        meta: dict[str, Any] = {k: str(record[k]) for k in ("url", "date", "title") if record.get(k)}
        plain = with_markup(body, meta)
        problems: list[str] = []
        complete_metadata(meta, body, plain, problems=problems)
        report.warnings.extend(InputError(f"{where}:{lineno}", problem) for problem in problems)
        body = plain
        meta["line"] = lineno  # the record's place in a warning (graphbuild.pipeline.copies); not in the graph
        yield Document(id=f"{base}#{rid}", text=body, sha256=_sha(body), path=where, meta=meta)


def read_file(path: Path, root: Path, report: CorpusReport) -> Iterator[Document]:
    """Documents in one file; problems go to `report.errors`, never raised."""
    report.files += 1
    shown = shown_path(path)
    try:
        if not path.exists():
            raise InputError(shown, "no such file or folder")
        if path.suffix.lower() not in SUFFIXES:
            raise InputError(shown, f"unsupported file type {path.suffix or '(none)'}; expected one of {', '.join(sorted(SUFFIXES))}")
        size = path.stat().st_size
        if size == 0:
            raise InputError(shown, "empty file")
        if size > MAX_BYTES:
            raise InputError(shown, f"file is {size} bytes, over the {MAX_BYTES} byte limit; split it")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(shown, f"cannot read file ({exc.strerror or exc})") from exc
        text = decode(data, shown, report.warnings)
        if shown != str(path):
            report.warnings.append(InputError(shown, "the file name is not valid UTF-8; its document id shows the bytes "
                                                     f"as \\xNN: {doc_id(path, root)}"))
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            noted = len(report.errors) + len(report.skipped)
            found = 0
            for document in _jsonl_documents(text, path, root, report):
                found += 1
                yield document
            if not found and len(report.errors) + len(report.skipped) == noted:
                raise InputError(shown, "no JSON lines found (only blank lines)")
            return
        meta: dict[str, Any] = {}
        raw = text
        if suffix in {".html", ".htm"}:
            stated = html_metadata(raw)  # the page's own <time>, <h1>, <title> and meta tags come first
            text, meta = html_to_text(text)
            if not text.strip():  # nested deeper than the HTML parser goes: the text is still there
                text = plain_text_of_html(raw)
            meta.pop("title", None)  # trafilatura's guess is often a section heading of the body
            meta.update(stated)
        if suffix in {".html", ".htm", ".md", ".markdown"}:
            text = with_markup(text, meta)
        else:
            text = normalize_text(text)
        if suffix in {".html", ".htm"}:
            complete_metadata(meta, text, text, title_lines=1)
        else:
            complete_metadata(meta, raw, text)
        if not text.strip():
            raise InputError(shown, "no text found in file")
        if suffix in {".html", ".htm"} and len(text.split()) < 4:
            raise InputError(shown, "no text found in the HTML page (only navigation or boilerplate)")
        yield Document(id=doc_id(path, root), text=text, sha256=_sha(text), path=shown, meta=meta)
    except InputError as exc:
        report.errors.append(exc)


def read_corpus(inputs: Iterable[str | Path], report: CorpusReport | None = None) -> Iterator[Document]:
    """Stream the documents under `inputs`; collect per-file problems in `report`.

    Files come in the order of their document ids, whatever the order of the inputs ("build b.txt a.txt" reads a.txt
    first): a build from scratch resolves documents in that order, and the first person of a name resolved keeps the
    name's bare IRI, so a namesake's IRI must not depend on how the inputs were listed (docs/facts.md). The sort is
    stable: of two files with one id, the earlier input's is read first (and built; the other is skipped). Only the
    list of paths is sorted; the documents are still read one at a time."""
    report = report if report is not None else CorpusReport()
    for path, root in sorted(iter_files(inputs, report), key=lambda found: doc_id(*found)):
        yield from read_file(path, root, report)
