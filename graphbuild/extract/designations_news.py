"""Designation branches that read news stories' own phrasings (issue 13, D17; review V5, M8).

Wire stories state designations in shapes a release does not use: "A and B were among the individuals sanctioned",
"C was also on the Treasury list", "X, a director of the firm, was also hit.", "Y was named as well." Each reading
gives the names, the bodies, the tokens that state the action (for its date) and the confidence, for
`designations._sentence_designations` to emit; "X is listed as the owner of Y" and "Among those targeted by <no
body>" are the shapes that look like one and are not.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .named_bodies import authorities_in, sanctioning_in
from .context import DocContext
from .designation_windows import names_beside, negated
from .referred_designees import names_a_referred_target

#: Participles that put a group among those acted on ("the individuals sanctioned", "those designated today").
ACTED_ON = {"listed", "designated", "sanctioned", "targeted", "blacklisted"}


class NewsReading(NamedTuple):
    """What one news-story branch read: targets, bodies ([] for the sentence rules' fallback), the action's tokens
    start..end, the confidence, and the word that states the action when it is not the trigger (for its date)."""
    targets: list[tuple[Mention, Cluster]]
    authorities: list[Cluster]
    start: int
    end: int
    confidence: float
    stated_by: Token | None


def acted_on_by_other(ctx: DocContext, among: Token) -> bool:
    """"Among those targeted by Kestrel was X" (a spyware's victims): the participle's agent is no body at all, so
    "targeted" is no designation. An agent that is a body ("by the EU", "by the Treasury") keeps the reading; so does
    no agent. Issue 13, D17."""
    by = next((t for t in among.subtree if t.lower_ == "by" and t.head.lower_ in ACTED_ON), None)
    return by is not None and not authorities_in(ctx, by.i, by.right_edge.i + 1)


def listed_in_a_post(doc: Doc, tok: Token) -> bool:
    """"is listed as the owner of Y", "was listed as a shareholder of Z", "is listed as Y's owner": a company register
    names X in a post; no sanctions list (not "listed as a Specially Designated Global Terrorist", nor "listed as a
    terrorist group" or "as a foreign terrorist organization financier": a sanctions word before the post's "of" keeps
    the listing; issue 13, M11)."""
    j = tok.i + 1
    if j < len(doc) and doc[j].lower_ != "as":  # "is listed in corporate filings as a shareholder of Y": the "as" of "listed"
        j = next((c.i for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i - tok.i <= 8
                  and not _names_the_lister(doc[tok.i + 1:c.i])), j)
    if j + 2 >= len(doc) or doc[j].lower_ != "as":
        return False
    words = [t for t in doc[j + 1:min(len(doc), j + 6)] if t.lower_ not in {"the", "a", "an", "its", "his", "her", "their"}]
    while words and (words[0].tag_ in {"NNP", "NNPS"} and len(words) > 1 and words[1].tag_ == "POS" or words[0].tag_ == "POS"):
        words = words[1:]  # "as Bahia Dorada's owner"
    post = words[:next((k for k, t in enumerate(words) if t.pos_ == "ADP"), len(words))]
    if any(t.is_lower and t.lower_ in SANCTIONS_LIST_WORDS for t in post):
        return False
    return bool(words) and words[0].is_lower and words[0].tag_ in {"NN", "NNS", "JJ"}


def _names_the_lister(between: Span) -> bool:
    """The words between "listed" and its "as" name who lists or on which list ("by the Department of State", "on the
    SDN List", "under E.O. 13224"): a sanctions listing, not a register's filings (RD)."""
    return any(t.lower_ == "by" or t.pos_ == "PROPN" for t in between)


def membership_reading(ctx: DocContext, sent: Span, be: Token) -> NewsReading | None:
    """"A and B were among the individuals sanctioned (by B)", "C was also on the Treasury list": the subject and the
    names set beside it, at 0.7, by the phrase's bodies (else the fallback), dated by the participle."""
    if negated(be) or (among := _membership(ctx, be)) is None:
        return None
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    targets = names_beside(ctx, sent, subject) if subject is not None else []
    bodies, participle = among
    if participle is None:
        return NewsReading(targets, bodies, be.i, be.i + 1, 0.7, None)
    return NewsReading(targets, bodies, participle.i, participle.right_edge.i + 1, 0.7, participle)  # "... in 2014": its date


def _membership(ctx: DocContext, be: Token) -> tuple[list[Cluster], Token | None] | None:
    """The bodies of "X and Y were among the individuals sanctioned (by B)" / "X and Y were also on the Treasury list",
    with the participle that states the action (its date is the action's: "among the officials sanctioned by the EU in
    2014"): a "be" whose complement puts its subject in the group acted on or on a sanctioning body's list; [] when the
    phrase names no body, None when "be" says neither. Issue 13, D17 (one news story each in the readable sets, t3_06
    and t14_04; the phrasings D14 left).

    Review V5 (finding 2): the participle must describe the "among" object itself ("the individuals sanctioned", "the
    sanctioned firms"), not a noun deeper in the phrase ("among the lawyers who challenged the sanctioned companies");
    the list must be a sanctions list (no other common noun on it: not "the Treasury guest list")."""
    for prep in (c for c in be.children if c.dep_ == "prep" and c.i > be.i):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "among" and objects and not acted_on_by_other(ctx, prep):
            participle = next((c for c in objects[0].children if c.dep_ in {"acl", "amod"} and c.lower_ in ACTED_ON), None)
            if participle is not None:
                return authorities_in(ctx, participle.left_edge.i, participle.right_edge.i + 1), participle
        if prep.lower_ == "on" and objects and objects[0].lower_ == "list" and _sanctions_list(objects[0]):
            bodies = sanctioning_in(ctx, objects[0].left_edge.i, objects[0].i)
            if bodies:
                return bodies, None
    return None


#: Lower-case words a sanctions list may carry before "list" ("the sanctions list", "the Treasury's SDN list").
SANCTIONS_LIST_WORDS = frozenset({"sanctions", "sanction", "sanctioned", "sdn", "designated", "designation", "designations",
                                  "blacklist", "terrorist", "terrorism", "nationals", "blocked", "specially", "consolidated"})


def _sanctions_list(noun: Token) -> bool:
    """"the Treasury list", "the State Department's sanctions list": no common noun before "list" but a sanctions word
    ("the Treasury guest list", "the shortlist of bidders" are no sanctions lists)."""
    return all(not (t.is_lower and t.pos_ in {"NOUN", "ADJ"}) or t.lower_ in SANCTIONS_LIST_WORDS
               for t in noun.doc[noun.left_edge.i:noun.i])


def bare_passive_reading(ctx: DocContext, sent: Span, tok: Token, previous: list[Relation]) -> NewsReading | None:
    """"X, ..., was also named." after a designation: the passive's subject and the names beside it, at 0.7, by the
    sentence rules' fallback body."""
    if not _bare_passive(tok) or not (previous or names_a_referred_target(ctx, ctx.sentence_index(sent.start) - 1)):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    targets = names_beside(ctx, sent, subject) if subject is not None else []
    return NewsReading(targets, [], tok.i, tok.i + 1, 0.7, None)


#: What a bare passive "named" / "hit" may carry: its subject, "was", "also" / "too" / "as well", punctuation.
BARE_PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass", "advmod", "punct"})


def _bare_passive(tok: Token) -> bool:
    """"X, ..., was also named.", "Y was named as well.", "His daughter, Z, was also hit.": in a news story a passive
    "named" or "hit" with nothing but "also" / "too" / "as well" after a designation names one more designee. Not
    "was named chairman", "was named in the report", "was hit by shelling" (a complement, an object or an agent), nor a
    bare "was named." with no word of addition. Seen in three readable stories (issue 13, D17). `bare_passive_reading`
    asks for a designation read from the sentence before (or a target it names that an earlier action announced: "The
    third, X, ..."), which "also" adds to (review V5, finding 3: "Shelling struck a hospital. A doctor, X, was also
    hit.", "The jury gave its prize to Y. Z was named as well.")."""
    children = list(tok.children)
    return tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in children) and all(c.dep_ in BARE_PASSIVE_DEPS for c in children) \
        and any(c.dep_ == "advmod" and c.lower_ in {"also", "too", "well"} for c in children) and not negated(tok)
