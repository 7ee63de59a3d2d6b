"""Wrong or missing facts the probes of the twenty-fourth session left (F, twenty-fifth session; docs/robustness.md
"Facts left by the probes, twenty-fifth session (F)"). Invented texts, exact relations. The tests named `..._new` fail
on main 56ca141; the guards pass there too."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import EU, OFAC, STATE, UK, designations_dated, designees, posts_with_current

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}
DAY = TODAY["date"]

# Item 2: a designation list that goes on after another name of its first item.


@pytest.mark.parametrize(("text", "expected"), [
    ("Today, OFAC designated Vanta Trade LLC, also known as the Kessa Exchange, Rusk Marine Ltd., and Halden Oil Company.",
     {"Vanta Trade LLC", "Rusk Marine Ltd.", "Halden Oil Company"}),
    ("Today, OFAC designated Teodor Lund, also known as Teo Lund, Greta Halvorsen, Nils Otter, and Pavel Orlin.",
     {"Teodor Lund", "Greta Halvorsen", "Nils Otter", "Pavel Orlin"}),
    ("Today, OFAC designated Vanta Trade LLC, formerly known as Kessa Exchange, Rusk Marine Ltd., and Halden Oil Company.",
     {"Vanta Trade LLC", "Rusk Marine Ltd.", "Halden Oil Company"}),
    ("Today, OFAC designated Vanta Trade LLC (also known as Kessa Exchange), Rusk Marine Ltd., and Halden Oil Company.",
     {"Vanta Trade LLC", "Rusk Marine Ltd.", "Halden Oil Company"}),
    ("Today, OFAC designated Teodor Lund (also known as Teo Lund), Greta Halvorsen, and Nils Otter.",
     {"Teodor Lund", "Greta Halvorsen", "Nils Otter"}),
    ("Today, OFAC designated Vanta Trade LLC (also known as Kessa Exchange) and Halden Oil Company.",
     {"Vanta Trade LLC", "Halden Oil Company"}),
])
def test_list_items_after_an_other_name_are_designees_new(extract, text, expected):
    """"designated A, also known as Y, B, C, and D": B and C were lost (only the item after ", and" was read); in
    parentheses every item after the other name was lost."""
    assert designees(extract(text, TODAY)) == {(name, OFAC) for name in expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Today, OFAC designated Teodor Lund, also known as Teo Lund, Greta Halvorsen.", {"Teodor Lund"}),
    ("Today, OFAC designated Vanta Trade LLC, also known as the Kessa Exchange, and Halden Oil Company.",
     {"Vanta Trade LLC", "Halden Oil Company"}),
    ("Today, OFAC designated Vanta Trade LLC, which supplied Rusk Marine Ltd., Halden Oil Company, and Corvane Shipping LLC.",
     {"Vanta Trade LLC"}),
    ("Today, OFAC designated Vanta Trade LLC (also known as Kessa Exchange) for shipping fuel to Rusk Marine Ltd. and "
     "Halden Oil Company.", {"Vanta Trade LLC"}),
    ("Today, OFAC designated Vanta Trade LLC, also known as the Kessa Exchange, for shipping fuel to Rusk Marine Ltd., "
     "Halden Oil Company, and Corvane Shipping LLC.", {"Vanta Trade LLC"}),
])
def test_other_names_and_clause_lists_stay_out(extract, text, expected):
    """Guards: no "and" (the names may all be A's), a relative clause's own list, a reason's list."""
    assert designees(extract(text, TODAY)) == {(name, OFAC) for name in expected}


def test_a_list_of_the_first_items_own_names_adds_nothing(extract):
    """"Teodor Lund, also known as Teo Lund, Ted Lund, and Teddy Lund": names that end in the surname are the
    person's own; the middle one is not made a designee (the last was one on main already, and stays)."""
    found = {name for name, _ in designees(extract(
        "Today, OFAC designated Teodor Lund, also known as Teo Lund, Ted Lund, and Teddy Lund.", TODAY))}
    assert "Ted Lund" not in found and "Teodor Lund" in found

# Item 8: the perfect of an earlier action.


@pytest.mark.parametrize(("text", "body", "date"), [
    ("The EU has sanctioned Vanta Trade LLC since 2014.", EU, "2014"),
    ("OFAC has designated Vanta Trade LLC since 2019.", OFAC, "2019"),
    ("The United Kingdom has sanctioned Vanta Trade LLC since March 2022.", UK, "March 2022"),
])
def test_an_active_perfect_with_since_is_an_earlier_action_new(extract, text, body, date):
    """"has sanctioned X since 2014" states a designation in force since then: not today's (it was dated today)."""
    assert designations_dated(extract(text, TODAY)) == {("Vanta Trade LLC", body): (date, False)}


def test_earlier_actions_in_the_perfect_beside_todays(extract):
    """Guards: the passive with "since" and "has previously designated" were already earlier; today's stays today's."""
    found = designations_dated(extract("Today, OFAC designated Rusk Marine Ltd. Vanta Trade LLC has been designated by "
                                       "OFAC since 2007. Treasury has previously designated Halden Oil Company.", TODAY))
    assert found[("Rusk Marine Ltd.", OFAC)] == (DAY, True)
    assert found[("Vanta Trade LLC", OFAC)] == ("2007", False)
    assert found[("Halden Oil Company", "U.S. Department of the Treasury")] == (None, False)


def test_a_perfect_of_today_stays_today(extract):
    """Guard: "Today, OFAC has designated X" is today's action."""
    assert designations_dated(extract("Today, OFAC has designated Rusk Marine Ltd.", TODAY)) == {
        ("Rusk Marine Ltd.", OFAC): (DAY, True)}

# Item 6: "the designated X" in a sentence about something else.


def test_the_designated_adjective_is_no_designation_of_today_new(extract):
    """"buying fuel from the designated X" in today's sentence: X's designation stands, it is not today's."""
    found = designations_dated(extract(
        "Today, OFAC designated Rusk Marine Ltd. for buying fuel from the designated Vanta Trade LLC.", TODAY))
    assert found == {("Rusk Marine Ltd.", OFAC): (DAY, True), ("Vanta Trade LLC", OFAC): (None, False)}


def test_the_adjective_takes_no_date_of_another_verb_new(extract):
    """"the OFAC-designated X ... in 2025": 2025 is the buying's year, not the designation's."""
    found = designations_dated(extract("Today, OFAC designated Rusk Marine Ltd. Rusk Marine Ltd. bought fuel from the "
                                       "OFAC-designated Vanta Trade LLC in 2025.", TODAY))
    assert found[("Vanta Trade LLC", OFAC)] == (None, False)
    assert found[("Rusk Marine Ltd.", OFAC)] == (DAY, True)


@pytest.mark.parametrize("text", [
    "The designated Vanta Trade LLC shipped fuel to Tarsk in March.",
    "Rusk Marine Ltd. bought fuel from the sanctioned Vanta Trade LLC last year.",
])
def test_the_adjective_alone_designates_nobody_today(extract, text):
    """Guards: no designation of today from the adjective alone."""
    assert not [r for r in extract(text, TODAY) if r["relation"] == "designated_by" and r["current"]]


def test_a_hyphened_adjective_and_a_hyphened_prefix(extract):
    """Guards: "the previously-designated X" stands; "OFAC today re-designated X" (the parser splits "re" off and reads
    the participle as an adjective) is today's designation."""
    found = designations_dated(extract(
        "Today, OFAC designated Rusk Marine Ltd. for buying fuel from the previously-designated Vanta Trade LLC.", TODAY))
    assert found[("Vanta Trade LLC", OFAC)] == (None, False)
    assert designations_dated(extract("OFAC today re-designated Varnel Trading LLC.", TODAY)) == {
        ("Varnel Trading LLC", OFAC): (DAY, True)}


def test_a_true_designation_beside_the_adjective(extract):
    """Guard: "the previously designated X" beside today's action: today's target today's, X an earlier one."""
    found = designations_dated(extract(
        "Today, OFAC designated Rusk Marine Ltd. for buying fuel from the previously designated Vanta Trade LLC.", TODAY))
    assert found == {("Rusk Marine Ltd.", OFAC): (DAY, True), ("Vanta Trade LLC", OFAC): (None, False)}

# Item 9: lawmakers, legislators, parliamentarians, deputies, senators are people.


COUNTED_LEGISLATORS = """# Treasury Sanctions Tarsk {noun}

WASHINGTON - Today, OFAC designated two {noun} for their roles in the crackdown.

**Rena Holt** is the speaker of the **Tarsk National Assembly**. **Pavel Grusk** is a member of the **Korvel Regional Council**.
"""


@pytest.mark.parametrize("noun", ["legislators", "lawmakers", "parliamentarians", "deputies", "senators"])
def test_counted_legislators_are_people_new(extract, noun):
    """"designated two legislators": the release counts people, so the bold assembly and council they sit on are no
    designees (they were, as for any count the code did not know)."""
    assert designees(extract_markdown(extract, COUNTED_LEGISLATORS.format(noun=noun), DAY)) == {
        ("Rena Holt", OFAC), ("Pavel Grusk", OFAC)}


def test_counted_officials_guard(extract):
    """Guard: the same with "officials" (a person noun before)."""
    assert designees(extract_markdown(extract, COUNTED_LEGISLATORS.format(noun="officials"), DAY)) == {
        ("Rena Holt", OFAC), ("Pavel Grusk", OFAC)}


def test_state_list_of_lawmakers_guard(extract):
    """Guard: a State list of lawmakers under a count keeps its three designees."""
    text = """# Designation of Tarsk Lawmakers

Today, the Department of State is designating three lawmakers of Tarsk for undermining democracy. They sit on the Tarsk National Assembly (**TNA**) and its Budget Committee (**TBC**).

- **Teodor Vaskelis** is the speaker of the TNA.
- **Greta Halvorsen** is a member of the TNA.
- **Ivo Brand** chairs the TBC.
"""
    assert designees(extract_markdown(extract, text, DAY)) == {
        ("Teodor Vaskelis", STATE), ("Greta Halvorsen", STATE), ("Ivo Brand", STATE)}

# Item 7: "the company's board" after a sentence about the company that names another firm as an object.


@pytest.mark.parametrize(("text", "expected"), [
    ("Vanta Trade LLC sold its fleet in 2021. A stake in the company went to Halden Oil Company, a Tarsk holding firm. "
     "Pavel Orlin resigned as a member of the company's board of directors in 2022.",
     {("Pavel Orlin", "Vanta Trade LLC", "member", False)}),
    ("Vanta Trade LLC sold its fleet in 2021. A stake in the company went to Halden Oil Company. "
     "Pavel Orlin is a member of the company's board.", {("Pavel Orlin", "Vanta Trade LLC", "member", True)}),
    ("Vanta Trade LLC bought two tankers from Halden Oil Company in 2021. Pavel Orlin is a member of the company's board.",
     {("Pavel Orlin", "Vanta Trade LLC", "member", True)}),
])
def test_the_companys_board_is_the_topics_new(extract, text, expected):
    """"a member of the company's board" took the firm named last, an object ("bought from Z"), or one named in a
    sentence whose subject refers to the company ("A stake in the company went to Z": f12's shape), not the topic."""
    assert posts_with_current(extract(text, TODAY)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vanta Trade LLC bought two tankers from Halden Oil Company in 2021. Pavel Orlin is the company's chief executive officer.",
     {("Pavel Orlin", "Vanta Trade LLC", "chief executive officer", True)}),
    ("Halden Oil Company sold two tankers to Vanta Trade LLC in 2021. Pavel Orlin is the company's chief executive officer.",
     {("Pavel Orlin", "Halden Oil Company", "chief executive officer", True)}),
])
def test_the_companys_post_after_a_subject_guard(extract, text, expected):
    """Guards: the last company named as a subject is the one "the company's" means."""
    assert posts_with_current(extract(text, TODAY)) == expected

