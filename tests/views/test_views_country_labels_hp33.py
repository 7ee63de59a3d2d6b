"""Two countries' public bodies of one name are told apart by their labels in the view (HP, thirty-third session).

"the State Security Service (SSS) of Belarus" and, in another release, "... of Georgia" are two nodes (their country
is part of the IRI), but the view labelled both "State Security Service": on the page, in the search and in the fact
table a reader could not tell which country's service a post or a designation belongs to. Invented names."""
from __future__ import annotations

from graphbuild.views.model import GraphModel

OFAC = ("ofac", "Office of Foreign Assets Control", "PublicBody")


def _body(ent, key: str, name: str, country: str | None) -> dict:
    body = ent(key, name, "PublicBody")
    if country:
        body["country"] = country
    return body


def test_a_generic_body_is_labelled_with_its_country_when_its_name_does_not_say_it(rel, ent):
    rels = [rel("a.md", "holds_role", ent("l", "Eino Larka", "Person"), _body(ent, "sss-by", "State Security Service", "Belarus"),
                role="director"),
            rel("b.md", "holds_role", ent("p", "Jonas Pell", "Person"), _body(ent, "sss-ge", "State Security Service", "Georgia"),
                role="head"),
            rel("c.md", "holds_role", ent("v", "Olek Vard", "Person"), _body(ent, "mod-by", "Ministry of Defense of Belarus", "Belarus"),
                role="Minister of Defense"),
            rel("c.md", "holds_role", ent("t", "Rem Tashko", "Person"), _body(ent, "mof-by", "Belarusian Ministry of Finance", "Belarus"),
                role="deputy minister"),
            rel("c.md", "designated_by", ent("v", "Olek Vard", "Person"), ent(*OFAC))]
    labels = sorted(n["label"] for n in GraphModel.from_relations(rels).nodes if n["type"] == "PublicBody")
    assert labels == ["Belarusian Ministry of Finance", "Ministry of Defense of Belarus", "Office of Foreign Assets Control",
                      "State Security Service (Belarus)", "State Security Service (Georgia)"]
