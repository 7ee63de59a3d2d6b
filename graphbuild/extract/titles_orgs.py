"""Where a title's organization is found when it is not the title's own complement: a name run on
before the title, the employer of "worked for Y as", an affiliated group, a coordinated body.

Helpers of `titles._build`, kept apart so that each module stays readable.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..names import name_key
from ..nlp.coref import Cluster, DocResolver, refers_back
from ..nlp.described_heads import described_bodies
from ..nlp.gazetteers import Gazetteers
from ..nlp.mentions import Mention
from ..records import BODY_TYPES
from .titles_parts import _group_name_end
from .titles_words import _head_at


STATE_ROLE_CLASSES = {"minister", "official", "deputy", "diplomat", "secretary"}
STATE_POST_HEADS = {"official", "prosecutor", "judge", "lawmaker", "legislator", "ambassador"}
#: Heads of a state's class that are also private jobs ("a Mexican private investigator", "a Lebanese marriage
#: counselor"): a nationality before them names the holder's country, not an employer, so they fall back to no
#: "Government of X" (the gold gives these posts only with a named body: "a counselor at the DPRK Embassy"). Review RP
#: of 21460e9, twenty-sixth session.
PRIVATE_TOO_HEADS = {"investigator", "counselor", "counsellor"}
#: Heads of a state's prosecution named with their country ("Peru's Attorney General, X"): the fallback body is that
#: country's government (GUIDELINES), never the U.S. one, whose Attorney General heads the Department of Justice (H4).
FOREIGN_STATE_POST_HEADS = {"attorney general", "prosecutor general"}


def _person_tagged_field(doc: Doc, mention: object, j: int, k: int, head: str, gaz: Gazetteers) -> bool:
    """"vice-minister of Trade Policies in ...": the model tagged a minister's field as a person.

    A minister's post is never "of" a person, so a PERSON span right after "minister of" that a
    preposition or list punctuation closes is read as the field ("Minister of Defense Ivan X" keeps X).
    """
    end = mention.end  # type: ignore[attr-defined]
    return (gaz.title_heads.get(head) == "minister" and doc[j].lower_ == "of" and mention.start == k  # type: ignore[attr-defined]
            and end < len(doc) and doc[end].lower_ in {"in", "at", "since", "from", "until", "and", ","})


def _prefix_name_end(doc: Doc, ctx: DocResolver, gaz: Gazetteers, prefix_start: int, start: int, head: int, org: Cluster) -> int:
    """"State Duma members": where the model's span ("State") stopped short, the capitalised words that are no title
    modifiers continue the organization's name; the title starts after them."""
    j = start
    while j < head and ctx.mention_at(j) is None and (doc[j].text[:1].isupper() and doc[j].lower_ not in gaz.title_modifiers or (
            doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and j + 1 < head and doc[j + 1].text[:1].isupper())):
        j += 1  # "ABC" + "-QF": a hyphen inside the acronym continues it
    return j if j > start and _prefix_cluster(ctx, doc[prefix_start:j].text) is not None else start


def acronym_opening(doc: Doc, close: int, floor: int) -> int | None:
    """Index of the "(" of "(ACR)" / "(ACR-AF)" closed at token `close`, else None."""
    if close < 2 or doc[close].text != ")":
        return None
    opening = next((k for k in range(close - 1, max(floor, close - 5) - 1, -1) if doc[k].text == "("), None)
    if opening is None or opening == close - 1:
        return None
    inner = doc[opening + 1:close]
    if not all((t.text.isupper() and t.is_alpha) or t.text == "-" for t in inner) or len(inner.text.replace("-", "")) < 2:
        return None
    return opening


def _parenthesised_body(doc: Doc, ctx: DocResolver, close: int, floor: int) -> tuple[Cluster, int] | None:
    """(body, first token) of "Y (ACR)" ending at the ")" token `close`: in "Y (ACR) Brigadier General X" the body
    and the acronym it is given open a capitalised title, as "Y Brigadier General X" would."""
    opening = acronym_opening(doc, close, floor)
    if opening is None or opening - 1 < floor:
        return None
    mention = ctx.mention_at(opening - 1)
    if mention is None or mention.label != "ORG" or mention.end != opening or mention.start < floor:
        return None
    cluster = ctx.cluster_of(mention)
    return (cluster, mention.start) if cluster is not None and cluster.type not in {"Person", "Country"} else None


