"""Which government "the government" of a spokesperson's title is: the one the paragraph named just before.

A wire story quotes a state's spokesperson with a title that names no state: "government spokesperson X told
reporters", "X, the government spokesman, said". The story has named that government a sentence before ("Rwanda
rejected the move.", "Congo's government welcomed the measures.", "The Cyprus government said it would apply the
measures."), and a story about sanctions names several states (the sanctioned one, its neighbours, the U.S.), so
the release's one country (`roles_country.release_country`) is often undecidable and its most named one may be
another state. "the government" refers back, as a pronoun does: to the last state the paragraph names before the
title in the writer's own words. A quotation is the speaker's words ("...peace to eastern Congo," government
spokesperson X said): a state named inside quotation marks is not the antecedent. The U.S. is never one
(`roles_country.country_words` leaves it aside). NS, thirty-third session.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .context import DocContext
from .described_dates import QUOTE_MARKS
from .titles import Title

GOVERNMENT = "government"
OWN_HOLDER_PREPS = frozenset({"of", "for"})  # a complement after the title names its holder


def government_title(sent: Span, title: Title) -> bool:
    """The title's own words open with a lower-case "government" ("government spokesperson X", "X, the government
    spokesman,"), and no name stands before it in the phrase ("U.S. government spokesman", "Iraqi government
    spokesman" name their state; the title reader gives the adjective's state itself), no possessor ("the opposition's
    government spokesman") and no "of/for" complement after it ("government spokesman of the rebels' cabinet")."""
    doc = sent.doc
    if title.start >= title.end - 1 or doc[title.start].text != GOVERNMENT:
        return False
    if title.end < sent.end and doc[title.end].lower_ in OWN_HOLDER_PREPS:
        return False  # "government spokesman of the rebels' shadow cabinet": the title says whose (review, RNS)
    if title.start == sent.start:
        return True
    before = doc[title.start - 1]
    if before.tag_ == "POS":
        return False  # "the opposition's government spokesman": a possessor says whose government (review, RNS)
    named = before.ent_type_ in {"GPE", "NORP", "ORG"} or before.tag_ in {"NNP", "NNPS"} or before.text.startswith("U.S")
    return not named or before.lower_ == "the"


def government_named_before(ctx: DocContext, para: Span, title: Title, countries: Callable[[Span], list[str]]) -> str | None:
    """The last state the title's paragraph names, before the title and outside quotation marks, as a government or
    as a state that acts ("Congo's government welcomed", "The Cyprus government said", "Rwanda rejected"), else None.
    A state named in passing ("firms in Moldova", "a Georgian lender") is no antecedent of "the government".
    `para` is the title's paragraph, `countries` the states a span's words name (roles_country.country_words)."""
    doc = para.doc
    stop = min(title.phrase_start, para.end)
    quoted = False
    found: str | None = None
    k = para.start
    while k < stop:
        if doc[k].text in QUOTE_MARKS:
            quoted = not quoted
            k += 1
            continue
        mention = ctx.resolver.mention_at(k)
        end = mention.end if mention is not None and mention.start == k and mention.end <= stop else k + 1
        span = doc[k:end]  # the model's span, whatever its label ("Moldova" tagged a person), or one word
        named = countries(span) if doc[k].text[:1].isupper() else []
        if not quoted and len(named) == 1 and _as_government(span.root):
            found = named[0]
        k = end
    return found


def _as_government(root: Token) -> bool:
    """The state's name heads a clause as its subject ("Rwanda rejected the move") or names a government ("Congo's
    government", "the Cyprus government", "the Government of Cyprus")."""
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    return head.lower_ == GOVERNMENT and root.dep_ in {"poss", "compound", "amod", "nmod", "pobj"}
