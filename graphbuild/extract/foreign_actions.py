"""Another government's designation keeps to what its own sentence says (issue 13, M19).

A release about a U.S. action often adds "The United Kingdom and the European Union have separately imposed sanctions
on X and Y". That sentence is the only evidence of the other governments' designations: the release's program ("Today's
designations are made pursuant to E.O. 13848") is the U.S. action's, not theirs (`release.apply_group_programs` passes
them by), and the release's day dates them only when their sentence ties them to it ("today", "also", "concurrently",
"in coordination with", "is sanctioning"). Without such a word the text does not say the action is today's:
`current: false`, dated only by a year or month the sentence gives ("... in 2025", "since 2023").
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp.gazetteers import Gazetteers
from ..records import Evidence, Relation
from ..resolve.dates import ABSOLUTE_DATE
from .announcing import default_authority
from .named_bodies import same_body
from .common import ref
from .context import DocContext
from .described_dates import VERBS, release_day, verb_above
from .todays_clause import SAME_DAY_NOUNS, TODAY

#: Words tying another government's action to the release's own: today's action, or one done alongside it.
CONCURRENT = re.compile(
    r"\btoday(?:'s|’s)?\b|\balso\b|\bconcurrent(?:ly)?\b|\bsimultaneous(?:ly)?\b|\bjointly\b|\balongside\b"
    r"|\bas well\b|\bjoin(?:s|ed|ing)?\b|\bsame day\b|\bin (?:coordination|conjunction|tandem|concert|partnership) with\b"
    r"|\b(?:is|are)\s+(?:also\s+)?(?:sanctioning|designating|imposing|listing|announcing|taking)\b", re.I)


def foreign_body(gaz: Gazetteers, name: str, by_alias: bool = True) -> bool:
    """`name` is another government's body: a gazetteer authority of a country other than the United States, found by
    its canonical name or (`by_alias`) by one of its aliases. `designations` asks without aliases: it kept its own copy
    that read the canonical names only (a designation's object is an authority's cluster, named canonically; issue
    13, R2 made the difference this parameter)."""
    record = gaz.authorities.get(name) or (gaz.authority(name) if by_alias else None)
    return record is not None and record.country not in {None, "", "United States"}


def other_government(ctx: DocContext, name: str) -> bool:
    """`name` is another government's body (`foreign_body`) and not the one announcing the document: in the European
    Union's own release ("The EU today listed X ... Y was sanctioned as well") its actions and program are the
    release's."""
    if not foreign_body(ctx.gaz, name):
        return False
    own = default_authority(ctx)
    return own is None or not any(same_body(ctx, name, n) for n in {own.name, own.authority or "", ref(own).name} if n)


def settle_foreign_dates(ctx: DocContext, relations: list[Relation]) -> None:
    """Another government's designation (`other_government`) read as today's (no earlier marker, no date of its own)
    stays today's, dated the release's day, only when one of its sentences ties it to the release (`CONCURRENT`);
    else it is an earlier or undated action: `current: false`, with the one date its sentence gives if any
    (`own_date`). In place."""
    for rel in relations:
        if rel.relation != "designated_by" or not rel.current or not other_government(ctx, rel.object.name):
            continue
        clauses = [action_clause(ctx, rel, e) for e in rel.evidence]
        if not any(CONCURRENT.search(c) or _release_day_stated(ctx, c) for c in clauses):
            rel.current, rel.date = False, own_date(clauses[0])


def action_clause(ctx: DocContext, rel: Relation, evidence: Evidence) -> str:
    """The words of the clause whose verb states the action on the relation's designee in the evidence sentence: the
    first verb up the designee's heads, and every word whose heads reach that verb before another verb ("in coordination
    with the United Kingdom, which separately sanctioned X": "which separately sanctioned X", not the U.S. action's "in
    coordination with"; "On the same day, the EU imposed measures on Y": all of it). The sentence when the designee or
    its verb is not found there. Issue 13, D20 (M19's words and date were searched in the whole sentence)."""
    span = ctx.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    if span is None:
        return evidence.sentence
    named = next((m for m in ctx.mentions_in(span.start, span.end)
                  if (c := ctx.entity(m)) is not None and ref(c).name == rel.subject.name), None)
    verb = verb_above(ctx.doc[named.end - 1], at_root=True) if named is not None else None
    if verb is None:
        return evidence.sentence
    verb = _governing(verb)
    fronted = fronted_on_conjunct(verb)
    # the document's own characters, gaps kept: "March 10, 2026" stays one date for `own_date` (M34, F3 item 6)
    kept = [t for t in span if _in_clause(t, verb) or t.i in fronted]
    # a gap between the front and the clause keeps its words apart ("Today ... the UK sanctioned Y")
    return "".join(t.text_with_ws + (" " if k + 1 < len(kept) and kept[k + 1].i != t.i + 1 and not t.whitespace_ else "")
                   for k, t in enumerate(kept)).strip()


