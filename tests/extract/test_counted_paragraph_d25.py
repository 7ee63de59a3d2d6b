"""A paragraph that opens on a counted group and names its members in the sentences after (twenty-first session,
issue 13, D25).

"The two financiers are traders based in ... . A, the owner of a fuel depot, sold ... . B, a former clerk, moved
...", "Two harbor officials were also on the list. Customs inspector A allegedly waved ... . B, the port's deputy
director, took ..., Treasury said.": no sentence names A or B as designated; the opening counts them. Texts invented
for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import STATE, TREASURY, designees

pytestmark = pytest.mark.slow

FINANCIERS = """Terrorist Designations of Harrow Valley Front Commanders

Press Statement
Secretary of State Miriam T. Oakhurst
March 3, 2027

The United States is designating the Harrow Valley Front (HVF), an armed group that has attacked villages along the Teslin river since 2021, as a Specially Designated Global Terrorist under Executive Order 13224. We are also designating one of the group's commanders and two of its financiers.

The group's founder and leader, Corvin Aldo Pemberton, has planned every large HVF raid since 2021.

The two financiers are Kessel-based traders. Ismet Ward Holloran, the owner of a fuel depot, sold the group diesel and laundered the proceeds. Ottilie Brand Castor, a former clerk at a regional bank, moved the money through accounts abroad.

The Department of State's Rewards for Justice program is offering a reward of up to $3 million for information on the group's finances.
"""


def test_a_restated_counted_noun_opens_the_members_paragraph(extract):
    """"two of its financiers" -> "The two financiers are traders ...": the paragraph's two subjects."""
    found = designees(extract_markdown(extract, FINANCIERS))
    assert found == {("Harrow Valley Front", STATE), ("Corvin Aldo Pemberton", STATE), ("Ismet Ward Holloran", STATE),
                     ("Ottilie Brand Castor", STATE)}


OFFICIALS = """# U.S. sanctions Velorian port cartel and its protectors

KARSVIK, May 4 (Harbor Wire) - The U.S. Treasury on Tuesday sanctioned six people and two companies it says help a port cartel smuggle cocaine through Karsvik.

The Treasury also sanctioned the cartel's founder, Tamas Orvel Drenik, and his shipping firm, Kessel Reefer Lines Ltd.

Two harbor officials were also on the list. Customs inspector Lida Marsk Uvarova allegedly waved the cartel's containers through. Tomasz Eryk Halder, the port's deputy director, took monthly payments from the group, Treasury said.

A lawyer for Drenik, Edda Solberg, said her client would challenge the designation.
"""


def test_a_group_on_the_list_names_its_members_after(extract):
    """"Two harbor officials were also on the list." and the paragraph's two subjects, the Treasury's."""
    found = designees(extract_markdown(extract, OFFICIALS))
    assert found == {("Tamas Orvel Drenik", TREASURY), ("Kessel Reefer Lines Ltd.", TREASURY),
                     ("Lida Marsk Uvarova", TREASURY), ("Tomasz Eryk Halder", TREASURY)}


GUARD_PARA = """# U.S. sanctions Velorian port cartel and its protectors

KARSVIK, May 4 (Harbor Wire) - The U.S. Treasury on Tuesday sanctioned six people and two companies it says help a port cartel smuggle cocaine through Karsvik.

The Treasury also sanctioned the cartel's founder, Tamas Orvel Drenik, and his shipping firm, Kessel Reefer Lines Ltd.

Two harbor officials were also on the list. Customs inspector Lida Marsk Uvarova allegedly waved the cartel's containers through. Port director Gunnar Pell Vasko said he had warned the ministry, and mayor Rika Dalen Moss called for an inquiry.
"""


def test_a_paragraph_of_speakers_names_no_members(extract):
    """Guard: a subject of the paragraph speaks ("X said he had warned ..."): it reports people, not the group."""
    found = designees(extract_markdown(extract, GUARD_PARA))
    assert found == {("Tamas Orvel Drenik", TREASURY), ("Kessel Reefer Lines Ltd.", TREASURY)}


# Review mends (M1, twenty-first session): the opening must state today's designation by the release's body.
@pytest.mark.parametrize("opening", [
    "Two harbor officials were sanctioned in 2019.",
    "Two harbor officials had previously been sanctioned.",
    "Two harbor officials could also be sanctioned.",
    "Two harbor officials will also be sanctioned.",
    "Two harbor officials were also sanctioned by the European Union.",
])
def test_an_opening_of_another_time_mood_or_body_names_no_members(extract, opening):
    """The members of a group designated earlier, only possibly, or by another body are not today's designees."""
    found = designees(extract_markdown(extract, OFFICIALS.replace("Two harbor officials were also on the list.", opening)))
    assert found == {("Tamas Orvel Drenik", TREASURY), ("Kessel Reefer Lines Ltd.", TREASURY)}


def test_an_opening_of_today_still_names_its_members(extract):
    """Guard: "were also sanctioned" (today, no body named) keeps both members, the Treasury's."""
    found = designees(extract_markdown(extract, OFFICIALS.replace("Two harbor officials were also on the list.",
                                                                  "Two harbor officials were also sanctioned.")))
    assert found == {("Tamas Orvel Drenik", TREASURY), ("Kessel Reefer Lines Ltd.", TREASURY),
                     ("Lida Marsk Uvarova", TREASURY), ("Tomasz Eryk Halder", TREASURY)}


FIRM_MEMBER = """# U.S. sanctions Velorian port cartel and its protectors

KARSVIK, May 4 (Harbor Wire) - The U.S. Treasury on Tuesday sanctioned the cartel's founder, Tamas Orvel Drenik.

Two harbor officials were also on the list. Customs inspector Lida Marsk Uvarova allegedly waved the cartel's containers through. Brannock Freight Ltd. took monthly payments from the group, Treasury said.
"""


def test_a_member_is_retyped_only_once_designated(extract, monkeypatch):
    """A member read as a firm is made a Person only with its designation: the cluster is the document's, seen by
    every extractor after, so a name no designation follows keeps its type (M1)."""
    from graphbuild.extract import counted_paragraph as module

    seen: list[tuple[object, str]] = []
    members = module._members

    def spy(ctx, index, kinds):
        found = members(ctx, index, kinds)
        seen.extend((cluster, cluster.type) for _, cluster in found or [])
        return found

    monkeypatch.setattr(module, "_members", spy)
    monkeypatch.setattr(module, "person_read_as_firm", lambda ctx, cluster, kinds: True)
    monkeypatch.setattr(module, "designation_for", lambda *args, **kwargs: None)
    extract_markdown(extract, FIRM_MEMBER)
    assert any(kind != "Person" for _, kind in seen)  # "Brannock Freight Ltd.", a company
    assert [(c.type, kind) for c, kind in seen if c.type != kind] == []


def test_a_designated_member_read_as_a_firm_is_a_person(extract, monkeypatch):
    """Guard: with its designation the member is retyped, and the relation's subject says so."""
    from graphbuild.extract import counted_paragraph as module

    monkeypatch.setattr(module, "person_read_as_firm", lambda ctx, cluster, kinds: cluster.type != "Person")
    found = extract_markdown(extract, FIRM_MEMBER)
    assert {(r["subject"]["name"], r["subject"]["type"]) for r in found if r["relation"] == "designated_by"} == {
        ("Tamas Orvel Drenik", "Person"), ("Lida Marsk Uvarova", "Person"), ("Brannock Freight Ltd.", "Person")}
