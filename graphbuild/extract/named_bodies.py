"""The bodies named in a stretch of tokens, and which of several named together acts.

`authorities_in` is the one place that turns tokens into the authorities they name (skipping a list entry's
identifier fields), `sanctioning_in` keeps the sanctioning ones; `most_specific` and `choose_actor` pick the acting
one of several ("the Treasury's OFAC": the office; "the Treasury and the State Department": the first);
`is_home_body` and `same_body` compare bodies. Split out of `authority` (issue 13, R2).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.coref import Cluster
from .context import DocContext
from .identifier_fields import in_identifier_field
from .issuer import is_sanctioning


def authorities_in(ctx: DocContext, start: int, end: int, skip: set[int] | frozenset[int] = frozenset()) -> list[Cluster]:
    """Authorities named in tokens start..end, in order, leaving out mentions that start at a skipped token and the
    countries of a list entry's identifier fields (`in_identifier_field`: "nationality Canada" is no designating body)."""
    found: list[Cluster] = []
    for m in ctx.mentions_in(start, end):
        if m.start in skip or in_identifier_field(ctx.doc, m.start):
            continue
        cluster = ctx.resolver.cluster_of(m)
        if cluster is not None and cluster.authority and cluster not in found:
            found.append(cluster)
    return found


def agent_body(ctx: DocContext, verb: Token) -> Cluster | None:
    """The first authority the "by" agent of a passive verb names ("was designated by OFAC in 2023"), or None: read by
    the earlier designations' agents and the bodies citing an authority (D22, D23)."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    bodies = authorities_in(ctx, by.i, by.right_edge.i + 1) if by is not None else []
    return bodies[0] if bodies else None


def sanctioning_in(ctx: DocContext, start: int, end: int) -> list[Cluster]:
    """The sanctioning bodies named in tokens start..end, in order: the one place that asks (a sentence's actor, the
    body of a list's introduction, "named by <body>")."""
    return [c for c in authorities_in(ctx, start, end) if is_sanctioning(ctx, c)]


def most_specific(ctx: DocContext, clusters: list[Cluster]) -> Cluster | None:
    """"the Treasury's Office of Foreign Assets Control": the sub-body acts, not its parent."""
    if not clusters:
        return None
    parents = {ctx.gaz.authorities[c.authority].parent for c in clusters if c.authority in ctx.gaz.authorities}
    specific = [c for c in clusters if c.authority not in parents]
    return (specific or clusters)[-1]


def choose_actor(ctx: DocContext, clusters: list[Cluster]) -> Cluster | None:
    """Of bodies acting together, the lead: nested bodies give the sub-body; independent ones the first named.

    "The Department of the Treasury and the Department of State targeted ...": a release names its
    own department first, and its designations without another agent are that department's.
    """
    parents = {ctx.gaz.authorities[c.authority].parent for c in clusters if c.authority in ctx.gaz.authorities}
    independent = [c for c in clusters if c.authority not in parents]
    if len(independent) <= 1:
        return most_specific(ctx, clusters)
    return independent[0]


def is_home_body(ctx: DocContext, cluster: Cluster) -> bool:
    """The cluster is a U.S. authority of the gazetteers."""
    record = ctx.gaz.authorities.get(cluster.authority) if cluster.authority else None
    return record is not None and record.country == "United States"


def same_body(ctx: DocContext, a: str, b: str) -> bool:
    """One body, or a body and its office ("Treasury" and OFAC): a target they both designate has one designation."""
    records = ctx.gaz.authorities
    return a == b or a in records and records[a].parent == b or b in records and records[b].parent == a
