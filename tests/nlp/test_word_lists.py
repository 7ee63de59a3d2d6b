"""Word lists written once and read by several modules (C1, tenth session): the relations between them that the code
relies on."""
from __future__ import annotations

from rdflib import RDFS, Graph, URIRef

from graphbuild.nlp.mention import CALENDAR_WORDS, MONTH_NAMES, WEEKDAY_NAMES
from graphbuild.nlp.name_romance import BODY_NAME_OPENERS, BODY_NAME_PARTICLES
from graphbuild.paths import ontology_dir
from graphbuild.records import BODY_TYPES, ENTITY_TYPES


def test_an_opener_of_a_romance_bodys_name_is_one_of_its_particles():
    """`_run_end` walks on over a particle; the opener it starts from must be one, or the run stops at once."""
    assert BODY_NAME_OPENERS <= BODY_NAME_PARTICLES


def test_the_calendar_words_are_the_months_and_the_weekdays():
    """Twelve months and seven weekdays, lower case (the lists are compared with `Token.lower_`): a name missing or
    mistyped fails."""
    assert len(MONTH_NAMES) == 12 and len(WEEKDAY_NAMES) == 7 and len(CALENDAR_WORDS) == 19
    assert all(word.isalpha() and word.islower() for word in CALENDAR_WORDS)


def test_body_types_are_the_ontologys_organizations():
    """`BODY_TYPES` is gb:Organization and its subclasses in ontology/graphbuild.ttl (fails when a class is added to
    one and not the other)."""
    graph = Graph().parse(ontology_dir() / "graphbuild.ttl", format="turtle")
    gb = "https://w3id.org/graphbuild/ontology#"
    organization = URIRef(gb + "Organization")
    found = {str(c).removeprefix(gb) for c in graph.transitive_subjects(RDFS.subClassOf, organization)}
    assert BODY_TYPES == found


def test_body_types_are_entity_types():
    assert BODY_TYPES < set(ENTITY_TYPES) and "Organization" in BODY_TYPES and "Person" not in BODY_TYPES


def test_the_tie_words_are_one_list():
    """Review V6, item 5 (M13): nlp/kin_words is the one list of a tie to another person; titles.yaml's `not_roles`
    keeps only other words (a tie word written there as well fails), and the gazetteer reads both. The plurals are
    in the list ("both allies of", "both brothers of")."""
    import yaml

    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.kin_words import (FRONT_NOUNS, NATIONALITY_NOUNS, PARTNER_NOUNS, PROXY_NOUNS, TIE_NOUNS,
                                          plurals)

    titles = yaml.safe_load((ontology_dir() / "gazetteers" / "titles.yaml").read_text(encoding="utf-8"))
    in_yaml = {str(w).lower() for w in titles["not_roles"]}
    ties = TIE_NOUNS | plurals(PARTNER_NOUNS | FRONT_NOUNS) | NATIONALITY_NOUNS
    assert not in_yaml & ties
    assert in_yaml | TIE_NOUNS | PARTNER_NOUNS | FRONT_NOUNS <= load_gazetteers().not_roles
    assert {"allies", "brothers", "sons-in-law", "children", "wives", "front men", "proxies"} <= TIE_NOUNS
    assert {"proxy", "frontman", "front man"} <= PROXY_NOUNS <= TIE_NOUNS and "front" not in TIE_NOUNS
