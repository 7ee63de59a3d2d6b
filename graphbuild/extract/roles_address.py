"""Forms of address between a post and its holder's name: "Minister of Information Dr. X", "the institute's
president, Dr. X", "Its chief of operations, Commissioner X" (twenty-ninth session, PW).

A form of address (an honorific, a title's abbreviation, a military rank) names no body and no post of its own at the
body of the title before it; the person named right after it holds that title. Without this the title reader read
"Dr." as a capitalised word of the post's field ("Minister of Information Dr.", a "Ministry of Information Dr."), and
the apposed name was no holder when such a word stood before it.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.coref import DocResolver
from ..nlp.gazetteers import Gazetteers
from ..nlp.mention import RANK_NOUNS, point_split_off, title_abbreviation

#: at most this many words of address before a name ("Brigadier General Dr. X": three)
MAX_ADDRESS_WORDS = 4


def _address_word(doc: Doc, i: int, gaz: Gazetteers, heads: bool) -> int:
    """Index after the form of address at `i` ("Dr.", "Dr" ".", "Sheikh", "General"; with `heads` also a capitalised
    title head of one word, "Commissioner"), else `i`."""
    tok = doc[i]
    if not tok.text[:1].isupper():
        return i
    if title_abbreviation(doc, i):
        return i + 2 if point_split_off(doc, i) else i + 1
    low = tok.lower_
    if low in gaz.honorifics or low in RANK_NOUNS or low in gaz.ranks_before_names:
        return i + 1
    if heads and low in gaz.title_heads and " " not in low:
        return i + 1
    return i


def address_end(doc: Doc, resolver: DocResolver, gaz: Gazetteers, start: int, limit: int, heads: bool = False) -> int:
    """Index where a person's name starts after a run of forms of address opening at `start`, or `start` when the
    words there are no such run or no person mention follows it. `heads`: a capitalised one-word title head counts as
    a form of address too (in an apposition, "chief of operations, Commissioner X"; not inside a title's field)."""
    j = start
    while j < limit and j - start < MAX_ADDRESS_WORDS:
        nxt = _address_word(doc, j, gaz, heads)
        if nxt == j:
            break
        j = nxt
    if j == start or j >= limit:
        return start
    mention = resolver.mention_at(j)
    if mention is None or mention.label != "PERSON" or mention.start != j:
        return start
    return j
