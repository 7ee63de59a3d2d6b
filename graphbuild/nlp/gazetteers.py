"""Load the gazetteers in `ontology/gazetteers/` (data, not code) into one object."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import GazetteerError
from ..paths import gazetteer_dir
from .government_names import government_forms
from .kin_words import FRONT_NOUNS, NATIONALITY_NOUNS, PARTNER_NOUNS, TIE_NOUNS


@dataclass(frozen=True)
class Authority:
    name: str
    aliases: tuple[str, ...]
    parent: str | None
    country: str | None
    sanctioning: bool


@dataclass
class Gazetteers:
    """Everything extraction needs to know about the world, read from YAML files."""

    authorities: dict[str, Authority] = field(default_factory=dict)  # canonical name -> record
    authority_by_alias: dict[str, str] = field(default_factory=dict)  # folded alias -> canonical
    authority_by_capital: dict[str, str] = field(default_factory=dict)  # a government's capital as written -> canonical
    program_patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    executive_order: re.Pattern[str] | None = None
    program_tags: set[str] = field(default_factory=set)
    title_heads: dict[str, str] = field(default_factory=dict)
    title_head_starts: set[str] = field(default_factory=set)  # first words of the heads, for a fast first test
    title_modifiers: set[str] = field(default_factory=set)
    prenominal: dict[str, dict[str, str]] = field(default_factory=dict)
    prenominal_by_first: dict[str, list[str]] = field(default_factory=dict)  # first word -> keys, longest first
    not_roles: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)  # "Sheikh", "Ayatollah": a form of address, no word of the name
    ranks_before_names: set[str] = field(default_factory=set)  # "Ambassador X", "Coronel Y": more titles written before a name
    public_body_words: set[str] = field(default_factory=set)
    company_words: set[str] = field(default_factory=set)
    vessel_words: set[str] = field(default_factory=set)
    group_nouns: set[str] = field(default_factory=set)  # "the Cite Soleil gang": a lower-case noun that ends a group's name
    romance_body_heads: set[str] = field(default_factory=set)  # "Cártel", "Fondation": opens a body's name before "de"/"du"
    anaphora_heads: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # "Russian" -> "Russia"
    countries: set[str] = field(default_factory=set)  # country names, and places commonly named with them
    ministry_fields: dict[str, str] = field(default_factory=dict)  # "foreign" -> "Foreign Affairs"
    #: `programs_in`'s answers by text (the same mention and sentence texts are asked about again and again).
    _programs_found: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, compare=False, repr=False)
    #: All program patterns as one alternation: most texts name no program, and one search tells (None: not built).
    _any_program: Any = field(default=None, init=False, compare=False, repr=False)
    #: Sets other modules derive from these lists and ask for per mention (`derived`); the lists do not change after loading.
    #: The three kept answers are no init fields: a copy made by `dataclasses.replace` with other lists starts without
    #: the first's answers (it shared them, and answered with the first's countries and programs: RPF, 32nd).
    _derived: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def derived(self, key: str, make: Callable[[Gazetteers], Any]) -> Any:
        """`make(self)`, built once per key: a union of word lists asked for per mention is not rebuilt each time."""
        found = self._derived.get(key)
        if found is None:
            found = self._derived[key] = make(self)
        return found

    def authority(self, text: str) -> Authority | None:
        """The authority a name or alias refers to, if it is in the gazetteer."""
        key = _alias_key(text)
        canonical = self.authority_by_alias.get(key)
        return self.authorities.get(canonical) if canonical else None

    def programs_in(self, text: str) -> list[str]:
        """Program and legal-authority labels mentioned in a text, in order of appearance.

        Asked ~35 times per document, mostly about texts asked before and naming no program (issue 18):
        answers are kept by text, and a text that no pattern matches is told by one search of all of them.
        """
        known = self._programs_found.get(text)
        if known is None:
            if len(self._programs_found) >= _PROGRAMS_FOUND_MAX:
                self._programs_found.clear()
            known = self._programs_found[text] = tuple(self._find_programs(text))
        return list(known)

    def _find_programs(self, text: str) -> list[str]:
        if self._any_program is None:
            self._any_program = _any_of([self.executive_order, *(p for _, p in self.program_patterns)])
        if self._any_program is not False and not self._any_program.search(text):
            return []
        found: list[tuple[int, str]] = []
        if self.executive_order is not None:
            found += [(m.start(), f"E.O. {m.group(1)}") for m in self.executive_order.finditer(text)]
        for name, pattern in self.program_patterns:
            found += [(m.start(), name) for m in pattern.finditer(text)]
        seen: list[str] = []
        for _, name in sorted(found):
            if name not in seen:
                seen.append(name)
        return seen


#: Texts whose `programs_in` answer is kept at once (a long build asks about new texts all the time).
_PROGRAMS_FOUND_MAX = 50_000


def _any_of(patterns: list[re.Pattern[str] | None]) -> re.Pattern[str] | bool:
    """One pattern matching where any of `patterns` matches (False when they cannot be joined safely:
    different flags, or a back-reference whose group number would change)."""
    kept = [p for p in patterns if p is not None]
    if not kept or len({p.flags for p in kept}) != 1 or any(re.search(r"\\\d|\(\?P=|\(\?[aiLmsux-]+\)", p.pattern) for p in kept):
        return False
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in kept), kept[0].flags)
    except re.error:
        return False


#: A leading "the" and a closing "'s", compiled once (`_alias_key` is asked for every name an extractor looks up).
_LEADING_THE = re.compile(r"^(the)\s+", re.I)
_POSSESSIVE_END = re.compile(r"'s$")


def _alias_key(text: str) -> str:
    text = _LEADING_THE.sub("", text.strip().replace("\u2019", "'"))
    text = _POSSESSIVE_END.sub("", text)
    return text.casefold() if not text.isupper() or " " in text else text  # acronyms as written; "U.S. DEPARTMENT OF STATE" folded


#: libyaml's parser where PyYAML has it: the same safe loader's constructors, parsing ~8x faster (the
#: gazetteers are read at every model load, in the model worker before its first document; issue 18).
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """A gazetteer file's YAML (safe loader, the C one when built), or a GazetteerError naming the file."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader (C or Python)
    except FileNotFoundError as exc:
        raise GazetteerError(f"{path}: gazetteer file missing; expected it in {path.parent}") from exc
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{path}: invalid YAML ({exc})") from exc


