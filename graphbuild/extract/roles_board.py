"""holds_role stated by a board seat whose verb the parse ties to the person, not the words right after the name:
"X is the owner of Y and also sits on the board of directors of Z", "X, the director of Y, who also sits on the board
of Z", "X is a businessman who holds a seat on the board of Z", "X also sits on Z's supervisory board" (issue 13, H8:
the Treasury-style sets c f h i lost such posts; `roles_prose._board_roles` reads only the words right after a name)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster, refers_back
from ..nlp.doc_text import token_lemmas
from ..nlp.mentions import Mention
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .roles_common import NAME
from .titles_orgs import _its_antecedent, _previous_item_body, last_body_for_its, topic_possessor

#: Verbs and verb + object pairs that take a board seat: "sits on", "holds / has / occupies a seat on".
SEAT_VERBS = frozenset({"sit"})
SEAT_HOLDING = frozenset({"hold", "have", "occupy"})
#: Either set: a token whose lower-cased lemma is in neither has no seat (`_seat_on` compares the lemma itself).
SEAT_LEMMAS = SEAT_VERBS | SEAT_HOLDING
PAST_WORDS = frozenset({"previously", "formerly", "once"})
NOT_BODIES = frozenset({"Person", "SanctionsProgram", "Country"})
#: The prepositions that name a board's owner ("on the board of / for / at Y").
OWNER_PREPOSITIONS = frozenset({"of", "for", "at"})


def _seat_on(tok: Token) -> Token | None:
    """The "on" of a board seat the verb `tok` takes ("sits on", "holds a seat on")."""
    if tok.lemma_ in SEAT_VERBS:
        return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if tok.lemma_ in SEAT_HOLDING:
        seat = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "seat"), None)
        return next((c for c in seat.children if c.dep_ == "prep" and c.lower_ == "on"), None) if seat is not None else None
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, through coordinated verbs ("X is the owner of Y and also sits on ...") and a relative
    pronoun ("X, ..., who also sits on ...": the noun the clause hangs on)."""
    tok = verb
    while True:
        subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or tok.dep_ != "conj" or tok.head.i > tok.i:
            break
        tok = tok.head
    if subject is not None and subject.lower_ == "who" and tok.dep_ == "relcl":
        subject = tok.head
    return subject


def _holder(subject: Token, people: list[tuple[Mention, Cluster]]) -> Cluster | None:
    """The person the subject names, or the person the subject noun is an appositive or attribute of ("X is a
    businessman who ..."; "X, the general director of Y, who ...": the parser hangs "who" on Y, inside the appositive)."""
    seen: set[int] = set()
    tok = subject
    for _ in range(5):
        if tok.i in seen:
            break
        seen.add(tok.i)
        found = next((c for m, c in people for t in (tok, *(a for a in tok.children if a.dep_ == "appos"))
                      if m.start <= t.i < m.end), None)  # "The company's owner, X, is a businessman who ...": X
        if found is not None:
            return found
        if tok.dep_ in {"appos", "pobj", "prep"}:
            tok = tok.head
        elif tok.dep_ == "attr":
            tok = next((c for c in tok.head.children if c.dep_ == "nsubj"), tok)
        else:
            break
    return None