def _body_in(ctx: DocResolver, start: int, end: int, authorities: bool = False) -> Cluster | None:
    """The first organization mentioned in tokens start..end (an authority only when `authorities`), past an owner
    written as the possessor of the next body: "the Ministry's Special Operations Group and its commander, X" is the
    group's commander (M26, F1 item 5b: N7's split of "<owner>'s <unit>" made "its" the owner)."""
    for k in range(start, end):
        m = ctx.mention_at(k)
        if m is not None and _possessor_of_body(ctx, m, end):
            continue
        if m is None and ctx.doc[k].text[:1].isupper() and (known := _untagged_known_body(ctx.doc, ctx, k, end)) is not None:
            return known[0]  # "SKAIC's procurement": an acronym the model tagged only where the document defined it
        cluster = ctx.cluster_of(m) if m is not None else None
        if cluster is not None and cluster.type in BODY_TYPES and (authorities or not cluster.stands_for_authority):
            return cluster  # by the entity's type, not the mention's label ("Hizballah" read as a person here only)
    return None


def _possessor_of_body(ctx: DocResolver, m: Mention, end: int) -> bool:
    """The mention is followed by a possessive "'s" / "'" and the name of another body ("<owner>'s <unit>")."""
    doc = ctx.doc
    if m.end + 1 >= end or doc[m.end].tag_ != "POS":
        return False
    unit = ctx.mention_at(m.end + 1)
    cluster = ctx.cluster_of(unit) if unit is not None else None
    return cluster is not None and cluster.type in BODY_TYPES and unit.start == m.end + 1


def _depth(token: Token) -> int:
    """Arcs from a token up to its sentence's root."""
    steps = 0
    while token.head.i != token.i and steps < 30:
        token, steps = token.head, steps + 1
    return steps


def _topic_body(ctx: DocResolver, sent: Span) -> Cluster | None:
    """The body a sentence is about (R22): the first its subject names, else the body named highest in its parse ("OFAC
    is designating Y, a firm that received Z contracts": Y, not Z; "- Y, a company that operates under protection of
    Z units.": Y; "Also sanctioned today is Y, a company that uses financing from Z": Y). Authorities are the actors
    of a release, never its topic, even of a sentence that names no other body ("OFAC said the company hid the cargo's
    origin. Its director, X": the company, not OFAC; review RWB, thirty-fourth session). A body in a
    phrase that only modifies the subject's common noun ("Payments for A and B passed through Y, a shell company") is
    no subject's body: the subject is the payments, and the body named highest is Y (WB, thirty-fourth session)."""
    best: tuple[int, int, Cluster] | None = None
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    for m in ctx.mentions:
        if m.end <= sent.start or m.start >= sent.end:
            continue  # a name the sentence splitter cut ("OOO | Vostok-Kompozit, located in ...") still counts
        if m.extra.get("portfolio"):
            continue  # "Under Secretary ... for Terrorism and Financial Intelligence": a post's field, no body
        cluster = ctx.cluster_of(m)
        if cluster is None or not cluster.is_plain_body:
            continue
        in_subject = (subject is not None and m.start <= subject.right_edge.i and m.end > subject.left_edge.i
                      and not _modifies_subject_noun(ctx.doc[m.start:m.end].root, subject))
        key = (0, m.start) if in_subject else (1, _depth(ctx.doc[m.start:m.end].root))  # the subject's first body
        if best is None or key < best[:2]:
            best = (*key, cluster)
    return best[2] if best is not None else None


def _modifies_subject_noun(root: Token, subject: Token) -> bool:
    """The name hangs on the subject through a preposition of the subject's common noun ("Payments for Y", "A
    stake in Y"): the subject is that noun, not the body named inside it."""
    if subject.pos_ != "NOUN":
        return False
    tok = root
    while tok.i != subject.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == subject.i:
            return True
        tok = tok.head
    return False


#: Sentences "It ..." or of the same paragraph naming no body, stepped over back to the one that names what "it" is (H1).
TOPIC_STEPS = 3


