"""Review of VP's relative clauses read over the parse (RVP, thirty-second session; invented names;
`extract/roles_relative_parse.py`): a verb coordinated with the clause's verb but with a subject of its own states no
post of the first subject, and the clause's subject must be the person, not a relative of the person."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
OPENING = "Dorin Kalvas is a trader. OFAC is also designating Vornik Trading LLC, a Moscow-based company that "


@pytest.mark.parametrize("text", [
    pytest.param(OPENING + "Dorin Kalvas founded in 2019 and that his son now runs.", id="second-relative-own-subject"),
    pytest.param(OPENING + "Dorin Kalvas founded in 2019 and his son now runs.", id="coordinated-verb-own-subject"),
])
def test_a_coordinated_verb_with_its_own_subject_is_not_the_founders(extract, facts, text):
    """"that X founded ... and that his son now runs": X is the founder, not the head (the son runs it)."""
    facts(extract(text), {(HR, "Dorin Kalvas", "Vornik Trading LLC", "founder")}, kinds=(HR,))
