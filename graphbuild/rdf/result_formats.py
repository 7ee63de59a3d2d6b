"""Query results as text: an aligned table for a terminal, SPARQL 1.1 CSV, SPARQL 1.1 JSON (or a graph's Turtle / JSON-LD)."""
from __future__ import annotations

import csv
import io
import json
import re

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from ..errors import QueryError

FORMATS = ("table", "csv", "json")


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _rows(result: Result) -> tuple[list[str], list[list[object]]]:
    names = [str(v) for v in (result.vars or [])]
    return names, [[row[i] for i in range(len(names))] for row in result]


def format_table(names: list[str], rows: list[list[object]], width: int = 60) -> str:
    def show(term: object) -> str:
        text = re.sub(r"\s+", " ", _cell(term)).strip()
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[show(v) for v in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def format_csv(names: list[str], rows: list[list[object]]) -> str:
    """SPARQL 1.1 CSV results: a header of variable names, plain values (IRIs, literal text)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue().rstrip("\r\n")


def _json_term(term: object) -> dict[str, str] | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "literal", "value": str(term)}


def format_json(names: list[str], rows: list[list[object]]) -> str:
    """SPARQL 1.1 Query Results JSON (application/sparql-results+json)."""
    bindings = [{n: t for n, v in zip(names, row) if (t := _json_term(v)) is not None} for row in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)


def format_result(result: Result, fmt: str) -> str:
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        return json.dumps({"head": {}, "boolean": answer}) if fmt == "json" else ("true" if answer else "false")
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        if fmt == "csv":
            raise QueryError(f"a {result.type} query returns a graph; use --format table (Turtle) or json (JSON-LD)")
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    names, rows = _rows(result)
    if fmt == "csv":
        return format_csv(names, rows)
    if fmt == "json":
        return format_json(names, rows)
    return format_table(names, rows)


__all__ = ["FORMATS", "format_csv", "format_json", "format_result", "format_table"]
