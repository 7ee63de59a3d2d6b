"""A minister's own country and the country a body of his ministry's name is placed in compare in one form
(`extract/country_aliases.py`; C, twenty-fourth session): "the Minister of Defense of the Russian Federation" beside
"Russia's Ministry of Defense" is that ministry's minister, not of a "Russian Federation's Ministry of Defense" kept
apart from it. Invented releases (markdown read as a build reads them); exact relations."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

from graphbuild.extract.country_aliases import canonical_country

pytestmark = pytest.mark.slow

HR = "holds_role"

OPENING = ("# Treasury Sanctions an Official Who Bought Attack Drones\n\nWASHINGTON — Today, the Department of the "
           "Treasury's Office of Foreign Assets Control (OFAC) designated Dorin Valek Ostrov, the Minister of Defense of "
           "the Russian Federation, for buying attack drones.\n\n")


def test_the_same_country_in_another_form_joins_the_ministry(extract, facts):
    facts(extract_markdown(extract, OPENING + "Russia's Ministry of Defense paid for the drones through front companies.\n"),
          {(HR, "Dorin Valek Ostrov", "Ministry of Defense", "Minister of Defense")}, kinds=(HR,))


def test_another_countrys_ministry_stays_apart(extract, facts):
    facts(extract_markdown(extract, OPENING + "Belarus's Ministry of Defense paid for the drones through front companies.\n"),
          {(HR, "Dorin Valek Ostrov", "Russian Federation's Ministry of Defense", "Minister of Defense")}, kinds=(HR,))


def test_canonical_forms():
    assert [canonical_country(c) for c in ("Russian Federation", "Russia", "U.K.", "Chile")] == [
        "Russia", "Russia", "United Kingdom", "Chile"]
