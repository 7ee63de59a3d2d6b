"""Review RI of ID's namesakes (twenty-ninth session): what tells two namings of one name apart within a release, and
the namesake's node across releases read in either order. Invented texts and names."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from markdown_release import extract_markdown

HR = "holds_role"
LEAD = "WASHINGTON -- Today, OFAC designated a network that moves money for a militia.\n\n"
OWNER, MANAGER, DIRECTOR = "Vantor Exchange Company", "Orlis Money Transfer", "Kelvar Trading LLC"


def _holders(relations: list[dict]) -> dict[str, str]:
    """{post's body: the holder's id as the document gives it ("" for a person of the name's own IRI)}."""
    return {r["object"]["name"]: r["subject"]["id"] or "" for r in relations if r["relation"] == HR}


@pytest.mark.slow
@pytest.mark.parametrize("text, apart", [
    (LEAD + "Selim Naccache, passport number A1234567, is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache, who also holds passport number B7654321, is also the manager of Orlis Money Transfer.\n", False),
    (LEAD + "Selim Naccache (born 12/03/1971) is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache (born 12/03/1972) is the manager of Orlis Money Transfer.\n", True),
    (LEAD + "Selim Naccache (born 12 March 1971) is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache (born 12/03/1971) is also the manager of Orlis Money Transfer.\n", False),
], ids=["second-passport-is-his", "years-in-figures", "figures-and-words-one-year"])
def test_what_tells_two_namings_of_one_name_apart(extract, text, apart):
    """A second passport stated at a later naming is the man's own; a birth date in figures is read even where the
    model types it a person's name."""
    posts = _holders(extract_markdown(extract, text))
    assert set(posts) == {OWNER, MANAGER}
    assert posts[OWNER] == ""
    assert (posts[MANAGER] != "") is apart


PAIR = (LEAD + "Selim Naccache (born 12 March 1971) is the owner of Vantor Exchange Company.\n\n"
        "Selim Naccache (born 4 June 1985) is the manager of Orlis Money Transfer.\n")
ALONE = "WASHINGTON -- Today, OFAC designated Selim Naccache (born 4 June 1985), the director of Kelvar Trading LLC.\n"


def _iris(out: Path) -> dict[str, str]:
    lines = (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["object"]["name"]: r["subject"]["id"] for r in map(json.loads, lines) if r["relation"] == HR}


@pytest.mark.slow
def test_a_namesake_is_the_man_an_earlier_release_states_alike(tmp_path):
    """The man born 1985 is one node whether the release that states him alone is read before the one that tells him
    from a man born 1971 (one build, files in that order) or built into the store first (a second build adds the
    other release); the man born 1971 is another node."""
    from graphbuild.pipeline.run import BuildOptions, build

    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.md").write_text(ALONE, encoding="utf-8")
    (second / "b.md").write_text(PAIR, encoding="utf-8")
    both = tmp_path / "both"
    both.mkdir()
    (both / "a.md").write_text(ALONE, encoding="utf-8")
    (both / "b.md").write_text(PAIR, encoding="utf-8")
    build([both], BuildOptions(out=tmp_path / "one"))
    build([first], BuildOptions(out=tmp_path / "store"))
    build([first, second], BuildOptions(out=tmp_path / "store"))
    for out in ("one", "store"):
        posts = _iris(tmp_path / out)
        assert posts[DIRECTOR] == posts[MANAGER] != posts[OWNER]
    assert _iris(tmp_path / "one") == _iris(tmp_path / "store")
