"""WB (thirty-third session, issue 13): a body's name whose field goes on after "and" is one body.

Invented names. The small model cuts "the Federal Agency for Fisheries and Ocean Transport" into "Federal Agency for
Fisheries" and an organization "Ocean Transport", and "... National Agency for Food and Drug Administration and
Control" before "Control": each piece held a post (a false post at a body the text never names, and the true post
lost). `nlp/name_bodies.cut_body_runs` (`_headless_tail`) joins a last piece of one to three capitalised words with no
head noun to the body before "and". NM's `nlp/name_coordinated.py` reads the head-less first piece ("the National
Anti-Mafia and Anti-Terrorism Directorate"). Two bodies coordinated ("the Ministry of Finance and the Central Bank",
"the Sarafand Ports Authority, and Customs Directorate") stay two.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "- Marina Olegovna Tikhonova, deputy head of the Federal Agency for Fisheries and Ocean Transport "
        "(Rosrybtrans);",
        {(HR, "Marina Olegovna Tikhonova", "Federal Agency for Fisheries and Ocean Transport", "deputy head")},
        id="for-field-and-tail"),
    pytest.param(
        "Chukwudi Emeka Obi, a former deputy director of Nigeria's National Agency for Food and Drug Administration "
        "and Control, accepted monthly payments.",
        {(HR, "Chukwudi Emeka Obi", "National Agency for Food and Drug Administration and Control", "deputy director")},
        id="and-tail-after-a-whole-body"),
])
def test_coordinated_field_is_one_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Oleg Petrovich Zimin, an adviser to the Ministry of Finance and the Central Bank of Arvania, approved the loans.",
        {(HR, "Oleg Petrovich Zimin", "Ministry of Finance", "adviser")},
        id="two-bodies-with-the"),
    pytest.param(
        "Kamal Yusuf Darwish, the chairman of the Sarafand Ports Authority, and Customs Directorate inspectors met the "
        "buyers in March.",
        {(HR, "Kamal Yusuf Darwish", "Sarafand Ports Authority", "chairman")},
        id="a-whole-body-then-and-another-body"),
    pytest.param(
        "Pavel Igorevich Sedov, deputy head of the Federal Agency for Fisheries and Nordmor, signed the deal. Nordmor "
        "shipped the cargo in May.",
        {(HR, "Pavel Igorevich Sedov", "Federal Agency for Fisheries", "deputy head"),
         (HR, "Pavel Igorevich Sedov", "Nordmor", "deputy head")},
        id="a-firm-named-again-is-a-body-of-its-own"),
    pytest.param(
        "Arkady Semenov Volkov, a deputy director of the Federal Service for Security and Vardpol, arranged the "
        "shipments.",
        {(HR, "Arkady Semenov Volkov", "Federal Service for Security", "deputy director"),
         (HR, "Arkady Semenov Volkov", "Vardpol", "deputy director")},
        id="a-one-word-body-after-and-is-a-body-of-its-own"),
    pytest.param(
        "Marina Olegovna Tikhonova, deputy head of the Federal Agency for Fisheries, met Ivan Sergeyevich Orlov and "
        "Ocean Transport executives in Moscow.",
        {(HR, "Marina Olegovna Tikhonova", "Federal Agency for Fisheries", "deputy head")},
        id="no-and-right-after-the-name"),
])
def test_close_texts_keep_their_bodies(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
