"""How the sentence stands toward a post it names: denied, someone else's, or only reported.

The post rules and the learned scorer read who is tied to which body; neither reads whether the sentence asserts the
tie. A demanding reader (a journalist, a compliance analyst) must not get as a fact
- a denied or negated post: "X is not a member of Y", "X denied being a member of Y", "X has denied that he works for Y";
- a relative's post: "X, the sister of Y's commander" (GUIDELINES: family relations are no post; the post is the
  relative's), "X, a cousin of the director of Y";
- a body where something of someone's is kept: "X, the wife of Y's owner, oversees its accounts at Z" is no head of Z;
- a post sought, not held: "X, a candidate for president of Y", "X is running for president of Y" (P9); a post not
  yet taken up keeps its word: "the president-elect of Y" is no "president";
- a reported post at the confidence of a stated one: "X, believed to be Y's treasurer", "X reportedly heads Y",
  "X allegedly serves as ...", "the alleged leader of Y", "X is said to lead Y", "according to media reports, X is ...".
  GUIDELINES put a doubtful post under `optional`; the relation stays, its evidence says which words hedge it
  (`Evidence.hedge`), and calibration lowers its confidence (`resolve/calibration.HEDGED_SHARE`).

The words looked at are those of the dependency path between the person's mention and the body's mention (or, when
the sentence names no body, the post's own word), their modifiers, and the verbs whose complement clause the path
lies in ("X denied that he ...", "Unconfirmed reports say X ..."). A post in another clause of the sentence is not
touched: "X, who heads Y, was not designated" keeps "head". A negation counts only on the post's own predicate (M9):
not on the person ("X, not his brother, is ..."), not in a conjoined clause ("has never held office but is the owner
of Y"), not above a complement clause ("did not hide that he is ..."), not "not just"; a negated leaving or hiding
verb states the post ("never left his post as head of Y").

This module reads denial and hedges and puts the stance together. One job each (V7 item 11, M20): a post held before
("no longer", an "until" whose end has come, "stopped being") is `roles_stance_ended`; a post sought or not yet taken up
(a candidacy, "-elect") `roles_stance_sought`; another's post (a relative's, another person's description)
`roles_stance_ties`; the tree path between two words `roles_stance_paths`.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import display_name
from ..nlp.doc_text import token_lemmas, token_words
from ..records import Relation
from .context import DocContext, context_of
from ..nlp.kin_words import TIE_NOUNS  # noqa: F401 (tests read it here)
from .roles_employment import SERVE_LEMMAS, WORK_LEMMAS
from .roles_stance_ended import held_until, no_longer, stopped_being
from .roles_stance_paths import path_between, whole_word
from .roles_stance_sought import elect_word, not_yet_role, sought_phrase, seeks, taken_up_later
from .roles_stance_taken import not_quite_taken_up, taken_up_then_ended, taking_up_verb
from .roles_stance_ties import anothers_description, anothers_object, relative_subject, relatives_post
from .said_in_error import said_in_error, says_the_post
from .roles_left_later import left_later
from .roles_clause_subject import without_clause_subject_bodies

#: Verbs that negated state the post: "never left his post as head of Y", "did not hide that he is Y's treasurer".
NEGATION_KEEPS = frozenset({"leave", "quit", "resign", "step", "relinquish", "vacate", "abandon", "hide", "conceal"})
#: "not just / merely / simply / only the director of Y but also ...": no negation of the post.
NOT_ONLY_WORDS = frozenset({"only", "just", "merely", "simply", "solely"})
#: A verb's object through which someone acts in a post: "allegedly used his position as Y's governor" hedges the use.
POSITION_NOUNS = frozenset({"position", "post", "role", "office", "capacity", "influence", "status", "title", "job"})
#: Verbs that deny what their complement says.
DENYING_VERBS = frozenset({"deny", "denied", "denies", "refute", "refuted", "dispute", "disputed"})
#: Adverbs and adjectives that report a post without asserting it.
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "apparently",
                           "presumably", "ostensibly", "possibly", "probably", "likely", "seemingly"})
#: Not "so-called", "self-styled", "self-proclaimed": they question the post's standing, not that the person holds it
#: (the readable gold scores "the so-called minister of education", "self-styled Minister of Oil", "the
#: self-proclaimed emir" as posts; M9). A hyphenated entry is matched whole (`whole_word`).
HEDGE_ADJECTIVES = frozenset({"alleged", "purported", "suspected", "reputed", "presumed", "supposed", "putative"})
#: Passive (or reduced) participles that report: "is believed to be", "said to lead", "suspected of being".
HEDGE_PARTICIPLES = frozenset({"believed", "said", "suspected", "thought", "reported", "alleged", "rumored", "rumoured",
                               "understood", "presumed", "reputed", "claimed", "assumed"})
#: Verbs whose complement clause is a claim, whoever makes it: "Prosecutors allege that X heads Y".
CLAIM_VERBS = frozenset({"allege", "alleged", "alleges", "claim", "claimed", "claims"})
#: Verbs whose complement is what the speaker maintains against doubt: "X insists that she is only a translator at Y".
INSISTING_LEMMAS = frozenset({"insist", "maintain", "contend", "assert", "argue", "protest"})
#: Verbs of saying: a person's word that makes little of his own post ("only", "merely") reports it (`own_word`).
SAYING_LEMMAS = frozenset({"say", "tell"})
SELF_PRONOUNS = frozenset({"he", "she", "i"})
#: Sources whose saying is hearsay: "Unconfirmed reports say X heads Y", "according to media reports".
HEARSAY_SOURCES = frozenset({"report", "reports", "rumor", "rumors", "rumour", "rumours", "allegation", "allegations",
                             "media", "sources", "source", "accounts"})
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})


def _complement_heads(top: Token) -> Iterator[Token]:
    """The verbs whose complement clause `top` lies in ("denied that he works", "is believed to be")."""
    while top.dep_ in COMPLEMENT_DEPS and top.head.i < top.i:  # the parser also hangs a clause before ";" on the next
        top = top.head
        yield top


def own_word(verb: Token, person: Token, path: Collection[Token]) -> bool:
    """The person's own word about his post, which a designee may well give (P15, nineteenth session: stated at
    0.75-0.93): the post lies in the complement of a verb of claiming or insisting whose subject is the person (`path`,
    from the person to the post, runs through the verb) or a person's name speaking of "he" / "she" ("X claimed that he
    was an adviser to Z", "X insists she is a translator at Y"); or of a verb of saying when the complement makes
    little of the post ("X told reporters she is merely an editor at Y": `NOT_ONLY_WORDS`). "X has said that he works
    for Y" stays stated (M10: the twin of "has denied that he works for Y"), as does a body's or an official's word
    ("the Treasury said he is ...")."""
    lemma = verb.lemma_.lower()
    if lemma not in SAYING_LEMMAS | INSISTING_LEMMAS | {"claim"}:
        return False
    complements = [c for c in verb.children if c.dep_ == "ccomp" and c in path]
    if not complements:
        return False
    if lemma in SAYING_LEMMAS and not any(t.lower_ in NOT_ONLY_WORDS and t.dep_ == "advmod" for c in complements for t in c.subtree):
        return False
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(c.i == person.i for c in speakers):
        return True
    return any(c.ent_type_ == "PERSON" for c in speakers) and any(
        g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in SELF_PRONOUNS for c in complements for g in c.children)


def _negated(tok: Token) -> bool:
    """`tok` carries "not"/"never" ("not only", "not just" are no negation; a negated leaving or hiding verb states
    the post)."""
    if tok.lemma_.lower() in NEGATION_KEEPS or tok.lemma_.lower() == "give" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):  # "never gave up his post as head of Y"
        return False
    for c in tok.children:
        if c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in NOT_ONLY_WORDS):
            return True
    return False


def _adjunct_of_another_verb(tok: Token) -> bool:
    """`tok` is a preposition that hangs the post on a verb other than serving or working: "As president of Y, X did
    not attend", "in her role as ...", "the accounts he kept as president of Y" (M10): that verb's "not" is on the
    act, not on the post; "never served as treasurer of Y", "denied that he works for Y" still deny it."""
    return tok.dep_ == "prep" and tok.head.pos_ in {"VERB", "AUX"} \
        and tok.head.lemma_.lower() not in SERVE_LEMMAS | WORK_LEMMAS \
        and not (tok.lower_ == "to" and any(c.dep_ == "pcomp" and c.lemma_.lower() == "be" for c in tok.children))
    # "never admitted to being a member of Y" (L6): "to being ..." is the verb's complement, its "not" on the post


def _predicate_chain(anchor: Token, top: Token) -> list[Token]:
    """The tokens from the anchor up to the path's top that write the post's own predicate: not above a conjoined
    clause ("has never held office but is the owner of Y"), a complement clause ("did not hide that ...") nor a
    phrase on another verb ("As president of Y, X did not attend ...")."""
    chain = [anchor]
    tok = anchor
    while tok.i != top.i and tok.head.i != tok.i and not (tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}) \
            and tok.dep_ != "ccomp" and not _adjunct_of_another_verb(tok):
        tok = tok.head
        chain.append(tok)
    return chain


def _denies(verb: Token, chain: list[Token]) -> bool:
    """`verb` ("denied", "disputes") denies the post: the post lies in its complement and it has no object of its own
    ("has denied nothing: he is the chairman of Y" denies nothing of the post)."""
    if verb.lower_ not in DENYING_VERBS or any(c.dep_ in {"dobj", "attr"} for c in verb.children):
        return False
    return verb in chain or any(t.head.i == verb.i and t.dep_ in COMPLEMENT_DEPS | {"pcomp"} for t in chain)


#: Words that open a yes/no question by inversion: "Is X the leader of Y?", "Was X ...?", "Will X become ...?".
QUESTION_OPENERS = frozenset({"is", "was", "are", "were", "does", "did", "do", "has", "have", "had", "will", "would",
                              "can", "could", "should", "might", "may", "shall"})


SENTENCE_ENDS = frozenset({".", "?", "!"})
ASIDE_MARKS = frozenset({",", "(", ";", "-", "\u2013", "\u2014", ":"})


def _asked(tok: Token) -> bool:
    """`tok` is the root of a yes/no question: its sentence opens with an inverted copula or auxiliary of `tok` and
    ends with "?" ("Is X the leader of Y?" asks, it states nothing; "Did OFAC designate X, the director of Y?" still
    states the apposition's post, which hangs below the question's verb: P11)."""
    if tok.dep_ != "ROOT":
        return False  # asked before the sentence's words are read: most candidates are no root (issue 18, S21)
    sent = tok.sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != "?" or words[0].lower_ not in QUESTION_OPENERS:
        return False
    return words[0].i == tok.i or words[0].head.i == tok.i and words[0].dep_ in {"aux", "auxpass"}


def asked_of(person: Token, anchor: Token) -> bool:
    """The post is what a yes/no question asks of the person: "Is X the director of Y?", "Was X Y's treasurer?",
    "Does X head Y?" (an inverted copula or auxiliary, then the person's name, then the post with no comma between,
    up to a "?"). The parser often makes such a predicate an apposition, or the opener a sentence of its own; an aside
    stays a statement ("Is X, the director of Y, a member of Z?" states the director; P11)."""
    doc = person.doc
    if anchor.i < person.i:
        return False
    texts, lowers = token_words(doc)  # the words read once per doc: no Token per word walked (issue 18, T25)
    i = person.i
    while i > 0 and texts[i - 1] not in SENTENCE_ENDS and "\n" not in texts[i - 1]:
        i -= 1
    j = anchor.i
    while j < len(doc) and texts[j] not in SENTENCE_ENDS and "\n" not in texts[j]:
        j += 1
    if j >= len(doc) or texts[j] != "?" or lowers[i] not in QUESTION_OPENERS:
        return False
    subject = doc[i + 1:person.i + 1]
    return len(subject) > 0 and all(t.text[:1].isupper() for t in subject) \
        and not any(t.text in ASIDE_MARKS for t in doc[person.i:anchor.i])


def _hearsay(tok: Token) -> bool:
    """"according to (media) reports" on `tok`."""
    return any(c.dep_ == "prep" and c.lower_ == "according" and any(t.lower_ in HEARSAY_SOURCES for t in c.subtree)
               for c in tok.children)


def _acts_through_post(tok: Token) -> bool:
    """`tok` is an act done through the post ("used his position as Y's deputy governor"): a hedge on it is on the
    act, not on the post."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in POSITION_NOUNS for c in tok.children)


