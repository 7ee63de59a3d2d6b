"""How the words around a title tie it to the person who holds it, for `roles._title_roles`.

Kept apart from roles.py so the sentence-level driver stays short: each helper answers one question
("do these words link a subject to the title?", "is this an appositive name?", "whose post is it after a
kin aside?") and returns the person or the link's (confidence, former), or None.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_words
from ..nlp.mention import RANK_NOUNS
from ..nlp.mentions import Mention
from .context import DocContext
from .roles_address import address_end
from .roles_backshift import BACKSHIFTED_COPULAS, reported_present
from .roles_common import COPULA_WORDS, PAST_WORDS, RELATIVE_OBJECTS, _after_alias
from .roles_stance_sought import appointed_now
from .titles import Title
from .titles_words import POST_NOUNS, prenominal, post_kept, post_left, refused

__all__ = ["LINK_VERBS", "appositive_after", "capacity_holder", "copula_subject", "described_relative_end", "kin_aside_holder",
           "pronoun_people", "pronoun_subject", "subject_link", "where_index", "where_org", "where_pronoun_holder"]

HELD_WORDS = {"held", "holds", "hold", "roles", "positions", "posts", "previous", "various", "senior", "several"}
#: Verbs after a named relative that make the post stated next the subject's, not the relative's ("A, a nephew of B, was ...").
LINK_VERBS = {"is", "was", "are", "were", "serves", "served", "has", "had", "remains", "remained", "became", "works", "worked", "acts", "acted"}
APPOSITIVE_WORDS = {",", "the", "a", "an", "who", "is", "was", "also", "currently", "previously", "formerly", "as", "both", "all"}  # "A and B, both officials of Y"


def subject_link(ctx: DocContext, end: int, title_start: int) -> tuple[float, bool] | None:
    """Whether the words between a subject and a title link them, with (confidence, former).

    An appositive (", the director of Y", ", as chief of Y", ", an Iranian national and the head of Y") or a
    copula or service verb ("is", "has served as", "was formerly"). A "was" that only shifts a reported present
    ("a spokesperson said X was the director of Y": `roles_backshift`) makes no former post (P16).
    """
    link = _words_link(ctx, end, title_start)
    if link is None or not link[1]:
        return link
    words = ctx.doc[end:title_start]
    if {t.lower_ for t in words} & PAST_WORDS <= BACKSHIFTED_COPULAS and any(
            reported_present(t) or appointed_now(t) for t in words if t.lower_ in BACKSHIFTED_COPULAS):
        return link[0], False  # "said X was the director of Y", "X was appointed director of Y" (P16)
    return link


def _words_link(ctx: DocContext, end: int, title_start: int) -> tuple[float, bool] | None:
    """`subject_link` as the words between say it, before a reported present is read."""
    between = [t.lower_ for t in ctx.doc[end:title_start] if not t.ent_type_ == "DATE" and not _dated(t)]  # "has served since 2019 as"
    if 2 <= len(between) <= 7 and between[-1] == "as" and "," not in between and post_kept(ctx.doc, title_start, end) \
            and not _ousts_another(ctx.doc[title_start - 1]):
        return 0.8, False  # "X refused to resign as chairman of Y", "X has not stepped down as head of Y" (F1 item 7)
    if 2 <= len(between) <= 5 and between[-1] == "as" and "," not in between and post_left(ctx.doc, title_start, end) \
            and not _ousts_another(ctx.doc[title_start - 1]) and _subject_of_as_verb(ctx, end, title_start):
        return 0.8, True  # "X resigned as chairman of Y in 2021", "X was dismissed as head of Y": a post left (F, 24th)
    if between[:1] == ["as"] and (verb := _replacing_verb(ctx, end)) is not None:
        # "X replaced Y as chief executive of Z": Y held the post before X; "X has not dismissed Y as director of Z",
        # "X refused to replace Y as ...": Y holds it (R, twenty-second session: the negation was not read)
        return 0.8, not refused(verb) or dated_clause(verb)  # "did not dismiss Y as director in 2019": then, not now
    if between and between[0] == "," and (_nationality_aside(ctx, end, title_start) or all(w in APPOSITIVE_WORDS for w in between) and len(between) <= 4):
        return 0.88, bool(set(between) & PAST_WORDS)
    if between and between[0] in {"is", "was"} and _nationality_aside(ctx, end, title_start):
        return 0.85, between[0] == "was"
    if between and between[-2:] in (["as", "the"], ["as", "a"], ["as", "an"]) or between[-1:] == ["as"]:
        held = [w for w in between if w not in HELD_WORDS]
        if held != between and held and all(w in COPULA_WORDS for w in held) and len(between) <= 8 and "," not in between[:1]:
            return 0.8, True  # "He also held previous roles as the chief of Y"
    if between[:1] in ([","], ["is"], ["was"]) and (after := described_relative_end(ctx, end, title_start)) is not None:
        rest = [t.lower_ for t in ctx.doc[after:title_start] if not t.ent_type_ == "DATE"]
        if len(rest) <= 6 and all(w in COPULA_WORDS for w in rest) and {"is", "was", "serves", "served", "as"} & set(rest):
            # ", a Guinean national who now serves as chairman of Y": the clause is on the name's descriptor
            return 0.85, bool(set(rest) & PAST_WORDS) and not {"is", "serves", "remains"} & set(rest)
    if between[:2] == [",", "who"] and len(between) <= 8 and all(w in COPULA_WORDS for w in between[2:]):
        # ", who serves as the director of Y", ", who has served since 2019 as ..."
        return 0.85, _past_link(between)
    if between and all(w in COPULA_WORDS for w in between) and len(between) <= 6 and (
            "," not in between[:1] or _verb_after_comma(ctx, end, between)):
        return 0.85, _past_link(between)
    return None


#: Service verbs whose past participle after "has" / "have" states a post still held ("has worked for Y as a chemist
#: since 2019", "has served since 2019 as ..."): PAST_WORDS holds them as simple pasts.
PERFECT_PARTICIPLES = frozenset({"worked", "served", "acted"})


def _past_link(between: list[str]) -> bool:
    """Whether the copula words between a name and its title state a former post: a past word ("was", "previously",
    "worked"), but not a present verb ("is", "serves", "remains") and not a service verb's participle after "has" /
    "have", a present perfect (twenty-eighth session, PV: "has worked for the cartel as a launderer since 2019" was
    read as a former post); another past word still makes it one ("has previously served as")."""
    words = set(between)
    past = words & PAST_WORDS
    if words & {"has", "have"}:
        past -= PERFECT_PARTICIPLES
    return bool(past) and not {"is", "serves", "remains"} & words


#: Prepositions that open a span of time ("served for four years as", "served during 2019-2021 as"): with a date
#: after them they say when, not what links the name to its title (twenty-seventh session, TH).
TIME_PREPOSITIONS = frozenset({"for", "during", "in", "from"})


def _dated(token: Token) -> bool:
    """A preposition whose object is a date ("for four years", "in 2019"): read as the date it opens."""
    return token.lower_ in TIME_PREPOSITIONS and token.dep_ == "prep" and any(c.ent_type_ == "DATE" for c in token.children)


#: Verbs that may follow the comma closing a name's appositive ("Its director, X, served as ..."), and the time
#: adverbs that may stand between ("Its director, X, previously worked as a press officer in Y", issue 13, H7).
COMMA_VERBS = frozenset({"is", "was", "serves", "served", "remains"})
COMMA_ADVERB_VERBS = COMMA_VERBS | {"works", "worked"}
COMMA_ADVERBS = frozenset({"previously", "formerly", "earlier", "once", "also", "currently", "now", "still", "later"})


def _verb_after_comma(ctx: DocContext, end: int, between: list[str]) -> bool:
    """The words after a name open with a comma and then the name's own verb: ", is", ", served", or a time adverb
    and a service verb (", previously served", ", formerly worked"): the comma closes an appositive around the name,
    whose verb follows. With an adverb the name must be the verb's subject or its appositive ("Its director, X,
    previously served as ..."), not a name inside the subject's description ("X, the head of a party allied with Y,
    previously served as ...": Y is no subject)."""
    rest = between[1:]
    if rest[:1] and rest[0] in COMMA_VERBS:
        return True
    k = 0
    while k < len(rest) and rest[k] in COMMA_ADVERBS:
        k += 1
    if not (0 < k < len(rest) and rest[k] in COMMA_ADVERB_VERBS):
        return False
    verb = ctx.doc[end + 1 + k]
    return any(end - 4 <= m.end <= end for t in _subject_chain(verb) if (m := ctx.resolver.mention_at(t.i)) is not None)


