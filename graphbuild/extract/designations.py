"""designations.v1: target – designated by – authority, with program, measures, date.

Triggers: active and passive "designate/redesignate/sanction", "target" with an
authority (or "today's action") as subject, "identify ... as blocked property" (and
"X is being identified as property in which Y has an interest"),
"add ... to the SDN List", "impose sanctions / visa restrictions on ...",
"X's designation of ...", "is on this list", "U.S.-sanctioned ...", "a person
whose property ... is blocked". Designations stated once for a group (bold names,
lists, "these individuals") are in extract/release.py and extract/name_lists.py. Earlier actions ("was previously designated on ...")
are kept with their own date and `current = false`; delistings are skipped.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.mention import WEEKDAY_NAMES
from ..nlp.mentions import Mention
from ..nlp.doc_text import sentence_entities, span_text, token_lemmas, token_words
from ..records import EntityRef, Relation
from .common import headline as _headline, implied_ref, ref, relation
from .action_sentences import DELISTING, action_sentences_before
from .removals import removed_here, undone_names
from .issuer import is_sanctioning
from .announcing import country_announces, default_authority, release_or_section_authority
from .authority import (Actor, acting_before, department_subject, foreign_speaker, home_agent, joint_agent, joint_bodies,
                        names_department, subject_authority, verb_actor)
from .described_dates import EARLIER_WORDS
from .earlier_agents import earlier_agent
from .cited_authority import cited_body
from .reported_by import sentence_reporter
from .designation_verbs import IMPOSING_LEMMAS, VERB_TRIGGER_FORMS, VERB_TRIGGERS, imposed_measure, is_passive
from .home_country import home_government
from .named_bodies import authorities_in, is_home_body, most_specific, sanctioning_in
from .listing_verb import listing_body
from .context import DocContext, context_of
from .roles_group import group_memberships
from .partner_actions import partner_designations
from .foreign_actions import foreign_body, fronted_on_conjunct, settle_foreign_dates
from .section_dates import settle_section_dates
from .designation_parties import described_in_item, over_count, unit_of_person
from .bold_post_holders import release_post_holders, without_unread_designations
from .firm_paragraph_people import firm_paragraph_people
from .bold_workplaces import release_workplaces
from .visa_releases import firms_to_blocking_body, visa_release_bodies
from .release import PERSON_NOUNS, apply_group_programs, group_statements, group_kinds, inverted_copula, modifies_group_noun, section_authority, structural_designees
from .designation_denials import absolute_date, denied_names, designates_nobody, outright_denials, retractions
from .designation_mood import undone_designation, unrealised
from .described_dates import (before_release_year, dates_a_description, describes_a_noun, dates_on_the_verb, earlier_date_of_action, fiscal_spans,
                              governed_dates, in_force, standing_designation, unmade_designation, marks_other_time, may_date_an_action, said_earlier, since_date,
                              release_day, when_date)
from .counted_paragraph import counted_paragraph_designees
from .described_targets import described_designees
from .referred_designees import referred_designees, reported_designees
from .designations_news import ACTED_ON, acted_on_by_other, bare_passive_reading, listed_in_a_post, membership_reading
from .designation_ellipsis import as_was, but_is, followers, repeated_designations
from .sanctions_with import with_sanctions
from .property_objects import property_objects, property_start, property_subject
from .itself_targets import itself_targets
from .speakers import speaker_names
from .designation_windows import names_beside, with_object, along_with, antecedent, clause_end, colon_list, counted_companions, name_before_auxiliaries, negated, objects_after_relative, objects_with_own_reason, referred_targets, semicolon_items, titled_conjuncts, conjuncts_after_description, items_after_other_name, window_end, window_start_passive
from .targets import NOT_DESIGNEE_TYPES, candidates, named_by_alias, whole_name

_SANCTION_WORDS = re.compile(r"sanction|designat", re.I)  # compiled once (PF, 32nd)
_BODY_SANCTIONED = re.compile(r"(u\.s\.|us|eu|un|uk)-(sanctioned|designated)")  # compiled once (PF, 32nd)

NAME = "designations.v1"
SUBJECT_TRIGGERS = {"target", "identify", "add", "impose", "block", "list"}
#: Words near an action that make it one of the past: authority's "earlier" words, and more of sequence.
PAST_MARKERS = EARLIER_WORDS | {"initially", "first", "follows", "following", "before"}
MEASURE_WORDS = [("visa restriction", re.compile(r"visa restrictions?|visa ban", re.I)),
                 ("asset freeze", re.compile(r"\bblock(ed|ing)\b|asset freeze|freez(e|ing) (of )?(their |its )?assets", re.I)),
                 ("travel ban", re.compile(r"travel ban", re.I))]


LIST_SUBJECTS = {"list", "designees", "targets"}


def _list_subject(ctx: DocContext, verb: Token) -> bool:
    """"The list includes ...", "The newly listed entities are ...", "Today's designees include ...", "Those designated
    today include ...", "Among those sanctioned today are ..."."""
    among = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    if among is not None and verb.i > among.i and {t.lower_ for t in among.subtree} & ACTED_ON:
        return not acted_on_by_other(ctx, among)  # "Among those sanctioned today are X and Y"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    words = {t.lower_ for t in subject.subtree}
    if subject.lower_ in LIST_SUBJECTS or bool(words & ACTED_ON) and (subject.tag_ in {"NNS", "NNPS"} or subject.lower_ == "those"):
        return True
    # "The firms named were A, B and C", "The most senior figure named is X": a noun the participle "named" describes
    return any(c.lower_ == "named" and c.dep_ in {"acl", "amod"} and _named_alone(ctx, c) for c in subject.children)


#: Words "named" may carry and still name designees: "the firms named today", "the people also named".
NAMED_ALONE = {"today", "also", "newly"}


def _named_alone(ctx: DocContext, named: Token) -> bool:
    """"named" with no complement but "today" or "by <a sanctioning body>": "The firms named (by the Treasury) were A
    and B" lists designees; "The officials named in the report were A and B", "named as suspects" do not (review V2,
    finding 2)."""
    for child in named.children:
        if child.lower_ in NAMED_ALONE:
            continue
        if child.lower_ == "by" and child.dep_ in {"agent", "prep"} and sanctioning_in(ctx, child.i + 1, child.right_edge.i + 1):
            continue
        return False
    return True


