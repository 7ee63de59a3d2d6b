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
from ..records import EntityRef, Relation
from .common import implied_ref, ref, relation
from .context import DocContext, context_of
from .titles import Title

NAME = "roles.v1"
COPULA_WORDS = {"is", "was", "are", "were", "has", "have", "had", "been", "being", "also", "currently", "previously", "formerly",
                "now", "still", "serves", "served", "serving", "as", "became", "becomes", "remains", "remained", "the", "a", "an",
                "acting", "appointed", "named", "elected", "then", "later", "once", "reportedly", "who", "concurrently",
                "simultaneously", "presently", "works", "worked", "working", "acts", "acted", "since", "until", "recently", ","}
PAST_WORDS = {"previously", "formerly", "former", "was", "served", "had", "were", "once", "until", "worked", "acted"}
CHAIN_WORDS = {"and", "as", "well", ",", "previously", "served", "serves", "was", "is", "also", "the", "a", "an", "has", "formerly",
               "then", "later", "currently", "concurrently", "been", "in", "addition", "additionally", "before", "that"}
HEAD_VERBS = {"head": "head", "lead": "head", "chair": "head", "run": "head", "direct": "director", "command": "commander",
              "manage": "director", "found": "founder", "co-found": "founder", "cofound": "founder", "own": "owner", "oversee": "head"}
LIST_WORDS = {"include", "includes", "included", "including", "are", "were", ":", "namely"}


def _after_alias(doc: Doc, m: Mention) -> int:
    """End of a person mention, past "(Surname)" and ", a.k.a. “Nickname”," asides."""
    end = m.end
    if end < len(doc) and doc[end].text == "(":
        close = next((j for j in range(end, min(end + 10, len(doc))) if doc[j].text == ")"), None)
        if close is not None:
            end = close + 1
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"a.k.a.", "aka", "a.k.a", "also"}:
        close = next((j for j in range(end + 2, min(end + 16, len(doc))) if doc[j].text == "," and j > end + 2), None)
        if close is not None:
            while close + 1 < len(doc) and doc[close + 1].is_quote:
                close += 1  # ', a.k.a. “El Abuelo,”' ends after the closing quote
            return close + 1 if doc[close].is_quote else close
    return end


def _groups(titles: list[Title], doc: Doc) -> list[list[Title]]:
    """Titles joined by "and" / "as well as" / "and previously served as" form one group."""
    groups: list[list[Title]] = []
    for title in titles:
        if groups:
            last = groups[-1][-1]
            between = [t.lower_ for t in doc[last.span_end:title.phrase_start]]
            if between and all(w in CHAIN_WORDS for w in between) and ("and" in between or "as" in between) and len(between) <= 6:
                groups[-1].append(title)
                continue
        groups.append([title])
    return groups


def _share_orgs(group: list[Title]) -> list[Title]:
    """"president and treasurer of Global Staffing": titles joined in a group share the organization named."""
    shared = next((t for t in reversed(group) if t.org is not None or t.org_name), None)
    if shared is None:
        return group
    return [t if (t.org is not None or t.org_name) else replace(t, org=shared.org, org_name=shared.org_name) for t in group]


def _org_ref(ctx: DocContext, title: Title) -> EntityRef | None:
    if title.org is not None:
        return ref(title.org)
    if title.org_name:
        return implied_ref(ctx, title.org_name)
    return None


def _person_mentions(ctx: DocContext, sent: Span) -> list[tuple[Mention, Cluster]]:
    out = []
    for m in ctx.mentions_in(sent.start, sent.end):
        cluster = ctx.entity(m)
        if cluster is not None and cluster.type == "Person" and m.alias_of is None:
            out.append((m, cluster))
    return out


