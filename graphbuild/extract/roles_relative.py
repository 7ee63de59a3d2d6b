"""A post stated by a head verb in an object relative clause on the body: "Y, an agency that X co-founded",
"Y, which X leads", "Y, the company X runs" (issue 13, R13); since the twenty-seventh session (TH) also with the
paragraph's person named by he/she ("Y, a cattle export company he founded and manages") and a perfect auxiliary
("Y, which X has headed since 2017"), and a title after "of which" ("Y, of which he is chairman").

The person is the clause's subject, the verb (a head verb of `roles_prose.HEAD_VERBS`) has no object of its own (the
relative pronoun, or nothing, stands for it), and the body is what the clause hangs on: a body mention right before
"which" / "that", or the body a common noun ("an agency", "the company") is apposed to ("Y (Y'), an employment
agency that X co-founded"). The post and its class are the verb's (`roles_prose.verb_post`): "leads" -> leader,
"co-founded" -> co-founder. "Y, the company X owns" is no post: ownership by a person is none unless a title states it
(GUIDELINES). A relative coordinated with the first ("Y, which A founded and which B manages") hangs on the same body.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .roles_common import ADVERBS, NAME, _after_alias
from .roles_prose import HEAD_VERBS, verb_post

RELATIVE_WORDS = {"that", "which"}
#: "Y, of which X is chairman": the copula between the holder and a title that names no body of its own.
COPULAS = frozenset({"is", "was", "remains"})
#: A perfect tense before the head verb ("which X has headed since 2017"): the verb is the participle after it.
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})


def _head_verb(doc: Doc, j: int, end: int) -> tuple[str, int] | None:
    """The head verb's lemma and index at `j` (past adverbs); "co-founded" is re-joined from its three tokens."""
    while j < end and doc[j].lower_ in ADVERBS:
        j += 1
    if j + 1 < end and doc[j].lower_ in PERFECT_AUXILIARIES and doc[j + 1].tag_ == "VBN":
        j += 1  # "which X has headed": the participle is the head verb
    if j + 2 < end and doc[j].lower_ == "co" and doc[j + 1].text == "-" and doc[j + 2].lemma_.lower() == "found":
        return "co-found", j + 2
    if j >= end:
        return None
    lemma = doc[j].lemma_.lower()
    if doc[j].tag_ in {"VBZ", "VBD", "VBP", "VBN"} and lemma in HEAD_VERBS:  # not "owns": ownership is no post
        return lemma, j
    if doc[j].tag_ == "NNS" and doc[j].lower_[:-1] in HEAD_VERBS and (j + 1 == end or doc[j + 1].is_punct):
        return doc[j].lower_[:-1], j  # "the development company X chairs.": the small model tags the verb a plural noun
    return None


def _has_object(doc: Doc, verb: int, end: int) -> bool:
    """The verb governs an object of its own ("that X owns a stake in", "which X leads to Y"): not a relative on the body."""
    nxt = verb + 1
    if nxt < end and (doc[nxt].lower_ in {"the", "a", "an", "its", "his", "her", "their"} or doc[nxt].tag_ in {"NNP", "NN", "NNS", "PRP"}):
        return True
    return any(c.dep_ in {"dobj", "obj"} and c.i > verb and c.lower_ not in RELATIVE_WORDS for c in doc[verb].children)


