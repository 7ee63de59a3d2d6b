"""A date that dates a description of a name, not the designation beside it.

"OFAC designated Brisa Marine, a shipping firm established in 2019" and "Olen Darvik, a businessman born on March 3,
1968, is being designated" hold a DATE within the few tokens the designation rules search for the action's date; read
as the designation's, they made it a 2019 (or 1968) action, `current: false`. The same for a relative clause's verb
("X, which the EU sanctioned in 2022", "Y, who Treasury said founded Z in 2018"). The parse tells them apart: the
date's first verb on its way to the root is not the designation's and lies in a clause that describes a noun (acl,
relcl) before the way reaches the designation. Dates the action's own verb governs ("designated on May 2",
"designated by OFAC in 2019", "X, which OFAC designated in 2022") are kept. `before_release`: a date set before
the action that names a day or month before the release's ("On May 2, OFAC designated X" in a release of May 20) makes
it an earlier action. P3, tenth session (docs/robustness.md).

P4, eleventh session: `in_force` ("X remains designated", "is still listed", "continues to be sanctioned", "has been
designated since 2019") states a designation in force, an earlier one, not today's; and `fiscal_spans` finds the
fiscal years and quarters ("FY2023", "Q3 2022") the model does not tag as dates, so "In FY2023, OFAC designated X" is
an earlier action like "In 2023, ...".
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..nlp.mention import MONTH_NAMES, WEEKDAY_NAMES
from ..nlp.doc_text import sentence_entities, span_text, text_now, token_flags, token_words
from ..resolve.dates import normalize_date, parse_anchor

_YEARS_BEFORE = re.compile(r"\blast year\b|\byears? ago\b|\bprevious year\b", re.I)  # compiled once (PF, 32nd)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

DESCRIBING = frozenset({"acl", "relcl"})
#: Parts of speech of a clause's verb.
VERBS = frozenset({"VERB", "AUX"})


def verb_above(tok: Token, at_root: bool = False) -> Token | None:
    """The first verb up `tok`'s heads (within 12), not `tok` itself: the verb whose clause holds it. `at_root`: when
    `tok` is the sentence's root, `tok` itself if it is a verb (`foreign_actions.action_clause` asks so of a designee's
    last token; the date readers here ask of a date's root, never a verb). One walk for both (issue 13, R2)."""
    for _ in range(12):
        if tok.head.i == tok.i:
            return tok if at_root and tok.pos_ in VERBS else None
        tok = tok.head
        if tok.pos_ in VERBS:
            return tok
    return None


def _reaches(tok: Token, trigger: Token) -> bool:
    """The head chain of `tok` reaches `trigger` without passing a clause that describes a noun (acl, relcl)."""
    for _ in range(12):
        if tok.i == trigger.i:
            return True
        if tok.dep_ in DESCRIBING or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def governed_dates(sent: Span, trigger: Token, dates: list[Span]) -> list[Span]:
    """DATEs of the sentence after the action's window whose first verb is the action's own: "was designated by the
    Department of the Treasury in 2020" (the window of the passive ends at "by"), once a describing date no longer
    stands in for it."""
    out = []
    for ent in dates:
        verb = verb_above(ent.root)
        if verb is not None and verb.i == trigger.i and ent.start > trigger.i:
            out.append(ent)
    return out


def dates_on_the_verb(trigger: Token, dates: list[Span], release: str | None) -> list[Span]:
    """DATEs after the action's verb that hang on it directly or through one preposition, and name a time before the
    release: "was designated by the European Union on May 4, 2021", "by the United Nations Security Council on 4 May
    2021". The passive's window ends at "by", and a long agent put the date past it, so the release's day was taken
    (issue 13, M21, review V7 item 5). A date on a noun of the sentence ("for his role in the attacks in 2019") or a
    later one is not the action's."""
    out = []
    for ent in dates:
        head = ent.root.head
        on_verb = head.i == trigger.i and ent.root.dep_ == "npadvmod" \
            or head.dep_ == "prep" and head.head.i == trigger.i and head.i > trigger.i
        if on_verb and ent.start > trigger.i and before_release_year(release, ent.text):
            out.append(ent)
    return out


