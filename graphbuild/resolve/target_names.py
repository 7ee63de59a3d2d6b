"""Names a document states only as the target of a designation or a removal.

WHY: the model's type for such a bare name is a guess from its letters or context, and the two retyping rules
(`known_people`, `known_bodies`) may correct it from the index only where nothing else in the document says what the
name is: a name that also holds, has or is part of something, or acts as an authority, keeps its type. One reading of
"only a target" serves both rules, so they cannot drift apart.
"""
from __future__ import annotations

from collections.abc import Callable

from ..names import name_key
from ..records import EntityRef, Relation

#: The relations whose subject is only named as a target: what the model's guess of a type may get wrong.
TARGETED = frozenset({"designated_by", "delisted_by"})


def only_targets(relations: list[Relation], typed: str, bare: Callable[[EntityRef], bool]) -> dict[str, list[EntityRef]]:
    """By name key, the refs typed `typed` that `bare` accepts, for the names the document uses only as such targets
    (a name key used in any other place, or by a ref `bare` refuses, is left out)."""
    refs: dict[str, list[EntityRef]] = {}
    blocked: set[str] = set()
    for rel in relations:
        for ref, target in ((rel.subject, rel.relation in TARGETED), (rel.object, False)):
            key = name_key(ref.name)
            if ref.type == typed and target and ref.id is None and bare(ref):
                refs.setdefault(key, []).append(ref)
            else:
                blocked.add(key)
    return {key: found for key, found in refs.items() if key not in blocked}


__all__ = ["TARGETED", "only_targets"]