def _heads_subject(doc: Doc, m: Mention, trigger: Token, mention_at: Callable[[int], Mention | None] | None = None) -> bool:
    """The mention is the passive subject (or one of a list of subjects), not a noun inside it ("the arrest of X").

    A conjunct the parser hung on a word inside the previous name ("A Company for General Trading LLC and B Ltd were
    designated": B is a conjunct of "LLC") goes on from that name as a whole (`mention_at` finds it)."""
    root = doc[m.start:m.end].root
    tok = _attached(doc, m) or root  # a name the parser cut at a sentence start: the part attached to the clause
    for _ in range(12):
        if tok.i == trigger.i or tok.head.i == trigger.i:
            return tok.dep_ not in {"prep", "pobj", "agent"} or tok.i == trigger.i
        if tok.dep_ == "conj" and mention_at is not None:
            other = mention_at(tok.head.i)
            outer = _attached(doc, other) if other is not None and other is not m and other.label in {"ORG", "PERSON"} else None
            if outer is not None and outer.i != tok.head.i:
                tok = outer
                continue
        group = _counted_group_of(tok) if m.label == "PERSON" else None
        if group is not None:  # "Two officials of X Ltd, A and B, were also sanctioned": A hangs on X as a conjunct
            tok = group
            continue
        if tok.dep_ in {"prep", "pobj", "relcl", "acl", "poss"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _counted_group_of(tok: Token) -> Token | None:
    """The counted people ("two officials", "three executives") of "<count> <people> of <name>, A and B, were
    sanctioned" when the parser hung A on <name> as a conjunct after the comma: the names set off after the body's
    name are the people counted, not members of a list of bodies. Issue 13, D17."""
    head = tok.head
    between = tok.doc[head.i + 1:tok.left_edge.i]
    if tok.dep_ != "conj" or head.dep_ != "pobj" or len(between) != 1 or between[0].text != ",":
        return None
    node = head
    for _ in range(4):  # "two officials of the mining directorate in Y, director A and inspector B": up the phrases
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            return None
        group = prep.head
        if prep.lower_ == "of" and group.tag_ == "NNS" and group.lower_ in PERSON_NOUNS and any(c.dep_ == "nummod" for c in group.children):
            return group
        node = group
    return None


def _attached(doc: Doc, m: Mention) -> Token | None:
    """The first word of a name whose head lies outside it: where the name hangs in the sentence."""
    return next((t for t in doc[m.start:m.end] if not (m.start <= t.head.i < m.end)), None)


def _is_legal_number(doc: Doc, ent: Span) -> bool:
    """"E.O. 13818" or "Resolution 2371" tagged as a date by the model."""
    before = doc[max(0, ent.start - 3):ent.start].text
    return bool(re.search(r"(E\.\s?O\.|Order|Resolution|Section|Proclamation|\))\s*$", before)) or bool(re.search(r"E\.\s?O\.|Order", ent.text))


def _details(ctx: DocContext, sent: Span, start: int, end: int, trigger: Token | None = None) -> tuple[str | None, list[str], str | None, bool]:
    """(program, measures, date, current) for an action stated in tokens start..end (by `trigger`, when one verb states
    it: a date describing one of the names there, "a firm established in 2019", is not the action's)."""
    doc = sent.doc
    tail = span_text(doc[start:sent.end])
    text = span_text(sent)
    programs = ctx.gaz.programs_in(tail) or ctx.gaz.programs_in(text)
    program = programs[0] if programs else None
    measures = [name for name, pattern in MEASURE_WORDS if pattern.search(text)]
    if trigger is not None and (in_force(trigger) or standing_designation(trigger)):  # "X remains designated", "has been designated
        # since 2019", "does not affect the designation of X": an earlier action
        since = since_date(trigger)
        return program, measures, since.text if since is not None else None, False
    near = doc[max(sent.start, start - 3):end]
    words = {t.lower_ for t in near if not marks_other_time(t) and not (
        trigger is not None and t.lower_ in PAST_MARKERS and describes_a_noun(t, trigger))}
    # "sanctioned X before its owners sold it in 2018": an action before another's time, not today's unless the
    # sentence says "today" ("Today, OFAC designated X, before he fled in March 2025, and Y": M26); a clause set off by
    # a comma is an aside on the name before it, not the action's time ("OFAC designated A, before he fled to Y, and
    # B": F3 item 9, mended by M35)
    before_other = any(t.lower_ == "before" and marks_other_time(t) and doc[t.i - 1].text != "," for t in near)
    dateable = [e for e in [*sentence_entities(doc, sent.start, sent.end), *fiscal_spans(sent)] if _date_candidate(sent, e)
                and not _inside_name(ctx, e)]
    dates = [e for e in dateable if start - 3 <= e.start and e.end <= max(end, start + 1) + 6]
    if trigger is not None and dates != (kept := [e for e in dates if not dates_a_description(e, trigger)]):
        # "X, who died in 2022, was designated by the Department of the Treasury in 2020": the describing date is no
        # date of the action; one the action's verb governs further on is
        dates = kept or governed_dates(sent, trigger, dateable)
        if not dates and said_earlier(sent, trigger):
            words = words | {"earlier"}  # "... was identified ... in an earlier action"
    if trigger is not None and not dates:
        dates = dates_on_the_verb(trigger, dateable, ctx.date)  # "was designated by <a long agent> on May 4, 2021"
    if trigger is not None and not dates and (when := when_date(trigger, dateable)) is not None:
        dates = [when]  # "in 2019, when OFAC sanctioned X": X's action is of 2019
    if dates and all(SAME_DAY.match(d.text) for d in dates):
        dates = []  # "was designated on the same day": the action stated before dates it (`SAME_TIME` below; P14)
    if dates and all(release_day(d.text, ctx.date) for d in dates):
        dates = []  # "OFAC designated X on March 10, 2026" in the release of that day: today's action (D20)
    current = not (words & PAST_MARKERS) and not dates and not before_other
    lowers = token_words(doc)[1]  # a `Token` only for a "today" (issue 18, PF)
    if any(lowers[k] in {"today", "today's"} and (trigger is None or _in_clause_of(doc[k], trigger)) for k in range(sent.start, sent.end)) \
            and not words & PAST_MARKERS:
        current = True  # not another clause's "today" ("OFAC is not designating Y today; its director, X, was designated in 2021")
    earlier = None if dates else earlier_date_of_action(sent, start, end, ctx.date)
    if earlier is None and not dates and trigger is not None:
        earlier = _fronted_earlier(ctx, sent, trigger)
    if earlier is None and current and not dates and SAME_TIME.search(text):
        earlier = _date_before(ctx, sent)  # "X was designated in August 2023. Y was designated at the same time."
    if earlier is not None:  # "In 2024, the Department of State designated X": not today's action, whatever else the sentence says
        dates, current = [earlier], False
    date = dates[0].text if dates and not current else (ctx.date if current else None)
    return program, measures, date, current


#: Words that may stand between a determiner and an attributive participle: "the previously designated X".
ATTRIBUTIVE_ADVERBS = frozenset({"previously", "already", "formerly", "recently", "earlier", "once", "also", "newly", "since"})
#: Hyphens a tokenizer splits off ("OFAC - designated").
HYPHEN_MARKS = frozenset({"-", "\u2010", "\u2011"})


def attributive(tok: Token) -> bool:
    """The participle modifies the name after it as an adjective ("the designated X", "the previously sanctioned X",
    "its designated parent, X", "the OFAC-designated X"): no subject of its own, and a determiner, a possessive or a
    capitalised word hyphened to it before it. Not "OFAC designated Vanta Trade LLC", which the parser may also read as
    an adjective on the name (its subject hangs on it), nor "OFAC re-designated X" (the prefix split off)."""
    if tok.dep_ != "amod" or tok.head.i <= tok.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    doc, j = tok.doc, tok.i - 1
    while j >= 0 and (doc[j].lower_ in ATTRIBUTIVE_ADVERBS or doc[j].text in HYPHEN_MARKS and j >= 1 and doc[j - 1].lower_ in ATTRIBUTIVE_ADVERBS):
        j -= 1  # "the previously designated X", "the previously-designated X"
    if j >= 1 and doc[j].text in HYPHEN_MARKS:
        return doc[j - 1].text[:1].isupper()  # "OFAC-designated X", "U.S.-sanctioned X"; not "re-designated X"
    return j >= 0 and doc[j].tag_ in {"DT", "PRP$", "POS", "WP$"}


def _standing(details: tuple[str | None, list[str], str | None, bool]) -> tuple[str | None, list[str], str | None, bool]:
    """The details of a designation an adjective states ("the designated X", "the previously designated X", "the
    OFAC-designated X"): a standing one, of no day the sentence gives. Before, the sentence's "Today" made it today's
    action ("Today, OFAC designated A for buying fuel from the designated X": X current) and another verb's date its
    date ("the previously designated X shipped fuel in March": dated "March"); F, twenty-fifth session."""
    program, measures, _, _ = details
    return program, measures, None, False


def _inside_name(ctx: DocContext, ent: Span) -> bool:
    """The date is a word of a name ("Minerales Tumeremo 2020, C.A.", "Vision 2030 Holding"): no time of the action
    (P14: the firm, and every target of its sentence, was dated 2020 and made an earlier designation)."""
    m = ctx.resolver.mention_at(ent.start)
    return m is not None and m.start <= ent.start and ent.end <= m.end and m.label in {"ORG", "PERSON", "VESSEL"}


def _fronted_earlier(ctx: DocContext, sent: Span, trigger: Token) -> Span | None:
    """An earlier date fronted on the clause the action's verb is conjoined to: "In March 2024, the President
    terminated the program and OFAC concurrently designated X" dates X's designation too (the front scopes over the
    coordination, as for another government's clause: `foreign_actions.fronted_on_conjunct`; M35)."""
    fronted = fronted_on_conjunct(trigger)
    if not fronted:
        return None
    return next((e for e in sentence_entities(sent.doc, sent.start, sent.end) if e.start in fronted and e.end - 1 in fronted
                 and _date_candidate(sent, e) and before_release_year(ctx.date, e.text)), None)


#: The (program, measures, date, current) of an action stated in a sentence, for the other action readers (delistings.py).
action_details = _details


def _in_clause_of(word: Token, trigger: Token) -> bool:
    """`word` hangs in the clause of `trigger`: up its heads it meets `trigger` before any other verb ("Today, OFAC
    designated X", "Today's action targets X"; not the "today" of "OFAC is not designating Y today; X was designated in
    2021"). Review V5 (a pre-existing finding)."""
    tok = word
    for _ in range(12):
        if tok.i == trigger.i:
            return True
        if tok is not word and tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


#: A date entity that is only a pointer to the action stated before ("on the same day", "that date").
SAME_DAY = re.compile(r"(?:on )?(?:the same|that) (?:day|date)$", re.I)
#: What an update of a listed entry adds to it ("to add the aliases A and B", "to add a new address"): details of a
#: designee listed before, no new designee.
ENTRY_DETAIL_NOUNS = frozenset({"alias", "name", "spelling", "address", "identifier", "nationality", "passport"})


#: An action dated by the one stated before it ("Y was designated at the same time").
SAME_TIME = re.compile(r"\bat (?:the same|that) time\b|\bin the same action\b|\bon (?:the same|that) (?:day|date)\b", re.I)


def _date_before(ctx: DocContext, sent: Span, back: int = 4) -> Span | None:
    """The date of the nearest designation sentence before `sent` (up to `back` sentences back) that dates anything,
    when it is a date before the release ("X was designated in August 2023 ... Y was designated at the same time": Y's
    action is X's, not today's); None when that date is the release's or no such sentence dates anything. Sentences
    between them that name no designation ("X left the firm in March 2025") date nothing of it, nor does a date that
    describes a name ("the UK sanctioned Y, which was founded in 2015. On the same day, ...": P14)."""
    for before in action_sentences_before(ctx, ctx.sentence_index(sent.start), back):
        dates = [e for e in sentence_entities(before.doc, before.start, before.end) if _date_candidate(before, e)
                 and not dates_a_description(e, before.root)]  # not "Y, which was founded in 2015" (P14)
        if dates:
            return dates[0] if before_release_year(ctx.date, dates[0].text) else None
    return None


def _date_candidate(sent: Span, ent: Span) -> bool:
    """A DATE entity of the sentence that may date its action: `may_date_an_action` (which also refuses an IMO number
    or a ZIP code the model tagged), and not "today" (the release's day, no date of its own) or a legal number
    ("E.O. 13818")."""
    return may_date_an_action(sent, ent) and ent.text.lower() not in {"today", "today's"} and not _is_legal_number(sent.doc, ent)


def actor_bodies(ctx: DocContext, verb: Token, actor: Actor) -> list[Cluster | EntityRef]:
    """The bodies an imposing or "with sanctions" verb's actor designates by: its body with those joined to it ("The
    United States and Britain imposed sanctions on X": both), the U.S. Government it stands for, or none."""
    if isinstance(actor.body, Cluster):
        return list(joint_bodies(ctx, verb, actor.body))
    return [actor.body] if actor.body is not None else []


def extract_designations(doc: Doc) -> Iterator[Relation]:
    ctx = context_of(doc)
    emitted: set[tuple[int, str]] = set()
    standing: set[int] = set()  # targets with a designation of today or by a U.S. body: the structural rules pass them by
    read: set[tuple[int, int]] = set()  # (target, sentence start) of each designation read from a sentence
    found: list[Relation] = []
    read_at: list[int] = []  # the start of the sentence each of `found` was read from
    before: list[Relation] = []  # the designations read from the sentence before ("So was Y" repeats them)
    for sent in ctx.sentences:
        if _headline(sent):
            before = []
            continue
        text = span_text(sent)
        delisting = DELISTING.search(text) is not None  # searched once per sentence, for both tests below (PF, 32nd)
        removing = delisting and _SANCTION_WORDS.search(text) and not _acted_again(sent)
        read_here = list(_sentence_designations(ctx, sent, before)) or repeated_designations(ctx, sent, before, NAME)
        if removing:  # "OFAC removed X from the SDN List and designated Y", "designated X, which it had removed from the
            # SDN List in March": each name a delisting verb acts on is no designee; the others are (F3 item 8, M35)
            undone_here = undone_names(ctx, sent)
            read_here = [(rel, index) for rel, index in read_here if index not in undone_here]
        elif delisting:  # `_acted_again` let it through: "re-designated X and removed Y" designates X only
            removed = removed_here(ctx, sent)
            read_here = [(rel, index) for rel, index in read_here if index not in removed]  # M32 (F3 item 4)
        before = [rel for rel, _ in read_here]
        for rel, cluster_index in read_here:
            key = (cluster_index, rel.object.name)
            if key in emitted:
                rel.confidence = min(rel.confidence, 0.99)
            emitted.add(key)
            if rel.current or not foreign_body(ctx.gaz, rel.object.name, by_alias=False):
                standing.add(cluster_index)
            read.add((cluster_index, sent.start))
            found.append(rel)
            read_at.append(sent.start)
    denied = denied_names(ctx)  # "X and Y are not being designated today": no bold name or list item makes them designees
    # nor does another sentence's short name the resolver gave the denied namesake ("Velani's nephew, Y Velani, who is
    # not designated today. ... Velani is being designated": D18); an earlier action stays ("was designated in 2019")
    outright = outright_denials(ctx)
    withdrawn = retractions(ctx)  # "X was not among those sanctioned, a spokesperson later said": the story's own action (P16)
    found = [r for r, start in zip(found, read_at)
             if (not r.current or not outright.get(r.subject.name.casefold(), set()) - {start})
             and not (withdrawn.get(r.subject.name.casefold(), set()) - {start} and (r.current or not absolute_date(r.date)))]
    if not (designates_nobody(ctx) and not any(r.current for r in found)):  # "No persons are being designated today"
        # another government's earlier action ("The EU and Canada have previously listed A, B and C") leaves A, B and C to
        # the bold names and lists that make them the release's designees (D19)
        speakers = speaker_names(ctx)  # "X, a spokesperson for Y, told reporters ...": a bold name that speaks is no designee (D26)
        found += [r for r in structural_designees(ctx, standing, NAME, emitted, read) if r.subject.name.casefold() not in denied | speakers]
        found += [r for r in described_designees(ctx, found, NAME) if r.subject.name.casefold() not in denied]  # "OFAC is designating eight individuals ..." and a paragraph on each
        found += [r for r in counted_paragraph_designees(ctx, found, NAME) if r.subject.name.casefold() not in denied]  # "The two financiers are ... . A ... . B ..." (D25)
        found += [r for r in referred_designees(ctx, found, NAME) if r.subject.name.casefold() not in denied]  # "The measures also cover three firms. The first, X, ..."
        found += [r for r in reported_designees(ctx, found, NAME) if r.subject.name.casefold() not in denied]  # "... sanctioned a customs broker ... . The Treasury said X, who ..., used ..."
        found = over_count(ctx, found, [(s.sent, s.authority) for s in group_statements(ctx) if not s.program_only], read)  # DQ
        # BH's bold post holders, and a bold firm named only as a person's workplace (thirty-second session DQ)
        found = without_unread_designations(ctx, found, read, release_post_holders(ctx) | release_workplaces(ctx)
                                            | visa_release_bodies(ctx)  # a visa-only release's firms (DP, 33rd)
                                            | firm_paragraph_people(ctx))  # a firm's bold officers its naming leaves out (DP, 34th)
        found = firms_to_blocking_body(ctx, found)  # a 7031(c) statement's firms are the Treasury's action's (review RDP)
    found += partner_designations(ctx, found, NAME)  # "The United Kingdom and Canada also imposed sanctions on both officials"
    apply_group_programs(ctx, found)
    settle_foreign_dates(ctx, found)  # "The UK has separately imposed sanctions on X": not today's unless it says so
    found = settle_section_dates(ctx, found)  # "## March 3, 2025 Action" over "OFAC designated X": that day's action (M28)
    found = _one_per_body(ctx, _whole_names(ctx, found))
    yield from found
    yield from group_memberships(ctx, found)  # "designating seven individuals who are part of Y": each is Y's member


def _subject_after(ctx: DocContext, sent: Span, tok: Token) -> list[tuple[Mention, Cluster]]:
    """"Also sanctioned today is X, a firm that ...": the passive subject the parser put after the verb (and its
    conjuncts), not the names of its description."""
    late = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i > tok.i), None)
    if late is None:
        return []
    heads = [late, *late.conjuncts]
    end = max(h.i for h in heads) + 1
    return [(m, c) for m, c in candidates(ctx, sent, late.left_edge.i, end) if any(m.start <= h.i < m.end for h in heads)]


