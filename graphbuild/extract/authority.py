"""Which body designates in a sentence: the authority named as the actor of a designation verb.

A Treasury release often names several bodies ("the Department of the Treasury and the
Department of State targeted ...", "the United States, in coordination with the United
Kingdom, sanctioned ..."); a partner named "in coordination with" does not act in the
sentence, and of two bodies acting together the release's own (the one it names most) is
the announcing one. The pieces this reads are modules of their own (issue 13, R2): the verbs
(`designation_verbs`), the subject's syntax (`acting_subject`), the bodies named in tokens
(`named_bodies`), the home country and other governments (`home_country`), the document's U.S.
body (`home_body`); the release's announcing body is `announcing`.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..records import EntityRef
from .acting_subject import acting_subjects, describes_antecedent, in_background_clause, partner_tokens, subject_span
from .common import implied_ref
from .context import DocContext
from .described_dates import earlier_action
from .designation_verbs import TARGETING_VERBS, active_triggers, reporting_verb
from .home_body import home_authority, named_office, of_body, reporting_body, story_reporter
from .home_country import (HOME_COUNTRY_SUBJECTS, foreign_body_subject, foreign_country_subject, home_country_subject,
                           home_government, home_place, names_home_country, region_subject)
from .issuer import header_issuer, is_sanctioning, issuer, titled_body
from .named_bodies import authorities_in, choose_actor, is_home_body, most_specific, same_body, sanctioning_in


GENERIC_SUBJECTS = {"action", "actions", "designation", "designations", "measure", "measures", "sanctions", "treasury"}
FIRST_PERSON = {"we", "i"}
REPORTED_PRONOUNS = {"it", "they"}


def subject_authority(ctx: DocContext, trigger: Token, sent: Span) -> tuple[Cluster | None, bool]:
    """(authority named as the subject, whether the subject was a generic "today's action"). A dateline the parser made
    a subject ("LONDON, May 4 — The Treasury sanctioned X") is passed over (review V5, finding 1)."""
    subjects = acting_subjects(trigger)
    if not subjects:
        window_start = max(sent.start, trigger.i - 14)
        found = authorities_in(ctx, window_start, trigger.i)
        return most_specific(ctx, found), False
    subject = subjects[0]
    skip = partner_tokens(subject)
    first, last = subject_span(subject, trigger)
    found = authorities_in(ctx, first, last, skip)
    home_subject = (ctx.doc[subject.left_edge.i:subject.i + 1].text.lower() in HOME_COUNTRY_SUBJECTS
                    or subject.text.lower() in HOME_COUNTRY_SUBJECTS) and not region_subject(ctx, trigger)  # not "South America" (M22)
    if ctx.doc[first:last].text.lower() in HOME_COUNTRY_SUBJECTS:
        found = []  # "U.S. blacklists X", "Washington sanctioned X": the country, whatever body a bare "U.S." was clustered with
    if found and names_home_country(subject, skip) and not any(is_home_body(ctx, c) for c in found):
        home = home_authority(ctx)  # "The United States and the United Kingdom are jointly sanctioning": the U.S. body acts here
        if home is not None:
            return home, False
    if found:
        return choose_actor(ctx, found), False
    if home_subject or subject.lower_ in REPORTED_PRONOUNS:
        reporter = reporting_body(ctx, trigger)  # "The Treasury said it had designated X", "The U.S. sanctioned X, the Treasury said"
        if reporter is not None:
            return reporter, False
    if subject.lower_ in REPORTED_PRONOUNS and reporting_verb(trigger) is None:
        before = pronoun_body(ctx, sent)  # "The State Department's part of the action ... . It designated X"
        if before is not None:
            return before, False
    if home_subject:
        return story_reporter(ctx) or home_authority(ctx, todays=True), False  # not a background body's (V9 item 3, M44)
    if subject.lower_ in FIRST_PERSON and issuer(ctx) is not None:  # "We are designating": the release's own body
        return home_authority(ctx), False
    if subject.text == "department" and all(c.dep_ == "det" or c.i > trigger.i for c in subject.children):
        named = department_before(ctx, subject.i)  # a story's "the department": the department it last named
        if named is not None:
            return named, False
    if subject.lower_ == "department" and all(c.dep_ == "det" for c in subject.children) and issuer(ctx) is not None:
        return named_department(ctx, sent) or home_authority(ctx), False  # "The Department is designating X" in a department's release
    titled = titled_body(ctx, ctx.doc[first:last].text)
    if titled is not None:  # "The Secretary of State is designating"
        return titled, False
    return None, subject.lower_ in GENERIC_SUBJECTS or subject.lemma_.lower() in GENERIC_SUBJECTS


@dataclass(frozen=True)
class Actor:
    """Who acts on an active verb, as `verb_actor` reads its subject."""

    #: The body the subject names, or the U.S. Government that "the United States" stands for (`home_government`).
    body: Cluster | EntityRef | None
    #: Another country, another government's organ or a region is the subject: no body of the release acts.
    elsewhere: bool = False
    #: The subject is a generic "today's action" (`subject_authority`): the release's body acts.
    generic: bool = False


def verb_actor(ctx: DocContext, verb: Token, sent: Span) -> Actor:
    """Which body acts on an active verb, in one order for its three readers (designations' designating and imposing
    verbs, delistings' removing verb; each had its own copy: issue 13, R2): the body its subject names
    (`subject_authority`); none of the release's when the subject is another country ("New Zealand imposed travel bans
    on X"), another government's organ ("the Kandari Cabinet sanctioned Y") or a region ("Latin America"); the U.S.
    Government when it is the home country and the document names no U.S. sanctioning body ("The United States
    designated X"); else no body, and the caller falls back to the release's. The "imposed" reader asks it the same
    way since P15 (nineteenth session): it left the home country with no body, and the release's fallback then gave
    "The United States on Tuesday imposed sanctions on X" to the one foreign body the story names ("Britain earlier
    this month sanctioned Y")."""
    authority, generic = subject_authority(ctx, verb, sent)
    if authority is not None:
        return Actor(authority, generic=generic)
    if foreign_country_subject(ctx, verb) or foreign_body_subject(ctx, verb) or region_subject(ctx, verb):
        return Actor(None, elsewhere=True, generic=generic)
    if home_country_subject(verb):
        return Actor(implied_ref(ctx, home_government(ctx)), generic=generic)
    if (own := unnamed_department(ctx, verb)) is not None:
        return Actor(own, generic=generic)
    return Actor(None, generic=generic)


def unnamed_department(ctx: DocContext, verb: Token) -> EntityRef | None:
    """"The Department is designating X" in a release whose header names its one body and whose text never names it
    (`issuer` gives none: no entity to point to): that body, implied (FX; "Today I am announcing sanctions ..." in a
    State statement signed by the Secretary of State gave X no designation)."""
    subjects = acting_subjects(verb)
    if not subjects or subjects[0].lower_ != "department" or not all(c.dep_ == "det" for c in subjects[0].children):
        return None
    if issuer(ctx) is not None:
        return None  # the text names the issuer: `subject_authority` answered for it
    name = header_issuer(ctx)
    return implied_ref(ctx, name) if name is not None else None


def joint_bodies(ctx: DocContext, trigger: Token, authority: Cluster) -> list[Cluster]:
    """Every body acting when the home country and other governments are the subject of an active designation verb
    ("The United States and Britain imposed sanctions on X", "Britain and the U.S. sanctioned X"): `authority` (what
    `subject_authority` answered: the U.S. body, or Britain when a bare "U.S." was clustered with a U.S. department)
    and the others, the U.S. body first. Each target gets every body the text gives it. Not a partner named "in
    coordination with" (it does not act). Other governments coordinated in the subject without the home country ("The
    EU and Britain sanctioned X", "The United Kingdom, Canada and the European Union have also sanctioned X", "OFAC and
    Britain's OFSI designated X") each act too (`coordinated_foreign`, D19: only the first did). A dateline's city may
    be a second subject ("WASHINGTON, March 3 - The United States and Britain imposed ..."): each subject is asked.
    Issue 13, D17."""
    subjects = acting_subjects(trigger)
    foreign = next((found for found in (_with_home(ctx, s) for s in subjects) if found), [])
    if not foreign:
        coordinated = next((found for found in (coordinated_foreign(ctx, s) for s in subjects) if found), [])
        return [authority, *(b for b in coordinated if b is not authority and not _nested(ctx, b, authority))]
    home = authority if is_home_body(ctx, authority) else story_reporter(ctx) or home_authority(ctx)
    if home is None:
        return [authority, *(b for b in foreign if b is not authority)]
    return [home, *(b for b in foreign if b is not home)]


def joint_agent(ctx: DocContext, by: Token) -> Cluster | None:
    """The U.S. body behind "the United States" coordinated with other governments in a passive's agent ("X was
    sanctioned by the United States and Britain"): the story's reporter or the release's U.S. body; None when the
    agent names no other government or already names a U.S. body. Issue 13, D17."""
    objects = [c for c in by.children if c.dep_ == "pobj"]
    if not objects or not _with_home(ctx, objects[0]):
        return None
    if any(is_home_body(ctx, c) for c in authorities_in(ctx, objects[0].left_edge.i, objects[0].right_edge.i + 1)):
        return None
    return story_reporter(ctx) or home_authority(ctx)


def home_agent(ctx: DocContext, by: Token) -> Cluster | EntityRef | None:
    """The U.S. body behind a passive's agent that is the home country alone ("X was sanctioned by the United States
    earlier this year", "by Washington"): the story's reporter or the release's U.S. body, else the U.S. Government
    (`home_government`), as for the active "The United States designated X" (`verb_actor`). None when the agent is
    not the home country. The caller takes it where its fallback (the section's or release's body) is no U.S. body:
    in a story naming only another government's body the sentence fell back to that one ("The EU's sanctions on A
    ... B was sanctioned by the United States": B by the EU; P15, nineteenth session)."""
    objects = [c for c in by.children if c.dep_ == "pobj"]
    if not objects:
        return None
    head = objects[0]
    words = ctx.doc[head.left_edge.i:head.right_edge.i + 1].text.lower()
    if words not in HOME_COUNTRY_SUBJECTS and words.removeprefix("the ") != "united states of america":
        return None
    return story_reporter(ctx) or home_authority(ctx) or implied_ref(ctx, home_government(ctx))


def coordinated_foreign(ctx: DocContext, subject: Token) -> list[Cluster]:
    """The other governments' sanctioning bodies that head a subject or one of its conjuncts ("The European Union and
    the United Kingdom", "Australia and Japan", "The United Kingdom, Canada and the European Union"), in text order:
    not a body inside a conjunct's phrases ("the Foreign Minister of Canada and X"), nor a partner named "in
    coordination with", nor a U.S. body (two U.S. bodies acting together give the lead one, `choose_actor`). Issue 13,
    D19."""
    skip = partner_tokens(subject)
    found: list[Cluster] = []
    for head in sorted([subject, *subject.conjuncts], key=lambda t: t.i):
        mention = ctx.resolver.mention_at(head.i) if head.i not in skip else None
        cluster = ctx.resolver.cluster_of(mention) if mention is not None else None
        if cluster is not None and cluster not in found and is_sanctioning(ctx, cluster) and not is_home_body(ctx, cluster):
            found.append(cluster)
    return found


def _nested(ctx: DocContext, a: Cluster, b: Cluster) -> bool:
    """One body and its office ("the United Kingdom" and its FCDO): one act, the acting office's."""
    return same_body(ctx, a.authority or "", b.authority or "")


def _with_home(ctx: DocContext, head: Token) -> list[Cluster]:
    """The foreign sanctioning bodies coordinated with the home country at `head` (a subject or an agent's object)."""
    skip = partner_tokens(head)
    if not names_home_country(head, skip):
        return []
    return [c for c in authorities_in(ctx, head.left_edge.i, head.right_edge.i + 1, skip)
            if not is_home_body(ctx, c) and is_sanctioning(ctx, c)]


def named_department(ctx: DocContext, sent: Span) -> Cluster | None:
    """The U.S. department a bare "The Department" subject stands for when the sentence before names one as its subject
    ("Concurrently, the Department of State designated A. The Department also designated B" in a Treasury release: the
    State Department's); None otherwise (the release's own department then). Sentences between them whose subject
    names no body are passed over, within the paragraph ("The Department of State is designating A ... . A now serves
    as a deputy minister. The Department is also designating A's wife, B": the State Department's, not the Treasury
    release's own; N)."""
    body = pronoun_body(ctx, sent, DEPARTMENT_SUBJECTS, past_others=True)
    home = home_authority(ctx)
    if body is None or not is_home_body(ctx, body) or home is not None and of_body(ctx, [body], home):
        return None
    names = [body.authority or "", *ctx.gaz.authorities[body.authority].aliases] if body.authority in ctx.gaz.authorities else []
    return body if any("Department" in n for n in names) else None


def department_subject(verb: Token) -> bool:
    """The verb's subject is a bare "the Department" / "the department" ("In 2022, the Department designated X")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "department" and all(d.dep_ == "det" for d in c.children)
               for c in verb.children)


def names_department(ctx: DocContext, body: Cluster | EntityRef) -> bool:
    """The body is a department (its gazetteer name or an alias says "Department"), or an office of one (OFAC, the
    Treasury's): what a bare "the Department" can stand for; a government ("United Kingdom", "Canada") cannot (S)."""
    record = ctx.gaz.authority(body.authority or body.name) if isinstance(body, Cluster) else ctx.gaz.authority(body.name)
    while record is not None:
        if any("Department" in n or "Treasury" in n for n in (record.name, *record.aliases)):
            return True
        record = ctx.gaz.authorities.get(record.parent) if record.parent else None
    return False


def department_before(ctx: DocContext, before: int) -> Cluster | None:
    """The department a lower-case "the department" stands for: the last U.S. sanctioning one the text names before
    token `before` ("State Department spokesperson X said the department was designating Y"; "The force was
    designated by Treasury in 2007. On Friday the department identified the tanker as blocked property"). A news story
    writes the body it refers back to so, in lower case; a department's own release writes "the Department" for itself,
    which `named_department` and the release's issuer read. None when no department is named before it (issue 13,
    D21). A department named only inside a relative clause describing its antecedent (`describes_antecedent`) is
    passed over: "Australia's Department of Foreign Affairs and Trade ... sanctioned the group, which the U.S.
    Treasury Department designated last year. The department also designated Y" is Australia's department, which
    acts (review V9 item 4, M38). None for a U.S. department that designates nothing."""
    for m in reversed(ctx.mentions_in(0, before)):
        cluster = ctx.entity(m)
        if cluster is None:
            continue
        record = ctx.gaz.authorities.get(cluster.authority or "")
        names = [record.name, *record.aliases] if record is not None else [cluster.name]
        if not any("Department" in n for n in names) or cluster.bare_department or in_background_clause(ctx.doc[m.start]):
            continue
        if not is_home_body(ctx, cluster):
            return cluster  # another government's department acts
        if not is_sanctioning(ctx, cluster):
            return None  # a U.S. department that designates nothing ("the Justice Department charged A")
        return named_office(ctx, cluster)  # "According to the Treasury's OFAC ... The department also designated Y": OFAC
    return None


def acting_before(ctx: DocContext, sent: Span) -> Cluster | None:
    """The U.S. body that designated in the sentence before, in the same paragraph, as the subject of an active verb of
    today ("In addition, the Department of State is designating A ... . Her husband, B, is also publicly designated under
    the same authority."): the body of an agentless passive that goes on from it. None when that sentence states an
    earlier action, names no U.S. body as its actor, or ends a paragraph."""
    k = ctx.sentence_index(sent.start)
    if k < 1:
        return None
    before = ctx.sentences[k - 1]
    if "\n" in before[-1].text + before[-1].whitespace_ or earlier_action(before):
        return None
    first = next((t for t in active_triggers(before, TARGETING_VERBS) if not describes_antecedent(t)), None)
    actor = subject_authority(ctx, first, before)[0] if first is not None else None
    return actor if actor is not None and is_home_body(ctx, actor) else None


DEPARTMENT_SUBJECTS = frozenset({*REPORTED_PRONOUNS, "department"})  # "The Department also designated Y" after it


def pronoun_body(ctx: DocContext, sent: Span, standing: frozenset[str] = REPORTED_PRONOUNS, past_others: bool = False) -> Cluster | None:
    """The body an "it" / "they" acting in `sent` stands for: the sanctioning authority the subject of the sentence before
    names ("The State Department's part of the action focused on ... . It designated X. It also designated Y"), going
    back over sentences whose subject is a pronoun too, within the paragraph. None when that subject names no body (a
    company, a person: "it" is then no designating body); `past_others`: such a sentence is passed over too (a bare
    "the Department" names a department, never the person or firm a sentence between is about)."""
    k = ctx.sentence_index(sent.start)
    for _ in range(4):
        k -= 1
        if k < 0:
            return None
        before = ctx.sentences[k]
        if "\n" in before[-1].text + before[-1].whitespace_:
            return None  # a new paragraph: "it" has no antecedent here
        subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            if past_others:
                continue
            return None
        if subject.lower_ in standing and not authorities_in(ctx, subject.left_edge.i, subject.right_edge.i + 1):
            continue  # "It also designated Y" after "It designated X"; "The Department ..." after "The Department ..."
        bodies = sanctioning_in(ctx, subject.left_edge.i, subject.right_edge.i + 1)
        if bodies or not past_others:
            return choose_actor(ctx, bodies) if bodies else None
    return None


def foreign_speaker(ctx: DocContext, trigger: Token) -> list[Cluster] | None:
    """"Britain's Foreign Office said it had sanctioned X", '"We have sanctioned X," said the Foreign Minister of
    Estovia': a designation whose subject is a pronoun ("it", "they", "we", "I") reported from a speaker of another
    country. None when it is not one (the speaker names a U.S. body, or no country); else the non-U.S. bodies the
    speaker names (empty when it names none: no body of the release designates X)."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in REPORTED_PRONOUNS | FIRST_PERSON:
        return None
    reporting = reporting_verb(trigger)
    speaker = next((c for c in reporting.children if c.dep_ == "nsubj"), None) if reporting is not None else None
    if speaker is None:
        return None
    start, end = speaker.left_edge.i, speaker.right_edge.i + 1
    bodies = authorities_in(ctx, start, end)
    if any(is_home_body(ctx, c) for c in bodies):
        return None
    places = [t for t in ctx.doc[start:end] if t.ent_type_ in {"GPE", "NORP"}]
    foreign = [c for c in bodies if ctx.gaz.authorities[c.authority].country not in {None, "", "United States"}]  # type: ignore[index]
    if not foreign and not any(t.ent_iob_ == "B" and not home_place(ctx, t) for t in places):
        return None
    specific = most_specific(ctx, foreign)  # "Britain's Foreign Office": the office, not its government
    return [specific] if specific is not None else []