def _hedge_words(tok: Token) -> str | None:
    """The words that make `tok` a report rather than a statement, if any."""
    if tok.lower_ in HEDGE_PARTICIPLES and tok.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in tok.children):
        return tok.text
    if _acts_through_post(tok):
        return None
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS:
            return c.text
        if c.dep_ == "amod" and (c.lower_ in HEDGE_ADJECTIVES or whole_word(c) in HEDGE_ADJECTIVES):
            return whole_word(c)
    return "according to reports" if _hearsay(tok) else None


def stance(person: Token, anchor: Token, post_words: Collection[int] = (), others: Collection[int] = (),
           release_year: int | None = None) -> tuple[str, str | None]:
    """("denied" | "asked" | "relative" | "elsewhere" | "sought" | "ended" | "hedged" | "stated", the hedging words) of the tie
    between the person's token and the body's (or the post's) token; `post_words` are the tokens that write the post
    itself, `others` the tokens that head another person's name, `release_year` the release's year (an "until" end
    before it has come). A "-elect" post goes through every check like any other (V7 item 3, M20): its word is read
    apart (`elect_word`)."""
    path, top = path_between(person, anchor)
    if anothers_description(path, person, anchor, others):
        return "elsewhere", None  # a nearer free pair is chosen first by `_anchored_stance`
    inner = [t for t in path if t.i not in {person.i, anchor.i}]
    if any(t.pos_ == "NOUN" and relatives_post(t, anchor, post_words) for t in inner) or relative_subject(path, person):
        return "relative", None
    if any(seeks(t, anchor, post_words) for t in inner):
        return "sought", None
    post_on_path = any(t.i in post_words for t in path if t.i != person.i)  # "manages her brother's accounts as CFO of Z"
    if not post_on_path and (any(anothers_object(t, post_words, anchor) for t in inner) or (
            any(t.dep_ == "prep" and t.lower_ == "at" and t.head.i == top.i for t in inner)
            and any(anothers_object(c, post_words, anchor) for c in top.children))):
        return "elsewhere", None  # "oversees its accounts at Z" (the parser hangs "at Z" on the object or the verb)
    heads = list(_complement_heads(top))
    chain = _predicate_chain(anchor, top)
    xcomp_heads = [h for h, below in zip(heads, [top, *heads]) if below.dep_ == "xcomp"]  # "is not believed to be"
    taker = taking_up_verb(chain)  # "became", "took over as": read once for "almost became" and "... and was replaced"
    if any(_negated(t) for t in chain + xcomp_heads) or any(_denies(t, chain) for t in path + heads) \
            or any(said_in_error(t) and says_the_post(t, person, anchor, post_words) for t in path + heads) \
            or not_quite_taken_up(taker):  # "almost became the president of Y": never began (V9 item 8, M39)
        return "denied", None  # ... or called wrong: "misidentified X as the chairman of Y" (P11, M36)
    if any(_asked(t) for t in chain + heads) or asked_of(person, anchor):
        return "asked", None
    if taken_up_later(chain + heads):
        return "sought", None  # "will become the director of Y": a post to come, not held (P11)
    own_clause = not post_words or any(t.i in post_words for t in chain + xcomp_heads)
    if own_clause and (any(no_longer(t) for t in chain + xcomp_heads) or stopped_being(chain)):
        # the clause that writes the post's own words: "X is no longer a representative of Y; he now serves as its
        # deputy director" ends the representative only (the anchor, Y, is named in the first clause; P13)
        return "ended", None
    if (not post_words or any(t.i in post_words for t in chain)) and held_until(chain, release_year):
        # an "until" ends the post only in the clause that writes the post's own words: "who led Y's finances until
        # 2020 and has since been Y's leader" keeps the leader current (V7 item 2, M20)
        return "ended", None
    if own_clause and taken_up_then_ended(taker, release_year):
        return "ended", None  # "became the president of Y in 2015 and was replaced in 2020" (V9 item 8, M39)
    for t in path + heads:
        words = _hedge_words(t)
        if words:
            return "hedged", words
    for t in heads:
        if t.lower_ in CLAIM_VERBS or t.lemma_.lower() in INSISTING_LEMMAS \
                or any(c.dep_ == "nsubj" and (c.lower_ in HEARSAY_SOURCES or _hedge_words(c)) for c in t.children):
            return "hedged", t.text
    for t in [top, *heads]:
        if own_word(t, person, path + heads):
            return "hedged", t.text
    return "stated", None


