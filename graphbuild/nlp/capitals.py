"""A capital that acts is its government (issue 13, S, twenty-third session).

News stories name a sanctioning government by its seat: "Ottawa's measures, taken under the Special Economic Measures
Act, name four targets:", "London imposed sanctions on X", "... were sanctioned by Canberra". Read as a place, such a
capital left its sentence without an actor, and the list it introduces went to the story's U.S. body. The capital is
the government only where the sentence makes it act: the subject of a verb, the agent after "by", or the possessor of
a measure ("Ottawa's measures", "London's list"). A dateline ("OTTAWA, Feb 19", "Ottawa/Sydney -"), a place ("a
London-based broker", "talks in Tokyo") and any other use stay places. The capitals are data
(`ontology/gazetteers/authorities.yaml`, `capital:`), never aliases: an alias would be matched everywhere.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .gazetteers import Authority, Gazetteers

#: Nouns of a government's action that its possessor performs ("Ottawa's measures", "London's list").
ACTION_NOUNS = frozenset({
    "measure", "measures", "sanction", "sanctions", "list", "lists", "listing", "listings", "designation",
    "designations", "action", "actions", "decision", "move", "package", "penalties", "restrictions", "announcement",
})
#: Marks that end a dateline's place ("OTTAWA, Feb 19", "OTTAWA/SYDNEY", "OTTAWA (Wire)").
DATELINE_MARKS = frozenset({",", "/", "(", "-", "—", "–"})


def capital_government(span: Span, gaz: Gazetteers) -> Authority | None:
    """The government whose capital `span` names, when the sentence makes the capital act (module doc), else None."""
    canonical = gaz.authority_by_capital.get(span.text)
    if canonical is None or len(span) != 1:
        return None
    tok = span[0]
    if _dateline(tok):
        return None
    return gaz.authorities.get(canonical) if _acts(tok) else None


def _acts(tok: Token) -> bool:
    """The capital is a verb's subject, the agent after "by", or the possessor of an action noun."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return tok.head.pos_ in {"VERB", "AUX"} and tok.head.lower_ not in {"is", "are", "was", "were", "be"}
    if tok.dep_ == "pobj":
        return tok.head.lower_ == "by" and tok.head.dep_ == "agent"
    if tok.dep_ == "poss":
        return tok.head.lower_ in ACTION_NOUNS
    return False


def _dateline(tok: Token) -> bool:
    """The capital opens a line and a dateline's mark follows it."""
    doc = tok.doc
    starts_line = tok.i == 0 or "\n" in doc[tok.i - 1].whitespace_ or "\n" in doc[tok.i - 1].text
    return starts_line and tok.i + 1 < len(doc) and doc[tok.i + 1].text in DATELINE_MARKS
