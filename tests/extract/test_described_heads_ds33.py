""""the gang's top leader" after "Y, a drug trafficking gang": the noun that describes a body where it is first named,
when the description is a compound with a gerund ("drug trafficking", "money laundering", "cattle ranching") or a
plural noun before its head (thirty-third session, DS; invented texts).

`nlp/described_heads._noun_after_appositive` stopped at the first noun a gerund or a plural noun followed, so "a drug
trafficking gang" described Y as a "drug": "the gang's top leader" found no gang, and the post went to a body named
"The gang" or to nobody. The phrase's head is its last noun."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
OPENING = ("WASHINGTON — Today, OFAC designated **La Banda del Puerto**, a drug trafficking gang that controls retail "
           "cocaine sales in Corrientes, and three of its members. ")


@pytest.mark.parametrize("text, expected", [
    (OPENING + "**Ramiro Esteban Quiroga Luna** is the gang's top leader and runs it from prison.",
     {(HR, "Ramiro Esteban Quiroga Luna", "La Banda del Puerto", "top leader")}),
    (OPENING + "OFAC sanctioned the following individuals today:\n\n"
     "- **Ramiro Esteban Quiroga Luna**, the gang's top leader, who runs it from prison; and\n"
     "- **Nélida Beatriz Quiroga Luna**, his sister, who serves as the gang's chief financial operator.",
     {(HR, "Ramiro Esteban Quiroga Luna", "La Banda del Puerto", "top leader"),
      (HR, "Nélida Beatriz Quiroga Luna", "La Banda del Puerto", "chief financial operator")}),
    (OPENING + "**Ramiro Esteban Quiroga Luna** sold trucks to the gang's members.", set()),
    (OPENING + "**Ramiro Esteban Quiroga Luna**, a cousin of the gang's leader, laundered its cash.", set()),
], ids=["copula", "list-items", "sold-to-its-members", "kin-of-its-leader"])
def test_the_gang_of_a_gerund_compound_description(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))


def test_each_noun_refers_to_the_body_it_describes(extract, facts):
    text = ("WASHINGTON — Today, OFAC designated **La Banda del Puerto**, a drug trafficking gang, and **Paraná Cambios "
            "S.A.**, a money laundering network that moves the gang's cash to Asunción.\n\n**Ramiro Esteban Quiroga Luna** "
            "is the gang's top leader. **Ofelia Benítez Ruiz** is the network's chief accountant.")
    facts(extract_markdown(extract, text), {
        (HR, "Ramiro Esteban Quiroga Luna", "La Banda del Puerto", "top leader"),
        (HR, "Ofelia Benítez Ruiz", "Paraná Cambios S.A.", "chief accountant"),
    }, kinds=(HR,))


def test_a_gerund_before_the_head_noun_of_a_company(extract, facts):
    text = ("WASHINGTON — Today, OFAC designated **Orlo Agropecuaria S.A.**, a cattle ranching company in Beni, and two "
            "people.\n\n**Teodoro Vaca Suárez** purchased cattle from Orlo Agropecuaria S.A. for the network. **Lidia "
            "Arce Mamani** is the company's general manager.")
    facts(extract_markdown(extract, text), {(HR, "Lidia Arce Mamani", "Orlo Agropecuaria S.A.", "general manager")},
          kinds=(HR,))
