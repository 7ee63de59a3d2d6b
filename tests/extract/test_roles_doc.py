"""Document-level candidates of roles_learned.v1 (extract/roles_doc.py) and the hooks the per-fold cross-validation
uses ($GRAPHBUILD_ROLE_MODEL, $GRAPHBUILD_EXTRACTORS). Invented texts and names throughout."""
from __future__ import annotations

import pytest

from graphbuild.errors import ModelError
from graphbuild.extract import active_extractors, extraction_fingerprint
from graphbuild.extract.common import relation
from graphbuild.extract.context import context_of
from graphbuild.extract.roles import extract_roles
from graphbuild.extract.roles_doc import doc_candidates
from graphbuild.extract.roles_learned import MODEL_PATH, RoleModel, learned_pairs, load_model, model_path
from graphbuild.records import EntityRef

ACCEPT_ALL = RoleModel({"bias": 5.0}, 0.5)

SYNDICATE = """The Northwind Syndicate is a smuggling group that moves stolen fuel across the border.

Tomas Ravel Dunmore was a senior administrator who arranged payments for the smugglers. He also recruited couriers.

The following individuals are members of the Northwind Syndicate:

Ilse Marta Kovanen coordinated the shipments.

Piet Aldo Verhoven kept the accounts."""

HAULAGE = """Today, the Office of Foreign Assets Control (OFAC) designated Brasko Haulage Ltd, a trucking company.

Maren Ulla Stoltz owns a share of the company. She also keeps the books as treasurer."""


def _parse(nlp, text: str):
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return nlp(doc)


def _added(nlp, text: str, model: RoleModel = ACCEPT_ALL) -> list[tuple]:
    doc = _parse(nlp, text)
    rules = list(extract_roles(doc))
    return sorted((r.subject.name, r.object.name, r.role, r.role_class, r.evidence[0].extractor)
                  for r in learned_pairs(doc, rules, model))


@pytest.mark.slow
def test_a_group_named_sentences_before_or_above_a_list_is_paired_with_each_person(nlp):
    """The group is named in the first paragraph and in the list intro, never in the persons' sentences: each person
    gets one candidate; the post is the person's title phrase, else "member"."""
    doc = _parse(nlp, SYNDICATE)
    assert list(extract_roles(doc)) == []
    assert _added(nlp, SYNDICATE) == [
        ("Ilse Marta Kovanen", "Northwind Syndicate", "member", "member", "roles_learned.v1"),
        ("Piet Aldo Verhoven", "Northwind Syndicate", "member", "member", "roles_learned.v1"),
        ("Tomas Ravel Dunmore", "Northwind Syndicate", "senior administrator", "director", "roles_learned.v1"),
    ]


@pytest.mark.slow
def test_the_weights_decide_which_document_level_pairs_are_kept(nlp):
    """A model that weighs the list-intro cue down keeps only the person with a post of their own."""
    model = RoleModel({"bias": 5.0, "d:intro=True": -10.0}, 0.5)
    assert _added(nlp, SYNDICATE, model) == [
        ("Tomas Ravel Dunmore", "Northwind Syndicate", "senior administrator", "director", "roles_learned.v1")]


@pytest.mark.slow
def test_the_designating_authority_is_never_an_employer_and_he_or_she_carries_the_post(nlp):
    """OFAC designates the company; the person's post is stated in a sentence that names her only as "She"."""
    assert list(extract_roles(_parse(nlp, HAULAGE))) == []
    assert _added(nlp, HAULAGE) == [("Maren Ulla Stoltz", "Brasko Haulage Ltd", "treasurer", "director", "roles_learned.v1")]


@pytest.mark.slow
def test_the_rules_pairs_and_the_same_body_under_a_shorter_name_are_not_added_again(nlp):
    text = ("Corvane Mining Group digs tin in the hills. Pavel Ostrik is the chief executive officer of Corvane Mining Group. "
            "Corvane also trades ore.")
    doc = _parse(nlp, text)
    rules = list(extract_roles(doc))
    assert [(r.subject.name, r.object.name) for r in rules] == [("Pavel Ostrik", "Corvane Mining Group")]
    assert list(learned_pairs(doc, rules, ACCEPT_ALL)) == []



SHIPPER = "Gresham Tide Shipping operates tankers in the gulf.\n\nOskar Vell is {}."