def _subject_chain(verb: Token) -> list[Token]:
    """The verb's subject and the appositives hanging on it, appositive of appositive ("Its director, X, ..."); for a
    verb the parser hangs on the subject noun as a clause ("The company's chairman, X, previously served ..." read as
    one noun phrase), that noun."""
    chain = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        chain.append(verb.head)
    k = 0
    while k < len(chain):
        chain.extend(c for c in chain[k].children if c.dep_ == "appos")
        k += 1
    return chain


def described_relative_end(ctx: DocContext, start: int, limit: int) -> int | None:
    """Index after "who" in ", a Lebanese businessman who" / "is a former senator who" at `start` (the comma or copula), else None.

    The descriptor is the name's appositive and the relative clause is on the descriptor, so the clause's post or
    head verb is the name's. A descriptor with "of", a comma or another name ("a nephew of B who ...") is not
    read: the clause may be B's.
    """
    doc = ctx.doc
    if start + 3 >= limit or doc[start].lower_ not in {",", "is", "was"} or doc[start + 1].lower_ not in {"a", "an"}:
        return None  # also after a copula: "X is an RGB official who directs Y's operations"
    j = start + 2
    while j < limit and j - start <= 10 and doc[j].lower_ != "who":
        m = ctx.resolver.mention_at(j)
        if doc[j].lower_ in {"of", "and", "or"} or (doc[j].is_punct and doc[j].text != "-") or (m is not None and m.label not in {"NORP", "GPE", "ORG"}):
            return None
        j += 1
    if j >= limit or doc[j].lower_ != "who":
        return None
    if doc[j - 1].tag_ not in {"NN", "NNS"} and not any(  # "a former major in the Myanmar Air Force who": the noun before "in"
            t.tag_ in {"NN", "NNS"} and doc[t.i + 1].lower_ in {"in", "at", "with"} for t in doc[start + 2:j - 1]):
        return None
    return j + 1