def _one_per_body(ctx: DocContext, found: list[Relation]) -> list[Relation]:
    """A target designated today by an office and by its department ("OFAC designated X", then "Treasury is designating
    the following: - X") has one designation, the office's."""
    offices: dict[str, set[str]] = {}
    for rel in found:
        if rel.relation == "designated_by" and rel.current:
            offices.setdefault(rel.subject.name, set()).add(rel.object.name)
    records = ctx.gaz.authorities
    parents = {name: {records[a].parent for a in records if a in names and records[a].parent} for name, names in offices.items()}
    return [r for r in found if not (r.relation == "designated_by" and r.current and r.object.name in parents.get(r.subject.name, set()))]


def _whole_names(ctx: DocContext, found: list[Relation]) -> list[Relation]:
    """A designee named by a one-word fragment of a name given earlier ("Tunçel and Şahinoğlu are designated" after
    "Emre Şahinoğlu") becomes that name; a second designation of it by the same body is dropped."""
    index = {c.name: c for c in ctx.resolver.clusters}
    out: list[Relation] = []
    seen = {(r.subject.name, r.object.name) for r in found if r.relation == "designated_by"}
    for rel in found:
        cluster = index.get(rel.subject.name) if rel.relation == "designated_by" else None
        whole = whole_name(ctx, cluster) if cluster is not None else None
        if whole is not None:
            if (whole.name, rel.object.name) in seen:
                continue
            rel.subject = ref(whole)
            seen.add((whole.name, rel.object.name))
        out.append(rel)
    return out


