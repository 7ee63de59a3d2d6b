"""partof.v1: organization – part of – organization.

"the Treasury's Office of Foreign Assets Control" (possessive), "X, a subsidiary /
unit / component / arm / department of Y", "X is a subsidiary of Y", "X, part of Y",
"X within Y". Places and people are never parts of organizations.
"""
from __future__ import annotations

import re

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_words
from ..records import Relation
from .common import ref, relation
from .context import DocContext, context_of

NAME = "partof.v1"
PART_NOUNS = {"subsidiary", "subsidiaries", "unit", "component", "arm", "division", "branch", "department", "part", "affiliate",
              "wing", "directorate", "office", "bureau", "agency", "subordinate", "entity", "body", "element", "section", "front", "elements"}
LINK_WORDS = {",", "a", "an", "the", "is", "was", "which", "that", "are", "its", "wholly", "owned", "majority", "operational",
              "military", "external", "operations", "intelligence", "key", "main", "special", "state", "also", "subordinate"}


def _org(ctx: DocContext, index: int, any_label: bool = False) -> tuple[Cluster, int] | None:
    """The organization mentioned at a token; `any_label` trusts the pattern over the model's label."""
    m = ctx.resolver.mention_at(index)
    if m is None or (m.label not in {"ORG"} and not (any_label and m.label in {"PERSON", "GPE", "NORP"})):
        return None
    if any_label and m.label != "ORG":
        cluster = ctx.resolver.cluster_of(m)
        if cluster is None:
            return None
        return Cluster(cluster.index, cluster.name, "Organization", cluster.forms, None, cluster.first_token, cluster.last_token), m.end
    cluster = ctx.resolver.cluster_of(m)
    if cluster is None or cluster.type in {"Person", "Country", "SanctionsProgram", "Vessel"}:
        return None
    return cluster, m.end


def _part_noun_follows(doc: Doc, end: int, limit: int) -> bool:
    """", a subsidiary of", " is a unit of", " within": the pattern itself says both sides are organizations."""
    words = token_words(doc)[1][end:min(limit, end + 7)]  # the words, not a `Token` each (issue 18, PF)
    for k, word in enumerate(words):
        if word in PART_NOUNS and k + 1 < len(words) and words[k + 1] in {"of", "within"}:
            return all(w in LINK_WORDS for w in words[:k])
        if word not in LINK_WORDS:
            return word == "within" and k == 0
    return False


#: Bodies a country has, never a unit of another body: "China's Ministry of Commerce".
STATE_BODY = re.compile(r"(?:the )?(?:Ministry|Government|Cabinet|Parliament|Council of Ministers)\b", re.I)
#: Possessors that are the state itself ("the Government of Iran's Ministry of X"): they own the body.
STATE_OWNER = re.compile(r"(?:the )?(?:Government|Republic|State|Kingdom|Cabinet|Council of Ministers)\b", re.I)


def _country_owns(ctx: DocContext, doc: Doc, pos: int, parent: Cluster, body: Cluster) -> bool:
    """The "'s" at `pos` follows a country's name that ends the parent's name ("the Export Control Bureau of China's
    Ministry of Commerce", the model's name "Export Control Bureau of China") and a state's body (`STATE_BODY`)
    follows: the country owns that body, which is no unit of the bureau (P13). "The Central Bank of Iran's Monetary
    Policy Department" stays a unit of the bank; a parent that is the state itself (`STATE_OWNER`: "the Government of
    Iran's Ministry of X") does own the body (M42, F4 item 6)."""
    words = doc[max(0, pos - 3):pos]
    return (any(words[k:].text in ctx.gaz.countries for k in range(len(words))) and bool(STATE_BODY.match(body.name))
            and not STATE_OWNER.match(parent.name))


def extract_part_of(doc: Doc) -> Iterator[Relation]:
    ctx = context_of(doc)
    seen: set[tuple[int, int]] = set()
    for sent in ctx.sentences:
        for child, parent, confidence in _pairs(ctx, sent):
            if child.index == parent.index or (child.index, parent.index) in seen:
                continue
            seen.add((child.index, parent.index))
            yield relation("part_of", ref(child), ref(parent), sent, NAME, confidence)


def _pairs(ctx: DocContext, sent: Span) -> Iterator[tuple[Cluster, Cluster, float]]:
    doc = sent.doc
    for m in ctx.mentions_in(sent.start, sent.end):
        first = _org(ctx, m.start) or (_org(ctx, m.start, any_label=True) if _part_noun_follows(doc, m.end, sent.end) else None)
        if first is None:
            continue
        parent, end = first
        # possessive: "the Treasury's Office of Foreign Assets Control"
        if end + 1 < sent.end and doc[end].tag_ == "POS":
            second = _org(ctx, end + 1)
            if second is not None and _country_owns(ctx, doc, end, parent, second[0]):
                continue  # "the X Bureau of China's Ministry of Commerce": China's ministry, not the bureau's (P13)
            if second is not None:
                yield second[0], parent, 0.85
                continue
        # "X, a subsidiary of Y" / "X is a unit of Y" / "X, part of Y"
        child = parent
        j = end
        if j < sent.end and doc[j].text == "(":
            close = next((x for x in range(j, min(j + 8, sent.end)) if doc[x].text == ")"), None)
            j = close + 1 if close is not None else j
        k = j
        while k < sent.end and doc[k].lower_ in LINK_WORDS and k - j < 6:
            k += 1
        if k < sent.end and doc[k].lower_ in PART_NOUNS and k > j and k + 1 < sent.end and doc[k + 1].lower_ in {"of", "within"}:
            x = k + 2
            while x < sent.end and doc[x].lower_ in {"the", "iran's"}:
                x += 1
            target = _org(ctx, x, any_label=True)
            if target is not None:
                yield child, target[0], 0.8
                continue
        if j < sent.end and doc[j].lower_ == "within":
            x = j + 1
            while x < sent.end and doc[x].lower_ in {"the"}:
                x += 1
            target = _org(ctx, x)
            if target is not None:
                yield child, target[0], 0.7
