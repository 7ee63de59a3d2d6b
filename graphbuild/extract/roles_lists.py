"""holds_role stated by lists: a plural title followed by the names of its holders."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .context import DocContext
from .roles_common import _emit
from .titles import Title

LIST_WORDS = {"include", "includes", "included", "including", "are", "were", ":", "namely"}


def _member_lists(ctx: DocContext, sent: Span, group: list[Title], people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"new members include A (A), B, and C": a plural title followed by a list of people."""
    doc = sent.doc
    title = group[-1]
    if not title.plural:
        return
    after = title.span_end
    if after >= sent.end or not (doc[after].lower_ in LIST_WORDS or (doc[after].text == "," and any(m.start == after + 1 for m, _ in people))):
        return
    if title.org is None and title.org_name is None:
        title = replace(title, org=_previous_sentence_org(ctx, sent))
    for m, cluster in people:
        if m.start > after:
            rel = _emit(ctx, sent, cluster, title, 0.75)
            if rel:
                yield rel


def _previous_sentence_org(ctx: DocContext, sent: Span) -> Cluster | None:
    """"members of the commission ... These new members include": the organization the members belong to."""
    index = ctx.sentences.index(sent)
    for previous in reversed(ctx.sentences[max(0, index - 2):index]):
        for title in ctx.titles_in(previous):
            if title.plural and title.org is not None:
                return title.org
        doc = previous.doc
        for tok in previous:
            if tok.lower_ in {"commission", "committee", "board", "council"} and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
                found = ctx.resolver.last_of_kind(tok.i, "commission" if tok.lower_ == "commission" else "group")
                if found is not None:
                    return found
    return None
