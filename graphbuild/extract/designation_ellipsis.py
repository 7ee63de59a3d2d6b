"""Targets an elliptical clause adds to the designation before it (issue 13, D16).

News stories and State notes name a further target with no designation word of its own: "The militia itself was
designated, as was Y", "Both are designated, as is Y", "X was sanctioned for ... . So was X's son-in-law, Y, who ...".
The clause holds only "as" / "so", a form of "be" and a subject: it says of Y what the clause or the sentence before
says of its targets, so Y takes that designation (its body, program, date and whether it is today's).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_words
from ..nlp.mentions import Mention
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .designation_windows import names_beside, negated, with_conjuncts

#: Dependents that give "be" a complement of its own ("as was reported", "as is required by law", "as was the case in
#: 2019"): no ellipsis then.
COMPLEMENTS = {"acomp", "xcomp", "ccomp", "dobj", "prep", "agent", "advcl", "oprd", "auxpass", "aux", "dep"}


def _elliptical_subject(be: Token) -> Token | None:
    """The subject after a bare "was" / "are" ("as was Y", "So were A and B"): no complement, no negation."""
    if be.lemma_ != "be" or negated(be) or any(c.dep_ in COMPLEMENTS for c in be.children):
        return None
    subjects = [c for c in be.children if c.dep_ in {"nsubj", "nsubjpass", "attr"}]  # "So was Y": Y may be parsed as attr
    subject = subjects[0] if len(subjects) == 1 and subjects[0].i > be.i else None  # two: "as was Y the carrier", "were A and B the subjects"
    if subject is None or any(_complement_in_subject(t) for t in with_conjuncts(subject)):
        return None
    return subject


def _complement_in_subject(tok: Token) -> bool:
    """The parser hung be's own complement inside the subject: a noun phrase set right after a name with no comma ("as
    was Y the carrier of record", "as is Y the subject of an indictment"), an object ("So too were A and B the subjects
    of ..."), or a phrase "the first / only / last to <verb>" ("So was Y, the broker's accountant, the first to
    testify")."""
    if any(c.dep_ in {"dobj", "attr"} for c in tok.children):
        return True
    if tok.dep_ == "appos" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text != "," and tok.head.i < tok.i:
        return True
    return any(c.dep_ in {"relcl", "acl"} and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in tok.children)