def _subject_of_as_verb(ctx: DocContext, end: int, title_start: int) -> bool:
    """The name ending before token `end` is the subject of the verb the "as" before the title hangs on: "X resigned
    as chairman", "X was fired as director", "He resigned as" (not a name inside another clause before it)."""
    m = ctx.resolver.mention_at(end - 1)
    root = ctx.doc[m.start:m.end].root if m is not None else ctx.doc[end - 1]  # a name, or "he" (`pronoun_subject`)
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.i == ctx.doc[title_start - 1].head.i


def _ousts_another(as_word: Token) -> bool:
    """The "as" hangs on an active verb with an object or an object relative ("whom X did not replace as chairman",
    "X has not dismissed Y as director"): the post kept is not the subject's (P17: X was the chairman). Not the
    subject's own post as the object ("has not left his post as chairman", "refused to leave his job as chairman":
    the shapes `post_kept` reads, review of the twenty-first session)."""
    return any(c.dep_ == "dobj" and c.lower_ not in POST_NOUNS for c in as_word.head.children)


#: Verbs whose object held the post named after "as" before the subject took it or removed them from it.
REPLACING_VERBS = {"replace", "succeed", "oust", "remove", "dismiss", "fire", "sack", "depose", "unseat"}


def _replacing_verb(ctx: DocContext, end: int) -> Token | None:
    """The verb that ends its holder's post ("replaced Y as ...") whose object is the name ending before token `end`,
    if it is one; the caller reads its negation (`titles_words.refused`)."""
    m = ctx.resolver.mention_at(end - 1)
    root = ctx.doc[m.start:m.end].root if m is not None else ctx.doc[end - 1]
    return root.head if root.dep_ in {"dobj", "nsubjpass"} and root.head.lemma_.lower() in REPLACING_VERBS else None


