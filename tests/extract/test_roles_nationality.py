"""roles.v1: "X is a <nationality> national and is the chairman of Y", and a post "of KBPG" where KBPG is an
acronym the document defined but the model left untagged (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
GROUP = "Kestrel Byain Phyu Group of Companies"
TEXT = (f"{GROUP} (KBPG) is a Ruritanian holding company. "
        "Lev Krasko is a Ruritanian national and is the chairman of KBPG.")


def test_a_nationality_before_the_post_keeps_the_copula(extract, facts):
    """The nationality clause between the name and "is the chairman" does not break the link."""
    relations = extract("Lev Krasko is a Ruritanian national and is the chairman of Tarsk Line Company Limited.")
    facts(relations, {(HR, "Lev Krasko", "Tarsk Line Company Limited", "chairman")}, kinds=(HR,))


def test_a_nationality_and_another_verb_is_no_post(extract, facts):
    """"X is a national and lives with the director of Y": the director is someone else."""
    relations = extract("Lev Krasko is a Ruritanian national and lives in Veridia with the director of Tarsk Line Company Limited.")
    facts(relations, set(), kinds=(HR,))


def test_an_untagged_defined_acronym_names_the_body(nlp):
    """The model's entity for "KBPG" is removed before the rules run: the defined acronym still names the group."""
    doc = nlp.make_doc(TEXT)
    doc.user_data["gb_meta"] = {}
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            doc.ents = [e for e in doc.ents if e.text != "KBPG"]
            assert "KBPG" not in {e.text for e in doc.ents}
    found = {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in doc._.relations if r["relation"] == HR}
    assert found == {("Lev Krasko", GROUP, "chairman")}


@pytest.mark.parametrize("text, expected", [
    pytest.param("Lev Krasko served as Director of the U.S.-designated Tarsk Munitions Bureau from 2018 to 2021.",
                 {(HR, "Lev Krasko", "Tarsk Munitions Bureau", "Director")}, id="one-token-modifier"),
    pytest.param("Lev Krasko served as Director of the UK-sanctioned Tarsk Munitions Bureau.",
                 {(HR, "Lev Krasko", "Tarsk Munitions Bureau", "Director")}, id="sanctioned-modifier"),
])
def test_a_designated_modifier_before_the_body(extract, facts, text, expected):
    """"Director of the U.S.-designated Y": the tokenizer keeps the modifier as one word; Y is still the body."""
    facts(extract(text), expected, kinds=(HR,))