def as_was(ctx: DocContext, sent: Span, trigger: Token, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """"X was designated, as was Y" / "Both are designated, as is Y": the subject of the clause "as" + "be" that the
    passive verb governs, designated with the verb's own targets."""
    out: list[tuple[Mention, Cluster]] = []
    for be in trigger.children:
        if be.dep_ != "advcl" or be.i < trigger.i or not any(c.dep_ == "mark" and c.lower_ == "as" for c in be.children):
            continue
        subject = _elliptical_subject(be)
        if subject is not None:
            out += [x for x in names_beside(ctx, sent, subject) if x[1].index not in known]
    known.update(c.index for _, c in out)
    return out


def so_was_subject(sent: Span) -> Token | None:
    """"So was Y, who ..." / "So too were A and B": the subject of a sentence that opens with "So" and a form of "be"
    and repeats what the sentence before states; None for any other sentence."""
    if "so" not in token_words(sent.doc)[1][sent.start:sent.end]:
        return None  # its first word is no "so" (`Token.lower_` of each word, read once per doc: issue 18, S22)
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if len(words) > 3 and words[1].lower_ == "too":
        words = [words[0], *words[2:]]  # "So too were A and B"
    if len(words) < 3 or words[0].lower_ != "so" or words[1].dep_ != "ROOT":
        return None
    return _elliptical_subject(words[1])


def repeated_designations(ctx: DocContext, sent: Span, before: list[Relation], extractor: str) -> list[tuple[Relation, int]]:
    """The designations a "So was Y" sentence gives: Y designated by each body of the sentence before, with that
    sentence's program, date and tense; (relation, Y's cluster index) pairs."""
    subject = so_was_subject(sent)
    if subject is None or not before:
        return []
    out: list[tuple[Relation, int]] = []
    bodies = {rel.object.name: rel for rel in reversed(before) if rel.relation == "designated_by"}
    for _, cluster in names_beside(ctx, sent, subject):
        for rel in bodies.values():
            out.append((relation("designated_by", ref(cluster), rel.object, sent, extractor, rel.confidence, program=rel.program,
                                 measures=list(rel.measures), date=rel.date, date_text=rel.date_text, current=rel.current),
                        cluster.index))
    return out


#: The elided clause's "is" / "are": "but his father was" tells an earlier action, not today's (review of the
#: twenty-first session).
PRESENT_BE = frozenset({"VBZ", "VBP"})
#: Conjunctions that set an elided "is" against the negated designation before it ("X is not designated, but Y is").
CONTRASTING = frozenset({"but", "while", "whereas"})


def but_is(ctx: DocContext, sent: Span, trigger: Token) -> list[tuple[Mention, Cluster]]:
    """"X is not designated today, but his son, Y, is", "A and B are not designated, while C and D are": the subject of
    a bare "is" / "are" that "but" / "while" sets against a negated passive designation; the elided clause is the positive one, so Y is designated as the verb would say
    (its body, date and program). P17: Y was designated by nobody, the sentence read only as a denial."""
    out: list[tuple[Mention, Cluster]] = []
    for be in trigger.children:
        if be.dep_ not in {"conj", "advcl"} or be.i < trigger.i or be.lemma_ != "be" or be.tag_ not in PRESENT_BE or negated(be) \
                or any(c.dep_ in COMPLEMENTS for c in be.children):
            continue
        if not any(c.dep_ in {"cc", "mark"} and c.lower_ in CONTRASTING and trigger.i < c.i < be.i for c in (*trigger.children, *be.children)):
            continue
        subjects = [c for c in be.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < be.i]
        if len(subjects) != 1 or be.i + 1 < sent.end and not sent.doc[be.i + 1].is_punct:
            continue  # "..., but Y is the owner": a clause of its own, no ellipsis
        out += names_beside(ctx, sent, subjects[0])
    return out


def followers(trigger: Token) -> list[Token]:
    """"The European Union on Monday sanctioned X, and the United States followed on Tuesday", "... and Britain followed
    suit": the verbs "follow" coordinated with an active designation verb, not negated; each one's subject acts on the
    verb's targets (its own date). The caller asks who the subject is (`authority.verb_actor`) and drops a future or
    hedged one ("and Britain is expected to follow", "Britain may follow": `designation_mood.unrealised`). P17: the
    elided action designated nobody."""
    return [c for c in trigger.children if c.dep_ == "conj" and c.i > trigger.i and c.lemma_.lower() == "follow"
            and not negated(c) and any(s.dep_ == "nsubj" for s in c.children)
            and not any(o.dep_ == "dobj" and o.lower_ != "suit" for o in c.children) and not own_action(c)]


#: Prepositions that give a "follow" its own action: "followed with sanctions on Y", "followed by designating Y".
ACTION_PREPOSITIONS = frozenset({"with", "by", "against", "through"})
#: Dependencies of a clause under "follow" that tells what the follower did: "followed, designating Y".
ACTION_CLAUSES = frozenset({"advcl", "xcomp", "ccomp", "conj"})


def own_action(follow: Token) -> bool:
    """"and the United States followed with sanctions on Y" / "followed, designating Y instead" / "followed suit on
    Tuesday, designating Y": the follower did a thing of its own, told there, not the first subject's action again, so
    the first subject's targets are not its (R3 review, X1: Kessel was designated by the follower). Only a bare
    "followed (suit)" with a date shares the targets."""
    for c in follow.children:
        if c.dep_ == "prep" and c.lower_ in ACTION_PREPOSITIONS:
            return True
        if c.dep_ in ACTION_CLAUSES and c.pos_ in {"VERB", "AUX"}:
            return True
    return any(t.lower_ == "instead" for t in follow.subtree)
