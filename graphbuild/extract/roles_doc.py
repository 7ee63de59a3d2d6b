"""Document-level (person, organization) candidates for the learned role scorer.

Most posts the rules miss are not stated in one sentence: the organization is named in a heading,
a list intro ("The following members of the group ...:") or a few sentences before, and the
person's sentence says "X was a senior administrator" or "He led its finances". So every person of
the document is paired with the organizations of its paragraph, of the sentences just before, of
the list intro above it and with the document's main organizations, ONE candidate per (person,
organization) pair. Its features describe how the two meet anywhere in the document (closest
distance, same paragraph, list intro, rank of the organization in the document, post words near
the person), never their names; the sentence-level cues of `roles_features.candidates` are added
when the pair also meets in one sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, IDX, IS_SPACE, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.mention import Mention
from ..nlp.doc_text import doc_text, token_lemmas
from ..nlp.token_words import holding
from ..records import EntityRef, Relation
from .common import ref
from .context import DocContext
from .list_items import BULLETS
from .roles_prose import HEAD_VERBS, verb_post
from .roles_features import ORG_TYPES, Candidate, _anaphors, _bucket, _role_noun, _title_near, candidates
from .roles_doc_bodies import in_parenthesis, longer_body_name, rule_posts, same_body_name
from .roles_doc_cues import (anothers_body, closer_person, other_sentence_cues, root_of, title_body_cues,
                             title_for_this_body)
from .roles_doc_filters import (agent_of_another, unit_of_referred_body, hopeless_reason, in_parenthesis_after,
                                body_named, inside_body_name, kin_anchor, kind_body, role_word_body, title_word_body,
                                modifier_of_thing, no_post_link, object_of_action,
                                aside_title_channel, others_complement_at, owner_of_body, owner_of_held_unit,
                                possessor_of_thing, someone_elses)
from .roles_doc_refer import body_nouns, body_refs, paragraph_cues, paragraph_layout, refer_cues
from .titles import Title
from .titles_parts import UNIT_NOUNS
from .titles_words import RANK_HEADS

MAX_ORGS_PER_PERSON = 8  # candidates per person, nearest first: keeps the cost linear in the persons
NEAR_SENTENCES = 3  # organizations of this many sentences before the person's are candidates
MAIN_ORGS = 2  # the most mentioned organizations of the document are candidates for every person
GROUP_WORDS = {"group", "cartel", "network", "organization", "organisation", "gang", "militia", "party", "front", "movement",
               "army", "brigade", "brigades", "force", "forces", "corps", "council", "committee", "ministry", "office",
               "bank", "company", "court", "parliament", "assembly", "government", "agency", "service", "directorate"}
ACTION_LEMMAS = {"serve", "lead", "work", "found", "head", "manage", "direct", "run", "control", "command", "oversee", "join",
                 "act", "hold", "appoint", "elect", "own", "operate", "coordinate", "represent", "chair", "be"}
PRONOUNS = {"he", "she"}
# The rules gave the person a post and nothing names one for this body in the person's sentence: no longer a filter
# but a cue (d:rulehopeless=...), since 17% of these pairs hold a gold post on the extra corpora (a second post, or the
# right body where the rules took a fragment); pairs with the body in another sentence (1%) stay filtered.
RULE_POST_KINDS = {"rulepost_no_link"}
MAX_TITLE_GAP = 8  # tokens between a name and the title phrase that is still its post


@dataclass
class DocCandidate:
    """One (person, organization) pair of a document: its evidence sentence, the post to report and its features."""

    sent: Span
    subject: EntityRef
    obj: EntityRef
    role: str
    role_class: str
    current: bool
    features: list[str] = field(default_factory=list)


@dataclass
class _Seen:
    """Where a person or an organization occurs: (sentence index, token) pairs."""

    at: list[tuple[int, int]] = field(default_factory=list)


def _paragraphs(ctx: DocContext) -> list[int]:
    """Paragraph number of each token: a new paragraph after a token holding a line break (sentences can run across
    one; spaCy keeps line breaks in tokens, a token's trailing whitespace is one space at most). Found from the line
    breaks of the text and the tokens' offsets, not by a loop over Token objects (issue 18)."""
    n = len(ctx.doc)
    if n == 0:
        return []
    starts = ctx.doc.to_array(IDX).astype(numpy.int64)
    breaks = numpy.array([m.start() for m in _LINE_BREAK.finditer(doc_text(ctx.doc))], dtype=numpy.int64)
    after = numpy.zeros(n + 1, dtype=numpy.int64)
    after[numpy.unique(numpy.searchsorted(starts, breaks, side="right") - 1) + 1] = 1
    return numpy.cumsum(after[:n]).tolist()


_LINE_BREAK = re.compile("\n")
_PRONOUN_IDS = frozenset(get_string_id(w) for w in PRONOUNS)
_SUBJECT_DEP_IDS = frozenset(get_string_id(d) for d in ("nsubj", "nsubjpass"))


def _pronoun_subjects(ctx: DocContext) -> list[int]:
    """Tokens "he"/"she" that are a clause's subject, in order (read from the doc's arrays, not Token by Token)."""
    if not len(ctx.doc):
        return []
    table = ctx.doc.to_array([LOWER, DEP])
    return numpy.flatnonzero(holding(table[:, 0], _PRONOUN_IDS) & holding(table[:, 1], _SUBJECT_DEP_IDS)).tolist()  # in numpy (PF, 32nd)


def _occurrences(ctx: DocContext) -> tuple[dict[int, _Seen], dict[int, _Seen], dict[int, Cluster]]:
    """Person and organization clusters (by index) with the sentences they occur in, pronouns and "the group" included."""
    people: dict[int, _Seen] = {}
    orgs: dict[int, _Seen] = {}
    clusters: dict[int, Cluster] = {}
    pronouns = _pronoun_subjects(ctx)
    for k, sent in enumerate(ctx.sentences):
        for m in ctx.mentions_in(sent.start, sent.end):
            cluster = ctx.entity(m)
            if cluster is None:
                continue
            if cluster.type == "Person":
                people.setdefault(cluster.index, _Seen()).at.append((k, m.start))
            elif cluster.type in ORG_TYPES and not _designator(ctx, cluster):
                orgs.setdefault(cluster.index, _Seen()).at.append((k, m.start))
            else:
                continue
            clusters[cluster.index] = cluster
        for i in pronouns[bisect_left(pronouns, sent.start):bisect_left(pronouns, sent.end)]:
            person = ctx.resolver.person_for_pronoun(i)
            if person is not None:
                people.setdefault(person.index, _Seen()).at.append((k, i))
                clusters[person.index] = person
        for tok, org in _anaphors(ctx, sent):
            if not _designator(ctx, org):
                orgs.setdefault(org.index, _Seen()).at.append((k, tok.i))
                clusters[org.index] = org
    return people, orgs, clusters


def _post_nouns(ctx: DocContext) -> set[str]:
    """Nouns that name a post, a group or a unit: a body's name before one of them still names the body's own."""
    return set(ctx.gaz.title_heads) | set(ctx.gaz.group_nouns) | UNIT_NOUNS | GROUP_WORDS


def _designator(ctx: DocContext, cluster: Cluster) -> bool:
    """OFAC, the Treasury, the Department of State: an authority that sanctions is the designator, not an employer here."""
    if not cluster.authority:
        return False
    authority = ctx.gaz.authorities.get(cluster.authority)
    return bool(authority and authority.sanctioning)


LIST_ITEM_TOKENS = 40  # a paragraph longer than this is prose: it ends the list under an intro


def _list_intro_orgs(ctx: DocContext, paras: list[int], orgs: dict[int, _Seen]) -> dict[int, set[int]]:
    """Paragraph -> organizations of the intro line above it ("... members of the group:"), for the short paragraphs
    (list items) that follow it."""
    in_para: dict[int, set[int]] = {}
    for index, seen in orgs.items():
        for _, at in seen.at:
            in_para.setdefault(paras[at], set()).add(index)
    spans: dict[int, list[int]] = {}
    for i, space in enumerate(ctx.doc.to_array(IS_SPACE).tolist() if len(ctx.doc) else []):
        if not space:
            spans.setdefault(paras[i], []).append(i)
    out: dict[int, set[int]] = {}
    intro: set[int] | None = None
    bulleted: bool | None = None  # whether the list's first item opens with a bullet or a number
    for para in sorted(spans):
        tokens = spans[para]
        if intro is not None:
            opens_item = ctx.doc[tokens[0]].text in BULLETS or ctx.doc[tokens[0]].like_num
            bulleted = opens_item if bulleted is None else bulleted
            if len(tokens) > LIST_ITEM_TOKENS or (bulleted and not opens_item):
                intro = None  # prose, or a line without the items' bullet: the list is over
            else:
                out[para] = intro
        if ctx.doc[tokens[-1]].text == ":":
            intro, bulleted = in_para.get(para, set()), None
    return out


def _in_heading(ctx: DocContext, seen: _Seen, paras: list[int]) -> bool:
    """Named in a heading, or in a short first paragraph (the release's title line)."""
    first = paras.count(0)  # the tokens of paragraph 0, counted in C
    # one Token per occurrence, not one per (occurrence, heading); none without headings (S22)
    return bool(ctx.headings) and any(s <= idx < e for idx in (ctx.doc[tok].idx for _, tok in seen.at) for s, e in ctx.headings) or (
        first <= 30 and any(paras[tok] == 0 for _, tok in seen.at))


def _person_cues(ctx: DocContext, k: int, token: int, person: Cluster) -> tuple[Title | None, tuple[str, str] | None, list[str]]:
    """The post the person's sentence gives (nearest title, else the predicate noun) and its cue words."""
    sent = ctx.sentences[k]
    titles = [t for t in ctx.titles_in(sent) if not inside_body_name(t, ctx.resolver.mention_at(t.start))]
    mention = ctx.resolver.mention_at(token)
    feats: list[str] = []
    at = mention or Mention(token, token + 1, ctx.doc[token].text, "PERSON")  # "he"/"she" stands where the name would
    title = _title_near(titles, at) if titles else None
    if title is not None and closer_person(ctx, sent, title, at, person):
        title = None  # the post of another person of the sentence ("... the death of X, said Interior Minister Y")
        feats.append("d:titleother")
    if title is not None and someone_elses(ctx.doc[title.end - 1]):
        title = None  # "X worked with an employee of Y": the employee is another, unnamed person
        feats.append("d:titlewith")
    if title is not None and max(title.phrase_start - at.end, at.start - title.span_end, 0) > MAX_TITLE_GAP:
        title = None  # a title far from the name in a long sentence is someone's or something else's ("Rewards for Justice")
        feats.append("d:titlefar")
    noun = _role_noun(ctx.doc, at) if title is None else None
    verb = ctx.doc[at.start:at.end].root.head
    if verb.lemma_.lower() in ACTION_LEMMAS:
        feats.append(f"d:verb={verb.lemma_.lower()}")
    elif mention is not None and ctx.doc[mention.start:mention.end].root.dep_ == "nsubj" and verb.pos_ == "VERB":
        feats.append("d:verb=other")  # "X announced ...", "X said ...": the person acts, the sentence states no post
    if "member" in token_lemmas(ctx.doc)[sent.start:sent.end]:  # the lemmas, not a `Token` each (issue 18, S19)
        feats.append("d:member_word")
    if mention is None:
        feats.append("d:pronoun")
    elif ctx.doc[mention.start:mention.end].root.dep_ in {"nsubj", "nsubjpass"}:
        feats.append("d:psubj")
    elif ctx.doc[mention.start:mention.end].root.dep_ == "poss" or kin_anchor(ctx.doc[mention.start:mention.end].root):
        feats.append("d:pposs")  # "X's son, an official of Y", "a nephew of X, ...": the sentence is about X's relative
    if ctx.doc[at.start:at.end].root.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children):
        feats.append("d:placesperson")  # "X placed Y in charge of Z": a post of Y
    if agent_of_another(ctx.doc[at.start:at.end].root):
        feats.append("d:pagent")  # "... since he was appointed by President X": the post is the appointee's
    return title, noun, feats


