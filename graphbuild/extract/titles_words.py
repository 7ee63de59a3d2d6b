"""The title lexicon: which words name a post (from the gazetteer) and the Title record.

Kept apart from titles.py (which reads a title's phrase) so that both the phrase reader and the
complement helpers share one definition of a title head.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_words
from ..nlp.gazetteers import Gazetteers
from .leaving_done import done_for_good, pending
from .roles_stance_ended import NOW_WORDS

FORMER_WORDS = {"former", "ex", "previous", "then", "erstwhile", "retired", "onetime"}
CURRENT_WORDS = {"current", "incumbent", "sitting"}
#: Verbs of leaving a post, one list for both readers (M45): a title after their "as" names a post left (P4: "resigned
#: as chairman", "stepped down as an adviser", "was fired as general director", "was relieved of his post as head of
#: Y") and, in a taking up's sentence, they end the post taken up ("became its president in 2015 and was replaced in
#: 2020", roles_stance_taken).
LEAVING_LEMMAS = frozenset({"resign", "quit", "retire", "step", "leave", "fire", "dismiss", "oust", "sack", "remove",
                            "relieve", "replace", "depose"})
#: Of those, the verbs whose subject makes another leave: "was replaced" ends its subject's post, "replaced Y" does not.
OUSTING_LEMMAS = frozenset({"fire", "dismiss", "oust", "sack", "remove", "relieve", "replace", "depose"})
#: What "left" must leave to end the post: its post or its body, not a place ("left Iran for Dubai").
LEFT_OBJECTS = frozenset({"post", "position", "office", "role", "job", "company", "firm", "board", "government",
                          "bank", "ministry", "group"})
POST_NOUNS = frozenset({"post", "position", "role", "job", "office", "seat"})
#: Verbs that end a post only when their object is the post ("vacated her seat as member of Y", "gave up his position
#: as head of Y", "relinquished his post as"; "left his post as" is `leaves_post`'s): P13's left fault, P14.
POST_OBJECT_LEAVING_LEMMAS = frozenset({"vacate", "relinquish", "give"})


def post_left(doc: Doc, phrase_start: int, floor: int) -> bool:
    """The title phrase at `phrase_start` follows "as" on a verb of leaving a post, told as done for good: the post is
    a former one. "X would / may resign as chairman", "X is expected to step down as chairman", "X resigned as
    chairman in 2019 and was reappointed in 2021" leave nothing (`leaving_done`; P, twenty-fourth session)."""
    if phrase_start - 1 < floor or doc[phrase_start - 1].lower_ != "as":
        return False
    verb = _verb_of_post(doc[phrase_start - 1].head)
    if refused(verb):
        return False  # "has not stepped down as chairman of Y", "refused to resign as head of Y": he holds it (P7)
    return (leaves_post(verb) or _left_the_post(verb)) and done_for_good(verb)


#: Adverbs on a verb of holding a post that make it an earlier one ("previously served as director of Y"; used by
#: `roles_syntax`, which cannot be imported here: it imports `titles`).
PAST_MARKERS = frozenset({"previously", "formerly", "once"})
#: Adverbs that, opening a parenthesis after a name, make the post written in it an earlier one: "X (formerly Y's
#: director)", "X (previously Deputy Minister of Z)".
PAREN_FORMER_ADVERBS = PAST_MARKERS | {"earlier"}
#: Words after which a post in such a parenthesis is held again ("(formerly Y's director, now its chairman)").
PAREN_NOW_WORDS = NOW_WORDS
#: How far before the title's phrase the parenthesis may open ("(formerly the Kandari Football Union's President)").
PAREN_REACH = 10


def post_in_former_parenthesis(doc: Doc, phrase_start: int, floor: int) -> bool:
    """The title phrase at `phrase_start` stands in a parenthesis opened by "formerly" / "previously" ("X (formerly
    Y's director) and Z"): the post is a former one, as "X, formerly the director of Y" is (F3 item 13, M36). The
    parenthesis's alias reading (a former name) is `nlp.mentions`'; this is its post reading."""
    j = phrase_start - 1
    while j >= max(floor, phrase_start - PAREN_REACH):
        tok = doc[j]
        if tok.text in {")", ";"} or tok.lower_ in PAREN_NOW_WORDS:
            return False
        if tok.text == "(":
            return j + 1 < phrase_start and doc[j + 1].lower_ in PAREN_FORMER_ADVERBS
        j -= 1
    return False


