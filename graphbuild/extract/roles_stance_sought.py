"""A post sought, not held ("a candidate for president of Y", "is running for president of Y"), and a post not yet taken
up, which keeps its word ("the president-elect of Y" is no "president"): P9, mended in V7 item 3 and 4 (M20)."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .roles_stance_ended import FUTURE_AUX, PAST_POST_WORDS
from .roles_stance_paths import path_between, whole_word
from .titles_words import LEAVING_LEMMAS

#: People who seek a post, not hold it: "a candidate for president of Y", "the party's nominee for governor of Y".
PROSPECT_NOUNS = frozenset({"candidate", "nominee", "contender", "hopeful", "frontrunner", "front-runner", "applicant"})
#: Verbs of seeking a post through "for": "is running for president of Y", "campaigned for mayor of Y".
PROSPECT_VERBS = frozenset({"run", "campaign", "vie", "compete", "stand", "bid"})
#: The end of a post's word that says it is not yet held: "the president-elect of Y", "the minister-designate".
NOT_YET_SUFFIXES = ("-elect", "-designate")


def sought_phrase(tok: Token, anchor: Token, post_words: Collection[int] = ()) -> Token | None:
    """The "for" phrase of a seeker's noun or verb `tok` that holds a post sought with the anchor (P9: "Ada X, a
    candidate for president of Y" gave member of Y, 0.727; "who is running for president of Y" president of Y,
    0.996). The phrase must name a post ("for president of Y", "for the board of Y", or the post's own word): "who
    campaigned for the Y party", "stood for the Y parliament" name only a body, which is support or a seat, no post
    sought (V7 item 4, M20)."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        seeker = whole_word(tok) in PROSPECT_NOUNS or tok.lemma_.lower() in PROSPECT_NOUNS
    else:
        seeker = tok.pos_ == "VERB" and tok.lemma_.lower() in PROSPECT_VERBS
    if not seeker:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "for" and anchor in c.subtree:
            named = next((o for o in c.children if o.dep_ == "pobj"), None)
            if named is not None and (named.i in post_words or named.i != anchor.i):
                return c
    return None


def seeks(tok: Token, anchor: Token, post_words: Collection[int] = ()) -> bool:
    """`tok` is a seeker's noun or verb whose "for" phrase names a post sought with the anchor (`sought_phrase`)."""
    return sought_phrase(tok, anchor, post_words) is not None


def not_yet_word(tok: Token) -> str | None:
    """The whole hyphenated word when `tok` writes a post not yet taken up ("president-elect"), else None."""
    word = whole_word(tok)
    return word if word.endswith(NOT_YET_SUFFIXES) and "-" in word else None


def elect_word(person: Token, anchor: Token) -> str | None:
    """The post's "-elect" / "-designate" word on the path from the person to the anchor ("the president-elect of Y"),
    or None. Not another person's title the person is tied to as an object ("who advises the president-elect as the
    treasurer of Y")."""
    path, _ = path_between(person, anchor)
    for t in path:
        if t.i != person.i and (word := not_yet_word(t)) is not None:
            return None if t.dep_ == "dobj" else word
    return None


def not_yet_role(role: str, word: str) -> str:
    """The role with the word's "-elect" / "-designate" ("president" -> "president-elect"), as GUIDELINES write a title;
    a role without the post's word is given the whole word."""
    base, _, suffix = word.rpartition("-")
    if role.lower().endswith(base):
        return f"{role}-{suffix}"
    return word


#: Verbs of taking up a post: "will become the director of Y", "is expected to take over as head of Y".
TAKING_UP_LEMMAS = frozenset({"become", "succeed", "assume"})


#: Participles of an appointment after "was" / "were": "X was appointed director of Y", "X, who was named chief
#: executive of Y in March" (P16). Like a past "became" (P13), the appointment began the post and nothing says it ended.
APPOINTED_WORDS = frozenset({"appointed", "named", "elected", "promoted", "installed", "reappointed", "re-elected",
                             "reelected", "made", "chosen"})
#: Words of the clause that end or date the post: then the appointment's post may be over.
ENDED_CLAUSE_WORDS = PAST_POST_WORDS | {"held"}  # "appointed ... in 2010, a post he held for six years, before ..."


def appointed_now(copula: Token) -> bool:
    """`copula` ("was", "were") is the auxiliary of an appointing participle ("was appointed director of Y") whose
    clause neither ends the post (a leaving verb coordinated with it: "appointed ... in 2015 and dismissed in 2019")
    nor dates it as over (`ENDED_CLAUSE_WORDS`)."""
    if copula.lower_ not in {"was", "were"} or copula.dep_ != "auxpass" or copula.head.lower_ not in APPOINTED_WORDS:
        return False
    verb = copula.head
    if any(t.lower_ in ENDED_CLAUSE_WORDS for t in verb.subtree):
        return False
    return not any(c.dep_ == "conj" and c.lemma_.lower() in LEAVING_LEMMAS for c in verb.children)


def takes_over(tok: Token) -> bool:
    """"took over as head of Y": "take" with its particle "over" (of no use alone: "take" is also "take part")."""
    return tok.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children)


def takes_up(tok: Token) -> bool:
    """A verb of taking up a post ("became", "succeeded", "assumed", "took over"), whatever its tense or part of speech:
    the callers add theirs (a past one states a post held now, not former; one in a post's predicate may be ended)."""
    return tok.lemma_.lower() in TAKING_UP_LEMMAS or takes_over(tok)
#: Modals of the future, and heads whose complement is a post to come: "is expected / set / due / poised / slated to
#: become", "plans to become".
FUTURE_MODALS = FUTURE_AUX | {"wo"}  # "wo" of "won't"
TO_COME_HEADS = frozenset({"expect", "expected", "set", "due", "poise", "poised", "slate", "slated", "schedule",
                           "scheduled", "plan", "intend", "hope", "want", "aim", "tip", "tipped", "likely"})


def taken_up_later(chain: Collection[Token]) -> bool:
    """The post's predicate is one to come: "X will become the director of Y in July", "X, who is expected to become
    governor of Y" state no post held now (P11: a current post at 0.885). A taking-up verb with a future modal, or
    the complement of a verb or adjective of expectation or intention."""
    for tok in chain:
        if tok.lemma_.lower() not in TAKING_UP_LEMMAS or tok.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children):
            return True
        if tok.dep_ in {"xcomp", "ccomp"} and (tok.head.lemma_.lower() in TO_COME_HEADS or tok.head.lower_ in TO_COME_HEADS):
            return True
    return False
