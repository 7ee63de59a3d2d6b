"""The words of a family tie, written once (review v5, item b: roles_stance, resolve/types, roles_doc_filters and the
gazetteer's `not_roles` each kept a copy). A family tie is no post (GUIDELINES: "X, the wife of Y's owner" holds no
post at Y; the post is the relative's). spaCy splits a hyphenated word into tokens ("son", "-", "in", "-", "law"):
match a hyphenated entry against the whole word (`extract.roles_stance.whole_word`), not one token."""
from __future__ import annotations

__all__ = ["KIN_NOUNS"]

KIN_NOUNS = frozenset({
    "wife", "husband", "spouse", "son", "daughter", "brother", "sister", "father", "mother", "nephew", "niece",
    "cousin", "uncle", "aunt", "child", "children", "relative", "son-in-law", "daughter-in-law", "brother-in-law",
    "sister-in-law", "stepson", "stepdaughter", "grandson", "granddaughter", "girlfriend", "boyfriend", "fiancée",
    "fiancee", "fiance"})
