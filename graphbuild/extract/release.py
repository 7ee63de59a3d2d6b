"""Designations a release states once for a group, and the targets that group covers.

Treasury releases often say who acts and under which program once, for many targets:
"OFAC is designating 16 individuals and entities pursuant to E.O. 13818" at the top, "The
following entities were designated ...:" before a list, "OFAC is designating each of these
individuals ..." or "The targets were designated pursuant to E.O. 13224" after the
paragraphs that describe them. Such a *group statement* names no target; it governs the
targets of its section (the text between two heading lines): names set in bold, the items
of a list it introduces, and the subjects of the paragraphs it points back to. Its
authority and program go to those targets, and its sentence goes into their evidence
(beside the sentence naming the target), so a designation found through document
structure cites the words that state it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..nlp.doc_text import sentence_entities, span_text, token_flags, token_lemmas, token_words
from ..records import Relation
from .action_sentences import UNDOING_WORDS, action_sentences_before, undone
from .bold_speakers import bolds_speakers
from .announcing import adds_to_sanctions_list, default_authority, others_story, release_or_section_authority
from .authority import subject_authority
from .described_dates import earlier_action, earlier_in_clause
from .designation_verbs import ACTING_VERBS, active_triggers, is_passive
from .home_body import names_home_body
from .named_bodies import authorities_in, is_home_body, same_body, sanctioning_in
from .issuer import section_body, section_start
from .common import evidence, ref
from .foreign_actions import other_government
from .context import DocContext
from .list_items import list_items, subject_mention
from .name_lists import name_lists
from .people_only import body_shaped, counts_people_only
from .removal_sections import in_removal_part
from .table_rows import row_body
from .targets import NOT_DESIGNEE_TYPES, candidates

#: patterns of the statement and date tests, compiled once (issue 18, thirty-second session, PF: each was compiled-
#: cache-looked-up per sentence)
_FIVE_DIGITS = re.compile(r"\d{5}")
_ACTION_WORDS = re.compile(r"designat|sanction|target|identif|pursuant|under", re.I)
_AS_BLOCKED_PROPERTY = re.compile(r"\bas (blocked )?property\b|blocked property")

PERSON_NOUNS = {"individuals", "individual", "people", "officials", "members", "leaders", "men", "women", "nationals",
                "operatives", "facilitators", "financiers", "brokers", "executives", "businessmen", "oligarchs", "relatives",
                "officers", "commanders", "lawmakers", "legislators", "parliamentarians", "deputies", "senators"}
ORG_NOUNS = {"entities", "entity", "companies", "company", "firms", "businesses", "organizations", "banks", "institutions",
             "groups", "networks", "subsidiaries", "suppliers", "manufacturers", "enterprises", "corporations", "fronts"}
VESSEL_NOUNS = {"vessels", "vessel", "ships", "tankers", "aircraft", "ship", "tanker"}
ANY_NOUNS = {"persons", "person", "targets", "designees", "parties", "actors"}
BACK_WORDS = {"these", "those", "above", "each", "both", "all", "aforementioned", "abovementioned"}
FORWARD_WORDS = {"following", "below"}
#: A sentence that quotes someone ("said", "says", "stated"): `_bold_names` reads no designee in it.
SPEAKING_WORDS = frozenset({"said", "says", "stated"})
PAST_WORDS = {"previously", "originally", "earlier", "formerly", "already", "initially", "prior", "before", "since"}
ACTION_PURSUANT = re.compile(r"\b(today\W?s|this|these) (action|actions|designations?)\b[^.]{0,40}\b(taken|imposed|made) (pursuant to|under)\b", re.I)


@dataclass
class GroupStatement:
    """A sentence that designates a group named by a noun ("these individuals"), not by name."""

    sent: Span
    index: int  # position in ctx.sentences
    section: int
    authority: Cluster | None
    program: str | None
    direction: str  # "back": the targets described before it; "forward": a list after it; "all": the release
    kinds: set[str] = field(default_factory=set)  # entity types the group noun admits (empty: any)
    program_only: bool = False  # "Today's action is taken pursuant to ...": a program, no designation of its own
    partner: bool = False  # a whole-release statement of a U.S. body other than the release's ("The Department of State is concurrently designating two entities")


def sections(ctx: DocContext) -> list[int]:
    """Section number of each sentence: how many heading lines start before it (computed once per document)."""
    if ctx.section_of is None:
        starts = sorted(s for s, _ in ctx.headings)
        ctx.section_of = [bisect_right(starts, sent.start_char) for sent in ctx.sentences]
    return ctx.section_of


def group_kinds(words: set[str]) -> set[str]:
    """Entity types a group noun admits ("individuals": Person); empty when any type fits."""
    kinds: set[str] = set()
    if words & PERSON_NOUNS:
        kinds.add("Person")
    if words & ORG_NOUNS:
        kinds |= {"Organization", "Company", "PublicBody"}
    if words & VESSEL_NOUNS:
        kinds.add("Vessel")
    if words & ANY_NOUNS:
        return set()
    return kinds


def _window(sent: Span, tok: Token) -> tuple[int, int] | None:
    """Tokens of the group a trigger designates: its object (active) or subject (passive)."""
    doc = sent.doc
    if is_passive(tok):
        subjects = [c for c in tok.children if c.dep_ in {"nsubjpass", "nsubj"}]
        if subjects:
            return subjects[0].left_edge.i, subjects[0].right_edge.i + 1
        be = inverted_copula(tok)  # "Also sanctioned today are two companies that ...:"
        if be is None:
            return None
        end = next((t.i for t in doc[be + 1:sent.end] if t.text in {":", ";", "."}), sent.end)
        return be + 1, end
    objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"} and c.left_edge.i <= tok.i + 3]
    if objects:  # up to "as": "identifying the following vessels as property in which X has an interest" names no target
        end = next((t.i for t in doc[objects[0].i + 1:objects[0].right_edge.i + 1] if t.lower_ == "as"), objects[0].right_edge.i + 1)
        return objects[0].left_edge.i, end
    end = tok.i + 1
    while end < sent.end and end < tok.i + 12 and doc[end].lower_ not in {"pursuant", "for", "under", ":", ".", "because"}:
        end += 1
    return tok.i + 1, end


def inverted_copula(tok: Token) -> int | None:
    """"Also designated today is X", "Also sanctioned are ...": the position of the "is/are" after a fronted participle,
    past its agent ("Also designated by the Department of State is X": the agent phrase the participle heads; DQ)."""
    doc = tok.doc
    if tok.tag_ != "VBN" or any(c.dep_ in {"nsubjpass", "nsubj"} for c in tok.children):
        return None
    j = tok.i + 1
    agent = next((c for c in tok.children if c.dep_ == "agent" and c.i == j), None)
    if agent is not None:
        j = agent.right_edge.i + 1
    while j < len(doc) and doc[j].lower_ in {"today", "also", "concurrently", "simultaneously", "as", "well"}:
        j += 1
    return j if j < len(doc) and doc[j].lower_ in {"is", "are", "was", "were"} else None


def _group_words(sent: Span, start: int, end: int) -> set[str] | None:
    """Lower-case words of a window that names a group by a noun ("these 16 individuals"), or None."""
    doc = sent.doc
    words = [t for t in doc[start:end] if not t.is_punct]
    lows = {t.lower_ for t in words}
    noun = lows & (PERSON_NOUNS | ORG_NOUNS | VESSEL_NOUNS | ANY_NOUNS)
    counted = any(t.like_num for t in words) or bool(lows & (BACK_WORDS | FORWARD_WORDS))
    if noun or (counted and len(words) <= 3):
        return lows
    return None


def _partitive(window: Span) -> bool:
    """"two of these individuals": some of a group named before, whom the text names where it says so; no statement
    about the whole group. "five of the group's leaders" counts people by whose they are (a possessor on the "of"
    object): a group of its own, which the release goes on to name (D25)."""
    return any(t.lower_ == "of" and t.i > window.start and (t.doc[t.i - 1].like_num or t.doc[t.i - 1].lower_ in {"some", "several", "one", "both"})
               and t.i + 1 < window.end and t.doc[t.i + 1].lower_ in {"these", "those", "the", "them"}
               and not any(c.dep_ == "poss" for o in t.children if o.dep_ == "pobj" for c in o.children) for t in window)


def _not_an_action(tok: Token) -> bool:
    """"its ability to designate", "began targeting", "Today's targets include", "the persons designated today": no designation is stated."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ == "to" and tok.tag_ == "VB":
        return True
    if tok.dep_ in {"amod", "acl"} or tok.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in tok.children):
        return True  # "the designated persons described above", "the individuals designated today": a reference, not an action
    before = tok.i - 1
    while before > 0 and doc[before].tag_ == "RB" and doc[before].lower_ not in {"also", "today", "now", "concurrently", "simultaneously"}:
        before -= 1  # "is publicly designating", "is jointly sanctioning"
    if tok.tag_ == "VBG" and not (before >= 0 and doc[before].lower_ in {"is", "are", "also", "today", "now", "concurrently", "simultaneously"}):
        return True
    return tok.lower_.endswith("s") and tok.i > 0 and (doc[tok.i - 1].tag_ == "POS" or doc[tok.i - 1].lower_ in {"'s", "\u2019s"})


