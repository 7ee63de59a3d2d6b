"""A body's name that the sentence itself sets apart from a longer name containing it.

Coreference takes "Zentra Holdings" for a short form of "Zentra Holdings Morlandia LLC" named before (a contiguous part
of a longer name usually is: "Federation Council" of "Federation Council of the Federal Assembly"). But in
"Zentra Holdings Morlandia LLC, a subsidiary of Zentra Holdings" or "owned by Zentra Holdings" the text says the two are
different bodies: merged, the parent took the subsidiary's designation, with the subsidiary's sentence as evidence.
The words before the mention say so: "<subsidiary|affiliate|parent|unit|...> of", "owned / controlled / operated by",
"its parent (company)". P3, tenth session (docs/robustness.md).
"""
from __future__ import annotations

from spacy.tokens import Doc

#: Nouns that relate one body to another ("a subsidiary of", "the parent of", "an affiliate of").
#: Not "owner", "shareholder", "director" of: a person's relation to a body ("the largest shareholder of Y Z").
RELATION_NOUNS = frozenset({"subsidiary", "subsidiaries", "affiliate", "affiliates", "parent", "unit", "units", "division",
                            "branch", "branches", "arm", "front", "successor", "predecessor", "spin-off", "offshoot"})
#: Participles whose agent is another body ("owned by", "controlled by").
OWNING = frozenset({"owned", "controlled", "operated", "managed", "founded", "established", "acquired", "run"})
#: Words that may stand between the relating words and the name ("a subsidiary of the Valdorian Zentra Holdings").
FILLERS = frozenset({"the", "its", "their", "state", "state-owned"})


def named_as_other_body(doc: Doc, start: int) -> bool:
    """The mention starting at token `start` follows words that relate it to another body."""
    j = start - 1
    skipped = 0
    while j >= 0 and skipped < 3 and (doc[j].lower_ in FILLERS or doc[j].ent_type_ in {"NORP", "GPE"}
                                      or doc[j].tag_ == "POS"):
        j -= 1
        skipped += 1
    if j < 0:
        return False
    word = doc[j].lower_
    if word == "of":
        return j > 0 and doc[j - 1].lower_ in RELATION_NOUNS
    if word == "by":
        return j > 0 and doc[j - 1].lower_ in OWNING
    if word == ",":  # "its parent company, Zentra Holdings"
        j -= 1
        word = doc[j].lower_ if j >= 0 else ""
    if word == "company" and j > 0:
        word = doc[j - 1].lower_
    return word == "parent"
