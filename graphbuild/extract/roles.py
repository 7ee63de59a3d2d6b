"""roles.v1: person – role – organization.

Patterns (each tested on its own text in tests/extract/test_roles.py):
pre-nominal titles ("Deputy Minister of Defense Pavel Popov"), appositives in
either order ("X, the Director of Y" / "Iran's Minister of the Interior, X"),
copulas and service verbs ("X is / serves as / previously served as the head of Y"),
"Y's Director is X", "X, who heads Y", and member lists ("new members include A, B and C").
Prose and list patterns (tests/extract/test_roles_prose.py): "Y executives A and B", "X holds a leadership
role at Y", "A and B were designated for being leaders or officials of Y", "The head of Y, Russian national X".
Family relations, nationality and "associate of" are never roles.
This module groups titles and emits; roles_links.py decides which person the words around a title point to.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .context import DocContext, context_of
from .roles_common import (COPULA_WORDS, NAME, PAST_WORDS, _after_alias, _coordinated_before, _coordinated_people, _emit,
                           _person_mentions, _possessive, group_former)
from .roles_links import (LINK_VERBS, appositive_after, capacity_holder, copula_subject, kin_aside_holder, pronoun_people, pronoun_subject,
                          subject_link, successor, replaced_by_relative, where_index, where_org,
                          where_pronoun_holder)
from .roles_address import address_end
from .roles_body_lists import body_list_roles
from .roles_counsel import counsel_roles
from .titles_words import worded_former
from .roles_described import inside_anothers_description
from .roles_deputy import deputy_roles
from .roles_item_posts import item_post_roles
from .roles_lists import _member_lists, bullet_roles, list_roles
from .roles_board import board_verb_roles
from .roles_prose import _board_roles, _criterion_roles, _passive_roles, _role_noun_roles, _verb_roles
from .roles_government import without_generic_government_posts
from .roles_heads import us_head_of_state
from .roles_head_verb import head_verb_roles
from .roles_relative import relative_roles
from .roles_relative_parse import parsed_relative_roles
from .roles_respectively import respective_roles
from .roles_stance import with_stance
from .roles_table import table_roles, without_organ_posts
from .roles_syntax import body_after_name, collective_body, syntactic_holder
from .roles_verbs import _membership_roles
from .roles_employment import employer_roles, employment_roles
from .title_groups import CHAIN_WORDS, title_groups
from .titles import Title
from .titles_words import RANK_HEADS

__all__ = ["NAME", "extract_roles", "stated_roles"]



def _share_orgs(group: list[Title], doc: Doc) -> list[Title]:
    """"president and treasurer of Global Staffing": titles joined in a group share the organization named.

    A repeated "as" opens a post of its own: in "served as A commander and as the head of B" the commander is no
    post at B."""
    shared = next((t for t in reversed(group) if t.org is not None or t.org_name), None)
    if shared is None:
        return group
    apart = {i for i, (a, b) in enumerate(zip(group, group[1:])) if any(t.lower_ == "as" for t in doc[a.span_end:b.phrase_start])}
    last_apart = max((i for i in apart if group[i + 1].start <= shared.start), default=-1)
    return [t if (t.org is not None or t.org_name) or i <= last_apart or names_own_body(doc, t)
            else replace(t, org=shared.org, org_name=shared.org_name) for i, t in enumerate(group)]


def names_own_body(doc: Doc, title: Title) -> bool:
    """The title's head governs a preposition right after its phrase whose object is a name the complement scan did
    not take as its body ("a lawmaker in Moldova's parliament and an adviser to Y": "to Y"): the post is at that
    name or at none, never at the body another title of the group names (V9 item 7, M44). Not a unit of that body
    ("a magistrate of the Supreme Court and the president of its Criminal Chamber": "its" refers back to it)."""
    k = title.span_end
    if k >= len(doc) or doc[k].dep_ != "prep" or doc[k].head.i != title.end - 1:
        return False
    return any(c.dep_ == "pobj" and (c.tag_ in {"NNP", "NNPS"} or c.ent_type_ in {"ORG", "GPE", "PERSON"})
               and not any(p.dep_ == "poss" and p.lower_ in UNIT_POSSESSIVES for p in c.children) for c in doc[k].children)


#: Possessive pronouns by which a title's complement names a unit of the body named before ("its Criminal Chamber").
UNIT_POSSESSIVES = frozenset({"its", "their"})


def stated_roles(doc: Doc) -> Iterator[Relation]:
    """roles.v1 as registered: the rules' posts less a generic post at a whole government of a person whose post the
    release states (roles_government). `extract_roles` keeps them: the learned scorer's candidates are made from it."""
    yield from with_stance(doc, without_generic_government_posts(list(extract_roles(doc))))


