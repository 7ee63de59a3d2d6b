"""Which body a post goes to (R22, issue 13): a U.S. official's fixed title names its department; a lexicon title
that implies a U.S. body yields to the body the release names; "Its <post>, X" opening a sentence is a post at the
body the sentence before is about. Invented names throughout."""
import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
STATE = "U.S. Department of State"
OPENING = "The Department of State is designating Brackwater Freight Ltd. for shipping drones.\n\n"


@pytest.mark.parametrize("quote, person, role", [
    pytest.param('"We will act," said Special Envoy for the Western Balkans Tomas Reinholt of the Department of State.',
                 "Tomas Reinholt", "Special Envoy for the Western Balkans", id="envoy-field-read-as-a-body"),
    pytest.param('"It is a crime," said Ambassador-at-Large for Global Criminal Justice Marit Oslund.',
                 "Marit Oslund", "Ambassador-at-Large for Global Criminal Justice", id="ambassador-at-large"),
    pytest.param('"We will act," said Ambassador-at-Large and Coordinator for Counterterrorism Lena Castellar.',
                 "Lena Castellar", "Ambassador-at-Large and Coordinator for Counterterrorism", id="coordinator"),
    pytest.param('"We will act," said Lena Castellar, Assistant Secretary of State for Western Hemisphere Affairs.',
                 "Lena Castellar", "Assistant Secretary of State for Western Hemisphere Affairs", id="appositive-field"),
    pytest.param('"We will act," said U.S. Ambassador to Peru Rona Steadley.', "Rona Steadley", "U.S. Ambassador to Peru",
                 id="us-ambassador-to"),
    pytest.param('"We will act," said Deputy Spokesperson Kara Ashgrove.', "Kara Ashgrove", "Deputy Spokesperson",
                 id="deputy-spokesperson"),
    pytest.param("Mattias Carvell, the Department's spokesperson, said more designations were under review.",
                 "Mattias Carvell", "spokesperson", id="the-departments-spokesperson"),
    pytest.param("We will act.\n\nOmar Kestell, Deputy Department Spokesperson", "Omar Kestell",
                 "Deputy Department Spokesperson", id="signature-line"),
])
def test_a_us_officials_fixed_title_is_a_post_at_the_state_department(extract, facts, quote, person, role):
    facts(extract(OPENING + quote, {"date": "2024-05-02"}), {(HR, person, STATE, role)}, kinds=(HR,))


def test_another_bodys_special_representative_is_not_the_state_departments(extract, facts):
    text = OPENING + "EU Special Representative Anna Berglund welcomed the step. Russia's Special Envoy Pavel Orlin did not."
    relations = extract(text, {"date": "2024-05-02"})
    assert not any(r["relation"] == HR and r["object"]["name"] == STATE for r in relations), relations


def test_a_deputy_keeps_the_us_body_of_the_lexicon_title(extract, facts):
    text = 'The Treasury is designating Kestrel Ltd. "We act," said Deputy Treasury Secretary Wilma Adebayo.'
    facts(extract(text, {"date": "2024-05-02"}), {(HR, "Wilma Adebayo", "U.S. Department of the Treasury", ("Treasury Secretary", "Deputy Treasury Secretary"))},
          kinds=(HR,))


def test_a_us_senator_is_no_member_of_a_senate_committee_named_elsewhere(extract, facts):
    text = ("Senator Harlan Whitcombe, the ranking member of the Senate Banking Committee, said he would ask the "
            "Treasury to brief Congress.")
    relations = extract(text, {"date": "2024-05-02"})
    assert any(r["relation"] == HR and r["subject"]["name"] == "Harlan Whitcombe" and r["object"]["name"] == "U.S. Senate"
               for r in relations), relations


def test_a_senator_sits_in_the_senate_the_release_names(extract, facts):
    text = ("The Department of State is designating former Senator Fritz Belamour due to his involvement in significant "
            "corruption while serving as a member of the Senate of Haiti.")
    facts(extract(text, {"date": "2024-05-02"}), {(HR, "Fritz Belamour", "Senate of Haiti", "Senator")}, kinds=(HR,))


@pytest.mark.parametrize("text, person, body, role", [
    pytest.param("OFAC is designating Marrow Ridge Contracting Company, a Basra-based firm that received more than $40 "
                 "million in contracts from the Eastern Harbor Authority. Its general manager, Sattam Kadhimi, was also "
                 "designated today.", "Sattam Kadhimi", "Marrow Ridge Contracting Company", "general manager",
                 id="the-designee-not-the-body-in-its-description"),
    pytest.param("- Tessaly Aurum SARL, a Kayes-based mining company that operates a gold site under protection of "
                 "Volta Guard Brigade units. Its administrator, Moussa Dembelle, signed the permits.",
                 "Moussa Dembelle", "Tessaly Aurum SARL", "administrator", id="a-list-item-without-a-verb"),
])
def test_its_post_opening_a_sentence_is_at_the_body_the_sentence_before_is_about(extract, facts, text, person, body, role):
    facts(extract(text, {"date": "2024-05-02"}), {(HR, person, body, role)}, kinds=(HR,))