def when_date(trigger: Token, dates: list[Span]) -> Span | None:
    """The date a "when" clause holding the action hangs on: "not designated in 2019, when OFAC sanctioned his deputy,
    X" (the parse makes the clause a relcl of "2019") dates X's action 2019, not the release's day (P6)."""
    if trigger.dep_ != "relcl" or not any(c.lower_ == "when" and c.dep_ == "advmod" for c in trigger.children):
        return None
    return next((e for e in dates if e.start <= trigger.head.i < e.end), None)


#: Adverbs that make the action an earlier one when they hang on its verb ("was previously designated"); also the
#: base of `EARLIER_WORDS` (below) and `designations.PAST_MARKERS`.
EARLIER_ADVERBS = frozenset({"previously", "already", "formerly", "originally", "earlier"})
EARLIER_ADJECTIVES = frozenset({"earlier", "prior", "previous"})
#: Nouns of an action an "earlier"/"prior" can date ("in an earlier action", "a prior tranche"); not
#: `designation_denials.DENIED_ACTION_NOUNS` (what a release says it announces none of).
EARLIER_ACTION_NOUNS = frozenset({"action", "actions", "designation", "designations", "round", "tranche"})


#: Dependencies that open a description of a noun: "X, previously the director of Y" (appos), "the vessel X,
#: formerly known as Y" (acl), "X, who first came to prominence in 2010" (relcl).
DESCRIBING_DEPS = frozenset({"appos", "acl", "relcl"})
#: Participles after "formerly"/"previously" that give a target's earlier name or flag, not the action's time.
NAMING_PARTICIPLES = frozenset({"known", "named", "called", "flagged", "registered"})


def describes_a_noun(word: Token, trigger: Token) -> bool:
    """`word` lies in a description of a noun below the action's verb: up its heads it meets an apposition, a
    participle or a relative clause before `trigger` ("OFAC designated X, previously the director of Y": the
    "previously" is X's post's, not the action's; P11). A word that hangs on the action's verb, or that the parse does
    not place below it, is the action's ("Previously, OFAC designated X", "X was previously designated")."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if nxt is not None and nxt.lower_ in NAMING_PARTICIPLES and nxt.i != trigger.i and nxt not in trigger.conjuncts:
        return True  # "X, formerly known as Y": whatever the parse, a name the target had (the parser may lose the verb)
    # ("OFAC previously named X a ...": the participle is the action's own verb, so the word is the action's; M29)
    tok, described = word, False
    for _ in range(16):
        if tok.i == trigger.i:
            return described
        if tok.dep_ in DESCRIBING_DEPS and tok.head.pos_ in {"NOUN", "PROPN"}:
            described = True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def said_earlier(sent: Span, trigger: Token) -> bool:
    """The action's verb carries an "earlier" of its own after it: "was identified ... in an earlier action", "was
    sanctioned previously" (the window the rules search for past words ends before such a phrase)."""
    for tok in sent.doc[trigger.i + 1:sent.end]:
        low = tok.lower_
        if low in EARLIER_ADVERBS and tok.head.i == trigger.i:
            return True
        if low in EARLIER_ADJECTIVES and tok.head.lower_ in EARLIER_ACTION_NOUNS and _reaches(tok, trigger):
            return True
    return False


#: Words that put a sentence's action in the past: the "earlier" adverbs, and "prior".
EARLIER_WORDS = EARLIER_ADVERBS | {"prior"}


def earlier_action(sent: Span) -> bool:
    """The sentence states an action of the past ("previously", "in March 2025", "on 3 May 2021", "since 2022") and
    not one of today. A date after "of" ("E.O. 13224 of September 23, 2001") dates a law, not the action."""
    return _states_earlier(sent, range(sent.start, sent.end))


