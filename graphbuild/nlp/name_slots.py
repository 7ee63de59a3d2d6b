"""Names the model tagged as organizations (or places) that stand where only a person can: "its representative, X",
"chaired by X, an employee of Y", "X, a Turkish national", "X is a senior official of Y", "A, X, B, and C" between
people of one list, "Given Middle Surname (Surname)", "Y's brother, X" (and Y itself: NM, thirty-first session).

A post word before the name (with its comma) or a description of a person right after it ("an employee of",
"a national", "a businessman") types the name; words of a company, a public body or a group in the name,
an authority, digits or a legal form keep it an organization.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..names import NAME_PARTICLES

from .gazetteers import Gazetteers
from .kin_words import KIN_NOUNS
from .mention import Mention
from .name_runs import title_follows

NAME_WORD = re.compile(r"^[A-Z][a-z\u00C0-\u024F'\-]+$")
PERSON_NOUNS = {"national", "citizen", "businessman", "businesswoman", "employee", "associate", "resident", "son", "daughter",
                "brother", "wife", "husband", "relative"}
DETERMINERS = {"a", "an", "the"}


def person_slots(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """Relabel, in place, two-to-four-word ORG (or place) mentions standing in a person's slot as PERSON, and the
    document's other mentions of the same name with them."""
    org_words = gaz.company_words | gaz.public_body_words | gaz.group_nouns
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    people: set[str] = set()  # the names this function retyped
    for m in mentions:
        words = doc[m.start:m.end]
        if m.label in {"ORG", "GPE"} and not m.authority and _kin_shaped(words, org_words) and after_kin_word(doc, m):
            m.label = "PERSON"  # "Y's wife, A B de C": particles and five words allowed after a kin word (NM)
            people.add(m.text)
            continue
        if m.label not in {"ORG", "GPE", "NORP"} or m.authority or not 1 <= len(words) <= 4 or not all(NAME_WORD.match(t.text) for t in words) \
                or {t.lower_ for t in words} & org_words or m.text in gaz.countries or m.text in gaz.demonyms:
            continue
        if len(words) == 1:  # one word: only "X's brother, ..." makes it a person (NM)
            if m.label in {"ORG", "GPE"} and _owns_kin(doc, m):
                m.label = "PERSON"
                people.add(m.text)
            continue
        if m.label == "NORP" and not _gapped_holder(doc, m, gaz):
            continue  # a nationality, unless it stands where "B the COO" names a holder
        if _gapped_holder(doc, m, gaz) or m.label == "ORG" and (_after_post_word(doc, m, gaz) or _before_person_description(doc, m, gaz)) \
                or _listed_among_people(doc, m, by_start, by_end) or _surname_alias_follows(doc, m) or _holds_a_post(doc, m, gaz) \
                or m.label == "ORG" and (_heads_a_body(doc, m, by_start) or _agent_of_a_head_verb(doc, m)) \
                or m.label != "GPE" and _pronoun_antecedent(doc, m, mentions) \
                or m.label != "NORP" and _owns_kin(doc, m):  # a place is never a he/she
            m.label = "PERSON"
            people.add(m.text)
    for m in mentions:  # the document's other mentions of a name it shows to be a person's ("designated X. X is an official of Y")
        if m.label in {"ORG", "GPE"} and not m.authority and m.text in people and 1 <= m.end - m.start <= 6:
            m.label = "PERSON"


#: Post words a company or a place can also be said to be ("a member of", "the owner of", "a leader in").
NOT_ONLY_PEOPLE = {"member", "members", "owner", "owners", "co-owner", "co-owners", "shareholder", "representative", "figure",
                   "executive", "executives", "founder", "founders", "co-founder", "co-founders", "cofounder", "head", "chief",
                   "leader", "leaders", "general", "developer", "developers"}
POST_PREPOSITIONS = {"of", "at", "for", "in", "with"}
AUXILIARIES = {"has", "had", "have", "also", "previously", "formerly", "currently", "still", "now"}


