"""Posts stated in prose that no rule read on the study sets' write half, read by the parse (twenty-eighth session,
PV; invented texts, each with a close sentence that must give no post):

- a body named with its short form in parentheses and then described ("Y (Z), an independent refinery in P"): the
  noun describes Y, so "the refinery's chairman" later refers back to Y (`nlp/described_heads`);
- "the central bank's governor", "the coalition's political coordinator": a possessive common noun, with or without
  modifiers, whose words are words of a body's name named before (`titles_named_noun`); a body whose name lacks the
  modifier ("Norvik Bank" for "the central bank") is no owner;
- "has worked for the group as a chemist": the employer named by "the <noun>" is resolved as the possessive "the
  group's chemist" is, but the last body of a generic kind only when the document named or described it by the noun
  (`titles_orgs._referred_employer`);
- "heads the foreign exchange department of Y" with the lower-case unit tagged an organization: the post is at Y
  (`roles_prose._lower_unit_mention`);
- "sits on the group's shura council" with the lower-case unit tagged an organization: no candidate body for the
  scorer (`roles_doc_filters.unit_of_referred_body`);
- "The company's managing director, Indian-born Emirati resident X": a birthplace may open the descriptor between
  an apposed title and the name (`roles_links._nationality_end`);
- "has worked for Y as a chemist since 2019": a service verb's participle after "has" is a present perfect, a post
  still held (`roles_links._past_link`), unless another word says it ended ("has previously worked").

Every positive case fails on main ed996bb but the non-English name, which the scorer gives there (0.686)."""
from __future__ import annotations

import pytest

from graphbuild.extract.context import context_of
from graphbuild.extract.roles import extract_roles
from graphbuild.extract.roles_doc_filters import unit_of_referred_body

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    ("Norvik Refining Co., Ltd. (Norvik Refining), an independent refinery in Tessa province, bought the crude. The "
     "refinery's chairman and legal representative, Ivo Marden, is not a target.",
     {(HR, "Ivo Marden", "Norvik Refining Co., Ltd.", "chairman"),
      (HR, "Ivo Marden", "Norvik Refining Co., Ltd.", "legal representative")}),
    ("Norvik Refining Co., Ltd. (Norvik Refining) bought the crude from a refinery in Tessa province. The refinery's "
     "chairman, Ivo Marden, is not a target.", set()),
], ids=["described-after-short-form", "refinery-not-the-body"])
def test_a_body_described_after_its_short_form(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    ("The Central Bank of Tessaly sets the rates. Norvik Bank moved the funds. The central bank's governor, Ivo "
     "Marden, took office in 2023.", {(HR, "Ivo Marden", "Central Bank of Tessaly", "governor")}),
    ("Norvik Bank moved the funds. The central bank's governor, Ivo Marden, took office in 2023.", set()),
    ("The Coalition des Forces Unies du Tessa (CFUT) seized the mines. The coalition's political coordinator, Ivo "
     "Marden, fled to Varna.", {(HR, "Ivo Marden", "Coalition des Forces Unies du Tessa", "political coordinator")}),
], ids=["central-bank", "another-bank-no-post", "non-english-name"])
def test_a_possessive_noun_whose_words_name_a_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    ("The United States is designating Velor Front (VF), a Tessa-based armed group. Petar Solin serves as VF's "
     "spokesman and runs its media wing, Radio Tessa, which publishes videos. Ivo Marden has worked for the group as "
     "a chemist since 2019.", {(HR, "Petar Solin", "Velor Front", "spokesman"), (HR, "Ivo Marden", "Velor Front", "chemist"),
                               # the named media wing is a body of its own (twenty-ninth session PW, roles_named_unit)
                               (HR, "Petar Solin", "Radio Tessa", "head")}),
    ("The United States is designating Velor Front (VF). Ivo Marden has worked in the region as a chemist since 2019.",
     set()),
], ids=["worked-for-the-group", "worked-in-the-region"])
def test_an_employer_named_by_its_noun(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    ("Ivo Marden (Marden) heads the foreign exchange department of Tessa-based Norvik Credit Institution (Norvik).",
     {(HR, "Ivo Marden", "Norvik Credit Institution", "head")}),
    ("Ivo Marden heads the Foreign Relations Department of the Norvik Credit Institution.",
     {(HR, "Ivo Marden", "Foreign Relations Department of the Norvik Credit Institution", "head")}),
], ids=["lower-case-unit", "named-unit-stays"])
def test_a_head_verb_over_a_lower_case_unit(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


def test_a_lower_case_unit_of_a_referred_body_is_no_candidate_body(nlp):
    doc = nlp.make_doc("Velor Front (VF), an armed group, attacked the town. Ivo Marden sits on the group's shura "
                       "council. Petar Solin joined Norvik Bank's credit committee.")
    doc.user_data["gb_meta"] = {}
    ctx = context_of(nlp(doc))
    words = [t.lower_ for t in ctx.doc]
    shura, norvik = words.index("shura"), words.index("credit")
    assert ctx.resolver.mention_at(shura) is not None  # the model tags the lower-case unit an organization here
    assert unit_of_referred_body(ctx, shura)
    assert not unit_of_referred_body(ctx, norvik)  # owned by a named body: the caller's other filters decide
    assert not unit_of_referred_body(ctx, words.index("norvik"))


@pytest.mark.parametrize("text, expected", [
    ("Velor Trading FZE buys parts in Dubai. The company's managing director, Indian-born Emirati resident Ivo Marden, "
     "is designated for operating in the technology sector.", {("Ivo Marden", "Velor Trading FZE", "managing director")}),
    ("Velor Trading FZE buys parts in Dubai. The company's managing director met Indian-born Emirati resident Ivo "
     "Marden in Dubai.", set()),
], ids=["birthplace-descriptor", "met-no-post"])
def test_a_birthplace_opens_the_descriptor_before_the_name(nlp, text, expected):
    # the rules' own posts (`extract_roles`): the learned scorer may add a guess of its own to either text
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    found = {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == HR}
    assert found == expected


@pytest.mark.parametrize("text, current", [
    ("Velor Front (VF), an armed group, attacked the town. Ivo Marden has worked for the group as a chemist since 2019.",
     True),
    ("Velor Front (VF), an armed group, attacked the town. Ivo Marden has previously worked for the group as a chemist.",
     False),
], ids=["present-perfect", "previously"])
def test_a_present_perfect_service_verb_states_a_post_still_held(extract, text, current):
    # `roles_links._past_link`: "has worked" is no simple past; "previously" still makes the post a former one
    posts = [r for r in extract(text) if r["relation"] == HR]
    assert [(r["subject"]["name"], r["object"]["name"], r["role"], r["current"]) for r in posts] == [
        ("Ivo Marden", "Velor Front", "chemist", current)]