#: Of those, the verbs whose subject takes the post over ("X succeeded Y as chairman of Z"); "ousted", "dismissed"
#: remove the holder and say nothing of who holds the post after.
TAKING_OVER_VERBS = frozenset({"replace", "succeed"})


def successor(ctx: DocContext, end: int) -> Cluster | None:
    """The person who took the post over from the one whose name ends before token `end`: the subject of "replaced /
    succeeded Y as ...", or, when that subject is a relative "who", the name the clause describes ("X, who succeeded
    Y as deputy minister at Z"). P13's left fault, P14."""
    m = ctx.resolver.mention_at(end - 1)
    if m is None:
        return None
    root = ctx.doc[m.start:m.end].root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in TAKING_OVER_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    holder = ctx.resolver.mention_at(subject.i) if subject is not None else None
    cluster = ctx.entity(holder) if holder is not None else None
    return cluster if cluster is not None and cluster.type == "Person" and holder.start < m.start else None


class RelativeHolder(NamedTuple):
    """The person an object relative of a replacing verb stands for, and whether the verb is negated (`kept`: the
    post is that person's now and not the clause's subject's)."""

    person: Cluster
    kept: bool
    former: bool  # the person's post is an earlier one: replaced, or a negated verb dated ("did not replace ... in 2019")
    taken_over: bool = False  # the clause's subject took the post over ("whom X replaced as"), not "whom X dismissed as"
    returned: bool = False  # the person came back to the post after ("Y, whom X replaced as ..., returned to the post")


def replaced_by_relative(ctx: DocContext, end: int, title_start: int) -> RelativeHolder | None:
    """"Jonas Brekke, whom Kessel replaced as chairman of Y in 2020": the person the object relative stands for, when
    the name ending before token `end` is the subject of a taking-over verb in that clause and only the verb (with its
    auxiliaries) and "as" stand before the title. The title is that person's post held before, and the subject's now
    (P17: neither was read; P14's `successor` reads the subject relative "who succeeded Y as"). A verb that only
    removes the holder ("whom Kessel dismissed as director of Y", "had ousted as"): that person's post held before,
    and nothing of the subject's (R2, twenty-second session: nobody's before). Negated ("whom Kessel
    did not replace as chairman", "whom Kessel has never dismissed as director", any replacing verb): the post is
    that person's, held now unless the clause dates it, and not the subject's (R, twenty-second session: nobody's
    before)."""
    words = [t for t in ctx.doc[end:title_start] if t.ent_type_ != "DATE"]
    if len(words) < 2 or words[-1].lower_ != "as":
        return None
    verb = words[-2]
    if verb.lemma_.lower() not in REPLACING_VERBS or verb.dep_ != "relcl":
        return None
    kept = refused(verb)
    taken_over = not kept and verb.lemma_.lower() in TAKING_OVER_VERBS
    manner = [t for t in words[:-2] if t.head.i == verb.i and t.dep_ == "advmod" and t.lower_ not in NEGATING_ADVERBS]
    if taken_over and len(words) - len(manner) != 2:
        return None  # "whom X replaced as" with nothing between but an adverb ("briefly replaced": F, 24th) (P17)
    if not all(t.head.i == verb.i and t.dep_ in {"aux", "neg"} for t in words[:-2] if t not in manner):
        return None
    m = ctx.resolver.mention_at(end - 1)
    if m is None or ctx.doc[m.start:m.end].root.head.i != verb.i:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in RELATIVE_OBJECTS and c.i < m.start for c in verb.children):
        return None
    described = ctx.resolver.mention_at(verb.head.i)
    cluster = ctx.entity(described) if described is not None else None
    if cluster is None or cluster.type != "Person" or described.start >= m.start:
        return None
    if not kept and _came_back(ctx.doc[described.start:described.end].root):
        return RelativeHolder(cluster, kept, False, taken_over, returned=True)
    return RelativeHolder(cluster, kept, not kept or dated_clause(verb), taken_over)


#: Verbs of coming back to a post left: "Y, whom X replaced as chairman in 2015, returned to the post in 2016".
RETURNING_LEMMAS = frozenset({"return", "regain", "reclaim", "resume", "reinstate"})
#: Adverbs that negate a verb without "not" ("whom X never replaced as"): not a manner adverb to skip.
NEGATING_ADVERBS = frozenset({"never", "not", "n't"})


