"""Review of S's and G's changes (W, twenty-third session, issue 13): a minister's field closed by "of <country>" is
cut to the bare ministry's name ("Ministry of Finance"), which joined another country's ministry of that name that the
release names as a body. Invented release (markdown read as a build reads them); exact relations."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

TWO_MINISTRIES = ('# Treasury Sanctions Officials Who Diverted Aid Funds\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Orlan "
    'Mestiva Quiroz, the Minister of Finance of Honduras, and Belkis Arraño Pinel, an adviser to the Ministry of '
    'Finance of Guatemala, for diverting aid funds.\n'
    '\n'
    "Guatemala's Ministry of Finance has cooperated with the inquiry.\n")

ONE_MINISTRY = ('# Treasury Sanctions an Official Who Diverted Aid Funds\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Orlan "
    'Mestiva Quiroz, the Minister of Finance of Honduras, for diverting aid funds.\n'
    '\n'
    'The Ministry of Finance of Honduras said it would review the contracts.\n')


def test_two_countries_ministries_stay_two(extract, facts):
    """"the Minister of Finance of Honduras" in a release naming "the Ministry of Finance of Guatemala": the minister's
    body is Honduras's ministry, not the Guatemalan body the bare name "Ministry of Finance" matched."""
    facts(extract_markdown(extract, TWO_MINISTRIES), {
        (HR, "Orlan Mestiva Quiroz", "Honduras' Ministry of Finance", "Minister of Finance"),
        (HR, "Belkis Arraño Pinel", "Ministry of Finance", "adviser")}, kinds=(HR,))


def test_the_same_countrys_ministry_is_joined(extract, facts):
    """The release names the minister's own country's ministry as a body: the bare name joins it, as before."""
    facts(extract_markdown(extract, ONE_MINISTRY), {
        (HR, "Orlan Mestiva Quiroz", "Ministry of Finance", "Minister of Finance")}, kinds=(HR,))
