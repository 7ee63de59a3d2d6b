"""holds_role stated by a head verb whose subject the parse ties to the person, not the words right after the name:
"X is a senator in Y who chairs the Senate's Z Committee", "X has been a deputy in Y since 2016 and chairs the
Congress's Z Committee", "X is a deputy in Y and presides over the Assembly's Z Commission" (issue 13, H12: the
Treasury-style sets c e f lost such posts; `roles_prose._verb_roles` reads a verb only in the words right after a
name, and "preside over" was no head verb). The subject walk is the board seats' (`roles_board`)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_lemmas, token_words
from ..nlp.mentions import Mention
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .roles_board import NOT_BODIES, PAST_WORDS, _holder, _subject
from .roles_common import ALIAS_WORDS, NAME, _after_alias
from .roles_named_unit import named_unit
from .roles_prose import HEAD_VERBS, _instructs, _verb_object, verb_post
from .titles_parts import UNIT_NOUNS

#: "presides over Y": the verb's forms (the small model tags "presides" a plural noun at times), its preposition, and
#: the post it states (the presiding officer of a chamber, commission or court).
PRESIDING_FORMS = frozenset({"preside", "presides", "presided", "presiding"})
PRESIDING = ("over", "president")


def _post_and_object_start(verb: Token) -> tuple[str, str, int] | None:
    """(role, role class, the token after which the body's words start) of a head verb: "chairs Y" (the verb),
    "presides over Y" (the preposition)."""
    lemma = verb.lemma_.lower()
    if verb.lower_ in PRESIDING_FORMS:
        over = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == PRESIDING[0] and c.i == verb.i + 1), None)
        return (PRESIDING[1], "head", over.i) if over is not None else None
    if verb.pos_ == "VERB" and verb.tag_.startswith("VB") and lemma in HEAD_VERBS:
        role, role_class = verb_post(lemma)
        return role, role_class, verb.i
    return None


#: Nouns of a body's part whose "of Y" names the body the verb's holder heads ("chairs the board of Y").
PART_NOUNS = frozenset({"board", "boards"})


def _object_in(ctx: DocContext, governor: Token, org: Cluster) -> bool:
    """The verb's (or "over"'s) object is the body's name ("chairs the Senate's Z Committee": "Committee"), or a board
    of it ("chairs the board of Y"), or a name whose possessed body it is (`_verb_object` reads "Y's Z" as Z), or a
    unit of a body referred back to ("runs the group's operations": `roles_prose._referred_owner`); not a thing the
    name only modifies ("manages the Y account", "chairs the board of Y's Hong Kong affiliate")."""
    doc = governor.doc
    obj = next((c for c in governor.children if c.dep_ in {"dobj", "pobj"}), None)
    if obj is not None and obj.lower_ in PART_NOUNS | UNIT_NOUNS and ctx.resolver.mention_at(obj.i) is None:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"of", "at"}), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return False
    named = ctx.resolver.mention_at(obj.i)
    if named is None:  # "the group's operations": the owner a kind noun, not a name
        return any(c.dep_ == "poss" and c.is_lower and ctx.resolver.mention_at(c.i) is None for c in obj.children)
    for _ in range(3):
        if ctx.entity(named) is org:
            return True
        if named.end + 1 >= len(doc) or doc[named.end].tag_ != "POS" or (named := ctx.resolver.mention_at(named.end + 1)) is None:
            return False
    return False


def _alias_owner(doc: Doc, people: list[tuple[Mention, Cluster]], holder: Cluster, verb: Token) -> Cluster | None:
    """The person whose nickname the holder is: "X, known as "W," who leads Y" hangs "who" on the nickname W, a name
    of X's. X when X is a person named (`roles_common._after_alias` reads the aside); else nobody: the nickname is
    not another person who holds the post."""
    named = next((n for n, c in reversed(people) if c is holder and n.end <= verb.i), None)
    if named is None:
        return holder
    k, floor = named.start - 1, verb.sent.start
    while k >= floor and (doc[k].is_quote or doc[k].text == ","):
        k -= 1
    k -= 1 if k >= floor and doc[k].lower_ == "as" else 0
    if k < floor or doc[k].lower_ not in ALIAS_WORDS:
        return holder
    return next((c for m, c in people if c is not holder and m.end <= named.start and _after_alias(doc, m) >= named.end), None)


def head_verb_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """A head of the named body a head verb governs (`roles_prose._verb_object`) for the person the verb's subject
    names through coordinated verbs, a relative "who" or a copula's attribute (`roles_board._subject`, `_holder`).
    Not a negated verb, an order ("directed Y to sell"), a subject that is no person named ("his brother chairs Y"),
    nor a person, country or programme as the body."""
    if not people:
        return
    lowers, lemmas = token_words(sent.doc)[1], token_lemmas(sent.doc)
    for i in range(sent.start, sent.end):
        if lowers[i] not in PRESIDING_FORMS and lemmas[i] not in HEAD_VERBS:
            continue  # `_post_and_object_start` finds no post: no Token made for it (issue 18, T25)
        verb = sent.doc[i]
        if (post := _post_and_object_start(verb)) is None:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or _instructs(verb):
            continue
        subject = _subject(verb)
        holder = _holder(subject, people) if subject is not None else None
        holder = _alias_owner(sent.doc, people, holder, verb) if holder is not None else None
        if holder is None:
            continue
        # "serves as Y's spokesman and runs its media wing, Radio Z": the named unit (PW), else the verb's named body
        body = named_unit(ctx, sent, verb) if post[2] == verb.i else None
        if body is None:
            org = _verb_object(ctx, sent, post[2], retype=False)
            if org is None or org.type in NOT_BODIES or org.authority or not _object_in(ctx, sent.doc[post[2]], org):
                continue
            body = ref(org)
        role, role_class, _ = post
        past = verb.tag_ == "VBD" or verb.lower_ == "presided" or any(c.lower_ in PAST_WORDS for c in verb.children)
        yield relation("holds_role", ref(holder), body, sent, NAME, 0.75, role=role, role_class=role_class, current=not past)
