"""A curation file (YAML) that fixes what extraction and resolution got wrong, on every build.

    merge:                      # these names are one entity; `into` is its canonical name
      - into: Eisa Darvapour
        names: [Issa Darvapur, E. Darvapour]
        type: Person            # optional: only entities of this type (Organization covers PublicBody, Company)
        id: http://www.wikidata.org/entity/Q42   # optional: use this IRI for the entity
    keep_apart:                 # never merge these with each other or by fuzzy matching
      - [Alexander Ivanov, Alexandra Ivanova]
      - names: [Kim Chol]       # a name shared by different people: one entity per document
        per_document: true
    rename:                     # fix a name and/or a type
      - name: Petróleos de Venezuela
        to: Petróleos de Venezuela, S.A.
        type: Company
    reject:
      entities: [Longtime Sanctions Chief Moves]     # drop every relation with this entity
      relations:                # drop relations matching every field given
        - {relation: holds_role, subject: Juan Guaidó, object: Government of Venezuela}
        - {doc: wire_briefs_2021.jsonl, relation: part_of}

Names match a mention's name or any of its aliases after normalisation (case,
diacritics, punctuation, "SURNAME, Given"), so "DARVAPOUR, Eisa" matches "Eisa Darvapour".
The pipeline calls `load_curation(path).apply(relations)` on each document's relations
before cross-document resolution. `fingerprint` changes when the file's content does.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import GazetteerError
from ..names import name_key
from ..rdf.mapping import coarse_type
from ..records import ENTITY_TYPES, RELATION_KINDS, EntityRef, Relation
from .index import KEEP_APART

SECTIONS = ("merge", "keep_apart", "rename", "reject")
RELATION_FIELDS = ("relation", "subject", "object", "role", "program", "doc")


class CurationError(GazetteerError):
    """The curation file is malformed."""


def _keys(name: str) -> set[str]:
    """Normalised forms of a name, read as a person's name and as an organization's."""
    return {name_key(name, "Person"), name_key(name, "Organization")} - {""}


@dataclass
class _Rule:
    names: set[str]
    type: str | None = None
    where: str = ""  # "FILE: rename[0] (NAME)": how a warning names the rule
    hits: int = 0  # entity mentions it matched in this build

    def matches(self, ref: EntityRef) -> bool:
        if self.type is not None and ref.type != self.type and not (self.type == "Organization" and coarse_type(ref.type) == "Organization"):
            return False
        found = any(_keys(n) & self.names for n in (ref.name, *ref.aliases))
        self.hits += found
        return found


@dataclass
class Curation:
    """The parsed curation file; `apply(relations)` returns the curated relations of one document."""

    path: Path | None = None
    merges: list[tuple[_Rule, str, str | None]] = field(default_factory=list)  # rule, canonical name, fixed IRI
    apart: list[tuple[_Rule, bool]] = field(default_factory=list)  # rule, per document
    renames: list[tuple[_Rule, str | None, str | None]] = field(default_factory=list)  # rule, new name, new type
    rejected_entities: list[_Rule] = field(default_factory=list)
    rejected_relations: list[dict[str, Any]] = field(default_factory=list)
    fingerprint: str = ""

    def _entity(self, ref: EntityRef, doc: str) -> EntityRef:
        for rule, new_name, new_type in self.renames:
            if rule.matches(ref):  # the new name is the entity's identity: never fuzzy-merged with a close name
                aliases = [a for a in ref.aliases if a != new_name]
                fixed = ref.id if ref.id and not ref.id.startswith(KEEP_APART) else KEEP_APART
                ref = EntityRef(new_name or ref.name, new_type or ref.type, aliases, fixed)
        for rule, canonical, iri in self.merges:
            if rule.matches(ref):
                aliases = [n for n in dict.fromkeys([ref.name, *ref.aliases]) if n != canonical]
                ref = EntityRef(canonical, ref.type, aliases, iri or ref.id)
        for rule, per_document in self.apart:
            if rule.matches(ref) and not (ref.id and not ref.id.startswith(KEEP_APART)):
                ref = EntityRef(ref.name, ref.type, list(ref.aliases), KEEP_APART + (doc if per_document else ""))
        return ref

    def _rejected(self, rel: Relation) -> bool:
        if any(rule.matches(ref) for rule in self.rejected_entities for ref in (rel.subject, rel.object)):
            return True
        for pattern in self.rejected_relations:
            if all(_field_matches(rel, name, value) for name, value in pattern.items()):
                return True
        return False

    def rules(self) -> list[_Rule]:
        return [*(r for r, _, _ in self.merges), *(r for r, _ in self.apart), *(r for r, _, _ in self.renames),
                *self.rejected_entities]

    def unused(self) -> list[str]:
        """The rules that matched no entity so far ("FILE: rename[0] (NAME)"): likely a misspelt name."""
        return [rule.where for rule in self.rules() if rule.hits == 0]

    def apply(self, relations: Iterable[Relation]) -> list[Relation]:
        """Renamed, merged, kept apart, and without rejected entities and relations."""
        kept = []
        for rel in relations:
            rel.subject = self._entity(rel.subject, rel.doc)
            rel.object = self._entity(rel.object, rel.doc)
            if not self._rejected(rel):
                kept.append(rel)
        return kept


def _field_matches(rel: Relation, name: str, value: Any) -> bool:
    if name in ("subject", "object"):
        ref = getattr(rel, name)
        wanted = _keys(str(value))
        return any(_keys(n) & wanted for n in (ref.name, *ref.aliases))
    if name == "doc":
        return rel.doc == value or rel.doc.split("#", 1)[0] == value
    actual = getattr(rel, name)
    return actual is not None and str(actual).casefold() == str(value).casefold()


def _names(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise CurationError(f"{where}: expected a name or a list of names, got {value!r}")
    return [v.strip() for v in value]


def _type(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if value not in ENTITY_TYPES:
        raise CurationError(f"{where}: unknown type {value!r}; expected one of {', '.join(ENTITY_TYPES)}")
    return str(value)


def _rule(names: list[str], type_: str | None, where: str = "") -> _Rule:
    return _Rule({k for n in names for k in _keys(n)}, type_, f"{where} ({', '.join(names)})" if where else "")


def _check_keys(entry: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise CurationError(f"{where}: unknown key {unknown[0]!r}; expected {', '.join(sorted(allowed))}")


def _section(data: dict[str, Any], name: str, where: str) -> list[Any]:
    """The list of entries under `name` (none when absent or empty)."""
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise CurationError(f"{where}: {name}: expected a list of entries, got {type(value).__name__} {value!r}")
    return value


def _check_iri(iri: str, where: str) -> None:
    """The store's own IRI check, when the file is read: a space or "<" in an `id` stopped the build mid-way."""
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(iri)
    except ValueError as exc:
        raise CurationError(f"{where}: {iri!r} is not a valid IRI ({exc}); write spaces as %20 and leave out <>\"{{}}|^`\\") from exc


