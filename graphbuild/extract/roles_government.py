"""A generic post at a whole government ("an official of the Government of X") beside a stated post of the same person.

The sanctions criterion "for being a leader, official, senior executive officer, or member of the board of directors of
the Government of X" gives each designee a post at "Government of X" (roles_prose._criterion_roles). When the release
also states another post of the person, the gold names that body and not the government (GUIDELINES: one relation
per organization, the government only as the fallback of a state post): counted on the readable invented sets
(docs/extraction.md, eleventh session, R26), such a generic post was wrong 33 times and right 4 times beside another
post of the same person; alone it was right 3 times and wrong 5 times, so it stays. A generic post the release states
as a fact ("X is an official of the Government of Z", no designation in the sentence) yields only to a current post
at a public body: a former post or one at a company is another tie (review V3 finding 3, M3).
"""
from __future__ import annotations

import re

from ..records import Relation

_ROLE_WORDS = re.compile(r"[\w-]+|,")  # compiled once (issue 18, PF, 32nd)

GENERIC_POST_WORDS = frozenset({"leader", "official", "senior", "executive", "officer", "member", "of", "the", "board",
                                "directors", "or", "a", "an", "and", "current", "former", ","})


def generic_government_post(rel: Relation) -> bool:
    """A post at "Government of X" whose role names no post in particular ("official", "leader or official", the
    criterion's whole disjunction)."""
    words = _ROLE_WORDS.findall((rel.role or "").lower())
    return (rel.relation == "holds_role" and rel.object.name.startswith("Government of ") and bool(words)
            and set(words) <= GENERIC_POST_WORDS)


#: The designation's basis in a generic post's sentence: "designated ... for being an official of the Government of X".
DESIGNATION_BASIS = re.compile(r"\bdesignat|\bfor (?:being|having)\b|\bpursuant to\b", re.IGNORECASE)


def designation_basis(rel: Relation) -> bool:
    """The post is the sanctions criterion's (its sentence designates), not a post the release states as a fact."""
    return any(DESIGNATION_BASIS.search(e.sentence) for e in rel.evidence)


def state_post(rel: Relation) -> bool:
    """A current, named post at a public body (a ministry, an agency, the government itself: "Minister of Defense"):
    the specific post a stated generic government post stands for. A former post, or one at a company or group, is
    another tie beside it ("X is an official of the Government of Z. X was formerly a director of Y Bank": both;
    review V3 finding 3). `rel` is a post that is not generic (the caller's `others`)."""
    return rel.current and rel.object.type == "PublicBody"


def without_generic_government_posts(relations: list[Relation]) -> list[Relation]:
    """The relations without a generic government post that another post of the person makes redundant: any other
    post when the generic one is the designation's basis (the readable gold drops it beside a company post or a former
    post too: t13_20, t19_05, t10_05, blind study b05), a current post at a public body when the release states it."""
    others = [r for r in relations if r.relation == "holds_role" and not generic_government_post(r)]
    elsewhere = {r.subject.name.casefold() for r in others}
    in_state = {r.subject.name.casefold() for r in others if state_post(r)}
    return [r for r in relations if not (generic_government_post(r) and r.subject.name.casefold() in (
        elsewhere if designation_basis(r) else in_state))]
