"""A town's or a province's body named in lower case with its place: "the municipal assembly of Kotor", "the commune
of Niono", "North Kivu's provincial assembly".

Releases and stories name a local body so ("a member of the municipal assembly of Kotor", "the mayor of the commune of
Niono"): the model tags the place alone, and the post went to the place ("Kotor", a town, where the gold names the
assembly) or had no body at all (the place after "commune of" is no complement the title reads). The body is the
phrase as written, without its article: the place makes the common noun a proper body, as a country makes "Moldova's
parliament" one (titles_national.py). A phrase with no place ("the municipal assembly") names no body and gives none.
BN, thirty-second session (issue 13).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.coref import DocResolver

__all__ = ["LOCAL_LEVELS", "LOCAL_BODIES", "local_body"]

#: The level of a local body, written before its noun ("municipal assembly", "provincial council").
LOCAL_LEVELS = frozenset({"municipal", "provincial", "regional", "district", "city", "town", "county", "communal",
                          "departmental", "prefectural", "local"})
#: The nouns of a local body that a level makes one ("the municipal assembly"): never a unit of a named body.
LOCAL_BODIES = frozenset({"assembly", "council", "legislature"})
#: Nouns that name a town's government alone before "of <Place>" ("the commune of Niono").
TOWN_BODIES = frozenset({"commune", "municipality"})
#: A place after "of" is at most this many capitalised words ("of Kotor", "of Santa Cruz de la Sierra" is cut).
PLACE_WORDS = 4


def _level_noun_end(doc: Doc, j: int, limit: int) -> int | None:
    """The end of "<level> <body noun>" in lower case at `j`, else None."""
    if j + 1 < limit and doc[j].is_lower and doc[j].lower_ in LOCAL_LEVELS and doc[j + 1].is_lower \
            and doc[j + 1].lower_ in LOCAL_BODIES:
        return j + 2
    return None


def _place_end(doc: Doc, ctx: DocResolver, j: int, limit: int) -> int | None:
    """The end of a place's name at `j` (capitalised words the model tagged as a place or an organization, or none),
    not going on into a possessive ("of Kotor's port": the port's post) or a further name, else None."""
    mention = ctx.mention_at(j) if j < limit else None
    if mention is not None and mention.start == j:
        if mention.label not in {"GPE", "LOC", "ORG", "FAC"}:
            return None
        end = mention.end
    else:
        end = j
        while end < limit and end - j < PLACE_WORDS and doc[end].is_alpha and doc[end].is_title:
            end += 1
        if end == j:
            return None
    if end < limit and (doc[end].tag_ == "POS" or doc[end].is_title):
        return None
    return end


def local_body(doc: Doc, ctx: DocResolver, k: int, limit: int) -> tuple[str, int] | None:
    """At `k` after a title's preposition: "[the] <level> <body noun> of <Place>", "[the] commune|municipality of
    <Place>" or "<Place>'s <level> <body noun>" -> (the phrase without its article, its end), else None."""
    j = k + 1 if k < limit and doc[k].lower_ == "the" else k
    noun_end = _level_noun_end(doc, j, limit)
    if noun_end is None and j < limit and doc[j].is_lower and doc[j].lower_ in TOWN_BODIES:
        noun_end = j + 1
    if noun_end is not None:
        if noun_end + 1 >= limit or doc[noun_end].lower_ != "of":
            return None
        place = _place_end(doc, ctx, noun_end + 1, limit)
        return (doc[j:place].text, place) if place is not None else None
    if j != k:
        return None  # "the Kotor's ..." is no possessed place
    mention = ctx.mention_at(j) if j < limit else None
    if mention is None or mention.start != j or mention.label not in {"GPE", "LOC"}:
        return None
    if mention.end + 1 >= limit or doc[mention.end].tag_ != "POS":
        return None
    end = _level_noun_end(doc, mention.end + 1, limit)
    if end is None or (end < limit and (doc[end].is_lower and doc[end].tag_ in {"NN", "NNS"} or doc[end].tag_ == "POS")):
        return None  # "North Kivu's provincial assembly building", "... assembly's speaker": another thing's post
    return doc[j:end].text, end