def _body_before(ctx: DocContext, sent: Span, j: int) -> Cluster | None:
    """The body a relative clause opening before token `j` hangs on: a body mention ending right before `j` (past a
    comma), or one a lower-case noun phrase right before `j` is apposed to ("Y (Y'), an employment agency")."""
    doc = sent.doc
    k = j
    if k - 1 >= sent.start and doc[k - 1].lower_ == "and" and doc[j].lower_ in RELATIVE_WORDS:
        first = next((i for i in range(k - 2, max(sent.start, k - 10) - 1, -1) if doc[i].lower_ in RELATIVE_WORDS), None)
        return _body_before(ctx, sent, first) if first is not None else None  # "Y, which A founded and which B manages"
    if k - 1 >= sent.start and doc[k - 1].text == ",":
        k -= 1
    body = _body_ending_at(ctx, sent, k)
    if body is not None:
        return body
    noun = doc[k - 1] if k - 1 >= sent.start else None
    if noun is None or noun.tag_ not in {"NN", "NNS"} or not noun.is_lower:
        return None
    start = k - 1
    while start - 1 >= sent.start and start > k - 5 and (doc[start - 1].is_lower and doc[start - 1].tag_ in {"NN", "NNS", "JJ", "VBG", "DT", "HYPH"}
                                                          or doc[start - 1].text == "-"):
        start -= 1  # "an employment agency", "the stevedoring company"
    if start == k - 1 and doc[start].tag_ != "NN" or start - 1 < sent.start or doc[start - 1].text != ",":
        return None
    if not any(doc[i].lower_ in {"the", "an", "a"} for i in range(start, k - 1)):
        return None
    end = start - 1
    if end - 1 >= sent.start and doc[end - 1].text == ")":  # "Y (Y'), an agency": past the alias
        opening = next((i for i in range(end - 2, max(sent.start, end - 8) - 1, -1) if doc[i].text == "("), None)
        if opening is None:
            return None
        end = opening
    return _body_ending_at(ctx, sent, end)


def _body_ending_at(ctx: DocContext, sent: Span, end: int) -> Cluster | None:
    """The body whose mention ends right before token `end`."""
    if end - 1 < sent.start:
        return None
    m = ctx.resolver.mention_at(end - 1)
    if m is None or m.end != end or m.start < sent.start:
        return None
    cluster = ctx.entity(m)
    return cluster if cluster is not None and cluster.is_plain_body else None


def relative_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"Y, an agency that X co-founded", "Y, which X leads", "Y, the company X runs": X's post at Y."""
    doc = sent.doc
    for m, cluster in people:
        if m.start - 1 < sent.start:
            continue
        if (post := _of_which_post(ctx, sent, m)) is not None:
            yield post(cluster)
            continue
        opener = m.start - 1 if doc[m.start - 1].lower_ in RELATIVE_WORDS else m.start
        if opener == m.start and not (doc[m.start - 1].tag_ in {"NN", "NNS"} and doc[m.start - 1].is_lower):
            continue  # a reduced relative needs its noun right before the name: "the company X owns"
        found = _head_verb(doc, _after_alias(doc, m), sent.end)
        if found is None:
            continue
        lemma, verb = found
        if _has_object(doc, verb, sent.end):
            continue
        body = _body_before(ctx, sent, opener)
        if body is None:
            continue
        role, role_class = verb_post(lemma)
        yield relation("holds_role", ref(cluster), ref(body), sent, NAME, 0.75, role=role, role_class=role_class,
                       current=doc[verb].tag_ != "VBD" or lemma in {"found", "co-found"})


def _of_which_post(ctx: DocContext, sent: Span, m: Mention) -> Callable[[Cluster], Relation] | None:
    """"Y, of which X is chairman": the title after X's copula, when it names no body, is X's post at Y (the body the
    "of which" clause hangs on). A callable taking X's cluster, or None."""
    doc = sent.doc
    if m.start - 2 < sent.start or doc[m.start - 2].lower_ != "of" or doc[m.start - 1].lower_ != "which":
        return None
    j = _after_alias(doc, m)
    while j < sent.end and doc[j].lower_ in ADVERBS:
        j += 1
    if j >= sent.end or doc[j].lower_ not in COPULAS:
        return None
    title = next((t for t in ctx.titles_in(sent) if t.phrase_start in {j + 1, j + 2} and t.phrase_start > j), None)
    if title is None or title.org is not None or title.org_name or title.plural or any(
            doc[i].lower_ not in {"also", "the", "a", "an", "its", "former", "now"} for i in range(j + 1, title.start)):
        return None
    body = _body_before(ctx, sent, m.start - 2)
    if body is None:
        return None
    return lambda cluster: relation("holds_role", ref(cluster), ref(body), sent, NAME, 0.75, role=title.role,
                                    role_class=title.role_class, current=not title.former and doc[j].lower_ != "was")