def modifies_group_noun(doc, m: Mention) -> bool:  # type: ignore[no-untyped-def]
    """"the following Lukoil and Rosneft subsidiaries": a name describing the group, not a target."""
    head = doc[m.start:m.end].root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in {"compound", "amod", "nmod", "poss"} and head.head.lower_ in PERSON_NOUNS | ORG_NOUNS | VESSEL_NOUNS | ANY_NOUNS


def _definite_group(window: Span) -> bool:
    """"The targets were designated ...": a group the text has already introduced (not "4 members of the Assembly")."""
    nouns = PERSON_NOUNS | ORG_NOUNS | VESSEL_NOUNS | ANY_NOUNS
    return any(t.lower_ in nouns and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in window)


def _earlier(sent: Span, tok: Token) -> bool:
    """"In June 2018, Treasury sanctioned a network ...": an earlier action, not this release's."""
    if {t.lower_ for t in sent} & PAST_WORDS or earlier_action(sent):
        return True  # "The company was sanctioned by the United Kingdom in 2024": the date may follow the verb
    return any(e.label_ == "DATE" and e.text.lower() not in {"today", "today's"} and not _FIVE_DIGITS.search(e.text)
               and e.end <= tok.i for e in sentence_entities(sent.doc, sent.start, sent.end))


