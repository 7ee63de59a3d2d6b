"""holds_role stated by lists: a plural title followed by the names of its holders."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span

from ..names import NAME_PARTICLES
from ..nlp.coref import Cluster
from ..nlp.doc_text import span_text, token_flags, token_words
from ..nlp.mentions import Mention
from ..records import Relation
from .context import DocContext
from .common import headline
from .list_items import BULLETS
from .release import _is_heading
from .roles_common import _emit
from .titles import Title
from .titles_words import singular

LIST_WORDS = {"include", "includes", "included", "including", "are", "were", ":", "namely"}


def _member_lists(ctx: DocContext, sent: Span, group: list[Title], people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"new members include A (A), B, and C": a plural title followed by a list of people."""
    doc = sent.doc
    title = group[-1]
    if not title.plural:
        return
    after = title.span_end
    if after >= sent.end or not (doc[after].lower_ in LIST_WORDS or (doc[after].text == "," and any(m.start == after + 1 for m, _ in people))):
        return
    if title.org is None and title.org_name is None:
        title = replace(title, org=_previous_sentence_org(ctx, sent))
    for m, cluster in people:
        if m.start > after:
            rel = _emit(ctx, sent, cluster, title, 0.75)
            if rel:
                yield rel


def _previous_sentence_org(ctx: DocContext, sent: Span) -> Cluster | None:
    """"members of the commission ... These new members include": the organization the members belong to."""
    index = ctx.sentences.index(sent)
    for previous in reversed(ctx.sentences[max(0, index - 2):index]):
        for title in ctx.titles_in(previous):
            if title.plural and title.org is not None:
                return title.org
        doc = previous.doc
        for tok in previous:
            if tok.lower_ in {"commission", "committee", "board", "council"} and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
                found = ctx.resolver.last_of_kind(tok.i, "commission" if tok.lower_ == "commission" else "group")
                if found is not None:
                    return found
    return None


ENUMERATOR_CHARS = set("0123456789.*-•–—)(")
#: Words between two titles of one list item's own post ("5. X, Director and Company Secretary", "Chairman & CEO"):
#: the item stays a list line (TL).
POST_JOINERS = frozenset({"and", "&", ","})


