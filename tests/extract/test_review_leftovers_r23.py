"""Review leftovers, twenty-third session (R): docs/robustness.md "Review leftovers, twenty-third session (R)".
Invented texts, exact relations; each new case fails on main 2f156cd, the guards pass there.
"""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

from relation_views import OFAC, designees, posts, posts_with_current

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Alba Ruiz de Ortega and Tomas Ruiz de Ortega. Ruiz de Ortega was appointed minister of "
     "defense of Kessa.", set()),
    ("Today, OFAC designated Marta Abu Karim Haddad and Yusuf Abu Karim Haddad. Abu Karim Haddad is the director of "
     "Vanta Trade LLC.", set()),
    ("Today, OFAC designated Alba Ruiz de Ortega, a banker, and Tomas Ruiz de Ortega, a lawyer. Ruiz de Ortega, the "
     "banker, is the director of Vanta Trade LLC.", {("Alba Ruiz de Ortega", "Vanta Trade LLC", "director")}),
    # guards: the nearest sentence and the bracketed short name (right on main too), one bearer
    ("Today, OFAC designated Alba Ruiz de Ortega and Tomas Ruiz de Ortega. Tomas Ruiz de Ortega is a lawyer in Kessa. "
     "Ruiz de Ortega is the director of Vanta Trade LLC.", {("Tomas Ruiz de Ortega", "Vanta Trade LLC", "director")}),
    ("Today, OFAC designated Alba Ruiz de Ortega (Ruiz de Ortega), the daughter of the minister Tomas Ruiz de Ortega. "
     "Ruiz de Ortega is the director of Vanta Trade LLC.", {("Alba Ruiz de Ortega", "Vanta Trade LLC", "director")}),
    ("Today, OFAC designated Alba Ruiz de Ortega. Ruiz de Ortega is the director of Vanta Trade LLC.",
     {("Alba Ruiz de Ortega", "Vanta Trade LLC", "director")}),
])
def test_a_surname_of_three_words_two_people_share_is_nobodys(extract, text, expected):
    """"Alba Ruiz de Ortega and Tomas Ruiz de Ortega ... Ruiz de Ortega is ...": as for one or two words, nobody's
    without a cue (item 1: the latest named took it)."""
    assert posts(extract(text, TODAY)) == expected


US = "United States Government"


def dated_designees(relations: list[dict]) -> set[tuple[str, str, bool]]:
    """(designee, body, current) of each designation."""
    return {(r["subject"]["name"], r["object"]["name"], r["current"]) for r in relations if r["relation"] == "designated_by"}


