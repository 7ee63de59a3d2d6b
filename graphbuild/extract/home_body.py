"""The U.S. body a document speaks for: the one "the United States" stands for, and the one a story reports from.

`home_authority` (the release's most named U.S. sanctioning body, of its issuer's when it has one), `story_reporter`
(the U.S. body a news story quotes: "..., the Treasury Department said"), `reporting_body` (the one whose "said"
holds a designation) and `names_home_body`. Document-level answers, asked by the sentence rules of `authority` and by
the announcing body (`announcing`). Split out of `authority` (issue 13, R2).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.coref import Cluster
from .acting_subject import in_background_clause
from .context import DocContext
from .described_dates import earlier_action
from .designation_verbs import REPORTING_VERBS, reporting_verb
from .issuer import is_sanctioning, issuer, subject_bodies, top_body
from .home_country import HOME_COUNTRY_SUBJECTS
from .named_bodies import is_home_body


def home_authority(ctx: DocContext, todays: bool = False) -> Cluster | None:
    """"The United States ... is designating": the most specific U.S. sanctioning body the release names, the most named
    first; of the release's issuer's bodies when it has one (a State Department statement that names OFAC more often
    than its own department: extract/issuer.py). `todays`: only the bodies named outside the background
    (`told_in_background`), not a bare "U.S.": "The United States imposed sanctions on X ... Y, which the State
    Department designated in 2021, ..." names no body acting for the country (V9 item 3, M44)."""
    counts: dict[int, int] = {}
    for m in ctx.resolver.mentions:
        cluster = ctx.resolver.cluster_of(m)
        if todays and (told_in_background(ctx.doc[m.start]) or m.text.lower() in HOME_COUNTRY_SUBJECTS):
            continue  # nor a bare "U.S." the resolver joined to a body: the country, as in `authority.subject_authority`
        if cluster is not None and cluster.authority in ctx.gaz.authorities:
            record = ctx.gaz.authorities[cluster.authority]
            if record.sanctioning and record.country == "United States":
                counts[cluster.index] = counts.get(cluster.index, 0) + 1
    if not counts:
        return None
    named = [ctx.resolver.clusters[i] for i in counts]
    speaker = issuer(ctx)
    if speaker is not None:
        named = of_body(ctx, named, speaker) or named
    parents = {ctx.gaz.authorities[c.authority].parent for c in named if c.authority}
    specific = [c for c in named if c.authority not in parents] or named
    return max(specific, key=lambda c: (counts[c.index], -c.index))


def told_in_background(tok: Token) -> bool:
    """`tok` is named in the background of the release's action: a relative clause describing its antecedent
    (`acting_subject.in_background_clause`) or a sentence stating an earlier action (`earlier_action`)."""
    return in_background_clause(tok) or earlier_action(tok.sent)


def of_body(ctx: DocContext, clusters: list[Cluster], body: Cluster) -> list[Cluster]:
    """The clusters that are `body` or one of its offices."""
    top = top_body(ctx, body.authority or "")
    return [c for c in clusters if c.authority and top_body(ctx, c.authority) == top]


def _named_sanctioning(ctx: DocContext) -> list[Cluster]:
    return [c for c in ctx.resolver.clusters if is_sanctioning(ctx, c)]


def names_home_body(ctx: DocContext) -> bool:
    """The release names a U.S. sanctioning body: its designations are that body's unless a sentence says otherwise,
    so another government acting today neither announces it nor speaks for its group statements.

    Not one named only in sentences of an earlier action: "The UK has today sanctioned ... . The United States has not
    announced matching measures, though the US Department of State designated X under Section 7031(c) in 2023" is the
    UK's release, and its list "Also sanctioned today:" is the UK's (it went to the State Department). Issue 13, D23."""
    home = {c.index for c in _named_sanctioning(ctx) if is_home_body(ctx, c)}
    if not home:
        return False
    for m in ctx.resolver.mentions:
        cluster = ctx.resolver.cluster_of(m)
        if cluster is not None and cluster.index in home and not earlier_action(ctx.sentences[ctx.sentence_index(m.start)]):
            return True
    return False


def reporting_body(ctx: DocContext, trigger: Token) -> Cluster | None:
    """The U.S. body a news story reports the designation from: the subject of the "said" whose clause holds the verb
    ("The Treasury said it was also blacklisting X"; "The United States on Tuesday sanctioned X, the Treasury Department
    said"). The body must head that subject: "Treasury Under Secretary X said" quotes a person."""
    reporting = reporting_verb(trigger)
    return None if reporting is None else _home_sanctioning_subject(ctx, reporting)


def _home_sanctioning_subject(ctx: DocContext, verb: Token) -> Cluster | None:
    """The U.S. sanctioning body that heads `verb`'s subject, else None."""
    return next((c for c in subject_bodies(ctx, verb, heading=True)
                 if is_home_body(ctx, c) and is_sanctioning(ctx, c)), None)


def story_reporter(ctx: DocContext) -> Cluster | None:
    """The first U.S. sanctioning body a news story reports from ("..., the Treasury Department said"; "The U.S.
    Treasury Department said in a statement that ..."): the body behind "the United States" / "Washington" acting in
    a sentence that names no reporter of its own. None in a release that reports from no body. One answer per
    document (the scan reads the whole document; it was made again for each "U.S." / "Washington" subject)."""
    if not ctx.story_reporter_known:
        ctx.story_reporter, ctx.story_reporter_known = _first_reporter(ctx), True
    return ctx.story_reporter


def _first_reporter(ctx: DocContext) -> Cluster | None:
    for tok in ctx.doc:
        if tok.lemma_.lower() not in REPORTING_VERBS or not tok.pos_ == "VERB":
            continue
        body = _home_sanctioning_subject(ctx, tok)
        if body is not None:
            return named_office(ctx, body)
    return None


def named_office(ctx: DocContext, department: Cluster) -> Cluster:
    """The sanctioning office of `department` that the story names ("the Treasury said" and "OFAC said it had
    designated X": OFAC), else the department."""
    offices = [c for c in _named_sanctioning(ctx) if ctx.gaz.authorities[c.authority].parent == department.authority]  # type: ignore[index]
    return offices[0] if len(offices) == 1 else department