def load_gazetteers(directory: Path | None = None) -> Gazetteers:
    """Read authorities, programs, titles and organization words from `directory`."""
    directory = directory or gazetteer_dir()
    return _load(str(directory))


@lru_cache(maxsize=4)
def _load(directory: str) -> Gazetteers:
    root = Path(directory)
    gaz = Gazetteers()
    for entry in read_yaml(root / "authorities.yaml") or []:
        if not isinstance(entry, dict) or "name" not in entry:
            raise GazetteerError(f"{root / 'authorities.yaml'}: each entry needs a 'name'; got {entry!r}")
        record = Authority(
            name=entry["name"],
            aliases=tuple(entry.get("aliases") or ()),
            parent=entry.get("parent"),
            country=entry.get("country"),
            sanctioning=bool(entry.get("sanctioning", False)),
        )
        gaz.authorities[record.name] = record
        for alias in (record.name, *record.aliases):
            gaz.authority_by_alias.setdefault(_alias_key(alias), record.name)
        if entry.get("capital"):
            gaz.authority_by_capital[str(entry["capital"])] = record.name
    programs = read_yaml(root / "programs.yaml") or {}
    try:
        if programs.get("executive_order_pattern"):
            gaz.executive_order = re.compile(programs["executive_order_pattern"])
        for entry in programs.get("programs", []):
            for pattern in entry["patterns"]:
                gaz.program_patterns.append((entry["name"], re.compile(pattern)))
    except (re.error, KeyError, TypeError) as exc:
        raise GazetteerError(f"{root / 'programs.yaml'}: bad program entry ({exc})") from exc
    gaz.program_tags = set(programs.get("tags", []))
    titles = read_yaml(root / "titles.yaml") or {}
    gaz.title_heads = {str(k).lower(): str(v) for k, v in (titles.get("heads") or {}).items()}
    gaz.title_head_starts = {head.split()[0].split("-")[0] for head in gaz.title_heads}
    gaz.title_modifiers = {str(m).lower() for m in titles.get("modifiers") or []}
    gaz.prenominal = dict(titles.get("prenominal") or {})
    for key in sorted(gaz.prenominal, key=len, reverse=True):
        gaz.prenominal_by_first.setdefault(key.split()[0], []).append(key)
    gaz.honorifics = {str(w).lower() for w in titles.get("honorifics") or []}
    gaz.ranks_before_names = {str(w).lower() for w in titles.get("ranks_before_names") or []}
    gaz.not_roles = ({str(w).lower() for w in titles.get("not_roles") or []}
                     | TIE_NOUNS | PARTNER_NOUNS | FRONT_NOUNS | NATIONALITY_NOUNS)  # nlp/kin_words: the tie words
    orgs = read_yaml(root / "organizations.yaml") or {}
    gaz.public_body_words = {str(w).lower() for w in orgs.get("public_body_words") or []}
    gaz.company_words = {str(w).lower() for w in orgs.get("company_words") or []}
    gaz.vessel_words = {str(w).lower() for w in orgs.get("vessel_words") or []}
    gaz.group_nouns = {str(w).lower() for w in orgs.get("group_nouns") or []}
    gaz.romance_body_heads = {str(w).lower() for w in orgs.get("romance_body_heads") or []}
    gaz.anaphora_heads = {str(k).lower(): str(v) for k, v in (orgs.get("anaphora_heads") or {}).items()}
    gaz.demonyms = {str(k): str(v) for k, v in (read_yaml(root / "countries.yaml") or {}).items()}
    _add_government_forms(gaz, root)
    gaz.countries = set(gaz.demonyms.values()) | {"U.S.", "US", "USA", "United States", "UK", "U.K.", "Congo", "Democratic Republic of the Congo",
                                                   "DPRK", "North Korea", "South Korea", "Russian Federation", "Republic of Belarus", "Gaza", "Crimea"}
    gaz.ministry_fields = {str(k).lower(): str(v) for k, v in (titles.get("ministry_fields") or {}).items()}
    return gaz


def _add_government_forms(gaz: Gazetteers, root: Path) -> None:
    """Each state that is its own authority (name == country) also named by its government in every form of the
    country's name ("Government of Great Britain", "British Government": nlp/government_names.py)."""
    bodies = root / "public_bodies.yaml"
    data = read_yaml(bodies) if bodies.exists() else {}
    aliases = {str(k): str(v) for k, v in ((data or {}).get("country_aliases") or {}).items()}
    for name, record in list(gaz.authorities.items()):
        if not record.country or record.name != record.country:
            continue
        forms = [f for f in government_forms(record.country, aliases, gaz.demonyms) if f not in (record.name, *record.aliases)]  # the
        # entity ruler matches case as written: "British Government" beside the gazetteer's "British government"
        if not forms:
            continue
        gaz.authorities[name] = Authority(record.name, (*record.aliases, *forms), record.parent, record.country, record.sanctioning)
        for form in forms:
            gaz.authority_by_alias.setdefault(_alias_key(form), record.name)