def _colon_after(sent: Span, tok: Token) -> bool:
    """The verb is followed by a colon that ends its sentence ("OFAC is designating:")."""
    doc = sent.doc
    j = tok.i + 1
    while j < sent.end and doc[j].lower_ in {"today", "also", "concurrently", "simultaneously"}:
        j += 1
    return j < sent.end and doc[j].text == ":" and not sent.doc[j + 1:sent.end].text.strip()


def group_statements(ctx: DocContext) -> list[GroupStatement]:
    """Every group statement of the release, in order (computed once per document)."""
    if ctx.group_statements is not None:
        return ctx.group_statements
    section_of = sections(ctx)
    found: list[GroupStatement] = []
    lemmas = token_lemmas(ctx.doc)  # `Token.lemma_.lower()` of each word: a Token only for the acting verbs (S22)
    for index, sent in enumerate(ctx.sentences):
        text = span_text(sent)
        restated = RESTATED_INTRO.fullmatch(text.strip())
        if not _ACTION_WORDS.search(text) and not COLON_INTRO.search(text) \
                and not restated \
                or UNDOING_WORDS.search(text):
            continue
        for tok in (sent.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in ACTING_VERBS):
            lemma = tok.lemma_.lower()
            if not tok.tag_.startswith("VB") or lemma not in ACTING_VERBS or _not_an_action(tok) \
                    or any(c.dep_ == "neg" for c in tok.children):
                continue
            if lemma == "identify" and not _AS_BLOCKED_PROPERTY.search(text):
                continue
            window = _window(sent, tok)
            if window is None:
                continue
            start, end = window
            if any(not modifies_group_noun(sent.doc, m) for m, _ in candidates(ctx, sent, start, end)):
                continue  # names its targets: a sentence-level designation
            words = _group_words(sent, start, end) if not _partitive(sent.doc[start:end]) else None
            if words is None and start == end and _colon_after(sent, tok):
                words = {"following"}  # "Concurrently, OFAC is designating:" and then the list
            if words is None or _earlier(sent, tok):
                continue
            if is_passive(tok):
                by = next((t.i for t in sent.doc[tok.i + 1:min(sent.end, tok.i + 8)] if t.lower_ == "by"), None)
                authorities = authorities_in(ctx, by, min(sent.end, by + 10)) if by is not None else []
                authority = authorities[0] if authorities else None
            else:
                authority, _ = subject_authority(ctx, tok, sent)
            programs = ctx.gaz.programs_in(sent.doc[tok.i:sent.end].text)
            if words & FORWARD_WORDS or text.rstrip().endswith(":"):
                direction = "forward"
            elif words & BACK_WORDS or _definite_group(sent.doc[start:end]):
                direction = "back"
            else:
                direction = "all"
                if authority is not None and not is_home_body(ctx, authority) and names_home_body(ctx):
                    break  # "The EU and the UK have also sanctioned officials of the regime": another government's group, not the release's
            found.append(GroupStatement(sent, index, section_of[index], authority, programs[0] if programs else None, direction, group_kinds(words)))
            break
        else:
            programs = ctx.gaz.programs_in(text) if ACTION_PURSUANT.search(text) else []
            if programs:  # "Today's action is being taken pursuant to E.O. 13224": the program of the release's designations
                found.append(GroupStatement(sent, index, section_of[index], None, programs[0], "all", program_only=True))
            elif _colon_intro(ctx, sent) or _restated_intro(ctx, restated, index):  # "The listed persons are:", "Designated today:", "The officials are:"
                bodies = sanctioning_in(ctx, sent.start, sent.end)
                programs = ctx.gaz.programs_in(text)
                found.append(GroupStatement(sent, index, section_of[index], bodies[0] if bodies else None, programs[0] if programs else None,
                                            "forward", group_kinds({t.lower_ for t in sent})))
    _mark_partners(ctx, found)
    _restated_lists(found)
    ctx.group_statements = found
    return found