def earlier_in_clause(sent: Span, verb: Token) -> bool:
    """`earlier_action` read on the words of `verb`'s own clause: those whose heads reach `verb` without passing a clause
    that describes a noun (`_reaches`).
    "OFAC is designating A, together with B, a fund that collected money for settlers previously sanctioned by the
    United States, and C" states today's action; the sentence-wide reading made it an earlier one for the "previously"
    of a clause describing a noun (x04's bold director lost OFAC as its actor). Issue 13, D24."""
    doc = sent.doc
    return _states_earlier(sent, {i for i in range(sent.start, sent.end) if _reaches(doc[i], verb)})


def _states_earlier(sent: Span, words_read: range | set[int]) -> bool:
    """The words at `words_read` (token indices of `sent`) state a past action: an earlier word and no "today", or a
    year that "in" / "on" / "since" / "during" among them opens ("in March 2025")."""
    doc = sent.doc
    # `Token.text` / `.lower_` / `.like_num` of each word, read once per doc: no Token made here (issue 18, S23)
    texts, lowers = token_words(doc)
    num = token_flags(doc).num
    words = {lowers[i] for i in words_read}
    if "today" in words or "today's" in words:
        return False
    if words & EARLIER_WORDS:
        return True
    for i in words_read:
        if _month_alone(sent, i, lowers, num) and i - 1 in words_read:
            return True  # "In March, OFAC sanctioned X": a month with no day is a past period, not the day of the action
        if not (num[i] and len(texts[i]) == 4 and texts[i][:2] in {"19", "20"}):
            continue
        j = i - 1  # back over the rest of the date: "31 October", "March 5,"
        while j >= sent.start and (num[j] or lowers[j] in MONTH_NAMES or texts[j] == ","):
            j -= 1
        if j in words_read and lowers[j] in {"in", "on", "since", "during"}:
            return True
    return False


def _month_alone(sent: Span, i: int, lowers: list[str], num: list[bool]) -> bool:
    """The word at `i` is a month after "in" with no day or year after it ("In March, ...", "in June"): a release or a
    story states its own action by a day ("today", "on Tuesday", "on Nov 4"), never by a month alone (DP, 34th session:
    "In March, the U.S. Treasury's OFAC sanctioned X" in a story of another government's action of the day made OFAC
    the story's announcing body)."""
    doc = sent.doc
    return lowers[i] in MONTH_NAMES and i > sent.start and lowers[i - 1] == "in" \
        and not (i + 1 < sent.end and (num[i + 1] or doc[i + 1].text in {"'", "’"}))


#: "until"/"till": a time that ends another (a post held until then, `roles_stance_ended`; a clause of its own here).
UNTIL_WORDS = frozenset({"until", "till"})
#: Conjunctions of an adverbial clause whose time is not the action's: "designated X ... until she replaced him in
#: May" (the parser hangs an apposition's "until" clause on the action's verb), "after he fled in March 2025", "before
#: its owners sold it in 2018", "since he fled in 2019" (M26: "before" dated the action with the clause's year).
OTHER_TIME_MARKS = UNTIL_WORDS | frozenset({"after", "before", "since", "once", "because", "although", "though",
                                           "whereas"})


def _other_time_clause(tok: Token) -> bool:
    """`tok` heads an adverbial clause with a subject of its own opened by one of `OTHER_TIME_MARKS` (P9)."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in tok.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def marks_other_time(tok: Token) -> bool:
    """`tok` is the conjunction opening an adverbial clause of another time: the "before" of "designated X, before he
    fled in March 2025, and Y" is no "before" of the action (M26: it made today's action a past one)."""
    return tok.dep_ == "mark" and tok.lower_ in OTHER_TIME_MARKS and _other_time_clause(tok.head)


def dates_a_description(ent: Span, trigger: Token) -> bool:
    """The DATE `ent` hangs on a verb other than `trigger` in a clause describing a noun, or in an adverbial clause of
    another time ("until she replaced him in May"), below the action."""
    verb = verb_above(ent.root)
    if verb is None or verb.i == trigger.i:
        return False
    tok = verb
    for _ in range(12):
        if tok.i == trigger.i:
            return False
        if tok.dep_ in DESCRIBING or _other_time_clause(tok):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