def _sentence(ctx: DocContext, starts: list[int], rel: Relation) -> Span | None:
    """The sentences of the relation's (first) evidence, which may run over two of the context's ("The Treasury named
    X. X, ..., is the alleged leader"); `starts` are the sentences' first characters."""
    if not rel.evidence:
        return None
    first = bisect_right(starts, rel.evidence[0].start) - 1
    last = bisect_right(starts, max(rel.evidence[0].start, rel.evidence[0].end - 1)) - 1
    if first < 0 or rel.evidence[0].start >= ctx.sentences[first].end_char:
        return None
    return ctx.doc[ctx.sentences[first].start:ctx.sentences[max(first, last)].end]


def _people_roots(ctx: DocContext, sent: Span) -> list[Token]:
    """The root of each person's mention in `sent`."""
    found = []
    for m in ctx.mentions_in(sent.start, sent.end):
        cluster = ctx.entity(m)
        if cluster is not None and cluster.type == "Person":
            found.append(sent.doc[m.start:m.end].root)
    return found


def _tokens_named(ctx: DocContext, sent: Span, name: str) -> list[Token]:
    """The root of each mention in `sent` whose entity shows as `name`."""
    found = []
    for m in ctx.mentions_in(sent.start, sent.end):
        cluster = ctx.entity(m)
        if cluster is not None and display_name(cluster) == name:
            found.append(sent.doc[m.start:m.end].root)
    return found