def extract_roles(doc: Doc) -> Iterator[Relation]:
    """Every post the rules read, then the deputies of the people among them ("his deputy, B": roles_deputy)."""
    found = without_organ_posts(context_of(doc), list(_sentence_roles(doc)))  # "| X | Chairman of the Board |" under "Position at Y"
    yield from found
    yield from deputy_roles(context_of(doc), found)


def _said_more(post: Relation, others: list[Relation], strictly: bool = False) -> bool:
    """One of `others` gives `post`'s pair a role holding all of its words (more of them, if `strictly`): the title
    rules and a career sentence read one post ("served as director of Y": once), and the fuller role is the title as
    written, where the lexicon may read only its head ("served as a purchasing officer at Y": "officer"; "as chief of
    staff at Y": "chief"). RVP, review of VP's thirty-second session change, which kept the head."""
    words = set((post.role or "").casefold().split())
    return any(r.subject.name == post.subject.name and r.object.name == post.object.name
               and words <= (more := set((r.role or "").casefold().split())) and (not strictly or words != more)
               for r in others)


def _sentence_roles(doc: Doc) -> Iterator[Relation]:
    ctx = context_of(doc)
    people_of: dict[int, list[tuple[Mention, Cluster]]] = {}
    sentences = list(_each_sentence_roles(ctx, people_of))
    items = list(item_post_roles(ctx))  # "Its board consists of:" then "- X, managing director;"
    ctx.item_posts = {r.key() for r in items} - {r.key() for r in sentences}  # the body only the list's intro names
    stated = sentences + items
    said = {(r.subject.name, r.object.name) for r in stated}
    tables = list(table_roles(ctx))  # "Name | Nationality | Role" rows
    # a table row's post and a sentence rule's reading of the same cell are one post, the row's role the fuller
    # ("| X | Chief of Staff of Y; former commander of Z |": "former commander", not also "commander"; LS34)
    yield from (r for r in stated if not _said_more(r, tables, strictly=True))
    # a list's introducing noun ("Its directors are:", "two of Y's officers:") yields to the post an item or a sentence
    # states for the same person and body ("- X, managing director", "- X, Y's operations manager"): one post (LS33)
    yield from (r for r in chain(list_roles(ctx, people_of), bullet_roles(ctx, people_of)) if (r.subject.name, r.object.name) not in said)
    yield from body_list_roles(ctx, people_of)  # "X is the owner of the following companies:" then bodies
    yield from tables


def _each_sentence_roles(ctx: DocContext, people_of: dict[int, list[tuple[Mention, Cluster]]]) -> Iterator[Relation]:
    """The posts each sentence states on its own; fills `people_of` (each sentence's people) for the list rules."""
    for sent in ctx.sentences:
        titles = ctx.titles_in(sent)
        people = people_of[sent.start] = _person_mentions(ctx, sent)
        paired, used = respective_roles(ctx, sent, titles, people)  # "A and B are the X and the Y, respectively"
        yield from paired
        titled = list(_title_roles(ctx, sent, [t for t in titles if t.start not in used] if used else titles, people))
        pronouns = pronoun_people(ctx, sent)  # "He also heads Y"
        employed = list(employment_roles(ctx, sent, people, pronouns))  # "X worked as a coder with duties in Y", "X served in Y"
        yield from (r for r in titled if not _said_more(r, employed, strictly=True))  # "served as a purchasing officer at Y"
        verbs = list(_verb_roles(ctx, sent, sorted(people + pronouns, key=lambda p: p[0].start) if pronouns else people))
        yield from verbs
        said = {(r.subject.name, r.object.name) for r in verbs}
        yield from (r for r in head_verb_roles(ctx, sent, people) if (r.subject.name, r.object.name) not in said)  # "X is a deputy in Y who chairs Z"
        relative = list(relative_roles(ctx, sent, people + pronouns))  # "Y, an agency that X co-founded", "Y, a firm he runs"
        yield from relative
        said = {(r.subject.name, r.object.name) for r in relative}
        yield from (r for r in parsed_relative_roles(ctx, sent, people + pronouns)  # "Y, a Moscow-based firm that X runs"
                    if (r.subject.name, r.object.name) not in said)
        yield from _membership_roles(ctx, sent, people)
        yield from counsel_roles(ctx, sent, people)  # "A lawyer for W, X of the firm Y, said"
        yield from (r for r in employed if not _said_more(r, titled))  # "X served as director of Y": the title's post, once
        yield from employer_roles(ctx, sent)  # "X's former employer, Y"
        yield from _role_noun_roles(ctx, sent, people)
        board = list(_board_roles(ctx, sent, people))
        yield from board
        taken = {(r.subject.name, r.object.name) for r in board}
        yield from (r for r in board_verb_roles(ctx, sent, people) if (r.subject.name, r.object.name) not in taken)  # "X, who also sits on ..."
        yield from _criterion_roles(ctx, sent, titles, people)
        yield from _passive_roles(ctx, sent)


