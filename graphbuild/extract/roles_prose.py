"""holds_role stated by verbs and nouns rather than titles before or after a name.

"X, who heads Y", "Y is led by X", "X holds a leadership role at Y", and the designation criterion
"A and B were designated for being leaders or officials of Y".
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster, refers_back
from ..nlp.doc_text import token_words
from ..nlp.mentions import Mention
from ..records import BODY_TYPES, EntityRef, Relation
from .common import implied_ref, ref, relation
from .context import DocContext
from .roles_common import NAME, _after_alias, _coordinated_before, _coordinated_people, _emit, _person_mentions, _possessive
from .roles_named_unit import named_unit
from .roles_links import described_relative_end
from .titles import Title
from .titles_words import RANK_HEADS, singular
from .titles_orgs import previous_topic
from .titles_parts import PLACE_PARTICIPLES, UNIT_NOUNS, _after_place_modifier, _described_group_name, _group_name_end

#: Verbs whose subject holds a post at their object (GUIDELINES: heads / leads / directs / manages / founded). "owns" is
#: none: ownership by a person is no post unless a title says so (the gold of every readable set agrees).
HEAD_VERBS = {"head": "head", "lead": "head", "chair": "head", "run": "head", "direct": "director", "command": "commander",
              "manage": "director", "found": "founder", "co-found": "founder", "cofound": "founder", "oversee": "head"}


#: Participles before "by" that state a post of the agent. "owned" is none, as "owns" is none in HEAD_VERBS: "Y, owned by
#: X" says no more than "X owns Y" (GUIDELINES: ownership by a person is no post unless a title says so).
PASSIVE_ROLES = {"managed": "manager", "run": "head", "led": "leader", "headed": "head", "directed": "director",
                 "founded": "founder", "co-founded": "co-founder", "chaired": "chairman", "commanded": "commander"}


# tokens of a coordinated passive verb chain before "by": "were co-founded and are controlled by X"
_CHAIN_WORDS = {"and", ",", "-", "co", "is", "are", "was", "were", "been", "be", "being", "also", "both", "jointly"}


def _chain_role(doc: Doc, sent: Span, by: int) -> tuple[str | None, int]:
    """The post a passive participle chain before "by" states, nearest "by" first ("managed and owned by X" ->
    owner; "co-founded and are controlled by X" -> co-founder: "controlled" names no post), and the chain's start."""
    role = None
    j = by
    while j > sent.start and (doc[j - 1].tag_ == "VBN" or doc[j - 1].lower_ in _CHAIN_WORDS or doc[j - 1].tag_ == "RB"):
        j -= 1
        word = doc[j].lower_
        if j - 2 >= sent.start and doc[j - 1].text == "-" and doc[j - 2].lower_ == "co":
            word = "co-" + word  # the tokenizer splits "co-founded"
        if role is None and (doc[j].tag_ == "VBN" or word.startswith("co-")):
            role = PASSIVE_ROLES.get(word)
    return role, j


def _agents(ctx: DocContext, sent: Span, start: int) -> list[Cluster]:
    """The persons named after "by": one, or a coordinated run ("by siblings A, B, and C"); a plural common noun
    may stand before the names ("siblings", "brothers")."""
    doc = sent.doc
    j = start
    while j < sent.end and (doc[j].lower_ in {"the", "a", "an", "dual", "national", "-"} or doc[j].tag_ in {"JJ", "NNP"} and ctx.resolver.mention_at(j) is None
                            or (ctx.resolver.mention_at(j) is not None and ctx.resolver.mention_at(j).label == "NORP")  # type: ignore[union-attr]
                            or doc[j].tag_ == "NNS" and doc[j].is_lower and j - start < 2 and ctx.resolver.mention_at(j + 1) is not None):
        j += 1
    first = ctx.resolver.mention_at(j) if j < sent.end else None
    person = ctx.entity(first) if first is not None and first.start == j else None
    if person is None or person.type != "Person":
        return []
    if first.end < sent.end and doc[first.end].tag_ == "POS":  # "commanded by X's brother Y", "owned by X's brother-in-law, Y"
        first = _relative_named(ctx, sent, first.end + 1)  # X only names whose relative the agent is: the agent is Y
        person = ctx.entity(first) if first is not None else None
        if first is None or person is None or person.type != "Person":
            return []
    by_start = {m.start: (m, c) for m, c in _person_mentions(ctx, sent)}
    return [person] + [c for _, c in _coordinated_people(doc, by_start, first, sent.end) if c.index != person.index]


def _rank(title: Title) -> bool:
    """A military rank ("Brigadier General"), no post of its own."""
    return title.head.lower() in RANK_HEADS


def _agent_title(ctx: DocContext, sent: Span, start: int) -> Title | None:
    """A title without a body of its own right after "by" and before the agent's name ("headed by general manager X",
    "run by the managing director, X"): the post the passive states is that title's (H12; without it the name was not
    reached, and the title alone named no body)."""
    doc = sent.doc
    title = next((t for t in ctx.titles_in(sent) if t.phrase_start <= start <= t.start and t.org is None
                  and not t.org_name and not t.plural and t.span_end == t.end), None)
    if title is None or any(doc[k].lower_ not in {"the", "a", "an"} for k in range(start, title.start)):
        return None
    k = title.span_end + (1 if title.span_end < sent.end and doc[title.span_end].text == "," else 0)
    named = ctx.resolver.mention_at(k) if k < sent.end else None
    person = ctx.entity(named) if named is not None and named.start == k else None
    return title if person is not None and person.type == "Person" else None


