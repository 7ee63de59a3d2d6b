"""The words of a tie to another person, written once: a tie is no post (GUIDELINES: "family relations" and
"associate of" are skipped; "X, the wife of Y's owner" holds no post at Y, the post is the relative's).

Review v5 (item b) gathered the family words here; issue 13 (C5) the other tie words, which `titles.yaml`'s
`not_roles`, `extract.roles_stance`, `extract.roles_doc_filters` and `resolve.types` each listed their own way. Each
reader takes the named subsets it needs: "partner" is a tie to a person ("partner of X" in a role, `resolve.types`)
but also a post at a firm ("a partner at Y"), so the extractors' tie test leaves it out. spaCy splits a hyphenated
word into tokens ("son", "-", "in", "-", "law"): match a hyphenated entry against the whole word
(`extract.roles_stance.whole_word`), not one token. Review V6 (M13): the plurals are in TIE_NOUNS ("both allies
of"); proxy, front, critic, opponent and victim moved here from titles.yaml (which keeps only words that are no tie);
"front" and "partner" are ties only in some constructions (`extract.roles_stance.tie_word`)."""
from __future__ import annotations

__all__ = ["AGE_EPITHETS", "ALLY_NOUNS", "ASSOCIATE_NOUNS", "FRONT_NOUNS", "KIN_NOUNS", "NATIONALITY_NOUNS", "OPPOSED_NOUNS",
           "PARTNER_NOUNS", "PROXY_NOUNS", "TIE_NOUNS", "plurals"]


def plurals(words: frozenset[str]) -> frozenset[str]:
    """`words` and their English plurals ("ally" -> "allies", "front man" -> "front men", "son-in-law" ->
    "sons-in-law"): a list read by the word as written ("both allies of the commander") needs them; spaCy's lemma is
    read too where there is a token, but a role string or a gazetteer lookup has no lemma."""
    irregular = {"child": "children", "wife": "wives", "protégé": "protégés"}
    out = set(words)
    for entry in words:
        head, sep, tail = entry.partition("-")  # "son-in-law": the first word takes the plural
        *before, last = head.split(" ")
        if last in irregular:
            plural = irregular[last]
        elif last.endswith("man"):
            plural = last[:-3] + "men"
        elif last.endswith("y") and last[-2:-1] not in set("aeiou"):
            plural = last[:-1] + "ies"
        elif last.endswith(("s", "x", "ch", "sh")):
            plural = last + "es"
        else:
            plural = last + "s"
        out.add(" ".join([*before, plural]) + sep + tail)
    return frozenset(out)


#: Words that, after "the", tell two people of one name apart by age ("A B the elder", "A B the younger"): part of the
#: name, as "Sr." and "Jr." are (`nlp.name_generations`, `resolve.index`; NS, thirtieth session).
AGE_EPITHETS = frozenset({"elder", "younger"})
#: Family ties.
KIN_NOUNS = frozenset({
    "wife", "husband", "spouse", "son", "daughter", "brother", "sister", "father", "mother", "nephew", "niece",
    "cousin", "uncle", "aunt", "child", "relative", "son-in-law", "daughter-in-law", "brother-in-law",
    "sister-in-law", "stepson", "stepdaughter", "grandson", "granddaughter", "girlfriend", "boyfriend", "fiancée",
    "fiancee", "fiance"})
#: "associate of", the guidelines' own example of a tie; a business partner is one (M13: a bare "partner" is not,
#: see PARTNER_NOUNS).
ASSOCIATE_NOUNS = frozenset({"associate", "business partner"})
#: Other ties of loyalty or company to a person or group, no post either ("an ally of the commander of Y", "a confidant
#: of", "a protégé of": M13).
ALLY_NOUNS = frozenset({"affiliate", "supporter", "friend", "crony", "ally", "confidant", "confidante", "loyalist",
                        "protege", "protégé", "henchman"})
#: Someone who acts or holds things for another person: "a proxy for the commander of Y", "a frontman for the director
#: of Y" (M13; "proxy" was in titles.yaml's not_roles). Read through "for" as well as "of" (`extract.roles_stance`).
PROXY_NOUNS = frozenset({"proxy", "frontman", "frontwoman", "front man", "front woman"})
#: A stance against another person (from titles.yaml's not_roles, M13): "a critic of the governor of Y" holds no post.
OPPOSED_NOUNS = frozenset({"critic", "opponent", "victim"})
#: A tie to a person, or a post at a firm: only where the object is known to be a person ("a partner of the chairman
#: of Y" is a tie, "a partner at Y" a post: `extract.roles_stance` reads it only before another person's post).
PARTNER_NOUNS = frozenset({"partner"})
#: "a front for the director of Y" is a tie, "the commander of the southern front of Y" a post: only before "for".
FRONT_NOUNS = frozenset({"front"})
#: Ties to another person that are never a post, with their plurals: whose post a sentence names after them is the
#: other person's.
TIE_NOUNS = plurals(KIN_NOUNS | ASSOCIATE_NOUNS | ALLY_NOUNS | PROXY_NOUNS | OPPOSED_NOUNS)
#: A person's tie to a country (GUIDELINES: nationality is skipped).
NATIONALITY_NOUNS = frozenset({"national", "citizen", "resident"})