def _make(ctx: DocContext, sent: Span, target: Cluster, authority: Cluster | EntityRef, details: tuple, confidence: float) -> Relation:
    program, measures, date, current = details
    obj = ref(authority) if isinstance(authority, Cluster) else authority
    return relation("designated_by", ref(target), obj, sent, NAME, confidence, program=program, measures=measures, date=date, current=current)


#: The lemmas and words a branch below starts from: any other token (most of them) is passed over at once
#: (issue 18: the branches' tests, a regular expression among them, ran for every token of every sentence).
TRIGGER_LEMMAS = VERB_TRIGGERS | IMPOSING_LEMMAS | {"identify", "target", "add", "include", "be", "extend", "name"}
TRIGGER_WORDS = VERB_TRIGGER_FORMS | {"designation", "designations", "hit", "redesignation", "list", "blocked"}


def _sentence_designations(ctx: DocContext, sent: Span, previous: list[Relation]) -> Iterator[tuple[Relation, int]]:
    """The designations a sentence states; `previous`: those read from the sentence before (a bare "was also named"
    adds to them)."""
    doc = sent.doc
    lemmas, lowers = token_lemmas(doc), token_words(doc)[1]  # the words first, a `Token` only for a trigger (issue 18, S19)
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        low = lowers[i]
        if lemma not in TRIGGER_LEMMAS and low not in TRIGGER_WORDS and "-" not in low:
            continue  # "u.s.-sanctioned" keeps its hyphen; every branch needs one of these
        tok = doc[i]
        targets: list[tuple[Mention, Cluster]] = []
        authorities: list[Cluster | EntityRef] = []
        confidence = 0.85
        start, end = tok.i, tok.i + 1
        stated_by: Token | None = None  # the word that states the action when it is not `tok` (its date is the action's)
        followed: list[tuple[Token, Cluster | EntityRef]] = []  # "..., and the United States followed on Tuesday" (P17)
        home_only: Cluster | EntityRef | None = None  # the U.S. body of a passive's agent "by the United States" (P15)
        followers_only = False  # the first subject is another country's: its targets get the followers' bodies alone
        if lemma == "list" and tok.tag_.startswith("VB") and not (tok.tag_ == "VBN" and is_passive(tok)) and not listing_body(ctx, tok):
            continue  # "X was listed" and "The EU listed X" only: "to list" and "lists" are too vague
        if lemma == "list" and listed_in_a_post(doc, tok):
            continue  # "X is listed as the owner of Y", "was listed as the manager of Z": a register's entry (D17)
        contrasted = but_is(ctx, sent, tok) if tok.tag_ == "VBN" and negated(tok) and is_passive(tok) else []
        if tok.tag_.startswith("VB") and (negated(tok) or unrealised(tok)) and not contrasted:
            continue  # "X is not being designated today", "X would be designated if": named beside no action taken
        identified = lemma == "identify" and tok.tag_ == "VBN" and is_passive(tok) and "property" in doc[tok.i:min(sent.end, tok.i + 6)].text
        hyphened = _hyphened_modifier(doc, sent, tok)  # "UN-designated Y" split in three tokens: a modifier of Y, no verb
        if (lemma in VERB_TRIGGERS or identified or low in VERB_TRIGGER_FORMS) \
                and tok.tag_.startswith("VB") and not hyphened:
            if contrasted:  # "X is not designated today, but his son, Y, is": Y alone (P17)
                targets = contrasted
                end = window_end(sent, tok.i + 1)
            elif is_passive(tok):
                start = window_start_passive(sent, tok)
                cut = ctx.resolver.mention_at(start)
                start = max(sent.start, min(start, cut.start)) if cut is not None else start  # the subject's tree lost its name's first word
                targets = [(m, c) for m, c in candidates(ctx, sent, start, tok.i) if _heads_subject(sent.doc, m, tok, ctx.resolver.mention_at)
                           and not modifies_group_noun(doc, m)]
                targets = targets or antecedent(ctx, sent, tok) or name_before_auxiliaries(ctx, tok)
                be = inverted_copula(tok) if not targets else None
                if be is not None:  # "Also designated today is X", "Also sanctioned today are A and B"
                    targets = _inverted_targets(ctx, sent, be)
                if not targets:
                    targets = _subject_after(ctx, sent, tok)  # the parser kept "X" as the subject after "is"
                if targets and be is None and all(m.start > tok.i for m, _ in targets):  # "Also sanctioned by Washington were A, a firm that ..., and its director, B"
                    targets += _list_goes_on(ctx, sent, window_end(sent, targets[0][0].start), {c.index for _, c in targets})
                if not targets and any(c.dep_ == "nsubjpass" for c in tok.children):
                    targets = named_by_alias(ctx, sent, start, tok.i) or referred_targets(ctx, sent, tok)
                if not targets and any(c.dep_ == "auxpass" and c.i > tok.i for c in tok.children):
                    targets = colon_list(ctx, sent, tok.i, [])  # "Also designated today are the following 3 deputies: A, B and C"
                if targets:
                    targets += counted_companions(ctx, sent, tok, {c.index for _, c in targets})  # "... along with the two companies"
                targets += along_with(ctx, sent, tok, {c.index for _, c in targets})  # "X (or "The party itself") was designated along with Y"
                targets += as_was(ctx, sent, tok, {c.index for _, c in targets})  # "X was designated, as was Y"
                agent_end = window_end(sent, tok.i + 1)
                by = [t for t in doc[tok.i + 1:min(sent.end, tok.i + 12)] if t.lower_ == "by"]
                if by:  # up to the next verb: "designated by OFAC in 2024 and was indicted by the Department of Justice"
                    verb = next((t.i for t in doc[by[0].i + 1:min(sent.end, by[0].i + 12)] if t.pos_ in {"VERB", "AUX"}), None)
                    authorities = authorities_in(ctx, by[0].i, verb if verb is not None else min(sent.end, by[0].i + 12))
                    home = joint_agent(ctx, by[0]) if authorities else None  # "by the United States and Britain": both
                    authorities = [home, *authorities] if home is not None else authorities
                    home_only = home_agent(ctx, by[0]) if not authorities else None  # "by the United States" alone
                end = agent_end
            else:
                if tok.tag_ == "VBN" and tok.dep_ == "acomp":
                    continue  # "X remains designated, a spokesperson, Y, said": a state of X, no verb with an object (D17)
                actor = verb_actor(ctx, tok, sent)
                foreign = foreign_speaker(ctx, tok)  # "Britain's Foreign Office said it had sanctioned X": not a U.S. body's
                if foreign is not None:
                    if not foreign:
                        continue
                    actor = Actor(foreign[0])
                end = clause_end(ctx, sent, tok, window_end(sent, tok.i + 1))  # not the targets of another clause's body
                targets = [(m, c) for m, c in candidates(ctx, sent, tok.i + 1, end) if not modifies_group_noun(doc, m)]
                targets += colon_list(ctx, sent, tok.i, targets)
                targets = targets or named_by_alias(ctx, sent, tok.i + 1, end) or referred_targets(ctx, sent, tok)
                targets += itself_targets(ctx, sent, tok, {c.index for _, c in targets})  # "... and the cartel itself" (M36)
                if targets:
                    targets += objects_with_own_reason(ctx, sent, end, {c.index for _, c in targets})
                    targets += _list_goes_on(ctx, sent, end, {c.index for _, c in targets})  # "A, who ...; B, ...; and C"
                    targets += titled_conjuncts(ctx, sent, tok, {c.index for _, c in targets})  # "A, a maker of ..., and its director, B"
                    targets += conjuncts_after_description(ctx, sent, tok, end, {c.index for _, c in targets})  # "A, the envoy to Y, and B"
                    targets += items_after_other_name(ctx, sent, tok, end, {c.index for _, c in targets})  # "A, also known as Y, B, and C"
                    targets += counted_companions(ctx, sent, tok, {c.index for _, c in targets})  # "X and both shell companies"
                    targets += with_object(ctx, sent, tok, end, {c.index for _, c in targets})  # "A, ..., together with its director, B"
                if not targets and tok.i + 1 < sent.end and doc[tok.i + 1].text == ",":
                    comma = next((t.i for t in doc[tok.i + 2:sent.end] if t.text == ","), None)
                    if comma is not None:  # skip a parenthetical ", under the Caesar Act,"
                        end = window_end(sent, comma + 1)
                        targets = candidates(ctx, sent, comma + 1, end)
                for verb in followers(tok):
                    follower = verb_actor(ctx, verb, sent)
                    if follower.body is not None and not unrealised(verb):
                        followed.append((verb, follower.body))
                if isinstance(actor.body, Cluster):
                    authorities = joint_bodies(ctx, tok, actor.body)  # "The United States and Britain sanctioned X": both
                elif actor.elsewhere and not followed:
                    continue  # "New Zealand sanctioned X", "Korea's Ministry of Foreign Affairs designated Y", "Latin America sanctioned X" (M22): not the release's body's
                elif actor.elsewhere:
                    followers_only = True  # "New Zealand sanctioned X, and the United States followed": the follower's (R3)
                elif actor.body is not None:
                    authorities = [actor.body]  # "The United States designated X", no U.S. body named: the U.S. Government
                elif not actor.generic:
                    confidence = 0.7
        elif low in FRONTED_PARTICIPLES and tok.tag_ in {"VBN", "VBD"} and tok.i > sent.start and doc[tok.i - 1].lower_ == "also" \
                and (be := _copula_after(tok)) is not None:
            targets = _inverted_targets(ctx, sent, be)  # "Also hit were A, ...; B, ...; and C" (a news story)
            end = sent.end
        elif lemma in {"target", "identify"} and (tok.tag_.startswith("VB") or _mistagged_verb(tok)) and not is_passive(tok):
            authority, generic = subject_authority(ctx, tok, sent)
            after_property = property_start(sent, tok) if lemma == "identify" else None
            if authority is None and after_property is not None:
                authority, generic = subject_authority(ctx, property_subject(tok), sent)
            if authority is None and not generic:
                continue
            if lemma == "identify" and "property" not in sent.text:
                continue
            if after_property is not None:  # "identifying as blocked property an <model> aircraft, tail number X"
                targets, end = property_objects(ctx, sent, after_property)
            else:
                end = window_end(sent, tok.i + 1)
                targets = candidates(ctx, sent, tok.i + 1, end)
                targets += colon_list(ctx, sent, tok.i, targets)  # "identified the following vessels as blocked property: A, B"
            targets += objects_after_relative(ctx, sent, end, {c.index for _, c in targets}) if targets else []
            authorities = [authority] if authority else []
        elif lemma in {"add"} and re.search(r"SDN List|Specially Designated Nationals|Entity List|sanctions list|blacklist", sent.text) \
                and not _speaks_after_quote(tok):  # '"... on the SDN List," added OFAC Director X': a speaker, no designee
            if any(c.dep_ == "dobj" and c.lemma_.lower() in ENTRY_DETAIL_NOUNS for c in tok.children):
                continue  # "updated the entry of X on the SDN List to add the aliases A and B": A and B are X's names (P14)
            end = window_end(sent, tok.i + 1)
            targets = candidates(ctx, sent, tok.i + 1, end)
            if is_passive(tok):  # "Three trucking firms -- A, in Reynosa, and B and C -- were added to the blacklist"
                home_list = re.search(r"SDN List|Specially Designated Nationals|blacklist", sent.text)  # not "the EU's sanctions list"
                targets = _subject_names(ctx, sent, tok) if home_list else []
            authority, _ = subject_authority(ctx, tok, sent)
            authorities = [authority] if authority else []
        elif low in {"named", "hit"} and (news := bare_passive_reading(ctx, sent, tok, previous)) is not None:
            targets, authorities, start, end, confidence, stated_by = news  # "X, a Singaporean national who ..., was also named."
        elif lemma == "name" and tok.tag_ in {"VBN", "VBD"} and not negated(tok):
            targets, authorities, end = _named_in_action(ctx, sent, tok)  # "The trading companies were named as A, B and C"
        elif lemma == "extend" and tok.tag_.startswith("VB") and _generic_subject(tok):
            # "The sanctions extend to a former official of the state oil company, X" (a news story)
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            if to is None:
                continue
            objects = [c for c in to.children if c.dep_ == "pobj"]
            targets = names_beside(ctx, sent, objects[0]) if objects else []
            end = objects[0].right_edge.i + 1 if objects else to.i + 1
        elif lemma in IMPOSING_LEMMAS and tok.tag_.startswith("VB"):
            on = next((t for t in doc[tok.i + 1:min(sent.end, tok.i + 8)] if t.lower_ == "on"), None)
            if on is None or not imposed_measure(tok):
                continue
            end = window_end(sent, on.i + 1)
            targets = candidates(ctx, sent, on.i + 1, end)  # a name describing the plural after "on" is none (modifier_targets)
            targets += colon_list(ctx, sent, tok.i, targets)
            actor = verb_actor(ctx, tok, sent)
            if actor.elsewhere:
                continue  # "New Zealand imposed travel bans on X and Y"; "Europe imposed sanctions on X" (M22)
            authorities = actor_bodies(ctx, tok, actor)  # "The United States imposed sanctions on X": the U.S. Government when no U.S. body is named
        elif low == "sanctions" and (acted := with_sanctions(tok)) is not None:
            verb, on = acted  # "..., and the United States followed with sanctions on Y" (R, twenty-third session)
            if negated(verb) or unrealised(verb):
                continue
            actor = verb_actor(ctx, verb, sent)
            if actor.elsewhere:
                continue  # "Canada followed with sanctions on Y": not the release's body's
            end = window_end(sent, on.i + 1)
            targets = candidates(ctx, sent, on.i + 1, end)
            authorities = actor_bodies(ctx, verb, actor)
            start, stated_by = verb.i, verb
        elif low in {"designation", "designations", "redesignation"} and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of" \
                and not unmade_designation(tok) and not undone_designation(tok):  # not "has not yet finalized the designation of X" (M1), "Revocation of the Designation of X"
            end = window_end(sent, tok.i + 2)
            targets = candidates(ctx, sent, tok.i + 2, end)
            start = max(sent.start, tok.i - 6)
            authorities = _by_agent(ctx, sent, tok.i + 2) or authorities_in(ctx, start, tok.i)
            confidence = 0.75
        elif lemma in {"include", "be"} and tok.i > sent.start and _list_subject(ctx, tok):
            end = window_end(sent, tok.i + 1, semicolons=True)
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            kinds = group_kinds({t.lower_ for t in subject.subtree}) if subject is not None else set()
            targets = [(m, c) for m, c in candidates(ctx, sent, tok.i + 1, end) if not kinds or c.type in kinds]  # "the individuals ... are": people
            if targets:  # "The companies designated alongside X were A, a lender that ...; B, a ranch; and C, which ..."
                targets += [(m, c) for m, c in _list_goes_on(ctx, sent, end, {c.index for _, c in targets}) if not kinds or c.type in kinds]
            authorities = authorities_in(ctx, sent.start, tok.i)
            confidence = 0.7
        elif lemma == "be" and tok.i > sent.start and (news := membership_reading(ctx, sent, tok)) is not None:
            targets, authorities, start, end, confidence, stated_by = news  # "A and B were among the individuals sanctioned"
        elif low == "list" and tok.i >= 2 and doc[tok.i - 2].lower_ == "on" and doc[tok.i - 1].lower_ in {"this", "the", "that"} \
                and not negated(doc[tok.i - 2].head) and not unrealised(doc[tok.i - 2].head):
            # "X was not on the list" (P6: X was designated at 0.917); "X could be joined on the list by Y" (P16)
            targets = candidates(ctx, sent, sent.start, sent.end)
            authorities = authorities_in(ctx, sent.start, sent.end)
            start, end = sent.start, sent.end
            confidence = 0.7
        elif low in {"sanctioned", "designated"} and tok.dep_ == "amod" or hyphened or _BODY_SANCTIONED.fullmatch(low):
            phrase_end = tok.head.right_edge.i + 1
            end = window_end(sent, phrase_end + 1) if phrase_end < sent.end and doc[phrase_end].text == "," else phrase_end
            targets = candidates(ctx, sent, tok.i + 1, end)
            prefix = doc[tok.i - 2].lower_ if hyphened else low.split("-")[0] if "-" in low else None
            implied = ctx.gaz.authority({"u.s.": "U.S. Government", "us": "U.S. Government", "eu": "EU", "un": "UN Security Council", "uk": "UK"}.get(prefix or "", ""))
            for m, cluster in targets[:1]:
                obj: Cluster | EntityRef | None = implied_ref(ctx, implied.name) if implied else default_authority(ctx)
                if obj is not None:
                    yield _make(ctx, sent, cluster, obj, _standing(_details(ctx, sent, tok.i, end, tok)), 0.7), cluster.index
            continue
        elif low == "blocked" and doc[max(sent.start, tok.i - 12):tok.i].text.count("person whose property"):
            anchor = next(t for t in doc[max(sent.start, tok.i - 12):tok.i] if t.lower_ == "whose")
            j = anchor.i - 1
            while j > sent.start and doc[j].lower_ in {"person", "a", "an", "entity", ","}:
                j -= 1
            m = ctx.resolver.mention_at(j)
            cluster = ctx.entity(m)
            if cluster is not None and cluster.type not in NOT_DESIGNEE_TYPES and not cluster.authority:
                authority = default_authority(ctx)
                if authority is not None:
                    yield _make(ctx, sent, cluster, authority, _details(ctx, sent, anchor.i, tok.i + 1, tok), 0.7), cluster.index
            continue
        else:
            continue
        targets = [(m, c) for m, c in targets if not unit_of_person(doc, m, targets)  # "Colonel X of the 14th Brigade" (DQ)
                   and not described_in_item(doc, m, tok, sent)]  # "...: A; B, whose general director X is ...; and C" (DN)
        if not targets:
            continue
        if not authorities and is_passive(tok) and tok.tag_ == "VBN":
            earlier = earlier_agent(ctx, sent, tok)  # "A was designated by OFAC in 2023, and B was designated in 2023 as well" (D22)
            authorities = [earlier] if earlier is not None else []
        if not authorities and not followers_only:
            same_sentence = sanctioning_in(ctx, sent.start, sent.end)
            release = release_or_section_authority(ctx, sent)  # a State Department list in a Treasury release; "B is also designated" after "State is designating A"
            fallback = (acting_before(ctx, sent) if is_passive(tok) and not same_sentence else None) or section_authority(ctx, sent) \
                or (cited_body(ctx, sent, tok, release) if is_passive(tok) and tok.tag_ == "VBN" else None) \
                or (sentence_reporter(ctx, sent) if same_sentence else None) or release \
                or (implied_ref(ctx, home_government(ctx)) if country_announces(ctx) else None)  # "She is designated pursuant to E.O. 14033" (D23); "The United States imposed sanctions ..." (M44)
            if home_only is not None and (fallback is None or isinstance(fallback, Cluster) and not is_home_body(ctx, fallback)):
                fallback = home_only  # "X was sanctioned by the United States" in a story naming only the EU: never the EU's
            if fallback is not None and department_subject(tok) and not names_department(ctx, fallback):
                fallback = None  # "In 2022, the Department designated X" is no act of the United Kingdom the note names (S)
            authorities = [fallback] if fallback is not None else same_sentence[:1]
            if same_sentence and "according" in sent.text:
                authorities = same_sentence[:1]
        details = _details(ctx, sent, start, end, stated_by or tok)
        if attributive(tok):
            details = _standing(details)  # "buying fuel from the designated X": a designation in force, no action of today
        for authority in authorities:
            for m, cluster in targets:
                yield _make(ctx, sent, cluster, authority, details, confidence), cluster.index
        for verb, authority in followed:
            details = _details(ctx, sent, verb.i, verb.right_edge.i + 1, verb)
            for m, cluster in targets:
                yield _make(ctx, sent, cluster, authority, details, confidence), cluster.index


