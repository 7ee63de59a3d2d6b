"""Whose words are the actor of an active verb: the syntax of its subject, before any body is looked up.

The subject an active designation verb has (its own, a conjunct's, a persuaded object's, a relative pronoun's
antecedent), the tokens of that subject, the dateline a parser may have made a subject, the partners inside a subject
that do not act ("in coordination with X", "but not Y"), and the relative clauses that only describe their antecedent.
Tokens only: no gazetteer, no document context. Split out of `authority` (issue 13, R2).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.mention import MONTH_NAMES, WEEKDAY_NAMES
from .todays_clause import states_todays_action


PARTNER_NOUNS = {"coordination", "cooperation", "partnership", "conjunction", "concert", "consultation", "collaboration"}


#: Prepositions inside a subject whose object does not act with it ("The EU, unlike the UK, sanctioned X").
CONTRASTING_PREPOSITIONS = frozenset({"with", "alongside", "unlike", "except", "excluding"})


def partner_tokens(subject: Token) -> set[int]:
    """Tokens of "in coordination with X", "together with X", "alongside X", "unlike X" inside a subject: X does not
    act; nor does a negated conjunct ("The European Union, but not the United Kingdom, sanctioned X", "the EU and not
    the UK": issue 13, M22, review V7 item 6 - the UK was given the target)."""
    skip: set[int] = set()
    for t in subject.subtree:
        if t.dep_ == "conj" and _negated_conjunct(t):
            skip.update(x.i for x in t.subtree)
            continue
        if t.dep_ != "prep":
            continue
        objects = [c for c in t.children if c.dep_ == "pobj"]
        if t.lower_ in CONTRASTING_PREPOSITIONS or (t.lower_ == "in" and any(o.lemma_.lower() in PARTNER_NOUNS for o in objects)) \
                or t.lower_ == "than" and t.i > 0 and t.doc[t.i - 1].lower_ == "rather":
            skip.update(x.i for x in t.subtree)
    return skip


def _negated_conjunct(conjunct: Token) -> bool:
    """A conjunct the text denies: a "not" among its children or right before its phrase ("but not the UK")."""
    doc = conjunct.doc
    before = conjunct.left_edge.i - 1
    return any(c.dep_ == "neg" for c in conjunct.children) or before >= 0 and doc[before].lower_ in {"not", "never"}


#: Verbs whose object does what the open complement after it states ("persuaded Canada to sanction X").
PERSUADING = frozenset({"persuade", "urge", "ask", "press", "encourage", "convince", "push"})


def acting_subjects(trigger: Token) -> list[Token]:
    """Who does what an active verb states: its subjects, else those of the verb it goes on from ("imposed sanctions and
    froze ...": a conjunct; "moved to sanction": an open complement), not a dateline the parser made a subject (review
    V5, finding 1). An open complement after an object ("persuaded Canada to impose sanctions on X", "urged the EU to
    sanction X") is the object's act, not the subject's (review V5: Britain was X's body), but only after a verb of
    persuading: "used its authority to designate X", "took action to sanction X" are the subject's own act (issue 13,
    M11)."""
    subjects = [c for c in trigger.children if c.dep_ == "nsubj" and not dateline_subject(c)]
    head = trigger
    while not subjects and head.dep_ in {"xcomp", "conj", "advcl"} and head.head is not head:
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in PERSUADING \
                and (objects := [c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i]):
            return objects
        head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj" and not dateline_subject(c)]
    return [_antecedent(s, head) for s in subjects]


#: Relative pronouns that stand for the noun their clause hangs on ("the United Kingdom, which sanctioned X").
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})


