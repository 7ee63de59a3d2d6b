"""Designations in State notes and wire stories, twelfth session (issue 13, D16).

- "X was designated, as was Y" / "Both are designated, as is Y": Y takes the designation of the clause it ends.
- "X was sanctioned for ... . So was X's nephew, Y, who ...": Y takes the designation of the sentence before.
- "as was reported", "So was the case for ..." and "as was not Y" add nobody.
- "identifying as blocked property the <model> aircraft with tail number X" / "a <model> cargo aircraft, tail number
  X,": the registration is the property, the model no target.
- "OFAC sanctioned A, the company X founded ..., together with its chief executive, B, and a holding company, C",
  "designated A, known as \"The Pilot,\" along with B and C": B and C are designated with A.

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
TREASURY = "U.S. Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"

run = partial(extract_markdown, date="2026-10-06")


def designations(relations: list[dict]) -> dict[tuple[str, str], tuple[str | None, bool | None]]:
    """(designee, body) -> (date, current) of each designation."""
    return {(r["subject"]["name"], r["object"]["name"]): (r.get("date"), r.get("current")) for r in relations if r["relation"] == DB}


AS_WAS = """# U.S. sanctions river-port smuggling ring

VELMORA, Oct. 6 - The U.S. Treasury on Tuesday blacklisted a river-port smuggling ring that moved cut timber across the border, the Treasury Department said.

The Kestrava Haulage Cooperative was designated for moving the timber, as was Dornvell Barge Services Ltd., a towing firm that Orin Talvek owns, the department said.

Talvek's cousin, Merek Sovandi, was sanctioned for paying the port's inspectors. So was Sovandi's nephew, Aldo Pravetz, who keeps the ring's ledgers in a riverside warehouse.

Orin Talvek himself was not named in the action, as was reported last week.
"""


def test_the_subject_of_as_was_and_of_so_was_takes_the_designation_before_it(extract):
    found = designations(run(extract, AS_WAS))
    today = ("2026-10-06", True)
    assert found == {
        ("Kestrava Haulage Cooperative", TREASURY): today,
        ("Dornvell Barge Services Ltd.", TREASURY): today,
        ("Merek Sovandi", TREASURY): today,
        ("Aldo Pravetz", TREASURY): today,
    }


AS_IS_STATE = """# Public Designation of Two Provincial Officials of Farland

Media Note

Office of the Spokesperson

October 6, 2026

The Department of State is designating two provincial officials of Farland, Ivo Brenner Latsko and Pell Orsanic, under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2026, due to their involvement in significant corruption.

Both are designated, as is Latsko's spouse, Dara Velinde Latsko.

The Ostrel Harbor Authority was designated in 2021, as was its former director, Tomas Vrell. So was the case for several other port bodies.
"""


def test_as_is_after_both_and_an_earlier_action_repeated_keep_their_body_and_date(extract):
    found = designations(run(extract, AS_IS_STATE))
    today = ("2026-10-06", True)
    assert found[("Dara Velinde Latsko", STATE)] == today
    assert found[("Tomas Vrell", STATE)] == ("2021", False)
    assert found[("Ostrel Harbor Authority", STATE)] == ("2021", False)
    assert {name for name, _ in found} == {"Ivo Brenner Latsko", "Pell Orsanic", "Dara Velinde Latsko", "Ostrel Harbor Authority", "Tomas Vrell"}


AIRCRAFT = """# Treasury Targets Air Charter Network Flying for the Korvesh Regime

October 6, 2026

**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating one company and identifying two aircraft as blocked property.

OFAC is designating Trenvo Skyways LLC, a charter operator used to fly regime officials, and identifying as blocked property the Varnak Skyline 90 aircraft with tail number UQ-482KT, which Trenvo Skyways LLC operates.

