"""Targets a counted statement announces and the release then describes, one paragraph each.

"Today, the Department of State is designating eight individuals and three entities involved in ..." and then, under
headings or not, one paragraph per target: "Svetlana X is a deputy to ...", "The Y Fund, a foundation registered in
..., operates ...", "Colonel Z commands ...". No sentence names them as designated, no bold or list sets them apart:
the statement's count and the paragraphs' shape do. A paragraph counts when its first sentence is prose (a verb, a
full stop; no reporting verb, which quotes a speaker, and no designation verb, which the sentence rules read) and
opens with its named subject (after a title at most) of a kind the statement's noun admits. The reading holds only
when the statement's count covers every such subject together with the designees the rules found in those
paragraphs: a release whose paragraphs describe more names than it counts is describing something else too.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..nlp.doc_text import token_words
from ..records import Relation
from .designation_verbs import ACTING_VERBS, REPORTING_VERBS
from .context import DocContext
from .designation_windows import neither_nor
from .list_items import starts_line, subject_mention
from .partner_actions import NUMBERS
from .release import ANY_NOUNS, ORG_NOUNS, PERSON_NOUNS, VESSEL_NOUNS, GroupStatement, designation_for, group_statements
from .targets import NOT_DESIGNEE_TYPES, candidates

GROUP_NOUNS = PERSON_NOUNS | ORG_NOUNS | VESSEL_NOUNS | ANY_NOUNS
COUNT_WORDS = {**NUMBERS, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
               "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
#: Verbs of a paragraph that quotes or reports someone ("X added", "Y rejected the measures"), not one describing a target.
SPEAKING = frozenset(REPORTING_VERBS | {"tell", "reject", "welcome", "condemn", "deny"})


def stated_count(sent: Span) -> int | None:
    """The number of targets a statement counts: the sum of the numbers on its group nouns ("eight individuals and
    three entities" 11, "16 members of ..." 16); None when it counts none."""
    total = 0
    for tok in sent:
        number = number_of(tok)
        if number is not None and tok.dep_ == "nummod" and tok.head.lower_ in GROUP_NOUNS:
            total += number
        elif (number is not None or tok.lower_ == "one") and _counts_of_group(tok):
            total += number or 1  # "three of the group's commanders and one of its financiers" (D25)
    return total or None


def _counts_of_group(tok: Token) -> bool:
    """A number counting the people or bodies of its "of" object ("three of the group's commanders and one of its
    financiers": 3 and 1), a group noun with a possessor (whose they are); not "two of these individuals", some of a
    group counted before (D25)."""
    return tok.dep_ != "nummod" and any(
        o.lower_ in GROUP_NOUNS and any(c.dep_ == "poss" for c in o.children)
        for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def number_of(tok: Token) -> int | None:
    """The number a word writes ("eight", "16"), None for any other word."""
    if tok.lower_ in COUNT_WORDS:
        return COUNT_WORDS[tok.lower_]
    return int(tok.text) if tok.text.isdigit() and len(tok.text) <= 3 else None


def described_designees(ctx: DocContext, found: list[Relation], extractor: str) -> list[Relation]:
    """The release's designations of the targets its first counted whole-release statement describes paragraph by
    paragraph and no other rule reached (confidence 0.6, as a bold name's)."""
    given = [(r.subject.name, r.object.name) for r in found if r.relation == "designated_by"]
    statement = next((s for s in group_statements(ctx) if s.direction == "all" and not s.program_only and not s.partner
                      and stated_count(s.sent) is not None), None)
    if statement is None:
        return []
    out: list[Relation] = []
    for sent, cluster in described_targets(ctx, statement):
        rel = designation_for(ctx, sent, cluster, statement, 0.6, extractor)
        if rel is not None and all(name != rel.subject.name for name, _ in given):
            out.append(rel)  # a target designated elsewhere keeps that reading only (an earlier action, another body's)
    return out


def described_targets(ctx: DocContext, statement: GroupStatement) -> list[tuple[Span, Cluster]]:
    """(first sentence, subject) of each paragraph after a counted whole-release statement that describes a target."""
    count = stated_count(statement.sent)
    if count is None or statement.direction != "all" or statement.program_only or statement.partner:
        return []
    found: list[tuple[Span, Cluster]] = []
    subjects: set[int] = set()  # the paragraphs' own subjects: an overflow of coordinated names voids only those (M16)
    for sent in ctx.sentences[statement.index + 1:]:
        if not starts_line(sent):
            continue
        subject = _described_subject(ctx, sent, statement)
        if subject is None or any(neither_nor(t) for t in _subjects_of(sent)):
            continue  # "Neither X, ..., nor its chairman, Y, is subject to today's action"
        subjects.add(subject.index)
        for cluster in [subject, *_coordinated_subjects(ctx, sent, subject, statement)]:
            if all(c.index != cluster.index for _, c in found):
                found.append((sent, cluster))
    if len(found) <= count:
        return found
    return [(sent, c) for sent, c in found if c.index in subjects] if len(subjects) <= count else []


def _coordinated_subjects(ctx: DocContext, sent: Span, subject: Cluster, statement: GroupStatement) -> list[Cluster]:
    """The names coordinated with the paragraph's opening subject ("A (A), B (B), and C (C) are affiliates who ...", "A
    and B own and run Y"): each is described too, when all are of a kind the statement admits (D18). The parser hangs
    a name after an alias as an apposition, so an apposition counts when the list goes on from it ("and C"); other
    appositions describe ("X, formerly Comptroller of Y, ...", "(general manager: Z)")."""
    head = next(_subjects_of(sent), None)
    opening = ctx.entity(ctx.resolver.mention_at(head.i)) if head is not None else None
    if head is None or opening is None or opening.index != subject.index:
        return []
    listed = _listed_with(head)
    doc = ctx.doc
    own = ctx.resolver.mention_at(head.i)
    aliased = own is not None and own.end < len(doc) and doc[own.end].text == "("  # "A (A), B (B), and C (C)"
    out: list[Cluster] = []
    for m, cluster in candidates(ctx, sent, head.left_edge.i, head.right_edge.i + 1):
        if not any(m.start <= t.i < m.end for t in listed) or cluster.index == subject.index \
                or any(c.index == cluster.index for c in out):
            continue
        if aliased and not (m.end < len(doc) and doc[m.end].text == "(") or _described(doc[m.start:m.end]):
            continue  # "A (A) and B, a banker the network paid, laundered ...": B is named, not described (M16)
        if cluster.authority or cluster.type in NOT_DESIGNEE_TYPES or statement.kinds and cluster.type not in statement.kinds:
            return []  # a list that also holds a body or a name of another kind describes something else
        out.append(cluster)
    return out


def _described(name: Span) -> bool:
    """The name carries an apposition of common nouns ("B, a banker the network paid"): a person the paragraph tells
    of, not one of the described targets."""
    return any(c.dep_ == "appos" and c.tag_ not in PROPER_TAGS for t in name for c in t.children)


def _subjects_of(sent: Span) -> Iterator[Token]:
    """The subjects of the sentence's main verb."""
    return (t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"})


PROPER_TAGS = frozenset({"NNP", "NNPS"})


def _listed_with(head: Token) -> list[Token]:
    """The proper-noun conjuncts of `head`, and the appositions a list of names goes on from ("A (A), B (B), and C": B
    hangs on A)."""
    found: list[Token] = []
    stack = [head]
    while stack:
        for c in stack.pop().children:
            if c.tag_ not in PROPER_TAGS:
                continue  # "X (X), formerly Comptroller of Y and now a consultant": a post, then a common noun
            if c.dep_ == "conj" or c.dep_ == "appos" and any(g.dep_ == "conj" and g.tag_ in PROPER_TAGS for g in c.children):
                found.append(c)
                stack.append(c)
    return found


def _described_subject(ctx: DocContext, sent: Span, statement: GroupStatement) -> Cluster | None:
    """The named subject opening a paragraph of prose that describes it, of a kind the statement admits."""
    if not sent.text.rstrip().endswith(".") or not any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return None  # a heading, a table row, a line of a list
    if any(t.lemma_.lower() in SPEAKING | ACTING_VERBS and t.pos_ == "VERB" for t in sent):
        return None  # a speaker quoted, or a designation the sentence rules read
    first = next((t.i for t in sent if not t.is_space and not t.is_punct), sent.start)
    subject = subject_mention(ctx, sent)
    apposed = _apposed_opening(ctx, sent, first)
    if subject is None and apposed is not None and not (ctx.bold and not apposed[1].bold):
        subject = apposed  # not a plain name in a release that sets its targets in bold ("the minister's nephew, X, is ...")
    if subject is None:
        return None
    m, cluster = subject
    titled = any(t.start <= first + 1 and t.end == m.start for t in ctx.titles_in(sent))  # "Colonel X commands ..."
    if m.start > first + 1 and not titled and subject is not apposed:
        return None
    if cluster.authority or cluster.type in NOT_DESIGNEE_TYPES or statement.kinds and cluster.type not in statement.kinds:
        return None
    opening = sent.doc[m.start]
    # the doc's token texts, read once per doc: not a Token per word of the release per subject (issue 18, S21)
    if opening.is_title and opening.i == first and opening.lower_ in token_words(sent.doc)[0]:
        return None  # "Brothers A and B control ...": a common word the release writes in lower case opened the span
    return cluster


def _apposed_opening(ctx: DocContext, sent: Span, first: int) -> tuple[Mention, Cluster] | None:
    """The name set beside a subject that opens the sentence with a common noun ("The group's founder and leader, X,
    has planned ...", "Y's chief of operations, Z, leads ..."): the paragraph's named subject, as "X has planned ..."
    would be (D25)."""
    for subject in _subjects_of(sent):
        if subject.left_edge.i != first or subject.tag_ not in {"NN", "NNS"} or not subject.is_lower \
                or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children):
            continue  # "A spokesman for the firm, Y, did not respond": someone the story brings in, no counted target
        for m, cluster in candidates(ctx, sent, subject.i + 1, subject.right_edge.i + 1):
            root = sent.doc[m.start:m.end].root
            if root.dep_ == "appos" and root.head.i == subject.i and sent.doc[m.start - 1].text == ",":
                return m, cluster
    return None