#: Participles a news story fronts before the targets it lists ("Also hit were ...", "Also targeted were ..."): read only
#: after "also" and before "is/are/was/were", where "designated" and "sanctioned" go through the passive branch.
FRONTED_PARTICIPLES = {"hit", "targeted"}


#: Nouns after "named in the ..." that make "named" a designation: "X was named in the State Department's action".
ACTION_WORDS = {"action", "actions", "designation", "designations", "sanctions", "list", "designee", "designees"}


def _named_in_action(ctx: DocContext, sent: Span, tok: Token) -> tuple[list[tuple[Mention, Cluster]], list[Cluster], int]:
    """"named" as a news story uses it for a designation, in three shapes only (an appointment, "X was named chairman",
    "named after", stays out):
    - "The trading companies were named as A, B and C" (a passive whose subject is a common noun, names after "as");
    - "The Treasury also named A and B", "It also named two investigators, Major A and Captain B" (a sanctioning body
      or a pronoun standing for one as the subject; not "named A as its director");
    - "A was named in the State Department's action as well", "B was named as a designee" (an action noun after "in" /
      "as a")."""
    doc = sent.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if nxt is not None and nxt.lower_ == "after":
        return [], [], tok.i + 1
    if is_passive(tok):
        after = doc[tok.i + 1:min(sent.end, tok.i + 7)]
        if nxt is not None and nxt.lower_ in {"in", "as", "among"} and any(t.lower_ in ACTION_WORDS for t in after):
            targets = _subject_names(ctx, sent, tok) or [(m, c) for m, c in candidates(ctx, sent, window_start_passive(sent, tok), tok.i)
                                                         if _heads_subject(doc, m, tok, ctx.resolver.mention_at)]
            return targets, [], tok.i + 1
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if nxt is not None and nxt.lower_ == "as" and subject is not None and subject.tag_ == "NNS" and ctx.resolver.mention_at(subject.i) is None:
            end = window_end(sent, tok.i + 2)
            targets = candidates(ctx, sent, tok.i + 2, end)
            return targets + (_list_goes_on(ctx, sent, end, {c.index for _, c in targets}) if targets else []), [], end
        return [], [], tok.i + 1
    authority, _ = subject_authority(ctx, tok, sent)
    if authority is None or not is_sanctioning(ctx, authority):
        return [], [], tok.i + 1
    end = window_end(sent, tok.i + 1)
    if end < sent.end and doc[end].lower_ == "as" and end + 1 < sent.end and (doc[end + 1].is_lower or doc[end + 1].lower_ in {"its", "their", "the"}):
        return [], [], end  # "named X as its new director": an appointment
    targets = [(m, c) for m, c in candidates(ctx, sent, tok.i + 1, end) if not modifies_group_noun(doc, m)]
    if targets:
        targets += _list_goes_on(ctx, sent, end, {c.index for _, c in targets})
        targets += titled_conjuncts(ctx, sent, tok, {c.index for _, c in targets})
    return targets, [authority], end


