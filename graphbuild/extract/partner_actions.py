"""Other bodies acting on the release's targets as a group: "The United Kingdom and Canada also imposed
sanctions on both officials today", "These individuals were also sanctioned by the European Union".

Each target gets every authority the text gives it. When a sentence names no target but points back at
the release's designees with a size ("both officials", "all three", "these four individuals"), and the
release has designated exactly that many of the kinds its group noun admits, every body acting in it
designates each of them. A group without a size ("these individuals", "them") is left alone: in a release
of hundreds of designees it rarely means all of them. Earlier actions (a date, "previously") and negations
are not today's action and are left out.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import span_text, token_lemmas
from ..records import Relation
from .designation_verbs import VERB_TRIGGERS, imposed_measure, is_passive
from .named_bodies import authorities_in, same_body
from .common import evidence, ref
from .context import DocContext
from .release import group_kinds
from .targets import candidates

_MEASURE_WORDS = re.compile(r"sanction|designat|restrictive measures|visa restriction", re.I)  # compiled once (PF, 32nd)

IMPOSING_VERBS = frozenset(VERB_TRIGGERS | {"impose"})  # "impose sanctions on": built once, not at every token
POINTING = {"both", "these", "those", "all", "each"}
NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
DATED = re.compile(r"\b(19|20)\d\d\b|\b(previously|earlier|formerly|already|in the past)\b", re.I)


def partner_designations(ctx: DocContext, found: list[Relation], extractor: str) -> list[Relation]:
    """Designations by each body acting on the release's group of designees in a sentence that names none of them."""
    own = [r for r in found if r.relation == "designated_by" and r.current]
    if not own:
        return []
    out: list[Relation] = []
    given = {(r.subject.name, r.object.name) for r in found if r.relation == "designated_by"}
    lemmas = token_lemmas(ctx.doc)  # `_group_action` acts on imposing verbs only: no Token for the other words (issue 18, T25)
    for sent in ctx.sentences:
        text = span_text(sent)
        if not _MEASURE_WORDS.search(text) or DATED.search(text):
            continue
        for tok in (sent.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in IMPOSING_VERBS):
            window = _group_action(ctx, sent, tok)
            if window is None:
                continue
            start, end, bodies = window
            words = {t.lower_ for t in sent.doc[start:end]}
            if not words & POINTING or candidates(ctx, sent, start, end):
                continue
            kinds = group_kinds(words)
            group = [r for r in own if not kinds or r.subject.type in kinds]
            if len({r.subject.name for r in group}) != _count(sent.doc[start:end]):
                break  # "both officials", "all three": only a group whose size the text gives and the release matches
            for body in bodies:
                name = ref(body).name
                for rel in group:
                    if (rel.subject.name, name) in given or same_body(ctx, name, rel.object.name):
                        continue
                    given.add((rel.subject.name, name))
                    out.append(Relation(relation="designated_by", subject=rel.subject, object=ref(body), evidence=[evidence(sent, extractor)],
                                        confidence=0.6, program=None, measures=[], date=ctx.date, current=True))
            break
    return out


def _group_action(ctx: DocContext, sent: Span, tok: Token) -> tuple[int, int, list[Cluster]] | None:
    """(start, end, acting bodies) of a designation verb whose target may be a group: the object of an active
    "sanction / designate" or of "impose ... on", or the subject of a passive with a "by" agent."""
    doc = sent.doc
    lemma = tok.lemma_.lower()
    if not tok.tag_.startswith("VB") or lemma not in IMPOSING_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return None
    if is_passive(tok):
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        by = next((t for t in doc[tok.i + 1:min(sent.end, tok.i + 6)] if t.lower_ == "by"), None)
        if not subjects or by is None:
            return None
        return subjects[0].left_edge.i, subjects[0].right_edge.i + 1, authorities_in(ctx, by.i, min(sent.end, by.i + 14))
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    bodies = authorities_in(ctx, subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
    if lemma == "impose":
        on = next((t for t in doc[tok.i + 1:min(sent.end, tok.i + 8)] if t.lower_ == "on"), None)
        if on is None or not imposed_measure(tok):
            return None  # "also imposed fines on both firms": no designation (M13)
        start = on.i + 1
    else:
        start = tok.i + 1
    end = next((t.i for t in doc[start:sent.end] if t.lower_ in {"for", "pursuant", "under", "because", "today", "in", ".", ",", ";"}), sent.end)
    return start, end, bodies


def _count(window: Span) -> int | None:
    """The size a group reference gives: "both" 2, "all three" 3, "these 4 individuals" 4; None without one."""
    for t in window:
        if t.lower_ in NUMBERS:
            return NUMBERS[t.lower_]
        if t.like_num and t.text.isdigit():
            return int(t.text)
    return None
