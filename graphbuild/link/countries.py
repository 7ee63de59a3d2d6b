"""Country names to codes (rigour's territories), for the country evidence of a match.

Lists write countries in their own style ("Korea, North"), texts in theirs ("Venezuela's
Ministry of Interior"); both become the same code here.
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _territory_codes() -> dict[str, str]:
    """{folded country name: code} from rigour's territories (its full fuzzy lookup costs 3 s to index)."""
    from rigour.territories import get_territories

    codes: dict[str, str] = {}
    for territory in get_territories():
        code = territory.ftm_country or territory.code
        for name in (territory.name, territory.full_name):
            if name:
                codes.setdefault(name.casefold(), code)
    return codes


def country_code(name: str) -> str | None:
    """ISO-style code of a country name as OFAC writes it ("Iran", "Korea, North")."""
    name = name.strip().casefold()
    if name.count(",") == 1:
        first, second = (part.strip() for part in name.split(","))
        name = name if name in _territory_codes() else f"{second} {first}"
    return _territory_codes().get(name)


def countries_in(name: str) -> set[str]:
    """Codes of the countries a name contains ("Venezuela's Ministry of Interior" -> {"ve"})."""
    words = re.sub(r"'s\b|[^\w\s-]", " ", name).split()
    found = set()
    for size in (1, 2, 3):
        for start in range(len(words) - size + 1):
            code = _territory_codes().get(" ".join(words[start:start + size]).casefold())
            if code:
                found.add(code)
    return found