#: Closing quotation marks as the tokenizer leaves them.
CLOSING_QUOTES = frozenset({'"', "\u201d", "''"})


def _speaks_after_quote(verb: Token) -> bool:
    """The verb follows a closing quote ('"... persons already on the SDN List," added OFAC Director X'): it says who
    spoke the quote, it adds no one to a list (issue 13, thirty-second session DQ)."""
    return verb.i > 0 and verb.doc[verb.i - 1].text in CLOSING_QUOTES


def _mistagged_verb(tok: Token) -> bool:
    """"The sanctions target X, Y and Z": the tagger made "target" a noun, but the parse gives it the action as its
    subject and an object."""
    return tok.dep_ == "ROOT" and _generic_subject(tok) and any(c.dep_ == "dobj" for c in tok.children)


def _generic_subject(verb: Token) -> bool:
    """The verb's subject is the action itself: "The sanctions", "The measures", "Today's designations"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in {"sanctions", "measures", "designations", "action"}


def _subject_names(ctx: DocContext, sent: Span, verb: Token) -> list[tuple[Mention, Cluster]]:
    """The names a passive verb's subject gives: the subject and the names set beside it or coordinated with it ("Three
    trucking firms -- A, and B and C -- were added"), not names inside its prepositional phrases."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return names_beside(ctx, sent, subject) if subject is not None else []


