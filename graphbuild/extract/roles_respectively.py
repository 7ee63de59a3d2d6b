"""Posts paired by "respectively": "A and B serve as the director and the treasurer, respectively, of Y".

The word pairs the n-th title of a coordinated title list with the n-th name of a coordinated name list of
the same length. Without it the rules that share one post among coordinated subjects would give every name
every post (or, as before this module, none). The body is the one named after "respectively, of"; else the
titles' own body; else the body of the sentence's earlier post held by the same people ("are the co-founders
of Y and serve as the CEO and the tech lead, respectively").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_words
from ..nlp.mentions import Mention
from ..records import Relation
from .context import DocContext
from .roles_common import _coordinated_people, _emit
from .titles import Title

TITLE_JOINERS = {"and", ",", "the", "a", "an", "its", "their"}
DETERMINERS = {"the", "a", "an", "its", "their"}
NO_BODY = {"Person", "Country", "SanctionsProgram"}


def respective_roles(ctx: DocContext, sent: Span, titles: list[Title],
                     people: list[tuple[Mention, Cluster]]) -> tuple[list[Relation], set[int]]:
    """Relations for a "respectively" sentence and the start tokens of the titles they used (others skip those)."""
    doc = sent.doc
    lowers = token_words(doc)[1][sent.start:sent.end]  # the words, not a `Token` each (issue 18, S19)
    marker = sent.start + lowers.index("respectively") if "respectively" in lowers else None
    if marker is None or len(titles) < 2 or len(people) < 2:
        return [], set()
    run = _title_run(ctx, titles, marker)
    if len(run) < 2:
        return [], set()
    by_start = {m.start: (m, c) for m, c in people}
    items = _items(doc, run)
    names = _name_run(doc, by_start, people, len(items), sent.end)
    if names is None:
        return [], set()
    body = _body_after(ctx, marker, sent.end) or next((t.org for t in reversed(run) if t.org is not None), None)
    if body is None and not any(t.org_name for t in run):
        earlier = [t for t in titles if t.span_end <= run[0].phrase_start and t.org is not None]
        body = earlier[-1].org if earlier else None
    out: list[Relation] = []
    for item, (_, person) in zip(items, names):
        for title in item:
            if body is not None and title.org is None:
                title = replace(title, org=body, org_name=None)
            rel = _emit(ctx, sent, person, title, 0.85, _former(sent, title))
            if rel:
                out.append(rel)
    return out, {t.start for t in run}


def _items(doc, run: list[Title]) -> list[list[Title]]:
    """The posts of the list, one per person: "the CEO and the tech lead and senior engineer" is two items, because a
    determiner opens each item and titles joined without one ("tech lead and senior engineer") are one person's."""
    opens = [any(w.lower_ in DETERMINERS for w in doc[a.span_end:b.start]) for a, b in zip(run, run[1:])]
    if not any(opens):
        return [[t] for t in run]
    items = [[run[0]]]
    for b, opened in zip(run[1:], opens):
        if opened:
            items.append([b])
        else:
            items[-1].append(b)
    return items


def _title_run(ctx: DocContext, titles: list[Title], marker: int) -> list[Title]:
    """The coordinated titles that end right before ", respectively" (or right before "respectively")."""
    doc = ctx.doc
    ending = [t for t in titles if t.span_end <= marker and all(w.text == "," for w in doc[t.span_end:marker])]
    if not ending:
        return []
    run = [ending[-1]]
    for title in reversed([t for t in titles if t.span_end <= run[0].phrase_start]):
        gap = [w.lower_ for w in doc[title.span_end:run[0].phrase_start]]
        if not gap or not all(w in TITLE_JOINERS for w in gap) or len(gap) > 4:
            break
        run.insert(0, title)
    return run


def _name_run(doc, by_start: dict[int, tuple[Mention, Cluster]], people: list[tuple[Mention, Cluster]], size: int,
              limit: int) -> list[tuple[Mention, Cluster]] | None:
    """The one coordinated list of exactly `size` people in the sentence ("A and B", "A, B, and C")."""
    found = []
    covered: set[int] = set()
    for m, cluster in people:
        if m.start in covered:
            continue
        run = [(m, cluster)] + _coordinated_people(doc, by_start, m, limit)
        covered |= {p.start for p, _ in run}
        if len(run) == size and len({id(c) for _, c in run}) == size:
            found.append(run)
    return found[0] if len(found) == 1 else None


def _body_after(ctx: DocContext, marker: int, limit: int) -> Cluster | None:
    """"..., respectively, of the U.S.- and UN-designated Y": the first body named within a few words after "of"."""
    doc = ctx.doc
    j = marker + 1
    while j < limit and doc[j].text == ",":
        j += 1
    if j >= limit or doc[j].lower_ not in {"of", "at", "for"}:
        return None
    for k in range(j + 1, min(j + 9, limit)):
        if doc[k].text in {",", ";"}:
            return None
        mention = ctx.resolver.mention_at(k)
        cluster = ctx.entity(mention) if mention is not None and mention.label == "ORG" else None
        if cluster is not None and cluster.type not in NO_BODY and not _prefix_of_modifier(doc, mention.end):
            return cluster
    return None


def _prefix_of_modifier(doc, end: int) -> bool:
    """"UN-designated": the body named is the prefix of a modifier of the next name, not the body itself."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in {"designated", "sanctioned", "based", "listed"}


def _former(sent: Span, title: Title) -> bool:
    """"previously served as ... respectively": a past post."""
    return any(t.lower_ in {"previously", "formerly"} for t in sent[: max(0, title.phrase_start - sent.start)])
