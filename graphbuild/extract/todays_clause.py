"""Does a clause state an action of the release's day? One test for the two rules that read a describing clause as
background ("Y, which the State Department designated in 2021", "Y, which it had removed in April"): a clause of
today's action ("which OFAC designated today", "a firm that OFAC removed from the SDN List this morning", "which
Treasury concurrently designated") is the release's own action, not its background. acting_subject.describes_antecedent
(D21, V9 item 2) and removals.removed_today_in_description (P13, F4 item 5) each had a word set of their own that
drifted apart (F4 item 8: "this morning" counted for one, "concurrently" for the other). Issue 13, M44."""
from __future__ import annotations

from spacy.tokens import Token

__all__ = ["ALONGSIDE_ADVERBS", "SAME_DAY_NOUNS", "TODAY", "states_todays_action"]

TODAY = "today"
#: Nouns of a part of the release's day after "this" ("this morning").
SAME_DAY_NOUNS = frozenset({"morning", "afternoon", "evening"})
#: Adverbs tying an action to the release's own ("which Treasury concurrently designated").
ALONGSIDE_ADVERBS = frozenset({"concurrently", "simultaneously"})


def states_todays_action(clause: Token) -> bool:
    """The clause `clause` heads says its action is of the release's day: "today", "this morning/afternoon/evening",
    "concurrently", "simultaneously" among its words. ("today's" is two tokens, so "today" covers it.)"""
    doc = clause.doc
    return any(t.lower_ == TODAY or t.lower_ in ALONGSIDE_ADVERBS
               or t.lower_ in SAME_DAY_NOUNS and t.i > 0 and doc[t.i - 1].lower_ == "this" for t in clause.subtree)