#: Words that place a time before the document's day without a date: "earlier this year", "last week", "days ago".
EARLIER = re.compile(r"\bearlier this (?:year|month|week)\b|\blast (?:week|month|" + "|".join(sorted(WEEKDAY_NAMES))
                     + r")\b|\b(?:days|weeks|months) ago\b|\byesterday\b|\bprevious (?:week|month)\b", re.I)


def before_release(text: str, release: str | None) -> bool:
    """`text` (a DATE as written) names a time wholly before the release's day `release` (ISO): "earlier this year",
    "last Tuesday", "on May 2" in a release of May 20; "in May" in that release, or "Friday" on that Friday, is not."""
    if EARLIER.search(text):
        return True
    anchor = parse_anchor(release)
    found = normalize_date(text, anchor) if anchor is not None else None
    if found is None or found.precision == "year":
        return False
    return found.iso < (release or "")[:len(found.iso)]


def release_day(text: str, release: str | None) -> bool:
    """`text` (a DATE as written) states the release's own day in full ("on March 10, 2026" in a release of March 10,
    2026): today's action, not an earlier one. Only a written day, month and year count ("March 10", "Tuesday" or "in
    March 2026" do not): an absolute date, read without the release's day as anchor (issue 13, D20)."""
    found = normalize_date(text, None)
    return found is not None and found.precision == "day" and bool(release) and found.iso == (release or "")[:10]


#: Verbs that keep a designation in force rather than make one: "remains designated", "continues to be listed" (as
#: written: the model lemmatises "remains" as an auxiliary to itself).
STANDING_VERBS = frozenset({"remain", "remains", "remained", "continue", "continues", "continued", "stay", "stays", "stayed"})


def since_date(trigger: Token) -> Span | None:
    """The DATE of a "since" phrase on the action's verb: "has been designated since 2019" -> "2019"."""
    doc = trigger.doc
    for child in trigger.children:
        if child.lower_ == "since" and child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return next((e for e in sentence_entities(doc, trigger.sent.start, trigger.sent.end)
                                 if e.label_ == "DATE" and e.start <= obj.i < e.end), None)
    return None


def in_force(trigger: Token) -> bool:
    """The participle states a designation in force, not one made: "remains designated", "is still listed",
    "continues to be sanctioned", "has been designated since 2019"."""
    if trigger.tag_ != "VBN":
        return False
    for child in trigger.children:
        if child.lower_ == "still" or child.lower_ in STANDING_VERBS and child.dep_.startswith("aux"):
            return True
    if trigger.dep_ == "xcomp" and trigger.head.lower_ in STANDING_VERBS:
        return True
    # "X has been designated since 2019", and the active perfect with a named object, "The EU has sanctioned X since
    # 2014" (F, twenty-fifth session: today's designation); "Treasury has designated more than 50 ... since 2017"
    # counts a period's actions and names none of them
    if since_date(trigger) is None:
        return False
    return any(c.dep_ == "auxpass" for c in trigger.children) or _perfect(trigger) and not _counted_object(trigger)


#: The auxiliaries of the perfect: "has sanctioned", "have designated", "had listed".
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def _perfect(verb: Token) -> bool:
    """The verb is in the perfect ("has sanctioned X")."""
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in verb.children)


def _counted_object(verb: Token) -> bool:
    """The verb's object is a count ("more than 50 individuals", "hundreds of entities"), not a name."""
    return any(c.dep_ in {"dobj", "obj"} and (c.like_num or c.tag_ == "NNS" or any(g.dep_ in {"nummod", "quantmod"} or g.like_num for g in c.subtree))
               for c in verb.children)


#: Nouns of a designation a sentence may speak of as standing ("the designation of X remains in effect").
STANDING_NOUNS = frozenset({"designation", "designations"})


