"""Words that set a companion target beside a designee: "designated X along with Y", "listed X alongside Y".

A body that designates or lists X "along with", "together with" or "alongside" Y acts on both, as sanctions texts
write it ("designated in 2024 together with its director", "listed it alongside Khoa in 2024"), unless the words name
the partner of another verb before them ("working together with Y", "acting alongside partners"): that is who acts
with the body, as "in coordination with Y" is. Shared by the target windows (`targets`, `designation_windows`).
Issue 13: D16 read ", along with" after an object; "alongside" and the link written without a comma are V8 item 10
(M36, seventeenth session).
"""
from __future__ import annotations

from spacy.tokens import Doc

#: Words before "with" that make it a companion's link ("along with Y", "together with Y").
WITH_OPENERS = frozenset({"along", "together"})
#: A one-word companion's link.
ALONGSIDE = "alongside"
#: A verb (any VB* tag) before the link makes the link name who acts with the verb's subject, not a target
#: (`works_with`): not a designation's own verbs, these.
TARGETING_LEMMAS = frozenset({"designate", "sanction", "be", "list"})


def inside_description(doc: Doc, link: int) -> bool:
    """The link at `link` hangs on a noun of a description, not on the designation's object list: its preposition's
    head, or a noun above it before any verb, is an apposition ("X, a militia alongside Y", "X, a co-founder alongside
    Y") or the object of "of" ("a joint venture of A together with B"). Y is who the description names beside the
    noun, no companion target (F4 item 4, M41)."""
    prep = doc[link + 1] if doc[link].lower_ in WITH_OPENERS and link + 1 < len(doc) else doc[link]
    tok = prep.head
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        if tok.dep_ == "appos" or tok.dep_ == "pobj" and tok.head.lower_ == "of":
            return True
        tok = tok.head
    return False


def works_with(doc: Doc, link: int) -> bool:
    """"working together with Y", "acting alongside Y": the words after the link at `link` ("along", "together" or
    "alongside") name a partner of the verb before them, no target."""
    return link > 0 and doc[link - 1].tag_.startswith("VB") and doc[link - 1].lemma_ not in TARGETING_LEMMAS


def companion_link(doc: Doc, j: int) -> int:
    """The number of tokens of a companion's link starting at `j` ("along with" 2, "alongside" 1; 0 for none)."""
    low = doc[j].lower_
    if low in WITH_OPENERS and j + 1 < len(doc) and doc[j + 1].lower_ == "with":
        return 0 if works_with(doc, j) or inside_description(doc, j) else 2
    if low == ALONGSIDE:
        return 0 if works_with(doc, j) or inside_description(doc, j) else 1
    return 0


def companion_preposition(doc: Doc, j: int) -> bool:
    """The preposition at `j` ends a companion's link ("with" of "along with", "alongside"): the name after it is a
    target beside the object, not a noun inside a phrase."""
    if doc[j].lower_ == ALONGSIDE:
        return companion_link(doc, j) == 1
    return doc[j].lower_ == "with" and j > 0 and companion_link(doc, j - 1) == 2
