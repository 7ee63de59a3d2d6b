"""roles.v1: person – role – organization.

Patterns (each tested on its own text in tests/extract/test_roles.py):
pre-nominal titles ("Deputy Minister of Defense Pavel Popov"), appositives in
either order ("X, the Director of Y" / "Iran's Minister of the Interior, X"),
copulas and service verbs ("X is / serves as / previously served as the head of Y"),
"Y's Director is X", "X, who heads Y", and member lists ("new members include A, B and C").
Prose and list patterns (tests/extract/test_roles_prose.py): "Y executives A and B", "X holds a leadership
role at Y", "A and B were designated for being leaders or officials of Y", "The head of Y, Russian national X".
Family relations, nationality and "associate of" are never roles.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .context import DocContext, context_of
from .roles_common import (COPULA_WORDS, NAME, PAST_WORDS, _after_alias, _coordinated_before, _coordinated_people, _emit,
                           _person_mentions, _possessive)
from .roles_lists import _member_lists, bullet_roles, list_roles
from .roles_prose import _board_roles, _criterion_roles, _passive_roles, _role_noun_roles, _verb_roles
from .roles_heads import us_head_of_state
from .roles_respectively import respective_roles
from .roles_syntax import body_after_name, collective_body, syntactic_holder
from .roles_verbs import _membership_roles
from .titles import Title

__all__ = ["NAME", "extract_roles"]

CHAIN_WORDS = {"and", "as", "well", ",", "previously", "served", "serves", "was", "is", "also", "the", "a", "an", "has", "formerly",
               "then", "later", "currently", "concurrently", "been", "in", "addition", "additionally", "before", "that"}


def _groups(titles: list[Title], doc: Doc) -> list[list[Title]]:
    """Titles joined by "and" / "as well as" / "and previously served as" form one group."""
    groups: list[list[Title]] = []
    gaps = [[t.lower_ for t in doc[a.span_end:b.phrase_start] if t.ent_type_ != "DATE"] for a, b in zip(titles, titles[1:])]
    for index, title in enumerate(titles):
        if groups:
            last = groups[-1][-1]
            between = gaps[index - 1]  # "since 2015, and as"
            if between == [","] and _serial_list_closes(gaps[index:]):
                groups[-1].append(title)  # "Minister of A, Minister of B, and Minister of C": one list of posts
                continue
            if between and all(w in CHAIN_WORDS | {"or", "since"} for w in between) and ("and" in between or "as" in between or "or" in between) and len(between) <= 6:
                if "or" in between and "and" not in between:  # "the emir, or leader, of Y": one post named twice
                    if last.org is None and not last.org_name:
                        groups[-1][-1] = replace(last, org=title.org, org_name=title.org_name, span_end=title.span_end)
                    continue
                groups[-1].append(title)
                continue
        groups.append([title])
    return groups


def _serial_list_closes(later_gaps: list[list[str]]) -> bool:
    """Whether the commas between titles run on to an "and" that closes the list ("A, B, and C")."""
    for gap in later_gaps:
        if gap in ([",", "and"], ["and"]):
            return True
        if gap != [","]:
            return False
    return False


def _share_orgs(group: list[Title]) -> list[Title]:
    """"president and treasurer of Global Staffing": titles joined in a group share the organization named."""
    shared = next((t for t in reversed(group) if t.org is not None or t.org_name), None)
    if shared is None:
        return group
    return [t if (t.org is not None or t.org_name) else replace(t, org=shared.org, org_name=shared.org_name) for t in group]


def extract_roles(doc: Doc) -> Iterator[Relation]:
    ctx = context_of(doc)
    people_of: dict[int, list[tuple[Mention, Cluster]]] = {}
    for sent in ctx.sentences:
        titles = ctx.titles_in(sent)
        people = people_of[sent.start] = _person_mentions(ctx, sent)
        paired, used = respective_roles(ctx, sent, titles, people)  # "A and B are the X and the Y, respectively"
        yield from paired
        yield from _title_roles(ctx, sent, [t for t in titles if t.start not in used] if used else titles, people)
        yield from _verb_roles(ctx, sent, people)
        yield from _membership_roles(ctx, sent, people)
        yield from _role_noun_roles(ctx, sent, people)
        yield from _board_roles(ctx, sent, people)
        yield from _criterion_roles(ctx, sent, titles, people)
        yield from _passive_roles(ctx, sent)
    yield from list_roles(ctx, people_of)
    yield from bullet_roles(ctx, people_of)


def _title_roles(ctx: DocContext, sent: Span, titles: list[Title], people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    doc = sent.doc
    by_start = {m.start: (m, c) for m, c in people}
    used: set[int] = set()
    for group in map(_share_orgs, _groups(titles, doc)):
        group = [t for title in group for t in (title, *(replace(title, org=o, also=()) for o in title.also))]
        last = group[-1]
        first = group[0]
        after = _possessed_tail_end(ctx, last, sent.end)
        # pre-nominal: "Under Secretary of the Treasury Dana Whitcombe"; appositive before: "Iran's Minister ..., Ahmad Vahidi"
        target = None
        if after in by_start:
            target, confidence = by_start[after], 0.9
        elif after < sent.end and doc[after].text == "," and (found := _appositive_after(ctx, by_start, after + 1, sent.end)) \
                and _copula_subject(doc, people, first) is None:  # "X is a co-founder of Y, Z is ...": Z opens a new clause
            target, confidence = found
        elif after < sent.end and doc[after].lower_ in {"is", "was"} and after + 1 in by_start:
            target, confidence = by_start[after + 1], 0.85  # "BelAZ's Director is X"
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
        where = _where_org(ctx, sent, first)
        if where is not None and all(t.org is None and not t.org_name for t in group):
            group = [replace(t, org=where) for t in group]  # "Y, where A is the General Manager, B the COO and C the CEO"
        holder = _capacity_holder(doc, sent, first, people)
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
            kin = _kin_aside_holder(ctx, people, m)
            rest = {t.lower_ for t in doc[end:first.phrase_start]}
            if kin is not None and rest & LINK_VERBS and (doc[kin[0].end:m.start].text.count(",") or doc[end].lower_ == "and"):
                # "A, a nephew of B, was the treasurer" / "A is the brother of B and serves as ...": the post is A's;
                # "A is the son of B, the director of Y" (no verb after B) leaves the appositive to B
                m, cluster = kin
                if doc[end].lower_ == "and":
                    end += 1
            link = _link(ctx, end, first.phrase_start)
            if link is None and where is not None and end == first.phrase_start and m.start > _where_index(sent):
                link = (0.8, False)  # the gapped verb: "..., B the Chief Operating Officer and C the Chief Executive Officer"
            if link is None:
                yield from syntactic_holder(ctx, sent, group, people)  # "X founded Y and serves as its chief executive"
                break
            confidence, former = link
            subjects = [cluster]
            if last.plural or ({"are", "were"} & {t.lower_ for t in doc[end:first.phrase_start]} and not any(t.lower_ == "respectively" for t in sent)):
                subjects += [c for _, c in _coordinated_before(doc, people, m)]  # "A (A) and B (B) are members of Y"
            for subject in subjects:
                for title in group:
                    rel = _emit(ctx, sent, subject, title, confidence, former)
                    if rel:
                        yield rel
                yield from _chained(ctx, sent, subject, group, titles)
            break
        else:
            pronoun = _pronoun_subject(ctx, sent, first)
            if pronoun is not None:  # "Previously, he served as the commander of Y"
                referent, (confidence, former) = pronoun
                for title in group:
                    rel = _emit(ctx, sent, referent, title, confidence - 0.05, former)
                    if rel:
                        yield rel
                yield from _chained(ctx, sent, referent, group, titles)
            else:
                yield from _member_lists(ctx, sent, group, people)


HELD_WORDS = {"held", "holds", "hold", "roles", "positions", "posts", "previous", "various", "senior", "several"}
LINK_VERBS = {"is", "was", "are", "were", "serves", "served", "has", "had", "remains", "remained", "became", "works", "worked", "acts", "acted"}
APPOSITIVE_WORDS = {",", "the", "a", "an", "who", "is", "was", "also", "currently", "previously", "as", "both", "all"}  # "A and B, both officials of Y"


def _link(ctx: DocContext, end: int, title_start: int) -> tuple[float, bool] | None:
    """Whether the words between a subject and a title link them, with (confidence, former).

    An appositive (", the director of Y", ", as chief of Y", ", an Iranian national and the head of Y") or a
    copula or service verb ("is", "has served as", "was formerly").
    """
    between = [t.lower_ for t in ctx.doc[end:title_start] if not t.ent_type_ == "DATE"]  # "has served since 2019 as"
    if between[:1] == ["as"] and _replaced(ctx, end):
        return 0.8, True  # "X replaced Y as chief executive of Z": Y held the post before X
    if between and between[0] == "," and (_nationality_aside(ctx, end, title_start) or all(w in APPOSITIVE_WORDS for w in between) and len(between) <= 4):
        return 0.88, bool(set(between) & PAST_WORDS)
    if between and between[0] in {"is", "was"} and _nationality_aside(ctx, end, title_start):
        return 0.85, between[0] == "was"
    if between and between[-2:] in (["as", "the"], ["as", "a"], ["as", "an"]) or between[-1:] == ["as"]:
        held = [w for w in between if w not in HELD_WORDS]
        if held != between and held and all(w in COPULA_WORDS for w in held) and len(between) <= 8 and "," not in between[:1]:
            return 0.8, True  # "He also held previous roles as the chief of Y"
    if between[:2] == [",", "who"] and len(between) <= 8 and all(w in COPULA_WORDS for w in between[2:]):
        # ", who serves as the director of Y", ", who has served since 2019 as ..."
        return 0.85, bool(set(between) & PAST_WORDS) and not {"is", "serves", "remains"} & set(between)
    if between and all(w in COPULA_WORDS for w in between) and len(between) <= 6 and (
            "," not in between[:1] or (len(between) > 1 and between[1] in {"is", "was", "serves", "served", "remains"})):
        return 0.85, bool(set(between) & PAST_WORDS) and not {"is", "serves", "remains"} & set(between)
    return None


#: Verbs whose object held the post named after "as" before the subject took it or removed them from it.
REPLACING_VERBS = {"replace", "succeed", "oust", "remove", "dismiss", "fire", "sack", "depose", "unseat"}


def _replaced(ctx: DocContext, end: int) -> bool:
    """The name ending before token `end` is the object of a verb that ends its holder's post ("replaced Y as ...")."""
    m = ctx.resolver.mention_at(end - 1)
    root = ctx.doc[m.start:m.end].root if m is not None else ctx.doc[end - 1]
    return root.dep_ in {"dobj", "nsubjpass"} and root.head.lemma_.lower() in REPLACING_VERBS


