"""The body of an earlier designation stated without one, when the text has just named it (issue 13, D22).

"A was previously designated by OFAC in 2023, and B was designated in 2023 as well"; "A and its minister were
designated by the Department of the Treasury in January 2021. The brigade was also designated at that time.": the
agentless passive goes on from an earlier action whose agent the text states, in the same sentence before it or in the
sentence before. Its body is that agent, not the body acting today (the release's issuer, which the fallback gave:
a State note's own department for a designation the Treasury made years ago). A sentence of today's action, or one
that neither states an earlier action nor goes on from one ("also", "as well", "at that time"), reads as before.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from .context import DocContext
from .described_dates import earlier_action
from .designation_verbs import designation_passive
from .named_bodies import agent_body

#: Words by which a sentence goes on from the action of the one before it ("was also designated at that time").
GOING_ON = frozenset({"also", "well", "too", "likewise"})


def earlier_agent(ctx: DocContext, sent: Span, trigger: Token) -> Cluster | None:
    """The stated agent of the earlier action an agentless passive `trigger` goes on from, or None."""
    words = {t.lower_ for t in sent}
    if "today" in words or "today's" in words:
        return None
    own = earlier_action(sent)
    if own or words & GOING_ON or "that time" in sent.text:
        found = _agent_in(ctx, sent, sent.start, trigger.i)
        if found is not None:
            return found
    k = ctx.sentence_index(sent.start)
    if k < 1:
        return None
    before = ctx.sentences[k - 1]
    if "\n" in sent.doc[before.start:sent.start].text.rstrip(" ") or not earlier_action(before):
        return None  # another paragraph, or a sentence of today's action
    if not (own or words & GOING_ON or "that time" in sent.text):
        return None
    return _agent_in(ctx, before, before.start, before.end)


def _agent_in(ctx: DocContext, sent: Span, start: int, end: int) -> Cluster | None:
    """The body after "by" of a designation passive between `start` and `end` ("was designated by OFAC in 2023")."""
    doc = sent.doc
    for tok in doc[start:end]:
        body = agent_body(ctx, tok) if designation_passive(tok) else None
        if body is not None:
            return body
    return None
