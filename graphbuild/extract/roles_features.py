"""Candidate (person, organization) pairs of a sentence and their features, for the learned role scorer.

Rules fitted to a few documents miss the many ways prose states a post; a linear model over
generic cues (dependency path, title words, words between) learns those from the training gold.
Only sentences with both a person and an organization are looked at, so the cost stays near the
mentions, not the whole document.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_lemmas, token_words
from ..nlp.mentions import Mention
from ..records import BODY_TYPES, EntityRef
from .common import implied_ref, ref
from .context import DocContext
from .roles_features_syntax import bucket as _bucket
from .roles_features_syntax import layout_cues, path_shape_cues, relative_clause_cues, rule_pair_cues
from .roles_features_syntax import word as _word
from .roles_prose import defining_clause
from .titles import Title

ORG_TYPES = BODY_TYPES  # the organizations a person may hold a post at
MAX_GAP = 40  # tokens between person and organization beyond which no candidate is made
MAX_BETWEEN_WORDS = 8  # words between the two that become features
DESIGNATION_LEMMAS = {"designate", "sanction", "identify"}
NAMING_LEMMAS = {"know", "refer", "call", "name", "describe", "identify", "designate", "list"}


@dataclass
class Candidate:
    """One (person, organization) pair of a sentence, the title that names the post and the pair's features."""

    sent: Span
    subject: EntityRef
    obj: EntityRef
    title: Title | None
    features: list[str] = field(default_factory=list)
    role_noun: str | None = None  # the post in the person's own clause when no title phrase names it

    @property
    def role(self) -> str | None:
        return self.title.role if self.title is not None else self.role_noun


def _path(a: Token, b: Token) -> tuple[list[Token], list[Token]]:
    """Tokens from `a` up to the lowest common ancestor, and from `b` up to it (each excluding the ancestor)."""
    up_a = [a, *a.ancestors]
    index = {t.i: k for k, t in enumerate(up_a)}
    down: list[Token] = []
    node = b
    while node.i not in index:
        down.append(node)
        if node.head.i == node.i:
            return up_a, down  # different sentence roots: no common ancestor
        node = node.head
    return up_a[:index[node.i]], down


def _path_features(doc: Doc, a: Token, b: Token) -> list[str]:
    up, down = _path(a, b)
    if len(up) + len(down) > 8:
        return ["path=long"]
    labels = [f"{t.dep_}^" for t in up] + [f"{t.dep_}v" for t in reversed(down)]
    top = (up[-1].head if up else a) if up or down else a
    feats = ["path=" + "/".join(labels), f"pathlen={len(labels)}", f"lca={_word(top)}"]
    feats += [f"onpath={_word(t)}" for t in up[1:] + down[1:]]
    return feats


def _title_near(titles: list[Title], person: Mention) -> Title | None:
    """The title phrase closest to the person mention (the post the sentence gives the person)."""
    best, gap = None, None
    for t in titles:
        d = max(t.phrase_start - person.end, person.start - t.span_end, 0)
        if gap is None or d < gap:
            best, gap = t, d
    return best


def _role_noun(doc: Doc, p: Mention) -> tuple[str, str] | None:
    """"X was a key member ...", "X acted as a senior administrator": the noun the person's clause predicates of
    the person (text without determiners, lemma of the noun), for sentences whose post word is not in the lexicon."""
    root = doc[p.start:p.end].root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = root.head
    if verb.lemma_.lower() in NAMING_LEMMAS:
        return None  # "X is known as the moniker Y", "referred to as": a name, not a post
    nouns = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    if not nouns:
        return None
    noun = nouns[0]
    words = [t for t in noun.lefts if t.dep_ in {"amod", "compound"} and t.i == noun.i - 1] + [noun]
    return " ".join(t.text for t in words), _word(noun)