def _relative_named(ctx: DocContext, sent: Span, k: int) -> Mention | None:
    """The name after a possessor's relative noun at `k` ("X's brother Y", "X's younger brother-in-law, Y"), if one
    follows: only the noun phrase (lower-case nouns and adjectives, a hyphenated compound) and at most one comma right
    before the name. "led by X's deputy and financed by Y" names no deputy: the walk stops at "and", a verb, a
    preposition, so Y, the next clause's agent, is not taken (review V3 finding 1)."""
    doc = sent.doc
    start = k
    while k < sent.end and k - start < 6 and ctx.resolver.mention_at(k) is None and _relative_word(doc, k, start):
        k += 1
    if start < k < sent.end and doc[k].text == "," and doc[k - 1].text != "-":
        k += 1
    found = ctx.resolver.mention_at(k) if start < k < sent.end and doc[k - 1].text != "-" else None
    return found if found is not None and found.start == k else None


def _relative_word(doc: Doc, k: int, start: int) -> bool:
    """A word of a relative's noun phrase: a lower-case noun or adjective, or a hyphen glued inside a compound and the
    words it joins ("brother-in-law": "in" is a preposition only there)."""
    tok = doc[k]
    if tok.text == "-":
        return k > start and not doc[k - 1].whitespace_ and not tok.whitespace_
    if k > start and doc[k - 1].text == "-" and not doc[k - 1].whitespace_:
        return tok.is_lower  # "in", "law" of "brother-in-law"
    return tok.is_lower and tok.pos_ in {"NOUN", "ADJ"}


def _subject_bodies(ctx: DocContext, subject: Token, candidates: list[Mention]) -> list[Mention]:
    """The body mentions of a passive subject and, when it is a clause's subject, of the bodies coordinated with it
    ("A and B were founded by X"; in "A, B, and C, founded by X" the reduced clause may be C's alone)."""
    clause = subject.dep_ in {"nsubj", "nsubjpass"}
    heads = [subject] + [c for c in subject.conjuncts if c.i > subject.i and clause]
    found: list[Mention] = []
    for h in heads:
        m = next((m for m in candidates if m.start <= h.i < m.end or m.start <= h.left_edge.i < m.end), None)
        if m is not None and m not in found:
            found.append(m)
    return found