def _came_back(name: Token) -> bool:
    """The person's own verb is one of coming back to the post (not negated; "returned to the post / regained the
    position", "was reinstated"): the post is held again now, and the one
    who had replaced them holds it no more (review of R, V; twenty-fourth session F: Y became a "member", X nothing)."""
    if name.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = name.head
    if verb.lemma_.lower() not in RETURNING_LEMMAS or refused(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [g for c in verb.children if c.dep_ == "prep" for g in c.children
                                                                 if g.dep_ == "pobj"]
    return verb.lemma_.lower() == "reinstate" or any(o.lower_ in POST_NOUNS for o in objects)  # not "returned to Kessa"


#: Date words that tell the present: "did not replace Y as chairman today" says Y holds the post now.
PRESENT_DATE_WORDS = frozenset({"today", "today's", "now", "currently"})


def dated_clause(verb: Token) -> bool:
    """A date other than today's in the clause of `verb` ("did not dismiss Y as director in 2019", "In 2019, X did
    not ..."): a negated replacing verb then tells a post held at that time, an earlier one (R, R2). A date under
    "since" / "for" or a length of time ("Since taking control in 2019, X has never dismissed Y", "for two years")
    reaches up to now, so it makes no post "then" (review of R2, X1)."""
    return any(t.ent_type_ == "DATE" and t.lower_ not in PRESENT_DATE_WORDS and not _reaching_now(t, verb)
               for t in verb.subtree)


#: Words that make a date reach up to now: "since 2019", "since taking control in 2019", "for two years".
SPAN_OPENERS = frozenset({"since", "for", "throughout"})
#: Words of a length of time rather than a point: "two years", "several months", "a decade".
DURATION_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"})


def _reaching_now(date: Token, verb: Token) -> bool:
    """The date token lies under a "since" / "for" on its way up to `verb`, or is a length of time."""
    if date.lower_ in DURATION_WORDS:
        return True
    tok = date
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.lower_ in SPAN_OPENERS or any(c.lower_ in SPAN_OPENERS and c.dep_ in {"mark", "prep", "advmod"} for c in tok.children):
            return True
        tok = tok.head
    return False


PRONOUNS = {"he", "she"}
PRONOUN_OPENERS = {"previously", "currently", "additionally", "also", "since", "from", "in", "before", "then", "later", "today", ","}


def pronoun_subject(ctx: DocContext, sent: Span, first: Title) -> tuple[Cluster, tuple[float, bool]] | None:
    """"Previously, he served as the head of Y": the sentence's subject pronoun, when one person is named in the paragraph."""
    doc = sent.doc
    for tok in doc[sent.start:first.phrase_start]:
        if tok.lower_ in PRONOUNS and tok.dep_ in {"nsubj", "nsubjpass"}:
            opener = [t for t in doc[sent.start:tok.i] if not t.is_space]
            if len(opener) > 4 or not all(t.lower_ in PRONOUN_OPENERS or t.like_num or t.is_punct for t in opener):
                return None
            link = subject_link(ctx, tok.i + 1, first.phrase_start)
            person = ctx.resolver.person_for_pronoun(tok.i) if link is not None else None
            return (person, link) if person is not None and link is not None else None
    return None


def pronoun_people(ctx: DocContext, sent: Span) -> list[tuple[Mention, Cluster]]:
    """The he/she subjects of a sentence as mentions of the paragraph's person they name ("He also heads Y"), for the
    patterns that read a person's own verbs."""
    out = []
    lowers = token_words(sent.doc)[1]
    for i in range(sent.start, sent.end):
        if lowers[i] not in PRONOUNS:
            continue  # the words first, a `Token` only for a pronoun (issue 18, S19)
        tok = sent.doc[i]
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            person = ctx.resolver.person_for_pronoun(tok.i)
            if person is not None:
                out.append((Mention(tok.i, tok.i + 1, tok.text, "PERSON", cluster=person.index), person))
    return out


def copula_subject(doc: Doc, people: list[tuple[Mention, Cluster]], first: Title) -> Mention | None:
    """The person a title is predicated of by a copula ("X is a co-founder of Y"), if any.

    Then "..., Z" after the title starts the next clause and is no appositive of the title.
    """
    for m, _ in reversed(people):
        end = _after_alias(doc, m)
        if end > first.phrase_start:
            continue
        between = [t.lower_ for t in doc[end:first.phrase_start]]
        if between and len(between) <= 6 and all(w in COPULA_WORDS for w in between) and {"is", "was", "serves", "served", "remains", "became"} & set(between):
            return m
        return None
    return None


def appositive_after(ctx: DocContext, by_start: dict[int, tuple[Mention, Cluster]], start: int,
                      limit: int) -> tuple[tuple[Mention, Cluster], float] | None:
    """The person named right after "title, ": directly (0.88), or after ", Uzbekistan-based" / ", Russian national" or
    a military rank (", Major General X": the rank is a second title of the same person, 0.85)."""
    if start in by_start:
        return by_start[start], 0.88
    for skip in (_based_prefix_end(ctx.doc, start, limit), _nationality_end(ctx, start, limit), rank_end(ctx.doc, start, limit),
                 _fixed_title_end(ctx, start, limit), address_end(ctx.doc, ctx.resolver, ctx.gaz, start, limit, heads=True)):
        if skip in by_start:
            return by_start[skip], 0.85
    return None


def _based_prefix_end(doc: Doc, start: int, limit: int) -> int:
    """Index after a "Uzbekistan-based" / "Moscow-based" modifier starting at `start` (or `start`)."""
    j = start
    while j < limit and j - start < 5 and doc[j].lower_ != "based":
        j += 1
    if j < limit and doc[j].lower_ == "based" and j > start and doc[j - 1].text == "-":
        return j + 1
    return start


def _fixed_title_end(ctx: DocContext, start: int, limit: int) -> int:
    """Index after a fixed title of the gazetteer's `prenominal` list at `start` (or `start`): "whose director,
    Assistant U.S. Attorney X," names X's second post before his name, as a rank does (G, twenty-third session)."""
    found = prenominal(ctx.doc, start, limit, ctx.gaz)
    if found is None:
        return start
    end_char = ctx.doc[start].idx + len(found[0])
    j = start
    while j < limit and ctx.doc[j].idx < end_char:
        j += 1
    return j


MAX_RANK_WORDS = 4


def rank_end(doc: Doc, start: int, limit: int) -> int:
    """Index after a rank of up to four capitalised words ending in a rank noun, starting at `start` (or `start`):
    "Its former commander, Major General X", "the squadron's commander, Colonel X" (R23). The rank ends after the last
    rank noun of the capitalised words (a lower-case word or a comma stops the search): "General Directorate" gives
    start + 1, after "General", and `appositive_after` skips there only when a person's name starts at that index (no
    name starts at "Directorate"). Capitalised words without a rank noun give `start` (no rank)."""
    j = start
    end = start
    while j < limit and j - start < MAX_RANK_WORDS and (doc[j].text[:1].isupper() or doc[j].text == "-"):
        if doc[j].lower_ in RANK_NOUNS:
            end = j + 1
        j += 1
    return end


NATIONALITY_NOUNS = {"national", "nationals", "citizen", "citizens", "businessman", "businesswoman", "resident"}


def _nationality_end(ctx: DocContext, start: int, limit: int) -> int:
    """Index after a "Russian national" / "dual Peruvian-Spanish citizen" descriptor starting at `start` (or `start`);
    also a place's resident and "the businessman" ("Its general manager, Hong Kong resident X", "Its founder, the
    businessman X": R26, issue 13), and a birthplace before them ("Indian-born Emirati resident X": twenty-eighth
    session, PV)."""
    doc = ctx.doc
    j = start + 1 if start < limit and doc[start].lower_ == "the" else start
    while j < limit and j - start < 6 and doc[j].lower_ not in NATIONALITY_NOUNS:
        m = ctx.resolver.mention_at(j)
        if not (doc[j].lower_ in {"dual", "-"} or (m is not None and m.label in {"NORP", "GPE"})
                or (doc[j].tag_ == "JJ" and doc[j].text[:1].isupper())
                or (doc[j].lower_ == "born" and j > start and doc[j - 1].text == "-")):  # "Indian-born Emirati resident" (PV)
            return start
        j += 1
    if j > start and j < limit and doc[j].lower_ in NATIONALITY_NOUNS:
        return j + 1
    return start


def _nationality_aside(ctx: DocContext, start: int, end: int) -> bool:
    """", an Iranian national and the director of ...": a nationality aside before the post."""
    doc = ctx.doc
    words = [t.lower_ for t in doc[start:end]]
    if not words or words[0] not in {",", "is", "was"} or len(words) > 8 or "and" not in words:
        return False  # also the copula: "X is a Burmese national and is the chairman of Y"
    allowed = {",", "a", "an", "the", "and", "national", "citizen", "resident", "dual", "businessman", "businesswoman", "politician", "activist",
               "cleric", "militant", "lawyer", "is", "was", "also", "currently", "serves", "as"}
    if not any(t.lower_ in {"national", "citizen", "resident"} or (ctx.resolver.mention_at(t.i) is not None and ctx.resolver.mention_at(t.i).label == "NORP") for t in doc[start:end]):  # type: ignore[union-attr]
        return False
    for tok in doc[start:end]:
        m = ctx.resolver.mention_at(tok.i)
        if tok.lower_ not in allowed and not (m is not None and m.label in {"NORP", "GPE"}) and tok.pos_ != "ADJ":
            return False
    return True


KIN_DETERMINERS = {"a", "an", "the", "his", "her", "their", "adult", "eldest", "elder", "younger", "older", "only", "first", "second"}


def kin_aside_holder(ctx: DocContext, people: list[tuple[Mention, Cluster]], relative: Mention) -> tuple[Mention, Cluster] | None:
    """The subject of "A, a nephew of [First Lady] B, ...": B is named only to say whose relative A is.

    Family words, "associate", "partner" and the like (`not_roles` in titles.yaml) are no posts, and the post
    stated after the aside belongs to A, never to B.
    """
    doc = ctx.doc
    j = relative.start - 1
    while j > 0 and relative.start - j <= 4 and doc[j].text[:1].isupper() and ctx.resolver.mention_at(j) is None:
        j -= 1  # "First Lady", "President": a title before the relative's name
    if j < 2 or doc[j].lower_ != "of" or doc[j - 1].lower_ not in ctx.gaz.not_roles:
        return None
    n = j - 2
    while n > 0 and doc[n].lower_ in KIN_DETERMINERS:
        n -= 1
    if doc[n].lower_ in {"is", "was"}:  # "A is the brother of B and serves as ...": A is the subject of both verbs
        while n > 0 and doc[n - 1].lower_ in {"also", "reportedly"}:
            n -= 1
    elif doc[n].text != ",":  # "A, a nephew of B, ...": the aside opens right after A (and its alias)
        return None
    return next(((m, cluster) for m, cluster in people if m.start < n and _after_alias(doc, m) == n), None)


def capacity_holder(doc: Doc, sent: Span, first: Title, people: list[tuple[Mention, Cluster]]) -> Cluster | None:
    """The person whose "role / capacity / position as" the title is: the nearest person named before "his" / "her"."""
    j = first.phrase_start
    if j - 3 < sent.start or doc[j - 1].lower_ != "as" or doc[j - 2].lower_ not in {"role", "capacity", "position"} \
            or doc[j - 3].lower_ not in {"his", "her"}:
        return None
    before = [c for m, c in people if m.end <= j - 3]
    if before:
        return before[-1]
    # "In his role as the commander of Y during this time, X was ...": the fronted phrase's subject follows its comma
    after = [(m, c) for m, c in people if m.start > first.span_end and m.start - 1 >= sent.start and doc[m.start - 1].text == ","]
    fronted = all(t.lower_ in {"in", "his", "her", "role", "capacity", "position", "as"} for t in doc[sent.start:j])
    return after[0][1] if after and fronted and "," not in doc[first.span_end:after[0][0].start - 1].text else None


def where_index(sent: Span) -> int:
    """Index of the sentence's first "where" (`sent.end` if none): "Y, where A is the General Manager" is about Y."""
    lowers = token_words(sent.doc)[1]  # the words, not a `Token` per word (issue 18, PF)
    return next((i for i in range(sent.start, sent.end) if lowers[i] == "where"), sent.end)


#: Words of a "where" clause that state the post held at the body before it: a copula or a service verb ("Y, where
#: he was / served as / worked as / had been / rose to deputy head of Z").
WHERE_LINKS = {"is", "was", "are", "were", "serves", "served", "works", "worked", "been", "became", "rose", "remains", "remained"}
#: What may stand between "where he" and the title besides `subject_link`'s words: "rose to", "rose to become".
RISE_WORDS = {"rose", "to", "become", "eventually", "later", "quickly", "the", "a", "an"}


def where_org(ctx: DocContext, sent: Span, first: Title) -> Cluster | None:
    """"Y, where A is the General Manager": the organization a "where" clause after Y is about, when a copula follows."""
    doc = sent.doc
    i = where_index(sent)
    if i >= first.phrase_start or i - 2 < sent.start or doc[i - 1].text != ",":
        return None
    if not any(t.lower_ in WHERE_LINKS for t in doc[i:first.phrase_start]):
        return None
    mention = _where_body(ctx, doc, i)
    cluster = ctx.entity(mention) if mention is not None and mention.label == "ORG" else None
    return cluster if cluster is not None and cluster.type not in {"Person", "Country", "SanctionsProgram"} else None


def _where_body(ctx: DocContext, doc: Doc, i: int) -> Mention | None:
    """The name ", where" at `i` follows: the mention right before the comma, else the one the "where" clause hangs on
    in the parse ("Y (Short), where ...", "Y, a firm that sends workers abroad, where ...": a relative clause on Y)."""
    mention = ctx.resolver.mention_at(i - 2)
    if mention is not None:
        return mention
    verb = doc[i].head
    if doc[i].dep_ == "advmod" and verb.dep_ == "relcl" and verb.head.i < i:
        return ctx.resolver.mention_at(verb.head.i)
    return None


def where_pronoun_holder(ctx: DocContext, sent: Span, first: Title) -> tuple[Cluster, tuple[float, bool]] | None:
    """"X reports to Y, where he previously worked as a programmer", "Before founding the firm he spent a decade at Y,
    where he rose to deputy head of Z": the "he" / "she" right after ", where" is the subject of the clause the body
    Y stands in, so the post is that subject's: a person named there, or a pronoun naming the same person ("X's
    brother works at Y, where he is ..." is not read here: the clause's subject is the brother).
    `pronoun_subject` reads a pronoun only after a short opener. Thirty-fourth session (DS)."""
    doc = sent.doc
    i = where_index(sent)
    if i >= first.phrase_start or i + 1 >= first.phrase_start or i - 2 < sent.start or doc[i - 1].text != ",":
        return None
    pronoun = doc[i + 1]
    if pronoun.lower_ not in PRONOUNS or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    person = ctx.resolver.person_for_pronoun(pronoun.i)
    body = _where_body(ctx, doc, i)
    if person is None or body is None or _clause_subject(ctx, doc[body.start:body.end].root) is not person:
        return None
    if any(ctx.entity(m) not in (None, person) and ctx.entity(m).type == "Person" for m in ctx.mentions_in(sent.start, i)):
        return None  # "X met Z at Y, where he is deputy governor": "he" may be either
    link = subject_link(ctx, pronoun.i + 1, first.phrase_start)
    if link is None:
        between = [t.lower_ for t in doc[pronoun.i + 1:first.phrase_start]]
        if "rose" not in between or not all(w in RISE_WORDS | COPULA_WORDS for w in between) or "," in between:
            return None
        link = (0.8, True)  # "he rose to deputy head": a post held then, in a clause about the past
    return person, link


def _clause_subject(ctx: DocContext, token: Token) -> Cluster | None:
    """The person who is the subject of the nearest clause above `token`: a person's name or a he/she naming one."""
    for verb in token.ancestors:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        if subject.lower_ in PRONOUNS:
            return ctx.resolver.person_for_pronoun(subject.i)
        mention = ctx.resolver.mention_at(subject.i)
        cluster = ctx.entity(mention) if mention is not None else None
        return cluster if cluster is not None and cluster.type == "Person" else None
    return None