@pytest.mark.slow
@pytest.mark.parametrize(("predicate", "expected"), [
    ("a senior broker", [("Oskar Vell", "Gresham Tide Shipping", "senior broker", "member", "roles_learned.v1")]),
    ("a Latvian national", []),  # nationality is no post (GUIDELINES.md): the pair is never scored
])
def test_a_predicate_noun_is_a_post_unless_it_states_nationality_or_kinship(nlp, predicate, expected):
    assert _added(nlp, SHIPPER.format(predicate)) == expected


@pytest.mark.slow
def test_a_person_the_rules_gave_a_post_is_not_paired_with_a_body_of_another_sentence(nlp):
    """Most false additions were persons with a post already, paired with the next body the release names."""
    text = ("Halvor Brandt is the chief financial officer of Ostmark Freight LLC. "
            "The Teller Coast Cartel moves cocaine through the port.")
    doc = _parse(nlp, text)
    rules = list(extract_roles(doc))
    assert [(r.subject.name, r.object.name) for r in rules] == [("Halvor Brandt", "Ostmark Freight LLC")]
    assert list(learned_pairs(doc, rules, ACCEPT_ALL)) == []


@pytest.mark.slow
def test_a_possessor_does_not_take_the_post_of_the_person_it_possesses(nlp):
    """"X's son, an official of Y": the post is the son's, so X is never paired with Y."""
    assert _added(nlp, "Edvin Marlow's son, an official of Holm Petrol Trading, buys the fuel for the network.") == []


@pytest.mark.slow
def test_a_title_after_with_is_the_post_of_the_person_met_not_of_the_subject(nlp):
    """"worked with an employee of Y": the employee is someone else, so the subject is not paired with Y."""
    doc = _parse(nlp, "Tamsin Grell has worked with an employee of Varta Avionics Corporation to buy radar parts.")
    rules = list(extract_roles(doc))
    assert rules == []
    assert list(doc_candidates(context_of(doc), rules)) == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Dara Kinsale was sanctioned for having bribed directors or managers of Pellow Grain Company.", []),
    ("Dara Kinsale became a director of Pellow Grain Company.", [("Dara Kinsale", "Pellow Grain Company", "director")]),
])
def test_a_title_that_is_the_object_of_a_verb_is_the_post_of_those_acted_on(nlp, text, expected):
    """"bribed directors of Y": the directors are other, unnamed persons, so the pair is never scored; "became a
    director of Y" is the subject's post (the rules give it too; here they are left out to see the candidate)."""
    doc = _parse(nlp, text)
    assert [(c.subject.name, c.obj.name, c.role) for c in doc_candidates(context_of(doc), [])] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("rule_role", "expected"), [("emir", []), ("treasurer", [("Rasmus Theil", "Sundar Front", "emir")])])
def test_a_title_the_rules_already_gave_to_another_body_is_not_given_again(nlp, rule_role, expected):
    """The rules' relation is made up here (person at another body): only its post decides whether the pair stays."""
    doc = _parse(nlp, "The Sundar Front recruits in the hills. Rasmus Theil is the emir of the Sundar Front.")
    rules = [relation("holds_role", EntityRef("Rasmus Theil", "Person"), EntityRef("Kolvar Cell", "Organization"),
                      list(doc.sents)[1], "roles.v1", 0.9, role=rule_role)]
    assert [(c.subject.name, c.obj.name, c.role) for c in doc_candidates(context_of(doc), rules)] == expected


@pytest.mark.slow
def test_a_person_named_only_as_whose_relative_someone_is_gets_no_post(nlp):
    """"X, the son of Y, is the director of Z": the post is X's (the rules give it); Y is never paired with Z."""
    text = "Marten Solvik, the son of Ragna Solvik, is the director of Kestel Mining Corporation."
    doc = _parse(nlp, text)
    assert [(r.subject.name, r.object.name) for r in extract_roles(doc)] == [("Marten Solvik", "Kestel Mining Corporation")]
    assert _added(nlp, text) == []


@pytest.mark.slow
def test_who_puts_someone_in_charge_is_not_given_the_post(nlp):
    """"X placed Y in charge of Z": Y stays a candidate, X does not."""
    assert _added(nlp, "In 2019, Ivo Rask placed Pera Holm in charge of Delmar Shipping Company.") == [
        ("Pera Holm", "Delmar Shipping Company", "member", "member", "roles_learned.v1")]


