"""roles.v1: one test (or parametrized case) per pattern of the module docstring, each on a short text written for it.

Every test asserts the exact set of scored facts (holds_role and designated_by) an analyst would record,
as (relation, subject name, object name, role). A role given as a tuple lists accepted variants of one post.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
TREASURY = "U.S. Department of the Treasury"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "On Tuesday, Deputy Minister of Finance Alexei Moiseev met with bank executives in Moscow.",
        {(HR, "Alexei Moiseev", "Ministry of Finance", "Deputy Minister of Finance")},
        id="deputy-minister-implies-ministry"),
    pytest.param(
        "Deputy Minister of Defense Timur Ivanov was detained in Moscow on corruption charges.",
        {(HR, "Timur Ivanov", "Ministry of Defense", "Deputy Minister of Defense")},
        id="deputy-minister-of-defense"),
    pytest.param(
        "Rosneft Chief Executive Igor Sechin signed the supply agreement in Beijing.",
        {(HR, "Igor Sechin", "Rosneft", "Chief Executive")},
        id="org-prefixed-title"),
])
def test_prenominal_title(extract, facts, text, expected):
    facts(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Herman Gref, the chief executive of Sberbank, said the bank would comply with the new rules.",
        {(HR, "Herman Gref", "Sberbank", "chief executive")},
        id="company"),
    pytest.param(
        "Valentina Matviyenko, the Chairperson of the Federation Council, criticized the decision.",
        {(HR, "Valentina Matviyenko", "Federation Council", "Chairperson")},
        id="public-body"),
])
def test_appositive_after_name(extract, facts, text, expected):
    facts(extract(text), expected)


def test_appositive_before_name(extract, facts):
    text = "The head of the Wagner Group, Yevgeny Prigozhin, denied the accusations on his messaging channel."
    facts(extract(text), {(HR, "Yevgeny Prigozhin", "Wagner Group", "head")})


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Iran's Minister of the Interior, Ahmad Vahidi, ordered the police to break up the gatherings.",
        {(HR, "Ahmad Vahidi", "Iran's Ministry of the Interior", "Minister of the Interior")},
        id="iran-interior"),
    pytest.param(
        "Russia's Minister of Foreign Affairs, Sergey Lavrov, told reporters that the talks had stalled.",
        {(HR, "Sergey Lavrov", "Russia's Ministry of Foreign Affairs", "Minister of Foreign Affairs")},
        id="russia-foreign-affairs"),
])
def test_possessive_country_title_implies_that_countrys_ministry(extract, facts, text, expected):
    facts(extract(text), expected)


@pytest.mark.parametrize("text, expected, current", [
    pytest.param(
        "Elvira Nabiullina is the Governor of the Central Bank of Russia.",
        (HR, "Elvira Nabiullina", "Central Bank of Russia", "Governor"), True, id="is"),
    pytest.param(
        "Herman Gref serves as the chief executive of Sberbank.",
        (HR, "Herman Gref", "Sberbank", "chief executive"), True, id="serves-as"),
    pytest.param(
        "Sergei Chemezov previously served as the director of Rosoboronexport.",
        (HR, "Sergei Chemezov", "Rosoboronexport", "director"), False, id="previously-served-as"),
    pytest.param(
        "Vladimir Yakunin was the president of Russian Railways until 2015.",
        (HR, "Vladimir Yakunin", "Russian Railways", "president"), False, id="was-until"),
])
def test_copula_and_service_verbs(extract, facts, pick, show, text, expected, current):
    relations = extract(text)
    facts(relations, {expected})
    assert pick(relations, HR, expected[1], expected[2])["current"] is current, show(relations)


def test_possessor_title_is_person(extract, facts):
    text = "Belaruskali's general director is Ivan Golovaty."
    facts(extract(text), {(HR, "Ivan Golovaty", "Belaruskali", "general director")})


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Alexander Bortnikov, who heads the Federal Security Service, attended the meeting.",
        {(HR, "Alexander Bortnikov", "Federal Security Service", "head")}, id="heads"),
    pytest.param(
        "Igor Sechin, who runs Rosneft, flew to Caracas last week.",
        {(HR, "Igor Sechin", "Rosneft", "head")}, id="runs"),
])
def test_who_heads(extract, facts, pick, show, text, expected):
    relations = extract(text)
    facts(relations, expected)
    (fact,) = expected
    assert pick(relations, HR, fact[1], fact[2])["current"] is True, show(relations)


def test_member_list_after_the_commission_was_named(extract, facts):
    text = ("The Central Election Commission met in Minsk on Friday to prepare the vote. "
            "The president later appointed new members of the commission. "
            "The new members include Marta Kowal, Pavel Drozd and Irina Sokol.")
    facts(extract(text), {
        (HR, "Marta Kowal", "Central Election Commission", "member"),
        (HR, "Pavel Drozd", "Central Election Commission", "member"),
        (HR, "Irina Sokol", "Central Election Commission", "member"),
    })


@pytest.mark.parametrize("text, expected", [
    pytest.param("Rep. Joe Wilson welcomed the decision in a statement.",
                 {(HR, "Joe Wilson", "U.S. House of Representatives", "Representative")}, id="rep"),
    pytest.param("Sen. Ben Cardin called the measures long overdue.",
                 {(HR, "Ben Cardin", "U.S. Senate", "Senator")}, id="sen"),
])
def test_congress_titles_imply_the_chamber(extract, facts, text, expected):
    facts(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "\u201cThis network moved money for the regime's weapons buyers,\u201d said Under Secretary of the Treasury for "
        "Terrorism and Financial Intelligence Brian E. Nelson.",
        {(HR, "Brian E. Nelson", TREASURY,
          ("Under Secretary of the Treasury for Terrorism and Financial Intelligence", "Under Secretary of the Treasury"))},
        id="under-secretary"),
    pytest.param(
        "\u201cWe will keep raising the cost of this war,\u201d said Treasury Secretary Janet L. Yellen.",
        {(HR, "Janet L. Yellen", TREASURY, "Treasury Secretary")},
        id="secretary"),
])
def test_quoted_treasury_official(extract, facts, text, expected):
    facts(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Mikhail Orlov, the son of Pyotr Orlov, attended the ceremony in Sochi.", set(), id="son-of"),
    pytest.param("Ksenia Petrova, the daughter of the Minister of Defense, runs a fitness charity in Moscow.", set(),
                 id="daughter-of-a-minister"),
    pytest.param("Arkady Rotenberg, a longtime associate of Gennady Timchenko, attended the auction.", set(),
                 id="associate-of"),
    pytest.param("Behrouz Parsarad, an Iranian national, was arrested in Istanbul last month.", set(), id="nationality"),
    pytest.param("Ali Karimi, an Iranian national and the director of Sahand Trading Company, was arrested in Istanbul.",
                 {(HR, "Ali Karimi", "Sahand Trading Company", "director")}, id="nationality-beside-a-real-post"),
])
def test_family_association_and_nationality_are_not_roles(extract, facts, text, expected):
    facts(extract(text), expected)
