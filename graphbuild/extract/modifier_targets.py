"""A name that only describes the noun a designation's object is headed by: "several TSJ magistrates", "SAF-linked
companies", "three IRGC officials". The magistrates, companies and officials are designated, not the body that
modifies them (issue 13, M18: the body was exported as designated by the United Kingdom, by Canada).

The noun after the name must be a lower-case plural ("magistrates", "companies") for a name set before it as a
compound; a singular one may be the body's own kind word ("the X movement", "the Y militia"). A name hyphened to a
participle of linkage ("SAF-linked", "Maduro-aligned") describes the noun after it, singular or plural, a name's
too ("X-aligned Y Bank": Y Bank is the target, review V7 item 13). The one piece every target window asks
(`targets.candidates`, so the "impose ... on" window too: D19's own plural rule folded in here, issue 13, M22).

A name after "a" or "an" and before a lower-case noun describes that noun, singular too, also across its initials in
parentheses or a hyphened participle: "a former Sudanese Armed Forces (SAF) officer", "a KNM financier", "a
Houthi-installed banking official". A body's name takes no indefinite article, so the phrase is a person or thing of
the body, not the body; the parentheses had broken the words' run the plural rule reads, and the parser hangs the noun
on the name as an apposition (twenty-seventh session, DR: Treasury and State releases of the study sets' write half).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.mention import HYPHENS
from ..nlp.mentions import Mention

#: Participles hyphened to a name that make it a description of the noun after them ("X-linked companies").
LINK_PARTICIPLES = frozenset({"linked", "backed", "aligned", "affiliated", "owned", "controlled", "connected", "related",
                              "allied", "led", "run", "sponsored", "supported", "funded", "tied"})


def modifies_other_noun(doc: Doc, m: Mention) -> bool:
    """The mention is a modifier of a lower-case noun after it that heads the phrase: no target of its own."""
    root = doc[m.start:m.end].root
    while root.dep_ == "conj" and root.head.i != root.i and root.head.i < m.start:
        root = root.head  # "Lukoil and Rosneft subsidiaries": the first conjunct carries the relation
    noun = _linked_noun(doc, m)
    plural_only = noun is None
    if noun is None and root.dep_ in {"compound", "amod", "nmod"}:
        noun = root.head
    if _indefinite_phrase(doc, m):
        return True  # "a former X Forces (XF) officer", "a X financier" (DR)
    if noun is None or noun.i < m.end or not noun.tag_.startswith("NN"):
        return False
    if not plural_only and not noun.is_lower:  # "Kandar-aligned Corvane Bank": the name after the participle is the target
        return all(noun in t.ancestors for t in doc[m.end + 2:noun.i])
    if not noun.is_lower or plural_only and noun.tag_ != "NNS":
        return False
    return all(t.is_lower or t.text in HYPHENS for t in doc[m.end:noun.i])  # "TSJ magistrates", "SAF - linked companies"


#: Articles of a phrase whose name before a lower-case noun describes that noun ("a X Forces (XF) officer", "a X
#: financier"); not "the", which a body's name takes ("the X movement").
INDEFINITE = frozenset({"a", "an"})


def _indefinite_phrase(doc: Doc, m: Mention) -> bool:
    """"a former X Y Forces (XYF) officer", "a X financier", "a X-installed banking official": an indefinite article,
    lower-case modifiers at most, the name, then (after its initials in parentheses, with no lower-case word there, or
    a hyphened participle) a lower-case noun. A body's name takes no "a": the phrase is a person or thing of the body."""
    j = m.start - 1
    while j >= 0 and doc[j].is_lower and doc[j].tag_ in {"JJ", "VBN", "RB"}:
        j -= 1  # "a former", "a recently dismissed"
    if j < 0 or doc[j].lower_ not in INDEFINITE or m.end >= len(doc):
        return False
    k = m.end
    if doc[k].text == "(":
        close = next((i for i in range(k + 1, min(len(doc), k + 8)) if doc[i].text == ")"), None)
        if close is None or close == k + 1 or any(t.is_lower for t in doc[k + 1:close]):
            return False
        k = close + 1
    elif doc[k].text in HYPHENS and k + 1 < len(doc) and doc[k + 1].is_lower and doc[k].whitespace_ == "":
        k += 2  # "a X-installed official": the participle describes the noun after it
    if k >= len(doc):
        return False
    noun = doc[k]
    return noun.is_lower and noun.is_alpha and noun.tag_ in {"NN", "NNS"}


def _linked_noun(doc: Doc, m: Mention) -> Token | None:
    """"SAF - linked companies": the noun the linkage participle right after the name modifies."""
    if m.end + 1 >= len(doc) or doc[m.end].text not in HYPHENS or doc[m.end + 1].lower_ not in LINK_PARTICIPLES:
        return None
    participle = doc[m.end + 1]
    return participle.head if participle.dep_ in {"amod", "compound"} and participle.head.i > participle.i else None