def _restated_lists(found: list[GroupStatement]) -> None:
    """"OFAC is also designating three organizations ...:" then the items, then "These three organizations are designated
    pursuant to E.O. 13818": a back-reference with no agent restates the list before it in its section, so it is that
    list's body's statement, not the release's."""
    for k, s in enumerate(found):
        if s.direction != "back" or s.authority is not None or s.program_only:
            continue
        before = next((b for b in reversed(found[:k]) if not b.program_only), None)
        if before is not None and before.direction == "forward" and before.section == s.section and before.authority is not None:
            s.authority = before.authority


def _mark_partners(ctx: DocContext, found: list[GroupStatement]) -> None:
    """A whole-release statement of another U.S. body than the release's announcing one ("OFAC is sanctioning nine
    entities ... . The Department of State is concurrently designating two entities and one individual."): it counts
    that body's own targets, which its own sentences or section name; the release's targets stay the release's body's."""
    default = default_authority(ctx)
    if default is None:
        return
    for s in found:
        if s.direction == "all" and s.authority is not None and not s.program_only \
                and not same_body(ctx, s.authority.authority or "", default.authority or ""):
            s.partner = True


COLON_INTRO = re.compile(r"\b(designated|sanctioned|listed|designees|targets)\b[^:]{0,60}:\s*$", re.I)


