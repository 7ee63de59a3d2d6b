"""Firms in a release whose only authority bars entry: Section 7031(c) designates people, never a firm.

Section 7031(c) of the State Department's appropriations act (and Presidential Proclamation 8015) makes foreign
officials and their immediate family members ineligible for entry into the United States: its designees are people.
A State statement that designates under it alone bolds the firms of its story all the same ("steering tenders to
**X**, a company run by his brother-in-law", "payments from a consortium led by **Y**", "the managing director of
**Z**, a logistics firm through which the payments were routed"), and the bold-name reading took them for designees
(issue 13, thirty-third session DP: unread_aj, unread_l, unread_z, one each). In a document whose only named authority
is such a visa authority, a firm (Company or Organization) that no sentence designates is no designee. A firm a
sentence designates stays (a story naming the Treasury's action without its executive order).
"""
from __future__ import annotations

from ..nlp.doc_text import doc_text
from .bold_post_holders import designating_sentences
from .context import DocContext

_KEY = "gb_visa_release_bodies"
#: Authorities (program labels of the gazetteers) that bar people's entry and block nothing.
VISA_PROGRAMS = frozenset({"Section 7031(c)", "Presidential Proclamation 8015"})
#: Entity types such an authority cannot designate.
BODY_TYPES = frozenset({"Company", "Organization"})


def visa_only(ctx: DocContext) -> bool:
    """The document names at least one authority and every one it names is a visa authority (no executive order,
    no blocking program, no SDN List), and it names no other government's sanctioning body: another government's
    notice lists firms under its own law, which the gazetteers' programs do not name (unread_ad: a UK notice that
    mentions a State Department 7031(c) designation lost the UK's firms in a first version)."""
    programs = set(ctx.gaz.programs_in(doc_text(ctx.doc)))
    if not programs or not programs <= VISA_PROGRAMS:
        return False
    records = (ctx.gaz.authorities.get(c.authority) for c in ctx.resolver.clusters if c.authority)
    return not any(r is not None and r.sanctioning and r.country != "United States" for r in records)


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