def _board_body(ctx: DocContext, sent: Span, on: Token) -> tuple[Cluster, str] | None:
    """The body and post of "on the board (of directors) of / for / at Y", "on the supervisory board of Y", "on Y's
    (supervisory) board (of directors)"."""
    doc = sent.doc
    j = on.i + 1
    owner = ctx.resolver.mention_at(j) if j < sent.end else None
    k = None
    referred: Cluster | None = None
    if owner is not None and owner.start == j and owner.end < sent.end and doc[owner.end].tag_ == "POS":
        k = owner.end + 1
    elif (found := _referred_board_owner(ctx, sent, j)) is not None:
        referred, k = found
    elif j < sent.end and doc[j].lower_ == "the":
        k, owner = j + 1, None
    if k is None:
        return None
    supervisory = k < sent.end and doc[k].lower_ == "supervisory"
    k += supervisory
    if k >= sent.end or doc[k].lower_ != "board":
        return None
    k += 1
    if k + 1 < sent.end and doc[k].lower_ == "of" and doc[k + 1].lower_ == "directors":
        k += 2
    if referred is not None:
        if k < sent.end and doc[k].lower_ in OWNER_PREPOSITIONS:
            return None  # "on its board of Y": not the referred body's board
        return _seat(referred, supervisory)
    if owner is None:
        if k + 1 >= sent.end or doc[k].lower_ not in OWNER_PREPOSITIONS:
            return None
        k += 1
        if (found := _referred_board_owner(ctx, sent, k)) is not None and found[1] - k == 3 \
                and doc[k + 2].tag_ != "POS":
            return _seat(found[0], supervisory)  # "on the board of the company": the body "the company" refers back to
        while k < sent.end and doc[k].lower_ == "the":
            k += 1
        kind = k
        while k < sent.end and k - kind < 2 and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"}:
            k += 1  # "of the state corporation Y": kind words before the name
        owner = ctx.resolver.mention_at(k) if k < sent.end else None
        if owner is None or owner.start != k:
            return None
        if owner.end < sent.end and doc[owner.end].tag_ == "POS":  # "of the DPRK's Y": Y; "of Y's trading arm": no board of Y
            after = owner.end + 1
            owner = ctx.resolver.mention_at(after) if after < sent.end else None
            if owner is None or owner.start != after:
                return None
    return _seat(ctx.entity(owner) if owner.label == "ORG" else None, supervisory)


def _seat(body: Cluster | None, supervisory: bool) -> tuple[Cluster, str] | None:
    """A seat on `body`'s board, with its post's words; None for what has no board (a person, a program, a country, a
    sanctioning authority)."""
    if body is None or body.type in NOT_BODIES or body.authority:
        return None
    return body, "member of the supervisory board" if supervisory else "member of the board of directors"


def _referred_board_owner(ctx: DocContext, sent: Span, j: int) -> tuple[Cluster, int] | None:
    """The body "on its board" / "on the company's board" refers back to, and where the board's words start: the same
    lookups a title's "its director" / "the company's director" uses (titles.py: the syntax's antecedent, the previous
    sentence's topic, the last body of the noun's kind), so a seat and a title in the same place name one owner
    (twenty-sixth session, FY)."""
    doc, resolver = sent.doc, ctx.resolver
    if j < sent.end and doc[j].lower_ == "its":
        owner = (_its_antecedent(doc, resolver, j, sent) or topic_possessor(resolver, sent, j)
                 or last_body_for_its(resolver, sent, j))
        return (owner, j + 1) if owner is not None else None
    of_the = j + 2 <= sent.end and j >= 1 and doc[j - 1].lower_ in OWNER_PREPOSITIONS and doc[j].lower_ == "the" \
        and (j + 2 == sent.end or doc[j + 2].is_punct or doc[j + 2].pos_ in {"ADP", "CCONJ", "VERB", "AUX"})  # "of the company."
    if j + 2 < sent.end and doc[j].lower_ == "the" and (doc[j + 2].tag_ == "POS" or of_the) and resolver.mention_at(j + 1) is None \
            and refers_back(ctx.gaz, doc[j + 1].lower_, resolver):
        noun = doc[j + 1].lower_
        owner = (_previous_item_body(doc, resolver, sent, noun, ctx.gaz) or topic_possessor(resolver, sent, j, noun)
                 or resolver.last_of_kind(j + 1, noun))
        return (owner, j + 3) if owner is not None else None
    return None


def board_verb_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """A board member of Y for the person the seat verb's subject names (`_subject`, `_holder`); not a negated verb."""
    if not people:
        return
    lemmas = token_lemmas(sent.doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] not in SEAT_LEMMAS:
            continue  # `_seat_on` finds no seat: no Token made for it (issue 18, T25)
        verb = sent.doc[i]
        if verb.pos_ not in {"VERB", "AUX"} or (on := _seat_on(verb)) is None:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = _subject(verb)
        holder = _holder(subject, people) if subject is not None else None
        body = _board_body(ctx, sent, on) if holder is not None else None
        if body is None:
            continue
        org, role = body
        past = verb.tag_ == "VBD" or any(c.lower_ in PAST_WORDS for c in verb.children)
        yield relation("holds_role", ref(holder), ref(org), sent, NAME, 0.75, role=role, role_class="member", current=not past)