# Item 1: a body in the description set beside a person.


@pytest.mark.parametrize("text", [
    "Pavel Orlin, a partner of Ivers Brekke LLP, is the treasurer of Corvane Shipping LLC.",
    "Pavel Orlin, a partner at Ivers Brekke LLP, serves as treasurer of Corvane Shipping LLC.",
])
def test_the_title_is_not_the_described_firms_new(extract, text):
    """The learned scorer gave the treasurer post to the partnership too (at 0.97). Since FX (twenty-sixth session)
    the partnership holds the partner's own post, "partner" (titles_partner), and still not the treasurer's."""
    assert posts_with_current(extract(text, TODAY)) == {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", True),
                                                        ("Pavel Orlin", "Ivers Brekke LLP", "partner", True)}


def test_a_post_in_the_description_stays(extract):
    """Guard: the description's own post ("an employee of Y") stays beside the title's."""
    text = "Pavel Orlin, an employee of Ivers Brekke LLP, is the treasurer of Corvane Shipping LLC."
    assert posts_with_current(extract(text, TODAY)) == {("Pavel Orlin", "Ivers Brekke LLP", "employee", True),
                                                       ("Pavel Orlin", "Corvane Shipping LLC", "treasurer", True)}

# Items 3-5: a leaving planned, a pause, a coming back.

