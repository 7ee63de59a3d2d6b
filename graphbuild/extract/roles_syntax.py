"""The holder of a post found through the parse when the words between name and title are no simple link.

"X founded Y in 2015 and still serves as its chief executive": between X and the title stand a clause of
its own, so the word-pattern link (copula, appositive) fails; the dependency tree still says who serves: the
title is the object of "as" under "serves", whose subject is the subject of the verb it is coordinated with.
Only verbs that state a post link it ("serve as", "act as", "work as", "be", "remain", "become"), so "X
praised Y's director" gives X nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .context import DocContext
from .roles_backshift import reported_present
from .roles_common import _emit, group_former
from .roles_stance_ended import ENDING_CONTROLLERS
from .roles_stance_sought import takes_over, takes_up
from .titles import Title
from .titles_complement import renamed_affiliate
from .leaving_done import returning
from .roles_as_subject import bare_as, describes_subject
from .titles_words import PAST_MARKERS

POST_VERBS = {"serve", "act", "work", "be", "remain", "become", "continue", "return"}
#: "X holds the position of <title>": a noun for a post, the object of a verb of holding it.
POST_NOUNS = {"position", "post", "role", "rank", "office", "title", "function"}
HOLD_VERBS = {"hold", "occupy", "assume", "take", "fill"}


def syntactic_holder(ctx: DocContext, sent: Span, group: list[Title],
                     people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """Posts of `group` for the subject the parse gives its verb (through coordinated verbs)."""
    doc = sent.doc
    first = group[0]
    head = doc[first.start:first.end].root  # "chairman of the board": the head noun, not "board" (PT34)
    noun = _apposed_to(head)  # "Minister of Defense": the head noun, not "Defense"
    verb = _post_verb(head) if noun is None else None
    if noun is not None:  # "X, a 52-year-old banker and the chairman of Y": the title's phrase renames X
        subject, former = noun, False
    elif verb is not None and (subject := _subject(verb)) is not None:
        # a past taking up ("became its president in 2025") began the post and nothing says it ended (P13); the
        # past of reported speech ("he told reporters he was the chairman of Y") reports a post held now (P16)
        # "returned as chairman of Y in 2022" took the post up again: held now (F, twenty-fifth session: former)
        former = verb.tag_ == "VBD" and not takes_up(verb) and not returning(verb) and not reported_present(verb) \
            or any(c.lower_ in PAST_MARKERS for c in verb.children)
    elif (found := _as_holder(doc[first.start:first.end].root)) is not None:
        subject, former = found  # "X, whom Y appointed as its chairman", "X has a long history as a senior official of Y"
    else:
        return
    holder = next((c for m, c in people if m.start <= subject.i < m.end and m.end <= first.phrase_start), None)
    if holder is None and subject.lower_ in PERSONAL_PRONOUNS and subject.i < first.phrase_start:
        holder = ctx.resolver.person_for_pronoun(subject.i)  # "Previously, he served as A commander and as the head of B"
    if holder is None:
        return
    for title, title_former in zip(group, group_former(doc, group, former)):
        rel = _emit(ctx, sent, holder, title, 0.75, title_former)
        if rel:
            yield rel


def _post_verb(head: Token) -> Token | None:
    """The verb that links a title to its holder: "serves as <title>" or "is <title>"."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "as" and prep.dep_ == "conj" and prep.head.lower_ == "as":
        prep = prep.head  # "served as A and as the head of B": the second "as" is coordinated with the first
    as_verb = False
    if head.dep_ == "pobj" and prep.lower_ == "as" and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "agent":
        verb, as_verb = prep.head.head.head, bare_as(prep)  # "X was installed by Z as deputy governor of Y": "as" on Z
    elif head.dep_ == "pobj" and prep.lower_ == "as" and prep.head.pos_ in {"VERB", "AUX"}:
        verb, as_verb = prep.head, bare_as(prep)
    elif head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in POST_NOUNS and prep.head.dep_ == "dobj" \
            and prep.head.head.lemma_.lower() in HOLD_VERBS:
        return prep.head.head  # "X holds the position of deputy director of Y"
    elif head.dep_ in {"attr", "oprd"}:
        verb = head.head
        if head.dep_ == "oprd" and verb.lemma_.lower() in APPOINT_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children):
            return verb  # "in 2020 he was named director of Y": the post of the passive's subject
    else:
        return None
    if takes_over(verb):
        return verb  # "X took over as leader of Y"
    if verb.lemma_.lower() in POST_VERBS:
        return verb
    return verb if as_verb and describes_subject(verb) else None  # "X keeps the books as Y's chief accountant" (PT34)


#: Verbs whose object takes the post named after "as" ("Y appointed X as its chairman").
APPOINT_VERBS = {"appoint", "name", "elect", "install", "promote", "nominate", "hire", "reappoint"}
#: Nouns of a person's time in a post ("his tenure as", "a long history as", "began his career as").
CAREER_NOUNS = {"tenure", "career", "history", "stint", "time", "term", "years", "service"}


