"""Names a release says are not designated (issue 13, D12): a designee's owner, relative or manager set in bold and then
declared left out ("X and Y are not being designated today", "Its owner, X, is not being designated", "X, who is not
designated", "X was charged ... and is not being designated"). The bold-name rule read them as designees; a negated
designation verb whose subject names them now keeps them out. Texts invented for these tests."""
from __future__ import annotations

from functools import partial

from markdown_release import extract_markdown

run = partial(extract_markdown, date="2026-05-12")

RELEASE = """# Treasury Sanctions Fuel Smuggling Network

WASHINGTON -- Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated three companies that move fuel for an armed group.

**Dravenko Fuel Trading d.o.o.** buys fuel from the group. Its general manager is **Oskar Pelmik**. **Halcomar Marine Inc.**, whose sole director is **Teodor Vasquel-Ruan**, owns two of the trucks.

Oskar Pelmik and Vasquel-Ruan are not being designated today.

**Korvin Lube Services LLC** stores the fuel. Its owner, **Ilse Marwick**, is not being designated today. The company pays **Benedek Sarro**, who is not designated, to drive the trucks. **Arvid Tollmann** was charged in federal court and is not being designated today.

Dravenko Fuel Trading d.o.o., Halcomar Marine Inc. and Korvin Lube Services LLC are being designated pursuant to E.O. 14033.
"""


def designees(rels):
    return {r["subject"]["name"] for r in rels if r["relation"] == "designated_by"}


def test_names_said_not_to_be_designated_are_no_designees(extract):
    assert designees(run(extract, RELEASE)) == {"Dravenko Fuel Trading d.o.o.", "Halcomar Marine Inc.", "Korvin Lube Services LLC"}


DOUBLE_NEGATIVE = """# Treasury Acts Against Grain Diversion Network

WASHINGTON -- Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) took action against a network that diverts grain shipments.

**Morvent Agro Trading LLC** buys the grain from the occupied ports. **Pellarin Shipping S.A.** carries it to buyers abroad.

{sentence}
"""


def test_a_double_negative_does_not_say_the_release_designates_nobody(nlp):
    """C3 (twelfth session): `designates_nobody` had a branch for a verb without a subject of its own that fired only
    when the verb was negated and its subject was "none"/"no one": "None of the companies named above was not
    sanctioned" (all were) read as "No persons are being designated"."""
    from markdown_release import parse_markdown

    from graphbuild.extract.context import context_of
    from graphbuild.extract.designation_denials import designates_nobody

    def says_nobody(sentence: str) -> bool:
        return designates_nobody(context_of(parse_markdown(nlp, DOUBLE_NEGATIVE.format(sentence=sentence), "2026-05-12")))

    assert not says_nobody("None of the companies named above was not sanctioned today.")
    assert says_nobody("None of these companies is being sanctioned at this time.")
    assert says_nobody("No company is being designated today.")
    assert not says_nobody("Both companies are being designated today.")
