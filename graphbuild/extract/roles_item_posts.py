"""holds_role stated by layout: a list item's own post under an intro that names the body (issue 13, thirty-third
session LS).

"Y is being designated ... Its board consists of:", "Also being designated are two of Y's officers:", "The following
officers of Y are being designated:" then one person per item, "- X, managing director;": the item states X's post
and the intro its body, which no sentence rule joins (the item's title has no body of its own; the intro names no
person). `bullet_roles` / `list_roles` gave the intro's plural noun ("director", "member") where it is a title, and
nothing where it is no title ("its board"); GUIDELINES want the title as written. Not posts: an item without a title
("- X, his sister;", "- X, for having materially assisted Y"), an item whose title names its own body (the sentence
rules read it), an intro whose noun belongs to a person ("X's associates:") or names no body ("the following
individuals:").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster, refers_back
from ..nlp.doc_text import span_text
from ..nlp.mentions import Mention
from ..records import Relation
from .context import DocContext
from .list_items import list_items
from .release import sections
from .roles_common import _after_alias, _emit
from .titles import Title
from .titles_orgs import _its_antecedent, last_body_for_its, topic_possessor
from .titles_parts import _possessive_mark

#: The nouns of an intro that name the people of a body ("its board", "Y's officers", "the directors of Y").
MEMBER_NOUNS = frozenset({"board", "directors", "officers", "executives", "management", "leadership", "leaders", "members",
                          "managers"})
#: Words between the possessor and the noun ("its supervisory board", "Y's senior officers").
NOUN_MODIFIERS = frozenset({"supervisory", "management", "executive", "senior", "current", "board", "managing", "two", "three",
                            "four", "five", "six", "seven", "eight", "other", "top", "own"})
#: Where an item's post phrases end: its clause ("who", "which"), its sentence, an aside.
ITEM_ENDS = frozenset({";", ".", "who", "which", "that", "whose", "(", ":"})
#: Between two post phrases of one item ("managing director and company secretary", "a former boxer, director").
PHRASE_BREAKS = frozenset({",", "and", "&"})
#: Words before "of Y's officers" that make the noun the listed people's ("two of Y's officers:", "some of its directors:").
QUANTIFIERS = frozenset({"some", "several", "all", "many", "few", "both", "each", "one", "two", "three", "four", "five", "six",
                         "seven", "eight", "nine", "ten"})
#: Verbs after the member noun that still announce its people ("its board consists of:", "its directors include:").
ANNOUNCING_VERBS = frozenset({"be", "consist", "include", "comprise", "designate", "sanction", "identify", "list", "name"})


def _possessor(ctx: DocContext, sent: Span, k: int) -> Cluster | None:
    """The body owning the noun whose phrase opens after token `k` ("its", "Y's", "the company's")."""
    doc = sent.doc
    resolver = ctx.resolver
    if doc[k].lower_ == "its":
        return _its_antecedent(doc, resolver, k, sent) or topic_possessor(resolver, sent, k) or last_body_for_its(resolver, sent, k)
    if not _possessive_mark(doc, k) or k - 1 < sent.start:
        return None
    owner = resolver.mention_at(k - 1)
    if owner is not None and owner.end == k:
        return ctx.entity(owner)
    noun = doc[k - 1].lower_
    if k - 2 >= sent.start and doc[k - 2].lower_ == "the" and refers_back(ctx.gaz, noun, resolver):
        return topic_possessor(resolver, sent, k - 2, noun) or resolver.last_of_kind(k - 1, noun)  # "the firm's board"
    return None


def _of_body(ctx: DocContext, sent: Span, k: int) -> Cluster | None:
    """The body after "of" at token `k` ("the officers of Y", "the board of the company")."""
    doc = sent.doc
    j = k + 1 + int(k + 1 < sent.end and doc[k + 1].lower_ == "the")
    if j >= sent.end:
        return None
    mention = ctx.resolver.mention_at(j)
    if mention is not None and mention.start == j:
        return ctx.entity(mention)
    if doc[j - 1].lower_ == "the" and refers_back(ctx.gaz, doc[j].lower_, ctx.resolver):
        return ctx.resolver.last_of_kind(j, doc[j].lower_)
    return None


def _announces(ctx: DocContext, intro: Span, noun: int, k: int) -> bool:
    """Whether the member noun at token `noun` (its modifiers end at token `k`) names the people the list gives.

    "The following officials, who met with the board of Y:", "The board of Y paid the following individuals:",
    "Victims of Y's leaders include:", "Y's directors advised these clients:" list other people than the noun's: a
    "following" must open the noun's own phrase, and without one the noun must be no complement of another noun
    ("victims of", "controlled by"; "two of" is a share of its people) nor the subject of any verb but "are",
    "consists of", "include", "comprise" or the designation's own (reviewer rls, thirty-third session)."""
    doc = intro.doc
    following = [t.i for t in intro if t.lower_ == "following"]
    if following:
        return any(all(doc[m].lower_ in NOUN_MODIFIERS for m in range(f + 1, noun)) for f in following if f < noun)
    start = k + 1  # where the noun's phrase opens: "its", the owner of "Y's" / "the firm's", or "the"
    if k >= intro.start and doc[k].lower_ == "its":
        start = k
    elif k - 1 >= intro.start and _possessive_mark(doc, k):
        owner = ctx.resolver.mention_at(k - 1)
        start = owner.start if owner is not None and owner.end == k else k - 1
    if start - 1 >= intro.start and doc[start - 1].lower_ == "the":
        start -= 1
    before = doc[start - 1] if start - 1 >= intro.start else None
    if before is not None and before.pos_ == "ADP" and not (before.lower_ == "of" and start - 2 >= intro.start
                                                            and (doc[start - 2].lower_ in QUANTIFIERS or doc[start - 2].like_num)):
        return False
    return not any(t.pos_ == "VERB" and t.lemma_.lower() not in ANNOUNCING_VERBS for t in doc[noun + 1:intro.end])