def parse_curation(data: Any, source: str = "curation") -> Curation:
    """A Curation from the parsed YAML document."""
    curation = Curation()
    if data is None:
        return curation
    if not isinstance(data, dict):
        raise CurationError(f"{source}: expected a mapping with {', '.join(SECTIONS)}")
    _check_keys(data, set(SECTIONS), source)
    for i, entry in enumerate(_section(data, "merge", source)):
        where = f"{source}: merge[{i}]"
        if not isinstance(entry, dict) or "into" not in entry:
            raise CurationError(f"{where}: expected {{into: NAME, names: [NAME, ...]}}")
        _check_keys(entry, {"into", "names", "type", "id"}, where)
        into = _names(entry["into"], where + ".into")[0]
        names = _names(entry.get("names", []) or [into], where + ".names")
        iri = entry.get("id")
        if iri is not None and not (isinstance(iri, str) and iri.startswith(("http://", "https://", "urn:"))):
            raise CurationError(f"{where}.id: expected an IRI (http://..., https://... or urn:...), got {iri!r}")
        if iri is not None:
            _check_iri(iri, where + ".id")
        curation.merges.append((_rule([into, *names], _type(entry.get("type"), where + ".type"), where), into, iri))
    for i, entry in enumerate(_section(data, "keep_apart", source)):
        where = f"{source}: keep_apart[{i}]"
        if isinstance(entry, dict):
            _check_keys(entry, {"names", "type", "per_document"}, where)
            names, type_, per_doc = _names(entry.get("names"), where + ".names"), _type(entry.get("type"), where), bool(entry.get("per_document"))
        else:
            names, type_, per_doc = _names(entry, where), None, False
        curation.apart.append((_rule(names, type_, where), per_doc))
    for i, entry in enumerate(_section(data, "rename", source)):
        where = f"{source}: rename[{i}]"
        if not isinstance(entry, dict) or "name" not in entry or not ({"to", "type"} & set(entry)):
            raise CurationError(f"{where}: expected {{name: OLD, to: NEW}} and/or type: TYPE")
        _check_keys(entry, {"name", "to", "type", "only_type"}, where)
        to = _names(entry["to"], where + ".to")[0] if entry.get("to") is not None else None
        rule = _rule(_names(entry["name"], where + ".name"), _type(entry.get("only_type"), where + ".only_type"), where)
        curation.renames.append((rule, to, _type(entry.get("type"), where + ".type")))
    reject = data.get("reject") or {}
    if not isinstance(reject, dict):
        raise CurationError(f"{source}: reject: expected a mapping with entities and/or relations")
    _check_keys(reject, {"entities", "relations"}, f"{source}: reject")
    for i, entry in enumerate(_section(reject, "entities", f"{source}: reject")):
        where = f"{source}: reject.entities[{i}]"
        if isinstance(entry, dict):
            _check_keys(entry, {"name", "type"}, where)
            curation.rejected_entities.append(_rule(_names(entry.get("name"), where + ".name"), _type(entry.get("type"), where), where))
        else:
            curation.rejected_entities.append(_rule(_names(entry, where), None, where))
    for i, entry in enumerate(_section(reject, "relations", f"{source}: reject")):
        where = f"{source}: reject.relations[{i}]"
        if not isinstance(entry, dict) or not entry:
            raise CurationError(f"{where}: expected a mapping of {', '.join(RELATION_FIELDS)}")
        _check_keys(entry, set(RELATION_FIELDS), where)
        if "relation" in entry and entry["relation"] not in RELATION_KINDS:
            raise CurationError(f"{where}.relation: unknown relation {entry['relation']!r}; expected one of {', '.join(RELATION_KINDS)}")
        curation.rejected_relations.append({k: v for k, v in entry.items() if v is not None})
    return curation


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """"line L, column C: PROBLEM" of a YAML error (PyYAML counts from 0; editors from 1)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    detail = f"{problem} ({context})" if context else str(problem)
    if mark is None:
        return f"not valid YAML: {detail}"
    return f"line {mark.line + 1}, column {mark.column + 1}: not valid YAML: {detail}"


def load_curation(path: str | Path) -> Curation:
    """Read and check a curation YAML file; errors name the file, the entry and the fix."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CurationError(f"{path}: cannot read the curation file ({exc.strerror or exc})") from exc
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CurationError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start}); save the file as UTF-8") from exc
    except yaml.YAMLError as exc:
        raise CurationError(f"{path}: {_yaml_problem(exc)}") from exc
    curation = parse_curation(data, str(path))
    curation.path = path
    curation.fingerprint = hashlib.sha256(raw).hexdigest()[:16]
    return curation


__all__ = ["Curation", "CurationError", "load_curation", "parse_curation"]
