"""Another government's designation keeps to what its own sentence says (issue 13, M19).

A release about a U.S. action often adds "The United Kingdom and the European Union have separately imposed sanctions
on X and Y". That sentence is the only evidence of the other governments' designations: the release's program ("Today's
designations are made pursuant to E.O. 13848") is the U.S. action's, not theirs (`release.apply_group_programs` passes
them by), and the release's day dates them only when their sentence ties them to it ("today", "also", "concurrently",
"in coordination with", "is sanctioning"). Without such a word the text does not say the action is today's:
`current: false`, dated only by a year or month the sentence gives ("... in 2025", "since 2023").
"""
from __future__ import annotations

import re

from ..nlp.gazetteers import Gazetteers
from ..records import Relation
from .authority import default_authority, same_body
from .common import ref
from .context import DocContext

#: Words tying another government's action to the release's own: today's action, or one done alongside it.
CONCURRENT = re.compile(
    r"\btoday(?:'s|’s)?\b|\balso\b|\bconcurrent(?:ly)?\b|\bsimultaneous(?:ly)?\b|\bjointly\b|\balongside\b"
    r"|\bas well\b|\bjoin(?:s|ed|ing)?\b|\bsame day\b|\bin (?:coordination|conjunction|tandem|concert|partnership) with\b"
    r"|\b(?:is|are)\s+(?:also\s+)?(?:sanctioning|designating|imposing|listing|announcing|taking)\b", re.I)


def foreign_body(gaz: Gazetteers, name: str) -> bool:
    """`name` is another government's body: a gazetteer authority of a country other than the United States."""
    record = gaz.authorities.get(name) or gaz.authority(name)
    return record is not None and record.country not in {None, "", "United States"}


def other_government(ctx: DocContext, name: str) -> bool:
    """`name` is another government's body (`foreign_body`) and not the one announcing the document: in the European
    Union's own release ("The EU today listed X ... Y was sanctioned as well") its actions and program are the
    release's."""
    if not foreign_body(ctx.gaz, name):
        return False
    own = default_authority(ctx)
    return own is None or not any(same_body(ctx, name, n) for n in {own.name, own.authority or "", ref(own).name} if n)


def settle_foreign_dates(ctx: DocContext, relations: list[Relation]) -> None:
    """Another government's designation (`other_government`) read as today's (no earlier marker, no date of its own)
    stays today's, dated the release's day, only when one of its sentences ties it to the release (`CONCURRENT`);
    else it is an earlier or undated action: `current: false`, with the one date its sentence gives if any
    (`own_date`). In place."""
    for rel in relations:
        if rel.relation != "designated_by" or not rel.current or not other_government(ctx, rel.object.name):
            continue
        if not any(CONCURRENT.search(e.sentence) for e in rel.evidence):
            rel.current, rel.date = False, own_date(rel.evidence[0].sentence)


#: A month and year or a year in a sentence ("in February 2024", "since 2023"), not a law's or resolution's number.
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
YEAR = re.compile(rf"(?<!Act of )(?<!Resolution )(?<!No\. )\b(?:(?:{MONTHS})\s+(?:\d{{1,2}},\s+)?)?(?:19|20)\d\d\b")


def own_date(sentence: str) -> str | None:
    """The one date an earlier action's sentence gives, as written ("The EU listed X in February 2024":
    "February 2024"), for `resolve/dates` to read; None when it gives none or several."""
    found = {m.group(0) for m in YEAR.finditer(sentence)}
    return found.pop() if len(found) == 1 else None
