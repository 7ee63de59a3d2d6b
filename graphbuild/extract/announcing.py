"""The body announcing a release's action, and the body of a designation whose sentence names none.

`default_authority`: the subject of the release's first active designation of today (a U.S. body before another
government's; the release's issuer's own before another U.S. body's), else its most named sanctioning body; once per
document. `release_or_section_authority` prefers the U.S. body a section heading names. Split out of `authority`
(issue 13, R2), which answers for one sentence's actor.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_lemmas
from .acting_subject import describes_antecedent
from .authority import subject_authority
from .context import DocContext
from .described_dates import earlier_action
from .designation_verbs import ACTING_VERBS, IMPOSING_LEMMAS, TARGETING_VERBS, active_triggers, imposed_measure, is_passive
from .home_body import of_body, names_home_body
from .home_country import foreign_body_subject, foreign_country_subject, home_country_subject
from .issuer import is_sanctioning, issuer, section_body
from .named_bodies import is_home_body, same_body
from .own_action import own_action


#: The verbs `announcing_triggers` reads: the designation verbs and "impose" (kept only with a measure and the home country).
ANNOUNCING_VERBS = ACTING_VERBS | IMPOSING_LEMMAS


def announcing_triggers(sent: Span, story: bool = False) -> Iterator[Token]:
    """The sentence's active verbs that may announce a release's action, in order: the designation verbs
    (`active_triggers`) and, with the home country as its subject, "impose ... on" with a sanctions measure as its
    object ("The United States on Thursday imposed sanctions on X", the lead of a news story, whose body is the story's
    reporter). Without it, a story whose lead imposes sanctions was announced by the first body designating anywhere
    later, a background clause included ("the coalition, which the State Department designated as a Foreign Terrorist
    Organization in May"): every designee read through the announcing body went to that one. Not a named body's
    "imposing visa restrictions on Y": a State note whose own act is that, with OFAC designating the rest in its own
    paragraphs ("OFAC designated X. ... X and Y were both designated today."), is still announced by OFAC's action for
    those passives (t27_04 lost four OFAC designations to the State Department in a first version). Relative clauses
    that describe their antecedent are not the release's action (`describes_antecedent`). Issue 13, D21. In a `story`
    (a document no body issues), "add ... to <a sanctions list>" too (`adds_to_sanctions_list`, N); not in a body's own
    release, whose own action is read otherwise: a State statement "imposing sanctions on three officials" whose
    "OFAC is adding these individuals to the SDN List today" follows was announced by OFAC in a first version (t11_06
    lost three State designations to OFAC, the gold's optional body)."""
    found = [tok for tok in active_triggers(sent, ANNOUNCING_VERBS)
             if not (tok.lemma_.lower() in IMPOSING_LEMMAS and not (imposed_measure(tok) and home_country_subject(tok)))]
    if story:
        found += list(adds_to_sanctions_list(sent))
    for tok in sorted(found, key=lambda t: t.i):
        if not describes_antecedent(tok):
            yield tok


#: The lists that "add X to ..." puts a sanctions target on ("its Specially Designated Nationals list", "the SDN List",
#: "its sanctions list", "a blacklist"); not the Commerce Department's Entity List, an export control.
SANCTIONS_LISTS = re.compile(r"\bSDN\b|Specially Designated Nationals|sanctions? list|blacklist", re.I)


def adds_to_sanctions_list(sent: Span) -> Iterator[Token]:
    """The sentence's active "add ... to <a sanctions list>" ("OFAC on Tuesday added two officials to its Specially
    Designated Nationals list"): a news story's statement of the action it reports, which announces it as a designation
    verb does. Without it, "They are **X** and **Y**" after that sentence went to the body of the next designation in
    the story (a separate State Department action the same day), the first active designation verb (issue 13, N)."""
    lemmas = token_lemmas(sent.doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] != "add":
            continue
        tok = sent.doc[i]
        if not tok.tag_.startswith("VB") or is_passive(tok):
            continue
        to = [c for c in tok.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "onto"}]
        if any(SANCTIONS_LISTS.search(" ".join(t.text for t in p.subtree)) for p in to):
            yield tok


def default_authority(ctx: DocContext) -> Cluster | None:
    """The authority announcing this document's action: the subject of its first active designation of today.

    Another government's earlier action ("The United Kingdom and the European Union sanctioned X in March 2025", under
    "Earlier actions") announces nothing: a release whose only active designation verb states such an action (its own
    action "took action against ...") is its most named sanctioning body's, and a U.S. body acting today comes before
    a foreign one acting today, and a release that names a U.S. sanctioning body is not announced by another government
    acting today either ("Also today, the United Kingdom sanctioned X" in a Treasury release whose own verb is "is taking
    action against"): its most named U.S. body announces it. Those sentences still give their own targets their own
    authority."""
    if ctx.announcing_known:
        return ctx.announcing
    result: Cluster | None = None
    actions: list[tuple[Cluster, Span, bool]] = []  # (actor, sentence, an earlier action)
    speaker = issuer(ctx)
    own = own_action(ctx) if speaker is None else None
    if own is not None:  # "The Council today adopted restrictive measures against ...": not the UK it recalls (SB)
        ctx.announcing_sentence = own.sentence
        ctx.announcing = _acting_office(ctx, own.body) if own.body is not None else None
        ctx.announcing_known = True
        return ctx.announcing
    country_first = False  # the first action of today is the country's, no body acting for it (`country_announces`)
    foreign_first = False  # ... or another government's the gazetteers do not know ("China sanctions three U.S. firms")
    for sent in ctx.sentences:
        for tok in announcing_triggers(sent, story=speaker is None):
            authority, _ = subject_authority(ctx, tok, sent)
            if authority is not None:
                actions.append((authority, sent, earlier_action(sent)))
                break
            if not actions and home_country_subject(tok) and not earlier_action(sent):
                country_first = True
            elif not actions and not country_first and not earlier_action(sent) \
                    and (foreign_country_subject(ctx, tok) or foreign_body_subject(ctx, tok)):
                foreign_first = True
        if actions and not actions[-1][2] and is_home_body(ctx, actions[-1][0]) and \
                (speaker is None or of_body(ctx, [actions[-1][0]], speaker)):
            break
    today = [a for a in actions if not a[2]]
    own = [a for a in today if speaker is not None and of_body(ctx, [a[0]], speaker)]  # the issuer's own action first
    home_named = names_home_body(ctx)
    chosen = next(iter(own), None) or next((a for a in today if is_home_body(ctx, a[0])), None)
    if chosen is None and actions and not home_named and not country_first:  # another government's release or story
        chosen = today[0] if today else actions[0]
    if chosen is not None:
        result, ctx.announcing_sentence = chosen[0], chosen[1]
    ctx.announcing_country = result is None and country_first
    if result is None and not country_first and not foreign_first:  # not the body of a background clause (DP, 34th)
        counts: dict[int, int] = {}
        for m in ctx.resolver.mentions:
            cluster = ctx.resolver.cluster_of(m)
            if cluster is not None and is_sanctioning(ctx, cluster):
                counts[cluster.index] = counts.get(cluster.index, 0) + 1
        home = {i for i in counts if is_home_body(ctx, ctx.resolver.clusters[i])}
        if home:  # a Treasury release that names the UK's earlier sanctions is still the Treasury's
            counts = {i: n for i, n in counts.items() if i in home}
        if speaker is not None:  # a State Department statement that names OFAC more often is still the State's
            counts = {i: n for i, n in counts.items() if of_body(ctx, [ctx.resolver.clusters[i]], speaker)} or counts
        if counts:  # the most specific sanctioning body named, then the one named most often
            named = [ctx.resolver.clusters[i] for i in counts]
            parents = {ctx.gaz.authorities[c.authority].parent for c in named if c.authority}
            specific = [c for c in named if c.authority not in parents] or named
            result = max(specific, key=lambda c: (counts[c.index], -c.index))
    if result is not None:
        result = _acting_office(ctx, result)
    ctx.announcing, ctx.announcing_known = result, True
    return result


def country_announces(ctx: DocContext) -> bool:
    """The release's first action of today is the home country's and no U.S. body acts for it or after it ("The United
    States on Tuesday imposed sanctions on X", and the only U.S. body named is in a background clause, "which the
    State Department designated in 2021"): its agentless designations are the country's government's
    (`home_country.home_government`), not the background body's, nor another government's acting later (V9 item 3, M44)."""
    default_authority(ctx)
    return ctx.announcing_country


def others_story(ctx: DocContext) -> bool:
    """A document in which no body and not the home country acts today (nor does `acting_today` find such an action),
    and which is either a story no U.S. body issues ("Canada and Australia on Wednesday imposed sanctions on ...",
    OFAC's earlier action in the background; a court case) or a reward offer (`offers_reward`). Its announcing body,
    if any, is the sanctioning body it names most (`default_authority`'s count) or the agent of an earlier action,
    which designates nobody there: not the names in bold, not a name the scorer weighs (issue 13, S). Read once per
    document: the learned scorer asks it for each candidate, and `acting_today` walks every token."""
    if ctx.others_story is None:
        ctx.others_story = _others_story(ctx)
    return ctx.others_story


def _others_story(ctx: DocContext) -> bool:
    default_authority(ctx)
    stated = ctx.announcing_sentence  # the action that gave the announcing body: none, or an earlier one
    if ctx.announcing_country or stated is not None and not earlier_action(stated):
        return False
    return (issuer(ctx) is None or offers_reward(ctx)) and not acting_today(ctx)


#: The present of "be" before a progressive passive ("A and B are being designated").
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def acting_today(ctx: DocContext) -> bool:
    """Some sentence states an action of today the announcing reading did not take: a designation verb, "impose" or
    "take (action)" not negated in a sentence with "today" ("Today, OFAC took action against four individuals"), or a
    progressive passive ("A and B are being designated for ..."). A Treasury release written so has its designees
    (its bold names, the scorer's) whatever body it names most (S)."""
    lemmas = token_lemmas(ctx.doc)
    verbs = ACTING_VERBS | IMPOSING_LEMMAS | {"take"}
    for sent in ctx.sentences:
        today = any(lemmas[i] == "today" for i in range(sent.start, sent.end))
        for i in range(sent.start, sent.end):
            if lemmas[i] not in verbs:
                continue
            tok = ctx.doc[i]
            children = list(tok.children)
            if any(c.dep_ == "neg" for c in children):
                continue
            being = any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children)
            progressive = being and any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in children)
            if today and tok.pos_ in {"VERB", "AUX"} or progressive:
                return True  # "are being designated", not "after being sanctioned"
    return False


