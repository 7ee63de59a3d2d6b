"""One name for a country a release writes in two forms ("the Russian Federation", "Russia"): the rules that compare
countries compare these.

`roles_country` (whose state a post without a body is in) and `titles_ministry.kept_apart` (whether a minister's own
country's ministry is the body of that name the release places in a country) both compare a country named one way
with a country named the other; `titles_ministry` cannot import `roles_country` (a cycle through `titles`), so the
forms live here, where both read them (C, twenty-fourth session: "Minister of Defense of the Russian Federation" beside
"Russia's Ministry of Defense" was kept apart as "Russian Federation's Ministry of Defense").
"""
from __future__ import annotations

__all__ = ["ALIASES", "canonical_country"]

#: A country's other form -> the form the rules compare ("Congo" alone stays "Congo": it may be the Republic of the Congo).
ALIASES = {"Russian Federation": "Russia", "Republic of Belarus": "Belarus", "UK": "United Kingdom", "U.K.": "United Kingdom",
           "DPRK": "North Korea", "Democratic Republic of the Congo": "the Democratic Republic of the Congo"}


def canonical_country(name: str) -> str:
    """The form of `name` the rules compare (itself when it has no other)."""
    return ALIASES.get(name, name)