@pytest.mark.slow
def test_a_rank_alone_is_no_post_at_a_body_named_sentences_before(nlp):
    text = ("The Norvale Junta seized power in May.\n\nIt later named new ministers.\n\nThe ministers swore an oath.\n\n"
            "Anselm Dorr, a lieutenant general, was appointed interior minister.")
    assert _added(nlp, text) == []


@pytest.mark.slow
def test_bodies_in_a_parenthesis_after_a_title_are_its_scope_not_employers(nlp):
    text = "Halda Brun served as Chief of Joint Staff (Army, Navy and Air Force)."
    doc = _parse(nlp, text)
    assert [(r.subject.name, r.object.name) for r in extract_roles(doc)] == [("Halda Brun", "Joint Staff")]
    assert _added(nlp, text) == []


@pytest.mark.slow
def test_a_title_far_from_the_name_is_not_the_persons_post(nlp):
    """The treasurer is another person of the long sentence: the pair stays a candidate, but as "member"."""
    text = ("The Ostrava Syndicate smuggles arms. Prosecutors charged Dalen Morrow and two of his couriers in March, "
            "and a treasurer of the Ostrava Syndicate was also charged.")
    doc = _parse(nlp, text)
    rules = list(extract_roles(doc))
    assert rules == []
    [cand] = doc_candidates(context_of(doc), rules)
    assert (cand.subject.name, cand.obj.name, cand.role) == ("Dalen Morrow", "Ostrava Syndicate", "member")
    assert "d:titlefar" in cand.features

def test_the_role_model_path_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("GRAPHBUILD_ROLE_MODEL", raising=False)
    assert model_path() == MODEL_PATH
    path = tmp_path / "fold_3.json"
    path.write_text('{"weights": {"bias": 1.5, "d:main=True": 0.25}, "threshold": 0.6}', encoding="utf-8")
    monkeypatch.setenv("GRAPHBUILD_ROLE_MODEL", str(path))
    assert model_path() == path
    assert load_model() == RoleModel({"bias": 1.5, "d:main=True": 0.25}, 0.6)
    before = extraction_fingerprint()
    path.write_text('{"weights": {"bias": 1.5}, "threshold": 0.6}', encoding="utf-8")
    assert load_model() == RoleModel({"bias": 1.5}, 0.6)  # re-read when the file changes
    assert extraction_fingerprint() != before


@pytest.mark.parametrize("content", ["", '{"weights": [], "threshold": 0.5}'])
def test_a_missing_or_malformed_model_from_the_environment_is_a_model_error(tmp_path, monkeypatch, content):
    path = tmp_path / "model.json"
    if content:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setenv("GRAPHBUILD_ROLE_MODEL", str(path))
    monkeypatch.setenv("GRAPHBUILD_EXTRACTORS", "roles_learned.v1,designations.v1")
    with pytest.raises(ModelError) as info:
        extraction_fingerprint()
    assert str(path) in str(info.value)


def test_the_extractor_set_comes_from_the_environment_and_unknown_names_are_refused(monkeypatch):
    monkeypatch.delenv("GRAPHBUILD_EXTRACTORS", raising=False)
    assert active_extractors() == ("roles_learned.v1", "designations_learned.v1", "partof.v1", "delistings.v1")
    monkeypatch.setenv("GRAPHBUILD_EXTRACTORS", " roles.v1 ,partof.v1")
    assert active_extractors() == ("roles.v1", "partof.v1")
    monkeypatch.setenv("GRAPHBUILD_EXTRACTORS", "roles.v1,no_such.v9")
    with pytest.raises(ModelError, match="unknown extractor.*no_such.v9"):
        extraction_fingerprint()


