"""An active "listed" that is a sanctions listing by a body: "The European Union and the United Kingdom listed X".

News stories and notes write other governments' actions so ("Canada has listed A, B and C under its regulations");
the designation rules (`designations`) take such a verb as a trigger only when a sanctioning body heads its subject
and the list is no list of another kind ("The EU's annual report listed X", "listed X and Y as partners"). Its own
module since the sixteenth session (issue 13, C7): `authority` says which body acts in a sentence, this says whether a
"listed" is a sanctions act at all.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .acting_subject import acting_subjects, partner_tokens
from .designation_verbs import is_passive
from .named_bodies import authorities_in
from .context import DocContext
from .issuer import is_sanctioning


def listing_body(ctx: DocContext, verb: Token) -> bool:
    """An active "listed" (or "has listed") whose subject is a sanctioning body: "The European Union and the United
    Kingdom listed X", "Canada has listed A, B and C under its regulations", as news stories and notes write other
    governments' actions (readable invented sets, about twenty documents; no real release); not "to list", "lists", nor
    a subject naming no body ("The report listed X"). Issue 13, D19. The body must head the subject or a conjunct of it
    that the text does not deny, not own it ("The EU's annual report listed X"), and the listing must be no other kind
    of list ("listed X and Y as partners in a trade mission", "listed X among the largest importers"): issue 13, M22,
    review V7 item 6."""
    if verb.tag_ not in {"VBD", "VBN"} or is_passive(verb) or _other_kind_of_list(verb):
        return False
    subjects = acting_subjects(verb)
    first = min((s.left_edge.i for s in subjects), default=verb.i)  # the parser may split "the Council's X (Y) Committee"
    for subject in subjects:
        skip = partner_tokens(subject)
        for head in (subject, *subject.conjuncts):
            mention = ctx.resolver.mention_at(head.i) if head.i not in skip else None
            cluster = ctx.resolver.cluster_of(mention) if mention is not None else None
            if cluster is not None and cluster.authority and is_sanctioning(ctx, cluster):
                return True
            if head.i not in skip and head.lower_ in BODY_ORGANS and any(  # "The UN Security Council's 1267 Committee"
                    is_sanctioning(ctx, c) for c in authorities_in(ctx, min(first, head.left_edge.i), head.i + 1, skip)):
                return True
    return False


#: Heads of a subject that are a sanctioning body's own organ when the body owns them ("the Security Council's
#: Libya Sanctions Committee listed X"), unlike its report, website or statement.
BODY_ORGANS = frozenset({"committee", "council", "commission", "office", "ministry", "department", "government"})


#: Prepositions after "listed X" that put X on a list of another kind unless their phrase speaks of sanctions: "as
#: partners", "among the importers". Not a companion ("alongside Y", "with Y", "beside", "between"): a body that
#: lists X alongside Y lists two targets (the one readable sentence where "alongside" fired, C7's audit).
OTHER_LIST_PREPOSITIONS = frozenset({"as", "among"})
#: What "listed X in/on <noun>" puts X in when it is no sanctions list ("in its annual report", "on its website"):
#: documents and tables, not an event ("mission" left with C7's audit: "as partners" decides that case).
OTHER_LISTS = frozenset({"report", "study", "review", "survey", "publication", "website", "statement", "directory",
                         "ranking", "index", "catalogue", "catalog", "brochure", "table", "chart"})
#: Words of a phrase that makes a listing one of sanctions ("on its sanctions list", "as a terrorist organization").
SANCTIONS_LIST_WORDS = re.compile(r"sanction|designat|terror|blacklist|restrictive|freez|consolidated|regulation|^lists?$", re.I)


def _other_kind_of_list(verb: Token) -> bool:
    """"listed X as partners", "listed X among the importers", "listed X in its annual report": a phrase of the verb or
    of its object that groups X with others, or puts X in a document of another kind, and does not speak of sanctions
    (a date, "in its entirety", "on its consolidated list" are no such phrase)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    for prep in (c for h in (verb, *objects) for c in h.children if c.dep_ == "prep"):
        if prep.lower_ in {"in", "on"} and not any(o.lemma_.lower() in OTHER_LISTS for o in prep.children if o.dep_ == "pobj"):
            continue  # "listed X in 2023", "in its entirety", "on its consolidated list"
        if prep.lower_ not in OTHER_LIST_PREPOSITIONS | {"in", "on"}:
            continue
        phrase = list(prep.subtree)[1:]
        if all(t.ent_type_ == "DATE" or t.is_punct or t.lower_ in {"the", "a", "an"} for t in phrase):
            continue  # "listed X in 2023", "on May 4"
        if not any(SANCTIONS_LIST_WORDS.search(t.text) for t in phrase):
            return True
    return False
