"""A lawyer's firm named after the lawyer's name (issue 13, thirty-fourth session, NS).

"A lawyer for the company, X of the Willemstad firm Y, said his client ...", "A lawyer for W, X of the firm Y",
"W's lawyer, X of the firm Y": wire stories name a designee's lawyer with the client first and the firm after the
name. "lawyer" is no title head (most of its uses in the study sets name no post), so no rule read the post and the
scorer rated the pair low or gave it "member". Here the words fix both ends:
- the noun apposed right before the name is a lawyer's (`COUNSEL_NOUNS`), opened by an article or a possessor and
  followed only by its client ("for <client>") before the comma: "the lawyer's wife, X" is no lawyer;
- right after the name, "of [the] [<place>] [law] firm <body>" or "of [the] <body>", the body an organization's
  mention: "X of Luxembourg" names a place, no firm, nor does a name before a lower-case noun ("X of the Tarsk
  office of the firm Y", RNS review).
The client holds nothing: "for" names whom the lawyer represents.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .roles_common import NAME, _after_alias

__all__ = ["counsel_roles"]

#: Nouns of a lawyer's job, as written before the name ("A lawyer for the company, X").
COUNSEL_NOUNS = frozenset({"lawyer", "attorney", "counsel", "solicitor", "advocate", "barrister"})
#: Nouns of a lawyers' firm before its name ("of the Willemstad firm Y", "of the law firm Y").
FIRM_NOUNS = frozenset({"firm", "practice", "chambers"})
#: Words that open the lawyer's noun phrase: "A lawyer", "His lawyer", "W's lawyer".
OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
#: Tokens between the name and the lawyer's noun searched at most: "A lawyer for the state-owned company, X".
MAX_CLIENT_TOKENS = 8


def counsel_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """The lawyer's post at the firm for each name apposed to a lawyer's noun and followed by its firm."""
    doc = sent.doc
    for m, cluster in people:
        noun = _counsel_noun(doc, sent, m.start)
        if noun is None:
            continue
        firm = _firm_after(ctx, sent, _after_alias(doc, m))
        if firm is None or firm is cluster:
            continue
        yield relation("holds_role", ref(cluster), ref(firm), sent, NAME, 0.8, role=doc[noun].lower_,
                       role_class="employee", current=True)


def _counsel_noun(doc: Doc, sent: Span, start: int) -> int | None:
    """The index of the lawyer's noun whose phrase ends in the comma right before the name at `start`, or None."""
    comma = start - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    for i in range(comma - 1, max(sent.start, comma - 1 - MAX_CLIENT_TOKENS) - 1, -1):
        if doc[i].lower_ not in COUNSEL_NOUNS or doc[i].tag_ != "NN":
            continue
        between = doc[i + 1:comma]
        if len(between) and (between[0].lower_ != "for" or any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", "'s", "’s"}
                                                              for t in between)):
            return None  # "the lawyer's wife, X", "a lawyer who met W, X": the name renames another noun
        before = doc[i - 1] if i > sent.start else None
        opened = before is not None and (before.lower_ in OPENERS or before.tag_ == "POS")
        return i if opened else None
    return None


def _firm_after(ctx: DocContext, sent: Span, end: int) -> Cluster | None:
    """The organization in "of [the] [<place>] [law] firm <body>" or "of [the] <body>" right after a name ending at
    `end`, or None."""
    doc = sent.doc
    if end >= sent.end or doc[end].lower_ != "of":
        return None
    k = end + 1
    if k < sent.end and doc[k].lower_ == "the":
        k += 1
    firm = next((n for n in range(k, min(k + 5, sent.end)) if doc[n].lower_ in FIRM_NOUNS), None)
    if firm is not None and all(t.text[:1].isupper() or t.lower_ == "law" for t in doc[k:firm]):
        k = firm + 1  # "of the Willemstad firm Y", "of the law firm Y": the place and "law" only describe it
    mention = ctx.resolver.mention_at(k) if k < sent.end else None
    if mention is None or mention.start != k or mention.label != "ORG":
        return None
    if mention.end < sent.end and doc[mention.end].is_lower and doc[mention.end].tag_ in {"NN", "NNS"}:
        return None  # "of the Tarsk office of the firm Y": the name describes a noun, a branch or a place, no firm
    body = ctx.entity(mention)
    return body if body is not None and body.is_plain_body else None