PRONOUNS = {"he", "she"}
PRONOUN_OPENERS = {"previously", "currently", "additionally", "also", "since", "from", "in", "before", "then", "later", "today", ","}


def _pronoun_subject(ctx: DocContext, sent: Span, first: Title) -> tuple[Cluster, tuple[float, bool]] | None:
    """"Previously, he served as the head of Y": the sentence's subject pronoun, when one person is named in the paragraph."""
    doc = sent.doc
    for tok in doc[sent.start:first.phrase_start]:
        if tok.lower_ in PRONOUNS and tok.dep_ in {"nsubj", "nsubjpass"}:
            opener = [t for t in doc[sent.start:tok.i] if not t.is_space]
            if len(opener) > 4 or not all(t.lower_ in PRONOUN_OPENERS or t.like_num or t.is_punct for t in opener):
                return None
            link = _link(ctx, tok.i + 1, first.phrase_start)
            person = ctx.resolver.person_for_pronoun(tok.i) if link is not None else None
            return (person, link) if person is not None and link is not None else None
    return None


def _copula_subject(doc: Doc, people: list[tuple[Mention, Cluster]], first: Title) -> Mention | None:
    """The person a title is predicated of by a copula ("X is a co-founder of Y"), if any.

    Then "..., Z" after the title starts the next clause and is no appositive of the title.
    """
    for m, _ in reversed(people):
        end = _after_alias(doc, m)
        if end > first.phrase_start:
            continue
        between = [t.lower_ for t in doc[end:first.phrase_start]]
        if between and len(between) <= 6 and all(w in COPULA_WORDS for w in between) and {"is", "was", "serves", "served", "remains", "became"} & set(between):
            return m
        return None
    return None


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