def _as_holder(head: Token) -> tuple[Token, bool] | None:
    """(holder, former) of a title that is the object of "as" under an appointing verb (its object: "whom Y appointed
    as its chairman" gives the noun the relative clause is about) or under a noun of a career ("X has a long history
    as", "X approved the loans during his time as"): the subject of the verb that governs that noun."""
    if head.dep_ != "pobj" or head.head.lower_ != "as":
        return None
    owner = head.head.head
    if owner.pos_ == "VERB" and owner.lemma_.lower() in APPOINT_VERBS:
        obj = next((c for c in owner.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in {"whom", "who"} and owner.dep_ == "relcl":
            obj = owner.head
        return (obj, False) if obj is not None and obj.pos_ == "PROPN" else None
    career = next((c for c in owner.children if c.dep_ == "dobj" and c.lemma_.lower() in CAREER_NOUNS), None)
    if owner.pos_ == "VERB" and career is not None:  # "began his career as ...": "as" hangs on the verb
        owner = career
    if owner.pos_ != "NOUN" or owner.lemma_.lower() not in CAREER_NOUNS:
        return None
    if any(c.dep_ == "poss" and c.lower_ not in {"his", "her", "their"} for c in owner.children):
        return None  # "Y's tenure as director": Y's post, named as a possessor
    verb = owner.head if owner.dep_ == "dobj" else owner.head.head if owner.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = _subject(verb)
    return (subject, verb.tag_ == "VBD") if subject is not None else None


def _apposed_to(head: Token) -> Token | None:
    """The proper noun a title's phrase is an appositive of, also as a later conjunct of the appositive
    ("X, a former banker and the chairman of Y") or after a colon ("X: chairman of Y")."""
    noun = head
    for _ in range(3):
        if noun.dep_ != "conj" or noun.head.pos_ not in {"NOUN", "PROPN"}:
            break
        noun = noun.head
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < head.i else None


RELATIVE_PRONOUNS = {"who", "that"}
#: A subject pronoun that names the paragraph's person (`coref.person_for_pronoun` decides whom, or nobody).
PERSONAL_PRONOUNS = {"he", "she"}


#: Verbs whose controlled "being" states that the subject is (or was) in the state: an admission ("admitted being"),
#: a lasting state ("remained / continued being"), an ended one ("stopped being", read as former by the stance).
#: Not "avoided / escaped / feared / risked / resented / denied being": they do not assert the post (F1 item 6, M27).
BEING_ASSERTING_LEMMAS = frozenset({"admit", "acknowledge", "confess", "concede", "boast", "brag", "continue",
                                    "remain", "keep"}) | ENDING_CONTROLLERS  # the stance reads these as ended


def _controlled_being(verb: Token) -> Token | None:
    """The verb whose subject a gerund "being" with no subject of its own takes (subject control): its clause's verb
    ("X admitted being a member of Y", "X acknowledged being Y's treasurer") or the verb of its "to" ("X admitted to
    being ...", "X confessed to being ..."), as "X is a member of Y" has it. Only a verb that asserts the state
    (`BEING_ASSERTING_LEMMAS`): "X avoided being a member of Y" states no post (F1 item 6, M27); the stance still
    reads "stopped being" as former. "In addition to being ..." hangs on a noun."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() != "be":
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "to" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ != "xcomp":
        return None
    if head.pos_ != "VERB" or head.i > verb.i or head.lemma_.lower() not in BEING_ASSERTING_LEMMAS:
        return None
    return head


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ("founded Y and serves as ..."); for a
    relative clause ("X, who has long been Y's manager"), the noun the clause is about, or the name that noun is an
    appositive of ("X, a Turkish national who owns and serves as chairman of Y")."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head
            if subject.pos_ == "NOUN" and subject.dep_ == "appos" and subject.head.pos_ == "PROPN" and subject.head.i < subject.i:
                subject = subject.head  # "X, a Turkish national who owns and chairs Y": the name the noun renames (PT34)
        if subject is not None:
            return subject if subject.pos_ == "PROPN" or subject.lower_ in PERSONAL_PRONOUNS else None
        if (controller := _controlled_being(verb)) is not None:  # "X admitted being a member of Y"
            verb = controller
            continue
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def body_after_name(ctx: DocContext, end: int, limit: int) -> Cluster | None:
    """The body in "of (the) Y" right after a name ending at `end` ("Colonel X of the Y (ACR)"): a title that
    opened the name without naming its body holds its post there."""
    doc = ctx.doc
    if end + 1 >= limit or doc[end].lower_ != "of":
        return None
    k = end + 2 if doc[end + 1].lower_ == "the" and ctx.resolver.mention_at(end + 1) is None else end + 1
    mention = ctx.resolver.mention_at(k) if k < limit else None
    if mention is None and k < limit and (renamed := renamed_affiliate(doc, ctx.resolver, k, limit)) is not None:
        return renamed[0]  # "Inspector X of the country's national police force, the Y (YZ)" (R26)
    if mention is None or mention.label != "ORG" or mention.start not in {end + 1, k}:
        return None
    cluster = ctx.entity(mention)
    return cluster if cluster is not None and cluster.type not in {"Person", "Country", "SanctionsProgram"} else None


#: Nouns for a body's people as a group: "Y's leadership includes chairman A", "Y's board, including director B".
COLLECTIVE_NOUNS = {"leadership", "board", "management", "officers", "executives", "directors", "leaders", "members", "staff"}


def collective_body(ctx: DocContext, person: Mention) -> Cluster | None:
    """The body whose leadership or board includes a name: the name is the object of "include" (or of the preposition
    "including") whose subject (or head) is a collective noun owned by a body ("Y's leadership", "the board of Y"); or
    it stands among the names a sentence lists after "<owner> <collective noun> consists of / are / include"
    ("Its management board consists of general director A, first deputy general director B, ...", "Y is a company
    whose officers are president A, corporate secretary B and treasurer C": the owner "its" or "whose" names)."""
    doc = ctx.doc
    root = doc[person.start:person.end].root
    for _ in range(3):
        if root.dep_ not in {"conj", "appos"}:
            break
        root = root.head  # "chairman A and deputy chairman B": B hangs on A; "including director A": A renames "director"
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in {"include", "comprise"}:
        noun = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    elif root.dep_ == "pobj" and head.lower_ == "including":
        noun = head.head  # "Y's board, including director A"; hung on the verb: "designating the board of Y, including A"
        noun = next((c for c in noun.children if c.dep_ == "dobj"), None) if noun.pos_ in {"VERB", "AUX"} else noun
    else:
        return _listed_board_body(ctx, person)
    if noun is None or noun.lemma_.lower() not in COLLECTIVE_NOUNS and noun.lower_ not in COLLECTIVE_NOUNS:
        return None
    return _owner_body(ctx, noun)


#: Verbs whose subject, a body's collective noun, lists the people after them ("Its board consists of ...").
LISTING_VERBS = {"consist", "include", "comprise", "be"}


def _listed_board_body(ctx: DocContext, person: Mention) -> Cluster | None:
    """The owner of the collective noun subject of a listing verb the name follows with no other verb between (the
    parse of such lists hangs the later names anywhere, even in a tree of their own, so the words decide)."""
    doc = ctx.doc
    sent = ctx.sentences[ctx.sentence_index(person.start)]  # the parser may cut such a list into trees of its own
    for verb in (t for t in doc[sent.start:person.start] if t.lemma_.lower() in LISTING_VERBS and t.pos_ in {"VERB", "AUX"}):
        noun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
        if noun is None or (noun.lemma_.lower() not in COLLECTIVE_NOUNS and noun.lower_ not in COLLECTIVE_NOUNS):
            continue
        opening = verb.i + 2 if verb.i + 1 < person.start and doc[verb.i + 1].lower_ == "of" else verb.i + 1
        if not any(t.start == opening for t in ctx.titles_in(sent)):
            continue  # the list opens with a title right after the verb ("consists of general director A"), not "is small"
        if any(t.pos_ in {"VERB", "AUX"} or t.text in {";", ":", "."} for t in doc[verb.i + 1:person.start]):
            continue  # another clause between the verb and the name
        return _owner_body(ctx, noun)
    return None


def _owner_body(ctx: DocContext, noun: Token) -> Cluster | None:
    """The body owning a collective noun: "Y's board", "the board of Y", "its board", "a company whose officers"."""
    from .titles_orgs import _its_antecedent, _whose_antecedent

    doc = ctx.doc
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in {"its", "their"}:
        sent = doc[noun.i].sent
        found = _its_antecedent(doc, ctx.resolver, owner.i, sent)
        return found if found is not None and found.is_plain_body else None
    if owner is not None and owner.lower_ == "whose":
        found = _whose_antecedent(doc, ctx.resolver, owner.i, doc[owner.i].sent.start)
        described = noun.head.head if noun.head.dep_ == "relcl" else None  # "Y is a company whose officers are ..."
        if found is None and described is not None and described.dep_ == "attr":
            subject = next((c for c in described.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            mention = ctx.resolver.mention_at(subject.i) if subject is not None else None
            found = ctx.entity(mention) if mention is not None and mention.label == "ORG" else None
        return found if found is not None and found.is_plain_body else None
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    mention = ctx.resolver.mention_at(owner.i) if owner is not None else None
    cluster = ctx.entity(mention) if mention is not None and mention.label == "ORG" else None
    return cluster if cluster is not None and cluster.type not in {"Person", "Country", "SanctionsProgram"} else None