def _emit(ctx: DocContext, sent: Span, person: Cluster, title: Title, confidence: float, former: bool = False) -> Relation | None:
    org = _org_ref(ctx, title)
    if org is None or title.head in ctx.gaz.not_roles:
        return None
    role = title.role
    if title.plural and role.endswith("s"):
        role = role[:-1]
    return relation("holds_role", ref(person), org, sent, NAME, confidence, role=role, role_class=title.role_class,
                    current=not (former or title.former))


def extract_roles(doc: Doc) -> Iterator[Relation]:
    ctx = context_of(doc)
    for sent in ctx.sentences:
        titles = ctx.titles_in(sent)
        people = _person_mentions(ctx, sent)
        yield from _title_roles(ctx, sent, titles, people)
        yield from _verb_roles(ctx, sent, people)
        yield from _role_noun_roles(ctx, sent, people)
        yield from _criterion_roles(ctx, sent, titles, people)
        yield from _passive_roles(ctx, sent)


def _title_roles(ctx: DocContext, sent: Span, titles: list[Title], people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    doc = sent.doc
    by_start = {m.start: (m, c) for m, c in people}
    used: set[int] = set()
    for group in map(_share_orgs, _groups(titles, doc)):
        last = group[-1]
        first = group[0]
        after = _possessed_tail_end(ctx, last, sent.end)
        # pre-nominal: "Under Secretary of the Treasury Brian Nelson"; appositive before: "Iran's Minister ..., Ahmad Vahidi"
        target = None
        if after in by_start:
            target, confidence = by_start[after], 0.9
        elif after < sent.end and doc[after].text == "," and (found := _appositive_after(ctx, by_start, after + 1, sent.end)) \
                and _copula_subject(doc, people, first) is None:  # "X is a co-founder of Y, Z is ...": Z opens a new clause
            target, confidence = found
        elif after < sent.end and doc[after].lower_ in {"is", "was"} and after + 1 in by_start:
            target, confidence = by_start[after + 1], 0.85  # "BelAZ's Director is X"
        if target is not None and len(group) == 1 and group[0].org is None and group[0].org_name is None:
            group = [_country_after_name(ctx, sent, group[0], target[0])]
        if target is not None:
            targets = [target] + (_coordinated_people(doc, by_start, target[0], sent.end) if last.plural and after in by_start else [])
            for person in targets:  # "Norvik Mining executives A and B": a plural title before a list of names
                for title in group:
                    rel = _emit(ctx, sent, person[1], title, confidence)
                    if rel:
                        used.add(id(title))
                        yield rel
            continue
        # person before the group: appositive or copula
        for m, cluster in reversed(people):
            end = _after_alias(doc, m)
            if end > first.phrase_start:
                continue
            between = [t.lower_ for t in doc[end:first.phrase_start]]
            aside = _nationality_aside(ctx, end, first.phrase_start)
            if between and between[0] == "," and (aside or all(w in {",", "the", "a", "an", "who", "is", "was", "also", "currently", "previously"} for w in between) and len(between) <= 4):
                confidence, former = 0.88, bool(set(between) & PAST_WORDS)
            elif between and all(w in COPULA_WORDS for w in between) and len(between) <= 6 and (
                    "," not in between[:1] or (len(between) > 1 and between[1] in {"is", "was", "serves", "served", "remains"})):
                confidence, former = 0.85, bool(set(between) & PAST_WORDS) and not {"is", "serves", "remains"} & set(between)
            else:
                break
            for title in group:
                rel = _emit(ctx, sent, cluster, title, confidence, former)
                if rel:
                    yield rel
            yield from _chained(ctx, sent, cluster, group, titles)
            break
        else:
            yield from _member_lists(ctx, sent, group, people)


def _coordinated_people(doc: Doc, by_start: dict[int, tuple[Mention, Cluster]], first: Mention, limit: int) -> list[tuple[Mention, Cluster]]:
    """The people coordinated after `first`: "A, B (B), and C"."""
    out: list[tuple[Mention, Cluster]] = []
    m = first
    while True:
        j = _after_alias(doc, m)
        k = j
        while k < limit and k - j < 3 and doc[k].lower_ in {",", "and"}:
            k += 1
        if k == j or k not in by_start:
            return out
        out.append(by_start[k])
        m = by_start[k][0]


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
    """"President Vladimir Putin of Russia": the country after the name gives the government."""
    from .titles import GOVERNMENT_HEADS

    doc = sent.doc
    end = _after_alias(doc, person)
    if title.head in GOVERNMENT_HEADS and end + 1 < sent.end and doc[end].lower_ == "of":
        place = ctx.resolver.mention_at(end + 1)
        if place is not None and place.label == "GPE":
            return replace(title, org_name=f"Government of {place.text}")
    return title


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
    if not words or words[0] != "," or len(words) > 8 or "and" not in words:
        return False
    allowed = {",", "a", "an", "the", "and", "national", "citizen", "resident", "dual", "businessman", "businesswoman"}
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
        between = [t.lower_ for t in doc[previous.span_end:title.phrase_start]]
        if not between or not all(w in CHAIN_WORDS | COPULA_WORDS for w in between) or len(between) > 7 or "and" not in between:
            return
        rel = _emit(ctx, sent, person, title, 0.8, bool(set(between) & PAST_WORDS))
        if rel:
            yield rel
        previous = title


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


PASSIVE_ROLES = {"managed": "manager", "run": "head", "led": "leader", "headed": "head", "directed": "director",
                 "founded": "founder", "co-founded": "co-founder", "owned": "owner", "chaired": "chairman", "commanded": "commander"}


def _passive_roles(ctx: DocContext, sent: Span) -> Iterator[Relation]:
    """"Y, a Bogota-based agency managed by X" / "Y is led by X": the organization's head named by the agent."""
    doc = sent.doc
    for tok in sent:
        role = PASSIVE_ROLES.get(tok.lower_)
        if role is None or tok.tag_ != "VBN" or tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "by":
            continue
        j = tok.i + 2
        while j < sent.end and (doc[j].lower_ in {"the", "a", "an", "dual", "national", "-"} or doc[j].tag_ in {"JJ", "NNP"} and ctx.resolver.mention_at(j) is None
                                or (ctx.resolver.mention_at(j) is not None and ctx.resolver.mention_at(j).label == "NORP")):  # type: ignore[union-attr]
            j += 1
        person = ctx.entity(ctx.resolver.mention_at(j)) if j < sent.end else None
        if person is None or person.type != "Person":
            continue
        head = tok.head if tok.dep_ in {"acl", "relcl"} else tok
        candidates = [m for m in ctx.mentions_in(sent.start, tok.i) if m.label == "ORG" and m.alias_of is None]
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None) if head is tok else head
        while subject is not None and subject.dep_ == "conj" and subject.head.i < subject.i:
            subject = subject.head  # "Y is a Lima, Peru-based agency managed by X": the parser coordinates the place and the noun
        if subject is not None and subject.dep_ == "attr":  # "Y is an agency managed by X": Y is the copula's subject
            subject = next((c for c in subject.head.children if c.dep_ == "nsubj"), subject)
        org_mention = None
        if subject is not None:
            org_mention = next((m for m in candidates if m.start <= subject.i < m.end or m.start <= subject.left_edge.i < m.end), None)
        if org_mention is None and candidates and tok.i - candidates[-1].end <= 12:
            org_mention = candidates[-1]
        org = ctx.entity(org_mention)
        if org is None or org.type in {"Person", "Country", "SanctionsProgram"} or org.authority:
            continue
        yield relation("holds_role", ref(person), ref(org), sent, NAME, 0.7, role=role,
                       role_class=ctx.gaz.title_heads.get(role, "head"), current=True)