def _title_roles(ctx: DocContext, sent: Span, titles: list[Title], people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    doc = sent.doc
    by_start = {m.start: (m, c) for m, c in people}
    used: set[int] = set()
    for group in (_share_orgs(g, doc) for g in title_groups(titles, doc)):
        group = [t for title in group for t in (title, *(replace(title, org=o, also=()) for o in title.also))]
        last = group[-1]
        first = group[0]
        after = _possessed_tail_end(ctx, last, sent.end)
        # pre-nominal: "Under Secretary of the Treasury Dana Whitcombe"; appositive before: "Iran's Minister ..., Ahmad Vahidi"
        target = None
        if after not in by_start and (ranked := _past_rank(titles, last, after)) in by_start:
            after = ranked  # "Defence Minister Brigadier General X": the rank stands between the post and its holder
        if after not in by_start and (addressed := address_end(doc, ctx.resolver, ctx.gaz, after, sent.end)) in by_start:
            after = addressed  # "Interior Minister Dr. X": a form of address stands between the post and its holder (PW)
        if after in by_start:
            target, confidence = by_start[after], 0.9
        elif after < sent.end and doc[after].text == "," and (found := appositive_after(ctx, by_start, after + 1, sent.end)) \
                and copula_subject(doc, people, first) is None:  # "X is a co-founder of Y, Z is ...": Z opens a new clause
            target, confidence = found
        elif after < sent.end and doc[after].lower_ in {"is", "was"} and (named := _named_after_copula(ctx, sent, after + 1, by_start)):
            target, confidence = by_start[named], 0.85  # "BelAZ's Director is X", "Its director is W's nephew, X"
        if target is not None and len(group) == 1 and group[0].org is None and group[0].org_name is None:
            group = [us_head_of_state(ctx, sent, _country_after_name(ctx, sent, group[0], target[0]), target[0])]
        if target is not None:
            targets = [target] + (_coordinated_people(doc, by_start, target[0], sent.end) if last.plural else [])
            for person in targets:  # "Norvik Mining executives A and B", "As senior members of Y, A, B, and C": each one
                for title in group:
                    rel = _emit(ctx, sent, person[1], title, confidence)
                    if rel:
                        used.add(id(title))
                        yield rel
            continue
        where = where_org(ctx, sent, first)
        if where is not None and all(t.org is None and not t.org_name for t in group):
            group = [replace(t, org=where) for t in group]  # "Y, where A is the General Manager, B the COO and C the CEO"
        held_there = where_pronoun_holder(ctx, sent, first) if where is not None else None
        if held_there is not None:  # "X reports to Y, where he previously worked as a programmer" (DS, 34th)
            referent, (confidence, former) = held_there
            for title, title_former in zip(group, group_former(doc, group, former)):
                rel = _emit(ctx, sent, referent, title, confidence - 0.05, title_former)
                if rel:
                    yield rel
            continue
        holder = capacity_holder(doc, sent, first, people)
        if holder is not None:  # "X was designated for his role as the head of Y", "X, in her capacity as director of Y,"
            for title in group:
                rel = _emit(ctx, sent, holder, title, 0.8)
                if rel:
                    yield rel
            continue
        # person before the group: appositive or copula
        for m, cluster in reversed(people):
            end = _after_alias(doc, m)
            if end > first.phrase_start:
                continue
            kin = kin_aside_holder(ctx, people, m)
            rest = {t.lower_ for t in doc[end:first.phrase_start]}
            if kin is not None and rest & LINK_VERBS and (doc[kin[0].end:m.start].text.count(",") or doc[end].lower_ == "and"):
                # "A, a nephew of B, was the treasurer" / "A is the brother of B and serves as ...": the post is A's;
                # "A is the son of B, the director of Y" (no verb after B) leaves the appositive to B
                m, cluster = kin
                if doc[end].lower_ == "and":
                    end += 1
            if kin is None and inside_anothers_description(ctx, m, people):
                yield from syntactic_holder(ctx, sent, group, people)  # "X, a close ally of Y, is the chairman of Z"
                break
            link = subject_link(ctx, end, first.phrase_start)
            predecessor = replaced_by_relative(ctx, end, first.phrase_start) if link is None else None
            if predecessor is not None:
                link = (0.8, False)  # "Y, whom X replaced as chairman of Z": X's post now, Y's before (P17)
            if link is None and where is not None and end == first.phrase_start and m.start > where_index(sent):
                link = (0.8, False)  # the gapped verb: "..., B the Chief Operating Officer and C the Chief Executive Officer"
            if link is None:
                yield from syntactic_holder(ctx, sent, group, people)  # "X founded Y and serves as its chief executive"
                break
            confidence, former = link
            subjects = [cluster]
            if last.plural or ({"are", "were"} & {t.lower_ for t in doc[end:first.phrase_start]} and not any(t.lower_ == "respectively" for t in sent)):
                subjects += [c for _, c in _coordinated_before(doc, people, m)]  # "A (A) and B (B) are members of Y"
            if predecessor is not None and not predecessor.taken_over:
                subjects = []  # "Y, whom X did not replace / dismissed as chairman of Z": Y's post, not X's (R, R2)
            held = group
            if predecessor is not None and predecessor.taken_over:  # the replacing verb's "as" made the title the post
                held = [replace(t, former=worded_former(doc, t) or predecessor.returned) for t in group]  # Y left; X, who took it over, holds it now (R23), unless Y came back
            for subject in subjects:
                for title, title_former in zip(held, group_former(doc, held, former)):
                    rel = _emit(ctx, sent, subject, title, confidence, title_former)
                    if rel:
                        yield rel
                yield from _chained(ctx, sent, subject, group, titles)
            if predecessor is not None and predecessor.person not in subjects:
                again = [replace(t, former=worded_former(doc, t)) for t in group] if predecessor.returned else group
                for title, title_former in zip(again, group_former(doc, again, predecessor.former)):
                    rel = _emit(ctx, sent, predecessor.person, title, confidence, title_former)
                    if rel:
                        yield rel
            taker = successor(ctx, end) if former and doc[end].lower_ == "as" else None
            if taker is not None and taker not in subjects:  # "X, who succeeded Y as deputy minister at Z": Y's former post is X's now
                taken = [replace(t, former=worded_former(doc, t)) for t in group]  # the replacing verb's "as" made the title Y's post left
                for title, title_former in zip(taken, group_former(doc, taken, False)):
                    rel = _emit(ctx, sent, taker, title, confidence, title_former)
                    if rel:
                        yield rel
            break
        else:
            pronoun = pronoun_subject(ctx, sent, first)
            if pronoun is not None:  # "Previously, he served as the commander of Y"
                referent, (confidence, former) = pronoun
                for title, title_former in zip(group, group_former(doc, group, former)):
                    rel = _emit(ctx, sent, referent, title, confidence - 0.05, title_former)
                    if rel:
                        yield rel
                yield from _chained(ctx, sent, referent, group, titles)
            elif not (parsed := list(syntactic_holder(ctx, sent, group, people))):  # "he served as A and as B"
                yield from _member_lists(ctx, sent, group, people)
            else:
                yield from parsed


def _named_after_copula(ctx: DocContext, sent: Span, k: int, by_start: dict[int, tuple[Mention, Cluster]]) -> int | None:
    """The name a title's copula gives past a kinship phrase or a rank: "Its managing director is W's nephew, X", "The
    company's president is W's daughter X", "Y's chairman is SAF Major General X" (R28). The kin noun (`not_roles`)
    ties X to W; the post is X's."""
    doc = sent.doc
    owner = ctx.resolver.mention_at(k)
    if owner is not None and owner.start == k and owner.end + 1 < sent.end and doc[owner.end].tag_ == "POS" \
            and doc[owner.end + 1].lower_ in ctx.gaz.not_roles:  # W's nephew: W, typed a person anywhere, holds nothing
        n = owner.end + 2
        while n + 1 < sent.end and doc[n].text == "-" and not doc[n - 1].whitespace_:
            n += 2  # "W's brother-in-law, X": the hyphenated kin word whole (H12)
        n += 1 if n < sent.end and doc[n].text == "," else 0
        return n if n in by_start else None
    if k in by_start:
        return k  # "BelAZ's Director is X"
    described = _after_descriptor(ctx, sent, k)
    if described in by_start:
        named = by_start[described][0]
        if named.end < sent.end and doc[named.end].tag_ == "POS":  # "Cypriot lawyer W's nephew, X": X or nothing, never W
            return _named_after_copula(ctx, sent, described, by_start) if described != k else None  # (M12, review V6)
        return described  # "Its managing director is Russian national X", "Its director is Cypriot lawyer X" (R30)
    rank = next((t for t in ctx.titles_in(sent) if t.head.lower() in RANK_HEADS and t.start in {k, k + 1}
                 and (t.start == k or doc[k].text.isupper())), None)  # "SAF Major General X": the force, then the rank
    return rank.end if rank is not None and rank.end in by_start else None


def _after_descriptor(ctx: DocContext, sent: Span, k: int) -> int | None:
    """Where a name would start after a nationality or an adjective and one or two lower-case nouns that describe the
    holder ("Russian national", "Cypriot lawyer", "retired army officer"); None when no such words stand at `k`. A
    kinship noun (`not_roles`) is no descriptor: the name after "W's wife" is read by the kinship branch."""
    doc = sent.doc
    n = k
    nationality = ctx.resolver.mention_at(n)
    if nationality is not None and nationality.start == n and nationality.label == "NORP":
        n = nationality.end
    elif n < sent.end and doc[n].tag_ == "JJ":
        n += 1
    start = n
    while n < sent.end and n - start < 2 and doc[n].is_lower and (
            doc[n].lower_ == "national" or doc[n].tag_ == "NN" and doc[n].lower_ not in ctx.gaz.not_roles):
        n += 1  # "national" (often tagged an adjective) names no kin
    return n if n > start else None


def _country_after_name(ctx: DocContext, sent: Span, title: Title, person: Mention) -> Title:
    """"President Ivo Marten of Russia": the country after the name gives the government; "Colonel X of the Y": Y."""
    from .titles import GOVERNMENT_HEADS

    doc = sent.doc
    end = _after_alias(doc, person)
    if title.head in GOVERNMENT_HEADS and end + 1 < sent.end and doc[end].lower_ == "of":
        place = ctx.resolver.mention_at(end + 1)
        if place is not None and place.label == "GPE":
            return replace(title, org_name=f"Government of {place.text}")
    body = body_after_name(ctx, end, sent.end) if title.role[:1].isupper() else None
    body = body if body is not None else collective_body(ctx, person)  # "Y's leadership includes chairman X"
    return replace(title, org=body) if body is not None else title  # "Colonel X of the Y": the rank is held in Y


def _past_rank(titles: list[Title], last: Title, after: int) -> int:
    """The end of a bare military rank that opens right where a post ends ("Defence Minister Brigadier General X",
    "Interior Minister Major General X"), else `after`. Titles side by side are no group of posts, so the post found
    no holder and the rank, which names no body, had him alone (G, twenty-third session)."""
    rank = next((t for t in titles if t.phrase_start == after and t is not last), None)
    if rank is None or rank.head not in RANK_HEADS or rank.org is not None or rank.org_name or last.head in RANK_HEADS:
        return after
    return rank.span_end


def _possessed_tail_end(ctx: DocContext, title: Title, limit: int) -> int:
    """End of a title, past "of Y's mining operations in Guatemala": a unit of Y that the title's holder runs for Y."""
    doc = ctx.doc
    j = title.span_end
    if title.org is None or j >= limit or not _possessive(doc[j]):
        return j
    k = j + 1
    while k < limit and k - j <= 3 and doc[k].is_lower and doc[k].tag_ in {"NN", "NNS", "JJ", "VBG"}:
        k += 1
    if k == j + 1 or doc[k - 1].tag_ not in {"NN", "NNS"}:
        return j
    place = ctx.resolver.mention_at(k + 1) if k + 1 < limit and doc[k].lower_ == "in" else None
    if place is not None and place.label == "GPE" and place.start == k + 1:
        k = place.end
    return k


def _chained(ctx: DocContext, sent: Span, person: Cluster, group: list[Title], titles: list[Title]) -> Iterator[Relation]:
    """"X is a Major General of Y and previously served as the head of Z": later titles of the same subject."""
    doc = sent.doc
    index = next(i for i, t in enumerate(titles) if t.start == group[-1].start)
    previous = group[-1]
    for title in titles[index + 1:]:
        between = [t.lower_ for t in doc[previous.span_end:title.phrase_start] if t.ent_type_ != "DATE"]
        if not between or not all(w in CHAIN_WORDS | COPULA_WORDS for w in between) or len(between) > 7 or (
                "and" not in between and between[:2] != [",", "who"]):  # "X, Lieutenant General, who serves as the Chief of Y"
            return
        rel = _emit(ctx, sent, person, title, 0.8, bool(set(between) & PAST_WORDS))
        if rel:
            yield rel
        previous = title


