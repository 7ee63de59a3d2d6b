"""The relation kinds, bodies and views of relations the extraction tests share.

Each test file of the fifteenth session wrote its own `DB = "designated_by"`, `OFAC = ...` and a one-line view of the
designations or posts it checks (`duplicates --change --base eaf761a` listed them); they are here once. A view keys
relations by names so that a test states exactly the facts it expects. Imported by name: tests/extract is on
sys.path under pytest.
"""
from __future__ import annotations

DB = "designated_by"
HR = "holds_role"
PO = "part_of"
OFAC = "Office of Foreign Assets Control"
EU = "European Union"
UK = "United Kingdom"
TREASURY = "U.S. Department of the Treasury"
STATE = "U.S. Department of State"


def designees(relations: list[dict]) -> set[tuple[str, str]]:
    """(designee, body) of each designation."""
    return {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == DB}


def current_designees(relations: list[dict]) -> set[tuple[str, str]]:
    """(designee, body) of each designation in force (today's action, not a past one)."""
    return {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == DB and r.get("current")}


def posts(relations: list[dict]) -> set[tuple[str, str, str]]:
    """(person, body, role) of each post."""
    return {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in relations if r["relation"] == HR}


def posts_with_current(relations: list[dict]) -> set[tuple[str, str, str | None, bool]]:
    """(person, body, role, current) of each post: unlike `posts_held`, two posts of one person in one body stay two."""
    return {(r["subject"]["name"], r["object"]["name"], r["role"], r["current"]) for r in relations if r["relation"] == HR}


def posts_held(relations: list[dict]) -> dict[tuple[str, str], tuple]:
    """(person, body) -> (role, current) of each post."""
    return {(r["subject"]["name"], r["object"]["name"]): (r["role"], r["current"]) for r in relations if r["relation"] == HR}


def designations_dated(relations: list[dict]) -> dict[tuple[str, str], tuple]:
    """(designee, body) -> (date, current) of each designation."""
    return {(r["subject"]["name"], r["object"]["name"]): (r["date"], r["current"]) for r in relations if r["relation"] == DB}