def _antecedent(subject: Token, verb: Token) -> Token:
    """A relative pronoun subject of a relative clause stands for its antecedent: "in coordination with the United
    Kingdom, which separately sanctioned X" is the United Kingdom's act, not the sentence's other body's (OFAC took X
    for its own: issue 13, D20). Any other subject is itself."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return subject


def subject_span(subject: Token, verb: Token) -> tuple[int, int]:
    """The tokens of an acting subject: its subtree, cut before the relative clause that holds the verb when the
    subject is a relative pronoun's antecedent (the clause's targets are not the subject's words)."""
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    if start <= verb.i < end:
        clause = verb
        while clause.head.i != subject.i and clause.head.i != clause.i:  # Token.head makes a new object: compare indices
            clause = clause.head
        end = clause.left_edge.i if clause.head.i == subject.i else verb.i  # a crossing arc: cut at the verb
        while end > subject.i + 1 and not subject.doc[end - 1].is_alpha:
            end -= 1  # the comma before "which"
    return start, end


#: The dashes that end a dateline ("LONDON, May 4 — The Treasury ...").
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def dateline_subject(subject: Token) -> bool:
    """A story's dateline the parser made a subject of the lead's verb ("LONDON, May 4 — The U.S. Treasury on Tuesday
    sanctioned X": "LONDON" nsubj): the sentence's first word, with a dash in its subtree or ", <date>" after it. A
    place, not the actor (review V5, finding 1: the capital of another country read as that government)."""
    doc = subject.doc
    # the first word, past a comma a split left at the start: "WASHINGTON" cut off as a sentence of its own leaves
    # ", Oct 23, 2025 — The United States on Thursday imposed ...", whose date the parser makes a subject (D21)
    first = next((t for t in subject.sent if not t.is_space and t.text != ","), None)
    if first is None or subject.left_edge.i != first.i:
        return False
    if any(t.text in DATELINE_DASHES for t in doc[subject.i + 1:subject.right_edge.i + 1]):
        return True
    nxt = subject.i + 1
    if not (nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].ent_type_ == "DATE" and _calendar_date(doc[nxt + 1])):
        return False
    end = nxt + 1
    while end < len(doc) and doc[end].ent_type_ == "DATE" and (end == nxt + 1 or doc[end].ent_iob_ != "B"):
        end += 1
    # "Norway, Tuesday, imposed sanctions on X": the date closed by a comma and the subject's own verb is an aside,
    # not a dateline's date (a dateline's date runs on to a dash or "(Agency)"; F1 item 6, M17)
    return not (end + 1 < len(doc) and doc[end].text == "," and (doc[end + 1].i == subject.head.i or doc[end + 1].pos_ in {"VERB", "AUX"}))


#: The first three letters of the month names: a dateline's date may abbreviate them ("Sept. 4", "Jan 5").
MONTH_STEMS = frozenset(m[:3] for m in MONTH_NAMES)


def _calendar_date(first: Token) -> bool:
    """`first` opens a calendar date as a dateline writes it ("May 4", "4 May 2026", "Tuesday"), not a relative one:
    "New Zealand, last week, imposed sanctions on X" has its subject before a date the model tagged (P7: the subject
    was passed over as a dateline, and X went to the only sanctioning body the story named, in another sentence)."""
    word = first.lower_.rstrip(".")
    return first.like_num or word in WEEKDAY_NAMES or word in MONTH_NAMES or len(word) <= 4 and word[:3] in MONTH_STEMS


def describes_antecedent(verb: Token) -> bool:
    """The verb heads a relative clause whose subject is not its relative pronoun ("the Solvent Front coalition, which
    the State Department designated as a Foreign Terrorist Organization in May"): the clause tells the reader who the
    antecedent is, an action of its own on it, which neither announces the release nor acts for the sentence after it
    ("His deputy, X, was also sanctioned"). "the United Kingdom, which separately sanctioned X" (the pronoun acts: the
    clause is the antecedent's action, `_antecedent`) is not one. Issue 13, D21. Nor is a clause of today's action
    ("the company, which OFAC designated today, is run by B. B was also designated today": OFAC's passive, review V9
    item 2, M38): only a clause that does not state today's action (`todays_clause.states_todays_action`, the test
    the removals share: M44, F4 item 8) describes."""
    if verb.dep_ != "relcl":
        return False
    if states_todays_action(verb):
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)


def in_background_clause(tok: Token) -> bool:
    """`tok` sits in a relative clause that describes its antecedent (`describes_antecedent`)."""
    return any(describes_antecedent(a) for a in tok.ancestors)