def _appositive_after(ctx: DocContext, by_start: dict[int, tuple[Mention, Cluster]], start: int,
                      limit: int) -> tuple[tuple[Mention, Cluster], float] | None:
    """The person named right after "title, ": directly (0.88), or after ", Uzbekistan-based" / ", Russian national" (0.85)."""
    if start in by_start:
        return by_start[start], 0.88
    for skip in (_based_prefix_end(ctx.doc, start, limit), _nationality_end(ctx, start, limit)):
        if skip in by_start:
            return by_start[skip], 0.85
    return None


def _based_prefix_end(doc: Doc, start: int, limit: int) -> int:
    """Index after a "Uzbekistan-based" / "Moscow-based" modifier starting at `start` (or `start`)."""
    j = start
    while j < limit and j - start < 5 and doc[j].lower_ != "based":
        j += 1
    if j < limit and doc[j].lower_ == "based" and j > start and doc[j - 1].text == "-":
        return j + 1
    return start


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


NATIONALITY_NOUNS = {"national", "nationals", "citizen", "citizens", "businessman", "businesswoman", "resident"}


def _nationality_end(ctx: DocContext, start: int, limit: int) -> int:
    """Index after a "Russian national" / "dual Peruvian-Spanish citizen" descriptor starting at `start` (or `start`)."""
    doc = ctx.doc
    j = start
    while j < limit and j - start < 6 and doc[j].lower_ not in NATIONALITY_NOUNS:
        m = ctx.resolver.mention_at(j)
        if not (doc[j].lower_ in {"dual", "-"} or (m is not None and m.label == "NORP") or (doc[j].tag_ == "JJ" and doc[j].text[:1].isupper())):
            return start
        j += 1
    if j > start and j < limit and doc[j].lower_ in NATIONALITY_NOUNS:
        return j + 1
    return start