def _post_elsewhere(seen: _Seen, k: int, o_index: int, cues_at) -> tuple[Title | None, tuple[str, str] | None, str]:
    """The post another sentence about the person gives ("He worked as a coder."), nearest first: a title not tied
    to another body, else a predicate noun."""
    for k2, token in sorted(seen.at, key=lambda at: abs(at[0] - k)):
        title, noun, _ = cues_at(k2, token)
        if title is not None and (title.org is None or title.org.index == o_index):
            return title, None, "title"
        if noun is not None:
            return None, noun, "noun"
    return None, None, "none"


#: the arcs a body may climb to the person's clause (`_clause_link`); not `roles_doc_cues.TITLE_PATH_DEPS`, a title word's
BODY_PATH_DEPS = {"prep", "pobj", "attr", "dobj", "appos", "compound", "poss", "acomp", "npadvmod"}


def _clause_link(person: Token, org: Token) -> str:
    """How the organization hangs on the person's clause: "X worked as a coder for the group", "X is a member of the
    group" ('verb': through prepositions/objects of the person's own verb), "X, head of the group" ('appos'), else 'none'."""
    head = person.head if person.dep_ in {"nsubj", "nsubjpass"} else None
    node, steps = org, 0
    while node.head.i != node.i and steps < 6:
        if node.dep_ not in BODY_PATH_DEPS:
            return "none"
        node, steps = node.head, steps + 1
        if head is not None and node.i == head.i:
            return "verb"
        if node.i == person.i:
            return "appos"
    return "none"