#: Dependencies of a time set before a clause's subject ("Today, ...", "On March 10, 2026, ...").
FRONTED_DEPS = frozenset({"npadvmod", "prep", "advmod"})
#: Words of a clause's own time, which a time fronted on another conjunct does not override.
OWN_TIME_WORDS = frozenset({TODAY, "now", "currently"})
#: Nouns of a time of the clause's own ("this morning", "this week", "yesterday"): the small model often tags them
#: TIME or nothing, not DATE (M43, F4 item 2). "the same day" is the front's time, so "same" voids them.
OWN_TIME_NOUNS = SAME_DAY_NOUNS | {"tonight", "yesterday", "week", "month"}
#: Entity labels of a time of the clause's own ("In 2022 ..., and on March 3 it ...", "... this morning").
OWN_TIME_LABELS = frozenset({"DATE", "TIME"})
#: Words by which a clause after a semicolon takes up the first clause's time ("; OFAC also designated B").
SAME_TIME_WORDS = frozenset({"also", "likewise", "concurrently", "similarly", "simultaneously"})
#: Auxiliaries of a perfect: "; the EU has sanctioned Y" is no action of the fronted time.
PERFECT_AUX = frozenset({"has", "have", "had"})


def fronted_on_conjunct(verb: Token) -> set[int]:
    """The tokens of a time fronted on the clause `verb` is conjoined to: "Today, OFAC designated X, and the United
    Kingdom sanctioned Y" / "On March 10, 2026, OFAC designated X and the UK sanctioned Y" date both conjuncts (the
    front scopes over the coordination; F3 item 2's rest, mended by M35). Not for a perfect of its own ("the EU has
    sanctioned Y"), a clause with its own time ("this week"), nor a clause right after a semicolon (M43)."""
    head = verb.head
    coordinated = verb.dep_ == "conj" or verb.dep_ == "ccomp" and head.i < verb.i and any(
        t.lower_ in {"and", "while"} for t in verb.doc[head.i + 1:verb.i])  # the parser's "designated X and the UK sanctioned Y"
    if not coordinated or head.i == verb.i or head.pos_ not in VERBS \
            or any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children):
        return set()
    if any(c.dep_ in FRONTED_DEPS and _own_time(c) for c in verb.children):
        return set()  # "In 2022 State designated A, and today / this week it designated B": B's clause has its own time
    if _after_semicolon(verb) and not any(c.lower_ in SAME_TIME_WORDS for c in verb.children):
        return set()  # "In 2021, the UK sanctioned A; OFAC designated B": a clause of its own (M43, F4 item 2)
    if in_present(verb):
        return set()  # "In 2019, the EU sanctioned A, and OFAC is designating B": today's action (M40, V9 item 5)
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    limit = subject.left_edge.i if subject is not None and subject.i < head.i else head.i
    return {t.i for c in head.children if c.dep_ in FRONTED_DEPS and c.i < limit for t in c.subtree}


def _own_time(phrase: Token) -> bool:
    """`phrase` (a modifier of the conjunct's verb) states a time: a DATE or TIME entity ("on March 3", "this
    morning"), "today"/"now", or a time noun not of "the same" time ("this week"). M35; TIME and nouns M43 (F4 item 2)."""
    words = list(phrase.subtree)
    if any(t.lower_ == "same" for t in words):
        return False
    return any(t.ent_type_ in OWN_TIME_LABELS or t.lower_ in OWN_TIME_WORDS or t.lower_ in OWN_TIME_NOUNS for t in words)


def _after_semicolon(verb: Token) -> bool:
    """The conjunct's clause opens right after a semicolon ("...A; OFAC designated B"), not after "; and": the parser
    conjoins it, but it is a sentence of its own. M43 (F4 item 2)."""
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text == ";"


#: Tags of a present-tense verb or auxiliary ("designates", "is designating", "are designated") and of a modal
#: ("will designate"): a time not of the past.
PRESENT_TAGS = frozenset({"VBZ", "VBP", "MD"})


