"""holds_role stated by a career verb ("worked / served as ...") of a name apposed to its sentence's subject (issue 13,
thirty-second session, VP; invented names; `extract/roles_employment._person_verbs`)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Vornik Gold's general manager, Sudanese national Omer Talal, is a brother-in-law of a senior militia "
                 "commander and previously worked as a finance officer at the Central Bank of Sudan.",
                 {(HR, "Omer Talal", "Central Bank of Sudan", "finance officer")}, id="apposed-to-the-subject"),
    pytest.param("Vornik Gold's general manager, Sudanese national Omer Talal, is a cousin of a senior militia commander "
                 "and previously worked as chief engineer of Kestrel Mining LLC.",
                 {(HR, "Omer Talal", "Kestrel Mining LLC", "chief engineer")}, id="title-of-the-body"),
    pytest.param("The firm's director, Omer Talal, is married to a minister's daughter and previously served as deputy "
                 "head of Kestrel Mining LLC.",
                 {(HR, "Omer Talal", "Kestrel Mining LLC", "deputy head")}, id="served-as-title-of-the-body"),
])
def test_career_verbs_of_a_described_name(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text", [
    pytest.param("His brother, Omer Talal, has worked with the Central Bank of Sudan on the transfers.",
                 id="kin-apposed-to-the-subject-worked-with"),
    pytest.param("Omer Talal, an associate of Dorin Kalvas, who worked with Vornik Bank, moved the funds.",
                 id="associate-worked-with"),
])
def test_career_verbs_that_state_no_post(extract, facts, text):
    """A partner, an owner or a relative of a body's people holds no post at it, however the name is described."""
    facts(extract(text), set(), kinds=(HR,))


def test_career_posts_of_an_apposed_name_are_former(extract):
    """"previously worked as": a post left."""
    relations = extract("Vornik Gold's general manager, Sudanese national Omer Talal, is a cousin of a senior militia "
                        "commander and previously worked as chief engineer of Kestrel Mining LLC.")
    assert [(r["object"]["name"], r["current"]) for r in relations if r["relation"] == HR] == [("Kestrel Mining LLC", False)]