@pytest.mark.slow
def test_a_person_who_only_acts_on_a_body_is_told_apart_from_one_who_works_for_it(nlp):
    """"X spoke about Y" (a verb that states no post) versus "X worked for Y" (a verb of service): the features
    differ, so a model can keep only the second."""
    acts = "Lena Varga spoke about the Korsten Port Authority at length."
    works = "Lena Varga worked for the Korsten Port Authority."
    [spoke] = doc_candidates(context_of(_parse(nlp, acts)), [])
    [worked] = doc_candidates(context_of(_parse(nlp, works)), [])
    assert (spoke.subject.name, spoke.obj.name) == (worked.subject.name, worked.obj.name) == ("Lena Varga", "Korsten Port Authority")
    assert {"d:verb=other", "d:clause=verb", "d:clausedepth=2"} <= set(spoke.features)
    assert {"d:verb=work", "d:clause=verb", "d:clausedepth=2"} <= set(worked.features)
    assert "d:verb=other" not in worked.features
    model = RoleModel({"bias": 5.0, "d:verb=other": -10.0}, 0.5)
    assert _added(nlp, acts, model) == []
    # "worked for Y" is a post the rules state themselves (extract/roles_employment.py): nothing left for the scorer
    assert _added(nlp, works, model) == []
    assert [(r.subject.name, r.object.name, r.role) for r in extract_roles(_parse(nlp, works))] == [
        ("Lena Varga", "Korsten Port Authority", "employee")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Lena Varga announced the hiring of new Korsten Port Authority inspectors.",
    "Reza Sharifi managed the accounts of Kavian Trading Co. from Istanbul.",
])
def test_a_body_below_the_object_of_the_persons_verb_is_never_scored(nlp, text):
    """"X managed the accounts of Y": what X did with something of Y, no post at Y (GUIDELINES: ownership and
    dealings are no post), whatever the weights say; the trace says why."""
    ctx = context_of(_parse(nlp, text))
    trace: list[tuple[int, int, str]] = []
    assert list(doc_candidates(ctx, [], trace)) == []
    names = {c.index: c.name for c in ctx.resolver.clusters}
    assert [(names[p], why) for p, _, why in trace] == [(text.split(" ")[0] + " " + text.split(" ")[1], "objectof")]
    assert _added(nlp, text) == []


@pytest.mark.slow
def test_the_body_itself_as_object_is_still_scored(nlp):
    """"X managed Y": the verb names the post (GUIDELINES: a person who manages an organization holds a role)."""
    ctx = context_of(_parse(nlp, "Reza Sharifi managed Kavian Trading Co. from Istanbul."))
    trace: list[tuple[int, int, str]] = []
    [scored] = doc_candidates(ctx, [], trace)
    assert (scored.subject.name, scored.obj.name, "d:verb=manage" in scored.features) == ("Reza Sharifi", "Kavian Trading Co.", True)
    assert [why for _, _, why in trace] == ["scored"]


@pytest.mark.slow
def test_a_title_word_inside_a_body_name_is_no_post(nlp):
    """"the Department of Justice ... charging X": "Justice" names the department, it is not X's post; "a Justice of
    the Supreme Court" still is one."""
    from graphbuild.extract.roles_doc_filters import inside_body_name

    inside = _parse(nlp, "In addition, the Department of Justice has unsealed an indictment charging Pavel Orsk.")
    post = _parse(nlp, "Pavel Orsk, a Justice of the Supreme Court of Korsten, signed the order.")
    found = []
    for doc in (inside, post):
        ctx = context_of(doc)
        found += [(t.role, inside_body_name(t, ctx.resolver.mention_at(t.start))) for s in doc.sents for t in ctx.titles_in(s)]
    assert found == [("Justice", True), ("Justice", False)]


@pytest.mark.slow
def test_the_trace_says_why_each_pair_was_or_was_not_scored(nlp):
    """benchmarks/roles_recall_diag.py counts lost posts by these reasons."""
    doc = _parse(nlp, "Edvin Marlow's son, an official of Holm Petrol Trading, buys the fuel. Oskar Vell is a broker at Holm Petrol Trading.")
    ctx = context_of(doc)
    trace: list[tuple[int, int, str]] = []
    list(doc_candidates(ctx, [], trace))
    names = {c.index: c.name for c in ctx.resolver.clusters}
    assert sorted((names[p], names[o], why) for p, o, why in trace) == [
        ("Edvin Marlow", "Holm Petrol Trading", "hopeless:possessor_or_with"),
        ("Oskar Vell", "Holm Petrol Trading", "scored"),
    ]