def _verb_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"X, who heads Y" / "X leads Y": the verb names the post."""
    doc = sent.doc
    for m, cluster in people:
        j = _after_alias(doc, m)
        words = []
        while j < sent.end and doc[j].lower_ in {",", "who", "also", "currently", "now", "still", "reportedly", "has", "had", "previously"} and len(words) < 4:
            words.append(doc[j].lower_)
            j += 1
        if j >= sent.end or not doc[j].tag_.startswith("VB"):
            continue
        lemma = doc[j].lemma_.lower()
        if lemma not in HEAD_VERBS:
            continue
        k = j + 1
        while k < sent.end and k - j <= 5 and (doc[k].lower_ in {"the", "all", "its", "a"} or (
                doc[k].is_lower and doc[k].tag_ in {"JJ", "NN"} and ctx.resolver.mention_at(k) is None)):
            k += 1  # "who heads the state gas giant Gazprom"
        target = ctx.resolver.mention_at(k)
        while target is not None and target.end + 1 < sent.end and doc[target.end].tag_ == "POS" and ctx.resolver.mention_at(target.end + 1) is not None:
            target = ctx.resolver.mention_at(target.end + 1)  # "runs the Treasury's Office of ...": the possessed body
        if target is not None and target.label in {"GPE", "NORP"}:
            ctx.resolver.as_organization(target)  # "heads Gazprom": the verb says it is an organization
        org = ctx.entity(target) if target is not None and target.label == "ORG" else None
        if org is None or org.type in {"Person", "SanctionsProgram", "Country"}:
            continue
        role_class = HEAD_VERBS[lemma]
        role = {"head": "head", "director": "director", "commander": "commander", "founder": "founder", "owner": "owner"}[role_class]
        former = doc[j].tag_ == "VBD" or "previously" in words
        yield relation("holds_role", ref(cluster), ref(org), sent, NAME, 0.75, role=role, role_class=role_class, current=not former)


ROLE_VERBS = {"hold", "maintain", "have", "occupy", "assume", "take", "play", "retain"}
ROLE_NOUNS = {"role", "position", "post"}
POST_MODIFIERS = {"leadership": "head", "management": "director", "managerial": "director", "executive": "director",
                  "senior": "member", "command": "commander", "supervisory": "director", "board": "member"}


def _role_noun_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"X holds / maintains a leadership role at Y", "X has a senior position in Y": a post named by its kind.

    "role" needs a modifier that makes it a post ("played a role in the scheme" is none); "position" / "post" need not.
    """
    doc = sent.doc
    for m, cluster in people:
        j = _after_alias(doc, m)
        while j < sent.end and j - m.end < 6 and doc[j].lower_ in {",", "who", "also", "currently", "now", "still", "has", "had", "previously", "reportedly"}:
            j += 1
        if j >= sent.end or doc[j].lemma_.lower() not in ROLE_VERBS or not doc[j].tag_.startswith("VB"):
            continue
        k = j + 1
        while k < sent.end and k - j <= 4 and doc[k].is_lower and doc[k].lower_ not in ROLE_NOUNS and doc[k].tag_ in {"DT", "JJ", "NN", "PRP$", "RB"}:
            k += 1
        if k + 1 >= sent.end or doc[k].lower_ not in ROLE_NOUNS or doc[k + 1].lower_ not in {"at", "in", "for", "with", "within"}:
            continue
        modifiers = [t.lower_ for t in doc[j + 1:k] if t.lower_ in POST_MODIFIERS]
        if doc[k].lower_ == "role" and not modifiers:
            continue
        n = k + 2
        while n < sent.end and doc[n].lower_ in {"the", "its"}:
            n += 1
        target = ctx.resolver.mention_at(n)
        org = ctx.entity(target) if target is not None and target.start == n and target.label == "ORG" else None
        if org is None or org.type in {"Person", "SanctionsProgram", "Country"} or org.authority:
            continue
        if target.end < sent.end and _possessive(doc[target.end]):  # type: ignore[union-attr]
            continue  # "a leadership role in Y's smuggling scheme": a part in an activity, not a post at Y
        role = " ".join([*modifiers, doc[k].lower_])
        role_class = POST_MODIFIERS[modifiers[0]] if modifiers else "member"
        yield relation("holds_role", ref(cluster), ref(org), sent, NAME, 0.7, role=role, role_class=role_class,
                       current=not (doc[j].tag_ == "VBD" or "previously" in {t.lower_ for t in doc[m.end:j]}))