def in_present(verb: Token) -> bool:
    """`verb`'s clause is in the present or future ("OFAC designates B", "OFAC is designating B", "B is designated",
    "OFAC will designate B"): no past time fronted on another conjunct dates it. M40 (V9 item 5)."""
    return verb.tag_ in PRESENT_TAGS or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in PRESENT_TAGS for c in verb.children)


def _release_day_stated(ctx: DocContext, clause: str) -> bool:
    """The clause dates the action on the release's own day ("the UK acted on March 10, 2026" in that day's
    release): today's action, as for the U.S. action (`described_dates.release_day`). M34, F3 item 6."""
    found = own_date(clause)  # the clause's dates read once, for both tests
    return found is not None and (release_day(found, ctx.date) or numeric_release_day(found, ctx.date))


#: Dependencies by which a participle hangs on the verb it modifies ("took action today, designating X",
#: "Acting in coordination with OFAC, the UK designated X", "the UK, acting the same day, designated X").
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj", "acl"})


def _participle(verb: Token) -> bool:
    """`verb` is a participle with no subject or auxiliary of its own: part of the clause of the verb it hangs on,
    not a finite clause of its own ("; the EU has sanctioned Y" has an auxiliary and a subject)."""
    return (verb.tag_ in {"VBG", "VBN"} and verb.dep_ in PARTICIPLE_DEPS
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in verb.children))


def _governing(verb: Token) -> Token:
    """The finite verb whose clause holds `verb`: up from a participle designating verb ("The UK also took action
    today, designating X": "took") to the verb it modifies. M34, F3 item 2."""
    for _ in range(6):
        if not _participle(verb) or verb.dep_ == "acl" or verb.head.i == verb.i or verb.head.pos_ not in VERBS:
            return verb
        verb = verb.head
    return verb


def _in_clause(tok: Token, verb: Token) -> bool:
    """`tok` is `verb` or its heads reach `verb` before another verb; a participle modifying the clause ("Acting in
    coordination with OFAC, ...", "the UK, acting the same day, ...") is stepped over (M34, F3 item 2)."""
    for _ in range(16):
        if tok.i == verb.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in VERBS and tok.i != verb.i and not _participle(tok):
            return False
    return False


#: A year standing alone ("since 2023"), not a law's or resolution's number; a date stated in full (a day, month or
#: season with its year, as `resolve/dates` reads them) is `ABSOLUTE_DATE`'s.
YEAR = re.compile(r"(?<!Act of )(?<!Resolution )(?<!No\. )\b(?:19|20)\d\d\b")


#: A date written in figures, day and month in an order only the writer knows ("10.03.2026", "3/10/2026").
NUMERIC_DATE = re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b")


def _dates(sentence: str) -> set[str]:
    """The dates a sentence writes: the project's (`resolve.dates.ABSOLUTE_DATE`), the numeric ones
    (`NUMERIC_DATE`) and the years outside both."""
    spans = [m.span() for pattern in (ABSOLUTE_DATE, NUMERIC_DATE) for m in pattern.finditer(sentence)]
    found = {sentence[a:b] for a, b in spans}
    found |= {m.group(0) for m in YEAR.finditer(sentence) if not any(a <= m.start() < b for a, b in spans)}
    return found


def own_date(sentence: str) -> str | None:
    """The one date an earlier action's sentence gives, as written ("The EU listed X in February 2024":
    "February 2024"; "on 10 March 2026", "on March 10, 2026"), for `resolve/dates` to read; None when it gives none or
    several. The dates are the project's (`resolve.dates.ABSOLUTE_DATE`) and the years outside them: the sentence's
    own month/year pattern read "10 March 2026" as "March 2026" (R1, seventeenth session). A date in figures is
    given whole, as the model's DATE gives it elsewhere: its year alone said "on 10.03.2026" was "2026" (V9 item 9,
    M37)."""
    found = _dates(sentence)
    return found.pop() if len(found) == 1 else None


def numeric_release_day(written: str, release: str | None) -> bool:
    """A sentence's one date (`own_date`, as written) is in figures and one of its two readings (day first or month
    first) is the release's day: "on 10.03.2026" in a release of March 10, 2026 is today's action (V9 item 9, M37)."""
    match = NUMERIC_DATE.fullmatch(written) if release else None
    if match is None:
        return False
    first, second, year = int(match.group(1)), int(match.group(2)), match.group(3)
    return (release or "")[:10] in {f"{year}-{month:02d}-{day:02d}" for day, month in ((first, second), (second, first))}
