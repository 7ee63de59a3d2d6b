"""Whether a post the sentence states is one held before, not now: "no longer", an "until" whose end has come, "stopped
being" (P7, P9; V7 items 1, 2 and 13, M20). The relation stays, `current: false` (`roles_stance.with_stance`)."""
from __future__ import annotations

from spacy.tokens import Token

from .described_dates import UNTIL_WORDS


def no_longer(tok: Token) -> bool:
    """"no longer" on the post's predicate ("X is no longer the chairman of Y", "no longer serves as ..."): a post
    held before, not now (P7: it was stated current)."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children)


#: Words that date a post as over, shared by the readers that ask whether a clause's post is past: a reported "was"
#: (`roles_backshift.DATING_WORDS`, which adds "earlier", "at the time", "when", "since", ...) and an appointment
#: (`roles_stance_sought.ENDED_CLAUSE_WORDS`, which adds "held"). P17: the two lists were kept apart.
PAST_POST_WORDS = frozenset({"until", "previously", "formerly", "former", "later", "then", "once", "no", "ago", "before"})


FUTURE_AUX = frozenset({"will", "shall", "'ll"})


NOW_WORDS = frozenset({"now", "currently", "still", "presently"})
#: Words that leave an "until" end open: "until at least 2028", "until further notice".
OPEN_END_WORDS = frozenset({"least", "further", "beyond"})
#: Verbs that, governing "being", end the post: "X stopped being the chairman of Y" (V7 item 13, M20).
ENDING_CONTROLLERS = frozenset({"stop", "cease", "quit"})


def _until_of(tok: Token) -> Token | None:
    """The "until" phrase ("until 2023") or clause ("until she replaced him") of `tok`'s own clause, if any: not one the
    parser hangs over a ";" from the clause before ("was, until 2023, the chief of X; he now serves as ...")."""
    doc = tok.doc
    for c in tok.children:
        if (c.dep_ == "prep" and c.lower_ in UNTIL_WORDS or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in UNTIL_WORDS for m in c.children)) \
                and not any(t.text == ";" for t in doc[min(c.i, tok.i):max(c.i, tok.i)]):
            return c
    return None


def _until(tok: Token) -> bool:
    """`tok` carries an "until" phrase or clause of its own clause (`_until_of`)."""
    return _until_of(tok) is not None


def _tense(verb: Token) -> str | None:
    """"past" or "present" for a finite verb (its own tag or its auxiliaries': "was elected", "has been appointed",
    "is confirmed"), None for a word with no tense of its own (a noun in apposition, a participle)."""
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(t in {"VBZ", "VBP"} for t in tags):
        return "present"
    if "VBD" in tags:
        return "past"
    return None


def _end_year(until: Token) -> int | None:
    """The year an "until" phrase or clause names ("until 2023", "until May 4, 2021", "until his term ends in 2027")."""
    for t in until.subtree:
        if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100:
            return int(t.text)
    return None


def _end_has_come(until: Token, chain: list[Token], release_year: int | None) -> bool:
    """The "until" end lies before the release (V7 item 1, M20): a year before the release's, a past-tense "until"
    clause ("until she replaced him"), or a past-tense predicate ("was the director of Y until ..."). A present-tense
    predicate or "until" clause states the post held now, to an open or future end ("serves as director until the
    board appoints a successor", "until further notice", "whose term runs until 2027", "until a new director is
    elected"); an apposition with no verb is bounded by its end's date ("the director of Y until 2023" is former
    unless the release is of 2023 or before, or the end is open: "until at least 2028")."""
    if until.dep_ == "mark":  # the word after an apposition: "Y's chief executive until she replaced him"
        until = until.head
    year = _end_year(until)
    if year is not None and release_year is not None and year != release_year:
        return year < release_year
    if any(t.lower_ in OPEN_END_WORDS for t in until.subtree):
        return False
    if until.dep_ == "advcl" and (clause := _tense(until)) is not None:
        return clause == "past"
    predicate = next((tense for t in chain if t.pos_ in {"VERB", "AUX"} and (tense := _tense(t)) is not None), None)
    if predicate is not None:
        return predicate == "past"
    before = until.doc[until.i - 1] if until.i > 0 else None
    if before is not None and before.tag_ in {"VBZ", "VBP", "VBD"}:  # the parser may miss the verb: "whose term runs
        return before.tag_ == "VBD"  # until 2027" (the verb as an object)
    return year is not None


def held_until(chain: list[Token], release_year: int | None = None) -> bool:
    """The post's predicate is bounded by an "until" whose end has come (`_end_has_come`): "X, Y's chief executive
    until she replaced him", "X was the director of Y until 2023" (P9; the parser hangs an apposition's "until" on the
    sentence's verb, so the word right after the apposition counts too). Not a post that will end ("will serve as
    director until 2027") nor one held now ("now serves as ...")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX or c.dep_ == "advmod" and c.lower_ in NOW_WORDS
           for t in chain for c in t.children):
        return False  # "will serve as director until 2027", "now serves as ..."
    for t in chain:
        if (until := _until_of(t)) is not None:
            return _end_has_come(until, chain, release_year)
    doc = chain[0].doc
    for t in chain:
        if t.dep_ == "appos" and (end := _own_end(t)) + 1 < len(doc):
            after = doc[end + 1]
            if after.lower_ in UNTIL_WORDS and not any(a.i == t.i for a in after.ancestors):
                return _end_has_come(after, chain, release_year)
            return False
    return False


def stopped_being(chain: list[Token]) -> bool:
    """"X stopped / ceased being the chairman of Y" (V7 item 13, M20): L6's controlled "being" stands for the post's
    predicate, and these controllers end it."""
    return any(t.lemma_.lower() in ENDING_CONTROLLERS and any(
        c.i == u.i and c.tag_ == "VBG" and c.lemma_.lower() == "be" for u in chain for c in t.children) for t in chain)


def _own_end(tok: Token) -> int:
    """The last token of `tok`'s phrase without a conjoined one: "the director of Y, and B, Z's head" ends at Y; a name
    the parser cut ("Nordvik Trading | AS", the legal form read as the preposition "as") ends where its entity does."""
    doc = tok.doc
    end = max([tok.i, *(c.right_edge.i for c in tok.children if c.dep_ not in {"conj", "cc", "punct"})])
    while end + 1 < len(doc) and doc[end].ent_iob_ in {"B", "I"} and doc[end + 1].ent_iob_ == "I":
        end += 1
    return end
