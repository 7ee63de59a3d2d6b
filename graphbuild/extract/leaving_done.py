"""Whether a verb of leaving a post tells a leaving done for good, one test for both readers of leavings.

"X resigned as chairman of Y" ends the post; "X would / may resign as chairman of Y", "X is expected to step down as
chairman of Y" (a hypothetical, a plan), "X temporarily stepped down as chairman" (a pause) and "X resigned as chairman
in 2019 and was reappointed in 2021" (a coming back) end nothing: X holds the post. `titles_words.post_left` reads the
leaving's own sentence with it and `roles_left_later` a later sentence's (review of F (RF) and P, twenty-fourth
session), so the word lists live here, once.
"""
from __future__ import annotations

from spacy.tokens import Token

#: Lemmas (and words) of coming back to a post: a leaving followed by one of these ended nothing for good.
RETURN_WORDS = frozenset({"reappoint", "re-appoint", "reelect", "re-elect", "return", "reinstate", "resume", "regain",
                          "reclaim", "rejoin", "again"})
#: Word starts of the same verbs, whose lemma the model may miss ("reappointed" -> "reappointe").
RETURN_STARTS = ("reappoint", "re-appoint", "reelect", "re-elect", "reinstat")
#: Adverbs that make a leaving a pause: "temporarily stepped down as chairman".
PAUSE_ADVERBS = frozenset({"temporarily", "briefly"})
#: Modals after which "would" still tells a past leaving: "X, who would later resign as chairman".
LATER_ADVERBS = frozenset({"later", "eventually", "subsequently"})
#: Verbs whose open complement of leaving is a plan, not a leaving: "is expected to step down as chairman".
PENDING_VERBS = frozenset({"expect", "plan", "intend", "threaten", "offer", "want", "hope", "schedule", "consider"})


def done_for_good(verb: Token) -> bool:
    """The leaving verb is told as done and not undone: no modal but "would later", not the complement of a plan
    ("is expected to resign"), no "temporarily", and no verb of coming back coordinated after it ("resigned ... and
    was reappointed in 2021")."""
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if adverbs & PAUSE_ADVERBS:
        return False
    for aux in (c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"):
        if aux.lower_ not in {"would", "'d"} or not adverbs & LATER_ADVERBS:
            return False
    if pending(verb):
        return False
    return not any(c.dep_ == "conj" and c.i > verb.i and returning(c) for c in verb.children)


def pending(verb: Token) -> bool:
    """The leaving verb is the open complement of a plan: "X plans / intends / is expected to resign as chairman"."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PENDING_VERBS


def returning(verb: Token) -> bool:
    """A verb of coming back to a post ("was reappointed", "returned to the post", "became chairman again")."""
    return verb.lemma_.lower() in RETURN_WORDS or verb.lower_.startswith(RETURN_STARTS) \
        or any(c.lower_ in RETURN_WORDS for c in verb.children if c.dep_ == "advmod")
