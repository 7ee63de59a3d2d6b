"""People who speak of an action in a story are not its designees (twenty-second session, issue 13, D26).

A wire story names beside the designees the people who comment on the action: a spokesperson who "told reporters",
an analyst who "said", an activist who "called on" a government to act. Set in bold like the designees, or weighed
by the learned scorer as one, they were given the story's body. A name whose every mention lies in the subject of a
speaking verb is a speaker; a designation word in that subject ("X, who was sanctioned on Tuesday, said") keeps it
a possible designee. Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, designees

pytestmark = pytest.mark.slow

BOLD_SPEAKERS = """# U.S. sanctions Velorian port boss over fuel smuggling

KARSVIK, May 4 (Harbor Wire) - The U.S. Treasury Department's Office of Foreign Assets Control (OFAC) on Tuesday sanctioned **Tamas Orvel Drenik**, the director of the Karsvik port authority, and **Grauval Tanker Lines LLC**, a shipping firm he controls, accusing them of smuggling fuel to a blockaded region.

**Edda Morvel Stanik**, a spokesperson for the Velorian foreign ministry, told reporters the measures were "an insult to a sovereign port."

**Piet Varholm**, a senior fellow at the Ostrava Institute for Maritime Studies, said the action would make insurers wary of the port.

**Lina Osk Ravel**, director of the Karsvik Dockworkers' Union, called on the European Union to follow the U.S. lead.
"""


def test_bold_speakers_are_no_designees(extract):
    """The spokesperson, the analyst and the union director speak of the action; the two targets stay OFAC's."""
    found = designees(extract_markdown(extract, BOLD_SPEAKERS))
    assert found == {("Tamas Orvel Drenik", OFAC), ("Grauval Tanker Lines LLC", OFAC)}


PROSE_SPEAKER = """# Treasury sanctions Estovian arms broker

WASHINGTON, June 9 (Harbor Wire) - The U.S. Treasury Department's Office of Foreign Assets Control (OFAC) on Monday designated Estovian arms broker Rauno Kelt Vaher and his trading company, Vaher Defence Supply OU, for shipping drone engines to a sanctioned militia.

The company's former chief executive, Marta Ilves Kask, a one-time procurement officer at Tallmere Bank, told Harbor Wire the firm had cut its ties to the militia last year.

Rauno Kelt Vaher, who was sanctioned on Monday, said in a statement that he had broken no law.
"""


def test_a_speaker_in_prose_is_no_designee_but_a_speaking_designee_stays(extract):
    """The former chief executive and the bank she worked at are named only where she speaks; Vaher, who speaks too,
    has a designation word in his subject and is the story's target."""
    found = designees(extract_markdown(extract, PROSE_SPEAKER))
    assert found == {("Rauno Kelt Vaher", OFAC), ("Vaher Defence Supply OU", OFAC)}
