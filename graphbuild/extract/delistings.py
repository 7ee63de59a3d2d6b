"""delistings.v1: target – delisted by – authority, with the date of the removal (L7, sixteenth session).

"OFAC removed X and Y from the SDN List" designates nobody (`action_sentences.undone`, which the designation rules
already use to pass such names by; its `undoing_verb` is read here), but until now it stated nothing either: an
earlier release's designation of X stayed current in the graph while the latest release says X is off the list.
This extractor states the removal as its own relation, `delisted_by` (target -> the body that removed it), dated
with the release's day or the date the sentence gives; the store then ends the same body's earlier designations
(`rdf/delistings.py`).

A removal only when one was made: not "did not remove", "may be removed", "will be delisted if ...", "petitioned
for removal", "seeks delisting", "asked OFAC to remove" (`designation_mood.unrealised`, `designation_windows.negated`),
nor a general license that authorizes transactions (no delisting verb, and such a sentence is passed over).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import span_text
from ..nlp.mentions import Mention
from ..records import EntityRef, Relation
from .action_sentences import DELISTING, UNDOING_WORDS, undoing_verb
from .authority import authorities_in, home_country_subject, home_government, most_specific, release_or_section_authority, subject_authority
from .common import headline, implied_ref, ref, relation
from .context import DocContext, context_of
from .designation_mood import unrealised
from .designation_windows import negated
from .designations import action_details
from .targets import NOT_DESIGNEE_TYPES

NAME = "delistings.v1"
#: A sentence about a sanctions listing: a removal "from office" or "from the board" is no delisting.
LISTING_WORDS = re.compile(r"\b(?:sanction\w*|designat\w*|SDN|list\w*|delist\w*|unblock\w*|blocked)\b", re.I)
#: A general license or an authorization lets dealings go on; it removes nobody from a list.
LICENSE_WORDS = re.compile(r"\bgeneral licen[cs]e|\bauthoriz\w*|\blicens\w*", re.I)
#: How a name may hang below the removing verb: as its object or passive subject, a conjunct of one, or the object of
#: "sanctions on" / "from"; not a name in a description ("the former chairman of Y", "a Y-based firm", "who ...").
DESCRIBING = frozenset({"appos", "acl", "relcl", "amod", "poss", "npadvmod", "compound", "nmod", "advcl", "attr"})
ARGUMENT_PREPOSITIONS = frozenset({"on", "against", "from"})
#: Confidence of a delisting read from the delisting verb itself.
CONFIDENCE = 0.9


def _argument(sent: Span, start: int, end: int, verb: Token) -> bool:
    """The name at tokens start..end is what the verb removes, not a name describing it (a body in an apposition,
    a place in "a Y-based firm", a post's organization), up the head chain from the name to the verb."""
    tok = sent.doc[start:end].root
    while tok.i != verb.i:
        if tok.dep_ in DESCRIBING or tok.dep_ == "prep" and tok.lower_ not in ARGUMENT_PREPOSITIONS:
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _made(verb: Token) -> bool:
    """The removal was made: not negated, not a possibility, a condition or an intention ("petitioned to be removed")."""
    if negated(verb) or unrealised(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "will remove ... at a future date": announced, not made
    tok = verb
    for _ in range(3):  # "X petitioned OFAC to be removed", "asked to be delisted"; a gerund under "seeks"
        if tok.dep_ not in {"xcomp", "ccomp", "pcomp", "advcl", "pobj"} or tok.head.i == tok.i:
            return True
        tok = tok.head
        if tok.lemma_.lower() in {"petition", "apply", "ask", "request", "seek", "challenge", "sue", "appeal", "lobby"}:
            return False
    return True


def _authority(ctx: DocContext, verb: Token, sent: Span) -> Cluster | EntityRef | None:
    """Who removed the name: the verb's subject ("OFAC removed", "The European Union lifted"; "The United States
    lifted" with no U.S. body named: its government, as for a designation), its agent ("was delisted by the Department
    of State"), else the release's (or its section's) body."""
    found, _ = subject_authority(ctx, verb, sent)
    if found is not None:
        return found
    if home_country_subject(verb):
        return implied_ref(ctx, home_government(ctx))
    agents = [c for c in verb.children if c.dep_ == "agent"]
    for agent in agents:
        named = authorities_in(ctx, agent.left_edge.i, agent.right_edge.i + 1)
        if named:
            return most_specific(ctx, named)
    return release_or_section_authority(ctx, sent)


def _names(ctx: DocContext, sent: Span) -> Iterator[tuple[Mention, Cluster]]:
    """The people, organizations and vessels the sentence names, once each (not an authority, a place, a program).
    Wider than `targets.candidates`, whose filters are for a designation's window ("sanctions on X" is a topic there)."""
    seen: set[int] = set()
    for m in ctx.mentions_in(sent.start, sent.end):
        cluster = ctx.entity(m)
        if m.alias_of is not None or cluster is None or cluster.authority or cluster.type in NOT_DESIGNEE_TYPES \
                or cluster.index in seen:
            continue
        seen.add(cluster.index)
        yield m, cluster


def extract_delistings(doc: Doc) -> Iterator[Relation]:
    """One `delisted_by` per name a made removal acts on, per removing body."""
    ctx = context_of(doc)
    for sent in ctx.sentences:
        text = span_text(sent)
        if not DELISTING.search(text) or not LISTING_WORDS.search(text) or LICENSE_WORDS.search(text) or headline(sent):
            continue  # a title ("Treasury Removes Two Firms from SDN List") names no one removed
        for m, cluster in _names(ctx, sent):
            verb = undoing_verb(sent, m.start, m.end)  # the designation rules' own test (`undone`)
            if verb is None or not UNDOING_WORDS.fullmatch(verb.text) or not _argument(sent, m.start, m.end, verb) \
                    or not _made(verb):  # not "terminated" (a contract, a program, as often as a listing)
                continue
            authority = _authority(ctx, verb, sent)
            if authority is None:
                continue
            _, _, date, _ = action_details(ctx, sent, sent.start, sent.end, verb)
            obj = ref(authority) if isinstance(authority, Cluster) else authority
            yield relation("delisted_by", ref(cluster), obj, sent, NAME, CONFIDENCE, date=date or ctx.date,
                           current=True)


__all__ = ["NAME", "extract_delistings"]