def _depth(org: Token, person: Token) -> int:
    """Arcs from the organization up to the person's verb: "worked for Y" is 2, "announced the deployment of Y
    officers" is 5 (the deeper, the more likely the body is only the topic of what the person did)."""
    target = person.head if person.dep_ in {"nsubj", "nsubjpass"} else person
    node, steps = org, 0
    while node.i != target.i and node.head.i != node.i and steps < 8:
        node, steps = node.head, steps + 1
    return steps


def doc_candidates(ctx: DocContext, rules: list[Relation], trace: list[tuple[int, int, str]] | None = None) -> Iterator[DocCandidate]:
    """One candidate per (person, organization) pair the rules did not give, with document-level features.
    `trace` (for benchmarks/roles_recall_diag.py) receives (person cluster, organization cluster, why) for every pair
    looked at: 'far', 'cap', 'samebody', 'hopeless:<kind>', 'kindof', 'ruletitle', 'objectof', 'possof', 'modof', 'area',
    'rankother', 'paren', 'owner', 'ownerofunit', 'unitof', 'ascomplement', 'titleword', 'bodyperson'
    or 'scored'."""
    def note(p: int, o: int, why: str) -> None:
        if trace is not None:
            trace.append((p, o, why))

    people, orgs, clusters = _occurrences(ctx)
    if not people or not orgs:
        return
    paras = _paragraphs(ctx)
    intros = _list_intro_orgs(ctx, paras, orgs)
    counts = Counter({o: len(seen.at) for o, seen in orgs.items()})
    ranks = {o: r for r, (o, _) in enumerate(counts.most_common(), start=1)}
    main = {o for o, _ in counts.most_common(MAIN_ORGS)}
    heading_orgs = {o for o, seen in orgs.items() if _in_heading(ctx, seen, paras)}
    posts, rule_roles = rule_posts(rules)
    if ctx.item_posts:  # a list item's title at the body its intro names (roles_item_posts) may be the title's post at
        _, rule_roles = rule_posts([r for r in rules if r.key() not in ctx.item_posts])  # another body: no 'ruletitle' (LS33)
    sentence_level = _sentence_candidates(ctx, rules)
    doc_feats = [f"d:npersons={_bucket(len(people))}", f"d:norgs={_bucket(len(orgs))}"]
    cached: dict[tuple[int, int], tuple[Title | None, tuple[str, str] | None, list[str]]] = {}
    roots: dict[int, Token] = {}
    org_tokens = {o: [t for _, t in seen.at] for o, seen in orgs.items()}
    para_first, para_bodies = paragraph_layout({p: [t for _, t in seen.at] for p, seen in people.items()}, org_tokens, paras)
    refs_at: dict[int, list] = {}

    def root(token: int) -> Token:
        """`root_of` the mention at `token`, once per token: a pair's tests below asked it up to ~12 times."""
        if token not in roots:
            roots[token] = root_of(ctx, token)
        return roots[token]

    org_heads = {o: [root(t) for t in tokens] for o, tokens in org_tokens.items()}
    nouns = body_nouns(ctx, org_heads)

    def cues_at(k: int, token: int) -> tuple[Title | None, tuple[str, str] | None, list[str]]:
        """Cues of the person of the loop below at (sentence, token); the token identifies the person, so the cache holds."""
        if (k, token) not in cached:
            cached[(k, token)] = _person_cues(ctx, k, token, person)
        return cached[(k, token)]

    for p_index, p_seen in people.items():
        person = clusters[p_index]
        subject = ref(person)
        if body_named(subject.name, ctx.gaz):
            for o_index in orgs:
                note(p_index, o_index, "bodyperson")
            continue  # "Terrorist Organization" typed as a person: a body holds no post
        given = posts.get(subject.name.casefold(), set())
        scored: list[tuple[tuple[int, int], int, int, int, int]] = []  # (distance key, org, person sentence, person token, org token)
        for o_index, o_seen in orgs.items():
            if o_index == p_index:
                continue
            best = None
            for pk, pt in p_seen.at:
                for ok, ot in o_seen.at:
                    back = pk - ok
                    near = 0 <= back <= NEAR_SENTENCES or (back < 0 and paras[ot] == paras[pt]) or o_index in intros.get(paras[pt], ())
                    if not near and o_index not in main and o_index not in heading_orgs:
                        continue
                    key = (abs(back) + (0 if back >= 0 else 1), abs(ot - pt))
                    if best is None or key < best[0]:
                        best = (key, o_index, pk, pt, ot)
            if best is not None:
                scored.append(best)
            else:
                note(p_index, o_index, "far")
        for _, o_index, _, _, _ in sorted(scored)[MAX_ORGS_PER_PERSON:]:
            note(p_index, o_index, "cap")
        for nth, ((dist, gap), o_index, pk, pt, ot) in enumerate(sorted(scored)[:MAX_ORGS_PER_PERSON]):
            obj = ref(clusters[o_index])
            if obj.name.casefold() == subject.name.casefold() or same_body_name(obj.name, given):
                note(p_index, o_index, "samebody")
                continue
            if dist == 0 and (title_word_body(cues_at(pk, pt)[0], ctx.resolver.mention_at(ot))
                              or role_word_body(cues_at(pk, pt)[0], ctx.resolver.mention_at(ot), o_index)):
                note(p_index, o_index, "titleword")
                continue  # "U.S. Attorney General X": the mentions made a body "Attorney" of the title's own word;
                # "manager of the Aden branch of Y": "Aden" is a word of the post at Y
            org = clusters[o_index]
            title, noun, cues = cues_at(pk, pt)
            if dist == 0:
                title, noun, cues = title_for_this_body(ctx, pk, pt, ot, o_index, person, title, noun, cues)
            if (title is None or (title.org is not None and title.org.index != o_index)) and noun is None:
                title, noun, where = _post_elsewhere(p_seen, pk, o_index, cues_at)
                cues = [*cues, f"d:postelsewhere={where}"]
            feats = ["bias", "doc", *doc_feats, *cues, f"d:dist={_bucket(dist)}", f"d:nth={min(nth, 3)}", f"d:rank={min(ranks[o_index], 4)}",
                     f"d:ocount={_bucket(counts[o_index])}", f"d:otype={org.type}"]
            o_seen, p_sent = orgs[o_index], ctx.sentences[pk]
            clause = _clause_link(root(pt), root(ot)) if dist == 0 else None
            why = hopeless_reason(bool(given), dist, clause, title, o_index, noun, cues)
            if (why in RULE_POST_KINDS and not in_parenthesis(p_sent, ot)
                    and hopeless_reason(False, dist, clause, title, o_index, noun, cues) is None):
                feats.append(f"d:rulehopeless={why}")  # a second post in the person's sentence: the scorer weighs it
                why = None
            if why is not None:
                note(p_index, o_index, f"hopeless:{why}")
                continue
            if title is not None and (kind := kind_body(ctx, title)) is not None and kind != o_index:
                note(p_index, o_index, "kindof")
                continue  # "a senior member of the cartel" with no cartel named, or "the group" read as another body
            if title is not None and title.role.casefold() in rule_roles.get(subject.name.casefold(), ()):
                note(p_index, o_index, "ruletitle")
                continue  # the rules already gave this very title to another body of the person
            if title is None and noun is None and dist == 0 and object_of_action(root(pt), root(ot)):
                note(p_index, o_index, "objectof")
                continue  # "X managed the accounts of Y": what X did with something of Y, no post at Y
            if title is None and dist == 0 and owner_of_held_unit(ctx, ot, given):
                note(p_index, o_index, "ownerofunit")
                continue  # "a former commander of Y's Z Group": the post is Z's, and Y is Z's parent (part_of); a
                # title of its own still names a post at Y ("Colonel X, commander of Y's Z Brigade", "a retired
                # army general who commanded Y's Z Division": both in readable releases' gold)
            if unit_of_referred_body(ctx, ot):
                note(p_index, o_index, "unitof")
                continue  # "sits on the group's shura council": a unit of the group, no body of its own (PV)
            if title is None and dist == 0 and possessor_of_thing(root(ot)):
                note(p_index, o_index, "possof")
                continue  # "X was part of Y's procurement network": the person belongs to a thing of Y's, no post at Y
            if (title is None and noun is None and dist == 0 and root(ot).dep_ == "compound"
                    and modifier_of_thing(root(ot), _post_nouns(ctx))):
                note(p_index, o_index, "modof")
                continue  # "X was among the buyers of Y shares": Y only names whose shares, no post at Y
            if dist == 0 and any(t.area and t.org is not None and t.org.index != o_index and t.start <= ot < t.span_end
                                 for t in ctx.titles_in(ctx.sentences[pk])):
                note(p_index, o_index, "area")
                continue  # "Y's head of finance for West Africa": the area the post covers, no employer
            if (title is not None and dist == 0 and title.org is None and title.head.lower() in RANK_HEADS
                    and anothers_body(ctx, pk, o_index, person)):
                note(p_index, o_index, "rankother")
                continue  # "A, the president of Y, and B, a brigadier general ...": a rank, and Y is A's employer
            if title is not None and dist == 0 and in_parenthesis_after(ctx.doc, title.span_end, ot):
                note(p_index, o_index, "paren")
                continue  # "Chief of General Staff (Army, Navy and Air Force)": the title's scope, not an employer
            if (dist == 0 and (title is None or title.org is None or title.org.index != o_index)
                    and owner_of_body(root(pt), root(ot))):
                note(p_index, o_index, "owner")
                continue  # "Y, which X owns, ...": ownership is no post (GUIDELINES), unless a title at Y says so
            if dist == 0 and aside_title_channel(ctx.doc, root(pt), root(ot), title):
                note(p_index, o_index, "asidechannel")
                continue  # "X, a prolific money launderer, exchanged funds via Y": a description, and Y only the channel
            if dist == 0 and others_complement_at(ctx, p_sent, root(pt), ot, title, o_index):
                note(p_index, o_index, "ascomplement")
                continue  # "X replaced Y as chief executive of Z": the title is Y's, X is given no post from it
            if dist == 0 and (link := no_post_link(ctx, p_sent, root(pt), root(ot), title, o_index)):
                note(p_index, o_index, link)
                continue  # "X worked with Y", a "respectively" sentence: a link the rules know is no post
            if clause is not None:
                feats.append(f"d:clause={clause}")
                if clause == "verb":
                    feats.append(f"d:clausedepth={_bucket(_depth(root(ot), root(pt)))}")
            feats.append(f"d:samepara={any(paras[t] == paras[pt] for _, t in o_seen.at)}")
            feats.append(f"d:intro={o_index in intros.get(paras[pt], ())}")
            feats.append(f"d:main={o_index in main}")
            feats.append(f"d:heading={o_index in heading_orgs}")
            feats.append(f"d:rulepost={'other' if given else 'none'}")
            if longer_body_name(obj.name, given):
                feats.append("d:longerbody")
            feats.append(f"d:pbold={person.bold}")
            person_titles = [t for t in (cues_at(k2, t2)[0] for k2, t2 in p_seen.at) if t is not None]
            feats += other_sentence_cues({k2 for k2, _ in p_seen.at}, {k2 for k2, _ in o_seen.at}, person_titles, obj.name)
            words = {w.lower() for w in obj.name.split()}
            feats += [f"d:oword={w}" for w in sorted(words & GROUP_WORDS)]
            others = sum(1 for o2, s2 in orgs.items() if o2 != o_index and any(k == pk for k, _ in s2.at))
            feats.append(f"d:othersent={_bucket(others)}")
            if title is not None:
                linked = "this" if title.org is not None and title.org.index == o_index else "none" if title.org is None and not title.org_name else "other"
                feats += [f"d:thead={title.head.lower()}", f"d:tclass={title.role_class}", f"d:tlink={linked}"]
                feats += title_body_cues(ctx.doc, title, root(ot), obj.name, dist == 0)
            elif noun is not None:
                feats.append(f"d:rolenoun={noun[1]}")
            else:
                feats.append("d:nopost")
            if pt not in refs_at:
                own = cues_at(pk, pt)[0]  # the post the person's own sentence gives, whatever the body
                refs_at[pt] = body_refs(ctx, p_sent, root(pt), (own.phrase_start, own.span_end) if own is not None else None)
            free = (title is not None and title.org is None and not title.org_name) or (title is None and noun is not None)
            feats += refer_cues(refs_at[pt], o_index, org_tokens, org_heads, nouns, dist == 0)
            feats += paragraph_cues(para_first, para_bodies, paras[pt], paras[ot], o_index, free)
            in_sentence = sentence_level.pop((subject.name.casefold(), obj.name.casefold()), None)
            feats += [f for f in in_sentence.features if f != "bias"] if in_sentence is not None else []
            by_verb = _verb_post(root(pt), root(ot)) if dist == 0 else None
            role, role_class, current = _role(title, noun, o_index, by_verb)
            note(p_index, o_index, "scored")
            yield DocCandidate(p_sent, subject, obj, role, role_class, current, feats)


