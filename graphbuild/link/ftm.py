"""FollowTheMoney entity files: JSON lines as OpenSanctions publishes them (UN, EU, UK and other lists).

Each line is one entity (`id`, `schema`, `properties`). Targets are the entities the list
sanctions (`"target": true` where the file says so); their programs come from `Sanction`
entities that point at them, flat (`properties.entity`) or nested inside the target
(`properties.sanctions`, the "nested" export). FtM's own schema model decides the kind, so
a `Company`, `PublicBody` or `LegalEntity` is an organization and an `Airplane` a vessel.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .entries import ListEntry, ListError, SanctionsList
from .identifiers import ftm_identifiers
from .ofac import decode


def _kind(schema_name: str) -> str | None:
    from followthemoney import model

    schema = model.get(schema_name)
    if schema is None:
        return None
    if schema.is_a("Person"):
        return "Person"
    if schema.is_a("Vessel") or schema.is_a("Airplane"):
        return "Vessel"
    if schema.is_a("LegalEntity"):
        return "Organization"
    return None


def _values(props: dict[str, Any], key: str) -> list[str]:
    return [v for v in props.get(key) or [] if isinstance(v, str) and v.strip()]


def records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, entity dict) of each non-empty line; a line that is not an entity object is an error."""
    text = decode(path, path.read_bytes(), ("utf-8",))
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            hint = "the file ends early (truncated?)" if number == len(lines) else "not a FollowTheMoney JSON line"
            raise ListError(str(path), number, f"invalid JSON ({exc.msg} at column {exc.colno}); {hint}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("schema"), str) or not isinstance(data.get("properties", {}), dict):
            raise ListError(str(path), number, "not a FollowTheMoney entity (an object with schema and properties)")
        yield number, data


def read_ftm(path: Path, name: str | None = None, date: str | None = None) -> SanctionsList:
    """Targets of a FollowTheMoney entity file as list entries, with programs from their Sanction entities."""
    entries: dict[str, ListEntry] = {}
    programs: dict[str, list[str]] = {}
    datasets: Counter[str] = Counter()
    changed: list[str] = []

    def sanction(props: dict[str, Any], target: str | None) -> None:
        for entity in ([target] if target else []) + [v if isinstance(v, str) else v.get("id") for v in props.get("entity") or []
                                                      if isinstance(v, (str, dict))]:
            if entity:
                programs.setdefault(entity, []).extend(_values(props, "program") + _values(props, "programId"))

    for number, data in records(path):
        props = data.get("properties") or {}
        if data["schema"] == "Sanction":
            sanction(props, None)
            continue
        for nested in props.get("sanctions") or []:
            if isinstance(nested, dict):
                sanction(nested.get("properties") or {}, str(data.get("id") or ""))
        kind = _kind(data["schema"])
        if kind is None or data.get("target") is False:
            continue
        names = _values(props, "name")
        if not data.get("id") or not names:
            raise ListError(str(path), number, f"a {data['schema']} without id or name")
        datasets.update(d for d in data.get("datasets") or [] if isinstance(d, str))
        if isinstance(data.get("last_change"), str):
            changed.append(data["last_change"][:10])
        entries[str(data["id"])] = ListEntry(
            str(data["id"]), kind, names[0], aliases=names[1:] + _values(props, "alias") + _values(props, "previousName"),
            weak_aliases=_values(props, "weakAlias"), programs=_values(props, "program"),
            countries=[c.lower() for key in ("country", "nationality", "citizenship", "flag") for c in _values(props, key)],
            remarks="; ".join(_values(props, "notes") + _values(props, "summary")), title=", ".join(_values(props, "position")),
            identifiers=ftm_identifiers(kind, props))
    for entity, found in programs.items():
        if entity in entries:
            entries[entity].programs = list(dict.fromkeys(entries[entity].programs + found))
    list_name = name or (datasets.most_common(1)[0][0] if datasets else path.stem)
    return SanctionsList(list_name, date or (max(changed) if changed else None), str(path), "ftm", list(entries.values()))