def _colon_intro(ctx: DocContext, sent: Span) -> bool:
    """A short verbless line that opens a list of today's designees ("The listed persons are:", "Designated today:")."""
    if not COLON_INTRO.search(span_text(sent)):
        return False  # tested first: the words below are listed only for a line that matches (S22)
    alpha = token_flags(sent.doc).alpha  # `Token.is_alpha` of each word, read once per doc
    words = [sent.doc[i] for i in range(sent.start, sent.end) if alpha[i]]
    return len(words) <= 15 and not candidates(ctx, sent, sent.start, sent.end) \
        and not {t.lower_ for t in words} & PAST_WORDS and not any(c.dep_ == "neg" for t in sent for c in t.children)


#: "The officials are:", "The officers named were:": a verbless line whose plural noun a statement before counted.
RESTATED_INTRO = re.compile(r"(?:the|these)\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\s+(?:named\s+|designated\s+|sanctioned\s+)?(?:today\s+)?"
                            r"(?:are|were|include)\s*:", re.I)


def _restated_intro(ctx: DocContext, match: re.Match[str] | None, index: int) -> bool:
    """"The Department of State is publicly designating four officials of ..." and then "The officials are:" before the
    list: the line names again a group that a designation sentence before it counted, so the list after it holds that
    group's designees (issue 13, D15). `match` is RESTATED_INTRO's match of sentence `index` (matched once, by the
    caller)."""
    if match is None or match.group(1).lower() not in PERSON_NOUNS | ORG_NOUNS | VESSEL_NOUNS:
        return False
    noun = match.group(1).lower()
    for before in action_sentences_before(ctx, index, 8):
        if any(t.lower_ == noun and any(w.like_num for w in before.doc[max(before.start, t.i - 4):t.i]) for t in before):
            return True  # "designating four officials of ...", "imposed sanctions on four Eritrean military officers"
    return False


def governing(statements: list[GroupStatement], index: int, section: int, strict: bool = False) -> GroupStatement | None:
    """The statement that covers sentence `index`: a list or back-reference in its section, else the release's.

    Not `strict`: any statement of the section, the nearest, when none points at the sentence; not a list's intro
    after it ("OFAC's designations target ...:" opens the names below it, not a bold name in a paragraph above it, which
    got OFAC beside the State Department that designates it; thirty-second session DQ).
    """
    same = [s for s in statements if s.section == section and s.direction != "all"]
    after = [s for s in same if s.index >= index and s.direction == "back"]
    before = [s for s in same if s.index < index and s.direction == "forward"]
    if before:
        return before[-1]
    if after:
        return after[0]
    near = [s for s in same if not (s.direction == "forward" and s.index > index)]
    if near and not strict:
        return min(near, key=lambda s: abs(s.index - index))
    whole = [s for s in statements if s.direction == "all"]
    return next((s for s in whole if not s.partner), None)  # another U.S. body's count governs none of the release's targets


def _accepts(statement: GroupStatement | None, cluster: Cluster) -> bool:
    return statement is None or not statement.kinds or cluster.type in statement.kinds


def designation_for(ctx: DocContext, name_sent: Span, cluster: Cluster, statement: GroupStatement | None, confidence: float, extractor: str,
                 actor: Cluster | None = None) -> Relation | None:
    """`actor`: the body acting in the sentence that names the target, before the statement's and the release's."""
    authority = actor or _statement_authority(ctx, name_sent, statement)
    if authority is None:
        return None
    proof = [evidence(name_sent, extractor)]
    stated = statement.sent if statement is not None else ctx.announcing_sentence  # the words that state the designation
    if stated is not None and stated.start != name_sent.start:
        proof.insert(0, evidence(stated, extractor))
    return Relation(relation="designated_by", subject=ref(cluster), object=ref(authority), evidence=proof, confidence=confidence,
                    program=statement.program if statement else None, measures=[], date=ctx.date, current=True)


def section_authority(ctx: DocContext, sent: Span) -> Cluster | None:
    """The authority of the list or back-reference statement that governs a sentence ("The Department of State is
    designating the following ...:" then "- X ... Y is also being designated;"): the agent of a designation that names none."""
    statements = [s for s in group_statements(ctx) if not s.program_only and s.direction != "all" and s.authority is not None]
    if not statements:
        return None
    k = ctx.sentence_index(sent.start)
    statement = governing(statements, k, sections(ctx)[k], strict=True)
    return statement.authority if statement is not None and statement.direction != "all" else None