def _holds_a_post(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"X is a senior official of Y", "X, the deputy commander of Y,", "X serves as director of Y": a post only a
    person holds, predicated of the name or in apposition to it (the small model tags some such names as places)."""
    j = m.end
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in DETERMINERS:
        j += 1
    elif j + 1 < len(doc) and doc[j].lemma_ == "be" and doc[j].tag_ in {"VBZ", "VBD"}:
        j += 1
    else:
        k = j  # "X has been the deputy commander of Y", "X had previously served as director of Y"
        while k < len(doc) and k - j < 3 and doc[k].lower_ in AUXILIARIES:
            k += 1
        if k + 1 < len(doc) and doc[k].lemma_ == "serve" and doc[k + 1].lower_ == "as":
            j = k + 2
        elif k + 1 < len(doc) and k > j and doc[k].lower_ == "been":
            j = k + 1
        else:
            return False
    if j < len(doc) and doc[j].lower_ in DETERMINERS:
        j += 1
    for k in range(j, min(j + 4, len(doc) - 1)):
        word = doc[k].lower_
        if doc[k].is_lower and word in gaz.title_heads and word not in NOT_ONLY_PEOPLE and doc[k + 1].lower_ in POST_PREPOSITIONS:
            return True
        if not (doc[k].pos_ in {"ADJ", "PROPN"} or word in gaz.title_modifiers or word in gaz.title_heads):
            return False
    return False


def _pronoun_antecedent(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """"X was born in 1970. He previously served as ...": the subject of a sentence whose next sentence, in the same
    paragraph, opens its clause with he/she, no other name standing between them, is the person the pronoun names."""
    root = doc[m.start:m.end].root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    sent_end = root.sent.end
    if sent_end >= len(doc):
        return False
    following = doc[sent_end].sent
    pronoun = next((t for t in following if t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == following.root.i), None)
    if pronoun is None or any("\n" in t.text or "\n" in t.whitespace_ for t in doc[m.end:pronoun.i]):
        return False
    return not any(m.end <= o.start < pronoun.i and o.label in {"PERSON", "ORG", "GPE", "NORP"} and o.end - o.start >= 2 for o in mentions)


def _gapped_holder(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"where A is the General Manager, B the COO and C the CEO": after a comma or "and", a name followed by a
    determiner and a post (the verb left out) holds that post."""
    return m.start > 0 and doc[m.start - 1].lower_ in {",", "and"} and title_follows(doc, m.end, gaz)


def _after_post_word(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"its representative, X" / "its director, X": a lower-case post word and a comma right before the name."""
    if m.start < 2 or doc[m.start - 1].text != ",":
        return False
    post = doc[m.start - 2]
    return post.is_lower and post.lower_ in gaz.title_heads


def _before_person_description(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"X, an employee of Y", "X, a Turkish national": a description only a person takes, right after the name."""
    j = m.end
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in DETERMINERS:
        return False
    for k in range(j + 2, min(j + 5, len(doc))):
        if doc[k].lower_ in PERSON_NOUNS:
            return True
        if not (doc[k].pos_ in {"ADJ", "PROPN"} or doc[k].lower_ in gaz.title_modifiers):
            return False
    return False


def _listed_among_people(doc: Doc, m: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention]) -> bool:
    """"A, Orhan Celikkaya, B, and C are being designated": a name between two people of one comma list is a person."""
    if m.start < 2 or doc[m.start - 1].text != ",":
        return False
    before = by_end.get(m.start - 1)
    j = m.end
    while j < len(doc) and j - m.end < 2 and doc[j].text in {",", "and"}:
        j += 1
    after = by_start.get(j) if j > m.end and doc[m.end].text == "," else None
    return before is not None and after is not None and before.label == "PERSON" and after.label == "PERSON"


def _surname_alias_follows(doc: Doc, m: Mention) -> bool:
    """"Given Middle Surname (Surname)": the alias repeats the last word, as a person's short name does."""
    return m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" and doc[m.end + 1].text == doc[m.end - 1].text \
        and m.end - m.start >= 3


#: Verbs whose subject holds the post of its object ("X chairs Y", "X heads the finance department of Y"): a person,
#: when the object is a body; "lead", "run" and "manage" only when the object is a unit of a body (a firm manages firms).
PERSON_HEAD_VERBS = {"chair", "head", "direct", "command"}
UNIT_HEAD_VERBS = {"lead", "run", "manage"}
UNIT_OBJECTS = {"department", "division", "unit", "section", "office", "bureau", "branch", "directorate", "board", "desk", "wing"}


def _heads_a_body(doc: Doc, m: Mention, by_start: dict[int, Mention]) -> bool:
    """"X chairs Y", "X heads the finance department of Y", "X leads Y's logistics division": the name is the subject
    of a verb that makes it the head of a body or of a body's unit."""
    root = doc[m.start:m.end].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBD", "VBN"} or verb.i != m.end:
        return False
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or lemma not in PERSON_HEAD_VERBS | UNIT_HEAD_VERBS:
        return False
    if obj.lower_ in UNIT_OBJECTS:
        return True
    body = next((b for b in by_start.values() if b.start <= obj.i < b.end and b.label == "ORG"), None)
    return lemma in PERSON_HEAD_VERBS and body is not None


#: Passive verbs whose agent heads the subject ("Y is chaired by X"); not "owned", "managed", "directed", "founded" by,
#: which a firm can be ("owned, controlled, or directed by" names parent companies).
PASSIVE_HEAD_VERBS = {"lead", "head", "chair", "command"}


def _agent_of_a_head_verb(doc: Doc, m: Mention) -> bool:
    """"Y is led by X", "a cell headed by X": the agent of a passive head verb is a person."""
    return m.start >= 2 and doc[m.start - 1].lower_ == "by" and doc[m.start - 2].tag_ == "VBN" \
        and doc[m.start - 2].lemma_.lower() in PASSIVE_HEAD_VERBS


#: What a kin word's possessor is written with before it: "Y's brother", "his wife".
KIN_POSSESSORS = {"'s", "'", "his", "her", "their"}


def _kin_word_start(doc: Doc, end: int) -> int | None:
    """The first token of a lower-case kin word ending at token `end` ("brother", "brother-in-law" in five tokens)."""
    i = end
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    word = doc[i:end + 1].text
    return i if i >= 0 and word.islower() and word in KIN_NOUNS else None


def after_kin_word(doc: Doc, m: Mention) -> bool:
    """"Y's brother, X", "his wife X", "Y's brother-in-law X": a name in apposition to a possessed kin word is a
    person's (the model typed "Y's brother-in-law X Z" a place, "Y's wife, X" a firm)."""
    j = m.start - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 1:
        return False
    k = _kin_word_start(doc, j)
    return k is not None and k > 0 and doc[k - 1].lower_ in KIN_POSSESSORS


def _kin_shaped(words: Span, org_words: frozenset[str] | set[str]) -> bool:
    """Two to six words, each a capitalised name word or a name's particle ("de", "bin"), no body's word."""
    return 2 <= len(words) <= 6 and NAME_WORD.match(words[0].text) is not None and NAME_WORD.match(words[-1].text) is not None \
        and all(NAME_WORD.match(t.text) or t.lower_ in NAME_PARTICLES for t in words) and not {t.lower_ for t in words} & org_words


def _owns_kin(doc: Doc, m: Mention) -> bool:
    """"X's daughter, Y", "X's brother Y": the possessor of a kin word that a name, a comma or a parenthesis follows is
    a person ("X's sister company" is no kin: the word modifies a noun)."""
    if m.end + 1 >= len(doc) or doc[m.end].text not in {"'s", "'"}:
        return False
    j = m.end + 1
    while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
        j += 2
    if _kin_word_start(doc, j) != m.end + 1 or j + 1 >= len(doc):
        return False
    after = doc[j + 1]
    return after.text in {",", "("} or bool(NAME_WORD.match(after.text))
