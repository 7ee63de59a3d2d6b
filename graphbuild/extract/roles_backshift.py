"""The past of reported speech is no past post (P16, twentieth session).

English shifts a reported present into the past: "A Treasury spokesperson said X was the director of Y" reports
"X is the director of Y". The link rules read the copula "was" as a post held before (`roles_links.subject_link`);
under a past verb of saying, with no word of its own that dates the post ("previously", "until", a date, "at the
time"), the post is held now.
"""
from __future__ import annotations

from spacy.tokens import Token

from .designation_verbs import REPORTED_CLAUSE_LEMMAS
from .roles_stance_ended import PAST_POST_WORDS

#: Verbs of saying whose complement's tense follows theirs ("said", "told reporters", "stated", "added").
BACKSHIFTING_LEMMAS = REPORTED_CLAUSE_LEMMAS
#: The past copulas that a reported present becomes.
BACKSHIFTED_COPULAS = frozenset({"was", "were"})
#: Words that date the reported post itself: then it was held in the past.
DATING_WORDS = PAST_POST_WORDS | {"earlier", "time", "when", "while", "since", "longer"}


def reported_present(copula: Token) -> bool:
    """`copula` ("was", "were") is the verb of a clause reported by a past verb of saying ("said X was ...", "X was
    ..., a spokesperson said") whose own words do not date it (`DATING_WORDS`, a date)."""
    if copula.lower_ not in BACKSHIFTED_COPULAS:
        return False
    verb = copula if copula.dep_ in {"ccomp", "parataxis"} else copula.head if copula.dep_ in {"aux", "auxpass"} else None
    if verb is None or verb.dep_ not in {"ccomp", "parataxis"}:
        if copula.dep_ == "ROOT" and any(c.dep_ in {"parataxis", "ccomp"} and _says_in_past(c) for c in copula.children):
            verb = copula  # "X was the director of Y, a spokesperson said"
        else:
            return False
    elif not _says_in_past(verb.head):
        return False
    clause = [t for t in verb.subtree if not (t.dep_ in {"parataxis", "ccomp"} and t.head is verb and _says_in_past(t))]
    dated = {t.lower_ for t in clause} & DATING_WORDS or any(t.ent_type_ == "DATE" for t in clause)
    return not dated


def _says_in_past(tok: Token) -> bool:
    """A verb of saying in the simple past ("said", "told")."""
    return tok.tag_ == "VBD" and tok.lemma_.lower() in BACKSHIFTING_LEMMAS
