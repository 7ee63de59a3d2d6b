"""Members under a heading that names their group (issue 13, fourteenth session, R32).

A release gives a section to one group ("GANG X: A NOTORIOUS CYBER GANG") and then one paragraph to each of its
members, each opening with the person's name. Some paragraphs say the post ("Y was a key member of the group",
"Z worked as a coder for the group"); others say only what the person did ("W worked on injecting code into
websites"). GUIDELINES: membership in a group is a post "member". The layout states it for the whole run, so a
person of the run whose own paragraph names no post gets "member" at the group, but only when:

- the heading has a group's noun ("gang", "group", "cartel", "network", ...; a heading naming a company over
  paragraphs about its customers or suppliers states no membership) and every distinctive word of the group's name;
- the run has at least two paragraphs opening with a person's name, and the rules give at least one other person
  of the run a post at that group, stated in the section (the release's own words that the run is the group's
  people); the posts of the run name one group only ("X" and "the X group" are one);
- the person gets no post from the rules anywhere, and the person's opening sentence names no other body and no title
  (a broker who buys from the cartel's members is a paragraph of the run but no member), nor says what the person
  is ("X is a broker based in Y").

The post is weaker (confidence 0.6) than a stated one, as roles_group's count statement.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Span

from ..nlp.coref import Cluster
from ..records import EntityRef, Relation
from .common import ref, relation
from .context import DocContext
from .roles_common import NAME

GROUP_TYPES = {"Organization", "Company"}  # a group's type is often read as a company ("X Group")
#: Nouns that make the heading a group's: a company's heading ("X Trading LLC") over its customers states no membership.
GROUP_NOUNS = {"gang", "gangs", "group", "groups", "cartel", "cartels", "network", "networks", "syndicate", "crew", "clan",
               "militia", "militias", "organization", "organisation", "ring", "cell", "faction", "brigade", "movement"}
CONFIDENCE = 0.6


FILLERS = {"the", "of", "and", "a", "an", "in", "for", "s"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.casefold()))


def _key(name: str) -> frozenset[str]:
    """A group's distinctive words: "Trickbot" and "the Trickbot group" are one group."""
    return frozenset(_words(name) - GROUP_NOUNS - FILLERS)


def _names_body(heading: set[str], body: EntityRef) -> bool:
    """The heading holds every distinctive word of one of the body's names ("TRICKBOT: RUSSIA'S NOTORIOUS CYBER GANG"
    names "the Trickbot group"; the words of kind and fillers left out)."""
    for name in (body.name, *body.aliases):
        distinctive = _key(name)
        if distinctive and distinctive <= heading:
            return True
    return False


def _opens_paragraph(sent: Span) -> bool:
    """The sentence starts a paragraph (a line break before it, or the document's start)."""
    text = sent.doc.text
    k = sent.start_char - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


def _opening_person(ctx: DocContext, sent: Span) -> Cluster | None:
    """The person whose name opens the sentence ("**X** worked on ..."), else None."""
    for m in ctx.mentions_in(sent.start, min(sent.end, sent.start + 8)):
        first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
        if first is None or m.start != first.i:
            continue
        cluster = ctx.entity(m)
        return cluster if cluster is not None and cluster.type == "Person" else None
    return None


def _other_body(ctx: DocContext, sent: Span, body: EntityRef) -> bool:
    """The sentence names a body other than the group (a post may be at that body, not the group's)."""
    for m in ctx.mentions_in(sent.start, sent.end):
        cluster = ctx.entity(m)
        if cluster is not None and cluster.is_plain_body and _key(ref(cluster).name) != _key(body.name):
            return True
    return False


def _says_what(sent: Span) -> bool:
    """"X is a broker based in Y": the paragraph says what the person is, and it is not the group's member."""
    root = sent.root
    return root.lemma_ == "be" and any(c.dep_ == "attr" for c in root.children)


def heading_members(ctx: DocContext, found: list[Relation]) -> Iterator[Relation]:
    """"member" at the group a section's heading names, for the persons of its run of member paragraphs whose own
    paragraph states no post, when the rules give another person of the run a post there."""
    if not ctx.headings:
        return
    posts = [r for r in found if r.relation == "holds_role"]
    with_post = {r.subject.name for r in posts}
    heads = sorted(ctx.headings)
    text = ctx.doc.text
    for k, (start, end) in enumerate(heads):
        heading = _words(text[start:end])
        if not heading & GROUP_NOUNS:
            continue
        limit = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        run: list[tuple[Cluster, Span]] = []
        for sent in ctx.sentences:
            if sent.start_char < end or sent.start_char >= limit or not _opens_paragraph(sent):
                continue
            person = _opening_person(ctx, sent)
            if person is not None and all(p is not person for p, _ in run):
                run.append((person, sent))
        if len(run) < 2:
            continue
        names = {ref(p).name for p, _ in run}
        named = [r.object for r in posts if r.subject.name in names and r.object.type in GROUP_TYPES and _names_body(heading, r.object)
                 and r.evidence and end <= r.evidence[0].start < limit]  # stated in the run, not read off the heading
        named = [b for b in named if any(name in text[end:limit] for name in (b.name, *b.aliases))]  # a name in the text, not a heading's words
        if len({_key(b.name) for b in named}) != 1:
            continue  # none, or two groups ("Trickbot" and "the Trickbot group" are one)
        body = Counter(b.name for b in named).most_common(1)[0][0]
        body = next(b for b in named if b.name == body)
        for person, sent in run:
            if ref(person).name in with_post or _other_body(ctx, sent, body) or ctx.titles_in(sent) or _says_what(sent):
                # a title tied to no body ("X is a broker based in Y, who buys from the cartel") may be a post elsewhere
                continue
            yield relation("holds_role", ref(person), body, sent, NAME, CONFIDENCE, role="member", role_class="member",
                           current=True)
