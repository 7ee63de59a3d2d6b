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
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..nlp.mention import WEEKDAY_NAMES
from ..resolve.dates import normalize_date, parse_anchor

DESCRIBING = frozenset({"acl", "relcl"})
VERBS = frozenset({"VERB", "AUX"})


def _first_verb(ent: Span) -> Token | None:
    tok = ent.root
    for _ in range(12):
        if tok.head.i == tok.i:
            return None
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
        verb = _first_verb(ent)
        if verb is not None and verb.i == trigger.i and ent.start > trigger.i:
            out.append(ent)
    return out


#: Adverbs that make the action an earlier one when they hang on its verb ("was previously designated"); also the
#: base of `authority.EARLIER_WORDS` and `designations.PAST_MARKERS`.
EARLIER_ADVERBS = frozenset({"previously", "already", "formerly", "originally", "earlier"})
EARLIER_ADJECTIVES = frozenset({"earlier", "prior", "previous"})
#: Nouns of an action an "earlier"/"prior" can date ("in an earlier action", "a prior tranche"); not
#: `designation_denials.DENIED_ACTION_NOUNS` (what a release says it announces none of).
EARLIER_ACTION_NOUNS = frozenset({"action", "actions", "designation", "designations", "round", "tranche"})


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


def dates_a_description(ent: Span, trigger: Token) -> bool:
    """The DATE `ent` hangs on a verb other than `trigger` in a clause describing a noun, below the action."""
    verb = _first_verb(ent)
    if verb is None or verb.i == trigger.i:
        return False
    tok = verb
    for _ in range(12):
        if tok.i == trigger.i:
            return False
        if tok.dep_ in DESCRIBING:
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