def post_kept(doc: Doc, phrase_start: int, floor: int) -> bool:
    """The title phrase at `phrase_start` follows "as" on a leaving verb that is refused or negated ("refused to
    resign as chairman of Y", "has not stepped down as head of Y"), or only planned ("plans / intends to resign as
    chairman of Y": F, twenty-fifth session, no post was read): the post is held now (F1 item 7, M17)."""
    if phrase_start - 1 < floor or doc[phrase_start - 1].lower_ != "as":
        return False
    verb = _verb_of_post(doc[phrase_start - 1].head)
    return leaves_post(verb) and (refused(verb) or pending(verb))


def _verb_of_post(head: Token) -> Token:
    """The verb an "as" hangs from, through a post noun: "dismissed from his post as", "relieved of his duties as",
    "left his post as" (M45); else `head` itself."""
    if head.lower_ in POST_NOUNS and head.head.lower_ in {"from", "of"}:
        return head.head.head
    if head.lower_ in POST_NOUNS and head.dep_ == "dobj":
        return head.head
    return head


def leaves_post(verb: Token) -> bool:
    """`verb` is one of leaving a post, in either voice: "resigned", "stepped down", "left the post" (not "left Iran"),
    "was fired" or "fired Y" (`OUSTING_LEMMAS`: the voice says who leaves, which the caller decides)."""
    lemma = verb.lemma_.lower()
    if lemma == "step":
        return any(c.lower_ in {"down", "aside"} for c in verb.children)
    if lemma == "leave":
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is None or obj.lemma_.lower() in LEFT_OBJECTS or obj.pos_ == "PROPN"
    return lemma in LEAVING_LEMMAS


def _left_the_post(verb: Token) -> bool:
    """"vacated / relinquished / gave up his post as": a verb of leaving whose object is a post noun."""
    lemma = verb.lemma_.lower()
    if lemma not in POST_OBJECT_LEAVING_LEMMAS or lemma == "give" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in POST_NOUNS for c in verb.children)


def refused(verb: Token) -> bool:
    """A leaving verb negated or the complement of "refuse" / "decline" / "fail"; "did not resign ... until 2019" is a
    leaving dated, not refused (F1 item 7). Also a replacing verb's ("has not dismissed Y as director": Y holds the
    post, `roles_links`, R of the twenty-second session)."""
    if any(c.dep_ == "prep" and c.lower_ in {"until", "till"} for c in verb.children):
        return False
    return any(c.dep_ == "neg" for c in verb.children) or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in KEEPING_VERBS


#: Verbs whose open complement of leaving is not done: "refused to step down as chairman".
KEEPING_VERBS = frozenset({"refuse", "decline", "fail"})
DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "whose"}
COMPLEMENT_PREPS = {"of", "for", "at", "with", "in", "within"}
GOVERNMENT_HEADS = {"president", "prime minister", "leader", "premier", "king", "supreme leader", "head of state", "chancellor"}
STATE_HEADS = {"minister of state", "ministers of state"}  # a junior minister: the field after it names no ministry
LOWER_OF_NOUNS = {"staff", "police", "state", "operations", "intelligence", "security", "finance", "defense", "defence", "cabinet", "mission", "station"}


@dataclass
class Title:
    """A post mentioned in a sentence."""

    start: int  # first token of the title words (after determiners / "former")
    end: int  # end of the title words, before an organization complement
    span_end: int  # end of the whole phrase including the complement
    role: str
    role_class: str
    head: str
    org: Cluster | None = None
    org_name: str | None = None  # implied organization when no mention names it
    org_type: str = "PublicBody"
    former: bool = False
    plural: bool = False
    country: str | None = None
    phrase_start: int = 0  # including determiners, possessor and "former"
    also: tuple[Cluster, ...] = ()  # more organizations of the same post ("head of X and the Y")
    possessed: bool = False  # a possessor opens the phrase ("Iran's", "Ruiz's", "Norvik's"): the body is not the issuer's
    area: bool = False  # the complement names the area the post covers, not its body ("Y's plaza boss for Tijuana")


