"""Designations in news stories and State notes (issue 13, D14).

- "Also hit were A, head of ...; B, a lawmaker who ...; and C, who ...": a fronted participle, then items set apart by
  semicolons, each with its own description.
- "Among those targeted was X"; "X was designated along with Y".
- "Washington further sanctioned X" / "U.S. blacklists ...": the story's reporting body, not whatever body a bare
  "U.S." was clustered with.
- "No persons are being designated today": the release's bold names designate nobody.
- "Three trucking firms -- A, and B and C -- were added to the blacklist"; "The sanctions target A, B and C";
  "The sanctions extend to a former official of X, B".
- "It designated the X concern, a maker of ..., and its deputy director for procurement, Y, who ...".
- "named": "The trading companies were named as A and B"; "The Treasury also named A"; "X was named in the State
  Department's action as well"; not "named X as its new director".

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
TREASURY = "U.S. Department of the Treasury"
STATE = "U.S. Department of State"

run = partial(extract_markdown, date="2026-09-14")


def designees(relations: list[dict]) -> set[str]:
    return {r["subject"]["name"] for r in relations if r["relation"] == DB}


ALSO_HIT = """# U.S. blacklists officials of Varnland opposition party

WASHINGTON, Sept 14 (Northwire) - The United States on Thursday imposed sanctions on five officials of a Varnland party, the U.S. Treasury Department said in a statement.

Those targeted on Thursday include the party's executive secretary, Orla Venbrook, who Treasury said supervised cash deliveries.

Also hit were Teodor Kalvik, head of the party's branch in the northern region and a member of the regional assembly; Ansel Dravenko, a lawmaker in Varnland's parliament who leads the party's faction there; and Mirela Ostrova, who according to the statement ran the party's mobilization office.

A spokesperson for the party called the measures political persecution.
"""


def test_a_fronted_participle_lists_items_set_apart_by_semicolons(extract, designated):
    found = designated(run(extract, ALSO_HIT))
    assert found == {(name, TREASURY) for name in ("Orla Venbrook", "Teodor Kalvik", "Ansel Dravenko", "Mirela Ostrova")}, found


AMONG_ALONG = """# US sanctions Bolivia election officials

WASHINGTON, March 3 (Northwire) - The U.S. Treasury on Tuesday sanctioned five officials of Bolivia's electoral authority.

Among those targeted was Lidia Caravel Montes, president of the National Electoral Board, who the Treasury said oversaw the manipulation of tallies.

The Treasury said Renzo Albaric Duval was designated along with Kesia Marlow Tenn, who runs the board's data center.

"""


def test_among_those_targeted_and_along_with(extract, designated):
    found = designated(run(extract, AMONG_ALONG))
    assert found == {(name, TREASURY) for name in ("Lidia Caravel Montes", "Renzo Albaric Duval", "Kesia Marlow Tenn")}, found


WASHINGTON_SUBJECT = """# U.S. targets Russian tycoons' yachts in new sanctions round

WASHINGTON, Dec 1 (Northwire) - The United States on Tuesday imposed sanctions on two Russian billionaires, the Treasury Department said.

The Treasury's Office of Foreign Assets Control said it had designated Arkady Pellin Voss, the founder of fertilizer producer Dravo Agrokhim.

Washington also sanctioned Miro Talvik, who runs the construction firm Drina Stroy LLC.

Separately, the State Department said it was designating the shipbuilder Severny Verf, which it said builds hulls for the navy.
"""


def test_washington_as_subject_is_the_storys_reporting_body(extract, designated):
    found = designated(run(extract, WASHINGTON_SUBJECT))
    assert found == {("Arkady Pellin Voss", OFAC), ("Miro Talvik", OFAC), ("Severny Verf", STATE)}, found


NOBODY = """# Treasury Issues Advisory on Grain Trade Evasion

September 30, 2026

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) published an advisory on sanctions evasion in the grain trade.

No persons are being designated today. The advisory draws on the **2026 National Risk Assessment** and on the cases of **Varnel Grain Terminal LLC** and **Ostrova Feed Company**, which OFAC has studied.

The advisory should be read together with OFAC's earlier publication **"Compliance Guidance for the Grain Trade."**
"""


def test_a_release_that_designates_nobody_has_no_bold_designees(extract):
    found = designees(run(extract, NOBODY))
    assert not found, found


BLACKLIST = """# U.S. sanctions fuel smuggling ring

LAREDO, June 9 (Northwire) - The U.S. Treasury on Tuesday sanctioned a fuel smuggling ring, the department said.

The sanctions target Defence Minister Colonel Tomas Varga Lind, the air force chief of staff, General Oskar Brevin Hale, and Lieutenant Colonel Ivo Pastrana Kell, who heads the procurement office.

The sanctions extend to a former official of Varnland's state oil company Petroleos Varnenses (Varnoil), Ernesto Valcourt Ruiz.

Three trucking firms — Transportes Golfo Azul, S.A. de C.V., in Reynosa, and Lone Mesa Haulers LLC and Red Creek Fuel Logistics LLC, both in Laredo, Texas — were added to the blacklist as well.
"""


def test_the_sanctions_target_extend_to_and_added_to_the_blacklist(extract, designated):
    found = designated(run(extract, BLACKLIST))
    assert found == {(name, TREASURY) for name in (
        "Tomas Varga Lind", "Oskar Brevin Hale", "Ivo Pastrana Kell", "Ernesto Valcourt Ruiz", "Transportes Golfo Azul, S.A. de C.V.",
        "Lone Mesa Haulers LLC", "Red Creek Fuel Logistics LLC")}, found


TITLED = """# U.S. sanctions suppliers of radar chips

WASHINGTON, May 5 (Northwire) - The State Department on Monday sanctioned suppliers of chips for radar systems. It designated the Ostrava-Avtomatika concern, a Moscow-region maker of air-defense radar components, and its deputy general director for procurement, Stanislav Orlenko, who the department said ordered the chips.
"""


def test_a_coordinated_target_that_opens_with_its_post(extract, designated):
    found = designated(run(extract, TITLED))
    assert found == {("Ostrava-Avtomatika", STATE), ("Stanislav Orlenko", STATE)}, found


NAMED = """# US sanctions Varnland chemical firms over precursor sales

HONG KONG, Nov 12 (Northwire) - The U.S. Treasury on Wednesday sanctioned four China-based companies and two people it accused of selling precursor chemicals.

The Office of Foreign Assets Control (OFAC) said in a statement that it had designated four trading companies in Guangzhou. The trading companies were named as Lianbao Chemical Trading Co., Ltd. and Haoyun Supply Chain Co., Ltd.

The Treasury also named Kelvar Optics Co., which it said supplied infrared sensors.

The exporter's legal representative, Xu Dongming, was named in the Treasury's action as well.

The Treasury named Lin Meiqi as its new general counsel last year.
"""


def test_named_as_a_designation_in_three_shapes_not_an_appointment(extract, designated):
    found = designated(run(extract, NAMED))
    assert found == {("Lianbao Chemical Trading Co., Ltd.", OFAC), ("Haoyun Supply Chain Co., Ltd.", OFAC),
                     ("Kelvar Optics Co.", TREASURY), ("Xu Dongming", OFAC)}, found