def previous_topic(ctx: DocResolver, sent: Span, its: bool = False) -> Cluster | None:
    """The body the sentence before `sent` is about (`_topic_body`): what "Its director, X" (`_its_antecedent`) and "The
    company is run by X" (roles_prose.described_body) refer back to when they open `sent`. A sentence whose subject is
    "it" ("Y is a trader. It ships fuel to Z. Its director, X, ...") is about the body of the one before it, not the
    body it names as an object (sixteenth session, H1). For "its" (`its`), so is a sentence of the same paragraph that
    names no body ("Y is a trader.\n\nThe company's chairman, A, is listed. A once worked at a Moscow bank. Its
    finance chief, X, ...": Y, not the last body named before, often a place the model read as an organization; WB,
    thirty-fourth session). "The network's accountant" after "A is the gang's leader" keeps the body the noun describes
    (`DocResolver.last_of_kind`), and a paragraph that opens with "The organization is led by X" is about no body of
    the quote before it. A sentence whose subject is "the <noun>" is not stepped over: it is about what the noun refers
    to (`_noun_body`; review RWB, thirty-fourth session)."""
    if sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    for _ in range(TOPIC_STEPS):
        if before.start == 0:
            break
        if not (_it_subject(before) or _subject_refers_back(ctx, before)):
            if not (its and "\n" not in ctx.doc.text[before.start_char:sent.start_char] and _topic_body(ctx, before) is None):
                break
            if (noun := _definite_subject(before)) is not None:  # "Y armed the Z Militia. The militia raids ...": Z
                return _noun_body(ctx, noun, _topic_body(ctx, ctx.doc[before.start - 1].sent))
        before = ctx.doc[before.start - 1].sent
    return _topic_body(ctx, before)


def _definite_subject(sent: Span) -> Token | None:
    """The subject's noun when it is a common noun after "the"/"this"/"that" with no possessor ("The militia has
    attacked villages", "The tanker loaded crude"): the sentence is about what that noun refers to, which need not be
    the body the sentence before is about (review RWB, thirty-fourth session)."""
    subject = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"}), None)  # "The network smuggles fuel": a
    if subject is None or subject.pos_ != "NOUN" or not subject.is_lower:  # parse may hang it below the root
        return None
    dets = [c for c in subject.children if c.dep_ in {"det", "poss"}]
    return subject if len(dets) == 1 and dets[0].lower_ in {"the", "this", "that"} else None


def _noun_body(ctx: DocResolver, noun: Token, topic: Cluster | None) -> Cluster | None:
    """The plain body "the <noun>" refers back to: one whose name holds the noun ("the militia" after "Y armed the Z
    Militia": Z), else the `topic` of the sentence before when its kind fits the noun ("Y has become a hub across Z's
    networks. The group was designated in 2018": Y), else the resolver's; None for no body ("the tanker", "the
    rebels": the post's body is left to the fallback)."""
    low = noun.lower_
    if not refers_back(ctx.gaz, low, ctx):
        return None
    named = ctx.last_of_kind(noun.i, low)
    if named is not None and named.is_plain_body and low in named.name.lower().split():
        return named
    if topic is not None and (ctx.gaz.anaphora_heads.get(low) == topic.type or low in topic.name.lower().split()):
        return topic
    return named if named is not None and named.is_plain_body else None


def _it_subject(sent: Span) -> bool:
    """The sentence opens with "It", the subject ("It has built warehouses and sends ..."); an "it" later in the
    sentence ("Y is not designated; it was placed in liquidation") follows the body the sentence names first."""
    first = sent[0]
    return first.lower_ == "it" and first.dep_ in {"nsubj", "nsubjpass"}