def _nationality_aside(ctx: DocContext, start: int, end: int) -> bool:
    """", an Iranian national and the director of ...": a nationality aside before the post."""
    doc = ctx.doc
    words = [t.lower_ for t in doc[start:end]]
    if not words or words[0] not in {",", "is", "was"} or len(words) > 8 or "and" not in words:
        return False  # also the copula: "X is a Burmese national and is the chairman of Y"
    allowed = {",", "a", "an", "the", "and", "national", "citizen", "resident", "dual", "businessman", "businesswoman", "politician", "activist",
               "cleric", "militant", "lawyer", "is", "was", "also", "currently", "serves", "as"}
    if not any(t.lower_ in {"national", "citizen", "resident"} or (ctx.resolver.mention_at(t.i) is not None and ctx.resolver.mention_at(t.i).label == "NORP") for t in doc[start:end]):  # type: ignore[union-attr]
        return False
    for tok in doc[start:end]:
        m = ctx.resolver.mention_at(tok.i)
        if tok.lower_ not in allowed and not (m is not None and m.label in {"NORP", "GPE"}) and tok.pos_ != "ADJ":
            return False
    return True


def _chained(ctx: DocContext, sent: Span, person: Cluster, group: list[Title], titles: list[Title]) -> Iterator[Relation]:
    """"X is a Major General of Y and previously served as the head of Z": later titles of the same subject."""
    doc = sent.doc
    index = next(i for i, t in enumerate(titles) if t.start == group[-1].start)
    previous = group[-1]
    for title in titles[index + 1:]:
        between = [t.lower_ for t in doc[previous.span_end:title.phrase_start] if t.ent_type_ != "DATE"]
        if not between or not all(w in CHAIN_WORDS | COPULA_WORDS for w in between) or len(between) > 7 or "and" not in between:
            return
        rel = _emit(ctx, sent, person, title, 0.8, bool(set(between) & PAST_WORDS))
        if rel:
            yield rel
        previous = title