def _passive_subject(tok: Token, candidates: list[Mention]) -> Token | None:
    """The subject of a passive participle: its own (or its first conjunct's: "managed and owned by"), the noun a
    reduced or relative clause hangs on, and the copula's subject when that noun is its attribute ("Y is an agency
    (based in P,) that is managed by X")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ in {"acl", "relcl"}:
        subject = tok.head
        if subject.dep_ != "attr":  # "an agency based in Paris, France, that is run by X": the parser hangs it on the place
            attr = next((a for a in subject.ancestors if a.dep_ == "attr"), None)
            subject = attr if attr is not None and tok.dep_ == "relcl" and subject.ent_type_ in {"GPE", "LOC"} else subject
    else:  # the parser may hang the subject on the auxiliary ("A and B were co-founded": "were" splits off "co")
        subject = next((c for t in [tok, *(a for a in tok.children if a.dep_ in {"aux", "auxpass"})]
                        for c in t.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    while subject is not None and subject.dep_ == "conj" and subject.head.i < subject.i and not any(m.start <= subject.i < m.end for m in candidates):
        subject = subject.head  # "Y is a Lima, Peru-based agency managed by X": the parser coordinates the place and the noun
    if subject is not None and subject.dep_ == "attr":  # "Y is an agency managed by X": Y is the copula's subject
        subject = next((c for c in subject.head.children if c.dep_ == "nsubj"), subject)
    return subject


def _passive_roles(ctx: DocContext, sent: Span) -> Iterator[Relation]:
    """"Y, a Bogota-based agency managed by X" / "Y is led by X": the organization's head named by the agent; also
    coordinated participles, subjects and agents ("A and B were co-founded and are controlled by X", "Y was run by
    siblings A, B, and C")."""
    doc = sent.doc
    lowers = token_words(doc)[1]
    for i in range(sent.start, sent.end - 1):
        if lowers[i + 1] != "by":
            continue  # the word first, a `Token` only before "by" (issue 18, S19)
        tok = doc[i]
        if tok.tag_ != "VBN":
            continue
        role, chain_start = _chain_role(doc, sent, tok.i + 1)
        if role is None:
            continue
        titled = _agent_title(ctx, sent, tok.i + 2)  # "The company is headed by general manager X"
        people = _agents(ctx, sent, titled.span_end if titled is not None else tok.i + 2)
        if not people:
            continue
        if titled is not None and not _rank(titled):
            role = titled.role  # "commanded by Brigadier General X": the verb's commander, a rank is no post
        candidates = [m for m in ctx.mentions_in(sent.start, chain_start) if m.alias_of is None and (m.label == "ORG" or _body_typed(ctx, m))]
        subject = _passive_subject(tok, candidates)
        adjacent = candidates[-1] if candidates and candidates[-1].end >= chain_start - 1 else None
        if adjacent is not None and (subject is None or subject.dep_ not in {"nsubj", "nsubjpass"}):
            org_mentions = [adjacent]  # "..., and Y, founded and owned by X": the body right before the reduced clause
        else:
            org_mentions = _subject_bodies(ctx, subject, candidates) if subject is not None else []
        if not org_mentions and candidates and tok.i - candidates[-1].end <= 12:
            org_mentions = [candidates[-1]]
        if gapped := _criterion_bodies(sent, chain_start, candidates):
            org_mentions = gapped  # "A is designated for ... by X, and B for ... by Y": B's; "A, B, and C for ...": each
        orgs = [o for o in (ctx.entity(m) for m in org_mentions) if o is not None]
        participle = next(i for i in range(chain_start, tok.i + 1) if doc[i].tag_ == "VBN")
        group = _group_before(ctx, sent, participle) if not org_mentions or org_mentions[0].end < participle - 2 else None
        if group is not None:
            refs = [group]  # "The Los Halcones faction, led by X": a group the model did not tag as a body
        else:
            refs = [ref(o) for o in orgs if o.type not in {"Person", "Country", "SanctionsProgram"} and not o.authority]
        if not refs and not org_mentions and subject is not None and (body := described_body(ctx, sent, subject.i)) is not None:
            refs = [ref(body)]  # "The militia is led by X": the body named before that "the militia" refers to
        pronoun = False
        if not refs and not org_mentions and subject is not None and subject.i == sent.start:
            refs = [ref(b) for b in _pronoun_bodies(ctx, sent, subject)]  # "Y is a shipping agency. It is headed by X"
            pronoun = bool(refs)
        former = any(t.lower_ in {"formerly", "previously", "once"} for t in doc[max(sent.start, chain_start - 3):tok.i])
        if pronoun:
            stance = _pronoun_stance(doc[participle], doc[max(sent.start, chain_start - 3):tok.i])
            if stance is None:
                continue  # "It is not / was never directed by X": no post (F1 item 4)
            former = former or not stance
        for person, org_ref in _agent_pairs(doc, sent, tok.i + 2, people, refs):
            yield relation("holds_role", ref(person), org_ref, sent, NAME, 0.7, role=role,
                           role_class=ctx.gaz.title_heads.get(role, "head"), current=not former)  # "was formerly chaired by X"


def _agent_pairs(doc: Doc, sent: Span, agents_start: int, people: list[Cluster], refs: list[EntityRef]) -> list[tuple[Cluster, EntityRef]]:
    """Each agent with each body, or with its own body where "respectively" closes the agents ("A and B are designated
    for being owned, controlled, or directed by X and Y, respectively": X's post at A, Y's at B; none when the counts
    differ). The rule gave both agents a post at every body; the name after "Cía." was cut off before BN's
    (thirty-second session) joined it, so one false post stood in the WRITE half."""
    if len(people) > 1 and any(t.lower_ == "respectively" for t in doc[agents_start:sent.end]):
        return list(zip(people, refs)) if len(people) == len(refs) else []
    return [(person, org_ref) for person in people for org_ref in refs]


#: Words of a designation criterion's passive chain between "for" and the participle before "by" ("for being owned,
#: controlled, or directed by", "for having been run by").
_CRITERION_CHAIN = frozenset({"being", "been", "having", ",", "or", "and"})


def _criterion_bodies(sent: Span, chain_start: int, candidates: list[Mention]) -> list[Mention]:
    """The bodies a designation criterion's passive chain ("for being owned, controlled, or directed by Y") is about
    when the parse cannot say: the bodies listed right before its "for". In a gapped clause ("A is being designated
    for being ... directed by X, and B for being ... directed by Y") the parser hangs B's verbless chain on A's
    clause, and the chain is B's alone (PE: three releases of the WRITE half gave Y a post at A); in a list before one
    criterion ("designated A, B, and C for being ... directed by X") it is each listed body's, not the last one's
    (thirty-first session, RE). Empty when one body stands alone before "for": the parse is read as before."""
    doc = sent.doc
    j = chain_start
    while j > sent.start and chain_start - j < 12 and (doc[j - 1].lower_ in _CRITERION_CHAIN or doc[j - 1].tag_ == "VBN"):
        j -= 1
    if j - 1 <= sent.start or doc[j - 1].lower_ != "for":
        return []
    ends = {m.end: m for m in candidates}
    bodies: list[Mention] = []
    k = j - 1
    while (body := ends.get(k)) is not None:
        if body.start > sent.start and doc[body.start - 1].tag_ == "IN":  # "owned by A, and B for", "on behalf of A"
            # the object of the clause before ends at ", and": the gap's boundary; a plain list ("of A, B, and C") is not
            return bodies if doc[k:bodies[0].start].text == ", and" else []
        bodies.insert(0, body)
        k = body.start
        while k > sent.start and doc[k - 1].lower_ in {",", "and"} and body.start - k < 2:
            k -= 1
        if k == body.start:
            break
    if len(bodies) == 1 and (bodies[0].start - 1 < sent.start or doc[bodies[0].start - 1].lower_ not in {"and", ","}):
        return []
    return bodies


#: Words that say the post ended: "It is no longer directed by X", "It was run by X until 2015" (F1 item 4).
ENDED_WORDS = frozenset({"until", "till", "to"})


def _pronoun_stance(participle: Token, before: Span) -> bool | None:
    """The stance of "It / Both ... by X" (R30's rule, whose body sits in the previous sentence, so the sentence-level
    stance filter never pairs it): None when negated ("is not directed", "was never run"), False when ended ("no
    longer", "until 2015", "from 2010 to 2015"), True otherwise (F1 item 4, M17)."""
    words = [t.lower_ for t in before]
    if "longer" in words and "no" in words:
        return False
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in participle.children) or "never" in words or "not" in words or "n't" in words:
        return None
    if any(c.dep_ == "prep" and c.lower_ in ENDED_WORDS and participle in (c.head, c.head.head) for c in participle.subtree):
        return False
    return True


