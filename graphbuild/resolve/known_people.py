"""A designee the model typed "Organization" whose name is a person's the store already knows is that person.

WHY: the statistical model types a bare name by its context, so "Last week, OFAC designated Ilmar Vosk." can read
"Ilmar Vosk" as an ORG while an earlier release named him with his post. Resolution is by (type, name), so the
later document made a second node, an organization called "Ilmar Vosk", with his designation: a journalist asking
what happened to the person saw one designation fewer, and the graph held an organization that does not exist.

The rule is narrow, for a name that is only a guess of the model's: the generic type "Organization" (no legal form
or public-body word made it a Company or a PublicBody), a name of two to four capitalised words, named in the
document only as a designee or a removed name (never holding, having or being part of anything, never an authority), the name of a
Person in the index (the store's entities and this build's earlier documents), and of no organization there.
Issue 13, P8, fourteenth session; a removal ("OFAC removed Ilmar Vosk from the SDN List") since the thirty-third
session (HP), which also added the mirror rule, `known_bodies`.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from ..names import name_key
from ..records import Relation
from .target_names import only_targets
from .types import org_kind

#: A capitalised name word: "Vosk", "O'Neill", "Al-Rami" (no digit, not an all-caps acronym).
_NAME_WORD = re.compile(r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+(?:-[A-Z][a-z\u00e0-\u00ff'\u2019-]+)?")


def _person_like(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words) and org_kind(name) is None


def retype_known_people(relations: list[Relation], known: Mapping[tuple[str, str], str]) -> None:
    """Type "Person" the designees typed "Organization" whose name is only a known person's (refs changed in place).
    `known`: the index's (coarse type, name key) -> IRI (`EntityIndex.by_key`)."""
    for key, found in only_targets(relations, "Organization", lambda ref: not ref.country).items():
        if not all(_person_like(ref.name) for ref in found):
            continue
        person = ("Person", name_key(found[0].name, "Person"))
        if person in known and not any(("Organization", name_key(n)) in known
                                              for ref in found for n in (ref.name, *ref.aliases)):
            for ref in found:
                ref.type = "Person"


__all__ = ["retype_known_people"]