def intro_body(ctx: DocContext, intro: Span) -> Cluster | None:
    """The body whose people the intro announces: the possessor or "of" complement of its member noun."""
    doc = intro.doc
    for tok in intro:
        if tok.lower_ not in MEMBER_NOUNS:
            continue
        k = tok.i - 1
        while k >= intro.start and doc[k].lower_ in NOUN_MODIFIERS:
            k -= 1
        if not _announces(ctx, intro, tok.i, k):
            continue
        body = _possessor(ctx, intro, k) if k >= intro.start else None
        if body is None and tok.i + 1 < intro.end and doc[tok.i + 1].lower_ == "of":
            body = _of_body(ctx, intro, tok.i + 1)
        if body is not None:
            return body if body.is_plain_body else None
    return None


def _segment_title(titles: list[Title], start: int, end: int) -> Title | None:
    """The one title spanning the phrase [start, end) with no body of its own ("a non-executive director")."""
    for title in titles:
        if title.phrase_start <= start < title.start + 1 and title.span_end == end:
            return title if title.org is None and not title.org_name and not title.plural else None
    return None


def item_titles(ctx: DocContext, sent: Span, person: Mention) -> list[Title]:
    """The item's own bodiless posts: the phrases after the name's comma that are each one title ("- X, chairman;",
    "- X, a former boxer, managing director; and"), up to the item's clause or end."""
    doc: Doc = sent.doc
    j = _after_alias(doc, person)
    if j >= sent.end or doc[j].text not in {",", "\u2013", "\u2014"}:
        return []
    titles = [t for t in ctx.titles_in(sent) if t.phrase_start > j]
    out: list[Title] = []
    start = j + 1
    k = start
    while k <= sent.end:
        at_end = k == sent.end or doc[k].lower_ in ITEM_ENDS or "\n" in doc[k].text
        if at_end or doc[k].lower_ in PHRASE_BREAKS:
            if k > start and (title := _segment_title(titles, start, k)) is not None:
                out.append(title)
            if at_end:
                break
            start = k + 1
        k += 1
    return out


def item_post_roles(ctx: DocContext) -> Iterator[Relation]:
    """Each listed person's own post (`item_titles`) at the body the list's intro names (`intro_body`)."""
    section_of: list[int] | None = None
    for index, intro in enumerate(ctx.sentences):
        if not span_text(intro).rstrip().endswith(":") or index + 1 >= len(ctx.sentences):
            continue
        body = intro_body(ctx, intro)
        if body is None:
            continue
        section_of = section_of if section_of is not None else sections(ctx)
        for sent, mention, cluster in list_items(ctx, index, section_of[index], section_of):
            if cluster.type != "Person":
                continue
            for title in item_titles(ctx, sent, mention):
                rel = _emit(ctx, sent, cluster, replace(title, org=body, also=()), 0.8)
                if rel:
                    yield rel

