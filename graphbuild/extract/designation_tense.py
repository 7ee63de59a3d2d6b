"""Whether a designation verb speaks of today's action or of an earlier one: "is not being designated today" /
"has not previously been designated"; "X, which is also designated today along with Y" / "X, which was designated
alongside Y". Read by designation_denials (M16) and designation_windows' companions (M45); kept apart so that both
can import it (designation_denials imports designation_windows).
"""
from __future__ import annotations

from spacy.tokens import Token

from .described_dates import EARLIER_ADVERBS

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Words that put a denial on an earlier action ("has not previously been designated", "was not designated before"):
#: such a denial says nothing of today's designation (M16).
EARLIER_DENIAL_WORDS = EARLIER_ADVERBS | {"before", "ever", "yet", "prior"}
#: Auxiliaries of a denial in the present ("is not designated", "are not being designated").
PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "being", "'s", "'re"})


def about_today(verb: Token) -> bool:
    """The verb (a denial's, a relative clause's) is of today's action: present or progressive ("is not being
    designated"), or "today" hangs on the verb; never with "previously/before/ever/yet" or a date of its own ("was not designated in 2019") (M16)."""
    if about_earlier(verb):
        return False
    words = [c for c in verb.children if c.dep_ not in SUBJECTS]
    return any(c.lower_ == "today" for c in words) or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in PRESENT_AUXILIARIES for c in words)


def about_earlier(verb: Token) -> bool:
    """The denial speaks of the past: "previously/before/ever/yet/prior" or a date of its own hangs on the verb ("has
    not previously been designated", "was not sanctioned in 2019"), not "today" (M16, D19)."""
    words = [c for c in verb.children if c.dep_ not in SUBJECTS]
    if any(c.lower_ in EARLIER_DENIAL_WORDS for c in words):
        return True
    return any(t.lower_ != "today" and (t.ent_type_ == "DATE" or t.like_num and len(t.text) == 4)
               for c in words if c.dep_ in {"prep", "npadvmod", "advmod", "advcl"} for t in c.subtree)
