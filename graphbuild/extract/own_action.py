"""The action a release of another government states in its own voice: "The Council today adopted restrictive measures
against six individuals", "Today I am announcing targeted financial sanctions and travel bans on four individuals".

Such a release (no U.S. body issues it) names its own action with a verb that is no designation verb ("adopt",
"announce", "impose" a measure), so `announcing.default_authority` saw only the designation verbs of other
governments' actions it recalls ("The Council recalls that the United Kingdom listed X in July", "The United States
Treasury designated X in September") and gave the release's whole list to that government. The release's own
statement decides: its subject's body (a body the subject names, or the body the release's header names for "The
Council" or "I"), or no body at all when the release does not name it. Twenty-fifth session, SB (unread_af).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import doc_text
from .authority import subject_authority
from .common import headline
from .context import DocContext
from .home_country import names_home_country
from .named_bodies import is_home_body
from .release_header import header_lines

#: Verbs whose object is the release's own measure ("adopted restrictive measures against", "announcing sanctions on").
OWN_VERBS = {"adopt", "announce", "impose"}
#: Head nouns of such a measure, by lemma.
MEASURE_NOUNS = {"sanction", "measure", "ban", "freeze"}
FIRST_PERSON = {"i", "we"}
#: Sentences read from the start of the body: the release states its action in its opening paragraphs.
OPENING_SENTENCES = 4


@dataclass(frozen=True)
class OwnAction:
    """The release's own statement of its action."""

    sentence: Span
    #: The body that acts, None when the release does not name it ("Today I am announcing ..." under a minister's name).
    body: Cluster | None


def own_action(ctx: DocContext) -> OwnAction | None:
    """The release's statement of its own action of today, when another government's body (or its minister, in the
    first person) makes it; None when a U.S. body or the home country acts, or no such statement opens the release."""
    read = 0
    for sent in ctx.sentences:
        if headline(sent):
            continue
        read += 1
        if read > OPENING_SENTENCES:
            return None
        if not any(t.lower_ == "today" for t in sent):
            continue
        for tok in sent:
            if tok.lemma_.lower() in OWN_VERBS and tok.pos_ in {"VERB", "AUX"} and _measure_on(tok):
                return _stated_by(ctx, tok, sent)
    return None


def _measure_on(verb: Token) -> bool:
    """The verb's object is a measure put on someone ("restrictive measures against", "sanctions and travel bans on")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        heads = [obj] + [c for c in obj.subtree if c.dep_ == "conj" and c.head.i == obj.i]
        if any(h.lemma_.lower() in MEASURE_NOUNS for h in heads):
            preps = [c for c in verb.children if c.dep_ == "prep"] + [c for h in heads for c in h.children if c.dep_ == "prep"]
            return any(p.lower_ in {"on", "against"} for p in preps)
    return False


def _stated_by(ctx: DocContext, verb: Token, sent: Span) -> OwnAction | None:
    """Who states the action: a U.S. body or the home country (None: not this reading); another body the subject
    names; the header's body for "I", "we" or a bare "The Council"; else no body. "We have decided to impose sanctions
    on ...": the subject of the verb whose complement the measure's verb is (rsb, twenty-fifth session)."""
    actor = _subject_verb(verb)
    subject = next((c for c in actor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or names_home_country(subject, set()):
        return None
    named, _ = subject_authority(ctx, actor, sent)
    if named is not None:
        return None if is_home_body(ctx, named) else OwnAction(sent, named)
    if subject.lower_ in FIRST_PERSON or subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and subject.i == subject.left_edge.i + 1:
        header = header_body(ctx)
        if subject.lower_ in FIRST_PERSON or header is not None and subject.lower_ in header.name.lower().split():
            return OwnAction(sent, header)
    return None


def _subject_verb(verb: Token) -> Token:
    """The verb whose subject states the action: `verb` itself, or the verb it completes when it has no subject of
    its own ("we have decided to impose", "the Council agreed to adopt")."""
    while verb.dep_ == "xcomp" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    return verb


def header_body(ctx: DocContext) -> Cluster | None:
    """The body another government's release names on a header line of its own ("Council of the European Union —
    Press release", "Council of the EU"), when it is a sanctioning body of the gazetteers other than a U.S. one."""
    for line in header_lines(doc_text(ctx.doc))[0]:
        for part in line.replace("\u2014", "|").replace("\u2013", "|").split("|"):
            record = ctx.gaz.authority(part.strip(" *_"))
            if record is not None and record.sanctioning and record.country != "United States":
                return next((c for c in ctx.resolver.clusters if c.authority == record.name), None)
    return None