def _subject_refers_back(ctx: DocResolver, sent: Span) -> bool:
    """The sentence's subject names no body but refers back to one ("A stake in the company went to Z, ...", "Its
    fleet was sold to Z"), and its verb is no copula: the sentence is about the body of the one before it, and Z, named
    as an object, is not what a later "the company's board" or "its director" means (F, twenty-fifth session: the
    post went to Z)."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or sent.root.lemma_ == "be":
        return False  # "The directorate's main company is Y": the copula names what the sentence is about
    words = list(subject.subtree)
    if any((m := ctx.mention_at(t.i)) is not None and (c := ctx.cluster_of(m)) is not None and c.is_plain_body for t in words):
        return False
    after = subject.right_edge.i + 1
    if after < sent.end and ctx.mention_at(after) is not None:
        return False  # "The opposition | Maldivian Democratic Party said": the parser cut the name off the subject
    return any(t.lower_ == "its" and t.dep_ == "poss" or t.dep_ == "pobj" and t.is_lower and t.pos_ == "NOUN"
               and refers_back(ctx.gaz, t.lower_, ctx) and any(d.dep_ == "det" and d.lower_ == "the" for d in t.children)
               for t in words)


def topic_possessor(ctx: DocResolver, sent: Span, at: int, noun: str | None = None) -> Cluster | None:
    """The body "its" (`noun` None) or "the <noun>'s" at token `at` refers back to when no body is named before it in
    its own sentence: the previous sentence's topic (`previous_topic`) when its kind fits the noun, not the body named
    last, which is most often an object there ("Y resold radars to Z. X is its director": Y; "Y bought fuel from Z.
    The company's director, X, ...": Y). Sixteenth session, H1."""
    if _body_in(ctx, sent.start, at) is not None:
        return None  # "Z, a shipyard, bought them, and X is its director": the body of its own sentence (the resolver's)
    kind = ctx.gaz.anaphora_heads.get(noun) if noun is not None else None
    if kind == "Organization" and (named := ctx.last_of_kind(at, noun)) is not None and noun in named.name.lower().split():
        return None  # "the group's launderer" after "the Zorvath Group": a generic noun, and the body whose name holds it
    topic = previous_topic(ctx, sent, noun is None)
    if topic is None:  # previous_topic gives a plain body or nothing
        return None
    if noun is None:
        return topic
    return topic if kind == topic.type or noun in topic.name.lower().split() else None


def last_body_for_its(ctx: DocResolver, sent: Span, its: int) -> Cluster | None:
    """The body "its" at `its` falls back to when the syntax names none: the resolver's last organization, unless that
    one is named only before the sentence while the sentence names a body before "its" ("Y, a trucking company, moves
    cash across the border; its general manager is X" after "Z, a drug trafficking organization": Y, not the body the
    resolver prefers as one described as an "organization"). Twenty-first session, H12."""
    chosen = ctx.last_of_kind(its, "organization")
    here = _body_in(ctx, sent.start, its)
    if here is None or chosen is None or chosen is here:
        return chosen
    named_here = any(sent.start <= m.start < its and ctx.cluster_of(m) is chosen for m in ctx.mentions)
    return chosen if named_here else here


def _its_antecedent(doc: Doc, ctx: DocResolver, its: int, sent: Span) -> Cluster | None:
    """The body "its" names before a title, from the syntax; None leaves it to the last organization named.

    "Y (Short), a PRC-based maker of X, and its general manager, Z": the body the title's phrase is coordinated with;
    "Y's procurement is run by its managing director, Z": the body in the clause's subject; "Its general director, Z,
    signed ..." opening a sentence, or opening a clause after ";": the body the previous sentence or clause is about.
    The last organization named before is often inside a description ("maker of amplifiers for Iranian drones") or an object, not the topic.
    """
    noun = doc[its].head
    first = noun
    while first.dep_ in {"conj", "appos"} and first.head.i < first.i:
        first = first.head
        if (body := _body_in(ctx, first.left_edge.i, min(first.i + 1, its))) is not None:
            return body  # "A and its owner, X, as well as B and its manager, Y": the nearest body of the chain
    if first is not noun and (body := _body_in(ctx, first.left_edge.i, min(first.right_edge.i + 1, its))) is not None:
        return body
    verb = noun.head if noun.dep_ in {"pobj", "agent"} else noun
    while verb.dep_ in {"prep", "agent", "pobj", "dobj", "attr", "appos"} and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < its), None)
    if subject is not None and (body := _body_in(ctx, subject.left_edge.i, subject.right_edge.i + 1)) is not None:
        return body
    if verb.dep_ == "relcl" and verb.head.i < its and (body := _body_in(ctx, verb.head.left_edge.i, verb.head.i + 1, True)) is not None:
        return body  # "X, a longtime OFAC official who serves as its deputy director": the body of the descriptor
    if (body := _coordinated_clause_body(ctx, verb, its)) is not None:
        return body
    if its - 1 > sent.start and doc[its - 1].text == ";" and (body := _topic_body(ctx, doc[sent.start:its - 1])) is not None:
        return body  # "Y searched Z's offices in W; its director, X, said": the clause before is about Y (WB, 34th)
    opens = its == sent.start or (subject is not None and subject.left_edge.i == sent.start and subject.i < its
                                  and doc[sent.start].lower_ == "the" and subject.i == sent.start + 1
                                  and doc[subject.i].lower_ in ctx.gaz.anaphora_heads)  # "The company is run by its ..."
    return previous_topic(ctx, sent, its == sent.start) if opens else None


