"""A statement the text itself calls wrong: a correction notice.

"An earlier version of this release incorrectly stated that X was designated", "erroneously reported X as
designated", "misidentified X as the chairman of Y": the designation verb and the post are in the shape the rules
read, and the sentence says they are not so. For an analyst a wrong fact is worse than a missing one, so such a
statement is read as a denied one (P11, sixteenth session; docs/facts.md).
"""
from __future__ import annotations

from spacy.tokens import Token

#: Adverbs by which a text says one of its (or another's) statements was wrong.
ERROR_ADVERBS = frozenset({"incorrectly", "erroneously", "wrongly", "mistakenly", "falsely", "inaccurately",
                           "wrongfully"})
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
    """`verb` states something the sentence calls wrong: a saying verb with an error adverb, or a "mis-" verb."""
    if verb.lemma_.lower() in MISSAYING_LEMMAS or verb.lower_ in MISSAYING_FORMS:
        return True
    return verb.lemma_.lower() in SAYING_LEMMAS and any(
        c.dep_ == "advmod" and c.lower_ in ERROR_ADVERBS for c in verb.children)
