"""Membership stated once for the release's designees: "OFAC is designating seven individuals who are part of Y",
"Treasury sanctioned five members of Y", "OFAC designated Y, four of its members and a company" (the count must then
be the release's people exactly).

The release says what its targets are in its lead sentence, then describes each one in its own paragraph
without repeating it ("X has been involved in development activity for the group"). Each person the release
designates is then a member of Y, but only when the count holds: the statement names a group of people only
(no "and three entities"), and the release designates no more people than the number it gives; otherwise
some designees are not of that group and nobody gets the post. The post is weaker (confidence 0.6) than one
stated for the person, so a stated post at Y ("the team lead for coders") keeps its words.

Called by designations.v1 on its own designations, so no extractor computes them twice.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_lemmas
from ..records import Relation
from .designation_verbs import VERB_TRIGGERS, is_passive
from .common import evidence, ref
from .context import DocContext
from .roles_common import NAME as ROLES

GROUP_PEOPLE = {"individuals", "people", "persons", "men", "women", "nationals", "operatives"}
MEMBER_NOUNS = {"members": "member", "leaders": "leader", "officials": "official", "operatives": "operative", "commanders": "commander"}
PART_WORDS = {"part", "members", "member"}
COUNT_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                                         "sixteen seventeen eighteen nineteen twenty".split())}
NO_BODY = {"Person", "Country", "SanctionsProgram", "Vessel"}
#: The posts a group statement gives ("four of its members": member; "five leaders of Y": leader).
GROUP_ROLES = frozenset({"member", *MEMBER_NOUNS.values()})
#: A group post's confidence: weaker than a post stated for the person.
GROUP_CONFIDENCE = 0.6


def group_memberships(ctx: DocContext, designations: list[Relation]) -> Iterator[Relation]:
    """"member" (or the group noun's post) at Y for every person designated, when the release says they are Y's."""
    lemmas = token_lemmas(ctx.doc)  # read once per doc: no Token per word of every sentence (issue 18, S21)
    for sent in ctx.sentences:
        if VERB_TRIGGERS.isdisjoint(lemmas[sent.start:sent.end]):
            continue
        for tok in (ctx.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in VERB_TRIGGERS):  # no Token for the others (T25)
            if tok.lemma_.lower() not in VERB_TRIGGERS or not tok.tag_.startswith("VB") or any(c.dep_ == "neg" for c in tok.children):
                continue
            stated, exact = _membership(ctx, tok), False
            if stated is None:
                stated, exact = _its_members(ctx, sent, tok), True
            if stated is None:
                continue
            count, role, body = stated
            people = {r.subject.name: r for r in designations if r.current and r.subject.type == "Person" and r.subject.name != body.name}
            if not people or len(people) > count or exact and len(people) != count:
                return
            for rel in people.values():
                proof = [evidence(sent, ROLES)] + [e for e in rel.evidence[-1:] if e.start != sent.start_char]
                yield Relation(relation="holds_role", subject=rel.subject, object=ref(body), evidence=proof, confidence=GROUP_CONFIDENCE,
                               role=role, role_class="member" if role == "member" else None, current=True)
            return


def without_group_posts_beside_posts(relations: list[Relation]) -> list[Relation]:
    """The relations less a bare group post ("member", "leader": `GROUP_ROLES`) of a person who holds another post at
    the same body: the statement's count gives every designee the group noun, the release's own words for the person
    (a table row's "Treasurer", "X is the leader of Y") say which post, and the gold holds one relation per person
    and organization (GUIDELINES). A former post stays beside it ("X was a senior administrator of Y": what X is now
    the statement tells; test_roles_group). Run over every extractor's relations, since the group posts come with the
    designations and the stated posts with the roles (review of TL's tables, thirty-second session, RTL)."""
    def pair(rel: Relation) -> tuple[str, str]:
        return rel.subject.name.casefold(), rel.object.name.casefold()

    def group_post(rel: Relation) -> bool:  # as `group_memberships` gives it: the noun in lower case, its confidence
        return rel.role in GROUP_ROLES and rel.confidence <= GROUP_CONFIDENCE

    stated = {pair(rel) for rel in relations if rel.relation == "holds_role" and rel.current and not group_post(rel)}
    return [rel for rel in relations if not (rel.relation == "holds_role" and group_post(rel) and pair(rel) in stated)]


def _membership(ctx: DocContext, verb: Token) -> tuple[int, str, Cluster] | None:
    """(count, post, Y) of "designating seven individuals who are part of Y" / "five members of Y", else None."""
    if is_passive(verb):
        group = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    else:
        group = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if group is None or any(c.dep_ == "conj" for c in group.children):
        return None
    count = _count(group)
    if count is None:
        return None
    low = group.lower_
    if low in MEMBER_NOUNS:
        of = next((c for c in group.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        body = _body(ctx, of) if of is not None else None
        return (count, MEMBER_NOUNS[low], body) if body is not None else None
    if low not in GROUP_PEOPLE:
        return None
    for clause in (c for c in group.children if c.dep_ == "relcl" and c.lemma_ == "be"):
        for part in (c for c in clause.children if c.dep_ in {"attr", "acomp"} and c.lower_ in PART_WORDS):
            of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            body = _body(ctx, of) if of is not None else None
            if body is not None:
                return count, "member", body
    return None


def _its_members(ctx: DocContext, sent: Span, verb: Token) -> tuple[int, str, Cluster] | None:
    """(count, post, Y) of "designated Y, four of its members and a company" / "sanctioned Y, together with five of its
    members and two businesses": the designating verb's object is the group Y, and the count of "its" people comes
    beside it in the same sentence. Read on the words, not the parse (which hangs the count as an apposition, a
    conjunct or a preposition's object); the count must be the release's people exactly (`group_memberships`), and
    "four of its members and associates" counts people who are not all members, so it gives nothing (thirty-second
    session, MB)."""
    doc = ctx.doc
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is None and verb.dep_ == "amod" and verb.head.i > verb.i and verb.head.tag_ == "NNP":
        obj = verb.head  # "OFAC designated Y, a ransomware group, ...": the parser read the verb as Y's modifier
    if obj is None or is_passive(verb):
        return None
    body = _object_body(ctx, obj)
    if body is None:
        return None
    for i in range(obj.i + 1, sent.end - 3):
        number = doc[i]
        if doc[i + 1].lower_ != "of" or doc[i + 2].lower_ not in {"its", "their"} or doc[i + 3].lower_ not in MEMBER_NOUNS:
            continue
        count = int(number.text) if number.text.isdigit() else COUNT_WORDS.get(number.lower_)
        if count is None:
            return None
        noun = doc[i + 3]
        if i + 5 < sent.end and doc[i + 4].lower_ == "and" and doc[i + 5].text.islower() and doc[i + 5].tag_ == "NNS":
            return None  # "four of its members and associates": not all of them members
        return count, MEMBER_NOUNS[noun.lower_], body
    return None


def _object_body(ctx: DocContext, obj: Token) -> Cluster | None:
    """The group a designating verb's object names ("the ransomware group Y", "Y, a ransomware group")."""
    for i in range(obj.left_edge.i, obj.i + 1):
        mention = ctx.resolver.mention_at(i)
        cluster = ctx.entity(mention) if mention is not None else None  # the cluster's type: the model's label may be PERSON
        if cluster is not None and cluster.type not in NO_BODY and not cluster.authority:
            return cluster
    return None


def _count(group: Token) -> int | None:
    """The number a group noun is counted with ("seven individuals", "11 members")."""
    for child in group.children:
        if child.dep_ == "nummod":
            if child.text.isdigit():
                return int(child.text)
            if child.lower_ in COUNT_WORDS:
                return COUNT_WORDS[child.lower_]
    return None


def _body(ctx: DocContext, of: Token) -> Cluster | None:
    """The named organization in the object of "of" ("the Russia-based cybercrime gang Trickbot", "the gang, Y"), not
    a place or body in its own prepositional phrase ("officials of the regional mining directorate in Z": the
    directorate's, not Z's; a count that held once another government's earlier targets no longer counted as the
    release's designees showed it, M19)."""
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    after = [t for c in obj.children if c.i > obj.i and c.dep_ != "prep" for t in c.subtree]
    for i in [*range(obj.left_edge.i, obj.i + 1), *sorted(t.i for t in after)]:
        mention = ctx.resolver.mention_at(i)
        cluster = ctx.entity(mention) if mention is not None and mention.label in {"ORG", "NORP"} else None
        if cluster is not None and cluster.type not in NO_BODY and not cluster.authority:
            return cluster
    return None