@pytest.mark.parametrize("text, expected", [
    ("Norway sanctioned Arvid Kessel on Monday, and the United States followed with sanctions on Jonas Brekke.",
     {("Jonas Brekke", US, True)}),
    ("The United States responded with sanctions on Jonas Brekke and Vanta Trade LLC.",
     {("Jonas Brekke", US, True), ("Vanta Trade LLC", US, True)}),
    ("Norway sanctioned Arvid Kessel on Monday, and the United States followed suit on Tuesday with sanctions on "
     "Jonas Brekke.", {("Jonas Brekke", US, False)}),
    # guards: a threat, a negated or a passive verb gives nothing
    ("The United States threatened Kessa with sanctions on Jonas Brekke.", set()),
    ("Norway sanctioned Arvid Kessel on Monday, and the United States did not follow with sanctions on Jonas "
     "Brekke.", set()),
    ("Kessa was hit with sanctions on its oil sector.", set()),
])
def test_the_object_of_sanctions_a_verb_acts_with_is_designated(extract, text, expected):
    """"the United States followed with sanctions on Y": Y designated by the verb's subject (item 4)."""
    assert dated_designees(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Arvid Kessel, better known as Abu Karim, and Jonas Brekke.",
     {("Arvid Kessel", OFAC), ("Jonas Brekke", OFAC)}),
    ("Today, OFAC designated Hamid Karel Voss, better known by his nom de guerre Abu Sami al-Tirani, and Jonas Brekke.",
     {("Hamid Karel Voss", OFAC), ("Jonas Brekke", OFAC)}),
    ("Today, OFAC designated Arvid Kessel, also known as Abu Karim, and Jonas Brekke.",
     {("Arvid Kessel", OFAC), ("Jonas Brekke", OFAC)}),
    # guard: a description, as before
    ("Today, OFAC designated Arvid Kessel, a Kessa banker, and Jonas Brekke.",
     {("Arvid Kessel", OFAC), ("Jonas Brekke", OFAC)}),
])
def test_the_list_goes_on_after_an_other_name(extract, text, expected):
    """"designated X, better known as Y, and Z": Z designated too (the parser hangs Z on Y; item 5), and X keeps its
    own name however long the other name is (the nom de guerre named the designee)."""
    assert designees(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Marek Oravec, commonly known as Abu Karim, is the director of Vanta Trade LLC.",
     {("Marek Oravec", "Vanta Trade LLC", "director")}),
    ("Today, OFAC designated Marek Oravec, commonly known as Abu Karim. Abu Karim heads the Vellin Finance Office.",
     {("Marek Oravec", "Vellin Finance Office", "head")}),
    ("Today, OFAC designated Vanta Trade Limited, commonly known as Vanta, and Jonas Brekke. Jonas Brekke is the "
     "director of Vanta.", {("Jonas Brekke", "Vanta Trade Limited", "director")}),
])
def test_a_commonly_known_name_is_the_same_ones(extract, text, expected):
    """"X, commonly known as Y": Y is X's other name, not a second person (or firm) holding X's post (item 3)."""
    assert posts(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jonas Brekke, whom Arvid Kessel replaced as chairman of Vanta Trade LLC, lives in Kessa.",
     {("Arvid Kessel", "Vanta Trade LLC", "chairman", True), ("Jonas Brekke", "Vanta Trade LLC", "chairman", False)}),
    ("Today, OFAC designated Arvid Kessel. Jonas Brekke, whom Arvid Kessel replaced as chairman of Vanta Trade LLC, "
     "lives in Kessa.",
     {("Arvid Kessel", "Vanta Trade LLC", "chairman", True), ("Jonas Brekke", "Vanta Trade LLC", "chairman", False)}),
    # guards: "succeeded" as before; a removing verb gives the subject nothing
    ("Jonas Brekke, whom Arvid Kessel succeeded as director of Vanta Trade LLC in 2019, lives in Kessa.",
     {("Arvid Kessel", "Vanta Trade LLC", "director", True), ("Jonas Brekke", "Vanta Trade LLC", "director", False)}),
    ("Jonas Brekke, whom Arvid Kessel dismissed as director of Vanta Trade LLC, lives in Kessa.",
     {("Jonas Brekke", "Vanta Trade LLC", "director", False)}),
])
def test_the_one_who_replaced_holds_the_post_now(extract, text, expected):
    """"Y, whom X replaced as chairman of Z": X's post held now, Y's before (item 2: the "as" after "replaced" made X's
    post a former one unless the release stated it again)."""
    assert posts_with_current(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lidia Oravec Tarn, a reporter for the independent weekly Severni Glas Dolin, wrote that the smugglers had "
     "threatened her.", {("Lidia Oravec Tarn", "Severni Glas Dolin", "reporter")}),
    ("Marek Oravec is the editor-in-chief of the Kessa Daily Courier.",
     {("Marek Oravec", "Kessa Daily Courier", "editor-in-chief")}),
    ("Marek Oravec is the commander-in-chief of the Kessan Armed Forces.",
     {("Marek Oravec", "Kessan Armed Forces", "commander-in-chief")}),
    # guards: a name the model reads as a body already (right on main); a person after the kind noun is no body
    ("Marek Oravec, an editor at the state broadcaster Vox Dolina Radio, read the statement.",
     {("Marek Oravec", "Vox Dolina Radio", "editor")}),
    ("Marek Oravec is a driver for the company Jonas Brekke owns in Kessa.", set()),
])
def test_a_body_described_by_its_kind_after_a_title(extract, text, expected):
    """"a reporter for the independent news outlet X", "the editor-in-chief of the state weekly X": the post is held
    at X (item 6: the title's preposition met no name; a hyphened head of five tokens was never read whole)."""
    assert posts(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Velkor Izmeritel, a Kazan instrument maker, supplied the radios. Its general director, Pyotr Ilyich Goncharov, "
     "signed the orders.", {("Pyotr Ilyich Goncharov", "Velkor Izmeritel", "general director")}),
    # guards: a person's trade, or a person's cue, keeps a person
    ("Marek Oravec, a Kazan policy maker, is the director of Vanta Trade LLC.",
     {("Marek Oravec", "Vanta Trade LLC", "director")}),
    ("Marek Oravec, a Kazan furniture maker, is the director of Vanta Trade LLC.",
     {("Marek Oravec", "Vanta Trade LLC", "director")}),
])
def test_a_place_trade_maker_apposition_makes_a_body(extract, text, expected):
    """"X, a Kazan instrument maker, ...": X is a firm whose director holds a post there (item 7: "maker" left the
    kind nouns, as people are makers of policy and deals, and X was read as a person)."""
    assert posts(extract(text, TODAY)) == expected


