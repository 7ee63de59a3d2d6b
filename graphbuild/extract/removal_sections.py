"""Parts of a release that remove names from a list, read from its structure (issue 13, twenty-eighth session, DL).

A release may delist only ("Treasury Removes Sanctions on ...") or delist and designate at once ("Treasury Removes
Four ... from the SDN List; Designates ..."), with a heading per part ("Individuals Removed", "New Designation"). The
bold-name rule (`release._bold_names`) reads a bold name as a designee of the release's action; under a removal
heading, or anywhere in a release whose headline only removes, the bold names are the removed persons and the banks,
firms and new managers their story names, not designees. Which part a name stands in is what tells them apart, not
its words: a heading or headline is a removal when one of its clauses has a removing verb and no clause designates
("Removals", "Delisting Process"; not "Designations and Removals").
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span

from ..nlp.doc_text import text_now
from .action_sentences import UNDOING_STEMS
from .context import DocContext

#: A word that removes from a list: "Removes", "Removals", "Delisting", "Lifts", "Unblocked", "Revokes".
REMOVING = re.compile(rf"\b(?:{UNDOING_STEMS})\w*", re.I)
#: A word that designates in a title: "Designates", "Sanctions", "Targets", "Imposes", "Blacklists", "Blocks".
DESIGNATING = re.compile(r"\b(?:(?:re)?designat\w*|sanction\w*|target\w*|impos\w*|blacklist\w*|block(?:s|ing)?\b)", re.I)
#: Where one clause of a title ends: "Removes X from the SDN List; Designates Y", "Lifts ..., Sanctions ...".
CLAUSE_BREAKS = re.compile(r"[;,:\u2013\u2014|]|\band\b|\s-\s", re.I)


def removes_only(title: str) -> bool:
    """A title one of whose clauses removes and none of which designates before a removing word in it ("Treasury
    Removes Sanctions on X": the sanctions are what is removed; "Treasury Sanctions X and Removes Y" designates)."""
    removes = False
    for clause in CLAUSE_BREAKS.split(title):
        undo = REMOVING.search(clause)
        desig = DESIGNATING.search(clause)
        if desig is not None and (undo is None or desig.start() < undo.start()):
            return False
        removes = removes or undo is not None
    return removes


def _headline(ctx: DocContext) -> tuple[int, str]:
    """The release's first line and its start when it reads as a title (the headline a build keeps as the text's
    first line; no full stop, at most 25 words), else an empty title: a lead paragraph's "OFAC removed X" is a
    sentence of the release, not what the whole release does."""
    text = text_now(ctx.doc)
    start = len(text) - len(text.lstrip())
    line = text[start:].split("\n", 1)[0].strip()
    if not line or line.endswith((".", ":", '"', "\u201d")) or len(line.split()) > 25:
        return start, ""
    return start, line


def in_removal_part(ctx: DocContext, sent: Span) -> bool:
    """The sentence stands under a heading that removes ("Individuals Removed", "Removals"), or, under no heading of its
    own but the headline, in a release whose headline only removes; also anywhere in a release whose headline only
    removes (its other headings tell the removed persons' story: "Background on the 2022 Designation")."""
    head_start, title = _headline(ctx)
    if removes_only(title):
        return True
    starts = sorted(s for s, _ in ctx.headings)
    k = bisect_right(starts, sent.start_char) - 1
    if k < 0 or starts[k] <= head_start:
        return False  # under the headline alone: the release designates (tested above)
    end = next(e for s, e in sorted(ctx.headings) if s == starts[k])
    return removes_only(text_now(ctx.doc)[starts[k]:end])


__all__ = ["in_removal_part", "removes_only"]
