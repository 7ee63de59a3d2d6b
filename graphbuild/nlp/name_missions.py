"""An embassy or consulate is named by its state and the city it sits in: "the Iranian embassy in Baghdad", "Mali's
embassy in Moscow", "the X Embassy in Moscow" (R21).

The small model tags the pieces (a people, a country read as a person, a city) and no body, or a body without its
city ("X Embassy"), so a post held there ("a commercial attaché at the Iranian embassy in Baghdad") has no body, or
one the GUIDELINES' name ("X Embassy in Moscow") does not match. A mission word between its state (a demonym, a
country's possessive, or the name the model found) and "in" with a place after it makes one ORG mention of the whole.

"the Embassy of Great Britain", "the Embassy of the United Kingdom": the gazetteer ruler names a sanctioning state as
an authority, and the model then tags no mission at all, so a post held there ("an official at the Embassy of Great
Britain") had no body (a review leftover of the twenty-sixth session; the same words with "France" were read, the model
joining them). A capitalised mission word untagged before "of [the] <country>" makes one ORG mention up to the country's
end (twenty-seventh session, BM).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .gazetteers import Gazetteers
from .mention import Mention, by_token, replace_spans
from .name_contexts import token_indices

MISSION_WORDS = frozenset({"embassy", "consulate"})
#: Where a mission word may stand: every token whose lower case is one of MISSION_WORDS holds a match (a token that
#: only contains one is passed over by the test in the loop).
_MISSION_TEXT = re.compile("|".join(sorted(MISSION_WORDS)), re.IGNORECASE)
PLACE_LABELS = frozenset({"GPE", "LOC"})


def _state_start(doc: Doc, i: int, owner: dict[int, Mention], gaz: Gazetteers) -> int | None:
    """First token of the state named right before the mission word at `i`: the model's name holding the word ("DPRK
    Embassy", "Embassy of X"), a demonym ("Iranian"), or a country's possessive ("Mali's"); None without one."""
    held = owner.get(i)
    if held is not None:
        return held.start if held.label == "ORG" and not held.authority and held.end - held.start >= 2 else None
    k = i - 1
    if k >= 1 and doc[k].tag_ == "POS":
        k -= 1
    if k < 0:
        return None
    before = owner.get(k)
    words = before if before is not None and before.end == k + 1 else None
    text = words.text if words is not None else doc[k].text
    if doc[k].tag_ == "POS" or not (text in gaz.demonyms or text in gaz.countries):
        return None
    return words.start if words is not None else k


def _state_after_of(doc: Doc, i: int, owner: dict[int, Mention], gaz: Gazetteers) -> int | None:
    """The end of the country named by a mention right after "<Mission> of [the]" at `i`, else None: a country of the
    gazetteer, or a state the authorities gazetteer names ("Great Britain" for the United Kingdom)."""
    k = i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    k += 2 if doc[k + 1].lower_ == "the" else 1
    state = owner.get(k)
    if state is None or state.start != k or state.label not in {"ORG", "GPE"}:
        return None
    authority = gaz.authority(state.text) if state.authority else None
    country = authority.country if authority is not None else state.text
    return state.end if country in gaz.countries else None


def join_mission_states(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """The mentions with each untagged "<Mission> of [the] <country>" as one ORG mention (the country's mention dropped)."""
    owner: dict[int, Mention] | None = None
    joined: list[tuple[int, int]] = []
    for i in dict.fromkeys(token_indices(doc, _MISSION_TEXT)):
        if doc[i].lower_ not in MISSION_WORDS or not doc[i].text[:1].isupper():
            continue
        owner = by_token(mentions) if owner is None else owner
        if i in owner or (end := _state_after_of(doc, i, owner, gaz)) is None:
            continue
        joined.append((i, end))
    return replace_spans(doc, mentions, joined, "ORG") if joined else mentions


def join_mission_places(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """The mentions with each "<state> embassy in <place>" as one ORG mention (the pieces it holds dropped)."""
    owner: dict[int, Mention] | None = None
    joined: list[tuple[int, int]] = []
    for i in dict.fromkeys(token_indices(doc, _MISSION_TEXT)):  # the words found in the text, not a loop over every token
        if doc[i].lower_ not in MISSION_WORDS or i + 2 >= len(doc):
            continue
        owner = by_token(mentions) if owner is None else owner
        held = owner.get(i)
        at = held.end if held is not None and held.label == "ORG" else i + 1  # "Embassy of Venezuela | in Madrid"
        if at + 1 >= len(doc) or doc[at].lower_ != "in":
            continue
        place = owner.get(at + 1)
        if place is None or place.start != at + 1 or place.label not in PLACE_LABELS:
            continue
        start = _state_start(doc, i, owner, gaz)
        if start is None:
            continue
        joined.append((start, place.end))
    return replace_spans(doc, mentions, joined, "ORG") if joined else mentions
