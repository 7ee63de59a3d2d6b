"""The sentences before a sentence that state a designation action, nearest first.

Three rules look back for such a sentence: an action "at the same time" as one dated before it
(`designations._date_before`), "The officials are:" naming again a group counted before (`release._restated_intro`),
and "The first, X," naming a member of a group announced before (`referred_designees`). Each wrote its own regex and
loop (review V2, finding 7); the window stays each rule's own. Not in `designation_windows`, which imports `release`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp.doc_text import span_text
from .context import DocContext

#: A designation action named in a sentence: "designated", "sanctions", "blacklisted", "listed".
ACTION_WORDS = re.compile(r"\b(?:(?:re)?designat\w*|sanction\w*|blacklist\w*|listed\b)", re.I)
#: An action announced with the measures as its subject too: "The measures also cover two shipping firms"; and
#: "imposed an asset freeze on three firms" (the reader asks `designation_verbs.imposed_measure` of an "impose"). Not
#: "penalties": "imposed civil penalties on three firms" is an enforcement action, no designation (review V6, M13).
ANNOUNCING_WORDS = re.compile(ACTION_WORDS.pattern + r"|\b(?:measures|impos(?:e|ed|es|ing))\b", re.I)
#: Stems of the verbs that undo a designation: "removed", "delisted", "lifted", "unblocked", "rescinded", "revoked".
UNDOING_STEMS = r"remov|delist|lift|unblock|rescind|revok"
#: Words of an action that undoes a designation: a sentence of a delisting designates nobody.
DELISTING = re.compile(rf"\b(?:{UNDOING_STEMS}|terminat)\w*\b", re.I)
#: The same but "terminated", for a sentence that may state a group statement (release.group_statements): there it
#: ends a program or a contract as often as a listing ("the President terminated the Y program and OFAC designated").
UNDOING_WORDS = re.compile(rf"\b(?:{UNDOING_STEMS})\w*", re.I)


def action_sentences_before(ctx: DocContext, index: int, back: int, words: re.Pattern[str] = ACTION_WORDS) -> Iterator[Span]:
    """Up to `back` sentences before sentence `index`, nearest first, that hold one of `words`."""
    for before in reversed(ctx.sentences[max(0, index - back):index]):
        if words.search(span_text(before)):
            yield before


def undone(sent: Span, start: int, end: int) -> bool:
    """The name at tokens start..end is what a delisting verb acts on: the first verb above it undoes a designation
    ("OFAC removed X and Y from the SDN List", "X was delisted", "Washington lifted sanctions on X"), so its
    sentence's blocking or designation words say it is no longer designated. Not a name whose own clause designates
    ("lifted sanctions on Y and designated X": X's first verb is "designated")."""
    return undoing_verb(sent, start, end) is not None


def undoing_verb(sent: Span, start: int, end: int, over_participles: bool = False) -> Token | None:
    """The delisting verb `undone` finds above the name at tokens start..end (the first verb up its head chain, when
    it is one of `DELISTING`), for the reader that states the removal (extract/delistings.py). With
    `over_participles`, the walk steps over a participle describing what is removed (acl / VBN: "removed sanctions
    imposed on X", "lifted the designation made against X") to the verb above it; such a participle counts as the
    removing verb only when it is the first verb (`removals.undone_names`)."""
    tok = sent.doc[start:end].root
    first = True
    for _ in range(12):
        if tok.head.i == tok.i or not sent.start <= tok.head.i < sent.end:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            participle = over_participles and tok.dep_ == "acl" and tok.tag_ == "VBN"
            if (first or not participle) and DELISTING.fullmatch(tok.text):
                return tok
            if not participle:
                return None
            first = False
    return None
