"""roles.v1 with "the group" / "the cartel" as the body of a post: the named body of that kind, not
merely the last organization before it (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "OFAC is designating six members of the Zorvath group, a ransomware gang based in Ruritania. "
        "Pavel Drenko bought servers from Kestrel Ventures LLC. Ivan Morstal was a manager with the group, "
        "overseeing payroll.",
        {(HR, "Ivan Morstal", "Zorvath group", "manager")}, id="group-named-before-a-company"),
    pytest.param(
        "The Brasca Cartel moves cocaine through Veridia. Tomas Ferro bought boats from Kestrel Ventures LLC. "
        "Luis Andra is a senior member of the cartel.",
        {(HR, "Luis Andra", "Brasca Cartel", "senior member")}, id="cartel-named-before-a-company"),
])
def test_the_group_is_the_body_named_with_that_noun(extract, facts, text, expected):
    """A later company is no antecedent of "the group": the body whose name holds the noun is."""
    facts(extract(text), expected, kinds=(HR,))


def test_the_cartel_without_a_named_cartel_gives_no_post(extract, facts):
    """"the cartel" never falls back to the last organization of another kind."""
    text = "Tomas Ferro bought boats from Kestrel Ventures LLC. Luis Andra is a senior member of the cartel."
    facts(extract(text), set(), kinds=(HR,))