@pytest.mark.slow
def test_who_appointed_someone_is_not_given_a_post_at_the_appointees_body(nlp):
    """"... since he was appointed by President X": X acted on the appointee's post, X holds none at this body."""
    doc = _parse(nlp, "Halvard Renn has run the Tessaly Port Authority since May, when he was appointed by President Edda Morne.")
    ctx = context_of(doc)
    trace: list[tuple[int, int, str]] = []
    list(doc_candidates(ctx, [], trace))
    names = {c.index: c.name for c in ctx.resolver.clusters}
    assert sorted((names[p], names[o], why) for p, o, why in trace) == [
        ("Edda Morne", "Tessaly Port Authority", "hopeless:agent_of_another"),
        ("Halvard Renn", "Tessaly Port Authority", "scored"),
    ]


#: The second post's word is none of the title lexicon's heads ("political commissar" became one: TL, twenty-sixth session).
SECOND_POST = ("Tarn Ebbesen is the Party Secretary of the Vellmar Port Security Bureau and a deputy liaison "
               "of the Vellmar Production Corps.")


@pytest.mark.slow
def test_a_second_body_in_the_sentence_of_a_person_with_a_rule_post_is_a_candidate_with_a_cue(nlp):
    """The rules give the first post only; the second body of the person's own sentence is no longer filtered (it held
    a gold post in 17% of such pairs on the extra corpora) but scored, with a cue that says the rules gave a post."""
    doc = _parse(nlp, SECOND_POST)
    rules = [r for r in extract_roles(doc) if r.relation == "holds_role"]
    assert [(r.subject.name, r.object.name) for r in rules] == [("Tarn Ebbesen", "Vellmar Port Security Bureau")]
    [cand] = [c for c in doc_candidates(context_of(doc), rules) if c.obj.name == "Vellmar Production Corps"]
    assert cand.subject.name == "Tarn Ebbesen"
    assert "d:rulehopeless=rulepost_no_link" in cand.features
    assert ("Tarn Ebbesen", "Vellmar Production Corps", "member", "member", "roles_learned.v1") in _added(nlp, SECOND_POST)
    weighed_down = RoleModel({"bias": 5.0, "d:rulehopeless=rulepost_no_link": -10.0}, 0.5)
    assert [a[1] for a in _added(nlp, SECOND_POST, weighed_down) if a[1] == "Vellmar Production Corps"] == []


def test_a_longer_name_of_a_body_the_rules_gave_is_scored_with_a_cue_a_shorter_one_is_not():
    """The rules often take a fragment ("Atlantico") of a body's full name: the full name stays a candidate (cue
    d:longerbody); a shorter name of the rules' body is the same body and is never added."""
    from graphbuild.extract.roles_doc_bodies import longer_body_name as _longer_body, same_body_name as _same_body

    given = {"selvik"}
    assert (_same_body("Selvik Tankers Ltd.", given), _longer_body("Selvik Tankers Ltd.", given)) == (False, True)
    given = {"selvik tankers ltd."}
    assert (_same_body("Selvik", given), _longer_body("Selvik", given)) == (True, False)
    assert (_same_body("Orwen Freight", given), _longer_body("Orwen Freight", given)) == (False, False)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Tomas Brell, a cousin of Minister Edda Varn, directs Kestel Mining Corporation.",
                 ("director", True), id="present"),
    pytest.param("Tomas Brell, a cousin of Minister Edda Varn, directed Kestel Mining Corporation.",
                 ("director", False), id="past-is-former"),
    pytest.param("Tomas Brell, a cousin of Minister Edda Varn, praised Kestel Mining Corporation.",
                 ("member", True), id="no-post-verb"),
])
def test_a_pair_without_a_title_takes_the_post_its_head_verb_states(nlp, text, expected):
    """The scorer's pair "X, a cousin of Z, directs Y" (no title near X) reports the post the verb states, as the
    GUIDELINES read "directs" / "leads" / "manages"; another verb leaves the fallback "member". The rules read the
    head verb after the aside themselves (`roles_prose._verb_after_aside`, twelfth session), so the pair is scored
    here as a candidate without the rules' relations: the post naming is what is tested."""
    doc = _parse(nlp, text)
    posts = {(r.subject.name, r.object.name): (r.role, r.current) for r in learned_pairs(doc, [], ACCEPT_ALL)}
    assert posts[("Tomas Brell", "Kestel Mining Corporation")] == expected