def _possessive(tok: object) -> bool:
    return tok.tag_ == "POS" or tok.text in {"'s", "\u2019s", "'", "\u2019"}  # type: ignore[attr-defined]


CRITERION_WORDS = {"being", "having", "been", "or", "a", "an", "foreign", "person", "persons", "individual", "individuals", "who", "that",
                   "is", "are", "was", "were", "has", "have", "each", "the", ","}
DESIGNATING_LEMMAS = {"designate", "redesignate", "sanction", "target", "list"}


def _criterion_roles(ctx: DocContext, sent: Span, titles: list[Title], people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """"A, B and C were designated ... for being or having been leaders or officials of Y": the designation's criterion
    states that each designee holds a post at Y (which one is left open, so the role is the whole disjunction)."""
    doc = sent.doc
    for run in _title_disjunctions(doc, titles):
        first = run[0]
        j = first.phrase_start
        while j > sent.start and doc[j - 1].lower_ in CRITERION_WORDS:
            j -= 1
        words = {t.lower_ for t in doc[j:first.phrase_start]}
        if j <= sent.start or doc[j - 1].lower_ != "for" or not words & {"being", "been"}:
            continue
        title = next((t for t in reversed(run) if t.org is not None or t.org_name), None)
        if title is None:
            continue
        for _, cluster in _designees_before(ctx, sent, people, j - 1):
            rel = _emit(ctx, sent, cluster, replace(title, role=_disjunction_text(doc, run, title), role_class="member", plural=False), 0.65)
            if rel:
                yield rel


def _title_disjunctions(doc: Doc, titles: list[Title]) -> list[list[Title]]:
    """Titles joined by "or" ("leaders or officials of Y", "a leader, official, ... or member of the board of Y")."""
    runs: list[list[Title]] = []
    for title in titles:
        if runs:
            between = [t.lower_ for t in doc[runs[-1][-1].span_end:title.phrase_start]]
            if between and len(between) <= 4 and all(w in {",", "or", "a", "an", "of", "the", "board"} for w in between) and (
                    "or" in between or "," in between or between == ["of", "the", "board", "of"]):  # "... or member of the board of directors"
                runs[-1].append(title)
                continue
        runs.append([title])
    return [run for run in runs if len(run) > 1]


def _disjunction_text(doc: Doc, run: list[Title], org_title: Title) -> str:
    """"leaders or officials" -> "leader or official": the posts named, each in the singular."""
    words = []
    for tok in doc[run[0].start:org_title.end]:
        text = tok.text
        if tok.tag_ == "NNS" and text.endswith("s") and not (tok.i > 0 and doc[tok.i - 1].lower_ == "of"):
            text = text[:-1]
        words.append(text + tok.whitespace_)
    return "".join(words).strip()


def _designees_before(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]], limit: int) -> list[tuple[Mention, Cluster]]:
    """The people a designation sentence is about: a list opening the sentence, or the object of "designating"."""
    doc = sent.doc
    by_start = {m.start: (m, c) for m, c in people}
    for m, cluster in people:
        if m.start >= limit:
            break
        j = m.start - 1
        while j >= sent.start and (doc[j].is_space or doc[j].lower_ in {"the", "also"}):
            j -= 1
        opens = j < sent.start
        after_verb = j >= sent.start and doc[j].tag_.startswith("VB") and doc[j].lemma_.lower() in DESIGNATING_LEMMAS
        if opens or after_verb:
            return [(m, cluster)] + [p for p in _coordinated_people(doc, by_start, m, limit)]
        return []
    return []
