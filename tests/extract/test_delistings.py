"""delistings.v1: a removal from a sanctions list is a `delisted_by` relation (L7, sixteenth session).

Each text is invented (names, bodies of invented countries) with the exact relations expected. On main before L7
none of them gave a `delisted_by`: a release that removed X from the SDN List stated nothing about X.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

OFAC = "Office of Foreign Assets Control"
META = {"date": "2026-05-04"}


def facts(extract, text: str, kind: str) -> set[tuple[str, str, str | None]]:
    return {(r["subject"]["name"], r["object"]["name"], r["date"]) for r in extract(text, META) if r["relation"] == kind}


def test_ofac_removes_two_names_from_the_sdn_list(extract):
    text = ("WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) removed "
            "Orvask Vastrade Holdings and Kalvor Petak from the Specially Designated Nationals and Blocked Persons List "
            "(SDN List). The removals follow a change in the companies' conduct.")
    assert facts(extract, text, "delisted_by") == {("Orvask Vastrade Holdings", OFAC, "2026-05-04"),
                                                   ("Kalvor Petak", OFAC, "2026-05-04")}
    assert facts(extract, text, "designated_by") == set()


def test_a_stated_date_is_the_delistings(extract):
    text = ("Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) announced that "
            "Dunskel Trading Company was delisted on March 3, 2026, after it ended its trade with Velmora.")
    assert facts(extract, text, "delisted_by") == {("Dunskel Trading Company", OFAC, "March 3, 2026")}


def test_negated_possible_and_requested_removals_are_none(extract):
    text = ("The Office of Foreign Assets Control (OFAC) did not remove Orvask Vastrade Holdings from the SDN List. "
            "Dunskel Trading Company may be removed from the SDN List if it ends its trade. "
            "Kalvor Petak petitioned OFAC for removal from the SDN List. "
            "Brevik Marine Limited seeks delisting from the SDN List. "
            "OFAC removed Tarsen Grain Company from the SDN List.")
    assert {s for s, _, _ in facts(extract, text, "delisted_by")} == {"Tarsen Grain Company"}


def test_another_government_delists_in_its_own_name(extract):
    text = "The European Union removed Orvask Vastrade Holdings from its sanctions list on Monday, a spokesperson said."
    assert {(s, o) for s, o, _ in facts(extract, text, "delisted_by")} == {("Orvask Vastrade Holdings", "European Union")}


def test_lifted_sanctions_on_one_and_designated_another(extract):
    text = "The United States lifted sanctions on Orvask Vastrade Holdings and designated Kalvor Petak."
    # the name the clause designates is not delisted (the United States acts through its government here)
    assert facts(extract, text, "delisted_by") == {("Orvask Vastrade Holdings", "United States Government", "2026-05-04")}


def test_a_general_license_or_a_removal_from_office_is_no_delisting(extract):
    text = ("OFAC issued General License 12, which authorizes transactions with Orvask Vastrade Holdings that are "
            "ordinarily incident to the wind down of its operations. "
            "Kalvor Petak was removed from office by the President of Velmora in 2024. "
            "OFAC removed Tarsen Grain Company from the SDN List.")
    assert {s for s, _, _ in facts(extract, text, "delisted_by")} == {"Tarsen Grain Company"}


# M32 (F3 item 1): a removal not made, a removal from a post, a remover, another government; F3 item 4's first case.

def test_refused_conditional_and_claimed_removals_are_none(extract):
    text = ("OFAC refused to remove Orvask Vastrade Holdings from the SDN List. "
            "OFAC declined to delist Dunskel Trading Company. "
            "OFAC denied the petition to remove Brevik Marine Limited from the SDN List. "
            "If OFAC removed Kalvor Petak from the SDN List, his partners would profit. "
            "Senna Ardvik claims that OFAC removed Marlow Keddin from the SDN List. "
            "OFAC removed Tarsen Grain Company from the SDN List.")
    assert facts(extract, text, "delisted_by") == {("Tarsen Grain Company", OFAC, "2026-05-04")}


def test_a_removal_from_a_post_beside_the_list_is_none(extract):
    text = ("WASHINGTON - OFAC today designated Tarsen Grain Company. "
            "Kalvor Petak, who is on the SDN List, was removed as chairman of Orvask Vastrade Holdings last week. "
            "Kalvor Petak removed Senna Ardvik from the board of Orvask Vastrade Holdings, an entity on the SDN List.")
    assert facts(extract, text, "delisted_by") == set()


def test_an_unknown_government_lifting_sanctions_is_not_the_treasurys(extract):
    text = ("WASHINGTON - OFAC today designated Tarsen Grain Company. "
            "The Velmoran government lifted sanctions on Brevik Marine Limited, which remains on the SDN List.")
    assert facts(extract, text, "delisted_by") == set()


def test_redesignated_one_and_removed_another(extract):
    text = "OFAC re-designated Kalvor Petak and removed Senna Ardvik from the SDN List."
    assert facts(extract, text, "delisted_by") == {("Senna Ardvik", OFAC, "2026-05-04")}
    assert {s for s, _, _ in facts(extract, text, "designated_by")} == {"Kalvor Petak"}
