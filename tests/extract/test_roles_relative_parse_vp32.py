"""holds_role stated by a head verb in a relative clause on a body, read over the dependency parse (issue 13,
thirty-second session, VP; invented names; `extract/roles_relative_parse.py`)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Dorin Kalvas is a trader. OFAC is also designating Vornik Trading LLC, a Moscow-based company that "
                 "Dorin Kalvas founded in 2025 after he sold his Slovak holdings.",
                 {(HR, "Dorin Kalvas", "Vornik Trading LLC", "founder")}, id="place-based-company-that-x-founded"),
    pytest.param("Dorin Kalvas is a trader. The Treasury also sanctioned Vornik Transfer LLC, a Dushanbe money transfer "
                 "business that Dorin Kalvas manages and that Treasury said moved the bribes.",
                 {(HR, "Dorin Kalvas", "Vornik Transfer LLC", "manager")}, id="place-noun-business-that-x-manages"),
    pytest.param("Dorin Kalvas is a former minister. The United States sanctioned him in 2023, along with Vornik Energy "
                 "SAL, a Beirut-based fuel trading company he founded.",
                 {(HR, "Dorin Kalvas", "Vornik Energy SAL", "founder")}, id="pronoun-reduced-relative"),
    pytest.param("Dorin Kalvas built his fortune at Vornik Holding, the potash and nitrogen producer he founded in 1998 "
                 "and chaired until 2022.",
                 {(HR, "Dorin Kalvas", "Vornik Holding", "founder"), (HR, "Dorin Kalvas", "Vornik Holding", "chairman")},
                 id="coordinated-nouns-and-verbs"),
    pytest.param("Dorin Kalvas is a property developer. OFAC is designating Vornik Housing Ltd., the development "
                 "company Kalvas chairs.",
                 {(HR, "Dorin Kalvas", "Vornik Housing Ltd.", "chairman")}, id="verb-tagged-a-plural-noun"),
])
def test_head_verb_in_a_relative_clause_on_a_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


def test_past_chair_is_former_and_founder_stays(extract):
    """"founded in 1998 and chaired until 2022": the founder stays the founder; the chair was left."""
    relations = extract("Dorin Kalvas built his fortune at Vornik Holding, the potash and nitrogen producer he founded "
                        "in 1998 and chaired until 2022.")
    current = {r["role"]: r["current"] for r in relations if r["relation"] == HR}
    assert current == {"founder": True, "chairman": False}


@pytest.mark.parametrize("text", [
    pytest.param("Dorin Kalvas is a trader. OFAC is also designating Vornik Trading LLC, a Moscow-based company that "
                 "Dorin Kalvas owns.", id="ownership-without-a-title"),
    pytest.param("Dorin Kalvas is a trader. OFAC is also designating Vornik Trading LLC, a Moscow-based company that "
                 "Dorin Kalvas's brother founded.", id="kin-founded-it"),
    pytest.param("Dorin Kalvas is a trader. OFAC is also designating Vornik Trading LLC, a Moscow-based company that "
                 "Dorin Kalvas worked with.", id="worked-with"),
    pytest.param("Dorin Kalvas is a trader. OFAC is also designating Vornik Trading LLC, a Moscow-based company that "
                 "hired Dorin Kalvas in 2020.", id="the-body-is-the-subject"),
    pytest.param("Dorin Kalvas is a trader. OFAC is also designating Vornik Trading LLC, a Moscow-based company that "
                 "Dorin Kalvas directed to transfer the funds.", id="an-order-given-to-the-body"),
    pytest.param("Dorin Kalvas is a trader. OFAC is also designating Vornik Trading LLC, a Moscow-based company that "
                 "Dorin Kalvas leads a campaign against.", id="the-verb-has-its-own-object"),
    pytest.param("Dorin Kalvas is a trader. OFAC is also designating Vornik Housing Ltd., the development company "
                 "Kalvas owns.", id="owns-tagged-a-plural-noun"),
])
def test_relative_clauses_that_state_no_post(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))
