"""A removed or designated name the model typed "Person" whose name is only a known body's is that body.

WHY: the statistical model types a bare name by its letters, so "Today, OFAC removed Calder Marine and Marta Quell
from the SDN List." can read a firm's trade name, which an earlier release gave as the alias of the company it
designated, as a person's. Resolution is by (type, name), so the removal made a person "Calder Marine" and the store
ended no designation of the company: the graph still stated a designation the latest release had lifted.

The mirror of `known_people` (a known person typed "Organization") and as narrow: a name the document states only as
a target of a designation or a removal (never holding, having or being part of anything, never an authority), with no
birth date, nationality or passport the document states for it, that the index (the store's entities and this
build's earlier documents) holds as an organization's name or alias and as no person's. Its type becomes the known
body's, so its one node is found. HP, thirty-third session.

Not when the known body's type is the generic "Organization": no legal form or body word said it was a body, so that
type was the model's guess in an earlier release, and the later release's "Person" is as good. Not when the name
opens a longer name of the body ("Karim Haddad" of "Karim Haddad Jewelers LLC"): the firm is named after a man, and
the name alone is his (review RHP, thirty-third session).
"""
from __future__ import annotations

from collections.abc import Mapping

from ..names import name_key
from ..records import Relation
from .target_names import TARGETED, only_targets


def retype_known_bodies(relations: list[Relation], known: Mapping[tuple[str, str], str], types: Mapping[str, str],
                        names: Mapping[str, list[str]]) -> None:
    """Give the known body's type to the targets typed "Person" whose name is only a known body's (refs changed in
    place). `known`: the index's (coarse type, name key) -> IRI; `types`: a body's IRI -> its type; `names`: a body's
    IRI -> its names."""
    for key, found in only_targets(relations, "Person", lambda ref: not ref.identifiers).items():
        if any(("Person", name_key(n, "Person")) in known for ref in found for n in (ref.name, *ref.aliases)):
            continue
        iri = known.get(("Organization", key))
        if iri is None or types.get(iri, "Organization") == "Organization" or _named_after(key, names.get(iri, [])):
            continue
        for ref in found:
            ref.type = types.get(iri, "Organization")



def _named_after(key: str, names: list[str]) -> bool:
    """A longer name of the body opens with the name's words: "Karim Haddad Jewelers LLC" is named after "Karim Haddad"."""
    words = key.split()
    return any(len(w := name_key(n).split()) > len(words) and w[:len(words)] == words for n in names)


__all__ = ["TARGETED", "retype_known_bodies"]
