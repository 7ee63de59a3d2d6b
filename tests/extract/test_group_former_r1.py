"""A present word opens a post held now after a pronoun or a parsed verb too, seventeenth session (issue 13, R1).

P11 read "X, formerly director of Y and currently an adviser in Z" as a former post and a current one when a name's
link gave the group of titles; after a pronoun ("He was formerly the director of Y and currently the chairman of Z")
or a verb the parse ties to its subject ("X founded W and formerly served as the director of Y and currently as the
chairman of Z") both posts came out former. Texts invented for these tests; they fail on main e2df427.
"""
from __future__ import annotations

import pytest

from relation_views import HR

pytestmark = pytest.mark.slow

OPENING = "Treasury Sanctions Officers\n\nKarim Sabbagh is the commander of the Fourth Division. "


def _posts(relations: list[dict]) -> dict[tuple[str, str], bool]:
    return {(r["role"], r["object"]["name"]): r["current"] for r in relations
            if r["relation"] == HR and r["subject"]["name"] == "Karim Sabbagh"}


@pytest.mark.parametrize("text", [
    OPENING + "He was formerly the director of the Central Logistics Directorate and currently the chairman of the "
              "Velt Trading Company.",
    OPENING + "He formerly served as the director of the Central Logistics Directorate and currently as the chairman of "
              "the Velt Trading Company.",
    "Treasury Sanctions Officers\n\nKarim Sabbagh founded Velt Trading and formerly served as the director of the Central "
    "Logistics Directorate and currently as the chairman of the Velt Trading Company.",
])
def test_currently_opens_a_post_held_now(extract, text: str) -> None:
    posts = _posts(extract(text))
    assert posts[("director", "Central Logistics Directorate")] is False
    assert posts[("chairman", "Velt Trading Company")] is True
