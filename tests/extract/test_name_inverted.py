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
