"""A post that is someone else's: a relative's or partner's ("the sister of Y's commander", "a front for the director of
Y"), a thing of another kept at a body ("oversees its accounts at Z"), or a description of another person named before
("A, who served as director of Y, and B"): P6, P7, M13."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ..nlp.kin_words import FRONT_NOUNS, PARTNER_NOUNS, PROXY_NOUNS, TIE_NOUNS, plurals
from .roles_stance_paths import whole_word
from .roles_named_unit import NAMING_VERBS, UNIT_NOUNS

#: Tie nouns read through "for" as well ("a proxy for the director of Y", "a front for the commander of Y").
FOR_TIES = plurals(PROXY_NOUNS | FRONT_NOUNS)
PARTNER_FORMS = plurals(PARTNER_NOUNS)


def tie_word(tok: Token) -> str | None:
    """The tie noun `tok` writes (`nlp/kin_words`), or None: read as written, by its lemma ("both brothers of"), whole
    when hyphenated ("son-in-law"), with the word before it that modifies it ("business partner", "front man")."""
    words = [tok.lower_, tok.lemma_.lower(), whole_word(tok)]
    if tok.i > 0 and tok.doc[tok.i - 1].dep_ in {"compound", "amod"} and tok.doc[tok.i - 1].head.i == tok.i:
        words = [f"{tok.doc[tok.i - 1].lower_} {w}" for w in words[:2]] + words
    return next((w for w in words if w in TIE_NOUNS or w in FOR_TIES or w in PARTNER_FORMS), None)


def relatives_post(kin: Token, anchor: Token, post_words: Collection[int] = ()) -> bool:
    """`kin` ("sister", "cousin") governs the body or post through "of" or a possessor: "the sister of Y's commander",
    "a cousin of the director of Y". "Her brother, X, is the director of Y" names X's own post: there the relative noun
    is the person's apposition, and the post is not below it. A proxy or front also through "for" ("a front for the
    director of Y"; "the commander of the southern front of Y" is a post); a partner only of a word of the post ("a
    partner of the chairman of Y": "a partner of Y LLP" is the person's post), M13."""
    word = tie_word(kin)
    child = next((c for c in kin.children if c.i <= anchor.i and anchor in c.subtree or c.i == anchor.i), None)
    if word is None or child is None:
        return False
    prep = child.lower_ if child.dep_ == "prep" else None
    if word in TIE_NOUNS and (child.dep_ == "poss" or prep == "of"):
        return True
    if word in FOR_TIES and prep == "for":
        return True
    return word in PARTNER_FORMS and prep == "of" and any(
        c.dep_ == "pobj" and c.i in post_words for c in child.children)


def relative_subject(path: Collection[Token], person: Token) -> bool:
    """A verb between the person and the post has a relative for its subject, and the person is not that relative's
    apposition: "X, whose father is the director of Y", "X, whose father, Z, is the director of Y" (Z's post, not X's),
    "X said his brother is the chairman of Y" (P16: X was the director at 0.99). "Her brother, X, is the director of
    Y" names X's own post (X inside the subject's phrase)."""
    for verb in path:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        for subject in verb.children:
            if subject.dep_ in {"nsubj", "nsubjpass"} and tie_word(subject) in TIE_NOUNS \
                    and not subject.left_edge.i <= person.i <= subject.right_edge.i:
                return True
    return False


#: A person's own possessives: "began his career at Z" keeps Z as the person's employer, unlike "its accounts at Z".
OWN_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})


def anothers_object(tok: Token, post_words: Collection[int], anchor: Token) -> bool:
    """`tok` is a verb's object that belongs to another body or person ("oversees its accounts at Z", "Y's accounts"):
    the body after it is where that thing is kept, not the person's employer. The body's own ("oversees Z's radar
    units") and the person's own ("began his career at Z") are no such object."""
    return (tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.i not in post_words and not names_object(tok, anchor)
            and any(c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES and c.i != anchor.i and anchor not in c.subtree
                    for c in tok.children))


def names_object(tok: Token, anchor: Token) -> bool:
    """The body's token names the object `tok` itself, a unit of a body: its apposition ("runs the group's media
    wing, Radio Y") or the object of a naming participle ("the cartel's armed wing, known as X"): the named unit is
    the post's body (`roles_named_unit`, twenty-ninth session PW), not a body where another's thing is kept. Only a
    unit noun: "commands the company's flagship, the Y" names a thing of the company's (a vessel), no body of a post
    (review RW)."""
    return tok.lower_ in UNIT_NOUNS and any(c.dep_ == "appos" and c.i == anchor.i or c.dep_ == "acl"
                                            and c.lemma_.lower() in NAMING_VERBS and anchor in c.subtree for c in tok.children)


#: The dependencies that hang a description on a name: "A, who served as director of Y,", "A, the director of Y,".
DESCRIBING_DEPS = frozenset({"relcl", "appos", "acl"})


def anothers_description(path: list[Token], person: Token, anchor: Token, others: Collection[int]) -> bool:
    """The body or post lies in a clause or apposition that describes another person named before the person, and the
    description ends before the person's name: "OFAC designated A, who served as the commercial director of Y until
    2023, and B, who lives in Z" (P7: the scorer gave B A's post, 0.936). A description after both names ("A and B,
    who are directors of Y") may be shared and is left alone."""
    for t in path:
        if t.i == person.i or t.i not in others or t.i > person.i:
            continue
        for c in t.children:
            if c.dep_ in DESCRIBING_DEPS and anchor in c.subtree and c.right_edge.i < person.i and c.left_edge.i > t.i:
                return True
    return False