def standing_designation(noun: Token) -> bool:
    """The designation noun names one in force, not one made: the subject of a standing verb ("The designation of X
    remains in effect") or the object of a negated verb that would end or change it (`LEAVING_VERBS`: "Today's action does
    not affect the designation of X"; not "has not yet finalized the designation of X"). P17:
    X was designated today by the noun's rule (0.75), dated by the sentence's "today"."""
    if noun.lower_ not in STANDING_NOUNS:
        return False
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lower_ in STANDING_VERBS:
        return True
    return _negated_object(noun) and noun.head.lemma_.lower() in LEAVING_VERBS


def unmade_designation(noun: Token) -> bool:
    """The designation noun is the object of a negated verb that would not end or change it: no designation stated,
    made or standing ("OFAC has not yet finalized the designation of X", "did not announce the designation of X"; M1)."""
    return noun.lower_ in STANDING_NOUNS and _negated_object(noun) and noun.head.lemma_.lower() not in LEAVING_VERBS


def _negated_object(noun: Token) -> bool:
    return noun.dep_ == "dobj" and any(c.dep_ == "neg" for c in noun.head.children)


#: Verbs that would end or change a designation: negated, they leave one standing ("does not affect the designation of
#: X"). Another negated verb leaves none ("OFAC has not yet finalized the designation of X": M1, twenty-first session).
LEAVING_VERBS = frozenset({"affect", "change", "alter", "lift", "revoke", "remove", "modify", "rescind", "terminate", "end",
                           "impact", "amend", "withdraw", "cancel", "reverse", "undo"})


#: A fiscal year or a quarter as releases write them: "FY2023", "FY 23", "fiscal 2024", "FY2024/25", "Q3 2022".
FISCAL = re.compile(r"\b(?:FY|fiscal(?: year)?)\s?'?(?:(?:19|20)\d\d|\d\d)(?:/\d\d(?:\d\d)?)?\b|\bQ[1-4][ -]?(?:FY ?)?(?:19|20)\d\d\b")


def fiscal_year(text: str) -> int | None:
    """The last calendar year a fiscal year or quarter as written lies in ("FY2024/25" -> 2025, "FY23/24" -> 2024, "FY23" -> 2023)."""
    if not FISCAL.search(text):
        return None
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)]
    years += [2000 + int(y) for y in re.findall(r"(?:FY|fiscal(?: year)?)\s?'?(\d\d)(?!\d)", text)]
    years += [int(text[m.start() - 2:m.start()] + m.group(1)) for m in re.finditer(r"(?<=\d\d)\d\d/(\d\d)(?!\d)", text)]
    years += [2000 + int(y) for y in re.findall(r"(?:FY|fiscal(?: year)?)\s?'?\d\d/(\d\d)(?!\d)", text)]  # "FY23/24"
    return max(years) if years else None


def fiscal_spans(sent: Span) -> list[Span]:
    """The fiscal years and quarters of the sentence the model did not tag as a date, as spans labelled DATE."""
    doc = sent.doc
    tagged = [(e.start, e.end) for e in sentence_entities(doc, sent.start, sent.end) if e.label_ == "DATE"]
    out = []
    for match in FISCAL.finditer(span_text(sent)):
        span = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), label="DATE", alignment_mode="expand")
        if span is not None and not any(s < span.end and span.start < e for s, e in tagged):
            out.append(span)
    return out


#: Quotation marks as the tokenizer gives them: curly opening and closing marks, straight marks and their TeX forms.
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
#: The marks that only open a quotation (a straight mark opens or closes by its count).
OPENING_QUOTES = frozenset({"\u201c", "``"})


def quoted(sent: Span, index: int) -> bool:
    """Inside a quotation at token `index`: the last quote mark before it in its sentence opens one (a curly or TeX
    opening mark, or a straight mark of odd count). One test for the dates and the designation windows (review V5,
    code item c: designation_windows had its own). A possessive apostrophe ("the brothers' case") is no mark: it
    closed the quotation it stood in (issue 13, M11)."""
    doc = sent.doc
    texts, quote = token_words(doc)[0], token_flags(doc).quote  # `Token.text` / `.is_quote`: a Token only for a mark (S23)
    marks = [texts[i] for i in range(sent.start, index) if texts[i] in QUOTE_MARKS or (quote[i] and doc[i].tag_ != "POS")]
    if not marks:
        return False
    last = marks[-1]
    return last in OPENING_QUOTES or last == '"' and marks.count('"') % 2 == 1


