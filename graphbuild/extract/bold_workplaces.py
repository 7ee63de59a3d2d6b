"""Bold firms a release names only as the place where a person works or worked, never as designated.

A Treasury release bolds the firms it names, designated or not. A firm named only as a person's workplace ("he was a
systems administrator at **X**", "works by day as a software engineer at **X** (X)", "worked as a software engineer
at the Moscow firm **X**", "is the director of procurement at the **X**") says where that person earns a living; the
release designates the person, not his employer. The bold-name reading (`release._bold_names`) took such firms for
designees (issue 13, thirty-second session DQ). A firm the release designates is named otherwise somewhere: it opens
its paragraph or list item, a sentence designates it, or the text names it in any other role; any such mention keeps it.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.mentions import Mention
from .bold_post_holders import designating_sentences, release_statements
from .context import DocContext
from .described_targets import number_of

_KEY = "gb_bold_workplaces"
#: Verbs whose "at" object is where their subject works ("works at X", "served at X").
WORK_VERBS = frozenset({"work", "serve"})
#: How the noun before "at" describes a person: the complement of a copula ("was an administrator at"), the object of
#: "as" ("works as an engineer at") or an apposition to the person ("X, a partner at").
PERSON_NOUN_DEPS = frozenset({"attr", "appos"})
#: Entity types a workplace may have.
BODY_TYPES = frozenset({"Company", "Organization"})
#: Nouns (lemmas) by which a designating sentence names firms it does not name ("and his company", "Both companies are
#: also being designated", "two individuals and their employer"): a workplace may be such a firm. Not "entity": every
#: Treasury release ends with "the individuals and entities designated today".
BODY_NOUNS = frozenset({"company", "firm", "business", "employer", "enterprise"})


def release_workplaces(ctx: DocContext) -> set[int]:
    """The entities (cluster indices) of the bold firms whose every mention is a person's workplace (`_workplace`).
    Computed once per document (the rules and the scorer's veto `v:workplace` ask)."""
    cached = ctx.doc.user_data.get(_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    verdict: dict[int, bool] = {}
    bold: set[int] = set()
    for m in ctx.resolver.mentions:
        cluster = ctx.entity(m)
        if cluster is None or cluster.type not in BODY_TYPES:
            continue
        if m.bold:
            bold.add(cluster.index)
        verdict[cluster.index] = verdict.get(cluster.index, True) and _workplace(ctx, m)
    out = {index for index, held in verdict.items() if held and index in bold}
    if out and _bodies_designated(ctx) > len(bold - out):
        out = set()
    ctx.doc.user_data[_KEY] = out
    return out


def _bodies_designated(ctx: DocContext) -> int:
    """How many firms the statements, the announcing sentence and the sentences that state a designation name by a
    common noun ("and his company": 1, "Both companies are also being designated": 2, "and companies": as many as
    there may be). When these are more than the bold bodies named otherwise than as a workplace, the workplaces may be
    those firms, which the release names nowhere else (review, thirty-second session RDQ: the workplace test dropped
    them); where they are not ("together with a company that employs one of them" and that company opens a
    paragraph), the workplaces stay none."""
    statements, announcing = release_statements(ctx)
    nouns = {t.i: t for s in designating_sentences(ctx, statements + announcing) for t in s
             if t.tag_ in {"NN", "NNS"} and t.text.islower() and t.lemma_.lower() in BODY_NOUNS}
    return sum(_how_many(t) for t in nouns.values())


def _how_many(noun: Token) -> int:
    """The firms a body noun names: one for a singular noun, its number for a counted plural ("two companies", "both
    companies"), else any number."""
    if noun.tag_ == "NN":
        return 1
    for child in noun.children:
        if child.lower_ == "both":
            return 2
        number = number_of(child) if child.dep_ == "nummod" else None
        if number is not None:
            return number
    return 1000


def _workplace(ctx: DocContext, m: Mention) -> bool:
    """The mention is the object of an "at" that says where a person works: on a noun describing the person (a
    copula's complement, the object of "as", an apposition) or on "work"/"serve". A short name in parentheses or a
    describing noun ("the Moscow firm X") hangs on the name or on that noun first."""
    tok = ctx.doc[m.start:m.end].root
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head  # "X (X)": the short name; "the Moscow firm X": the firm
    if tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return False
    holder = tok.head.head
    if holder.pos_ in {"VERB", "AUX"}:
        return holder.lemma_.lower() in WORK_VERBS
    return holder.pos_ == "NOUN" and (holder.dep_ in PERSON_NOUN_DEPS or _object_of_as(holder))


def _object_of_as(noun: Token) -> bool:
    """"works as a software engineer at X": the noun is the object of "as"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "as"

