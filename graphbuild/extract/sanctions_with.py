"""A verb whose action is told by "with sanctions on Y" (issue 13, R of the twenty-third session).

"New Zealand sanctioned X, and the United States followed with sanctions on Y", "Washington responded with sanctions
on Y": the noun phrase is the action, and its subject's body designates Y. No designation verb governs Y, so the
active branch never saw it (the follower's own action was only kept from taking X: X1's `own_action`).
"""
from __future__ import annotations

from spacy.tokens import Token

#: Prepositions after "sanctions" that open its targets.
TARGET_PREPOSITIONS = frozenset({"on", "against"})
#: Verbs whose "with sanctions" is a threat or a demand, not an action taken ("threatened Y with sanctions on Z").
THREAT_LEMMAS = frozenset({"threaten", "warn", "urge", "press", "pressure", "call"})


def with_sanctions(noun: Token) -> tuple[Token, Token] | None:
    """(verb, preposition) of "<verb> with sanctions on Y": the plural noun under "with", hung on an active verb
    with a subject, and the "on" / "against" that opens its targets; None for any other "sanctions"."""
    if noun.lower_ != "sanctions" or noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.head.dep_ != "prep":
        return None
    verb = _acting_verb(noun.head)
    if verb.pos_ != "VERB" or verb.lemma_.lower() in THREAT_LEMMAS or not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # a passive ("was hit with sanctions on ...") or a noun's "with": not this shape
    on = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS), None)
    return (verb, on) if on is not None else None


def _acting_verb(with_: Token) -> Token:
    """The verb "with" tells the action of: its head, or the verb whose "to" phrase the parser hung it on ("responded
    to the crackdown with sanctions on Y": "with" on "crackdown"; V, review of R's twenty-third session: Y was lost)."""
    head = with_.head
    if head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.dep_ == "prep":
        return head.head.head
    return head
