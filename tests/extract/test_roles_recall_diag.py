"""benchmarks/roles_recall_diag.py's stage for a post whose body is no mention: a country mention that spells only a
fallback name of the gold's list ("Government of Y", "Y") is not the body typed as a country (seventeenth session,
H5: the 59 'org_typed:Country' posts of the invented sets were such fallbacks, read as bodies typed a country).
Invented clusters, no parse."""
from __future__ import annotations


def _window(*clusters: tuple[int, str, str]) -> dict:
    return {"clusters": [{"index": i, "type": t, "names": [n], "designator": False, "at": [(0, 0)]} for i, t, n in clusters],
            "trace": []}


POST = {"relation": "holds_role", "subject": ["Ivo Darnek"], "role": ["Deputy Minister of Energy"],
        "object": ["Ministry of Energy", "Government of Moldova", "Moldova"]}


def test_only_a_fallback_name_spelled_by_a_country_is_a_missing_body(benchmark_script):
    diag = benchmark_script("roles_recall_diag")
    window = _window((0, "Person", "Ivo Darnek"), (1, "Country", "Moldova"))
    assert diag.stage(POST, [], [window], [], None) == "org_fallback_only:Country"


def test_the_body_itself_spelled_by_a_country_mention_is_typed_a_country(benchmark_script):
    diag = benchmark_script("roles_recall_diag")
    window = _window((0, "Person", "Ivo Darnek"), (1, "Country", "Ministry of Energy"), (2, "Country", "Moldova"))
    assert diag.stage(POST, [], [window], [], None) == "org_typed:Country"


def test_a_body_cut_short_beside_the_country_is_a_span_problem(benchmark_script):
    """"the Ministry of Labour and Vocational Training" read as "Ministry of Labour": the name is there, cut; a body
    sharing only the kind word ("Ministry of Defense") says nothing."""
    diag = benchmark_script("roles_recall_diag")
    post = {**POST, "object": ["Ministry of Labour and Vocational Training", "Government of Moldova", "Moldova"]}
    cut = _window((0, "Person", "Ivo Darnek"), (1, "PublicBody", "Ministry of Labour"), (2, "Country", "Moldova"))
    other = _window((0, "Person", "Ivo Darnek"), (1, "PublicBody", "Ministry of Defense"), (2, "Country", "Moldova"))
    assert diag.stage(post, [], [cut], [], None) == "org_partial"
    assert diag.stage(post, [], [other], [], None) == "org_fallback_only:Country"


def test_a_group_membership_designations_gives_is_found_not_lost(benchmark_script):
    """designations.v1's member post of a group's designee (roles_group) is in the build: the stage says 'group', not
    a candidate under the threshold (eighteenth session, H6)."""
    diag = benchmark_script("roles_recall_diag")
    post = {"relation": "holds_role", "subject": ["Ivo Darnek"], "role": ["member"], "object": ["Velgrad Syndicate"]}
    window = _window((0, "Person", "Ivo Darnek"), (1, "Organization", "Velgrad Syndicate"))
    candidate = {"subject": {"name": "Ivo Darnek"}, "object": {"name": "Velgrad Syndicate"}, "role": "member"}
    member = {"subject": {"name": "Ivo Darnek"}, "object": {"name": "Velgrad Syndicate"}, "role": "member"}
    assert diag.stage(post, [], [window], [(candidate, 0.2)], 0.65, [member]) == "group"
    assert diag.stage(post, [], [window], [(candidate, 0.2)], 0.65) == "below_threshold:0.1-0.3"


def test_the_unread_option_takes_the_readable_score_sets_and_refuses_the_never_read_ones(benchmark_script, tmp_path):
    """`--unread` parses only the 41 readable score sets (twenty-first session, H11; y, z, aa and ab since the
    thirty-first session's start, ac, ad, ag and ah since the thirty-second's, ai, aj, ak and al since the thirty-third's, am, an, ao and ap since the thirty-fourth's): every other name, the never-read sets kept to judge a session and any set written
    later, is refused before anything is read."""
    import pytest

    diag = benchmark_script("roles_recall_diag")
    assert [c.name for c in diag.unread_corpora("b, unread_a", tmp_path)] == ["unread/b", "unread/a"]
    assert len(diag.unread_corpora("readable", tmp_path)) == 41
    assert [c.name for c in diag.unread_corpora("y,z,aa,ab", tmp_path)] == ["unread/y", "unread/z", "unread/aa", "unread/ab"]
    for name in ("p", "aq", "unread_ar", "as", "at", "au", "av", "aw", "ay", "az", "ba"):
        with pytest.raises(SystemExit):
            diag.unread_corpora(f"a,{name}", tmp_path)
    assert diag.group("unread/c/c01.md", {}) == "unread_treasury"
    assert diag.group("unread/j/j01.md", {}) == "unread_state"
    assert diag.group("unread/y/ya01.md", {}) == "unread_treasury"
    assert diag.group("unread/z/zb01.md", {}) == "unread_state"
