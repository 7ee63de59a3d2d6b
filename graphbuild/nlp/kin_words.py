"""The words of a tie to another person, written once: a tie is no post (GUIDELINES: "family relations" and
"associate of" are skipped; "X, the wife of Y's owner" holds no post at Y, the post is the relative's).

Review v5 (item b) gathered the family words here; issue 13 (C5) the other tie words, which `titles.yaml`'s
`not_roles`, `extract.roles_stance`, `extract.roles_doc_filters` and `resolve.types` each listed their own way. Each
reader takes the named subsets it needs: "partner" is a tie to a person ("partner of X" in a role, `resolve.types`)
but also a post at a firm ("a partner at Y"), so the extractors' tie test leaves it out. spaCy splits a hyphenated
word into tokens ("son", "-", "in", "-", "law"): match a hyphenated entry against the whole word
(`extract.roles_stance.whole_word`), not one token."""
from __future__ import annotations

__all__ = ["ALLY_NOUNS", "ASSOCIATE_NOUNS", "KIN_NOUNS", "NATIONALITY_NOUNS", "PARTNER_NOUNS", "TIE_NOUNS"]

#: Family ties.
KIN_NOUNS = frozenset({
    "wife", "husband", "spouse", "son", "daughter", "brother", "sister", "father", "mother", "nephew", "niece",
    "cousin", "uncle", "aunt", "child", "children", "relative", "son-in-law", "daughter-in-law", "brother-in-law",
    "sister-in-law", "stepson", "stepdaughter", "grandson", "granddaughter", "girlfriend", "boyfriend", "fiancée",
    "fiancee", "fiance"})
#: "associate of", the guidelines' own example of a tie.
ASSOCIATE_NOUNS = frozenset({"associate", "associates"})
#: Other ties of loyalty or company to a person or group, no post either ("an ally of the commander of Y").
ALLY_NOUNS = frozenset({"affiliate", "affiliates", "supporter", "friend", "crony", "ally"})
#: A tie to a person, or a post at a firm: only where the object is known to be a person.
PARTNER_NOUNS = frozenset({"partner"})
#: Ties to another person that are never a post: whose post a sentence names after them is the other person's.
TIE_NOUNS = KIN_NOUNS | ASSOCIATE_NOUNS | ALLY_NOUNS
#: A person's tie to a country (GUIDELINES: nationality is skipped).
NATIONALITY_NOUNS = frozenset({"national", "citizen", "resident"})
