"""Targets a story counts or describes first and names later, in a sentence that opens with the description.

Wire stories name a group of targets without their names and give the names in the sentences after: "The measures
also cover three shipping firms. The first, Singapore-registered X, manages ... The second, Y, owns ...", "The
measures also reach two trading houses and a tanker. ... The tanker, the Panama-flagged Z (IMO ...), has
loaded ...", "It also blacklisted a Harbourtown-based haulage company that ... . The company, W, is registered in ...".
No sentence names X, Y, Z or W as designated; the opening "The first, <name>," / "The fourth company, <name>," / "The
<noun>, <name>," points back
at a group or a target that a designation sentence of the story announced. Each such name is a designee of that
sentence's body (the story's when it names none), at 0.6 as a bold name's. Issue 13, D15.

Review V2 (finding 1): "The <noun>," opens a member only for a target's noun (a company, a tanker: not "The
spokesman, X,"); the counted or indefinite noun must hang under the announcing word's verb ("imposed sanctions on
three firms", "The measures also cover a tanker"), and that action must be today's: not denied ("is not designating
two other firms"), not a delisting ("lifted sanctions on two firms"), not dated before the release ("In 2019, the
Treasury sanctioned three other firms") nor in force ("three firms remain designated").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..records import Relation
from .action_sentences import ANNOUNCING_WORDS, DELISTING, action_sentences_before
from .authority import sanctioning_in
from .context import DocContext
from .described_dates import earlier_date_of_action, in_force
from .designation_windows import negated
from .release import ORG_NOUNS, VESSEL_NOUNS, designation_for
from .targets import NOT_DESIGNEE_TYPES, candidates
from .titles_words import singular

ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "last", "other"})
#: Words before a noun that introduce one target or a counted group ("a tanker", "three shipping firms").
INDEFINITE = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
#: Of those, the ones that count a group: an ordinal's group is plural.
COUNTING = INDEFINITE - {"a", "an", "one"}
LOOK_BACK = 12


#: The nouns "The <noun>, X," may refer back by: a company's or a vessel's ("The company, X,", "The tanker, the Y");
#: not a spokesman's or a lawyer's.
TARGET_NOUNS = frozenset(singular(n) for n in ORG_NOUNS | VESSEL_NOUNS)


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
        bodies = sanctioning_in(ctx, announcing.start, announcing.end)
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
    if words[2].text == "," and word.tag_ == "NN" and word.is_lower and word.lower_ in TARGET_NOUNS:
        return word.lower_, words[2].i
    return None


def _announcing_sentence(ctx: DocContext, index: int, word: str) -> Span | None:
    """The nearest sentence before `index` (up to LOOK_BACK) where an announcing word's verb counts a group (for an
    ordinal: "imposed sanctions on three shipping firms") or names a target by `word` after an indefinite ("blacklisted
    a Harbourtown-based haulage company", "The measures also cover a tanker"); None when that action is not today's."""
    for before in action_sentences_before(ctx, index, LOOK_BACK, ANNOUNCING_WORDS):
        for action in (t for t in before if ANNOUNCING_WORDS.fullmatch(t.text)):
            verb = action if action.pos_ in {"VERB", "AUX"} else action.head  # "imposed sanctions on", "The measures cover"
            if any(_introduced(before, tok, word) for tok in verb.subtree):
                return None if _not_today(ctx, before, verb) else before
    return None


def _introduced(sent: Span, tok: Token, word: str) -> bool:
    """`tok` is the group an ordinal refers to (a plural noun after a number: "three shipping firms") or, for a noun,
    that noun after "a/an" or a number."""
    near = tok.doc[max(sent.start, tok.i - 5):tok.i]
    if word in ORDINALS:
        return tok.tag_ == "NNS" and any(w.like_num or w.lower_ in COUNTING for w in near)
    return tok.lower_ == word and any(w.lower_ in INDEFINITE for w in near)


def _not_today(ctx: DocContext, sent: Span, verb: Token) -> bool:
    """The announced action is no designation of today: denied ("is not designating two other firms"), undone
    ("lifted sanctions on two firms"), in force ("three firms remain designated") or dated before the release ("In
    2019, the Treasury sanctioned three other firms", "sanctioned three firms in 2019")."""
    return negated(verb) or bool(DELISTING.fullmatch(verb.text)) or in_force(verb) \
        or earlier_date_of_action(sent, verb.i, verb.i + 1, ctx.date, after=True) is not None


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
