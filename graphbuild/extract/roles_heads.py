"""The U.S. President in a U.S. release: "President X" with no country, when the sentence itself says it is the U.S.

The title alone does not say whose president X is: the same releases name foreign heads of state the same way
("the reforms pursued by President X" in a release about Burundi). The sentence decides, and only by what
holds for the U.S. President alone:

- X signs or issues an Executive Order ("President X signed an Executive Order terminating ...");
- X acts with the G7 ("commitments made by President X and his G7 counterparts");
- the sentence names the U.S. (or its government) and no other country ("its U.S. government partners ... in
  support of President X's Strategy").

The release must come from a U.S. department (`issuing_department`). Any other case keeps the post without a
body (no relation), as before.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ..nlp.mentions import Mention
from .context import DocContext
from .roles_common import issuing_department
from .titles import Title

US_NAMES = {"U.S.", "US", "USA", "United States", "United States of America", "America", "American", "U.S. government",
            "U.S. Government", "United States Government", "Government of the United States"}
US_BODY = "Government of the United States"
HEADS = {"president", "vice president"}
ORDER_VERBS = {"sign", "issue"}
GROUP_NAMES = {"G7", "G-7", "G20", "G-20"}


def us_head_of_state(ctx: DocContext, sent: Span, title: Title, person: Mention) -> Title:
    """`title` with the U.S. Government as its body when the sentence shows X is the U.S. President (else unchanged)."""
    if title.org is not None or title.org_name or title.head not in HEADS or title.possessed or title.plural \
            or not title.role[:1].isupper() or title.country or issuing_department(ctx) is None:
        return title
    if _signs_an_order(sent, person) or _with_the_g7(sent, person) or _only_the_us(ctx, sent, person):
        return replace(title, org_name=US_BODY)
    return title


def _signs_an_order(sent: Span, person: Mention) -> bool:
    """X is the subject of "sign" / "issue" whose object is an Executive Order."""
    head = sent.doc[person.start:person.end].root
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in ORDER_VERBS:
        return False
    words = [t.text for c in verb.children if c.dep_ in {"dobj", "obj"} for t in c.subtree]
    return "E.O." in words or any(a == "Executive" and b in {"Order", "Orders"} for a, b in zip(words, words[1:]))


def _with_the_g7(sent: Span, person: Mention) -> bool:
    """"President X and (his) G7 counterparts / leaders": coordinated with the group the U.S. belongs to."""
    doc = sent.doc
    after = [t.text for t in doc[person.end:min(sent.end, person.end + 4)]]
    return bool(after) and after[0] == "and" and any(w in GROUP_NAMES for w in after[1:])


def _only_the_us(ctx: DocContext, sent: Span, person: Mention) -> bool:
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