#: The little words of a post's name ("head of the board"): not looked for as words of the post in the sentence.
ROLE_FILLERS = frozenset({"of", "the", "for", "and", "a", "an", "in", "at", "to", "on"})


def _post_words(sent: Span, role: str, bodies: Collection[Token] = ()) -> list[Token]:
    """The tokens of `sent` that write a word of the post ("treasurer"; "heads" for head, "leads" for leader: the first
    four letters of a word of five or more). A word found by those four letters only counts when it governs one of
    `bodies` (the body's mentions), itself or through a preposition ("leads Y", "presides over Y"): "directed"
    (director) and "present" (president) elsewhere in the sentence are other words (M10)."""
    words = {w for w in role.casefold().split() if w not in ROLE_FILLERS}
    stems = {w[:4] for w in words if len(w) >= 5}
    doc = sent.doc
    lowers, lemmas = token_words(doc)[1], token_lemmas(doc)  # a `Token` only for a word of the post (issue 18, PF)
    return [doc[i] for i in range(sent.start, sent.end) if lowers[i] in words or lemmas[i] in words
            or lowers[i][:4] in stems and any(_governs(doc[i], b) for b in bodies)]


def _governs(word: Token, body: Token) -> bool:
    """`body` is `word`'s own object: "leads Y", "presides over Y"."""
    return body.head.i == word.i or body.head.dep_ == "prep" and body.head.head.i == word.i


