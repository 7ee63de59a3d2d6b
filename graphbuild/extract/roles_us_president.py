"""What in one sentence shows that "President X" is the U.S. President: X signs an Executive Order, acts with the
G7, or is named in a sentence about the U.S. alone.

Shared by `roles_heads` (the post's body) and `roles_country` (the release's country is not his), and kept apart
from both so that neither imports the other.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..nlp.mentions import Mention
from .context import DocContext

US_NAMES = {"U.S.", "US", "USA", "United States", "United States of America", "America", "American", "U.S. government",
            "U.S. Government", "United States Government", "Government of the United States"}
ORDER_VERBS = {"sign", "issue"}
GROUP_NAMES = {"G7", "G-7", "G20", "G-20"}


def signs_an_order(sent: Span, person: Mention) -> bool:
    """X is the subject of "sign" / "issue" whose object is an Executive Order."""
    head = sent.doc[person.start:person.end].root
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in ORDER_VERBS:
        return False
    words = [t.text for c in verb.children if c.dep_ in {"dobj", "obj"} for t in c.subtree]
    return "E.O." in words or any(a == "Executive" and b in {"Order", "Orders"} for a, b in zip(words, words[1:]))


def with_the_g7(sent: Span, person: Mention) -> bool:
    """"President X and (his) G7 counterparts / leaders": coordinated with the group the U.S. belongs to."""
    doc = sent.doc
    after = [t.text for t in doc[person.end:min(sent.end, person.end + 4)]]
    return bool(after) and after[0] == "and" and any(w in GROUP_NAMES for w in after[1:])


def only_the_us(ctx: DocContext, sent: Span, person: Mention) -> bool:
    """"President X's" in a sentence that names the U.S. and no other country (a foreign leader's sentence names his)."""
    doc = sent.doc
    if person.end >= sent.end or doc[person.end].tag_ != "POS":
        return False
    us = False
    for m in ctx.mentions_in(sent.start, sent.end):
        if m.start <= 1 and m.text.isupper():
            continue  # the dateline "WASHINGTON"
        text = " ".join(m.text.split())
        if text in US_NAMES or any(text.startswith(n + " ") for n in ("U.S.", "United States")):
            us = True
        elif m.label in {"GPE", "NORP"} and (text in ctx.gaz.countries or text in ctx.gaz.demonyms):
            return False
    others = {t.text for t in sent if t.text in ctx.gaz.countries and t.text not in US_NAMES}
    return us and not others


POLICY_VERBS = {"support", "advance", "implement", "further", "execute"}


def backs_his_policy(ctx: DocContext, sent: Span, person: Mention) -> bool:
    """A U.S. body of the sentence supports, advances or implements "President X's" policy ("Treasury will continue
    to advance President X's commitment to ...", "Treasury's action further implements President X's directive", "in
    support of President X's strategy"): a U.S. department carries out its own president's policy. Only for a person
    the document names by one word alone (a foreign head of state is named in full somewhere) and a sentence that
    names no other country."""
    doc = sent.doc
    if person.end >= sent.end or doc[person.end].tag_ != "POS":
        return False
    cluster = ctx.entity(person)
    if cluster is None or len(cluster.name.split()) != 1:
        return False
    possessed = doc[person.start:person.end].root.head
    verb = possessed.head if possessed.dep_ in {"dobj", "obj"} else None
    if possessed.dep_ == "pobj" and possessed.head.lower_ == "of" and possessed.head.head.lemma_.lower() == "support":
        verb = possessed.head.head  # "in support of President X's strategy"
    if verb is None or verb.lemma_.lower() not in POLICY_VERBS:
        return False
    if any((t.text in ctx.gaz.countries or t.text in ctx.gaz.demonyms) and t.text not in US_NAMES for t in sent):
        return False
    for m in ctx.mentions_in(sent.start, sent.end):
        body = ctx.entity(m)
        found = ctx.gaz.authorities.get(body.authority) if body is not None and body.authority else None
        if found is not None and found.country == "United States":
            return True
    return False
