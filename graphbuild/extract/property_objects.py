"""The property a release identifies with its description first: "OFAC is also identifying as blocked property an
<maker> <model> cargo aircraft, tail number XX-12345, in which Y has an interest", "... and identifying as blocked
property the <model> aircraft with tail number XX-123AB" (issue 13, D16).

The object comes after "as blocked property", where the target window used to end at once ("as" bounds it); the
registration after "tail number" / "registration" is the property, and a maker's or model's name that the model read
as a name before the noun it describes ("<model> aircraft") is none.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from .context import DocContext
from .designation_windows import window_end
from .targets import NOT_DESIGNEE_TYPES, candidates

#: Words that introduce an aircraft's or a vessel's registration after its description.
REGISTRATION_WORDS = {"tail", "registration"}


def property_subject(trigger: Token) -> Token:
    """The verb whose subject acts for an "identifying as blocked property" the parser hung as a conjunct of a
    participle inside the first object ("OFAC is designating X, a firm used to ..., and identifying as blocked property
    Y"): the sentence's main verb."""
    return trigger.sent.root if trigger.dep_ == "conj" else trigger


def property_start(sent: Span, trigger: Token) -> int | None:
    """The token after "as blocked property" right after an active "identify" ("identifying as blocked property X"),
    None when the verb's object comes first ("identifying X as blocked property")."""
    doc = sent.doc
    j = trigger.i + 1
    if j >= sent.end or doc[j].lower_ != "as":
        return None
    words = [t.lower_ for t in doc[j + 1:min(sent.end, j + 4)]]
    if words[:1] == ["property"]:
        return j + 2
    if words[:2] == ["blocked", "property"]:
        return j + 3
    return None


def property_objects(ctx: DocContext, sent: Span, start: int) -> tuple[list[tuple[Mention, Cluster]], int]:
    """(targets, window end) after "as blocked property": the names in the window, "with tail number" going on with it,
    but not a name that only modifies the noun after it ("<model> aircraft")."""
    doc = sent.doc
    end = window_end(sent, start)
    if end + 1 < sent.end and doc[end].lower_ == "with" and doc[end + 1].lower_ in REGISTRATION_WORDS:
        end = window_end(sent, end + 1)
    found = []
    for m, c in candidates(ctx, sent, start, end):
        root = doc[m.start:m.end].root
        modifier = root.dep_ == "compound" and root.head.i >= m.end and root.head.pos_ == "NOUN"
        if modifier or m.end < end and doc[m.end].pos_ == "NOUN" and doc[m.end].is_lower:
            continue  # "an Ilyushin Il-76TD cargo aircraft", "the Embraer Legacy 600 aircraft": the maker and model
        found.append((m, c))
    for m in ctx.mentions_in(start, end):  # "with tail number X": a prepositional phrase `candidates` passes over
        c = ctx.entity(m)
        registered = any(t.lower_ in REGISTRATION_WORDS for t in doc[max(start, m.start - 3):m.start])
        if registered and c is not None and not c.authority and c.type not in NOT_DESIGNEE_TYPES and all(c is not x for _, x in found):
            found.append((m, c))
    return found, end