def test_a_place_trade_maker_is_designated_as_a_body(extract):
    """The designee keeps the body's kind (item 7)."""
    kinds = {(r["subject"]["name"], r["subject"]["type"]) for r in extract(
        "Today, OFAC designated Velkor Izmeritel, a Kazan instrument maker, and its general director, Pyotr Ilyich "
        "Goncharov.", TODAY) if r["relation"] == "designated_by"}
    assert kinds == {("Velkor Izmeritel", "Organization"), ("Pyotr Ilyich Goncharov", "Person")}


REGIME_RELEASE = ('# Treasury Targets Kessel-Brekke Regime\'s Timber Revenue and Police Trainers\n\nMay 15, 2026\n\nWASHINGTON — Today, the Department of the Treasury\'s Office of Foreign Assets Control (OFAC) is targeting the Kessel-Brekke regime\'s repression of the Kessan people and its ability to profit from the timber trade. OFAC is designating **Vanta Timber Company** (Vanta), a state-aligned timber exporter, and the **Kessan Police Training Center** (KPTC).\n\n"The Kessel-Brekke regime has continued its campaign of repression," said a Treasury official.\n\nVanta generates revenue for the Kessel-Brekke regime. Vanta is controlled by Marek Oravec Brekke (Oravec Brekke), the son of President Kessel.\n\nThese actions are being taken in response to the Kessel-Brekke regime\'s continued repression of the people of Kessa.\n')


def test_a_regime_named_by_a_family_in_the_headline_is_no_designee(extract):
    """"# Treasury Targets X-Y Regime's Timber Revenue" and "is targeting the X-Y regime's repression": the headline's
    regime node took the lead sentence's designation (item 8, a real release's family-name regime)."""
    assert designees(extract_markdown(extract, REGIME_RELEASE)) == {
        ("Vanta Timber Company", OFAC), ("Kessan Police Training Center", OFAC)}


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON - Today, OFAC is targeting the Kessel-Brekke regime's repression of the Kessan people and its ability "
     "to profit from the timber trade.", set()),
    ("Today, OFAC is targeting the Kessel-Brekke regime and its timber revenue.", set()),
    ("Today, OFAC designated the Kessel-Brekke regime's main bank, Vanta Trade LLC.", {("Vanta Trade LLC", OFAC)}),
    # guard: right on main (the possessive's noun is the target)
    ("Today, OFAC is targeting the Kessel family's shipping empire, including Vanta Trade LLC.",
     {("Vanta Trade LLC", OFAC)}),
])
def test_a_name_that_modifies_regime_or_family_is_no_designee(extract, text, expected):
    """"the X-Y regime's repression", "the X family's empire": the family name tells whose, it is no target (item 8)."""
    assert designees(extract(text, TODAY)) == expected
