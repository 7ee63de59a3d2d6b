"""Review of the bold post holders (thirty-first session, RBH): a bold person the release describes by a post of
another party's is still a designee where the release designates them another way: a numbered list item, a sentence
that "targets" them, or a statement or designating sentence that names their post ("is designating the network, its
financial chief, ..."). Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
run = partial(extract_markdown, date="2026-11-03")

OPENING = ("# Treasury Sanctions the Varnok Smuggling Network\n\nToday, the Department of the Treasury's Office of Foreign "
           "Assets Control (OFAC) sanctioned a smuggling network based in Tarsk and the companies that launder its proceeds.\n\n")
FIRM = "**Kelso Trading LLC** (Kelso) moves the network's money through Velda. Its operations manager, **Tomas Brevik Alder**, arranges the transfers."
CRITERION = "\n\nKelso is being designated for having materially assisted the network.\n"
BOTH = {("Kelso Trading LLC", OFAC), ("Tomas Brevik Alder", OFAC)}


def test_a_sentence_that_targets_the_post_holder_designates_them(extract):
    """"Alder is being targeted pursuant to ...": Treasury's other word for designating."""
    text = OPENING + FIRM + " Alder is being targeted pursuant to E.O. 14024 for having acted for or on behalf of Kelso." + CRITERION
    assert relation_pairs(run(extract, text), DB) == BOTH


def test_a_designating_sentence_that_names_the_post_keeps_its_holder(extract):
    """"Kelso and the operations manager are being designated": the sentence designates the post holder by the post."""
    text = OPENING + FIRM + "\n\nKelso and the operations manager are being designated for having materially assisted the network.\n"
    assert relation_pairs(run(extract, text), DB) == BOTH


def test_a_statement_that_names_the_post_keeps_its_holder(extract):
    """"is designating a smuggling network, its financial chief, and ...": the statement announces the post holder."""
    text = OPENING.replace("sanctioned a smuggling network based in Tarsk and",
                           "is designating a smuggling network based in Tarsk, its financial chief, and") \
        + "**Kelso Trading LLC** (Kelso) moves the network's money through Velda. The network's financial chief, " \
          "**Tomas Brevik Alder**, arranges the transfers." + CRITERION
    assert relation_pairs(run(extract, text), DB) == BOTH


def test_a_post_holder_in_a_numbered_item_of_designees_stays(extract):
    """"2. The network's financial chief, **X**, ..." under "sanctioned the following persons": the item is a designee's."""
    text = ("# Treasury Sanctions the Varnok Smuggling Network\n\nToday, the Department of the Treasury's Office of Foreign "
            "Assets Control (OFAC) sanctioned the following persons tied to the Varnok network, which smuggles fuel from Tarsk.\n\n"
            "1. **Kelso Trading LLC** moves the network's money through Velda.\n"
            "2. The network's financial chief, **Tomas Brevik Alder**, manages its accounts in Velda.\n"
            "3. **Orrin Shipping Co.** carries the network's cargo.\n")
    assert relation_pairs(run(extract, text), DB) == BOTH | {("Orrin Shipping Co.", OFAC)}


def test_a_post_holder_in_an_item_that_opens_with_a_firm_is_still_no_designee(extract):
    """"- **Y**, whose president, **X**, is ...": the item is the firm's; its president is the firm's post holder."""
    text = ("# Treasury Sanctions the Varnok Smuggling Network\n\nToday, the Department of the Treasury's Office of Foreign "
            "Assets Control (OFAC) sanctioned the following entities tied to the Varnok network:\n\n"
            "- **Kelso Trading LLC**, whose president, **Tomas Brevik Alder**, is the network's founder;\n"
            "- **Orrin Shipping Co.**, which carries the network's cargo.\n")
    assert relation_pairs(run(extract, text), DB) == {("Kelso Trading LLC", OFAC), ("Orrin Shipping Co.", OFAC)}
def test_a_post_holder_under_a_heading_that_designates_people_stays(extract):
    """"## Designated Individuals" above "Kelso's operations manager, **X**, ...": the heading designates X."""
    text = (OPENING + "## Designated Individuals\n\nKelso's operations manager, **Tomas Brevik Alder**, arranges the transfers.\n\n"
            "## Designated Entities\n\n**Kelso Trading LLC** (Kelso) moves the network's money through Velda." + CRITERION)
    assert relation_pairs(run(extract, text), DB) == BOTH


def test_a_post_holder_under_a_heading_of_entities_is_still_no_designee(extract):
    """"## Designated Entities" designates firms, not the firm's operations manager."""
    text = OPENING + "## Designated Entities\n\n" + FIRM + CRITERION
    assert relation_pairs(run(extract, text), DB) == {("Kelso Trading LLC", OFAC)}