def _statement_authority(ctx: DocContext, sent: Span, statement: GroupStatement | None) -> Cluster | None:
    """The body of a name a group statement covers: the statement's, unless a heading between the statement and the
    name names another body ("The United States is designating officials ..." then "## Department of the Treasury
    Designations": the Treasury's list), else the release's or its section's."""
    if statement is None or statement.authority is None:
        return release_or_section_authority(ctx, sent)
    body = section_body(ctx, sent)
    if body is not None and section_start(ctx, sent) > statement.sent.start_char \
            and not same_body(ctx, body.authority or "", statement.authority.authority or ""):
        return body
    return statement.authority


def structural_designees(ctx: DocContext, designated: set[int], extractor: str, given: set[tuple[int, str]] | None = None,
                         read: set[tuple[int, int]] | None = None) -> list[Relation]:
    """Targets found through document structure: list items after a statement, bold names, paragraphs a statement points back to.

    `given` holds (target, authority name) of the designations found in sentences: a target another body designated
    ("X was sanctioned by the EU") is still a designee of a list that names its own authority ("The Department of
    State is designating the following ...:"). `read` holds (target, sentence start) of those designations: a bold name
    there has its designation from its sentence. A bold name in a sentence where a body acts ("In a concurrent action, OFAC
    is designating **X**, ... as well as **Y**") is that body's designee, not the release's or its list's."""
    statements = [s for s in group_statements(ctx) if not s.program_only]
    if not statements and not designated:
        return []  # a report, advisory or general license: its bold words are topics, not designees
    section_of = sections(ctx)
    out: list[Relation] = []

    def add(sent: Span, cluster: Cluster, statement: GroupStatement | None, confidence: float, typed: bool = True,
            actor: Cluster | None = None) -> None:
        if statement is not None and person_read_as_firm(ctx, cluster, statement.kinds):
            cluster.type = "Person"  # "each of these individuals": a name-shaped designee the model read as a firm
        own = actor or (_statement_authority(ctx, sent, statement) if statement is not None and statement.direction != "all" else None)
        other_body = own is not None and given is not None and not any(index == cluster.index and same_body(ctx, name, ref(own).name)
                                                                        for index, name in given)  # the list's own body, named or not
        if cluster.index in designated and not other_body or cluster.authority or cluster.type in NOT_DESIGNEE_TYPES \
                or typed and not _accepts(statement, cluster):
            return
        rel = designation_for(ctx, sent, cluster, statement, confidence, extractor, actor)
        if rel is not None:
            designated.add(cluster.index)
            out.append(rel)

    for statement in statements:
        if statement.direction == "forward":
            for sent, _, cluster in list_items(ctx, statement.index, statement.section, section_of):
                add(sent, cluster, statement, 0.75)
    starts = [sent.start_char for sent in ctx.sentences]
    for line in name_lists(ctx):
        k = max(0, bisect_right(starts, line.span.start_char) - 1)
        before = [s for s in statements if s.index <= k]
        statement = next((s for s in reversed(before) if s.direction == "forward"), None) or governing(statements, k, section_of[k]) \
            or (before[-1] if before else None)
        for cluster in line.names:
            add(line.span, cluster, statement, 0.65, typed=False, actor=row_body(ctx, line.span))  # its cell's body
    _bold_names(ctx, statements, section_of, add, read or set(), {index for index, _ in given or set()})
    for statement in statements:
        if statement.direction == "back" and statement.sent.text.lower().count("these") + statement.sent.text.lower().count("above"):
            first = max((s.index for s in statements if s.index < statement.index), default=-1) + 1
            for k in range(first, statement.index):
                if section_of[k] != statement.section:
                    continue
                if _is_heading(ctx, ctx.sentences[k]):
                    continue
                subject = subject_mention(ctx, ctx.sentences[k])
                if subject is not None and ctx.entity(subject[0]) is not None:
                    add(ctx.sentences[k], subject[1], statement, 0.6)
    return out


