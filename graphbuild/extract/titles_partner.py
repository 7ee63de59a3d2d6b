"""A partner's post at a firm: "X, a partner at Y LLP", "a partner in Y", "a partner of Y LLP" (FX, issue 13).

"partner" is a tie word (`nlp.kin_words.PARTNER_NOUNS`, in the gazetteer's `not_roles`): a business partner, "his
partner, Z", "a partner of the chairman of Y" name a tie to a person, and the guidelines skip ties. A partner of a
firm holds a post there (the gold of the study sets annotates "partner" at a law firm, a customs agency, a trading
company). So titles.yaml lists "partner" as a head, and `firm_partner` keeps such a title only where its own
complement names the firm and nothing else comes between: no other post ("a partner of the chairman of Y": the
chairman's post is at Y, the partner is the chairman's), no person, and no word before "partner" but a rank of the
firm's partners ("managing", "senior", "founding"): a "business", "trading", "key" or "longtime" partner of Y is a tie
to Y, no post (RX's review). Every other partner title is dropped where titles are read (`titles.find_titles`), so
the other readers see none, as before.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.coref import DocResolver
from ..nlp.gazetteers import Gazetteers
from ..nlp.kin_words import PARTNER_NOUNS, plurals
from .titles_words import CURRENT_WORDS, FORMER_WORDS, Title

#: The partner heads of titles.yaml.
PARTNER_HEADS = plurals(PARTNER_NOUNS)
#: The prepositions that tie a partner to the firm ("a partner at / in / of Y"); not "a partner with Y", a tie.
FIRM_PREPOSITIONS = frozenset({"at", "in", "of"})
#: Mentions of a place, which may describe the firm before its name.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
#: The words before "partner" that name a rank of a firm's partners ("a managing partner of Y LLP"); any other
#: ("a business / trading / key / longtime / strategic partner of Y") names a tie to Y.
RANK_WORDS = frozenset({"managing", "senior", "junior", "founding", "equity", "salaried", "name", "named", "general",
                        "limited", "silent", "sleeping", "full", "lead", "co"}) | FORMER_WORDS | CURRENT_WORDS
#: The parts of speech of a word that describes the partner (an adjective, "business", "trading"); not a determiner, a
#: possessor or a place ("his partner", "a London partner").
DESCRIBING_POS = frozenset({"ADJ", "NOUN", "VERB"})
#: The dependencies of a word that describes the noun it modifies.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: The kinds of body a partner's firm is (not a public body, a country or a person).
FIRM_TYPES = frozenset({"Company", "Organization"})


def is_partner_title(title: Title) -> bool:
    """Whether the title's head is the tie word "partner"."""
    return title.head.lower() in PARTNER_HEADS


def firm_partner(doc: Doc, resolver: DocResolver, gaz: Gazetteers, title: Title) -> bool:
    """A partner title whose complement, opened by at/in/of, names a company or organization with no other post, no
    person and no second preposition before it (a place may describe the firm: "a partner at the Vesk law firm Y");
    not a "business partner" (a tie, `kin_words.ASSOCIATE_NOUNS`) nor a partner described otherwise (`tie_described`)."""
    if title.org is None or title.org.type not in FIRM_TYPES or title.start < 1 or title.end >= len(doc):
        return False
    if tie_described(doc, title) or doc[title.end].lower_ not in FIRM_PREPOSITIONS:
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


def tie_described(doc: Doc, title: Title) -> bool:
    """A word that describes "partner" in the parse and is no rank of a firm's partners: "a close business partner of
    Y", "a trading partner of Y LLP", "a key partner of the Y cartel" name a tie to Y; "a managing partner of Y LLP" a
    post, and so does "a Dubai-based partner at Y LLP" (a place in the word). Read from the parse, not the title's
    words, which may begin after such a word."""
    head = doc[title.end - 1]
    return any(c.i < head.i and c.dep_ in MODIFIER_DEPS and c.pos_ in DESCRIBING_POS and c.lower_ not in RANK_WORDS
               and not any(t.ent_type_ in PLACE_LABELS for t in c.subtree) for c in head.children)
