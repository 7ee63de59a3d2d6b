""""Y, a company financing militia operations": a gerund after the description's noun opens a participle clause, whose
object is no name of Y (thirty-third session, review of DS's cdb0443; invented texts).

cdb0443 let a gerund or a plural noun continue a description's compound ("a drug trafficking gang": a gang). After a
noun the phrase already reached, the same gerund opens a clause ("a company financing militia operations"), and the
compound's new last noun ("militia", "gang", "party") described Y: "the militia's commander" went to the company, and
a second body of the noun left "the party's chairman" unresolved. Through a gerund or a plural, the head is taken only
when it is a noun of a body's kind that ends the phrase; otherwise the noun read before it stays."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON — Today, OFAC designated **Varnetta Commerce**, a company financing militia operations in the east."
     "\n\n**Lemar Tosk Ivarsen** is the militia's commander.", set()),
    ("WASHINGTON — Today, OFAC designated **Varnetta Commerce**, a firm supplying gang members with rifles.\n\n"
     "**Lemar Tosk Ivarsen** is the gang's leader.", set()),
    ("WASHINGTON — Today, OFAC designated **Varnetta Commerce**, a company running party finances, and the Unity "
     "Party.\n\n**Lemar Tosk Ivarsen** is the party's chairman.",
     {(HR, "Lemar Tosk Ivarsen", "Unity Party", "chairman")}),
], ids=["militia-operations", "gang-members", "party-finances"])
def test_the_object_of_a_participle_describes_no_body(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))


def test_the_compound_keeps_its_head_beside_a_participle(extract, facts):
    text = ("WASHINGTON — Today, OFAC designated **La Banda del Puerto**, a drug trafficking gang, and **Kestrel "
            "Holdings**, a firm supplying militia members with rifles.\n\n**Lemar Tosk Ivarsen** is the gang's top "
            "leader. **Ciro Vance Oduya** is the militia's commander.")
    facts(extract_markdown(extract, text), {(HR, "Lemar Tosk Ivarsen", "La Banda del Puerto", "top leader")},
          kinds=(HR,))
