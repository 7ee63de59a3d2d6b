"""Posts whose head the title lexicon lacked though the gold roles name them, twenty-sixth session (TL; invented
texts): military and police ranks held in a force, the chargé d'affaires of a mission, and jobs and offices at a
body (fellow, consultant, registrar, COO, bishop). Without the head there is no title, so no rule reads the post."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person, body, role", [
    ("Dario Menst, a former sergeant in the Velmar National Guard, commands the gang's gunmen.",
     "Dario Menst", "Velmar National Guard", "sergeant"),
    ("Tomas Irvell, a captain in the Velmar Armed Forces, sold rifles to the gang.",
     "Tomas Irvell", "Velmar Armed Forces", "captain"),
    ("Anton Serek, a retired major of the Velmar Army, moved the cash.", "Anton Serek", "Velmar Army", "major"),
], ids=["sergeant", "captain", "major"])
def test_a_rank_in_a_force_is_a_post(extract, facts, text, person, body, role):
    facts([r for r in extract(text) if r["subject"]["name"] == person], {(HR, person, body, role)}, kinds=(HR,))


def test_a_charge_d_affaires_heads_the_mission_in_the_singular(extract, facts):
    text = "Lena Vosk, the chargé d'affaires at the Velmar Embassy in Tessa, protested the action."
    facts([r for r in extract(text) if r["subject"]["name"] == "Lena Vosk"],
          {(HR, "Lena Vosk", "Velmar Embassy in Tessa", "chargé d'affaires")}, kinds=(HR,))


@pytest.mark.parametrize("text, person, body, role", [
    ("Dr. Ilse Marn, a senior fellow at the Orvel Institute for Security Studies, said the measures would work.",
     "Ilse Marn", "Orvel Institute for Security Studies", "senior fellow"),
    ("Piet Harro, who is now a consultant at Brannock Compliance Partners, said the rules were clear.",
     "Piet Harro", "Brannock Compliance Partners", "consultant"),
    ("Olga Treml, the acting registrar of the Velmar Supreme Court, signed the order.",
     "Olga Treml", "Velmar Supreme Court", "acting registrar"),
    ("Sam Orrin, the COO of Tessaline Bank, approved the transfers.", "Sam Orrin", "Tessaline Bank", "COO"),
    ("Ivo Dask, the Bishop of the Velmar Orthodox Church, blessed the militia.",
     "Ivo Dask", "Velmar Orthodox Church", "Bishop"),
], ids=["fellow", "consultant", "registrar", "coo", "bishop"])
def test_a_job_or_office_at_a_body_is_a_post(extract, facts, text, person, body, role):
    facts([r for r in extract(text) if r["subject"]["name"] == person], {(HR, person, body, role)}, kinds=(HR,))


def test_fellow_and_major_as_adjectives_give_no_post(extract):
    text = ("Ivo Menk told his fellow commanders that the major banks of Tessa had paid. Tessaline Bank is a major "
            "lender.")
    assert not [r for r in extract(text) if r["relation"] == HR]
