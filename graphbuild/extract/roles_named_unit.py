"""A head verb over a unit of a body that the text names right after it: "commands the cartel's armed wing, known as
"Los X"", "runs its media wing, Radio Y" (twenty-ninth session, PW).

The verb's object is a lower-case unit noun ("wing", "cell", "office"); the parse gives the unit's own name as an
apposition of that noun, or as the object of "known as" / "called" / "named" that modifies it. The post is the head's
post at that named unit, which is a body of its own (the GUIDELINES take the named sub-unit as the body; an unnamed
unit gives the body it belongs to, `roles_prose.unit_post`). The model seldom tags such names an organization (a
Spanish name in quotes was a person's mention), so the name is the mention's span when one ends there, else the
parse's proper nouns.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.coref import org_type
from ..records import EntityRef
from .common import ref
from .context import DocContext
from .roles_verbs import UNIT_NOUNS

#: participles that give a unit its name: "the armed wing, known as X", "a cell called X"
NAMING_VERBS = frozenset({"know", "call", "name", "dub"})
#: lower-case words inside a name's compounds ("Sawt al-Sahel")
NAME_PARTICLES = frozenset({"al", "el", "la", "de", "del", "-"})


def _name_span(sent: Span, head: Token) -> tuple[int, int] | None:
    """The proper-noun span whose head is `head` (the capitalised compounds before it, nested or not), or None when
    `head` is no capitalised proper noun or opens a list ("manages the company's team, A and B": the unit's
    members, no name of it; review RW)."""
    if head.tag_ not in {"NNP", "NNPS"} or not head.text[:1].isupper() or any(c.dep_ == "conj" for c in head.children):
        return None
    start = head.i
    doc = sent.doc
    while start - 1 > sent.start and doc[start - 1].dep_ in {"compound", "amod"} and start <= doc[start - 1].head.i <= head.i \
            and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_PARTICLES):
        start -= 1  # "Los Lobos Negros": "Los" is a compound of "Lobos", "Lobos" of "Negros"
    return (start, head.i + 1) if start >= sent.start else None


def _unit_name(sent: Span, unit: Token) -> tuple[int, int] | None:
    """The name the parse gives the unit noun `unit`: its apposition after a comma ("its media wing, Radio Y") or the
    object of a naming participle ("the armed wing, known as "Los X"")."""
    for child in unit.rights:
        if child.dep_ == "appos" and sent.doc[unit.i + 1].text == ",":
            return _name_span(sent, child)
        if child.dep_ == "acl" and child.lemma_.lower() in NAMING_VERBS and child.tag_ == "VBN":
            for grand in child.children:
                if grand.dep_ in {"oprd", "attr", "dobj"}:
                    return _name_span(sent, grand)
                if grand.dep_ == "prep" and grand.lower_ == "as":
                    obj = next((g for g in grand.children if g.dep_ == "pobj"), None)
                    return _name_span(sent, obj) if obj is not None else None
    return None


def named_unit(ctx: DocContext, sent: Span, verb: Token) -> EntityRef | None:
    """The named unit a head verb governs ("commands the cartel's armed wing, known as "Los X"": Los X), or None.
    The object must be a lower-case unit noun with a possessor or an article; a capitalised unit ("the Foreign
    Relations Department") is a name of its own, read by `roles_prose._verb_object`."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not obj.is_lower or obj.lower_ not in UNIT_NOUNS:
        return None
    if not any(c.dep_ in {"poss", "det"} for c in obj.children):
        return None
    span = _unit_name(sent, obj)
    if span is None:
        return None
    start, end = span
    mention = ctx.resolver.mention_at(end - 1)
    if mention is not None and mention.end == end and mention.start <= start:
        start = mention.start  # the mention spells the whole name ("Sawt al-Sahel": the parse hangs "al-" apart)
    if mention is not None and mention.label in {"GPE", "NORP"}:
        return None  # "runs its office, Dubai": a place is no unit's name
    if mention is not None and mention.label == "ORG" and (cluster := ctx.entity(mention)) is not None:
        return ref(cluster)
    # no mention, or a person's as the model read it ("Los X" in quotes): the parse makes it the unit's name
    name = " ".join(sent.doc[start:end].text.split())
    same = next((c for c in ctx.resolver.clusters if c.name == name and c.type not in {"Person", "Country"}), None)
    return ref(same) if same is not None else EntityRef(name=name, type=org_type(name, ctx.gaz), aliases=[])