def pair_features(ctx: DocContext, sent: Span, p: Mention, o_start: int, o_end: int, org: Cluster | None, title: Title | None,
                  mentions: list[Mention]) -> list[str]:
    """Generic cues of a pair: order, distance, words and mentions between, dependency path and the title's link to the organization."""
    doc = ctx.doc
    before = p.end <= o_start
    lo, hi = (p.end, o_start) if before else (o_end, p.start)
    gap = max(hi - lo, 0)
    feats = ["bias", f"order={'po' if before else 'op'}", f"gap={_bucket(gap)}"]
    words = [t for t in doc[lo:hi] if not t.is_space]
    if len(words) <= MAX_BETWEEN_WORDS:
        feats += [f"btw={_word(t)}" for t in words]
        feats.append("btwseq=" + " ".join(_word(t) for t in words[:4]))
    else:
        feats.append("btw=many")
    persons_between = sum(1 for m in mentions if lo <= m.start < hi and m.label == "PERSON")
    orgs_between = sum(1 for m in mentions if lo <= m.start < hi and m.label != "PERSON")
    feats += [f"pbtw={_bucket(persons_between)}", f"obtw={_bucket(orgs_between)}"]
    p_root, o_root = doc[p.start:p.end].root, doc[o_start:o_end].root
    feats += _path_features(doc, p_root, o_root)
    feats += path_shape_cues(p_root, *_path(p_root, o_root))
    feats += relative_clause_cues(p_root, o_root)
    if o_start < len(doc) and o_start > 0:
        feats.append(f"obefore={_word(doc[o_start - 1])}")
    if p.start > 0:
        feats.append(f"pbefore={_word(doc[p.start - 1])}")
    if p.end < len(doc):
        feats.append(f"pafter={_word(doc[p.end])}")
    if title is None:
        feats.append("title=none")
    else:
        tdist = max(title.phrase_start - p.end, p.start - title.span_end, 0)
        feats += [f"thead={title.head.lower()}", f"tclass={title.role_class}", f"tdist={_bucket(tdist)}"]
        linked = (org is not None and title.org is not None and title.org.index == org.index) or (org is None and title.org is None)
        feats.append(f"tlinked={linked}")
        feats.append(f"tinside={lo <= title.start < hi}")
        if title.former:
            feats.append("tformer")
    return feats


def _people_and_orgs(ctx: DocContext, mentions: list[Mention]) -> tuple[list[tuple[Mention, Cluster]], list[tuple[Mention, Cluster]]]:
    people: list[tuple[Mention, Cluster]] = []
    orgs: list[tuple[Mention, Cluster]] = []
    for m in mentions:
        cluster = ctx.entity(m)
        if cluster is None:
            continue
        if cluster.type == "Person":
            people.append((m, cluster))
        elif cluster.type in ORG_TYPES:
            orgs.append((m, cluster))
    return people, orgs


def _cross_features(sent: Span, p: Mention, title: Title | None, back: int, nearest: bool, org: Cluster) -> list[str]:
    """Cues of a pair whose organization is named only in an earlier sentence ("X is a member of the group")."""
    feats = ["bias", f"xsent={back}", f"xnearest={nearest}", f"otype={org.type}"]
    if title is not None:
        feats += [f"xthead={title.head.lower()}", f"xtnoorg={title.org is None and not title.org_name}", f"tclass={title.role_class}"]
    nouns = {_word(t) for t in sent if t.pos_ == "NOUN" and t.i > 0 and t.nbor(-1).lower_ in {"the", "this", "that", "its"}}
    feats += [f"xdefnoun={n}" for n in sorted(nouns)[:6]]
    if sent.root.lemma_:
        feats.append(f"xroot={_word(sent.root)}")
    return feats


def _anaphors(ctx: DocContext, sent: Span) -> list[tuple[Token, Cluster]]:
    """"the group", "the company" in the sentence and the organization each refers back to (the resolver's antecedent;
    none for "the company that buys fuel": `roles_prose.defining_clause`).
    Kept per sentence on the context: the learned role scorer asks for every sentence twice (roles_doc)."""
    key = (sent.start, sent.end)
    cached = ctx.anaphors.get(key)
    if cached is not None:
        return cached
    out = []
    lowers = token_words(sent.doc)[1]
    for i in range(max(sent.start, 1), sent.end):
        if lowers[i - 1] not in {"the", "this", "that", "its"}:
            continue  # the word before first, a `Token` only after a determiner (issue 18, S19)
        tok = sent.doc[i]
        if tok.pos_ == "NOUN" and not defining_clause(tok):
            org = ctx.resolver.last_of_kind(tok.i, tok.text)
            if org is not None and org.type in ORG_TYPES:
                out.append((tok, org))
    ctx.anaphors[key] = out
    return out


