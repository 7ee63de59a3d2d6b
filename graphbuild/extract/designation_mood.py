"""A designation verb that states no action taken: a hypothetical, a possibility, an intention or a statement
the text calls wrong ("incorrectly stated that X was designated": `said_in_error`, P11).

"X would be designated if he continues", "Treasury may designate X", "X will be designated next week", "the
Department of State is considering designating X", "OFAC plans to sanction X", "the minister threatened to sanction
X", "lawmakers urged Treasury to designate X": none of them says X is designated, yet each has the verb and the name
in the shape the rules read. For an analyst a wrong "designated" is worse than a missing one, so such a verb is read
as a negated one is (P3, tenth session; docs/robustness.md).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ..nlp.doc_text import token_tree, token_words
from .action_sentences import UNDOING_STEMS
from .said_in_error import said_in_error

#: Modals that make the verb a possibility, not an act ("could be designated", "may designate").
POSSIBLE = frozenset({"would", "could", "might", "may", "should", "'d"})
#: Modals of the future: an act only announced is not taken ("will be sanctioned if ...", "Olsk will likely be
#: designated next week", "The Department will designate further officials"). Before P15 (nineteenth session) only a
#: conditional future was unrealised; no readable document writes a designation verb after "will" or "shall".
FUTURE = frozenset({"will", "shall", "'ll"})
#: Verbs whose complement is an act intended, weighed, asked for or threatened, not done ("plans to designate",
#: "is considering designating", "urged Treasury to sanction").
INTENDING = frozenset({"consider", "plan", "intend", "threaten", "seek", "propose", "weigh", "urge", "call", "ask",
                       "prepare", "vow", "aim", "want", "hope", "expect", "recommend", "mull", "debate", "press", "push",
                       "contemplate", "demand", "request", "pledge", "promise"})
COMPLEMENTS = frozenset({"xcomp", "pcomp", "ccomp", "advcl"})


def _modals(verb: Token) -> set[str]:
    tree, lowers = token_tree(verb.doc), token_words(verb.doc)[1]  # no `Token` per child (issue 18, PF)
    return {lowers[k] for k in tree.children[verb.i] if tree.deps[k] == "aux" and tree.tags[k] == "MD"}


def governing_heads(verb: Token, deps: frozenset[str] = COMPLEMENTS, steps: int = 3) -> Iterator[tuple[Token, Token]]:
    """(complement, its head) up from `verb` while each is a complement (`deps`) of the word above, nearest first, at
    most `steps`: the verbs that govern whether `verb` states an act ("plans to seek to sanction": "seek", then
    "plans"). The one climb of `unrealised` and of `removals._made` (each wrote its own loop: issue 13, R2)."""
    tok = verb
    for _ in range(steps):
        if tok.dep_ not in deps or tok.head.i == tok.i:
            return
        yield tok, tok.head
        tok = tok.head


def unrealised(verb: Token) -> bool:
    """The designation verb states a possibility, a condition or an intention, not an action taken."""
    modals = _modals(verb)
    if modals & (POSSIBLE | FUTURE) or said_in_error(verb):
        return True
    # "is considering designating", "urged Treasury to designate", "plans to seek to sanction"; or a statement called
    # wrong: "incorrectly stated that X was designated" (P11)
    # A governing verb's own modal governs the act too ("would not hesitate to designate X", "will seek to sanction
    # X"), through non-finite complements only: a finite verb states its own act ("will be blocked after OFAC
    # designated X", "could strain ties, coming after Treasury designated X"; RD)
    modal_reach = True
    for comp, head in governing_heads(verb):
        modal_reach = modal_reach and _non_finite(comp)
        if head.pos_ in {"VERB", "AUX"} and (head.lemma_.lower() in INTENDING or modal_reach and _modals(head) & (POSSIBLE | FUTURE)) \
                or said_in_error(head):
            return True
    return False


def _non_finite(verb: Token) -> bool:
    """An infinitive or a gerund complement ("to designate", "to be designated", "begin designating"): its time and
    mood are its head's; a finite verb ("after OFAC designated X") has its own."""
    return verb.tag_ == "VB" or verb.tag_ == "VBG" and verb.dep_ == "xcomp" \
        or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: Words that undo a designation, nouns too ("revocation", "rescission", "removal", "lifting", "delisting"):
#: `action_sentences.UNDOING_STEMS` reads the verbs' stems, which "revocation" and "rescission" do not share.
UNDOING_NOUN_OR_VERB = re.compile(rf"(?:{UNDOING_STEMS}|revoc|rescis|terminat)\w*", re.I)


def undone_designation(noun: Token) -> bool:
    """The designation noun is what an undoing word acts on: "Revocation of the Foreign Terrorist Organization
    Designation of X", "the Department has revoked the designation of X", "the lifting of the designation of X": the
    text ends X's designation, it makes none (issue 13, DN: a revocation's title read as a designation of X). Not a
    negated undoing verb ("does not affect the designation of X" leaves it standing, `described_dates`)."""
    if any(c.dep_ in {"nmod", "compound"} and UNDOING_NOUN_OR_VERB.fullmatch(c.text) for c in noun.lefts):
        return True  # a title's "Revocation of Counter Terrorism Designation of X": the parse hangs the noun before it
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        head = head.head  # "Revocation of the ... Designation of X"
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head.i != noun.i and bool(UNDOING_NOUN_OR_VERB.fullmatch(head.text)) and not any(c.dep_ == "neg" for c in head.children)
