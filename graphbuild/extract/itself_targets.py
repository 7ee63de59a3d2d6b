"""A target named again by "the <noun> itself" beside the designation's other targets.

"OFAC designated three members of the Y Cartel and the cartel itself", "sanctioned X's son-in-law, Z, ..., and the firm
itself", "designating the shipbuilder's director, Z, and the shipbuilder itself": the emphatic "itself" says the body
the noun stands for is a target of its own, not only the place its members or officers belong to. The noun is read
as "the company" is elsewhere (`DocResolver.last_of_kind`: the last body of that kind named before it). Found in five
readable invented news stories (t3_05, t9_01, t21_11, t23_03, t5_12); no real release writes it. V8 item 12 (M36,
seventeenth session): a walk back over lower-case adjectives had dropped the named body inside "members of the
notorious Y Cartel", and nothing else named it.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from .context import DocContext
from .targets import NOT_DESIGNEE_TYPES

#: Arcs by which a further target hangs on the designation verb: its object, the object's conjuncts and appositions.
TARGET_ARCS = frozenset({"dobj", "conj", "appos"})
#: Determiners of the noun that "itself" follows.
NOUN_DETERMINERS = frozenset({"the", "its"})


def _emphatic_noun(tok: Token) -> Token | None:
    """The lower-case noun that "itself" emphasises right after it ("the cartel itself"), with only "the" before it."""
    if tok.lower_ != "itself" or tok.i == 0:
        return None
    noun = tok.doc[tok.i - 1]
    if tok.head.i != noun.i or noun.tag_ != "NN" or not noun.is_lower:
        return None
    lefts = list(noun.lefts)
    return noun if len(lefts) == 1 and lefts[0].lower_ in NOUN_DETERMINERS else None


def _hangs_on(noun: Token, trigger: Token, ctx: DocContext, cluster: Cluster) -> bool:
    """The noun is one of the verb's targets: reached from the verb by its object's conjuncts and appositions, or set
    beside the very name it stands for ("Y and the cartel itself": the parser may hang both inside one phrase)."""
    if noun.dep_ == "conj":
        mention = ctx.resolver.mention_at(noun.head.i)
        if mention is not None and ctx.entity(mention) is cluster:
            return True
    tok = noun
    while tok.i != trigger.i:
        if tok.dep_ not in TARGET_ARCS or tok.head.i == tok.i or tok.head.i != trigger.i and tok.head.pos_ in {"VERB", "AUX"}:
            return False  # not the object of another verb ("and praised the company itself")
        tok = tok.head
    return True


def itself_targets(ctx: DocContext, sent: Span, trigger: Token, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """The bodies named again as "the <noun> itself" among an active designation verb's targets."""
    out: list[tuple[Mention, Cluster]] = []
    for tok in sent.doc[trigger.i + 1:sent.end]:
        noun = _emphatic_noun(tok)
        if noun is None:
            continue
        cluster = ctx.resolver.last_of_kind(noun.i, noun.lower_)
        if cluster is None or cluster.index in known or cluster.authority or cluster.type in NOT_DESIGNEE_TYPES \
                or not _hangs_on(noun, trigger, ctx, cluster):
            continue
        known.add(cluster.index)
        out.append((Mention(noun.i, noun.i + 1, noun.text, "ORG", cluster=cluster.index), cluster))
    return out