#: Arcs from a person named in a clause up to the clause's verb ("Y is controlled by <X's wife>, <Z>, who ...").
_UP_TO_VERB = {"appos", "pobj", "agent", "prep", "dobj", "attr"}


def _object_body(ctx: DocResolver, verb: Token, its: int) -> Cluster | None:
    """The body a clause's direct object names before "its": a mention ("founded Y, a firm that won contracts from
    Z": Y, the object's first body, not Z inside its description) or "the <noun>" referring back ("founded the
    organization")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < its), None)
    if obj is None:
        return None
    if obj.is_lower and any(d.dep_ == "det" and d.lower_ == "the" for d in obj.children) and refers_back(ctx.gaz, obj.lower_, ctx):
        body = ctx.last_of_kind(obj.i, obj.lower_)
        return body if body is not None and body.is_plain_body else None
    return _body_in(ctx, obj.left_edge.i, min(obj.right_edge.i + 1, its))


def _coordinated_clause_body(ctx: DocResolver, verb: Token, its: int) -> Cluster | None:
    """The body "its" names when its own clause names none but hangs on a clause that does (thirty-second session, CO).

    "X founded Y, a firm that won contracts from Z, and he serves as its director": the object of the clause it is
    coordinated with (the nearest before it first), not Z, the last body named; "X founded the organization and remains
    its leader": the body "the organization" refers to; "Y, which X founded and which is run by its chief executive":
    the body the first relative clause describes; "Y is controlled by X's wife, Z, who has been its managing partner":
    the subject of the clause the person of the relative clause is named in."""
    if verb.dep_ == "relcl" and verb.head.i < its:
        up = verb.head
        while up.dep_ in _UP_TO_VERB and up.head.i != up.i:
            up = up.head
        subject = next((c for c in up.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < its), None) if up.pos_ in {"VERB", "AUX"} else None
        return _body_in(ctx, subject.left_edge.i, subject.right_edge.i + 1) if subject is not None else None
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    head = verb.head
    if head.dep_ == "relcl" and head.head.i < its and (body := _body_in(ctx, head.head.left_edge.i, head.head.i + 1, True)) is not None:
        return body
    before = sorted((c for c in head.children if c.dep_ == "conj" and c.i < verb.i), key=lambda c: -c.i)
    for clause in [*before, head]:
        if (body := _object_body(ctx, clause, its)) is not None:
            return body
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return _body_in(ctx, subject.left_edge.i, subject.right_edge.i + 1) if subject is not None else None


def _previous_item_body(doc: Doc, ctx: DocResolver, sent: Span, noun: str, gaz: Gazetteers) -> Cluster | None:
    """"- Y Co., Ltd., a maker of engines sold to Z; and" then "- X, the company's export manager": in a bulleted list,
    "the company" is the body the previous item opens with, not the last one named inside its description."""
    kind = gaz.anaphora_heads.get(noun)
    if kind is None or sent.start < 2 or not sent.text.lstrip().startswith(("-", "\u2022", "*")):
        return None
    before = doc[sent.start - 1].sent
    if not before.text.lstrip().startswith(("-", "\u2022", "*")):
        return None
    first = next((m for k in range(before.start, before.end) if (m := ctx.mention_at(k)) is not None), None)
    cluster = ctx.cluster_of(first) if first is not None and first.label == "ORG" else None
    if cluster is None or cluster.authority or (kind != "Organization" and cluster.type != kind):
        return None
    return cluster


def _descriptor_word(doc: Doc, ctx: DocResolver, k: int) -> bool:
    """A word of the descriptor between a body and "whose": lower case and no name, or the place of a "<Place>-based"
    compound ("Y, a Türkiye-based company whose general manager, X": the place describes Y, it names no other body;
    nlp/mentions labels such a place GPE whatever the model read; RBN, thirty-second session)."""
    if ctx.mention_at(k) is None and doc[k].is_lower:
        return True
    if doc[k].text == "-":
        return k + 1 < len(doc) and doc[k + 1].lower_ == "based"
    place = ctx.mention_at(k)
    return place is not None and place.label in {"GPE", "LOC"} and place.end + 1 < len(doc) \
        and doc[place.end].text == "-" and doc[place.end + 1].lower_ == "based"


def _whose_antecedent(doc: Doc, ctx: DocResolver, whose: int, floor: int) -> Cluster | None:
    """The body "whose" at token `whose` is about: the organization right before ", whose" ("Norvik Mining, whose
    director is X"), or, for "and whose" coordinated with an earlier ", whose" clause, that clause's body ("..., whose
    director is A and whose accountant is B")."""
    for _ in range(3):
        if whose - 2 < floor:
            return None
        if doc[whose - 1].tag_ in {"NN", "NNS"}:  # "Y, a cattle ranching company whose manager, X": past the descriptor
            comma = next((k for k in range(whose - 2, max(floor, whose - 9), -1) if doc[k].text == ","), None)
            if comma is not None and doc[comma + 1].lower_ in {"a", "an", "the"} and all(
                    _descriptor_word(doc, ctx, k) for k in range(comma + 1, whose)):
                whose = comma + 1
        if doc[whose - 1].text == ",":
            last = whose - 2
            if doc[last].text == ")":  # "the Financial Intelligence Unit of X (CENTIF), whose president, Y": past the acronym
                last = next((x - 1 for x in range(last - 1, max(floor, last - 8), -1) if doc[x].text == "("), last)
            owner = ctx.mention_at(last)
            found = ctx.cluster_of(owner) if owner is not None and owner.label == "ORG" and owner.end == last + 1 else None
            return found if found is not None and found.type not in {"Person", "Country", "SanctionsProgram"} else None
        if doc[whose - 1].lower_ != "and":
            return None
        earlier = next((k for k in range(whose - 2, floor, -1) if doc[k].lower_ == "whose"), None)
        if earlier is None:
            return None
        whose = earlier
    return None


def _prefix_cluster(ctx: DocResolver, text: str) -> Cluster | None:
    """The document's organization one of whose forms is exactly `text`, preferring one whose name contains it
    ("State Duma" of "State Duma of the Federal Assembly", not a body the model's split span tied the alias to)."""
    key = name_key(text)
    found = [c for c in ctx.clusters if c.type != "Person" and any(name_key(f) == key for f in c.forms)]
    found = [c for c in found if c.type != "Country"] or found  # a body before the place the model once took the acronym for
    return next((c for c in found if f" {key} " in f" {name_key(c.name)} "), found[0] if found else None)


def cut_short_form(doc: Doc, ctx: DocResolver, owner: Mention, floor: int) -> tuple[Cluster, int] | None:
    """(body, start) when the possessor `owner` lost the opening words of a body's short name to the model: "Marlen
    Ridge's director" tagged "Ridge" alone, "Harbin Tolvan's legal representative" read as two places, after "Marlen
    Ridge Ship Management Pvt. Ltd." or "Harbin Tolvan Biotechnology Co., Ltd." named in full before. The capitalised
    words before `owner` (untagged or places) with it open the name of exactly one plain body named earlier."""
    start = owner.start
    while start - 1 >= floor and owner.start - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ not in {"the", "a", "an"}:
        before = ctx.mention_at(start - 1)
        if before is not None and (before.label not in {"GPE", "NORP"} or before.end != start):
            break
        start = before.start if before is not None else start - 1
    words = name_key(doc[start:owner.end].text).split()
    if start == owner.start or not words or words == name_key(owner.text).split():
        return None
    bodies = {c.index: c for c in ctx.clusters if c.is_plain_body and c.first_token < start
              and len(name_key(c.name).split()) > len(words) and name_key(c.name).split()[:len(words)] == words}
    return (next(iter(bodies.values())), start) if len(bodies) == 1 else None


def _untagged_known_body(doc: Doc, ctx: DocResolver, k: int, limit: int) -> tuple[Cluster, int] | None:
    """(body, end) when the capitalised words at `k`, all of them, are a form of a body the document names elsewhere:
    the model tagged "Basij" once and left "the Basij" after a title untagged; an acronym it defined ("SBPG")."""
    end = k
    while end < limit and end - k < 4 and ctx.mention_at(end) is None and (doc[end].text[:1].isupper() or (
            doc[end].text == "-" and end > k and not doc[end - 1].whitespace_)):
        end += 1
    if end == k + 1 and doc[k].is_upper and len(doc[k].text) < 2:
        return None
    text = doc[k:end].text
    found = _prefix_cluster(ctx, text) if end > k and doc[end - 1].text != "-" else None
    if found is None or found.authority or found.type in {"Person", "Country", "SanctionsProgram"}:
        return None
    if text.isupper() or any(m.label == "ORG" and (m.alias_of is None or ctx.cluster_of(m) is found) and m.text == text for m in ctx.mentions):
        return found, end  # an acronym, a name the model itself tagged as an organization elsewhere in the document, or
        # the short name the document defined for this body ("Halvard Works Company (Halvard)")
    return None


def _untagged_prefix(doc: Doc, ctx: DocResolver, gaz: Gazetteers, start: int, head: int) -> tuple[Cluster, int, int] | None:
    """(body, its start, its end) when the capitalised words opening a title are a body the document names elsewhere."""
    for end in range(min(head, start + 4), start, -1):
        if any(doc[x].lower_ in gaz.title_modifiers or doc[x].lower_ in gaz.title_heads for x in range(start, end)):
            continue
        found = _untagged_known_body(doc, ctx, start, end)
        if found is not None and found[1] == end:
            return found[0], start, end
    return None


WORK_VERBS = {"work", "serve", "act"}


def _employer_before_as(doc: Doc, ctx: DocResolver, sent: Span, phrase_start: int) -> tuple[Cluster, int] | None:
    """"worked for / served at Y as a TITLE": (Y, index of the preposition) when the title follows "as" after such a phrase."""
    if phrase_start - 3 < sent.start or doc[phrase_start - 1].lower_ != "as":
        return None
    mention = ctx.mention_at(phrase_start - 2)
    if mention is None:
        return _referred_employer(doc, ctx, sent, phrase_start - 2)  # "has worked for the cartel as a chemist"
    if mention.end != phrase_start - 1 or mention.label != "ORG":
        return None
    k = mention.start - 1
    while k > sent.start and doc[k].lower_ in {"the", "its"}:
        k -= 1
    employed = doc[k].lower_ == "by" and k - 1 >= sent.start and doc[k - 1].lower_ in {"employed", "hired", "engaged", "retained"}
    if not employed and (doc[k].lower_ not in {"for", "at", "with", "in"} or k - 1 < sent.start or doc[k - 1].lemma_.lower() not in WORK_VERBS):
        return None  # "worked for Y as", "is employed by Y as"
    cluster = ctx.cluster_of(mention)
    if cluster is None or cluster.type in {"Person", "Country", "SanctionsProgram"}:
        return None
    return cluster, k  # the verb stays before the phrase: "X served at Y as ..." links X by "served"


def _referred_employer(doc: Doc, ctx: DocResolver, sent: Span, noun: int) -> tuple[Cluster, int] | None:
    """"X has worked for the cartel as a chemist": the employer named by "the <noun>" at `noun` (a noun that refers
    back, `refers_back`) after a verb of `WORK_VERBS` and "for" / "at" / "with" / "in", resolved as the possessive
    "the cartel's chemist" is (`titles._build`: the previous sentence's topic when its kind fits, else the resolver's
    last body of that kind). A noun of no particular kind ("group", "organization", "network", a body's head noun)
    takes only a body whose name holds it or which the document described by it ("Y (Z), an armed group"): PX found
    the last "group" was the group's media wing named last, and the previous sentence's topic was a heading ("West
    African Operations") or a company named in passing; and only when no other body before the phrase is so named or
    described (RP). None when the noun opens another phrase. Twenty-eighth session, PV."""
    k = noun - 1
    if k - 2 < sent.start or doc[k].lower_ != "the" or not doc[noun].is_lower or doc[noun].tag_ != "NN" \
            or not refers_back(ctx.gaz, doc[noun].lower_, ctx):
        return None
    if doc[k - 1].lower_ not in {"for", "at", "with", "in"} or doc[k - 2].lemma_.lower() not in WORK_VERBS:
        return None
    word = doc[noun].lower_
    body = topic_possessor(ctx, sent, k, word) or ctx.last_of_kind(noun, word)
    if body is None or not body.is_plain_body:
        return None
    if ctx.gaz.anaphora_heads.get(word) in {None, "Organization"} and (not _named_or_described(ctx, body, word) or any(
            c is not body and c.is_plain_body and c.first_token < k and _named_or_described(ctx, c, word) for c in ctx.clusters)):
        return None  # "the group" fits any organization: the topic or the last one named is too loose a guess, and
        # with two bodies named or described by it ("Y (Z), an armed group ... W Relief Group") the noun names neither (RP)
    return body, k - 1


def _named_or_described(ctx: DocResolver, body: Cluster, noun: str) -> bool:
    """The body's name holds the noun ("the cartel" for "the Velor Cartel"), or the document described it by the noun
    where it named it ("Y (Z), an armed group": `described_heads`)."""
    return noun in body.name.casefold().split() or any(c is body and n == noun for c, n in ctx.derived("described_bodies", described_bodies))


def _affiliated_group(doc: Doc, ctx: DocResolver, gaz: Gazetteers, mention: object, limit: int) -> tuple[Cluster | None, str | None, int] | None:
    """"the ISIS-affiliated Addu City cell", "the Hamas-linked X Brigade": (organization, name, end) of the group that the
    hyphenated modifier describes, when it is a named group (a group noun closes it, or the model tagged it)."""
    k = mention.end + 2  # type: ignore[attr-defined]
    if k >= limit or not doc[k - 1].is_lower or not doc[k].text[:1].isupper():
        return None
    group = _group_name_end(doc, k, limit, gaz)
    if group is not None:
        return None, doc[k:group].text, group
    found = ctx.mention_at(k)
    cluster = ctx.cluster_of(found) if found is not None and found.label == "ORG" and found.start == k else None
    if cluster is None or cluster.type in {"Person", "SanctionsProgram", "Country"}:
        return None
    return cluster, None, found.end  # type: ignore[union-attr]


def titles_before_or(doc: Doc, head: int, floor: int) -> bool:
    """", or leader, of": the title is an alternative given after "or" between commas."""
    return head - 2 >= floor and doc[head - 1].lower_ == "or" and doc[head - 2].text == ","


def _coordinated_org(doc: Doc, ctx: DocResolver, gaz: Gazetteers, end: int, limit: int, prep: str) -> tuple[Cluster, int] | None:
    """"... of X and the Y": a second organization of the same post (Y closes the phrase: no "'s", no title after it).
    The complement's preposition `prep` may be repeated, after a comma too: "chief of staff at X and at Y", "at her
    holding company, X, and at Y" (review V3 finding 4); ", and Y" without it may open the next clause."""
    comma = end < limit and doc[end].text == ","
    end += comma
    k = end + 1
    if k >= limit or doc[end].lower_ != "and":
        return None
    repeated = doc[k].lower_ == prep
    if comma and not repeated:
        return None
    k += repeated
    while k < limit and doc[k].lower_ == "the":
        k += 1
    found = ctx.mention_at(k)
    if found is None or found.start != k or found.label != "ORG" or doc[found.end - 1].lower_ in gaz.title_heads:
        return None  # "and IRGC Commander in X": a second title the model read into a name, not a second body
    after = found.end
    if after < limit and (doc[after].tag_ == "POS" or doc[after].lower_ in {"of", "and", "-"} or _head_at(doc, after, gaz, limit) is not None):
        return None
    cluster = ctx.cluster_of(found)
    if cluster is None or cluster.type in {"Person", "SanctionsProgram", "Country"} or cluster.authority:
        return None
    return cluster, after


def _hyphened_body(doc: Doc, ctx: DocResolver, mention: Mention, head: int) -> Cluster | None:
    """The body a title's prefix names when the model read it as a place: "ABC-QF official" (the acronym the document
    defined, also when only "ABC" is tagged and "-QF" follows)."""
    known = ctx.cluster_of(mention)
    if known is not None and known.type not in {"Country", "Person"}:
        return known
    k = mention.end
    while k + 1 < head and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper():
        k += 2
    found = _prefix_cluster(ctx, doc[mention.start:k].text) if k > mention.end else None
    return found if found is not None and found.type not in {"Country", "Person"} else None