def _pronoun_bodies(ctx: DocContext, sent: Span, subject: Token) -> list[Cluster]:
    """The bodies "It" / "Both" opening a passive sentence refer to (R30): those named in the previous sentence's
    subject ("Y, a Hong Kong company, received payments. It is directed by X"; "Y and Z employ cooks. Both are managed
    by X"): the first one for "It", every one for "Both". None when that subject names no body ("The scheme ... It
    was run by X")."""
    word = subject.lower_
    if word not in {"it", "both"} or sent.start == 0:
        return []
    previous = ctx.doc[sent.start - 1].sent
    head = next((c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if head is None:
        return []
    bodies: list[Cluster] = []
    for m in ctx.mentions_in(head.left_edge.i, head.right_edge.i + 1):
        body = ctx.entity(m)
        if body is not None and body.is_plain_body and not body.authority and body not in bodies:
            bodies.append(body)
    return bodies[:1] if word == "it" else bodies if len(bodies) > 1 else []


def _group_before(ctx: DocContext, sent: Span, participle: int) -> EntityRef | None:
    """"The Los Halcones faction, led by X" / "the Gran Lakou gang is led by X": capitalised words closed by a group
    noun right before the participle (a comma or "is" / "was" between)."""
    doc = sent.doc
    j = participle
    while j > sent.start and doc[j - 1].lower_ in {",", "is", "was", "reportedly", "also", "now", "still", "been", "has"}:
        j -= 1
    if j == participle or j - 1 < sent.start or doc[j - 1].lower_ not in ctx.gaz.group_nouns:
        return None
    start = j - 1
    while start > sent.start and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in {"the", "a", "an"} and j - start < 6:
        start -= 1
    end = _group_name_end(doc, start, j, ctx.gaz) if start < j - 1 else None
    return implied_ref(ctx, doc[start:end].text) if end == j and doc[end - 1].is_lower else None


def _body_typed(ctx: DocContext, m: Mention) -> bool:
    """A mention the model tagged otherwise whose entity the document shows is a body ("Halden Mora" of the
    company named in full before)."""
    cluster = ctx.entity(m)
    return cluster is not None and cluster.type in BODY_TYPES


def _verb_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"X, who heads Y" / "X leads Y": the verb names the post."""
    doc = sent.doc
    for m, cluster in people:
        j = _after_alias(doc, m)
        words: list[str] = []
        described = described_relative_end(ctx, j, sent.end)  # "X, a Lebanese businessman who manages Y"
        if described is not None:
            j, words = described, ["who"]
        start, in_aside = j, (j, j)
        while j < sent.end and doc[j].lower_ in VERB_LEAD_WORDS and len(words) < 4:
            words.append(doc[j].lower_)
            j += 1
        if j >= sent.end or not doc[j].tag_.startswith("VB") or doc[j].lemma_.lower() not in HEAD_VERBS and not _verb_and_head_verb(doc, sent, j):
            aside = _verb_after_aside(doc, m, start, sent.end)  # "X, a cousin of Y, directs Z", "X, 52, runs Z"
            if aside is None:
                continue
            j, words = aside
            in_aside = start, j
        if j >= sent.end or not doc[j].tag_.startswith("VB"):
            continue
        if _verb_and_head_verb(doc, sent, j):
            j += 2  # "X owns and manages Y", "X founded and leads Y": the verb next to the object states the post
        lemma = doc[j].lemma_.lower()
        if lemma not in HEAD_VERBS or _inside_phrase(doc, m, doc[j]) or _instructs(doc[j]):
            continue
        k = j + 1
        while k < sent.end and doc[k].lower_ in {"the", "a", "an"}:
            k += 1
        unit_ref = None
        named = _described_group_name(doc, k, sent.end, ctx.gaz)  # "lead the Maldives-based criminal gang X"
        group_end = _group_name_end(doc, k, sent.end, ctx.gaz) if named is None else None
        if group_end is not None and doc[group_end - 1].is_lower:
            org_ref = implied_ref(ctx, doc[k:group_end].text)  # "leads the Gran Lakou gang": the model rarely tags such names
        elif named is not None:
            found = ctx.resolver.mention_at(named[0])
            known = ctx.entity(found) if found is not None and found.label == "ORG" and found.start == named[0] else None
            org_ref = ref(known) if known is not None else implied_ref(ctx, doc[named[0]:named[1]].text)
        elif (unit_ref := named_unit(ctx, sent, doc[j])) is not None:
            org_ref = unit_ref  # "commands the cartel's armed wing, known as "Los X"": the named unit (PW)
        else:
            org = _verb_object(ctx, sent, j)
            if org is None and (org := described_body(ctx, sent, k)) is not None and any(  # "who leads the directorate"
                    ctx.entity(x) is org for x in ctx.mentions_in(*in_aside)):
                continue  # "X, a former official of Y, founded the company": not Y, named in X's aside
            if org is None or org.type in {"Person", "SanctionsProgram", "Country"}:
                continue
            org_ref = ref(org)
        role, role_class = verb_post(lemma)
        if org_ref is not None and named is None and group_end is None and unit_ref is None:
            role, role_class = unit_post(sent, j, role) or (role, role_class)
        former = doc[j].tag_ == "VBD" or "previously" in words
        subjects = [cluster] + ([c for _, c in _coordinated_before(doc, people, m)] if doc[j].tag_ in {"VBP", "VBD"} and not words else [])
        for subject in subjects:  # "A (A), B (B), and C (C) lead Y"
            yield relation("holds_role", ref(subject), org_ref, sent, NAME, 0.75, role=role, role_class=role_class, current=not former)


def _verb_and_head_verb(doc: Doc, sent: Span, j: int) -> bool:
    """"owns and manages Y", "founded and leads Y" at `j`: the second verb, next to the object, states the post."""
    return j + 2 < sent.end and doc[j + 1].lower_ == "and" and doc[j + 2].tag_.startswith("VB") and doc[j + 2].lemma_.lower() in HEAD_VERBS


#: Head verbs that, with an object and "to" + verb, give an order rather than state a post.
INSTRUCTING_LEMMAS = {"direct", "command"}


def _instructs(verb: Token) -> bool:
    """"X directed the Y Company to sell fuel", "X commanded the unit to fire": an order given to the body, no post
    (the verb's object is told to act; "X directs Y, which sells fuel" keeps the post). The parser may read "Y to
    <verb>" as a clause whose subject Y the verb modifies ("directed" an amod of "Bank", "Bank" the subject of
    "to freeze"): that clause is the order too. The rules and the learned scorer's filter (`roles_doc_filters.ordered`)
    both ask this."""
    if verb.lemma_.lower() not in INSTRUCTING_LEMMAS:
        return False
    clauses = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"}]
    if verb.dep_ == "amod" and verb.head.i > verb.i and verb.head.dep_ == "nsubj":
        clauses.append(verb.head.head)
    return any(c.i > verb.i and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in clauses)


#: What may hang on a name between it and its verb: an appositive ("a cousin of Y", "52"), a parenthesis
#: ("(also known as W)"), a relative clause ("who was born in 1970") and their punctuation. A conjunct is another
#: subject ("X, Y and Z run W": `_coordinated_before` reads those).
ASIDE_DEPS = {"punct", "appos", "relcl", "acl", "amod", "npadvmod", "nummod"}
ASIDE_ADVERBS = {"also", "currently", "now", "still", "reportedly", "has", "had", "previously"}
#: What may stand between a name and its verb ("X, who also heads Y", "X has previously run Y").
VERB_LEAD_WORDS = {",", "who"} | ASIDE_ADVERBS


def _verb_after_aside(doc: Doc, m: Mention, start: int, end: int) -> tuple[int, list[str]] | None:
    """The verb whose subject the name is, after an aside on the name that `start` opens with "," or "(" ("X, a
    cousin of Y, directs Z", "X, 52, runs Z", "X (also known as W) heads Z"), and the words (the aside's closing mark
    and "also", "previously", ...) between: (verb index, words). The aside's own names stay inside it: their roots are
    objects of its preposition, never the verb's subject (`_inside_phrase`)."""
    if start >= end or doc[start].text not in {",", "("}:
        return None
    root = doc[m.start:m.end].root
    verb = root.head
    if root.dep_ != "nsubj" or not start < verb.i < end or root.right_edge.i >= verb.i or root.right_edge.text not in {",", ")"}:
        return None
    if any(c.i >= m.end and c.dep_ not in ASIDE_DEPS for c in root.children):
        return None
    k = root.right_edge.i + 1
    words = [root.right_edge.text]
    while k < verb.i and doc[k].lower_ in ASIDE_ADVERBS:
        words.append(doc[k].lower_)
        k += 1
    return (verb.i, words) if k == verb.i else None


def described_body(ctx: DocContext, sent: Span, k: int) -> Cluster | None:
    """The body "the <noun>" at `k` refers back to when the noun closes its phrase: "who leads the directorate", "The
    militia is led by X" after "the Varnland Falcons, a militia". The resolver's antecedent of the noun
    (the previous sentence's topic body when "the <noun>" opens the sentence, else `DocResolver.last_of_kind`: the last body
    of its kind, or one whose name holds the noun), never an authority;
    "the group's finances", "the unit of Y", "the company director" are other phrases."""
    doc = sent.doc
    if not sent.start < k < sent.end or doc[k - 1].lower_ != "the" or not doc[k].is_lower or not refers_back(ctx.gaz, doc[k].lower_, ctx.resolver):
        return None
    if k + 1 < sent.end and (doc[k + 1].tag_ == "POS" or doc[k + 1].lower_ in {"of", "'s", "\u2019s"} or doc[k + 1].pos_ in {"NOUN", "PROPN"}):
        return None
    if defining_clause(doc[k]):
        return None  # "founded the company that buys fuel": a body the clause introduces, no antecedent (V4 finding 3)
    noun = doc[k].lower_
    body = None
    if k - 1 == sent.start:  # "X, a firm in Y, ships to Z. The company is run by W": the topic, X
        topic = previous_topic(ctx.resolver, sent)
        kind = ctx.gaz.anaphora_heads.get(noun)
        if topic is not None and (kind in {"Organization", topic.type} or noun in topic.name.lower().split()):
            body = topic
    body = body or ctx.resolver.last_of_kind(k, noun)
    return body if body is not None and body.is_plain_body and not _government_for(noun, body) else None


def defining_clause(noun: Token) -> bool:
    """"the company that buys the militia's fuel", "the firm owned by W": a relative clause or participle phrase
    without a comma before it says which body is meant, one the text introduces there (", which ..." does not), so
    "the <noun>" refers back to no body (the rules' `described_body`, the scorer's `roles_features._anaphors`)."""
    return any(c.dep_ in {"relcl", "acl"} and c.i > noun.i and noun.doc[noun.i + 1].text not in {",", "(", "-", "\u2014"}
               for c in noun.children)


def _government_for(noun: str, body: Cluster) -> bool:
    """A whole government is no "ministry", "agency" or "commission" though both are public bodies: "X is an official
    of the Government of Z. The ministry is run by W" names no body the text gave (review V3 finding 2)."""
    words = body.name.lower().rstrip(".").split()
    return noun != "government" and bool(words) and (words[0] == "government" and "of" in words[1:2] or words[-1] == "government")


def _inside_phrase(doc: Doc, m: Mention, verb: Token) -> bool:
    """The name sits inside another noun's phrase ("X, a cousin of Y, directs Z"): the verb after it
    belongs to the owner of that phrase, not to this name, unless it is a relative clause on the name
    itself ("a partner of Y, who runs Z" as the parser attaches it)."""
    root = doc[m.start:m.end].root
    if verb.dep_ == "relcl" and verb.head.i == root.i:
        return False
    return root.dep_ in {"pobj", "poss"} and root.head.i < m.start


VERB_ROLES = {"lead": "leader", "chair": "chairman", "manage": "manager", "co-found": "co-founder", "cofound": "co-founder"}


def verb_post(lemma: str) -> tuple[str, str]:
    """The post and its class a head verb states (a lemma of HEAD_VERBS). GUIDELINES: "leads" -> leader, "manages"
    -> manager; otherwise the class ("directs" -> director, "runs" -> head)."""
    role_class = HEAD_VERBS[lemma]
    return VERB_ROLES.get(lemma) or role_class, role_class


def _verb_object(ctx: DocContext, sent: Span, j: int, retype: bool = True) -> Cluster | None:
    """The organization a head verb governs: "heads the state gas giant Gazprom", "runs the Treasury's Office of ...".
    A place read there is made an organization ("heads Gazprom"), unless `retype` is off (then no body: a verb the
    parse ties to its holder from afar, `roles_head_verb`, is no evidence enough to retype a place)."""
    doc = sent.doc
    k = j + 1
    while k < sent.end and k - j <= 8 and (doc[k].lower_ in {"the", "all", "its", "a"} or (
            doc[k].is_lower and doc[k].tag_ in {"JJ", "NN", "NNS"} and ctx.resolver.mention_at(k) is None)
            or (doc[k].text == "-" and not doc[k].whitespace_ and k > j + 1 and doc[k - 1].is_lower)
            or (doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and doc[k].is_lower)):
        k += 1  # "who heads the state gas giant Gazprom", "runs the day-to-day shipping operations of Y"
    if k == j + 3 and doc[j + 1].lower_ == "the" and doc[j + 2].tag_ == "NN" and k < sent.end and _possessive(doc[k]):
        # "leads the cartel's logistics cell"; "oversaw the committee's valuation department" is no head of the body
        return _referred_owner(ctx, sent, k) if doc[j].lemma_.lower() in UNIT_HEAD_VERBS else None
    k = _after_place_modifier(doc, k, sent.end, ctx.resolver)  # "manages the Accra-based exporter Y"
    place = ctx.resolver.mention_at(k)
    if place is not None and place.end + 1 < sent.end and doc[place.end].text == "-" and doc[place.end + 1].lower_ in PLACE_PARTICIPLES:
        k = place.end + 2  # the model read the place before "-based" as an organization
        while k < sent.end and doc[k].is_lower and doc[k].tag_ in {"JJ", "NN"}:
            k += 1
    if k + 1 < sent.end and k > j + 1 and doc[k - 1].lower_ in UNIT_NOUNS | {"board", "operations"} and doc[k].lower_ in {"of", "at", "within"}:
        k += 2 if doc[k + 1].lower_ == "the" else 1  # "heads the procurement department of Y", "chairs the board of Y"
    elif (unit := _lower_unit_mention(ctx, sent, k)) is not None:
        k = _after_place_modifier(doc, unit, sent.end, ctx.resolver)  # "heads the foreign exchange department of Y"
    target = ctx.resolver.mention_at(k)
    while target is not None and target.end + 1 < sent.end and doc[target.end].tag_ == "POS" and ctx.resolver.mention_at(target.end + 1) is not None:
        target = ctx.resolver.mention_at(target.end + 1)  # "runs the Treasury's Office of ...": the possessed body
    if target is not None and target.end < sent.end and doc[target.end].tag_ == "NNS":
        return None  # "commands former ISIS members": the people are the object, the body only describes them
    if target is not None:
        target = _after_place_noun(ctx, sent, target)  # "runs the Tarsk software house Y": Y; "a Tarsk travel agency": none
    if target is not None and target.label in {"GPE", "NORP"}:
        if not retype:
            return None
        ctx.resolver.as_organization(target)  # "heads Gazprom": the verb says it is an organization
    return ctx.entity(target) if target is not None and target.label == "ORG" else None


def _lower_unit_mention(ctx: DocContext, sent: Span, k: int) -> int | None:
    """Where the body starts after a unit the model tagged an organization though it is all lower case and closed by a
    unit noun before "of" / "at" / "within" ("heads the foreign exchange department of Tehran-based Y"): a part of
    Y, named by what it does, no body of its own (the unit's name in capitals, "the Foreign Relations Department of
    Y", stays the body). None when no such unit stands at `k`. Twenty-eighth session, PV."""
    doc = sent.doc
    unit = ctx.resolver.mention_at(k)
    if unit is None or unit.start != k or unit.end + 1 >= sent.end or not all(t.is_lower for t in doc[unit.start:unit.end]):
        return None
    if doc[unit.end - 1].lower_ not in UNIT_NOUNS or doc[unit.end].lower_ not in {"of", "at", "within"}:
        return None
    return unit.end + (2 if doc[unit.end + 1].lower_ == "the" else 1)


#: Head verbs that make the holder of a unit of a body a head at that body ("leads the cartel's logistics cell").
UNIT_HEAD_VERBS = frozenset({"lead", "head", "command", "run", "direct", "chair"})


def _referred_owner(ctx: DocContext, sent: Span, k: int) -> Cluster | None:
    """A head verb's object owned by a body referred back to by its noun (R30): "leads the cartel's logistics cell",
    "heads the clan's enforcement wing", "commanded the police's Western Regional Directorate". A unit named after
    the possessive is the post's body; a lower-case unit noun (or "operations") is the referred body's own part, and
    the post is at that body ("the cartel", "the clan": `last_of_kind`). Anything else ("runs the group's
    accounts") states no post."""
    doc = sent.doc
    n = k + 1
    named = ctx.resolver.mention_at(n) if n < sent.end else None
    if named is not None and named.start == n:
        return ctx.entity(named) if named.label == "ORG" else None
    if _owned_unit_end(sent, k) is None:
        return None
    body = ctx.resolver.last_of_kind(k - 1, doc[k - 1].lower_)
    return body if body is not None and body.is_plain_body else None


def _owned_unit_end(sent: Span, k: int) -> int | None:
    """The end of the lower-case unit after the possessive at `k` ("the cartel's logistics cell"), if it ends in a unit
    noun (or "operations")."""
    doc = sent.doc
    n = k + 1
    while n < sent.end and n - k <= 4 and doc[n].is_lower and doc[n].tag_ in {"JJ", "NN", "NNS"}:
        n += 1
    return None if n == k + 1 or doc[n - 1].lower_ not in UNIT_NOUNS | {"operations"} else n


def unit_post(sent: Span, j: int, role: str) -> tuple[str, str] | None:
    """The post of the head verb at `j` over a unit of a body referred to by its noun ("heads the ministry's legal
    department", "chairs the company's audit committee", "leads the cartel's logistics cell"): the unit's head, not
    the body's (M12, review V6 item 1). The post stays at the body (GUIDELINES, synthetic README "Chains of bodies":
    an unnamed sub-unit gives the body it belongs to) with a role naming the unit and the class "official"."""
    doc = sent.doc
    k = j + 3
    if not (k < sent.end and doc[j + 1].lower_ == "the" and doc[j + 2].tag_ == "NN" and _possessive(doc[k])):
        return None
    end = _owned_unit_end(sent, k)
    if end is None:
        return None
    unit = doc[k + 1:end].text
    return (f"{role} of operations" if unit == "operations" else f"{role} of the {unit}"), "official"


def _after_place_noun(ctx: DocContext, sent: Span, place: Mention) -> Mention | None:
    """A name that opens a lower-case noun phrase only locates it when a body is named right after the phrase ("runs
    the Tarsk software house Velmont LLC", the model may tag "Tarsk" a body): that body is the verb's object. A place
    there and no body after ("runs a Tarsk real estate agency") gives none; a place followed by no noun is itself the
    object, a body the model read as a place ("heads Gazprom"), and a body before a noun stays ("runs the Velmont
    shipping business")."""
    doc = sent.doc
    n = place.end
    while n < sent.end and n - place.end < 5 and doc[n].is_lower and doc[n].tag_ in {"NN", "NNS", "JJ"}:
        n += 1
    if n == place.end:
        return place
    after = ctx.resolver.mention_at(n) if n < sent.end else None
    if after is not None and after.start == n and after.label == "ORG":
        return after
    return None if place.label in {"GPE", "NORP"} else place


ROLE_VERBS = {"hold", "maintain", "have", "occupy", "assume", "take", "play", "retain"}
ROLE_NOUNS = {"role", "position", "post"}
POST_MODIFIERS = {"leadership": "head", "management": "director", "managerial": "director", "executive": "director",
                  "senior": "member", "command": "commander", "supervisory": "director", "board": "member"}


def _role_noun_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"X holds / maintains a leadership role at Y", "X has a senior position in Y": a post named by its kind.

    "role" needs a modifier that makes it a post ("played a role in the scheme" is none); "position" / "post" need not.
    """
    doc = sent.doc
    for m, cluster in people:
        j = _after_alias(doc, m)
        while j < sent.end and j - m.end < 6 and doc[j].lower_ in VERB_LEAD_WORDS:
            j += 1
        if j >= sent.end or doc[j].lemma_.lower() not in ROLE_VERBS or not doc[j].tag_.startswith("VB"):
            continue
        k = j + 1
        while k < sent.end and k - j <= 4 and doc[k].is_lower and doc[k].lower_ not in ROLE_NOUNS and doc[k].tag_ in {"DT", "JJ", "NN", "PRP$", "RB"}:
            k += 1
        if k + 1 >= sent.end or doc[k].lower_ not in ROLE_NOUNS or doc[k + 1].lower_ not in {"at", "in", "for", "with", "within"}:
            continue
        modifiers = [t.lower_ for t in doc[j + 1:k] if t.lower_ in POST_MODIFIERS]
        if doc[k].lower_ == "role" and not modifiers:
            continue
        n = k + 2
        while n < sent.end and doc[n].lower_ in {"the", "its"}:
            n += 1
        target = ctx.resolver.mention_at(n)
        org = ctx.entity(target) if target is not None and target.start == n and target.label == "ORG" else None
        if org is None or org.type in {"Person", "SanctionsProgram", "Country"} or org.authority:
            continue
        if target.end < sent.end and _possessive(doc[target.end]):  # type: ignore[union-attr]
            continue  # "a leadership role in Y's smuggling scheme": a part in an activity, not a post at Y
        role = " ".join([*modifiers, doc[k].lower_])
        role_class = POST_MODIFIERS[modifiers[0]] if modifiers else "member"
        yield relation("holds_role", ref(cluster), ref(org), sent, NAME, 0.7, role=role, role_class=role_class,
                       current=not (doc[j].tag_ == "VBD" or "previously" in {t.lower_ for t in doc[m.end:j]}))


CRITERION_WORDS = {"being", "having", "been", "served", "serving", "as", "or", "current", "former", "a", "an", "foreign", "person", "persons", "individual", "individuals", "who", "that",
                   "is", "are", "was", "were", "has", "have", "each", "the", ","}
DESIGNATING_LEMMAS = {"designate", "redesignate", "sanction", "target", "list"}


def _criterion_roles(ctx: DocContext, sent: Span, titles: list[Title], people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"A, B and C were designated ... for being or having been leaders or officials of Y": the designation's criterion
    states that each designee holds a post at Y (which one is left open, so the role is the whole disjunction)."""
    doc = sent.doc
    for run in _title_disjunctions(doc, titles):
        first = run[0]
        j = first.phrase_start
        while j > sent.start and doc[j - 1].lower_ in CRITERION_WORDS:
            j -= 1
        words = {t.lower_ for t in doc[j:first.phrase_start]}
        if j <= sent.start or doc[j - 1].lower_ != "for" or not words & {"being", "been"}:
            continue
        title = next((t for t in reversed(run) if t.org is not None or t.org_name), None)
        if title is None:
            continue
        for _, cluster in _designees_before(ctx, sent, people, j - 1):
            rel = _emit(ctx, sent, cluster, replace(title, role=_disjunction_text(doc, run, title), role_class="member", plural=False), 0.65)
            if rel:
                yield rel


def _title_disjunctions(doc: Doc, titles: list[Title]) -> list[list[Title]]:
    """Titles joined by "or" ("leaders or officials of Y", "a leader, official, ... or member of the board of Y"), and single titles."""
    runs: list[list[Title]] = []
    for title in titles:
        if runs:
            between = [t.lower_ for t in doc[runs[-1][-1].span_end:title.phrase_start]]
            if between and len(between) <= 4 and all(w in {",", "or", "a", "an", "of", "the", "board"} for w in between) and (
                    "or" in between or "," in between or between == ["of", "the", "board", "of"]):  # "... or member of the board of directors"
                runs[-1].append(title)
                continue
        runs.append([title])
    return runs  # one title is a criterion too: "for being officials of the WPK"


def _disjunction_text(doc: Doc, run: list[Title], org_title: Title) -> str:
    """"leaders or officials" -> "leader or official": the posts named, each in the singular."""
    words = []
    for tok in doc[run[0].start:org_title.end]:
        text = tok.text
        if tok.tag_ == "NNS" and not (tok.i > 0 and doc[tok.i - 1].lower_ == "of"):
            text = singular(text)
        words.append(text + tok.whitespace_)
    return "".join(words).strip()


def _designees_before(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]], limit: int) -> list[tuple[Mention, Cluster]]:
    """The people a designation sentence is about: a list opening the sentence, or the object of "designating"."""
    doc = sent.doc
    by_start = {m.start: (m, c) for m, c in people}
    for m, cluster in people:
        if m.start >= limit:
            break
        j = m.start - 1
        while j >= sent.start and (doc[j].is_space or doc[j].lower_ in {"the", "also"}):
            j -= 1
        opens = j < sent.start
        after_verb = j >= sent.start and doc[j].tag_.startswith("VB") and doc[j].lemma_.lower() in DESIGNATING_LEMMAS
        if opens or after_verb:
            return [(m, cluster)] + [p for p in _coordinated_people(doc, by_start, m, limit)]
        return []
    return []