def _list_item_people(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> list[tuple[Mention, Cluster]] | None:
    """The people of a list line ("12. Ivan Ivanovich Ivanov", "- Name*"): names and enumerators only.

    A line of enumerators alone ("1." split from its name by the parser) is an item with no people ([]);
    any other line is no item (None).
    """
    if len(sent) > 40:
        return None
    flags = token_flags(sent.doc)  # `Token.is_alpha` / `.is_upper` / `.is_space` of each word, read once per doc (S22)
    words = [i for i in range(sent.start, sent.end) if flags.alpha[i]]
    if len(words) > 1 and all(flags.upper[i] for i in words) and not people:
        return None  # a heading ("THE FEDERATION COUNCIL") opens a section, it is no list item
    inside = {i for m, _ in people for i in range(m.start, _line_end(ctx, m))}
    if people:  # "2. Name, Chairman of the Budget Committee": the item's own post after a comma
        titles = sorted(ctx.titles_in(sent), key=lambda t: t.phrase_start)
        inside |= {i for t in titles for i in range(t.phrase_start, t.span_end)}
        inside |= {i for a, b in zip(titles, titles[1:]) for i in range(a.span_end, b.phrase_start)
                   if all(sent.doc[k].lower_ in POST_JOINERS or sent.doc[k].text[:1].isupper() for k in range(a.span_end, b.phrase_start))}
        # "Director and Company Secretary": a joiner between two titles of the item's post
        inside |= {_line_end(ctx, m) for m, _ in people if _line_end(ctx, m) < sent.end and sent.doc[_line_end(ctx, m)].text == ","}
    texts, lowers = token_words(sent.doc)  # `Token.text` and `Token.lower_` of each word
    for i in range(sent.start, sent.end):
        if i in inside or flags.space[i] or all(c in ENUMERATOR_CHARS for c in texts[i]):
            continue
        if texts[i][:1].isupper() or lowers[i] in NAME_PARTICLES or texts[i] in {"-", "'", "’"}:
            continue  # a name the model tagged otherwise, or cut short: the line is still an item of the list
        return None
    return people


def _line_end(ctx: DocContext, m: Mention) -> int:
    """A name's end, past a "(Surname)" alias."""
    doc = ctx.doc
    if m.end < len(doc) and doc[m.end].text == "(":
        close = next((j for j in range(m.end, min(m.end + 8, len(doc))) if doc[j].text == ")"), None)
        if close is not None:
            return close + 1
    return m.end


def list_roles(ctx: DocContext, people_of: dict[int, list[tuple[Mention, Cluster]]]) -> Iterator[Relation]:
    """"Today OFAC is designating the remaining 109 State Duma members ...:" then one name per line.

    A run of list lines (names and enumerators only) takes the post of the first plural title with an organization
    in the three sentences before it ("State Duma members", "fellow Federation Council members", "members of the board
    of Y"): each listed person is a member (or the title's singular) of that organization. Where no such title
    introduces the list, the names are just names (a list of designees).
    """
    sentences = ctx.sentences
    index = 0
    while index < len(sentences):
        if not _list_item_people(ctx, sentences[index], people_of.get(sentences[index].start, [])):
            index += 1
            continue
        run_start = index
        while run_start > 0 and _list_item_people(ctx, sentences[run_start - 1], people_of.get(sentences[run_start - 1].start, [])) == []:
            run_start -= 1  # the "1." before the first name
        run: list[tuple[Span, tuple[Mention, Cluster]]] = []
        while index < len(sentences):
            found = _list_item_people(ctx, sentences[index], people_of.get(sentences[index].start, []))
            if found is None:
                break
            run += [(sentences[index], p) for p in found]
            index += 1
        if len(run) < 2:
            continue
        title = _list_title(ctx, sentences[max(0, run_start - 3):run_start])
        if title is None:
            continue
        role = "member" if title.role_class == "member" else title.role
        listed = replace(title, role=role, plural=title.plural and role != "member")
        for sent, (_, cluster) in run:
            rel = _emit(ctx, sent, cluster, listed, 0.75)
            if rel:
                yield rel


def bullet_roles(ctx: DocContext, people_of: dict[int, list[tuple[Mention, Cluster]]]) -> Iterator[Relation]:
    """"OFAC designated the following members of Y:" then bullets, each about one person ("- X (X) chairs ..."):
    the person each bullet opens with holds the introducing post at Y. Ends at the first line that is no bullet."""
    sentences = ctx.sentences
    for k, intro in enumerate(sentences):
        if not span_text(intro).rstrip().endswith(":") or k + 1 >= len(sentences) or not span_text(sentences[k + 1]).lstrip().startswith(BULLETS):
            continue
        title = _list_title(ctx, [intro])
        if title is None:
            continue
        role = "member" if title.role_class == "member" else singular(title.role)
        listed = replace(title, role=role, plural=False)
        for sent in sentences[k + 1:]:
            text = span_text(sent).lstrip()
            if not text.startswith(BULLETS):
                if "\n" in sent.doc[sent.start - 1].text + sent.doc[sent.start - 1].whitespace_:
                    break  # a new line that is no bullet: the list is over
                continue  # a bullet's further sentences
            first = next((p for p in people_of.get(sent.start, []) if p[0].start <= sent.start + 2), None)
            if first is not None:
                rel = _emit(ctx, sent, first[1], listed, 0.7)
                if rel:
                    yield rel


def _list_title(ctx: DocContext, before: list[Span]) -> Title | None:
    """The plural post that introduces a list: the first plural title with a body in the nearest sentence having one
    ("the remaining 109 State Duma members", "all of X's 169 Senate colleagues"); never a person's ("X's colleagues")."""
    for sent in reversed(before):
        if headline(sent) or _is_heading(ctx, sent):
            continue  # "Treasury Targets Bank Officials": a headline names no body whose members follow
        found = [t for t in ctx.titles_in(sent) if t.plural and (t.org is not None and t.org.type not in {"Person", "Country"} or t.org_name)]
        found += _colleagues_of_a_body(ctx, sent)
        if found:
            return min(found, key=lambda t: t.start)
    return None


MEMBERSHIP_PLURALS = {"colleagues"}  # no post on its own ("X and his colleagues"); before a list, the members of the body


def _colleagues_of_a_body(ctx: DocContext, sent: Span) -> list[Title]:
    """"X's 169 Senate colleagues", "her colleagues in the National Assembly": the body's members, as a list's title."""
    doc = sent.doc
    out: list[Title] = []
    for tok in sent:
        if tok.lower_ not in MEMBERSHIP_PLURALS:
            continue
        mention = ctx.resolver.mention_at(tok.i - 1) if tok.i > sent.start else None
        if mention is None or mention.end != tok.i:
            after = tok.i + 1
            if after < sent.end and doc[after].lower_ in {"in", "at", "on", "of"}:
                after += 1 + int(after + 1 < sent.end and doc[after + 1].lower_ == "the")
                mention = ctx.resolver.mention_at(after) if after < sent.end else None
            else:
                mention = None
        body = ctx.entity(mention) if mention is not None else None
        if body is None or body.type in {"Person", "Country", "SanctionsProgram"} or body.authority:
            continue
        out.append(Title(start=tok.i, end=tok.i + 1, span_end=tok.i + 1, role="member", role_class="member", head="members",
                         org=body, plural=True, phrase_start=tok.i))
    return out
