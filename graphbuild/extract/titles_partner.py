"""A partner's post at a firm: "X, a partner at Y LLP", "a partner in Y", "a partner of Y LLP" (FX, issue 13).

"partner" is a tie word (`nlp.kin_words.PARTNER_NOUNS`, in the gazetteer's `not_roles`): a business partner, "his
partner, Z", "a partner of the chairman of Y" name a tie to a person, and the guidelines skip ties. A partner of a
firm holds a post there (the gold of the study sets annotates "partner" at a law firm, a customs agency, a trading
company). So titles.yaml lists "partner" as a head, and `firm_partner` keeps such a title only where its own
complement names the firm and nothing else comes between: no other post ("a partner of the chairman of Y": the
chairman's post is at Y, the partner is the chairman's), no person, no "business" before it. Every other partner
title is dropped where titles are read (`titles.find_titles`), so the other readers see none, as before.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.coref import DocResolver
from ..nlp.gazetteers import Gazetteers
from ..nlp.kin_words import PARTNER_NOUNS, plurals
from .titles_words import Title

#: The partner heads of titles.yaml.
PARTNER_HEADS = plurals(PARTNER_NOUNS)
#: The prepositions that tie a partner to the firm ("a partner at / in / of Y"); not "a partner with Y", a tie.
FIRM_PREPOSITIONS = frozenset({"at", "in", "of"})
#: Mentions of a place, which may describe the firm before its name.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
#: The kinds of body a partner's firm is (not a public body, a country or a person).
FIRM_TYPES = frozenset({"Company", "Organization"})


def is_partner_title(title: Title) -> bool:
    """Whether the title's head is the tie word "partner"."""
    return title.head.lower() in PARTNER_HEADS


def firm_partner(doc: Doc, resolver: DocResolver, gaz: Gazetteers, title: Title) -> bool:
    """A partner title whose complement, opened by at/in/of, names a company or organization with no other post, no
    person and no second preposition before it (a place may describe the firm: "a partner at the Vesk law firm Y");
    not a "business partner" (a tie, `kin_words.ASSOCIATE_NOUNS`)."""
    if title.org is None or title.org.type not in FIRM_TYPES or title.start < 1 or title.end >= len(doc):
        return False
    if "business" in {doc[title.start].lower_, doc[title.start - 1].lower_} or doc[title.end].lower_ not in FIRM_PREPOSITIONS:
        return False
    k = title.end + 1
    while k < title.span_end:
        mention = resolver.mention_at(k)
        if mention is not None and mention.label in PLACE_LABELS and resolver.cluster_of(mention) is not title.org:
            k = mention.end  # "a partner at the Vesk law firm Y", "a partner in a London firm, Y": the firm's place
            continue
        if mention is not None:  # the firm, not a possessor of another word ("a partner of the Y cartel's leader")
            return resolver.cluster_of(mention) is title.org and not (mention.end < len(doc) and doc[mention.end].tag_ == "POS")
        if doc[k].lower_ in gaz.title_heads or doc[k].lower_ in FIRM_PREPOSITIONS or doc[k].tag_ == "POS":
            return False
        k += 1
    return False
