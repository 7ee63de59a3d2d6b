"""Firms in a release whose only authority bars entry: Section 7031(c) designates people, never a firm.

Section 7031(c) of the State Department's appropriations act (and Presidential Proclamation 8015) makes foreign
officials and their immediate family members ineligible for entry into the United States: its designees are people.
A State statement that designates under it alone bolds the firms of its story all the same ("steering tenders to
**X**, a company run by his brother-in-law", "payments from a consortium led by **Y**", "the managing director of
**Z**, a logistics firm through which the payments were routed"), and the bold-name reading took them for designees
(issue 13, thirty-third session DP: unread_aj, unread_l, unread_z, one each). In a document whose only named authority
is such a visa authority, and whose only sanctioning body named is the State Department, a firm (Company or
Organization) that no sentence designates is no designee. A firm a
sentence designates stays (a story naming the Treasury's action without its executive order).
"""
from __future__ import annotations

from dataclasses import replace

from ..nlp.coref import Cluster
from ..nlp.doc_text import doc_text
from ..records import Relation
from .bold_post_holders import designating_sentences
from .common import ref
from .context import DocContext

_KEY = "gb_visa_release_bodies"
#: Authorities (program labels of the gazetteers) that bar people's entry and block nothing.
VISA_PROGRAMS = frozenset({"Section 7031(c)", "Presidential Proclamation 8015"})
#: The sanctioning bodies a visa-only document may name: the State Department that bars entry, and the government.
VISA_BODIES = frozenset({"U.S. Department of State", "United States Government"})
#: Entity types such an authority cannot designate.
BODY_TYPES = frozenset({"Company", "Organization"})


def visa_programs_only(ctx: DocContext) -> bool:
    """The document names at least one program or authority, and every one it names bars entry."""
    programs = set(ctx.gaz.programs_in(doc_text(ctx.doc)))
    return bool(programs) and programs <= VISA_PROGRAMS


def visa_only(ctx: DocContext) -> bool:
    """The document names at least one authority and every one it names is a visa authority (no executive order,
    no blocking program, no SDN List), and it names no other government's sanctioning body: another government's
    notice lists firms under its own law, which the gazetteers' programs do not name (unread_ad: a UK notice that
    mentions a State Department 7031(c) designation lost the UK's firms in a first version), nor a U.S. body that blocks
    property (the Treasury, OFAC, Commerce): a statement that pairs 7031(c) with the Treasury's same-day action names
    that action's program in words the gazetteers do not know ("Russia-related authorities") or none at all ("OFAC is
    taking action against **X**", "the Treasury blocked the property of **X**"), and its firms are the Treasury's
    designees (review, thirty-third session RDP: the first version dropped them)."""
    if not visa_programs_only(ctx):
        return False
    records = (ctx.gaz.authorities.get(c.authority) for c in ctx.resolver.clusters if c.authority)
    return not any(r is not None and r.sanctioning and (r.country != "United States" or r.name not in VISA_BODIES)
                   for r in records)


def visa_release_bodies(ctx: DocContext) -> set[int]:
    """The entities (cluster indices) of the firms of a `visa_only` document that no sentence with a designating verb
    names. Computed once per document (the rules and the scorer's veto `v:visa` ask)."""
    cached = ctx.doc.user_data.get(_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: set[int] = set()
    if visa_only(ctx):
        designating = {s.start for s in designating_sentences(ctx, [])}
        named: dict[int, bool] = {}
        for m in ctx.resolver.mentions:
            cluster = ctx.entity(m)
            if cluster is None or cluster.type not in BODY_TYPES:
                continue
            here = ctx.sentences[ctx.sentence_index(m.start)].start in designating
            named[cluster.index] = named.get(cluster.index, False) or here
        out = {index for index, stated in named.items() if not stated}
    ctx.doc.user_data[_KEY] = out
    return out


def blocking_body(ctx: DocContext) -> Cluster | None:
    """The U.S. body that blocks property (not the State Department) a `visa_programs_only` document names, OFAC
    before its department: the body of the same-day action a 7031(c) statement or story pairs with its own."""
    if not visa_programs_only(ctx):
        return None
    bodies = [c for c in ctx.resolver.clusters if c.authority and c.authority not in VISA_BODIES
              and (r := ctx.gaz.authorities.get(c.authority)) is not None and r.sanctioning and r.country == "United States"]
    return min(bodies, key=lambda c: c.authority != "Office of Foreign Assets Control", default=None)


def firms_to_blocking_body(ctx: DocContext, found: list[Relation]) -> list[Relation]:
    """`found` with today's State Department designations of firms given to the `blocking_body`: Section 7031(c)
    designates no firm, so a firm a 7031(c) statement names as designated beside the Treasury's action is the
    Treasury's ("OFAC is taking action against **X**" read by the bold names as the statement's own, review RDP)."""
    body = blocking_body(ctx)
    if body is None:
        return found
    return [replace(r, object=ref(body)) if r.relation == "designated_by" and r.current and r.subject.type in BODY_TYPES
            and r.object.name == "U.S. Department of State" else r for r in found]
