"""NS (thirty-third session, issue 13): "the government" of a spokesperson's title is the one named just before.

Invented names. A wire story quotes "government spokesperson X" or "X, the government spokesman," after naming the
government a sentence before ("Rwanda rejected the move."); the story names several states, so no post was given.
The post is at the government of the last state the paragraph names before the title outside quotation marks
(government_referent). Kin, a person who only speaks to or works with the spokesperson, a U.S. spokesperson and a
paragraph that names no state keep what they gave before.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
CONGO = "The United States sanctioned two Congolese militia leaders and a Congolese mining firm in eastern Congo on Monday.\n\n"
GEORGIA = "The United States sanctioned a Georgian lender and two Armenian traders on Monday.\n\n"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        CONGO + 'Rwanda rejected the move. "Sanctions will not bring peace to Congo," government spokesperson Aline '
        "Mukeshimana told reporters.",
        {(HR, "Aline Mukeshimana", "Government of Rwanda", "government spokesperson")},
        id="the-state-named-before-not-the-one-quoted-or-most-named"),
    pytest.param(
        "The United States sanctioned a Cypriot trust firm that managed the yacht of a Russian businessman.\n\n"
        "The Cyprus government said it would apply the measures. Stavros Pelidou, the government spokesman, told "
        'reporters that the island "will not be a back door."',
        {(HR, "Stavros Pelidou", "Government of Cyprus", "government spokesman")},
        id="apposed-after-the-name"),
    pytest.param(
        GEORGIA + "Georgia's government welcomed the measures. \"These sanctions confirm what we have said,\" "
        "government spokesman Levan Oduashvili told reporters.",
        {(HR, "Levan Oduashvili", "Government of Georgia", "government spokesman")},
        id="possessive-government-before"),
    pytest.param(
        CONGO + "Rwanda rejected the move. Aline Mukeshimana told government spokesman Eric Habineza that the firm was "
        "hers.",
        {(HR, "Eric Habineza", "Government of Rwanda", "government spokesman")},
        id="the-spokesman-not-the-person-he-is-told"),
])
def test_government_spokesperson_takes_the_government_named_before(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        CONGO + "Rwanda rejected the move. Aline Mukeshimana, the wife of the government spokesman, said the firm was "
        "hers.",
        set(),
        id="kin-of-a-spokesman"),
    pytest.param(
        CONGO + "Rwanda rejected the move. Aline Mukeshimana, who worked with the government spokesman, said the firm "
        "was hers.",
        set(),
        id="worked-with-a-spokesman"),
    pytest.param(
        GEORGIA + '"These sanctions confirm what we have said," government spokesman Levan Oduashvili told reporters.',
        set(),
        id="no-state-named-in-the-paragraph-of-a-release-naming-two"),
    pytest.param(
        "The United States sanctioned a lender in Georgia and two Armenian traders on Monday. \"These sanctions "
        'confirm what we have said," government spokesman Levan Oduashvili told reporters.',
        set(),
        id="a-state-named-in-passing-is-no-antecedent"),
    pytest.param(
        GEORGIA + 'Georgia\'s government welcomed the measures. "We agree," U.S. government spokesman Levan Oduashvili '
        "told reporters.",
        {(HR, "Levan Oduashvili", "United States Government", "spokesman")},
        id="a-us-spokesman-stays-the-us-one"),
])
def test_close_sentences_unchanged(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
