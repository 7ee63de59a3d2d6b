"""Whether a post the sentence says was taken up ("became", "took over as", "assumed the position of") was then ended
or never began (V9 item 8, M39).

P13 made a past taking-up verb state a post held now ("became its president in 2025": nothing says it ended). The
same sentence may end it: "took over as chairman of Y in 2015, a post he held until 2022", "became the president of
Y in 2015 and was replaced in 2020", "... before he resigned in 2019": the post is former. "almost / nearly became
the president of Y" says it never began: no post at all. ("never became" and "failed to become" give none already.)
"""
from __future__ import annotations

from spacy.tokens import Token

from .described_dates import UNTIL_WORDS
from .roles_stance_ended import _end_has_come
from .roles_stance_sought import takes_up
from .roles_syntax import PERSONAL_PRONOUNS
from .titles_words import OUSTING_LEMMAS, leaves_post

#: Adverbs that say the taking up did not happen: "almost became", "nearly took over as".
NOT_QUITE_WORDS = frozenset({"almost", "nearly"})
#: Nouns of a post's end after "before": "before his resignation in 2019".
LEAVING_NOUNS = frozenset({"resignation", "dismissal", "removal", "ouster", "departure", "retirement", "replacement"})
#: Conjunctions of a clause that happened before the taking up or gives its reason: "became president after he
#: resigned as minister" ends another post.
EARLIER_MARKS = frozenset({"after", "since", "because", "as", "once"})
PERSONAL = frozenset(PERSONAL_PRONOUNS | {"they"})


def taking_up_verb(chain: list[Token]) -> Token | None:
    """The verb of the post's predicate that takes it up ("became", "assumed", "took over"), if any: the chain stops
    below "as" of a verb other than serving ("took over as chairman"), so that verb counts too."""
    last = chain[-1]
    for t in chain + ([last.head] if last.dep_ == "prep" and last.lower_ == "as" else []):
        if t.pos_ in {"VERB", "AUX"} and takes_up(t):
            return t
    return None


def not_quite_taken_up(verb: Token | None) -> bool:
    """"almost became", "nearly took over as": the post never began (`verb`: the predicate's `taking_up_verb`)."""
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in NOT_QUITE_WORDS for c in verb.children)


def taken_up_then_ended(verb: Token | None, release_year: int | None = None) -> bool:
    """A past taking up whose own sentence ends the post: an "until" whose end has come in its subtree ("a post he
    held until 2022", "held it until his dismissal"), a leaving verb of the same holder ("and was replaced in 2020",
    "before he resigned in 2019"; not "after his predecessor resigned") or "before his resignation". `verb`: the
    predicate's `taking_up_verb`."""
    if verb is None or verb.tag_ != "VBD":
        return False
    for t in verb.subtree:
        if t.i == verb.i or _earlier_clause(t, verb):
            continue
        if t.lower_ in UNTIL_WORDS and t.dep_ in {"prep", "mark"} and _end_has_come(t, [t.head], release_year):
            return True
        if t.pos_ in {"VERB", "AUX"} and _leaves(t) and _same_holder(t):
            return True
        if t.dep_ == "pobj" and t.lemma_.lower() in LEAVING_NOUNS and t.head.lower_ in {"before", "until", "till"}:
            return True
    return False


def _leaves(verb: Token) -> bool:
    """`verb` is a leaving verb of its subject (titles_words' one list, M45): "resigned", "was replaced", "was
    relieved of his duties", "stepped down", "left the post" (not "left Iran", not "replaced Y")."""
    if verb.lemma_.lower() in OUSTING_LEMMAS:
        return leaves_post(verb) and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    return leaves_post(verb)


def _same_holder(verb: Token) -> bool:
    """The leaving verb's subject is the taker's: none of its own (a conjoined verb) or a personal pronoun."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return all(s.lower_ in PERSONAL for s in subjects)


def _earlier_clause(tok: Token, verb: Token) -> bool:
    """`tok` lies in a clause under `verb` that tells what came before or why ("after he resigned as minister")."""
    for a in [tok, *tok.ancestors]:
        if a.i == verb.i:
            return False
        if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in EARLIER_MARKS for m in a.children):
            return True
        if a.dep_ == "pobj" and a.head.lower_ in EARLIER_MARKS:
            return True
    return False
