"""holds_role stated by a list of bodies: one person's post, then the bodies one per item (issue 13, R16).

"X is the registered owner of the following six companies:" followed by one body per line (bullets, numbers,
short lines, paragraphs ending in ";"): X holds the post at each listed body. The intro is one sentence ending in a
colon that names exactly one person, linked to a post (a title by a copula or an appositive: "X is the founder and
legal representative of", "X, the director of"; or a head verb: "X manages the following companies:") whose
complement is a determined plural body noun ("the following (six) companies", "several firms"). The items are read
by `list_items.list_items` (the layout the designation lists use); only items whose target is a body count, and a
list needs two. Not posts: "owns" / "controls" (GUIDELINES: ownership by a person is no post unless a title such as
owner states it), an intro naming two people, an intro with no post ("OFAC designated the following:").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.doc_text import span_text
from ..nlp.mentions import Mention
from ..records import Relation
from .context import DocContext
from .list_items import list_items
from .release import sections
from .roles_common import ADVERBS, _after_alias, _emit
from .roles_links import subject_link
from .roles_prose import HEAD_VERBS, verb_post
from .title_groups import title_groups
from .titles import Title

BODY_PLURALS = {"companies", "entities", "firms", "businesses", "organizations", "organisations", "corporations", "enterprises",
                "banks", "subsidiaries", "ventures", "groups", "outlets", "exchanges", "funds", "foundations", "charities",
                "institutions", "agencies", "partnerships", "concerns", "holdings"}
QUANTIFIERS = {"the", "following", "these", "those", "several", "other", "multiple", "various", "at", "least", "all", "of", "two",
               "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "many", "numerous"}
COMPLEMENT_PREPOSITIONS = {"of", "in", "at", "for"}
NO_POST_VERBS = {"own", "control"}  # GUIDELINES: ownership by a person is no post


def _bodies_phrase(doc: Doc, j: int, end: int, preposition: bool) -> bool:
    """Whether a determined plural body noun opens at `j` ("of the following six companies", "several firms")."""
    if preposition:
        if j >= end or doc[j].lower_ not in COMPLEMENT_PREPOSITIONS:
            return False
        j += 1
    quantified = False
    k = j
    while k < end and k - j <= 6:
        word = doc[k]
        if word.lower_ in BODY_PLURALS:
            return quantified
        if word.lower_ in QUANTIFIERS or word.like_num:
            quantified = True
        elif not (word.is_lower and word.tag_ in {"JJ", "VBN", "NN"} or word.text == "-"):
            return False  # "front companies" and "shell companies" pass; a name or a verb ends the phrase
        k += 1
    return False


def _title_start(doc: Doc, title: Title, lower_bound: int) -> int:
    """The title phrase's start, before adjectives and commas the title reader left out ("the public, registered owner")."""
    k = title.phrase_start
    while k - 1 > lower_bound and (doc[k - 1].text == "," or doc[k - 1].is_lower and doc[k - 1].tag_ == "JJ"):
        k -= 1
    return k


def _title_post(ctx: DocContext, sent: Span, person: Mention) -> list[Title]:
    """The titles of the person's post whose complement is the list ("X is the founder and legal representative of the
    following companies"): the last group of titles, linked to the person, without a body of their own."""
    doc = sent.doc
    end = _after_alias(doc, person)
    titles = [t for t in ctx.titles_in(sent) if t.phrase_start >= end]
    for group in title_groups(titles, doc):
        last = group[-1]
        if any(t.org is not None or t.org_name or t.plural for t in group) or not _bodies_phrase(doc, last.span_end, sent.end, True):
            continue
        if subject_link(ctx, end, _title_start(doc, group[0], end)) is None and not _parsed_link(doc, person, group[0]):
            return []
        return group
    return []


def _parsed_link(doc: Doc, person: Mention, title: Title) -> bool:
    """The parse links the title to the person: the predicate of a copula whose subject is the person ("X, a Latvian
    national, is the director of"), or an appositive on the person."""
    head = doc[title.start:title.end].root
    inside = range(person.start, person.end)
    if head.dep_ == "appos":
        return head.head.i in inside
    return head.dep_ == "attr" and head.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.i in inside for c in head.head.children)


def _verb_post(ctx: DocContext, sent: Span, person: Mention) -> list[Title]:
    """"X manages the following companies:", "X founded and runs several firms:": the head verb's post."""
    doc = sent.doc
    j = _after_alias(doc, person)
    while j < sent.end and doc[j].lower_ in ADVERBS:
        j += 1
    if j >= sent.end or not doc[j].tag_.startswith("VB"):
        return []
    verb = j
    if j + 2 < sent.end and doc[j + 1].lower_ == "and" and doc[j + 2].tag_.startswith("VB"):
        j += 2  # "founded and runs": the verb next to the object states the post
    lemma = doc[j].lemma_.lower()
    if lemma in NO_POST_VERBS or doc[verb].lemma_.lower() in NO_POST_VERBS or lemma not in HEAD_VERBS:
        return []
    if not _bodies_phrase(doc, j + 1, sent.end, False):
        return []
    role, role_class = verb_post(lemma)
    return [Title(start=j, end=j + 1, span_end=j + 1, role=role, role_class=role_class, head=role, phrase_start=j,
                  former=doc[j].tag_ == "VBD" and lemma != "found")]


def _one_person(people: list[tuple[Mention, Cluster]]) -> Mention | None:
    """The intro's person when it names exactly one (a name and its short form count once)."""
    clusters = {id(c) for _, c in people}
    return people[0][0] if len(clusters) == 1 else None


def body_list_roles(ctx: DocContext, people_of: dict[int, list[tuple[Mention, Cluster]]]) -> Iterator[Relation]:
    """"X is the registered owner of the following six companies:" then one body per item: X's post at each."""
    section_of: list[int] | None = None
    for k, intro in enumerate(ctx.sentences):
        if not span_text(intro).rstrip().endswith(":") or k + 1 >= len(ctx.sentences):
            continue
        people = people_of.get(intro.start, [])
        person = _one_person(people)
        if person is None:
            continue
        titles = _title_post(ctx, intro, person) or _verb_post(ctx, intro, person)
        if not titles:
            continue
        section_of = section_of if section_of is not None else sections(ctx)
        bodies = [(sent, c) for sent, _, c in list_items(ctx, k, section_of[k], section_of)
                  if c.is_plain_body]
        if len(bodies) < 2:
            continue
        holder = people[0][1]
        for _, body in bodies:
            for title in titles:
                rel = _emit(ctx, intro, holder, replace(title, org=body, also=()), 0.8)
                if rel:
                    yield rel