KIN_DETERMINERS = {"a", "an", "the", "his", "her", "their", "adult", "eldest", "elder", "younger", "older", "only", "first", "second"}


def _kin_aside_holder(ctx: DocContext, people: list[tuple[Mention, Cluster]], relative: Mention) -> tuple[Mention, Cluster] | None:
    """The subject of "A, a nephew of [First Lady] B, ...": B is named only to say whose relative A is.

    Family words, "associate", "partner" and the like (`not_roles` in titles.yaml) are no posts, and the post
    stated after the aside belongs to A, never to B.
    """
    doc = ctx.doc
    j = relative.start - 1
    while j > 0 and relative.start - j <= 4 and doc[j].text[:1].isupper() and ctx.resolver.mention_at(j) is None:
        j -= 1  # "First Lady", "President": a title before the relative's name
    if j < 2 or doc[j].lower_ != "of" or doc[j - 1].lower_ not in ctx.gaz.not_roles:
        return None
    n = j - 2
    while n > 0 and doc[n].lower_ in KIN_DETERMINERS:
        n -= 1
    if doc[n].text == ",":
        for m, cluster in people:
            if m.start < n and _after_alias(doc, m) == n:
                return m, cluster
        return None
    if doc[n].lower_ in {"is", "was"}:  # "A is the brother of B and serves as ...": A is the subject of both verbs
        while n > 0 and doc[n - 1].lower_ in {"also", "reportedly"}:
            n -= 1
        for m, cluster in people:
            if m.start < n and _after_alias(doc, m) == n:
                return m, cluster
    return None


def _capacity_holder(doc: Doc, sent: Span, first: Title, people: list[tuple[Mention, Cluster]]) -> Cluster | None:
    """The person whose "role / capacity / position as" the title is: the nearest person named before "his" / "her"."""
    j = first.phrase_start
    if j - 3 < sent.start or doc[j - 1].lower_ != "as" or doc[j - 2].lower_ not in {"role", "capacity", "position"} \
            or doc[j - 3].lower_ not in {"his", "her"}:
        return None
    before = [c for m, c in people if m.end <= j - 3]
    if before:
        return before[-1]
    # "In his role as the commander of Y during this time, X was ...": the fronted phrase's subject follows its comma
    after = [(m, c) for m, c in people if m.start > first.span_end and m.start - 1 >= sent.start and doc[m.start - 1].text == ","]
    fronted = all(t.lower_ in {"in", "his", "her", "role", "capacity", "position", "as"} for t in doc[sent.start:j])
    return after[0][1] if after and fronted and "," not in doc[first.span_end:after[0][0].start - 1].text else None


def _where_index(sent: Span) -> int:
    return next((t.i for t in sent if t.lower_ == "where"), sent.end)


def _where_org(ctx: DocContext, sent: Span, first: Title) -> Cluster | None:
    """"Y, where A is the General Manager": the organization a "where" clause after Y is about, when a copula follows."""
    doc = sent.doc
    i = _where_index(sent)
    if i >= first.phrase_start or i - 2 < sent.start or doc[i - 1].text != ",":
        return None
    if not any(t.lower_ in {"is", "was", "are", "were", "serves", "served"} for t in doc[i:first.phrase_start]):
        return None
    mention = ctx.resolver.mention_at(i - 2)
    cluster = ctx.entity(mention) if mention is not None and mention.label == "ORG" else None
    return cluster if cluster is not None and cluster.type not in {"Person", "Country", "SanctionsProgram"} else None
