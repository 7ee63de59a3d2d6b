"""A generic post at a whole government ("an official of the Government of X") beside a stated post of the same person.

The sanctions criterion "for being a leader, official, senior executive officer, or member of the board of directors of
the Government of X" gives each designee a post at "Government of X" (roles_prose._criterion_roles). When the release
also states where the person serves ("X is the director of the Y Directorate"), the gold names that body and not the
government (GUIDELINES: one relation per organization, the government only as the fallback of a state post): counted on
the readable invented sets (docs/extraction.md, eleventh session, R26), such a generic post was wrong 33 times and right
4 times beside another post of the same person; alone it was right 3 times and wrong 5 times, so it stays.
"""
from __future__ import annotations

import re

from ..records import Relation

GENERIC_POST_WORDS = frozenset({"leader", "official", "senior", "executive", "officer", "member", "of", "the", "board",
                                "directors", "or", "a", "an", "and", "current", "former", ","})


def generic_government_post(rel: Relation) -> bool:
    """A post at "Government of X" whose role names no post in particular ("official", "leader or official", the
    criterion's whole disjunction)."""
    words = re.findall(r"[\w-]+|,", (rel.role or "").lower())
    return (rel.relation == "holds_role" and rel.object.name.startswith("Government of ") and bool(words)
            and set(words) <= GENERIC_POST_WORDS)


def without_generic_government_posts(relations: list[Relation]) -> list[Relation]:
    """The relations without a generic government post of a person who holds another post in the release."""
    elsewhere = {r.subject.name.casefold() for r in relations if r.relation == "holds_role" and not generic_government_post(r)}
    return [r for r in relations if not (generic_government_post(r) and r.subject.name.casefold() in elsewhere)]
