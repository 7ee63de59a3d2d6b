"""A body named after a place and a kind noun in a title's complement (issue 13, R29).

"an energy analyst at Tarsk consultancy Velmont Risk", "a reporter for the Tarsk news site Kilo": the place only
locates the body, whose name follows the kind noun. The small model tags such places as bodies ("Tarsk" ORG) and
the short names after them as people, so the post went to the place. The name after the kind noun is the body; the
model's label on it is not trusted when a kind noun of bodies stands right before it (a person's noun, "businessman",
is no such noun). The head-verb counterpart is `roles_prose._after_place_noun` (R27).

With no place: "the editor-in-chief of the state weekly X", "a reporter for the independent news outlet X"
(`body_after_kind_noun`, R of the twenty-third session): the article, lower-case words ending in a kind noun of
bodies, then a name the document does not take for a person's. The post was lost: the title's "of" met no name.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.coref import DocResolver
from ..nlp.gazetteers import Gazetteers
from ..nlp.name_cues import kind_nouns

__all__ = ["body_after_kind_noun", "body_after_place_noun"]

#: Articles that open the described body's phrase: "of the state weekly X", "for an independent outlet X".
ARTICLES = frozenset({"the", "a", "an"})

#: Lower-case nouns that name a kind of body, besides the gazetteer's company words and anaphora heads.
KIND_NOUNS = {"consultancy", "site", "website", "outlet", "newspaper", "daily", "weekly", "magazine", "broadcaster",
              "channel", "station", "institute", "tank", "think-tank", "practice", "office", "charity", "ngo", "lab",
              "laboratory", "university", "school", "hospital", "clinic", "publisher", "portal", "agency", "firm"}
PERSON_NOUNS = {"businessman", "businesswoman", "tycoon", "national", "citizen", "resident", "lawyer", "official"}


def body_after_place_noun(doc: Doc, ctx: DocResolver, gaz: Gazetteers, k: int, limit: int) -> tuple[int, int] | None:
    """(start, end) of the name after "<Place> <kind noun(s)>" starting at token k, or None.

    The place is one name of at most three tokens (a mention of any kind but a person, or capitalised words the model
    left untagged), then one to three lower-case nouns or adjectives whose last is a kind of body, then a capitalised
    name: the model's mention there, else the run of capitalised tokens."""
    place = ctx.mention_at(k)
    if place is not None:
        if place.start != k or place.label == "PERSON" or place.end - place.start > 3:
            return None
        n = place.end
    else:
        n = k
        while n < limit and n - k < 3 and doc[n].text[:1].isupper() and doc[n].is_alpha and ctx.mention_at(n) is None:
            n += 1
        if n == k:
            return None
    first = n
    while n < limit and n - first < 3 and doc[n].is_lower and doc[n].tag_ in {"NN", "NNS", "JJ"}:
        n += 1
    if n == first or n >= limit or doc[n - 1].tag_ not in {"NN", "NNS"}:
        return None
    noun = doc[n - 1].lower_
    if noun in PERSON_NOUNS or noun in gaz.title_heads or not (
            noun in KIND_NOUNS or noun in gaz.company_words or noun in gaz.anaphora_heads or noun in gaz.group_nouns):
        return None
    if not doc[n].text[:1].isupper() or doc[n].lower_ in gaz.title_heads:
        return None
    name = ctx.mention_at(n)
    if name is not None:
        return (n, name.end) if name.start == n else None
    end = n
    while end < limit and (doc[end].text[:1].isupper() or doc[end].text in {"&", "-"}) and ctx.mention_at(end) is None:
        end += 1
    return (n, end) if doc[end - 1].text[:1].isupper() else None


def body_after_kind_noun(doc: Doc, ctx: DocResolver, gaz: Gazetteers, k: int, limit: int) -> tuple[int, int] | None:
    """(start, end) of the name after "the <lower-case words> <kind noun>" whose first word is token k, or None: one
    to three lower-case nouns or adjectives after an article, the last a kind of body (`KIND_NOUNS`, the described
    kinds of `name_cues.kind_nouns`, company words, anaphora heads; the model may tag "weekly" an adjective), then the
    model's mention of a name resolved to no person."""
    if k < 1 or doc[k - 1].lower_ not in ARTICLES:
        return None
    n = k
    while n < limit and n - k < 3 and doc[n].is_lower and doc[n].is_alpha and doc[n].tag_ in {"NN", "NNS", "JJ"}:
        n += 1
    if n == k or n >= limit:
        return None
    noun = doc[n - 1].lower_
    if noun in PERSON_NOUNS or noun in gaz.title_heads or not (
            noun in KIND_NOUNS or noun in kind_nouns(gaz) or noun in gaz.company_words or noun in gaz.anaphora_heads):
        return None
    name = ctx.mention_at(n)
    if name is None or name.start != n or name.label != "ORG" or not doc[n].text[:1].isupper():
        return None
    cluster = ctx.cluster_of(name)
    return (n, name.end) if cluster is None or cluster.type != "Person" else None