def candidates(ctx: DocContext, skip: set[tuple[str, str]]) -> Iterator[Candidate]:
    """Pairs of a person and an organization (mentioned or implied by a title) in one sentence, or named in one of
    the two sentences before, except those in `skip` ((person name, organization name), casefolded: the rules' pairs)."""
    recent: list[list[tuple[Mention, Cluster]]] = []  # organizations of the previous sentences, nearest last
    bodies_of: dict[str, set[str]] = {}  # person -> the bodies the rules give a post at
    for person_key, body_key in skip:
        bodies_of.setdefault(person_key, set()).add(body_key)
    lemmas = token_lemmas(ctx.doc)  # `Token.lemma_.lower()` of each word, read once (issue 18, PF)
    for sent in ctx.sentences:
        mentions = ctx.mentions_in(sent.start, sent.end)
        people, orgs = _people_and_orgs(ctx, mentions) if mentions else ([], [])
        previous = recent[-2:]
        recent.append(orgs)
        if not people:
            continue
        titles = ctx.titles_in(sent)
        implied = [t for t in titles if t.org is None and t.org_name]
        anaphors = _anaphors(ctx, sent)
        if not orgs and not implied and not anaphors and not any(previous):
            continue
        designation = ["designation_sentence"] if any(lemma in DESIGNATION_LEMMAS for lemma in lemmas[sent.start:sent.end]) else []
        designation += layout_cues(sent)
        spans = [((m.start, m.end), ref(c).name.casefold(), c.index) for m, c in people]
        for p, person in people:
            title = _title_near(titles, p)
            noun = _role_noun(ctx.doc, p) if title is None else None
            extra = [f"rolenoun={noun[1]}"] if noun else []
            role_noun = noun[0] if noun else None
            subject = ref(person)
            seen: set[str] = set()
            others = [(span, k) for span, k, index in spans if index != person.index]

            def rules_of(key: str) -> list[str]:
                return rule_pair_cues((p.start, p.end), subject.name.casefold(), key, others, skip, bodies_of.get(subject.name.casefold(), set()),
                                      ctx.doc)  # noqa: B023 (used in this loop only)

            def fresh(obj: EntityRef, far: bool = False) -> str | None:
                """`obj`'s key, now seen; None when it was seen, the rules gave the pair a post, or it stands `far`."""
                key = obj.name.casefold()
                if key in seen or (subject.name.casefold(), key) in skip or far:  # noqa: B023 (this loop only)
                    return None
                seen.add(key)  # noqa: B023
                return key
            for o, org in orgs:
                if org.index == person.index or abs(o.start - p.start) > MAX_GAP:
                    continue
                obj = ref(org)
                if (key := fresh(obj)) is None:
                    continue
                feats = pair_features(ctx, sent, p, o.start, o.end, org, title, mentions)
                yield Candidate(sent, subject, obj, title, feats + [f"otype={org.type}"] + designation + extra + rules_of(key), role_noun)
            for t in implied:
                obj = implied_ref(ctx, t.org_name or "")
                if (key := fresh(obj, abs(t.start - p.start) > MAX_GAP)) is None:
                    continue
                feats = pair_features(ctx, sent, p, t.start, t.end, None, t, mentions)
                yield Candidate(sent, subject, obj, t, ["implied", *feats, *designation, *rules_of(key)])
            for tok, org in anaphors:
                obj = ref(org)
                if (key := fresh(obj, abs(tok.i - p.start) > MAX_GAP)) is None:
                    continue
                feats = pair_features(ctx, sent, p, tok.i, tok.i + 1, org, title, mentions)
                yield Candidate(sent, subject, obj, title, ["anaphor", f"anaphor={_word(tok)}", f"otype={org.type}", *feats, *designation, *extra,
                                                            *rules_of(key)],
                                role_noun)
            if (title is None and noun is None) or orgs:
                continue
            first = True
            for back, group in enumerate(reversed(previous), start=1):
                for o, org in reversed(group):
                    obj = ref(org)
                    if fresh(obj) is None:
                        continue
                    yield Candidate(sent, subject, obj, title, _cross_features(sent, p, title, back, first, org) + designation + extra, role_noun)
                    first = False
