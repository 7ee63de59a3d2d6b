"""Named targets of a designation in a token window: people, organizations, vessels.

Not authorities, places, programs, a title's complement, a possessor ("Iran's Morality
Police"), or a noun inside a prepositional phrase ("officials of the Government of X").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from .context import DocContext

NOT_DESIGNEE_TYPES = {"Country", "SanctionsProgram"}


def candidates(ctx: DocContext, sent: Span, start: int, end: int) -> list[tuple[Mention, Cluster]]:
    """Named targets in a token window: people, organizations, vessels; not authorities, places, programs, title complements."""
    blocked: set[int] = set()
    for title in ctx.titles_in(sent):
        blocked.update(range(title.phrase_start, title.span_end))
    out: list[tuple[Mention, Cluster]] = []
    seen: set[int] = set()
    for m in ctx.mentions_in(max(start, sent.start), min(end, sent.end)):
        if m.start in blocked or m.alias_of is not None or _in_prepositional_phrase(sent.doc, m, blocked, start):
            continue
        cluster = ctx.entity(m)
        if cluster is None or cluster.authority or cluster.type in NOT_DESIGNEE_TYPES or cluster.index in seen:
            continue
        if m.end < len(sent.doc) and sent.doc[m.end].tag_ == "POS":
            continue  # "Iran's Morality Police" keeps the police, not Iran; "BelAZ's Director" is not BelAZ
        if _names_a_topic(sent.doc, m):
            continue  # "targeting Iran's UAV program": the program is targeted, no body named "UAV"
        seen.add(cluster.index)
        out.append((m, cluster))
    return out


def _in_prepositional_phrase(doc: Doc, m: Mention, blocked: set[int], window_start: int) -> bool:
    """"officials of the Government of Venezuela", "allies of President X": a noun inside a phrase, not a target."""
    j = m.start - 1
    while j >= window_start and (j in blocked or doc[j].lower_ in {"the", "a", "an", "its", "his", "her", "their"}
                                 or doc[j].tag_ in {"JJ", "POS", "NNP"} and doc[j].text[:1].isupper()
                                 or doc[j].tag_ in {"NN", "NNS", "POS", "NNP"} and _noun_inside_phrase(doc, j)):
        j -= 1
    return j >= window_start and doc[j].tag_ == "IN" and doc[j].lower_ not in {"as", "including", "like"}


def _noun_inside_phrase(doc: Doc, j: int) -> bool:
    """A common noun or possessive inside a noun phrase ("Maduro's wife X"): part of the phrase, keep walking back."""
    return doc[j].tag_ in {"NN", "NNS", "POS"} or (doc[j].tag_ == "NNP" and j + 1 < len(doc) and doc[j + 1].tag_ == "POS")


TOPIC_NOUNS = {"program", "programs", "programme", "programmes", "sector", "sectors", "industry", "industries", "project",
               "projects", "economy", "trade"}


def _names_a_topic(doc: Doc, m: Mention) -> bool:
    """A name that only modifies a lower-case topic noun after it ("the UAV program", "Iran's petroleum sector")."""
    root = doc[m.start:m.end].root
    head = root.head
    return root.dep_ in {"compound", "amod", "nmod"} and head.i >= m.end and head.is_lower and head.lower_ in TOPIC_NOUNS
