"""roles.v1: the post before the name (inverted copula, passive with a title) and which body it is at: "its" of a
later clause when the resolver would jump back over the body its sentence names, a hyphenated kin word between the
copula and the name, and "headed by general manager X" (invented texts, issue 13, H12)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_its_in_a_later_clause_is_the_body_its_sentence_names(extract, facts):
    text = ("Treasury designated Cartel del Pacifico Norte, a drug trafficking organization. OFAC also designated "
            "Transportes Ribera, S.A., a trucking company, which moves narcotics for the cartel; its general manager "
            "is Octavio Luna Berrios.")
    facts(extract(text), {(HR, "Octavio Luna Berrios", "Transportes Ribera, S.A.", "general manager")}, kinds=(HR,))


def test_a_hyphenated_kin_word_between_the_copula_and_the_name(extract, facts):
    for text in ("OFAC designated Lysander Trading Ltd. Its director is Viktor Orlov's brother-in-law, Pavel Dmitrenko.",
                 "OFAC designated Lysander Trading Ltd. and Viktor Orlov. Its director is Orlov's brother-in-law, Pavel Dmitrenko."):
        facts(extract(text), {(HR, "Pavel Dmitrenko", "Lysander Trading Ltd.", "director")}, kinds=(HR,))


def test_headed_by_a_title_then_the_name(extract, facts):
    text = ("OFAC designated Vantor Holdings LLC and Meridian Shipping FZE. 2. Karadeniz Elektronik Ticaret Limited "
            "Sirketi (Karadeniz Elektronik), Izmir, resold radar parts to Meridian Shipping FZE under false invoices. "
            "The company is headed by general manager Yusuf Karaman.")
    facts(extract(text), {(HR, "Yusuf Karaman", "Karadeniz Elektronik Ticaret Limited Sirketi", "general manager")}, kinds=(HR,))


def test_guards_a_title_with_its_own_body_and_a_plain_kin_word(extract, facts):
    """Guards (pass on main too): a title after "by" that names its own body keeps it; "W's nephew, X" as before."""
    facts(extract("OFAC designated Vantor Holdings LLC. The company is run by Deputy Minister of Defense Yusuf Karaman."),
          {(HR, "Yusuf Karaman", "Ministry of Defense", "Deputy Minister of Defense")}, kinds=(HR,))
    facts(extract("OFAC designated Lysander Trading Ltd. and Viktor Orlov. Its director is Orlov's nephew, Pavel Dmitrenko."),
          {(HR, "Pavel Dmitrenko", "Lysander Trading Ltd.", "director")}, kinds=(HR,))


def test_guard_its_keeps_a_body_its_own_sentence_names(extract, facts):
    """Guard: the resolver's body is named in the sentence before "its": kept (passes on main too)."""
    text = ("Treasury designated Orion Tech, a trading organization, and Vela Marine LLC. Orion Tech sold radars to "
            "Vela Marine LLC; its director is Pavel Dmitrenko.")
    facts(extract(text), {(HR, "Pavel Dmitrenko", "Orion Tech", "director")}, kinds=(HR,))


def test_guard_a_rank_after_by_keeps_the_verbs_post(extract, facts):
    """Guard (passes on main too): "commanded by Brigadier General X": the commander, not the rank, is the post."""
    text = ("The army's 31st Mechanized Division occupied the valley in 2025. The division is commanded by Brigadier "
            "General Tadesse Worku Alemu, who is being designated today.")
    facts(extract(text), {(HR, "Tadesse Worku Alemu", "31st Mechanized Division", "commander")}, kinds=(HR,))
