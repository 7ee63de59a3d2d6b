"""Bold people of a firm's paragraph whom the release's naming of designees leaves out (issue 13, thirty-fourth session DP).

A Treasury release describes a designated firm in a paragraph or list item of its own and bolds the people it names
there: "- **Y d.o.o.** (Y) operates a casino ... . Serbian national **X** has been Y's general manager since 2021.",
"**Y Ltd**, a wholesaler, ... . Its operations manager, **X**, was arrested ...", "- **Y DMCC**, a trader managed by
**X**;". It then names its designees in sentences of their own ("Y, Z and W are designated for ...", "Y is being
designated pursuant to ..."), and a person it designates carries a short name ("**X** (X)") or a sentence that
designates it by name. The bold-name reading took such a person for a designee (BH's post holders leave them wherever
the release's statement names posts, "three of its leaders"; the count gate where it counts none). A bold person
who is not the first name of the paragraph, whose paragraph's firm a sentence designates by name without naming the
person, and whom no sentence designates, is the firm's officer or owner the text describes, not a target. As for BH's
post holders, a statement that counts people leaves them to the count (`designation_parties.over_count`), one that
names a company's officers by their post ("two companies ... and their managers") designates them, and a person whose
post a designating sentence names stays a designee; a group's "leaders" ("three of its leaders") are no company's
officers.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..nlp.coref import Cluster
from ..nlp.doc_text import text_now, token_lemmas
from ..nlp.mentions import Mention
from .bold_post_holders import (bold_people_where, designates, designating_nouns, mentions_of,
                                names_officers, opens_line, possessed_post, release_statements,
                                short_name_after, under_people_heading)
from .designation_parties import people_count
from .described_targets import number_of
from .context import DocContext
from .release import PERSON_NOUNS

_KEY = "gb_firm_paragraph_people"
#: The type of a paragraph's firm: a company, whose officers and owners the release describes; not a group
#: (Organization), whose members and leaders a release names to designate them ("Vexbot Group is a ransomware gang.
#: **X** has been involved in development activity for the group.").
FIRM_TYPES = frozenset({"Company"})


def firm_paragraph_people(ctx: DocContext) -> set[int]:
    """The entities (cluster indices) of the bold people every bold mention of whom stands in a firm's paragraph as
    the module docstring says, that no sentence designates and no table row opens. Computed once per document."""
    cached = ctx.doc.user_data.get(_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    statements, announcing = release_statements(ctx)
    if any(people_count(sent) is not None for sent in statements) \
            or any(names_officers(sent) for sent in statements + announcing):
        ctx.doc.user_data[_KEY] = set()  # "four individuals": the count weighs the release's people (`over_count`);
        return set()  # "two companies and their managers": the statement designates the companies' officers
    designating = designating_nouns(ctx, statements + announcing)

    def officer(sent: Span, m: Mention, cluster: Cluster) -> bool:
        firm = _paragraph_firm(ctx, m)
        return firm is not None and firm.index != cluster.index \
            and not short_name_after(sent, m) and not opens_line(ctx, m) and not under_people_heading(ctx, m) \
            and not possessed_post(ctx, sent, m) & designating and _designated_without(ctx, firm, cluster)

    out, people = bold_people_where(ctx, officer)
    counted = max((partitive_count(sent) for sent in statements + announcing), default=0)
    if counted > people - len(out):
        out = set()  # "the clan, three of its leaders, and two companies" with two other bold people: the third is one
    ctx.doc.user_data[_KEY] = out
    return out


#: Words between a partitive count's "of" and its people noun ("three of its senior leaders", "two of their executives").
PARTITIVE_WORDS = 3


def partitive_count(sent: Span) -> int:
    """The people a statement counts as a part of a body's ("three of its leaders", "two of the company's executives"),
    which `people_count` does not read; 0 when it counts none (review RDP, 34th session: the release's third counted
    leader, a firm's bold manager, was left out)."""
    doc, total = sent.doc, 0
    for i in range(sent.start, sent.end - 2):
        number = 1 if doc[i].lower_ == "one" else number_of(doc[i])
        if number is None or doc[i + 1].lower_ != "of":
            continue
        if any(doc[n].lower_ in PERSON_NOUNS for n in range(i + 2, min(sent.end, i + 3 + PARTITIVE_WORDS))):
            total += number
    return total


def _paragraph_firm(ctx: DocContext, m: Mention) -> Cluster | None:
    """The entity first named in the paragraph (or list item) of mention `m`, before it, when it is a firm: "- **Y
    d.o.o.** (Y) operates ... **X** has been Y's general manager", "Separately, the Department of State is designating
    **Y Company** ... . The company's chairman, **X**, ..." (a body's name, the actor, is passed over). None when the
    first name is a person's or the paragraph names none before `m`."""
    text = text_now(ctx.doc)
    start = ctx.doc[m.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    for other in ctx.mentions_in(0, m.start):
        if ctx.doc[other.start].idx < line_start:
            continue
        cluster = ctx.entity(other)
        if cluster is None or cluster.authority:
            continue
        return cluster if cluster.type in FIRM_TYPES else None
    return None


def _designated_without(ctx: DocContext, firm: Cluster, person: Cluster) -> bool:
    """A sentence that states a designation names the firm and not the person ("Y, Z and W are designated for ...")."""
    lemmas = token_lemmas(ctx.doc)
    seen: set[int] = set()
    for other in mentions_of(ctx, firm.index, firm.first_token, firm.last_token):
        k = ctx.sentence_index(other.start)
        if k in seen:
            continue
        seen.add(k)
        sent: Span = ctx.sentences[k]
        if designates(sent, lemmas) and not any(
                (c := ctx.entity(o)) is not None and c.index == person.index for o in ctx.mentions_in(sent.start, sent.end)):
            return True
    return False