HELD = {("Pavel Orlin", "Corvane Shipping LLC", "chairman", True)}
LEFT = {("Pavel Orlin", "Corvane Shipping LLC", "chairman", False)}


@pytest.mark.parametrize("text", [
    "Pavel Orlin plans to resign as chairman of Corvane Shipping LLC.",
    "Greta Halvorsen said Pavel Orlin plans to resign as chairman of Corvane Shipping LLC.",
    "Pavel Orlin returned as chairman of Corvane Shipping LLC in 2022.",
    "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2019. He returned as chairman in 2022.",
    "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2019. Pavel Orlin returned as chairman in 2022.",
    "Pavel Orlin left the board of Corvane Shipping LLC in 2019. He returned as chairman of Corvane Shipping LLC in 2022.",
])
def test_a_planned_leaving_and_a_coming_back_hold_the_post_new(extract, text):
    """"plans to resign as" gave no post at all; "returned as chairman" was read as a former post, and a coming back
    told after a leaving (the body unnamed there) left the post former."""
    assert posts_with_current(extract(text, TODAY)) == HELD


@pytest.mark.parametrize("text", [
    "Pavel Orlin intends to step down as chairman of Corvane Shipping LLC next year.",
    "Pavel Orlin is expected to resign as chairman of Corvane Shipping LLC.",
    "Pavel Orlin refused to resign as chairman of Corvane Shipping LLC.",
    "Pavel Orlin temporarily stepped down as chairman of Corvane Shipping LLC in 2020.",
])
def test_posts_held_guard(extract, text):
    """Guards: a plan, a refusal and a pause (item 4: the guidelines annotate a post current or former alike; the text
    says the leaving is temporary, so the post is kept as held, as RF made it across sentences) hold the post."""
    assert posts_with_current(extract(text, TODAY)) == HELD


@pytest.mark.parametrize("text", [
    "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2019.",
    "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2019. Nils Otter returned as chairman in 2022.",
])
def test_posts_left_guard(extract, text):
    """Guards: a leaving, and another person's coming back, leave the post former."""
    assert posts_with_current(extract(text, TODAY)) == LEFT


def test_a_coming_back_to_another_body_leaves_the_first_post_former_new(extract):
    """"He returned as chairman of Z": Z's post is held (it was a former one: "returned" read as a past post), Y's stays
    former."""
    text = ("Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2019. "
            "He returned as chairman of Halden Oil Company in 2022.")
    assert posts_with_current(extract(text, TODAY)) == {("Pavel Orlin", "Corvane Shipping LLC", "chairman", False),
                                                       ("Pavel Orlin", "Halden Oil Company", "chairman", True)}