def _release_year(ctx: DocContext) -> int | None:
    """The release's year from its dateline ("2026-03-10"), or None."""
    date = ctx.date or ""
    return int(date[:4]) if date[:4].isdigit() else None


def _anchored_stance(ctx: DocContext, starts: list[int], rel: Relation) -> tuple[str, str | None, str | None]:
    """The stance between the nearest (person, body or post word) pair of the relation's sentence, and the post's
    "-elect" word on that pair's path (`elect_word`), if any."""
    sent = _sentence(ctx, starts, rel)
    if sent is None:
        return "stated", None, None
    people = _tokens_named(ctx, sent, rel.subject.name) or [t for t in sent if t.lower_ in {"he", "she"} and t.tag_ == "PRP"]
    bodies = _tokens_named(ctx, sent, rel.object.name)
    words = _post_words(sent, rel.role or "", bodies)
    anchors = bodies + words  # the nearest of the body's names and the post's words
    pairs = [(p, a) for p in people for a in anchors if p.i != a.i]
    if not pairs:
        return "stated", None, None
    def nearest(found: list[tuple[Token, Token]]) -> tuple[Token, Token]:
        return min(found, key=lambda pa: (len(path_between(pa[0], pa[1])[0]), abs(pa[0].i - pa[1].i)))

    others = {t.i for t in _people_roots(ctx, sent)} - {p.i for p in people}
    person, anchor = nearest(pairs)
    if anothers_description(path_between(person, anchor)[0], person, anchor, others):
        # the nearest words describe someone named before ("A, the mayor of X; B, who serves as mayor of Y"): the
        # nearest pair that does not, if any, is the person's own
        free = [(p, a) for p, a in pairs if not anothers_description(path_between(p, a)[0], p, a, others)]
        person, anchor = nearest(free) if free else (person, anchor)
    post_words = {t.i for t in words}
    year = _release_year(ctx)
    kind, hedge = stance(person, anchor, post_words, others, year)
    elect = elect_word(person, anchor)
    if kind == "sought":
        # the post may be stated as held beside the candidacy: "a former candidate for the board of Y, now serves as
        # its chairman" (V7 item 4): a post word outside every sought "for" phrase, on a path through no other person
        sought = [ph for t in path_between(person, anchor)[0] if (ph := sought_phrase(t, anchor, post_words)) is not None]
        held = [(p, w) for p, w in pairs if w in words and p.sent == w.sent
                and not any(w in ph.subtree for ph in sought)
                and not any(t.i in others for t in path_between(p, w)[0] if t.i not in {p.i, w.i})]
        if held:
            near_person, word = nearest(held)
            again = stance(near_person, word, post_words, others, year)
            if again[0] != "sought":
                return again[0], again[1], elect_word(near_person, word)
        return kind, hedge, elect
    body_pairs = [(p, b) for p in people for b in bodies if p.i != b.i]
    if body_pairs and anchor not in bodies:
        # the post's own word is nearest, but the body is named only in someone's candidacy: "A, a candidate for
        # president of Y, and B, the president-elect of Z" is no post of B at Y; a candidacy for another post beside
        # the post's own word ("who ran for president of Y in 2019, has been Y's general secretary") is no such
        near_person, body = nearest(body_pairs)
        for t in path_between(near_person, body)[0]:
            phrase = sought_phrase(t, body, post_words) if t.i not in {near_person.i, body.i} else None
            if phrase is not None and (anchor.i not in post_words or any(
                    o.dep_ == "pobj" and o.i in post_words for o in phrase.children)):
                return "sought", None, None
    post_pairs = [(p, a) for p, a in pairs if a in words and p.sent == a.sent]
    if kind == "stated" and post_pairs:  # the post's own words may be hedged where the body is named elsewhere
        near_person, word = nearest(post_pairs)
        again = stance(near_person, word, post_words, release_year=year)
        if again[0] == "hedged":
            return again[0], again[1], elect
    return kind, hedge, elect


def with_stance(doc: Doc, relations: Iterable[Relation]) -> list[Relation]:
    """`relations` without the posts their sentence denies, gives to a relative or only seeks ("a candidate for
    president of Y"); a reported post keeps its relation with the hedging words on its evidence, a post held "until"
    a time is a former one, and a "president-elect" keeps its "-elect" (P9)."""
    ctx = context_of(doc)
    starts = [s.start_char for s in ctx.sentences]
    out = []
    for rel in relations:
        if rel.relation != "holds_role":
            out.append(rel)
            continue
        kind, words, elect = _anchored_stance(ctx, starts, rel)
        if kind in {"denied", "asked", "relative", "elsewhere", "sought"}:
            continue
        if elect:
            rel.role = not_yet_role(rel.role or "", elect)
        if kind == "ended":
            rel.current = False
        if kind == "hedged":
            for ev in rel.evidence:
                ev.hedge = words or "hedged"
        out.append(rel)
    return left_later(ctx, without_clause_subject_bodies(ctx, out))  # "became chairman of Y in 2019 ... resigned as chairman of Y in 2021": former
