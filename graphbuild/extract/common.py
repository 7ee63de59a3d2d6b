"""Helpers every extractor uses to turn resolved entities into Relation records."""
from __future__ import annotations

from spacy.tokens import Span

from ..nlp.coref import Cluster, display_name, org_type
from ..nlp.doc_text import span_text, token_words
from ..records import NAMESAKE, EntityRef, Evidence, Relation
from .context import DocContext


def ref(cluster: Cluster) -> EntityRef:
    """The entity of a cluster; a namesake the text told apart from a fuller name it fits (nlp/person_apart) gets an
    IRI of its own, so that the build's name matching (resolve/index) does not join the two again: made from what told
    them apart (its own stated identifiers, else the other name), so that two namesakes of one name in two releases
    are not one node, while the same build, or a build run again, gives the same IRI."""
    if cluster.namesake:
        return EntityRef(name=display_name(cluster), type=cluster.type, aliases=cluster.aliases, id=NAMESAKE + cluster.namesake,
                         identifiers={key: sorted(values) for key, values in sorted(cluster.stated.items())})
    return EntityRef(name=display_name(cluster), type=cluster.type, aliases=cluster.aliases)


def implied_ref(ctx: DocContext, name: str) -> EntityRef:
    """An organization named only by implication ("Rep." -> the House); reuse the doc's entity if present."""
    authority = ctx.gaz.authority(name)
    canonical = authority.name if authority else name
    for cluster in ctx.resolver.clusters:
        if cluster.authority == canonical or cluster.name == canonical:
            return ref(cluster)
    return EntityRef(name=canonical, type=org_type(canonical, ctx.gaz, authority.name if authority else None), aliases=[])


def evidence(sent: Span, extractor: str) -> Evidence:
    raw = span_text(sent)  # read once
    text = raw.strip()
    start = sent.start_char + len(raw) - len(raw.lstrip())
    return Evidence(sentence=text, start=start, end=start + len(text), extractor=extractor)


def relation(kind: str, subject: EntityRef, obj: EntityRef, sent: Span, extractor: str, confidence: float, **fields: object) -> Relation:
    return Relation(relation=kind, subject=subject, object=obj, evidence=[evidence(sent, extractor)], confidence=confidence, **fields)  # type: ignore[arg-type]


def headline(sent: Span) -> bool:
    """A title-case line without a full stop ("Treasury Designates Russian Shipping Firms"): no statement, no list title."""
    words = [w for w in token_words(sent.doc)[0][sent.start:sent.end] if w.isalpha()]  # Token.is_alpha: str.isalpha
    if not words or span_text(sent).rstrip().endswith((".", ":", '"', "\u201d")):
        return False
    return sum(1 for w in words if w[:1].isupper()) >= 0.7 * len(words) and len(words) <= 16
