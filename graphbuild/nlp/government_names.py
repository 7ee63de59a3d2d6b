"""A state that sanctions in its own name is also named by its government in every form of the country's name.

The authorities gazetteer names a few states as authorities under the country's name ("United Kingdom", "Canada"),
with some of their governments' forms as aliases ("Government of the United Kingdom"). A release writes the government
with any of the country's other names ("the Government of Great Britain", "the British Government"): those forms were
no alias, so the government was a body of its own, or no mention at all (twenty-sixth session, FY). The forms are made
here from the country data (countries.yaml's demonyms, public_bodies.yaml's country aliases), for every such state
alike, so no state's list is written by hand.
"""
from __future__ import annotations

from collections.abc import Mapping

__all__ = ["government_forms"]

#: The word a government's name adds to a country's name.
GOVERNMENT_WORDS = ("Government", "government")


def government_forms(country: str, aliases: Mapping[str, str], demonyms: Mapping[str, str]) -> list[str]:
    """The forms of `country`'s government: "Government of N", "N Government", "N government" for each of the
    country's other names N, and "D Government" / "D government" for each of its demonyms D (no lower-case alias).
    The country's own name is left out: the gazetteer writes its usual forms, and a generated "Government of
    <country>" (a post's body, roles_country) stays a generic body that resolve/governments.py joins to the authority,
    so it does not take the document's capital-as-government cluster's forms ("London") as aliases."""
    names = [a for a, c in aliases.items() if c == country and a != country and not a.islower() and not a.lower().startswith("the ")]
    adjectives = [d for d, c in demonyms.items() if c == country and d != country]
    forms: list[str] = []
    for name in names:
        forms.append(f"Government of {name}")
        forms.extend(f"{name} {word}" for word in GOVERNMENT_WORDS)
    for adjective in adjectives:
        forms.extend(f"{adjective} {word}" for word in GOVERNMENT_WORDS)
    return list(dict.fromkeys(forms))  # each form once, in the order made