BOARD_LEAD = {"is", "was", "also", "has", "had", "been", "sits", "sat", "serves", "served", "currently", "previously", "formerly", "still",
              "remains", "seat", "sit"}


def _board_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"X is also on the board of directors for Y", "X sits on the board of Y": a board member of Y."""
    doc = sent.doc
    for m, cluster in people:
        j = _after_alias(doc, m)
        start = j
        while j < sent.end and j - start < 4 and doc[j].lower_ in BOARD_LEAD:
            j += 1
        owner = ctx.resolver.mention_at(j + 1) if j + 1 < sent.end and doc[j].lower_ == "on" and j > start else None
        if owner is not None and owner.start == j + 1 and owner.end + 1 < sent.end and doc[owner.end].tag_ == "POS" \
                and doc[owner.end + 1].lower_ == "board":
            k = owner.end + 2  # "serves on Y's board of directors"
        elif j == start or j + 2 >= sent.end or [t.lower_ for t in doc[j:j + 3]] != ["on", "the", "board"]:
            continue
        else:
            k, owner = j + 3, None
        if owner is not None:
            org = ctx.entity(owner) if owner.label == "ORG" else None
            if org is not None and org.type not in {"Person", "SanctionsProgram", "Country"} and not org.authority:
                yield relation("holds_role", ref(cluster), ref(org), sent, NAME, 0.75, role="member of the board of directors",
                               role_class="member", current=not {t.lower_ for t in doc[start:j]} & {"was", "had", "sat", "served", "previously", "formerly"})
            continue
        if k + 1 < sent.end and doc[k].lower_ == "of" and doc[k + 1].lower_ == "directors":
            k += 2
        if k + 1 >= sent.end or doc[k].lower_ not in {"of", "for", "at"}:
            continue
        n = k + 1
        while n < sent.end and doc[n].lower_ == "the":
            n += 1
        target = ctx.resolver.mention_at(n)
        org = ctx.entity(target) if target is not None and target.start == n and target.label == "ORG" else None
        if org is None or org.type in {"Person", "SanctionsProgram", "Country"} or org.authority:
            continue
        words = {t.lower_ for t in doc[start:j]}
        yield relation("holds_role", ref(cluster), ref(org), sent, NAME, 0.75, role="member of the board of directors",
                       role_class="member", current=not words & {"was", "had", "sat", "served", "previously", "formerly"})