OFAC is also identifying as blocked property a Molvin M-14 cargo aircraft, tail number UQ-77310, in which Trenvo Skyways LLC has an interest.
"""


def test_the_aircraft_after_as_blocked_property_is_its_tail_number_not_its_model(extract):
    found = designations(run(extract, AIRCRAFT))
    today = ("2026-10-06", True)
    assert found == {
        ("Trenvo Skyways LLC", OFAC): today,
        ("UQ-482KT", OFAC): today,
        ("UQ-77310", OFAC): today,
    }


TOGETHER_WITH = """# U.S. sanctions former Velmora port chief and his family's shipping firm

VELMORA, Oct. 6 - The U.S. Treasury Department said it had designated Ardo Venkell Marsk, known as "The Pilot," along with Rusa Tamsin Orlo and Fenwick Dallow Prane, under an executive order targeting corruption.

Separately, the Treasury's Office of Foreign Assets Control sanctioned Halvard Coastal Freight S.A., the shipping company Marsk founded in 2004 and of which he remains the owner, together with its chief executive, Ilse Marren Kovatch, and a holding company, Quellin Maritime Holdings S.A.
"""


def test_names_after_along_with_or_together_with_an_active_verbs_object_are_designated(extract):
    found = designations(run(extract, TOGETHER_WITH))
    names = {name for name, _ in found}
    assert names == {"Ardo Venkell Marsk", "Rusa Tamsin Orlo", "Fenwick Dallow Prane", "Halvard Coastal Freight S.A.",
                     "Ilse Marren Kovatch", "Quellin Maritime Holdings S.A."}


WITH_IN_A_CLAUSE = """# Treasury Sanctions Lamp Oil Smuggling Ring

October 6, 2026

**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Pernholt Tanker Lines for moving lamp oil that Ossory Refiners bought, along with Quarle Fuel Depots, from the Hask river militia.

OFAC also sanctioned Meddow Barge Co., a towing firm that Ossory Refiners hired in 2023, together with its manager, Ilse Garrow Tennvik.
"""


def test_along_with_inside_a_clause_of_the_reason_names_no_designee(extract):
    """Review mend (M4): "along with" in a relative clause of the reason names a partner of that clause; a clause on
    the object itself still lets the names after it in."""
    found = designations(run(extract, WITH_IN_A_CLAUSE))
    assert {name for name, _ in found} == {"Pernholt Tanker Lines", "Meddow Barge Co.", "Ilse Garrow Tennvik"}


BE_WITH_A_COMPLEMENT = """# U.S. sanctions river arms brokers

VELMORA, Oct. 6 - The U.S. Treasury on Tuesday designated Corvane Arms Brokers for selling rifles to the Hask river militia, the Treasury Department said.

So was Idris Morrow Tane, the broker's longtime bookkeeper, the first to testify against the firm.

Pell Sandry Freight was designated for carrying the rifles, as was Ostwin Air the carrier of record for the crates.

Harrow Grain Holdings was designated in 2019, as is Tamsin Ekwell the subject of a Farland indictment.

Vell Marrow Logistics was sanctioned for storing the rifles. So too were Brisk Hollow Cargo and its owner, Nadia Velt Orran.

Jory Askel Ward was sanctioned for paying the guards. So too were Fenn Harlo Ward and Ossa Brin Ward the subjects of a Farland inquiry.
"""


def test_a_be_clause_with_its_own_complement_repeats_no_designation(extract):
    """Review mend (M4): "So was Y, ..., the first to testify", "as was Y the carrier of record", "as is Y the subject
    of ..." and "So too were A and B the subjects of ..." say something else of Y; a bare "So too were A and B" does
    repeat the designation."""
    found = designations(run(extract, BE_WITH_A_COMPLEMENT))
    assert {name for name, _ in found} == {"Corvane Arms Brokers", "Pell Sandry Freight", "Harrow Grain Holdings",
                                           "Vell Marrow Logistics", "Brisk Hollow Cargo", "Nadia Velt Orran", "Jory Askel Ward"}
