"""Targets a story counts or describes first and names later, in a sentence that opens with the description.

Wire stories name a group of targets without their names and give the names in the sentences after: "The measures
also cover three shipping firms. The first, Singapore-registered X, manages ... The second, Y, owns ...", "The
measures also reach two trading houses and a tanker. ... The tanker, the Panama-flagged Z (IMO 9254187), has
loaded ...", "It also blacklisted an Asmara-based haulage company that ... . The company, W, is registered in ...".
No sentence names X, Y, Z or W as designated; the opening "The first, <name>," / "The fourth company, <name>," / "The
<noun>, <name>," points back
at a group or a target that a designation sentence of the story announced. Each such name is a designee of that
sentence's body (the story's when it names none), at 0.6 as a bold name's. Issue 13, D15.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..nlp.coref import Cluster
from ..nlp.doc_text import span_text
from ..records import Relation
from .authority import authorities_in
from .context import DocContext
from .release import designation_for
from .targets import NOT_DESIGNEE_TYPES, candidates

ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "last", "other"})
#: A sentence that announces an action on a group or a target: a designation verb or the measures as its subject.
ANNOUNCING = re.compile(r"\b(designat\w*|sanction\w*|blacklist\w*|measures|penalties)\b", re.I)
#: An earlier sentence denies or dates the action: no announcement of today ("was designated in 2019", "not named").
INDEFINITE = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
LOOK_BACK = 12


def referred_designees(ctx: DocContext, found: list[Relation], extractor: str) -> list[Relation]:
    """Designations of the names that sentences opening "The first, <name>,", "The fourth company, <name>," or "The <noun>, <name>," give for a group
    or a target announced before them (none a rule gave already)."""
    given = {r.subject.name for r in found if r.relation == "designated_by"}
    out: list[Relation] = []
    for index, sent in enumerate(ctx.sentences):
        opening = _opening(sent)
        if opening is None:
            continue
        word, comma = opening
        announcing = _announcing_sentence(ctx, index, word)
        if announcing is None:
            continue
        target = _apposed_name(ctx, sent, comma)
        if target is None or target.name in given:
            continue
        bodies = [c for c in authorities_in(ctx, announcing.start, announcing.end) if ctx.gaz.authorities[c.authority].sanctioning]  # type: ignore[index]
        rel = designation_for(ctx, sent, target, None, 0.6, extractor, bodies[0] if bodies else None)
        if rel is not None:
            given.add(target.name)
            out.append(rel)
    return out


def _opening(sent: Span) -> tuple[str, int] | None:
    """("first", index of the comma) for a sentence opening "The first, ..." or "The fourth company, ..."; ("company",
    ...) for "The company, ..."."""
    words = [t for t in sent if not t.is_space][:5]
    if len(words) < 3 or words[0].lower_ != "the":
        return None
    word = words[1]
    if word.lower_ in ORDINALS:
        if words[2].text == ",":
            return word.lower_, words[2].i
        if len(words) > 3 and words[3].text == "," and words[2].is_lower and words[2].tag_ in {"NN", "NNS"}:
            return word.lower_, words[3].i  # "The fourth company, X, ...", "The fifth official, Deputy Minister X, ..."
        return None
    if words[2].text == "," and word.tag_ == "NN" and word.is_lower:
        return word.lower_, words[2].i
    return None


def _announcing_sentence(ctx: DocContext, index: int, word: str) -> Span | None:
    """The nearest sentence before `index` (up to LOOK_BACK) that announces an action and counts a group (for an
    ordinal: "three shipping firms") or names a target by `word` after an indefinite ("an Asmara-based haulage
    company", "a tanker")."""
    for before in reversed(ctx.sentences[max(0, index - LOOK_BACK):index]):
        if not ANNOUNCING.search(span_text(before)):
            continue
        for tok in before:
            near = before.doc[max(before.start, tok.i - 5):tok.i]
            if word in ORDINALS:
                if tok.tag_ == "NNS" and any(w.like_num or w.lower_ in INDEFINITE - {"a", "an", "one"} for w in near):
                    return before
            elif tok.lower_ == word and any(w.lower_ in INDEFINITE for w in near):
                return before
    return None


def _apposed_name(ctx: DocContext, sent: Span, comma: int) -> Cluster | None:
    """The name set after the opening's comma, before the next comma or parenthesis ("The first, Istanbul-based X, ...",
    "The tanker, the Panama-flagged Y (IMO ...), ...")."""
    doc = sent.doc
    stop = next((t.i for t in doc[comma + 1:sent.end] if t.text in {",", "(", ";"}), sent.end)
    found = candidates(ctx, sent, comma + 1, stop)
    if not found:
        return None
    m, cluster = found[0]  # the first name: "A and B Company" cut in two gives no name, not its second half
    whole = all(t.is_punct for t in sent.doc[m.end:stop])  # "Ltd. Şti.": the name's last full stop stands apart
    return cluster if whole and cluster.type not in NOT_DESIGNEE_TYPES and not cluster.authority else None