def person_read_as_firm(ctx: DocContext, cluster: Cluster, kinds: set[str] | frozenset[str]) -> bool:
    """A name a person could have that the model read as a firm, among designees or members of people only ("each of
    these individuals", "The two financiers are ..."): the callers retype it a person."""
    return kinds == {"Person"} and cluster.type == "Organization" and person_shaped(ctx, cluster.name)


def person_shaped(ctx: DocContext, name: str) -> bool:
    """Two to four capitalised words with no company, body or group word: a name a person could have."""
    words = name.split()
    lows = {w.lower() for w in words}
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
        and not lows & (ctx.gaz.company_words | ctx.gaz.public_body_words | ctx.gaz.group_nouns)


def _topic(sent: Span, m: Mention) -> bool:
    """"**Ship-to-ship transfers** are used ...": a bold phrase capitalised only as the sentence's first words."""
    words = [t for t in sent.doc[m.start:m.end] if t.is_alpha]
    return len(words) > 1 and all(t.is_lower for t in words[1:]) and words[0].i <= sent.start + 2


def _is_heading(ctx: DocContext, sent: Span) -> bool:
    start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
    return any(s <= start < e for s, e in ctx.headings)


def _bold_names(ctx: DocContext, statements: list[GroupStatement], section_of: list[int], add, read: set[tuple[int, int]],  # type: ignore[no-untyped-def]
                stated: frozenset[int] | set[int] = frozenset()) -> None:
    """Names in bold in a release that designates: the designees, as Treasury sets them. Not a name the rules read a
    designation of in the same sentence ("OFAC previously designated **X** in June 2021", "Her husband, **Y**, is also
    designated under the same authority" after the State Department's action): that sentence gives its body and date,
    and the section's statement is no second designation of it; nor a name a delisting verb acts on ("OFAC also removed
    **X** from the SDN List": `action_sentences.undone`). None in a story no U.S. body issues and where none acts today
    (`others_story`: prosecutors' defendants, the targets of an earlier action). Nor a name a sentence designates
    (`stated`: by whichever body) that this sentence names only inside a relative clause on another noun ("OFAC
    sanctioned three individuals that manage the money of **X**" where State designates X later: R's leftover on a
    study release, twenty-fourth session F). Not a body's name in a release whose counts admit people only
    (`people_only`: "designating four officials", then the council they sit on in bold; N). Nor a name under a heading
    that removes ("Individuals Removed") or in a release whose headline only removes (`removal_sections`, DL): the
    removed persons and the banks and buyers of their story."""
    if not ctx.bold or others_story(ctx):
        return  # a story of a court case or of earlier actions bolds the people it is about (S)
    plain_people = bolds_speakers(ctx)  # a story that bolds its speakers bolds every person it names (DP, 33rd)
    lowers = token_words(ctx.doc)[1]  # the words read once per doc, not a Token per word per sentence (issue 18, S21)
    people_only = counts_people_only(s.kinds for s in statements if not s.partner)  # "designating four officials" (N)
    for k, sent in enumerate(ctx.sentences):
        if not SPEAKING_WORDS.isdisjoint(lowers[sent.start:sent.end]):
            continue
        foreign: bool | None = None
        removal: bool | None = None
        for m in ctx.mentions_in(sent.start, sent.end):
            if not m.bold or any(s <= m.start_char < e for s, e in ctx.headings):
                continue
            cluster = ctx.entity(m)
            if cluster is None or any(t.end == m.start and not _bold_from(ctx, sent.doc[t.start].idx, m.start_char) for t in ctx.titles_in(sent)) \
                    or _topic(sent, m) or undone(sent, m.start, m.end) \
                    or (cluster.index, sent.start) in read or cluster.index in stated and _in_relative_clause(sent, m) \
                    or people_only and body_shaped(ctx, cluster) or plain_people and cluster.type == "Person":
                continue
            if foreign is None:
                foreign = _foreign_sentence(ctx, sent)
            if foreign:
                break
            if removal is None:
                removal = in_removal_part(ctx, sent)
            if removal:
                break  # under "Individuals Removed", or in a release that only delists: removed persons and their story (DL)
            add(sent, cluster, governing(statements, k, section_of[k]), 0.6, typed=False,
                actor=_sentence_actor(ctx, sent))  # bold: a designee whatever the model's type


