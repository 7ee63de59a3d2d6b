"""One type per entity, from every mention and the words of its name, not from one mention.

Extraction types each mention where it stands: a company named where a person is
expected becomes a Person ("Petróleos de Venezuela" with the alias "Venezuela"),
and "Central Bank" reads as a company because "bank" is a company word. This step
runs per document after extraction and decides again, from all of the document's
relations together:

- an organization's type comes from its name, in order: a legal form (LLC, JSC, S.A.,
  Company; or one of `company_forms.yaml` after the first word, "SARL", "N.V.") makes a Company (matched on the word as written: the accented "Có" or "Sá" of a
  person's name is no "Co." or "S.A."); a public-body marker (Ministry, Central Bank, Corps,
  National Guard) a PublicBody; then the company and public-body words of
  `ontology/gazetteers/organizations.yaml`;
- a "Person" whose name carries such words, or a country's name ("... de Venezuela"),
  is an organization; the posts such a non-person "holds" are dropped (only people hold posts);
- the organization of a post typed "Person" is an organization (a gang or a cell named like
  a person; its other mentions follow), unless the role is a family tie ("nephew") or the
  document names that person as holding a post: then the "post" is dropped;
- an alias that is only a country's name is dropped from a person or organization (the
  country is an entity of its own);
- mentions of one entity in one document (a person's full name is an organization's
  name or alias) get one type: the organization's, unless the document states that
  person holds a post.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from ..names import clean_text, fold, name_key
from ..nlp.gazetteers import load_gazetteers
from ..nlp.kin_words import PARTNER_NOUNS, TIE_NOUNS
from ..nlp.company_forms import legal_forms
from ..records import BODY_TYPES, EntityRef, Relation
from .country import country_words, public_body_gazetteer



@lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], tuple[str, ...]]:
    data = public_body_gazetteer()
    return frozenset(str(w) for w in data.get("company_markers") or []), tuple(str(p) for p in data.get("public_body_markers") or [])


def _words(name: str) -> list[str]:
    return [w.strip(",;:()\"'") for w in fold(name).replace("'s ", " ").split()]


def _written_words(name: str) -> list[str]:
    """The name's words as written (case-folded, accents kept): a legal form is matched on these, because folding makes
    a name's accented word one ("Có" -> "co", "Sá" -> "sa"), and a person named so became a Company (issue 13, M7)."""
    return [w.strip(",;:()\"'") for w in clean_text(name).casefold().replace("'s ", " ").split()]


def org_kind(name: str) -> str | None:
    """Company or PublicBody when the name's words say so, else None."""
    return _org_kind(name, os.environ.get("GRAPHBUILD_ONTOLOGY"))


@lru_cache(maxsize=65536)
def _org_kind(name: str, ontology: str | None) -> str | None:
    """`org_kind`, once per name: the same names come back in every document, and each answer took
    ~10 word and pattern scans (the largest cost of `decide_types`, issue 18). `ontology`: the gazetteers'
    folder setting ($GRAPHBUILD_ONTOLOGY), so that another folder is never answered from this cache."""
    gaz = load_gazetteers()
    if gaz.authority(name) is not None:
        return "PublicBody"
    company_markers, public_markers = _markers()
    words = _words(name)
    joined = " " + " ".join(words) + " "
    written = _written_words(name) if not name.isascii() else words
    written_joined = " " + " ".join(written) + " "
    if any(w in company_markers for w in written) or any(" " in m and f" {m} " in written_joined for m in company_markers) \
            or _legal_form_after_first(name):
        return "Company"
    if any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", joined) for m in public_markers):
        return "PublicBody"
    if any(w in gaz.company_words for w in words if len(w) > 2):
        return "Company"
    if any(w in gaz.public_body_words for w in words if len(w) > 2) or any(
            " " in p and f" {p} " in joined for p in gaz.public_body_words):
        return "PublicBody"
    return None


def _legal_form_after_first(name: str) -> bool:
    """A legal form of `company_forms.yaml` as written after the name's first word ("X Harbour Services N.V.", "Y Wharf
    Services SARL"): those names read as public bodies from their words ("harbour", "services"; T1, sixteenth session).
    As written, case and all: "SA" and "AG" are forms, a person's "Sa" no word of one."""
    forms = legal_forms()
    return any(w.strip(",;:()\"'").rstrip(".") in forms for w in clean_text(name).split()[1:])


def _is_country(name: str) -> bool:
    return fold(name.strip()) in country_words().names


def _not_a_person(ref: EntityRef) -> str | None:
    """The organization type of a "Person" whose name says it is an organization, else None.

    A country in the name counts only after "of"/"de" ("Petróleos de Venezuela"), not as a
    given name or surname that is also a country's name.
    """
    return _name_not_a_person(ref.name, os.environ.get("GRAPHBUILD_ONTOLOGY"))


@lru_cache(maxsize=65536)
def _name_not_a_person(name: str, ontology: str | None) -> str | None:
    """`_not_a_person` for a name, once per name and gazetteers' folder (see `_org_kind`)."""
    kind = org_kind(name)
    if kind is None and (any(
            re.search(r"\b(?:of|de|del|do|da|di)\s+(?:the\s+|la\s+|el\s+)?$", name[:start], re.I)
            for start, _, _ in country_words().find(name))):
        kind = "Organization"
    return kind


KINSHIP = TIE_NOUNS | PARTNER_NOUNS  # "partner of X" in a role names a tie to a person


def _kinship(role: str | None) -> bool:
    """"nephew", "wife of": a family tie, not a post (its "organization" is a person)."""
    return any(w in KINSHIP for w in re.findall(r"[\w-]+", (role or "").casefold()))


def decide_types(relations: list[Relation]) -> list[Relation]:
    """The document's relations with one type per entity (refs changed in place; posts of non-persons dropped)."""
    refs = [ref for rel in relations for ref in (rel.subject, rel.object) if ref.type == "Person" or ref.type in BODY_TYPES]
    for ref in refs:
        ref.aliases = [a for a in ref.aliases if not _is_country(a)]
        if ref.type == "Person":
            ref.type = _not_a_person(ref) or "Person"
        elif (kind := org_kind(ref.name)) is not None:
            ref.type = kind
    groups: dict[str, str] = {}  # name key -> the organization type one of its mentions has
    for ref in refs:
        if ref.type in BODY_TYPES:
            for name in (ref.name, *ref.aliases):
                key = name_key(name)
                if len(key.split()) > 1 and (groups.get(key) in (None, "Organization")):
                    groups[key] = ref.type
    holders = {name_key(rel.subject.name) for rel in relations if rel.relation == "holds_role" and rel.subject.type == "Person"}
    for rel in relations:  # a post is held at an organization: a "Person" there is a group named like one
        if rel.relation == "holds_role" and rel.object.type == "Person" and not _kinship(rel.role) \
                and name_key(rel.object.name) not in holders:
            rel.object.type = org_kind(rel.object.name) or "Organization"
            for name in (rel.object.name, *rel.object.aliases):
                if len(name_key(name).split()) > 1:
                    groups.setdefault(name_key(name), rel.object.type)
    for ref in refs:  # by the person's full name only: a shared surname-like alias ("Ortega") proves nothing,
        full = name_key(ref.name)  # and someone stated to hold a post is a person whatever an alias says
        if ref.type == "Person" and len(full.split()) > 1 and full in groups and full not in holders:
            ref.type = groups[full]
    return [rel for rel in relations if not (rel.relation == "holds_role" and (rel.subject.type != "Person" or rel.object.type == "Person"))]


__all__ = ["decide_types", "org_kind"]
