"""Syntactic and layout cues of a sentence-level (person, organization) pair, for the learned role scorer.

Rule fixes written after reading errors did not carry over to unread releases; refitting the scorer on
more varied text did. So the scorer gets generic cues of HOW a sentence states a post, never words of
a name: the shape of the dependency path (direction, length, its verbs and nouns), a relative clause on
the person ("X, who heads Y"), whether a rule pair shares the person's list of names, and whether the
sentence is a list item or a table row. Words are lemmas of common words only (`word`). Cues of how the
title meets the person and the body (apposition, copula, complement, possessive, class x body type)
were measured and left out: they lowered train's CV (docs/extraction.md).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..nlp.doc_text import token_flags, token_words
from .list_items import BULLETS

MAX_LEX_PATH = 4  # arcs up to which the path is also a feature with its top word (longer ones are too rare)
APPOSITION_DEPS = {"appos"}
SENTENCE_OPENERS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "ADV", "AUX", "VERB", "PART"}


def word(t: Token) -> str:
    """A word as a feature: lemma for common words; names, numbers and tagged entities only by their class, so the
    model never stores a name from its training documents."""
    if t.pos_ in {"PROPN", "NUM", "X"} or t.ent_type_ or (t.is_title and t.i > t.sent.start):
        return f"<{t.pos_}>"
    if t.is_title and not t.is_stop and t.pos_ not in SENTENCE_OPENERS:
        return "<CAP>"  # a capitalised first word the tagger took for a common word is often a given name
    return t.lemma_.lower()


def bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def path_shape_cues(person: Token, up: list[Token], down: list[Token]) -> list[str]:
    """Direction and length of the path from the person up to the lowest common ancestor and down to the body, the
    path's labels with its top word when short, and the lemmas of the verbs and common nouns on it."""
    top = up[-1].head if up else person
    if up and down and top.i == up[-1].i:
        return ["c:path=none"]  # different roots (no common ancestor)
    direction = "p_over_o" if not up else "o_over_p" if not down else "sibling"
    n = len(up) + len(down)
    feats = [f"c:dir={direction}", f"c:dirlen={direction}|{bucket(n)}"]
    if n <= MAX_LEX_PATH:
        labels = [f"{t.dep_}^" for t in up] + [f"{t.dep_}v" for t in reversed(down)]
        feats.append(f"c:lexpath={'/'.join(labels)}|{word(top)}")
    inner = [t for t in [*up[1:], top, *down[1:]] if t.i != person.i]
    feats += sorted({f"c:pathverb={word(t)}" for t in inner if t.pos_ in {"VERB", "AUX"}})
    feats += sorted({f"c:pathnoun={word(t)}" for t in inner if t.pos_ == "NOUN"})
    return feats


def _under(token: Token, ancestor: Token) -> bool:
    return token.i == ancestor.i or any(a.i == ancestor.i for a in token.ancestors)


def relative_clause_cues(person: Token, org: Token) -> list[str]:
    """"X, who heads Y", "X, a businessman who manages Y": the verb of a relative clause on the person (or on the
    noun apposed to the person), and whether the body is inside that clause."""
    anchors = [person] + [c for c in person.children if c.dep_ in APPOSITION_DEPS]
    feats = []
    for anchor in anchors:
        for clause in (c for c in anchor.children if c.dep_ == "relcl"):
            inside = _under(org, clause)
            feats.append(f"c:relcl={word(clause)}|{inside}")
            if inside:
                feats.append("c:relcl_o")
    return sorted(set(feats))


LIST_GLUE = {",", "and", "or", "&", ";"}


def listed_together(a: tuple[int, int], b: tuple[int, int], doc: Doc) -> bool:
    """Two name spans (start, end) in one list of names: only commas and "and"/"or" between them ("A and B", "A, B
    and C"); read from the words, since the parser often attaches a second name as an apposition or a modifier."""
    lo, hi = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    return 0 < hi - lo <= 2 and all(t.lower_ in LIST_GLUE for t in doc[lo:hi])


def _listed_with(person: tuple[int, int], others: list[tuple[tuple[int, int], str]], doc: Doc) -> list[str]:
    """Keys of the names listed with `person`, by chains of neighbours ("A, B and C": B's and C's for A)."""
    group, keys, rest = [person], [], list(others)
    grew = True
    while grew:
        grew = False
        for span, key in list(rest):
            if any(listed_together(span, member, doc) for member in group):
                group.append(span)
                keys.append(key)
                rest.remove((span, key))
                grew = True
    return keys


def rule_pair_cues(person: tuple[int, int], person_key: str, org_key: str, others: list[tuple[tuple[int, int], str]],
                   rule_pairs: set[tuple[str, str]], person_bodies: set[str], doc: Doc) -> list[str]:
    """Cues from the rules' own pairs (casefolded names): a person listed with this one holds a post at this body
    ("A and B are the owners of Y" with the rules giving A), another person of the sentence does, or this person
    already has a post at another body. `others`: the other persons of the sentence (name span, key);
    `person_bodies`: the bodies the rules give this person."""
    feats = []
    if any((key, org_key) in rule_pairs for key in _listed_with(person, others, doc)):
        feats.append("c:conj_rule")
    if any((key, org_key) in rule_pairs for _, key in others):
        feats.append("c:org_rule_other")
    if person_bodies - {org_key}:
        feats.append("c:person_rule_other")
    return feats


def layout_cues(sent: Span) -> list[str]:
    """The sentence is a list item (opens with a bullet or an enumerator) or a table row (cells split by '|')."""
    doc = sent.doc
    space, texts = token_flags(doc).space, token_words(doc)[0]  # `Token.is_space` / `.text` of each word (S22)
    words = [i for i in range(sent.start, sent.end) if not space[i]]
    feats = []
    if words and (texts[words[0]] in BULLETS or (doc[words[0]].like_num and len(words) > 1 and texts[words[1]] in {".", ")"})):
        feats.append("c:listitem")
    if any(texts[i] == "|" for i in words):
        feats.append("c:tablerow")
    return feats