def _role(title: Title | None, noun: tuple[str, str] | None, o_index: int,
          by_verb: tuple[str, str, bool] | None = None) -> tuple[str, str, bool]:
    """The post to report: the person's title phrase unless it names another body, else the predicate noun, else the
    post the person's verb states ("directs Y": director), else "member"."""
    if title is not None and (title.org is None or title.org.index == o_index):
        return title.role, title.role_class, not title.former
    if noun is not None:
        return noun[0], "member", True
    return by_verb or ("member", "member", True)


def _verb_post(person: Token, body: Token) -> tuple[str, str, bool] | None:
    """"X, a cousin of Z, directs Y" / "X, who leads Y": the post the person's head verb states over the body
    (GUIDELINES: heads / leads / directs / manages / founded name a post), a past tense a former one. Only names the
    post of a pair the scorer accepted; it never makes a pair. The body must hang from the verb's side, not from the
    person's own words: in "X, a member of the Armed Forces' Special Operations Command, commanded the raid" the verb
    commands a raid, and the armed forces are only named in X's aside (issue 13, M22, review V7 item 7: "commander" of
    the owner body N7's split names)."""
    verbs = [person.head] if person.dep_ == "nsubj" else []
    verbs += [c for c in person.children if c.dep_ == "relcl"]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in HEAD_VERBS and _below_verb(body, verb, person):
            past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))
            return *verb_post(lemma), not past  # a bare VBN: the tagger's past
    return None


def _below_verb(body: Token, verb: Token, person: Token) -> bool:
    """`body` hangs from `verb` by a chain of heads that does not pass through the person's own phrase, or the verb's
    object is the body's own unit referred back to by its noun ("X of the Pacific Fleet commands the fleet's logistics
    base": `roles_prose._referred_owner`'s reading)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "poss" and c.is_lower and c.lower_ == body.lower_ for o in objects for c in o.children):
        return True
    for a in body.ancestors:
        if a.i == verb.i:
            return True
        if a.i == person.i:
            return False
    return False


def _sentence_candidates(ctx: DocContext, rules: list[Relation]) -> dict[tuple[str, str], Candidate]:
    """The sentence-level candidates (dependency path, words between), the first per (person, organization) pair."""
    skip = {(r.subject.name.casefold(), r.object.name.casefold()) for r in rules if r.relation == "holds_role"}
    out: dict[tuple[str, str], Candidate] = {}
    for cand in candidates(ctx, skip):
        out.setdefault((cand.subject.name.casefold(), cand.obj.name.casefold()), cand)
    return out


__all__ = ["DocCandidate", "doc_candidates"]
