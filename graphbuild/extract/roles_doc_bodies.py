"""How a candidate's body stands to the bodies the rules gave the person, and to its sentence (roles_doc.py).

The rules often give a post at a fragment of a body's name ("Selvik" for "Selvik Tankers Ltd."), or at the same body
under a longer name; a candidate must not add the same body again, but the full name of a fragment is worth scoring.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..records import Relation


def same_body_name(name: str, given: set[str]) -> bool:
    """"Trickbot" when the rules gave "Trickbot Group": the same body under a shorter (or the same) name."""
    words = set(name.casefold().split())
    return any(words <= set(g.split()) for g in given)


def longer_body_name(name: str, given: set[str]) -> bool:
    """"Tankers Atlantico Ltd." when the rules gave "Atlantico": a longer name holding all of a body the rules gave,
    often the full name of which the rules took a fragment (a cue, not a filter: it can also be the same body)."""
    words = set(name.casefold().split())
    return any(set(g.split()) < words for g in given)


def in_parenthesis(sent: Span, token: int) -> bool:
    """`token` stands inside a parenthesis of its sentence ("Chief of Joint Staff (Army, Navy and Air Force)": a scope
    or a gloss, not a second employer)."""
    for tok in reversed(sent.doc[sent.start:token]):
        if tok.text == ")":
            return False
        if tok.text == "(":
            return True
    return False


def rule_posts(rules: list[Relation]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per person (casefolded name): the bodies the rules gave a post at, and the posts (casefolded role text)."""
    bodies: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    for r in rules:
        if r.relation == "holds_role":
            bodies.setdefault(r.subject.name.casefold(), set()).add(r.object.name.casefold())
            if r.role:
                roles.setdefault(r.subject.name.casefold(), set()).add(r.role.casefold())
    return bodies, roles
