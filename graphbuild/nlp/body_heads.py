"""A body's name that opens a longer body's name and ends in a kind noun of its own names another body (issue 13, NM).

"Harlow Bank Leasing Company" is a company whose name opens with its parent's, "Harlow Bank"; "Zarel Front Investment
Company" a company named after the militia "Zarel Front". In English the last noun of a name is its head: the words
before it only qualify it. So when the shorter name ends in a kind noun (bank, front, group, ministry, council, ...)
and the longer one goes on to another kind noun (company, agency, ...), the shorter one is the modifier, a body of
its own, and never a short form of the longer. Coreference took it for one (`coref._org_match`: a contiguous part of
a longer name) and the graph then gave the bank's chairman and the militia's designation to the company.

So too when the longer name is a company's, its legal form after words of its own that are no kind noun: "Norvik
Group" beside "Norvik Group Shipping Ltd." is the group, the company its subsidiary (HP, thirty-third session; a
removal of the group went to the subsidiary); not when those words only state its reach ("Norvik Group International
Ltd.": the group's own full name, review RHP).

Not when the longer name goes on with "of" / "in" / "for" ("Federation Council of the Federal Assembly": a council
still), ends in a legal form or a kind noun only ("Harlow Bank PJSC", "Wagner Group Company"), or the shorter one ends in no kind noun ("Bastrel" of "Bastrel
Components Ltd.", "Solway Investment" of "Solway Investment Group").
"""
from __future__ import annotations

import re

from .company_forms import legal_forms
from .gazetteers import Gazetteers
from ..names import fold

#: Heads of armed groups' names that the gazetteer's body nouns leave out ("Zarel Front", "Kessan Movement").
GROUP_HEADS = frozenset({"front", "movement"})
#: Words that open a complement keeping the shorter name's head ("Council | of the Federal Assembly").
COMPLEMENT_OPENERS = frozenset({"of", "in", "for", "at", "de", "del", "do", "da"})
#: Words that state a company's reach, no business of its own: "Norvik Group International Ltd." is the group's own
#: full name, no subsidiary beside it (review RHP, thirty-third session).
REACH_WORDS = frozenset({"international", "global", "worldwide"})


def _plain_words(name: str) -> list[str]:
    """The folded words of a name without punctuation or an opening "the" ("The Zarel Front" -> zarel, front)."""
    words = [w for w in (re.sub(r"[.,()\"'\u2019]", "", x) for x in re.split(r"[\s\-]+", fold(name).replace("'s", ""))) if w]
    return words[1:] if words[:1] == ["the"] else words


def kind_nouns(gaz: Gazetteers) -> frozenset[str]:
    """Nouns that head a body's name: the gazetteer's anaphora heads, group nouns and one-word public body nouns."""
    return frozenset(gaz.anaphora_heads) | frozenset(gaz.group_nouns) | GROUP_HEADS \
        | frozenset(w for w in gaz.public_body_words if " " not in w)


def heads_another_body(short: str, long: str, gaz: Gazetteers) -> bool:
    """`short` opens `long`, ends in a kind noun, and `long` goes on with words of its own to another kind noun
    ("Leasing Company"): two bodies."""
    s, whole = _plain_words(short), _plain_words(long)
    if len(s) < 2 or len(whole) <= len(s) or whole[:len(s)] != s:
        return False
    rest = whole[len(s):]
    cut = next((i for i, w in enumerate(rest) if w in COMPLEMENT_OPENERS), len(rest))
    rest = rest[:cut]
    forms = {re.sub(r"[.,()]", "", fold(f)) for f in legal_forms()}
    kinds = kind_nouns(gaz)
    company = bool(rest) and rest[-1] in forms and rest[-1] not in kinds
    while rest and rest[-1] in forms and rest[-1] not in kinds:  # "PJSC", "Ltd", not "Company"
        rest = rest[:-1]
    if s[-1] not in kinds:
        return False
    if company and rest and cut == len(whole) - len(s) and not set(rest) <= kinds | forms | REACH_WORDS:
        return True  # "Norvik Group" of "Norvik Group Shipping Ltd.": the group, beside its company (HP, 33rd)
    return len(rest) >= 2 and rest[-1] in kinds and rest[-1] != s[-1]