def may_date_an_action(sent: Span, ent: Span) -> bool:
    """A DATE entity that can say when an action took place: not inside a quotation, not a bound ("since 2019",
    "after 2009"), not an identifier (`identifies_someone`)."""
    doc = sent.doc
    return ent.label_ == "DATE" and not quoted(sent, ent.start) \
        and not (ent.start > 0 and doc[ent.start - 1].lower_ in {"after", "since", "until", "before"}) \
        and not identifies_someone(ent)


_IMO_BEFORE = re.compile(r"\bIMO(?:\s+(?:No\.?|number))?\s*[:#]?\s*$", re.IGNORECASE)
#: A bare number of five digits or more: no date is written so; the model tags vessels' IMO numbers (seven digits) and
#: ZIP codes DATE. The one rule for both: P9's `\d{5,}` in designations and P10's `\d{7}` here (review V7, items
#: 11/13; issue 13, M21).
BARE_NUMBER = re.compile(r"\d{5,}")


def identifies_someone(ent: Span) -> bool:
    """A DATE entity that tells who someone or what something is, not when anything was done: a birth date or a
    passport's date in an identifier field ("OFAC designated X (DOB 03 Jan 1990; ...)": `identifier_date_spans`, which
    already keeps such dates from dating the document), or a vessel's IMO number the model tagged DATE
    ("the vessel Y (IMO 9911223)", with or without its label: `BARE_NUMBER`). Read as the action's date, either made
    today's designation an earlier one dated 1990, or undated with `current: false` (P9, P10, fifteenth session)."""
    from ..resolve.identifiers import identifier_date_spans

    text = text_now(ent.doc)
    low = max(0, ent.start_char - 40)
    if _IMO_BEFORE.search(text, low, ent.start_char) or BARE_NUMBER.fullmatch(ent.text):
        return True
    window = text[low:ent.end_char + 12]
    start, end = ent.start_char - low, ent.end_char - low
    return any(a < end and start < b for a, b in identifier_date_spans(window))


def earlier_date_of_action(sent: Span, start: int, end: int, release: str | None, after: bool = False) -> Span | None:
    """A date before the release's year, set before the action (tokens start..end), that the parse attaches to it:
    "In 2024, the Department of State designated X", "The Treasury, two years ago, designated X"; with `after`, a
    date after it as well ("sanctioned three firms in 2019"). The date's head chain must reach the action's tokens
    before it reaches another verb, so a date of another clause of the sentence ("In 2024 State designated A, and
    today OFAC is designating B") stays with its own verb."""
    for ent in [*sentence_entities(sent.doc, sent.start, sent.end), *fiscal_spans(sent)]:
        if (ent.start >= start - 3 and not after) or not may_date_an_action(sent, ent) or not before_release_year(release, ent.text):
            continue  # only a date set before the action, unless `after`
        tok = ent.root
        for _ in range(8):
            if start <= tok.i < end:
                return ent
            if tok.head is tok or (tok.pos_ in VERBS and tok is not ent.root) or not sent.start <= tok.head.i < sent.end:
                break
            tok = tok.head
    return None


def before_release_year(release: str | None, text: str) -> bool:
    """The date names a time before the release's year: a year under it ("2024"), "last year", "two years ago"; or,
    in the release's year, a time before the release: "earlier this year", "last Tuesday", "on May 2" in a release of
    May 20 (P3, tenth session: these were dated the release's day, `current: true`)."""
    if _YEARS_BEFORE.search(text):
        return True
    years = [int(y) for y in _YEAR.findall(text)]
    if (fiscal := fiscal_year(text)) is not None:  # "FY2023", "FY 23": a fiscal year ends in its own year or before
        years = [fiscal]
    release_year = int(release[:4]) if release and release[:4].isdigit() else None
    if bool(years) and release_year is not None and max(years) < release_year:
        return True
    return before_release(text, release)
