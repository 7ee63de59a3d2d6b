"""A body named after a place and a kind noun in a title's complement (issue 13, R29).

"an energy analyst at Tarsk consultancy Velmont Risk", "a reporter for the Tarsk news site Kilo": the place only
locates the body, whose name follows the kind noun. The small model tags such places as bodies ("Tarsk" ORG) and
the short names after them as people, so the post went to the place. The name after the kind noun is the body; the
model's label on it is not trusted when a kind noun of bodies stands right before it (a person's noun, "businessman",
is no such noun). The head-verb counterpart is `roles_prose._after_place_noun` (R27).

A news outlet's name after its kind noun (`outlet_name`, NS, thirty-fourth session): "a reporter for the weekly
L'Écho du X", "a camerawoman for the independent broadcaster Varna Y", "the Tarsk daily Kiros Today": the model tags
such names as people, facilities or dates, or ends them at a date word, and the post was lost. After a kind noun of
news outlets the capitalised run that follows is the outlet, whatever the model's label, unless the model tagged an
organization starting there: its span is kept (the run replacing it lost one post on the CHECK half).

With no place: "the editor-in-chief of the state weekly X", "a reporter for the independent news outlet X"
(`body_after_kind_noun`, R of the twenty-third session): the article, lower-case words ending in a kind noun of
bodies, then a name the document does not take for a person's. The post was lost: the title's "of" met no name.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.coref import DocResolver
from ..nlp.gazetteers import Gazetteers
from ..nlp.name_cues import kind_nouns

__all__ = ["body_after_kind_noun", "body_after_place_noun", "outlet_name"]

#: Articles that open the described body's phrase: "of the state weekly X", "for an independent outlet X".
ARTICLES = frozenset({"the", "a", "an"})

#: Lower-case nouns that name a kind of body, besides the gazetteer's company words and anaphora heads.
KIND_NOUNS = {"consultancy", "site", "website", "outlet", "newspaper", "daily", "weekly", "magazine", "broadcaster",
              "channel", "station", "institute", "tank", "think-tank", "practice", "office", "charity", "ngo", "lab",
              "laboratory", "university", "school", "hospital", "clinic", "publisher", "portal", "agency", "firm"}
#: Kinds of news outlets, whose name follows them ("the weekly X", "the broadcaster X"); "daily" and "weekly" are often
#: tagged adjectives. Not "agency" or "network" (also kinds of bodies that are no outlets, read by the model's label).
MEDIA_NOUNS = frozenset({"newspaper", "daily", "weekly", "broadcaster", "outlet", "site", "website", "channel", "station",
                         "magazine", "radio", "television", "tabloid", "portal"})
#: Kind nouns that name a news outlet only after a word of the news ("the news site X", "the radio station Y"): "the
#: nuclear site X", "the railway station Y", "the retail outlet Z" name places and shops (RNS, thirty-fourth session).
SHARED_MEDIA_NOUNS = frozenset({"site", "station", "channel", "outlet", "portal"})
#: Words that make a shared kind noun an outlet's: "news site", "television channel", "media outlet".
NEWS_WORDS = frozenset({"news", "radio", "television", "tv", "media", "online", "web", "internet", "broadcast",
                        "satellite", "cable", "newspaper"})
#: Lower-case words inside an outlet's name: "L'Écho du X", "La Voz del Y", "Diario de la Z".
NAME_PARTICLES = frozenset({"de", "del", "du", "des", "la", "le", "les", "da", "do", "dos", "das", "di", "el", "al"})
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
    if n > first and n < limit and _media_kind(doc, first, n) and (outlet := _outlet(ctx, doc, n, limit)):
        return outlet  # "the Tarsk daily Kiros Today": "daily" tagged an adjective, the name a person and a date
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
    if _media_kind(doc, k, n) and (outlet := _outlet(ctx, doc, n, limit)):
        return outlet  # "the independent broadcaster Varna Y": the outlet whatever the model tagged it
    if noun in PERSON_NOUNS or noun in gaz.title_heads or not (
            noun in KIND_NOUNS or noun in kind_nouns(gaz) or noun in gaz.company_words or noun in gaz.anaphora_heads):
        return None
    name = ctx.mention_at(n)
    if name is None or name.start != n or name.label != "ORG" or not doc[n].text[:1].isupper():
        return None
    cluster = ctx.cluster_of(name)
    return (n, name.end) if cluster is None or cluster.type != "Person" else None


def _media_kind(doc: Doc, first: int, n: int) -> bool:
    """Whether the lower-case words doc[first:n] end in a kind noun of news outlets: a shared noun ("site",
    "station") only after a word of the news, so that a place's or a shop's name after it is not taken for an
    outlet's."""
    noun = doc[n - 1].lower_
    if noun not in MEDIA_NOUNS:
        return False
    return noun not in SHARED_MEDIA_NOUNS or any(t.lower_ in NEWS_WORDS for t in doc[first:n - 1])


def _outlet(ctx: DocResolver, doc: Doc, n: int, limit: int) -> tuple[int, int] | None:
    """The outlet's name after its kind noun: the model's organization mention there as it is (the run in its place
    cost a true post on the CHECK half, counted only), else the capitalised run (`outlet_name`)."""
    outlet = outlet_name(doc, n, limit)
    if outlet is None:
        return None
    name = ctx.mention_at(outlet[0])
    return (outlet[0], name.end) if name is not None and name.label == "ORG" and name.start == outlet[0] else outlet


#: Marks that set an outlet's name off in markdown or print: "the weekly *La Voz del X*".
NAME_MARKS = frozenset({"*", "_", '"', "“", "”"})


def outlet_name(doc: Doc, n: int, limit: int) -> tuple[int, int] | None:
    """(start, end) of a news outlet's name at token n right after its kind noun, or None: capitalised words, with
    the particles of a foreign name between them ("L'Écho du X"), up to the first other word or mark; a mark
    that sets the name off ("*La Voz del X*") is not part of it. Not a name that opens with a date word ("the weekly
    Sunday edition") or one capitalised word followed by a lower-case noun (a description, not a name)."""
    if n < limit and doc[n].text in NAME_MARKS:
        n += 1
    if n >= limit or not doc[n].text[:1].isupper() or doc[n].ent_type_ == "DATE" or not any(c.isalpha() for c in doc[n].text):
        return None
    end = n + 1
    while end < limit:
        token = doc[end]
        if token.text[:1].isupper() and any(c.isalpha() for c in token.text):
            end += 1
        elif (token.lower_ in NAME_PARTICLES or token.text in {"'", "’"}) and end + 1 < limit and doc[end + 1].text[:1].isupper():
            end += 2
        else:
            break
    if end == n + 1 and end < limit and doc[end].is_lower and doc[end].tag_ in {"NN", "NNS"}:
        return None
    return n, end
