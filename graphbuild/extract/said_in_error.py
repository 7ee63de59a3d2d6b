"""A statement the text itself calls wrong: a correction notice.

"An earlier version of this release incorrectly stated that X was designated", "erroneously reported X as
designated", "misidentified X as the chairman of Y": the designation verb and the post are in the shape the rules
read, and the sentence says they are not so. For an analyst a wrong fact is worse than a missing one, so such a
statement is read as a denied one (P11, sixteenth session; docs/facts.md).
"""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

#: Adverbs by which a text says one of its (or another's) statements was wrong.
ERROR_ADVERBS = frozenset({"incorrectly", "erroneously", "wrongly", "mistakenly", "falsely", "inaccurately",
                           "wrongfully"})
#: Phrases by which a text says so after the verb ("who was listed in error", "named by mistake"): (preposition, noun).
ERROR_PHRASES = frozenset({("in", "error"), ("by", "error"), ("by", "mistake"), ("in", "mistake")})
#: Verbs that say, name or list, which such an adverb makes a wrong statement ("incorrectly stated that ...").
SAYING_LEMMAS = frozenset({"state", "say", "report", "list", "identify", "describe", "name", "indicate", "suggest",
                           "announce", "include", "refer", "call", "attribute", "present", "characterize",
                           "characterise", "label", "write"})
#: Verbs that are wrong statements by themselves ("misidentified X as the chairman of Y").
MISSAYING_LEMMAS = frozenset({"misidentify", "misstate", "misreport", "mislabel", "misname", "misdescribe",
                              "misattribute", "mischaracterize", "mischaracterise", "misspell"})
#: Lower-cased forms, since the small model's lemmas of rare "mis-" verbs are often the word itself.
MISSAYING_FORMS = frozenset({f"{lemma}{end}" for lemma in MISSAYING_LEMMAS for end in ("", "d", "s", "ed")}
                            | {lemma[:-1] + "ied" for lemma in MISSAYING_LEMMAS if lemma.endswith("y")})


def said_in_error(verb: Token) -> bool:
    """`verb` states something the sentence calls wrong: a saying verb with an error adverb or phrase ("in error", "by
    mistake": P15, nineteenth session, "This release was updated to remove X, who was listed in error" designated X),
    or a "mis-" verb."""
    if verb.lemma_.lower() in MISSAYING_LEMMAS or verb.lower_ in MISSAYING_FORMS:
        return True
    return verb.lemma_.lower() in SAYING_LEMMAS and any(
        c.dep_ == "advmod" and c.lower_ in ERROR_ADVERBS
        or c.dep_ == "prep" and any(g.dep_ == "pobj" and (c.lower_, g.lower_) in ERROR_PHRASES for g in c.children)
        for c in verb.children)


#: How the erring verb holds the person it says something of: its object ("misidentified X as ..."), a passive's
#: subject ("X was incorrectly listed as ..."), or inside the clause it reports ("incorrectly stated that X was ...").
SAID_OF_PERSON = frozenset({"dobj", "nsubjpass", "ccomp", "xcomp", "oprd", "dative"})
#: How it holds what it says of that person: the "as" phrase, a predicate or the reported clause.
SAID_OF_POST = frozenset({"ccomp", "xcomp", "oprd"})
#: Tags of a relative pronoun, which stands for the person when the erring verb is a relative clause on the name.
RELATIVE_TAGS = frozenset({"WP", "WDT"})
#: Reflexive pronouns: "X falsely presented himself as the director of Y" speaks of X by its object (F4 item 1, M41).
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "oneself", "themself"})
#: How the erring verb holds its doer.
DOER_DEPS = frozenset({"nsubj", "csubj"})


def _reflexive_object(verb: Token) -> Token | None:
    """The verb's reflexive object ("presented himself as"), which names the doer as what the verb speaks of."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ in REFLEXIVES), None)


def _branch(verb: Token, tok: Token) -> Token | None:
    """The child of `verb` whose subtree holds `tok` (None when `tok` is not below `verb`): up `tok`'s heads, not down
    every child's subtree."""
    while tok.head.i != tok.i:  # the root is its own head
        if tok.head.i == verb.i:
            return tok
        tok = tok.head
    return None


def says_the_post(verb: Token, person: Token, anchor: Token, post_words: Collection[int] = ()) -> bool:
    """The erring `verb` is what states the person's post written at `anchor`: the person is what it speaks of (its
    object, a passive's subject, or the reported clause's) and the post is its "as" phrase, predicate or reported
    clause. Not when the person is the verb's doer ("As chairman of Y, X falsely reported the losses", "X mislabeled
    cargo as director of Y": the post is the doer's own capacity) nor when the post is stated in another clause ("...
    misidentified X as Y's chairman; he is its treasurer", "though he is ...") (V8 item 4, M36). The post is found by its
    own words (`post_words`) when one is below the verb, else by the body's mention: in "Y falsely listed X as its
    director" the body is the verb's subject and the post its "as" phrase (V9 item 10, M40). A doer with a reflexive
    object ("X falsely presented himself as the director of Y") is what the verb speaks of (F4 item 1, M41)."""
    written = next((verb.doc[i] for i in sorted(post_words) if _branch(verb, verb.doc[i]) is not None), anchor)
    person_branch, post_branch = _branch(verb, person), _branch(verb, written)
    if person_branch is None and verb.dep_ == "relcl" and verb.head.i == person.i:  # "X, whom reports misidentified as"
        person_branch = next((c for c in verb.children if c.tag_ in RELATIVE_TAGS), None)
    if person_branch is not None and person_branch.dep_ in DOER_DEPS:  # "X falsely presented himself as director"
        person_branch = _reflexive_object(verb) or person_branch
    if person_branch is None or post_branch is None or person_branch.dep_ not in SAID_OF_PERSON:
        return False
    if post_branch.i == person_branch.i:  # "as" hung on the object, or one reported clause holding both
        return True
    return post_branch.dep_ in SAID_OF_POST or post_branch.dep_ == "prep" and post_branch.lower_ == "as"
