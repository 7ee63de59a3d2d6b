"""The body of an agentless designation read from the legal authority it cites (issue 13, D23).

"She is designated pursuant to E.O. 14033." names no body; the fallback gave it the release's announcing body, which
in a joint release is the first one acting today ("Concurrently, the Department of State is publicly designating X
under Section 7031(c)"), not the one the release shows designating under E.O. 14033 ("OFAC designated one individual
... pursuant to E.O. 14033"). The authority a passive cites tells whose designation it is when the release names one
U.S. body designating today under that authority, and a Section 7031(c) designation is the State Department's in any
release (the Secretary of State's visa authority under the appropriations act): "X was publicly designated under
Section 7031(c)" in a story whose only acting department is the Treasury is still the State Department's. An agentless
passive that goes on from such a sentence in the same paragraph ("His wife and son were designated along with him")
takes the same body. An executive order moves the designation off the fallback body only when the release shows that
body acting under Section 7031(c) alone (a visa authority, which blocks no property) and one other U.S. body acting
under that order today. A body that cites nothing of its own ("OFAC designated five individuals ...", "Today's action
is taken pursuant to E.O. 13224") or an order of its own keeps its passives: a Treasury release whose OFAC cites
E.O. 14024 and whose State Department paragraph cites E.O. 13382 still gives "X is being designated pursuant to E.O.
13382" under its "OFAC Designations" heading to OFAC (a body acts under several orders). Two bodies citing the same
order today, or none, leave the fallback as it was.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import span_text, token_lemmas
from ..records import EntityRef
from .acting_subject import describes_antecedent
from .authority import subject_authority
from .common import implied_ref
from .context import DocContext
from .described_dates import earlier_action
from .designation_verbs import TARGETING_VERBS, active_triggers, designation_passive, is_passive
from .named_bodies import agent_body, is_home_body, same_body

#: Authorities only one U.S. body designates under, whatever the release names: the program label -> the body.
SOLE_BODIES = {"Section 7031(c)": "U.S. Department of State"}


def cited_body(ctx: DocContext, sent: Span, trigger: Token, fallback: Cluster | None) -> Cluster | EntityRef | None:
    """The body of the agentless designation passive `trigger` by the authority it cites (or, citing none, that the
    agentless passive of the sentence before in the same paragraph cites), or None; `fallback` is the body it would
    take otherwise (the release's or its section's)."""
    programs = _cited(ctx, sent, trigger.i)
    if not programs:
        before = _going_on_from(ctx, sent)
        if before is None:
            return None
        programs = before
    bodies = [_body_of(ctx, p, fallback) for p in programs]
    known = [b for b in bodies if b is not None]
    if not known or len(known) != len(bodies):
        return None
    first = known[0]
    if any(_name(b) != _name(first) for b in known[1:]):
        return None  # "pursuant to E.O. 14033 and Section 7031(c)": two bodies, no one answer
    return first


def _cited(ctx: DocContext, sent: Span, start: int) -> list[str]:
    """The authorities the clause from `start` to the sentence's end cites ("pursuant to E.O. 13818")."""
    return ctx.gaz.programs_in(span_text(sent.doc[start:sent.end]))


def _going_on_from(ctx: DocContext, sent: Span) -> list[str] | None:
    """The authorities the sentence before cites when it is in the same paragraph, states an agentless designation
    passive of today citing one, and names no sanctioning body ("X was publicly designated under Section 7031(c). His
    wife was designated along with him.")."""
    k = ctx.sentence_index(sent.start)
    if k < 1 or ctx.gaz.programs_in(span_text(sent)):
        return None
    before = ctx.sentences[k - 1]
    if "\n" in sent.doc[before.start:sent.start].text.rstrip(" ") or earlier_action(before):
        return None
    passive = next((t for t in before if designation_passive(t) and not any(c.dep_ == "agent" for c in t.children)), None)
    if passive is None or next(active_triggers(before, TARGETING_VERBS), None) is not None:
        return None
    return _cited(ctx, before, passive.i) or None


def _body_of(ctx: DocContext, program: str, fallback: Cluster | None) -> Cluster | EntityRef | None:
    """The one U.S. body designating under `program`: fixed by law, else the one the release shows designating under it
    today, when the fallback body is shown designating under Section 7031(c) only."""
    if program in SOLE_BODIES:
        return implied_ref(ctx, SOLE_BODIES[program])
    cited = _program_bodies(ctx)
    if fallback is None:
        return None
    own = {p for p, bodies in cited.items() if any(same_body(ctx, b.authority or "", fallback.authority or "") for b in bodies)}
    if not own or not own <= SOLE_BODIES.keys() or program in own:
        return None  # the fallback body cites nothing, an order of its own, or this very authority: it stays
    bodies = cited.get(program, [])
    kept: list[Cluster] = []
    for body in bodies:
        if any(same_body(ctx, body.authority or "", k.authority or "") for k in kept):
            continue  # the Treasury and its OFAC: one body
        kept.append(body)
    return kept[0] if len(kept) == 1 else None


def _name(body: Cluster | EntityRef) -> str:
    return body.authority or body.name if isinstance(body, Cluster) else body.name


def _program_bodies(ctx: DocContext) -> dict[str, list[Cluster]]:
    """Each authority cited by a U.S. body's stated designation of today -> those bodies: the subject of an active
    designation verb ("OFAC designated one individual ... pursuant to E.O. 14033") or the agent of a passive ("X is
    being designated by OFAC pursuant to E.O. 13818"); once per document."""
    if ctx.program_bodies is not None:
        return ctx.program_bodies
    found: dict[str, list[Cluster]] = {}
    lemmas = token_lemmas(ctx.doc)  # read once per doc: a Token only for the targeting verbs (issue 18, T25)
    for sent in ctx.sentences:
        if TARGETING_VERBS.isdisjoint(lemmas[sent.start:sent.end]) or earlier_action(sent):
            continue
        for tok in (ctx.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in TARGETING_VERBS):
            if tok.lemma_.lower() not in TARGETING_VERBS or not tok.tag_.startswith("VB"):
                continue
            body = _stated_body(ctx, sent, tok)
            if body is None or not is_home_body(ctx, body):
                continue
            for program in _cited(ctx, sent, tok.i):
                found.setdefault(program, []).append(body)
    ctx.program_bodies = found
    return found


def _stated_body(ctx: DocContext, sent: Span, tok: Token) -> Cluster | None:
    """The body a designation verb names as acting: its subject (active) or its "by" agent (passive)."""
    if is_passive(tok):
        return agent_body(ctx, tok)
    if describes_antecedent(tok):
        return None
    return subject_authority(ctx, tok, sent)[0]
