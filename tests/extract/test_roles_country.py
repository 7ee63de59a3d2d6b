"""roles.v1: a head of state or state post named without a country is a post in the government of the release's one
country; a release naming several countries gives no body (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
LEAD = "WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Tomas Brandt"


@pytest.mark.parametrize("text, expected", [
    pytest.param(LEAD + " for corruption in Burundi. The reforms pursued by President Venn have stalled.",
                 {(HR, "Venn", "Government of Burundi", "President")}, id="one-word-name"),
    pytest.param(LEAD + " for corruption in Liberia. Brandt, a businessman, funded the campaign of President Aldo Venn.",
                 {(HR, "Aldo Venn", "Government of Liberia", "President")}, id="full-name"),
    pytest.param(LEAD + " for corruption in Nicaragua. The son of President Venn and Vice President Rosa Marl, Brandt "
                 "controls the gold trade.",
                 {(HR, "Venn", "Government of Nicaragua", "President"),
                  (HR, "Rosa Marl", "Government of Nicaragua", "Vice President")}, id="president-and-vice-president"),
    pytest.param(LEAD + ". Brandt plotted against Moldovan Prime Minister Rosa Marl.",
                 {(HR, "Rosa Marl", "Government of Moldova", "Prime Minister")}, id="adjective-the-model-misses"),
    pytest.param(LEAD + " for selling arms in Liberia and Ghana. Brandt met President Aldo Venn in 2021.", set(),
                 id="two-countries-no-guess"),
    pytest.param(LEAD + ". The reforms pursued by President Venn have stalled.", set(), id="no-country-no-guess"),
    pytest.param(LEAD + " for smuggling Burundian gold.\n\n\"As President Venn has made clear, we will follow the money,\" said "
                 "Treasury Secretary Ada Kell.", {(HR, "Ada Kell", "U.S. Department of the Treasury", "Treasury Secretary")},
                 id="country-not-named-in-the-paragraph"),
])
def test_head_of_state_in_the_release_country(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


def test_two_posts_and_the_head_they_serve(extract, facts):
    """"X is Minister of State for A and Chief of Staff to President Y": both of X's posts and Y's, in the one country."""
    relations = extract(LEAD + " for bribery in Liberia. Brandt is Minister of State for Presidential Affairs and Chief of "
                        "Staff to President Aldo Venn.")
    posts = {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in relations if r["relation"] == HR}
    assert posts == {("Tomas Brandt", "Government of Liberia", "Minister of State for Presidential Affairs"),
                     ("Tomas Brandt", "Government of Liberia", "Chief of Staff"),
                     ("Aldo Venn", "Government of Liberia", "President")}


def test_a_post_held_to_a_named_foreign_head(extract, facts):
    """The head's own country decides, even when the release names another: "Chief of Staff to Ecuadorian President Y"."""
    relations = extract(LEAD + " for smuggling arms from Peru. Brandt was Chief of Staff to Ecuadorian President Aldo Venn.")
    facts(relations, {(HR, "Tomas Brandt", "Government of Ecuador", "Chief of Staff"),
                      (HR, "Aldo Venn", "Government of Ecuador", "President")}, kinds=(HR,))


def test_the_us_president_stays_the_us_one(extract, facts):
    """A president whom another sentence shows to be the U.S. one (he signs an Executive Order) gets no foreign
    government, though the release names one other country."""
    relations = extract("WASHINGTON — Today, the U.S. Department of the Treasury acted. President Carter signed an Executive Order ending the national emergency "
                        "with respect to Burundi. President Carter's decision reflects the reforms in Burundi.")
    facts(relations, {(HR, "Carter", "Government of the United States", "President")}, kinds=(HR,))


@pytest.mark.parametrize("adjective, country", [
    ("Moldovan", "Moldova"),  # the model tags the adjective as a person
    ("Guatemalan", "Guatemala"),  # ... as an organization (it was the body "Guatemalan")
    ("Angolan", "Angola"),  # ... as a place
    ("Sri Lankan", "Sri Lanka"),
])
def test_a_nationality_adjective_the_model_mistags(extract, facts, adjective, country):
    """The adjective names the country even in a release naming several, whatever the model tagged it as."""
    relations = extract(LEAD + f" for arms sales in Ghana and Peru. Brandt met {adjective} President Rosa Marl in 2021.")
    facts(relations, {(HR, "Rosa Marl", f"Government of {country}", "President")}, kinds=(HR,))


def test_a_lower_case_post_held_to_a_named_head(extract, facts):
    """"a senior adviser to President Y": the named head decides the body, though the post is not capitalised."""
    relations = extract(LEAD + " for bribery in Liberia. Brandt is a senior adviser to President Aldo Venn.")
    facts(relations, {(HR, "Tomas Brandt", "Government of Liberia", "senior adviser"),
                      (HR, "Aldo Venn", "Government of Liberia", "President")}, kinds=(HR,))


MAIN = (LEAD + " for smuggling gold out of Ecuador. Brandt's refinery in Ecuador bought the gold from mines in Ecuador "
        "that armed groups control, and sold it through a broker in Peru.\n\n")


@pytest.mark.parametrize("text, expected", [
    pytest.param(MAIN + "The government of President Andrés Velko Durán has opened audits of the mines.",
                 {(HR, "Andrés Velko Durán", "Government of Ecuador", "President")}, id="the-government-of"),
    pytest.param(MAIN + "The office of Prime Minister Andrés Velko Durán said it would review the licenses.",
                 {(HR, "Andrés Velko Durán", "Government of Ecuador", "Prime Minister")}, id="the-office-of"),
    pytest.param(MAIN + "Prime Minister Andrés Velko Durán's government has introduced new export rules.",
                 {(HR, "Andrés Velko Durán", "Government of Ecuador", "Prime Minister")}, id="his-government"),
    pytest.param(MAIN + "As President Andrés Velko Durán has made clear, the sanctions will stay.", set(),
                 id="no-government-named"),
])
def test_the_government_of_a_head_in_the_release_main_country(extract, facts, text, expected):
    """"The government of President X", "the office of Prime Minister X", "X's government": the head of a government
    the release speaks of; a release naming several countries gives his the one it names most (R27)."""
    facts(extract(text), expected, kinds=(HR,))
