"""roles.v1: posts in Treasury-style releases the rules missed, fourteenth session (issue 13, R30; invented texts).

- "X has worked for Y (Y'), <description>, as a shipping coordinator": a title of the lexicon with no body of its
  own after "as" is held at the body worked for (the job rule read only nouns outside the lexicon);
- "X is a Ghanaian national who has worked for Y as a weapons smuggler": the relative clause on the copula's
  complement describes X, the subject;
- "X, who leads the cartel's logistics cell": a head verb whose object is a unit of the body "the cartel" refers back
  to gives the post at that body (a lower-case unit noun) or at the unit named ("the police's Western Directorate");
- "Its managing director is Russian national X": the holder after a nationality or a describing noun."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person, body, role", [
    ("Piet Olander Vos (Vos) has worked for the Halden Maritime Bureau (HMB), the country's port authority, as a "
     "shipping coordinator, directing proceeds from fuel sales into accounts controlled by the HMB.", "Piet Olander Vos",
     "Halden Maritime Bureau", "shipping coordinator"),
    ("Kofi Mensah Addo is a Ghanaian national who has worked for the Volta Ridge Cartel as a weapons smuggler, moving "
     "rifles across the border.", "Kofi Mensah Addo", "Volta Ridge Cartel", "weapons smuggler"),
    ("The Sierra Cartel moves cocaine through Sonora. Tomas Reyes Vidal, who leads the cartel's logistics cell in "
     "Hermosillo, arranges the trucks.", "Tomas Reyes Vidal", "Sierra Cartel", "leader of the logistics cell"),  # the cell's head (M12)
    ("Vostok Freight Ltd charters tankers. Its director is retired army officer Ivan Petrovich Sokolov.",
     "Ivan Petrovich Sokolov", "Vostok Freight Ltd", "director"),
], ids=["worked-for-as-title", "national-who-worked-for", "leads-the-cartels-cell", "is-described-name"])
def test_a_post_written_in_a_treasury_release(extract, facts, text, person, body, role):
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))


def test_the_holder_after_a_nationality(extract, facts):
    text = ("Orbit Crest Trading FZE buys aircraft parts. Its managing director is Russian national Timur Olegovich "
            "Vasnev (Vasnev), a former employee of Velmora Avionics.")
    facts(extract(text), {(HR, "Timur Olegovich Vasnev", "Orbit Crest Trading FZE", "managing director"),
                          (HR, "Timur Olegovich Vasnev", "Velmora Avionics", "employee")}, kinds=(HR,))


@pytest.mark.parametrize("text", [
    "The Sierra Cartel moves cocaine through Sonora. Tomas Reyes Vidal runs the cartel's accounts in Hermosillo.",
    "Kofi Mensah Addo is a Ghanaian national who has worked with the Volta Ridge Cartel as a weapons smuggler.",
    "Vostok Freight Ltd charters tankers. Its director is the son of Ivan Petrovich Sokolov.",
], ids=["runs-the-cartels-accounts", "national-who-worked-with", "director-is-son-of"])
def test_no_post_where_none_is_written(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))


@pytest.mark.parametrize("text, deputy, body, principal", [
    ("The Tarsk Naval Command seizes tankers. Parviz Karimi Dastan commands the Tarsk Naval Command. His deputy, "
     "Brigadier General Navid Sanjar Rahimi, commanded the boarding teams.", "Navid Sanjar Rahimi", "Tarsk Naval Command",
     ("Parviz Karimi Dastan", "commander")),
    ("The Brightwater Relief Association is a charity. Lorin Vasel Tahiri founded and directs the Brightwater Relief Association. "
     "Tahiri's deputy at the charity, Dren Kolami, is not designated today.", "Dren Kolami", "Brightwater Relief Association",
     ("Lorin Vasel Tahiri", "director")),
    ("Rustam Karim Usmonov is the head of the Vakhsh Detention Facility No. 4. Oybek Saidovich Temirov (Temirov), Usmonov's "
     "deputy for security, supervised the guards.", "Oybek Saidovich Temirov", "Vakhsh Detention Facility No. 4",
     ("Rustam Karim Usmonov", "head")),
], ids=["rank-before-deputy", "deputy-at-the-body", "name-then-deputy"])
def test_a_deputy_written_around_a_rank_a_place_or_before(extract, facts, text, deputy, body, principal):
    """The deputy serves at the body the person deputised heads (`roles_deputy`): past a rank and its force before
    the name, past the place of the deputy before the comma, or named before "A's deputy"."""
    facts(extract(text), {(HR, deputy, body, "deputy"), (HR, principal[0], body, principal[1])}, kinds=(HR,))


@pytest.mark.parametrize("text, person, body, role", [
    ("Sunrise Welfare Trust (SWT), based in Lahore, presents itself as a charity. It is headed by Nadeem Akhtar "
     "Sheikh (Sheikh), who also sits on the group's council.", "Nadeem Akhtar Sheikh", "Sunrise Welfare Trust", "head"),
    ("Silver Tern Trading Limited, a Hong Kong company, received payments from front companies. It is directed by "
     "Lau Kin Ming, a Hong Kong resident.", "Lau Kin Ming", "Silver Tern Trading Limited", "director"),
], ids=["it-is-headed-by", "it-is-directed-by"])
def test_it_opening_a_passive_is_the_previous_subjects_body(extract, facts, text, person, body, role):
    """"It is headed by X" opening a sentence: the body the previous sentence's subject names (R30)."""
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))


def test_it_with_no_body_in_the_previous_subject_gives_no_post(extract, facts):
    facts(extract("The smuggling scheme moved fuel through Basra. It was run by Ali Hassan Karimi."), set(), kinds=(HR,))