def _in_relative_clause(sent: Span, m: Mention) -> bool:
    """The name lies inside a relative clause on a noun before it ("companies that manage the money of X")."""
    tok = sent.doc[m.start:m.end].root
    while tok.head.i != tok.i and tok.i >= sent.start:
        if tok.dep_ == "relcl":
            return tok.head.i < m.start
        tok = tok.head
    return False


def _bold_from(ctx: DocContext, start_char: int, name_char: int) -> bool:
    """One bold range runs from `start_char` to the name: "**Commissioner X Y**" sets the post with the designee's
    name (a designee entry), where "said Commissioner **X Y**" bolds the name alone (R23)."""
    return any(s <= start_char and name_char < e for s, e in ctx.bold)


def _foreign_sentence(ctx: DocContext, sent: Span) -> bool:
    """The sentence has another government's sanctioning body act and no U.S. one ("The EU also listed **X**", "Among
    those targeted by the EU were **Y**", "Britain's list included **Z**"): its bold names are that government's
    targets, not the release's (D12). A body named as a place ("a company in the UK") does not act."""
    records = [ctx.gaz.authorities.get(c.authority) for m in ctx.mentions_in(sent.start, sent.end)
               if (c := ctx.entity(m)) is not None and c.authority and _acts(sent.doc[m.start:m.end].root)]
    sanctioning = [r for r in records if r is not None and r.sanctioning]
    return bool(sanctioning) and all(r.country != "United States" for r in sanctioning)


def _acts(tok: Token) -> bool:
    """The name is a subject, a possessor or the agent after "by" (or coordinated with one)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass", "poss"} or tok.dep_ == "pobj" and tok.head.lower_ == "by"


def _sentence_actor(ctx: DocContext, sent: Span) -> Cluster | None:
    """"OFAC is concurrently designating **A**, ..., as well as **B**": the U.S. body acting in the sentence (the subject
    of its first active designation verb of today), which designates the bold names the rules did not reach in it. Another
    government's action ("The United Kingdom sanctioned **X** today") leaves the release's reading as it was."""
    row = row_body(ctx, sent)
    if row is not None:
        return row  # "| **X** | Dhow operator | OFAC |": the body the row's own cell names (SB)
    first = next(active_triggers(sent), None) or next(adds_to_sanctions_list(sent), None)  # "OFAC, which is adding to the SDN List **X**" (SB)
    if first is None or earlier_in_clause(sent, first):
        return None  # the verb's own clause, not a clause describing a name ("settlers previously sanctioned"; D24)
    actor = subject_authority(ctx, first, sent)[0]
    return actor if actor is not None and is_home_body(ctx, actor) else None


def apply_group_programs(ctx: DocContext, relations: list[Relation]) -> None:
    """"The targets were designated pursuant to E.O. 13818": the program goes to every designation of that group by a
    U.S. body or one the gazetteers do not know, never to another government's (`foreign_actions.other_government`)."""
    statements = [s for s in group_statements(ctx) if s.program]
    if not statements:
        return
    section_of = sections(ctx)
    starts = [s.start_char for s in ctx.sentences]
    for rel in relations:
        if rel.relation != "designated_by" or rel.program or not rel.current or other_government(ctx, rel.object.name):
            continue  # another government's designation: the release's program is the U.S. action's (M19)
        at = rel.evidence[-1].start
        k = max(0, bisect_right(starts, at) - 1)
        statement = governing(statements, k, section_of[k], strict=True)
        if statement is None:
            continue
        rel.program = statement.program
        stated = evidence(statement.sent, rel.evidence[-1].extractor)
        if all(e.start != stated.start for e in rel.evidence):
            rel.evidence.insert(0, stated)