def offers_reward(ctx: DocContext) -> bool:
    """The release offers a reward for information ("RFJ is offering rewards of up to $10 million for information on
    four leaders of X"): a note whose people are those sought, not designated, when no body acts today (S)."""
    lemmas = token_lemmas(ctx.doc)
    if "reward" not in lemmas:
        return False
    return any(lemma == "offer" and ctx.doc[i].pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "reward" for c in ctx.doc[i].children) for i, lemma in enumerate(lemmas))


def _acting_office(ctx: DocContext, department: Cluster) -> Cluster:
    """"The Department of the Treasury ... OFAC is designating": the department's office that the release shows acting."""
    for sent in ctx.sentences:
        for tok in active_triggers(sent, TARGETING_VERBS):
            actor, _ = subject_authority(ctx, tok, sent)
            if actor is not None and actor.authority in ctx.gaz.authorities and ctx.gaz.authorities[actor.authority].parent == department.authority:
                return actor
    return department


def release_or_section_authority(ctx: DocContext, sent: Span) -> Cluster | None:
    """The body of a designation that names none: the U.S. body the heading of its section names ("TREASURY
    DESIGNATIONS" in a State Department note, extract/issuer.py `section_body`), else the release's announcing
    authority (which stays when it is that body or its office)."""
    default = default_authority(ctx)
    body = section_body(ctx, sent)
    if body is None or default is not None and same_body(ctx, body.authority or "", default.authority or ""):
        return default
    return body
