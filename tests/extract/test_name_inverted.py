"""nlp/name_inverted: "SURNAME, Given" opening a list line is one person, so the post after it is that person's,
not a fragment's (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
LIST = ("The following persons are designated today:\n\n"
        "KHIN, Aye Mya, the managing director of Golden Tiger Fuels Co., Ltd. and the daughter of a retired general.\n\n"
        "TUN, Zeyar Min, who now works as the logistics manager of Shwe Pyi Marine Services Co., Ltd.\n")


def test_surname_first_holder_is_the_whole_name(extract, facts):
    facts(extract(LIST), {(HR, "KHIN, Aye Mya", "Golden Tiger Fuels Co., Ltd.", "managing director"),
                          (HR, "TUN, Zeyar Min", "Shwe Pyi Marine Services Co., Ltd.", "logistics manager")}, kinds=(HR,))


def test_mentions_of_surname_first_lines(nlp):
    from graphbuild.extract.context import context_of

    doc = nlp(LIST)
    people = [m.text for m in context_of(doc).resolver.mentions if m.label == "PERSON"]
    assert people == ["KHIN, Aye Mya", "TUN, Zeyar Min"]


@pytest.mark.parametrize("text", [
    pytest.param("WASHINGTON, March 3 - The Treasury acted today.", id="dateline"),
    pytest.param("Sanctions were imposed.\nOFAC, Treasury and State acted together.", id="acronyms-in-a-list"),
])
def test_upper_case_openers_that_are_no_surnames(nlp, text):
    from graphbuild.extract.context import context_of

    doc = nlp(text)
    assert not [m for m in context_of(doc).resolver.mentions if m.label == "PERSON"]


CAPITALS = ("The following individuals are designated:\n\n"
            "1. MIN THAN ZAW, Lieutenant General, who serves as the Chief of the Bureau of Air Defence of the Burma military.\n\n"
            "2. THAN HLA (a.k.a. U Than Hla), the Permanent Secretary of the regime-controlled Ministry of Energy. Than Hla "
            "approved the licenses.\n\n"
            "3. GOLDEN TIGER FUELS, a company that imports fuel.\n")


def test_capitalised_names_opening_list_items(extract, facts):
    """Names in capitals after a list number are people when a title or "who" follows, or the name recurs in title
    case; the post after ", who serves as" is the same person's (roles._chained)."""
    facts(extract(CAPITALS), {(HR, "MIN THAN ZAW", "Bureau of Air Defence", "Chief"),
                              (HR, "THAN HLA", "Ministry of Energy", "Permanent Secretary")}, kinds=(HR,))


def test_a_company_in_capitals_is_no_person(nlp):
    from graphbuild.extract.context import context_of

    people = [m.text for m in context_of(nlp(CAPITALS)).resolver.mentions if m.label == "PERSON"]
    assert "GOLDEN TIGER FUELS" not in people and "MIN THAN ZAW" in people


def test_lower_case_field_of_a_minister(extract, facts):
    """"a former deputy minister of industry": the Ministry of Industry (titles._lower_field_end); "minister of state" is a rank."""
    facts(extract("Piotr Hrynko is a former deputy minister of industry who now runs a factory."),
          {(HR, "Piotr Hrynko", "Ministry of Industry", "deputy minister of industry")}, kinds=(HR,))


def test_surname_first_names_read_as_firms_are_people(extract, facts):
    """"- HUANG Zhiqiang, the legal representative of Y": the model reads the name as a firm (retype_surname_first)."""
    text = ("The following persons are designated:\n\n"
            "- HUANG Zhiqiang, the legal representative of Guangzhou Hengyu Trading Co., Ltd., a front company;\n"
            "- KIM Chol-ho, the director of Bureau 313.\n")
    facts(extract(text), {(HR, "HUANG Zhiqiang", "Guangzhou Hengyu Trading Co., Ltd.", "legal representative"),
                          (HR, "KIM Chol-ho", "Bureau 313", "director")}, kinds=(HR,))


@pytest.mark.parametrize("text, name", [
    pytest.param("The tanker HS Veloria loaded oil in the port.", "HS Veloria", id="vessel-prefix"),
    pytest.param("IRGC Navy commanders seized the ship.", "IRGC Navy", id="body-word"),
])
def test_capital_prefixes_that_are_no_surnames(nlp, text, name):
    from graphbuild.extract.context import context_of

    assert name not in [m.text for m in context_of(nlp(text)).resolver.mentions if m.label == "PERSON"]
