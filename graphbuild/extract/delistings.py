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

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import span_text
from ..records import EntityRef, Relation
from .action_sentences import DELISTING
from .acting_subject import acting_subjects
from .announcing import release_or_section_authority
from .authority import verb_actor
from .named_bodies import authorities_in, most_specific
from .common import headline, ref, relation
from .context import DocContext, context_of
from .denied_names import denied_name
from .designations import action_details
from .list_items import list_items
from .release import sections
from .removals import LICENSE_WORDS, LISTING_WORDS, removal_intro, removed_names

NAME = "delistings.v1"
#: Confidence of a delisting read from the delisting verb itself.
CONFIDENCE = 0.9


def _authority(ctx: DocContext, verb: Token, sent: Span) -> Cluster | EntityRef | None:
    """Who removed the name: the verb's subject ("OFAC removed", "The European Union lifted"; "The United States
    lifted" with no U.S. body named: its government, as for a designation), its agent ("was delisted by the Department
    of State"), else the release's (or its section's) body."""
    actor = verb_actor(ctx, verb, sent)
    if actor.body is not None:
        return actor.body
    if actor.elsewhere or any(s.pos_ != "PRON" for s in acting_subjects(verb)):
        return None  # "The Kandari government lifted sanctions on Y": a body not known, not the release's (M32)
    agents = [c for c in verb.children if c.dep_ == "agent"]
    for agent in agents:
        named = authorities_in(ctx, agent.left_edge.i, agent.right_edge.i + 1)
        if named:
            return most_specific(ctx, named)
    return release_or_section_authority(ctx, sent)


def extract_delistings(doc: Doc) -> Iterator[Relation]:
    """One `delisted_by` per name a made removal acts on, per removing body."""
    ctx = context_of(doc)
    yield from _removal_lists(ctx)
    for sent in ctx.sentences:
        text = span_text(sent)
        if not DELISTING.search(text) or not LISTING_WORDS.search(text) or LICENSE_WORDS.search(text) or headline(sent):
            continue  # a title ("Treasury Removes Two Firms from SDN List") names no one removed
        removals: dict[int, tuple[Cluster | EntityRef, str | None] | None] = {}  # per removing verb, once
        for m, cluster, verb in removed_names(ctx, sent):
            if denied_name(sent.doc, m.start):
                continue  # "removed A and B from the SDN List, but not C" (M44)
            if verb.i not in removals:
                removals[verb.i] = _removal(ctx, verb, sent)
            removal = removals[verb.i]
            if removal is not None:
                authority, date = removal
                yield relation("delisted_by", ref(cluster), _object(authority), sent, NAME, CONFIDENCE,
                               date=date or ctx.date, current=True)


def _removal(ctx: DocContext, verb: Token, sent: Span) -> tuple[Cluster | EntityRef, str | None] | None:
    """The body a removing verb's removal is by and its date, or None when no body of the release removed: the same
    for every name the verb removes, so asked once per verb."""
    authority = _authority(ctx, verb, sent)
    if authority is None:
        return None
    _, _, date, _ = action_details(ctx, sent, sent.start, sent.end, verb)
    return authority, date


def _object(authority: Cluster | EntityRef) -> EntityRef:
    """A relation's own reference to the removing body (the resolvers set a reference's fields in place)."""
    return ref(authority) if isinstance(authority, Cluster) else replace(authority)


def _removal_lists(ctx: DocContext) -> Iterator[Relation]:
    """The items of a list a removal intro opens ("OFAC removed the following from the SDN List:" and a line per
    entry, the layout of OFAC's own removal notices): each is delisted by the intro's body, dated as the intro
    (F3 item 5, mended by M35; the sentence reader sees no removing verb in an item's own line)."""
    for k, sent in enumerate(ctx.sentences):
        text = span_text(sent)
        if not text.rstrip().endswith(":") or not DELISTING.search(text):  # `removal_intro`'s own first test, before the regex
            continue
        verb = removal_intro(ctx, sent)
        if verb is None or LICENSE_WORDS.search(text) or headline(sent):
            continue
        removal = _removal(ctx, verb, sent)
        if removal is None:
            continue
        authority, date = removal
        obj = _object(authority)
        section_of = sections(ctx)  # computed once per document (`DocContext.section_of`)
        for item, _, cluster in list_items(ctx, k, section_of[k], section_of):
            yield relation("delisted_by", ref(cluster), obj, item, NAME, CONFIDENCE, date=date or ctx.date, current=True)


__all__ = ["NAME", "extract_delistings"]