def worded_former(doc: Doc, title: Title) -> bool:
    """Whether the title's own words say the post was left ("as the former chairman of Y"), not only the verb before it:
    a taking-over verb's "as" marks the title the predecessor's post left, which the successor holds now, but the word
    "former" dates the post for whoever holds it (review of R, V; twenty-fourth session F)."""
    return any(t.lower_ in FORMER_WORDS for t in doc[title.phrase_start:title.start])


def singular(role: str) -> str:
    """The post one holder of a plural title holds: "members" -> "member", "deputies" -> "deputy"."""
    if role.endswith("ies") and len(role) > 4:
        return role[:-3] + "y"
    if role.endswith("sses"):
        return role[:-2]  # "bosses" -> "boss"
    return role[:-1] if role.endswith("s") and not role.endswith("ss") else role


def _head_at(doc: Doc, i: int, gaz: Gazetteers, limit: int) -> tuple[str, int] | None:
    """The longest title head starting at token i: (head text, end token). Up to six tokens: a hyphened head is five
    ("editor-in-chief", "commander-in-chief": the tokenizer splits the hyphens off), which four never reached."""
    lowers = token_words(doc)[1]  # the words, a `Token` only for a head found (issue 18, PF)
    first = lowers[i]
    if first not in gaz.title_head_starts:
        return None
    for length in (6, 5, 4, 3, 2, 1):
        if i + length > limit:
            continue
        text = " ".join(lowers[i:i + length]).replace(" - ", "-")
        if text in gaz.title_heads:
            if text in STATE_HEADS and i + length < limit and doc[i + length].text[:1].isupper():
                continue  # "Minister of State Security": the ministry's name, not a junior minister
            last = doc[i + length - 1]
            if length == 1 and not (last.tag_.startswith("NN") or last.text[:1].isupper() and last.tag_ in {"JJ", "VB", "VBP"}):
                continue
            return text, i + length
    return None


def prenominal(doc: Doc, start: int, limit: int, gaz: Gazetteers) -> tuple[str, dict[str, str]] | None:
    """The longest gazetteer title ("Under Secretary of the Treasury", "Rep.") starting at token `start`."""
    texts = token_words(doc)[0]  # the words, not a `Token` per word of each candidate (issue 18, PF)
    candidates = gaz.prenominal_by_first.get(texts[start])
    capitals = not candidates and len(texts[start]) > 1 and texts[start].isupper()
    if capitals:  # "A B, SECRETARY OF STATE": a byline's title in capitals is the same title (NM34)
        candidates = gaz.prenominal_by_first.get(texts[start].capitalize())
    if not candidates:
        return None
    for key in candidates:  # longest first
        words = key.split()
        end = start + len(words)
        if end > len(doc):
            continue
        if texts[start:end] == words or doc[start:end].text == key:
            return key, gaz.prenominal[key]
        if capitals and [t.casefold() for t in texts[start:end]] == [w.casefold() for w in words] \
                and all(t.isupper() or not t.isalpha() for t in texts[start:end]):
            return key, gaz.prenominal[key]
        if doc[start:min(end + 2, len(doc))].text.startswith(key):
            tail = doc[start:min(end + 2, len(doc))].text[len(key):]
            if not tail[:1].isalnum():
                return key, gaz.prenominal[key]
    return None


def _later_head(doc: Doc, start: int, gaz: Gazetteers, limit: int) -> bool:
    """A title head follows within three modifier or capitalised words."""
    for j in range(start, min(start + 3, limit)):
        if _head_at(doc, j, gaz, limit) is not None:
            return True
        tok = doc[j]
        if not (tok.lower_ in gaz.title_modifiers or (tok.text[:1].isupper() and tok.tag_ in {"NNP", "NNPS", "JJ", "NN"})):
            return False
    return False


#: Military ranks read as a title: a rank alone names no body and states no post of its own.
RANK_HEADS = frozenset({"general", "major general", "brigadier general", "lieutenant general", "colonel", "admiral",
                        "rear admiral", "vice admiral", "lieutenant colonel"})
