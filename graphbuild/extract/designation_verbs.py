"""The designation verbs and their voice: which words state a designation, and whether the verb is active.

Every rule that asks "is this a designating verb, and does its subject act?" reads these lists: the trigger verbs, the
"impose ... on" measures, the reporting verbs ("said", "announced") a designation may hang under, and `is_passive`.
Split out of `authority` (issue 13, R2): word lists and voice, no body and no document.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp.doc_text import token_lemmas, token_tree, token_words


VERB_TRIGGERS = {"designate", "redesignate", "sanction", "blacklist", "list"}
#: Forms of those verbs that count as written as well as by their lemma ("designated", "sanctioning"): the rules'
#: triggers (designations.TRIGGER_WORDS) and the scorer's designation words (designations_doc.DESIGNATION_WORDS).
VERB_TRIGGER_FORMS = {"designated", "sanctioned", "designating", "sanctioning", "redesignated"}
#: The trigger verbs with "target" and "identify" (a body "targets" or "identifies" the persons it designates), and
#: with "target" alone: built once, not at every token.
ACTING_VERBS = frozenset(VERB_TRIGGERS | {"target", "identify"})
#: The nouns that make "impose ... on Y" an action on Y ("imposed sanctions on", "visa restrictions", "restrictive
#: measures", "an asset freeze", "travel bans"), by lemma: one list (issue 13, C5) for `designations`,
#: `referred_designees` and `partner_actions`. Whole words of the verb's direct object (review V6, M13: a stem test
#: found "ban" in "urban planning fees", and every child of the verb was asked, its subject "Bank", "Lebanon" too). Not
#: a penalty or a fine: an enforcement action, no designation (GUIDELINES' designees are designated, sanctioned or
#: blocked).
IMPOSED_NOUNS = frozenset({"sanction", "restriction", "freeze", "ban", "measure"})
#: The verbs that impose those measures: "reimposed sanctions on Y" imposes them again, an action as "imposed" is
#: (issue 13, M28).
IMPOSING_LEMMAS = frozenset({"impose", "reimpose"})


#: The dependencies of the object after "impose": "dobj", and what the parser makes of "imposed asset freezes on Y"
#: ("freezes" a verb, a clause complement) or of a noun it cannot place.
IMPOSED_OBJECT_DEPS = frozenset({"dobj", "ccomp", "dep", "npadvmod", "oprd"})


def imposed_measure(verb: Token) -> bool:
    """`verb` ("imposed") has as its object after it, or a conjunct of that, one of the IMPOSED_NOUNS: "imposed
    sanctions and visa restrictions on Y", "imposed an asset freeze on Y"; not "imposed urban planning fees on Y",
    never its subject ("the Central Bank imposed fines on Y")."""
    objects = [c for c in verb.children if c.dep_ in IMPOSED_OBJECT_DEPS and c.i > verb.i]
    objects += [c for o in objects for c in o.conjuncts]
    return any(o.lemma_.lower() in IMPOSED_NOUNS or o.lower_.rstrip("s") in IMPOSED_NOUNS for o in objects)


TARGETING_VERBS = frozenset(VERB_TRIGGERS | {"target"})


REPORTING_VERBS = {"say", "announce", "state", "report", "add"}
#: Verbs of saying whose complement is a reported clause: its tense follows theirs ("said X was the director of Y":
#: `roles_backshift`) and a denial in it is the speaker's ("X was not among those sanctioned, a spokesperson later
#: said": `designation_denials.reported`). One list for both jobs (P17; they kept two with different members).
REPORTED_CLAUSE_LEMMAS = frozenset(REPORTING_VERBS | {"tell", "confirm", "note", "explain", "clarify"})


def is_passive(tok: Token) -> bool:
    doc = tok.doc
    tree, lowers = token_tree(doc), token_words(doc)[1]  # children's labels and the words before: no `Token` each (PF)
    if any(tree.deps[k] in {"auxpass", "nsubjpass"} for k in tree.children[tok.i]):
        return True
    j = tok.i - 1
    while j >= 0 and lowers[j] in {"previously", "originally", "also", "today", "concurrently", "being", "been", "already", "jointly", "simultaneously", "recently", "not"}:
        j -= 1
    return j >= 0 and lowers[j] in {"is", "was", "are", "were", "be", "been", "being"} and tok.tag_ == "VBN"



def designation_passive(tok: Token) -> bool:
    """A designation verb's past participle in a passive ("was designated", "is being sanctioned")."""
    return tok.lemma_.lower() in VERB_TRIGGERS and tok.tag_ == "VBN" and is_passive(tok)

def active_triggers(sent: Span, verbs: frozenset[str] = ACTING_VERBS) -> Iterator[Token]:
    """The sentence's verbs of `verbs` in the active voice ("OFAC is designating X"), in order: whose subject acts."""
    lemmas = token_lemmas(sent.doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] in verbs:  # the lemma first, a `Token` only for a verb of `verbs` (issue 18, S19)
            tok = sent.doc[i]
            if tok.tag_.startswith("VB") and not is_passive(tok):
                yield tok


def reporting_verb(trigger: Token) -> Token | None:
    """The "said" (announce, state, report) whose clause holds the designation verb, or that the verb's clause holds."""
    tok, reporting = trigger, None
    for _ in range(4):
        said = [c for c in tok.children if c.dep_ in {"parataxis", "ccomp"} and c.lemma_.lower() in REPORTING_VERBS]
        if said:
            reporting = said[0]
            break
        if tok.dep_ not in {"ccomp", "xcomp", "conj"} or tok.head is tok:
            break
        tok = tok.head
        if tok.lemma_.lower() in REPORTING_VERBS:
            reporting = tok
            break
    return reporting