def _copula_after(tok: Token) -> int | None:
    """The "is/are/was/were" right after a fronted participle ("Also hit were"), whatever subject the parser gave it."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and (doc[j].lower_ in {"today", "on"} or doc[j].lower_ in WEEKDAY_NAMES):
        j += 1
    return j if j < len(doc) and doc[j].lower_ in {"is", "are", "was", "were"} else None


def _inverted_targets(ctx: DocContext, sent: Span, be: int) -> list[tuple[Mention, Cluster]]:
    """The targets after the "is/are" of a fronted participle: the first window, then the list as it goes on."""
    end = window_end(sent, be + 1)
    targets = candidates(ctx, sent, be + 1, end)
    if targets:
        targets += _list_goes_on(ctx, sent, end, {c.index for _, c in targets})
    return targets


def _list_goes_on(ctx: DocContext, sent: Span, end: int, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """The targets after a first window that a description or relative clause ended: "..., and its director, B" and
    semicolon items."""
    more = objects_after_relative(ctx, sent, end, known)
    return more + semicolon_items(ctx, sent, end, known)


def _by_agent(ctx: DocContext, sent: Span, start: int) -> list[Cluster]:
    """"the designation of X by the Department of the Treasury's OFAC in 2024": the body after "by" that follows the
    noun's targets (up to the next verb), not the release's."""
    doc = sent.doc
    by = next((t for t in doc[start:min(sent.end, start + 15)] if t.lower_ == "by" and t.head.lower_ in {"designation", "designations", "redesignation"}), None)
    if by is None:
        return []
    verb = next((t.i for t in doc[by.i + 1:min(sent.end, by.i + 12)] if t.pos_ in {"VERB", "AUX"}), None)
    agent = most_specific(ctx, authorities_in(ctx, by.i, verb if verb is not None else min(sent.end, by.i + 12)))
    return [agent] if agent is not None else []


def _acted_again(sent: Span) -> bool:
    """The sentence's verb imposes or designates again ("reimposed sanctions on X, which had been removed from the SDN
    List", "lifted in 2023, then re-designated"): a delisting word there tells the earlier step, the sentence states
    a designation (issue 13, M28)."""
    # "re-designated" whatever its tags: the parser may make "re" the root verb and "designated" an adjective (P13)
    return any(t.tag_.startswith("VB") and t.lemma_.lower() in AGAIN_LEMMAS
               or t.lower_ in {"designated", "sanctioned", "imposed"} and t.i - 2 >= sent.start
               and sent.doc[t.i - 1].text == "-" and sent.doc[t.i - 2].lower_ in VERB_PREFIXES for t in sent)


#: The lemmas of a sanctions verb done again.
AGAIN_LEMMAS = frozenset({"reimpose", "redesignate"})
#: Prefixes that make a sanctions verb of the verb after their hyphen ("re-designated", "re-sanctioned").
VERB_PREFIXES = frozenset({"re"})


def _hyphened_modifier(doc: Doc, sent: Span, tok: Token) -> bool:
    """"UN-designated" / "EU-sanctioned" that the tokenizer split into "UN", "-", "designated": a modifier of the name
    after it. Read as a verb, the names later in the sentence would become the prefix's designees. "re-designated" is
    the verb again, no modifier: its subject acts as that of "designated" does (issue 13, M28)."""
    return tok.lower_ in {"designated", "sanctioned"} and tok.i - 2 >= sent.start and doc[tok.i - 1].text == "-" \
        and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].lower_ not in VERB_PREFIXES
