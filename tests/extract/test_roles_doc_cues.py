"""Cues of how a title meets the body of a learned-scorer candidate (extract/roles_doc_cues.py). Invented texts
and names throughout."""
from __future__ import annotations

import pytest

from graphbuild.extract.context import context_of
from graphbuild.extract.roles import extract_roles
from graphbuild.extract.roles_doc import doc_candidates
from graphbuild.extract.roles_doc_cues import other_sentence_cues, title_names_body
from graphbuild.extract.titles import Title

TWO_POSTS = ("The Coastal Guard Service patrols the northern border. Tomas Ravel Dunmore is the regional inspector of the "
             "southern district and the head of the Coastal Guard Service.")


def _title(role: str, head: str) -> Title:
    return Title(start=0, end=1, span_end=1, role=role, role_class="head", head=head)


@pytest.mark.parametrize("role, head, body, names", [
    ("Minister of State for Coastal Affairs", "minister", "Ministry of State for Coastal Affairs", True),
    ("Deputy Director of Harrow Lumen", "director", "Harrow Lumen Works", True),
    ("Director", "director", "National Intelligence Directorate", True),
    ("Attorney General", "attorney general", "Attorney General's Office", False),
    ("President", "president", "Government of Norland", False),
    ("chief of staff", "chief of staff", "Harrow Lumen Works", False),
])
def test_the_titles_own_words_name_the_body(role, head, body, names):
    """A word of the post besides its head is in the body's name, or the head and a name word share a stem
    ("Minister" / "Ministry"); the very head word inside the name ("Attorney General's Office") is no cue."""
    assert title_names_body(_title(role, head), body) is names


@pytest.mark.slow
def test_the_title_that_governs_the_body_is_the_candidates_post(nlp):
    """Two coordinated titles in the person's sentence; the body hangs on the second. The candidate's post is that
    title (not the nearer 'regional inspector'), and its cues say the title governs the body."""
    doc = nlp(nlp.make_doc(TWO_POSTS))
    rules = [r for r in extract_roles(doc) if r.relation == "holds_role"]
    assert rules == []
    cands = list(doc_candidates(context_of(doc), rules))
    assert [(c.subject.name, c.obj.name, c.role, c.role_class) for c in cands] == [
        ("Tomas Ravel Dunmore", "Coastal Guard Service", "head", "head")]
    cues = {f for f in cands[0].features if f.startswith(("d:tgov", "d:tforbody", "d:tlink", "d:t2o", "d:tnames"))}
    assert cues == {"d:tgov=True", "d:tforbody", "d:tlink=this", "d:t2o=4-7", "d:tnames=False"}


@pytest.mark.slow
def test_a_body_that_only_owns_what_the_person_belongs_to_is_no_candidate(nlp):
    """'part of Y's smuggling network' names no post at Y: the pair is looked at and set aside ('possof'), so the
    scorer can never add it, whatever its weights."""
    doc = nlp(nlp.make_doc("The Coastal Guard Service patrols the northern border. Tomas Ravel Dunmore was part of the "
                           "Coastal Guard Service's smuggling network."))
    rules = [r for r in extract_roles(doc) if r.relation == "holds_role"]
    trace: list[tuple[int, int, str]] = []
    assert rules == [] and list(doc_candidates(context_of(doc), rules, trace)) == []
    assert [why for _, _, why in trace] == ["possof"]


@pytest.mark.parametrize("person_at, body_at, titles, expected", [
    ({1, 4}, {1, 4, 6}, [("chief executive", "chief executive")], ["d:cooc=2"]),
    ({2}, {5}, [("Deputy Director of Harrow Lumen", "director")], ["d:cooc=0", "d:tnamesany"]),
    ({2}, {2}, [], ["d:cooc=1"]),
])
def test_the_persons_other_sentences_say_how_often_the_two_meet_and_whether_a_title_names_the_body(
        person_at, body_at, titles, expected):
    """Sentences naming both, and a title the document gives the person anywhere that names the body."""
    got = other_sentence_cues(person_at, body_at, [_title(r, h) for r, h in titles], "Harrow Lumen Works")
    assert got == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Petr Halas was among the buyers of Velmont Trading LLC shares.",
    "Petr Halas was one of the holders of Velmont Trading LLC bonds.",
], ids=["shares", "bonds"])
def test_a_body_that_only_modifies_a_thing_is_no_candidate(nlp, text):
    """'the buyers of Y shares' names no post at Y: the pair is looked at and set aside ('modof'), so the scorer can
    never add it, whatever its weights (a refit had accepted it at p 0.57)."""
    doc = nlp(nlp.make_doc(text))
    rules = [r for r in extract_roles(doc) if r.relation == "holds_role"]
    trace: list[tuple[int, int, str]] = []
    assert rules == [] and list(doc_candidates(context_of(doc), rules, trace)) == []
    assert [why for _, _, why in trace] == ["modof"]


@pytest.mark.slow
def test_a_body_before_a_post_noun_stays_a_candidate(nlp):
    """'a Y official' names a post at Y: the name before a post noun is not set aside as a thing's modifier."""
    doc = nlp(nlp.make_doc("Velmont Trading LLC ships grain. Petr Halas met a Velmont Trading LLC official."))
    trace: list[tuple[int, int, str]] = []
    list(doc_candidates(context_of(doc), [], trace))
    assert "modof" not in [why for _, _, why in trace]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Oskar Vell bought trucks from Marrow Freight LLC. Ilse Dravin is a senior member of the cartel.",
    "Oskar Vell rented a warehouse from Quillon Storage Ltd. Ilse Dravin became a lieutenant in the gang.",
], ids=["cartel", "gang"])
def test_a_title_of_a_kind_noun_that_names_no_such_body_gives_no_candidate(nlp, text):
    """'a senior member of the cartel' puts the post at a cartel; when the release names none (the noun refers back
    to no body), the company of the sentence before is not that body: the pair is set aside ('kindof'), whatever the
    scorer's weights (a refit had accepted it at p 0.53)."""
    doc = nlp(nlp.make_doc(text))
    rules = [r for r in extract_roles(doc) if r.relation == "holds_role"]
    trace: list[tuple[int, int, str]] = []
    pairs = [(c.subject.name, c.obj.name) for c in doc_candidates(context_of(doc), rules, trace)]
    assert rules == [] and all(person != "Ilse Dravin" for person, _ in pairs)
    assert "kindof" in [why for _, _, why in trace]


@pytest.mark.slow
def test_a_kind_noun_followed_by_its_name_keeps_the_candidate(nlp):
    """'the director of the shipping company Y' names Y itself: the title's kind noun is no other body."""
    doc = nlp(nlp.make_doc("Marrow Freight LLC sells trucks. Ilse Dravin is the director of the shipping company Halvard "
                           "Lines."))
    trace: list[tuple[int, int, str]] = []
    list(doc_candidates(context_of(doc), [r for r in extract_roles(doc) if r.relation == "holds_role"], trace))
    assert "kindof" not in [why for _, _, why in trace]
