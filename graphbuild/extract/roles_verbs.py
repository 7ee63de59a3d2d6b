"""holds_role stated as membership without a title word: "X was part of Y", "X joined Y".

The GUIDELINES count membership of an organization as a post ("member"). Only the person's own
predicate counts, and the organization must close the phrase: "part of Y's media office" is
membership of Y, "part of Y's procurement network" is not.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .roles_common import NAME, _after_alias

# words between the name and its predicate: "X, as recently as 2022, was a part of Y", "X has also joined Y"
LEAD_WORDS = {",", "who", "also", "currently", "now", "previously", "formerly", "reportedly", "later", "has", "had",
              "have", "is", "was", "are", "were", "been", "as", "recently", "since", "in"}
COPULAS = {"is", "was", "are", "were", "been"}
PAST = {"was", "were", "previously", "formerly", "had"}
# units of an organization whose members are members of it ("part of Y's media office")
UNIT_NOUNS = {"office", "team", "unit", "wing", "arm", "branch", "cell", "leadership", "council", "committee",
              "department", "division", "bureau", "command", "staff", "board"}


def _membership_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"X was (a) part of Y", "X joined Y": X is a member of Y."""
    doc = sent.doc
    for m, cluster in people:
        j = _after_alias(doc, m)
        words: list[str] = []
        while j < sent.end and len(words) < 8 and (doc[j].lower_ in LEAD_WORDS or doc[j].ent_type_ == "DATE"):
            words.append(doc[j].lower_)
            j += 1
        if j >= sent.end:
            continue
        if doc[j].lower_ == "a" and j + 1 < sent.end and doc[j + 1].lower_ == "part":
            j += 1
        if doc[j].lower_ == "part" and COPULAS & set(words) and j + 1 < sent.end and doc[j + 1].lower_ == "of":
            k = j + 2
        elif doc[j].lemma_.lower() == "join" and doc[j].tag_ in {"VBD", "VBZ", "VBN"}:
            k = j + 1
        else:
            continue
        while k < sent.end and doc[k].lower_ == "the":
            k += 1
        org = _closing_organization(ctx, sent, k)
        if org is None:
            continue
        yield relation("holds_role", ref(cluster), ref(org), sent, NAME, 0.7, role="member",
                       role_class=ctx.gaz.title_heads.get("member", "member"), current=not PAST & set(words))


def _closing_organization(ctx: DocContext, sent: Span, k: int) -> Cluster | None:
    """The organization at `k` when it ends the noun phrase (or owns a unit of it: "Y's media office")."""
    doc = sent.doc
    mention = ctx.resolver.mention_at(k)
    if mention is None or mention.start != k or mention.label != "ORG":
        return None
    org = ctx.entity(mention)
    if org is None or org.type in {"Person", "Country", "SanctionsProgram"} or org.authority:
        return None
    end = mention.end
    if end < sent.end and doc[end].text in {"'s", "\u2019s", "'", "\u2019"}:
        unit = end + 1
        while unit < sent.end and doc[unit].is_lower and doc[unit].lower_ not in UNIT_NOUNS and unit - end <= 3:
            unit += 1  # "Y's media office", "Y's internal security unit"
        return org if unit < sent.end and doc[unit].lower_ in UNIT_NOUNS else None
    if end < sent.end and doc[end].pos_ in {"NOUN", "PROPN"}:
        return None  # "part of Y recruitment efforts": Y only qualifies another noun
    return org
