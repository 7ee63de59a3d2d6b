"""Cross-document resolution: one IRI per real person or body, however spelled; namesakes stay apart."""
from __future__ import annotations


import pytest

from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.rdf.mapping import IriMinter
from graphbuild.rdf.store import KnowledgeStore
from graphbuild.records import EntityRef
from graphbuild.resolve.index import KEEP_APART, EntityIndex, same_person, similar_word, translit_key

from gbstore_support import read_jsonl


def person(name: str, *aliases: str) -> EntityRef:
    return EntityRef(name, "Person", list(aliases))


@pytest.fixture()
def index() -> EntityIndex:
    return EntityIndex(IriMinter())


@pytest.mark.parametrize("variant", ["Issa Zarepur", "Eisa Zarepur", "Issa Zarepour", "ZAREPOUR, Eisa", "Zarepour, Issa",
                                     "EISA ZAREPOUR", "Eisa  Zarepour"])
def test_transliteration_and_surname_first_variants_are_one_person(index, variant):
    first = index.resolve(person("Eisa Zarepour"))
    assert index.resolve(person(variant)) == first


@pytest.mark.parametrize("a,b", [("Nicolás Maduro", "Nicolas Maduro"), ("Nicolás Maduro", "MADURO, Nicolás"),
                                 ("Nicolás Maduro", "Nicolás Maduro Moros"), ("Elías José Jaua Milano", "Elias Jaua"),
                                 ("Steven T. Mnuchin", "Steven Mnuchin"), ("Bashar al-Assad", "Bashar Assad"),
                                 ("Kim Jong Un", "Kim Jong-un"), ("Sergei Lavrov", "Sergey Lavrov"),
                                 ("Mohammad Javad Zarif", "Mohammed Javad Zarif"), ("Yevgeny Prigozhin", "Evgeny Prigozhin"),
                                 ("Alexander Lukashenko", "Aleksandr Lukashenka")])
def test_spelling_variants_resolve_to_one_iri(index, a, b):
    assert index.resolve(person(a)) == index.resolve(person(b))


@pytest.mark.parametrize("a,b", [("Alexander Lukashenko", "Viktor Lukashenko"), ("Bashar al-Assad", "Maher al-Assad"),
                                 ("Bashar al-Assad", "Asma al-Assad"), ("Kim Jong Un", "Kim Yo Jong"),
                                 ("Daniel Ortega", "Camila Ortega"), ("Alexander Ivanov", "Alexandra Ivanova"),
                                 ("Ahmad Vahidi", "Ahmad Jannati"), ("John Smith", "Jane Smith")])
def test_people_sharing_a_surname_stay_apart(index, a, b):
    assert index.resolve(person(a)) != index.resolve(person(b))


def test_a_bare_surname_never_merges(index):
    index.resolve(person("Alexander Lukashenko"))
    index.resolve(person("Viktor Lukashenko"))
    lone = index.resolve(person("Lukashenko"))
    assert lone not in {index.resolve(person("Alexander Lukashenko")), index.resolve(person("Viktor Lukashenko"))}


def test_organizations_by_alias_and_acronym(index):
    ofac = index.resolve(EntityRef("Office of Foreign Assets Control", "PublicBody"))
    assert index.resolve(EntityRef("OFAC", "Organization")) == ofac
    assert index.resolve(EntityRef("office of foreign assets control", "PublicBody")) == ofac
    mois = index.resolve(EntityRef("Ministry of Intelligence and Security", "PublicBody", ["MOIS"]))
    assert index.resolve(EntityRef("MOIS", "Organization")) == mois
    # an acronym two known bodies share is not guessed
    index.resolve(EntityRef("National Intelligence Agency", "PublicBody"))
    index.resolve(EntityRef("National Investigation Agency", "PublicBody"))
    nia = index.resolve(EntityRef("NIA", "Organization"))
    assert "nia" in nia


def test_keep_apart_and_fixed_iris_are_honoured(index):
    ivanov = index.resolve(person("Alexander Ivanov"))
    pinned = index.resolve(EntityRef("Alexander Ivanov", "Person", [], KEEP_APART + "doc-b.txt"))
    assert pinned != ivanov and index.resolve(EntityRef("Alexander Ivanov", "Person", [], KEEP_APART + "doc-b.txt")) == pinned
    assert index.resolve(EntityRef("A. Ivanov", "Person", [], "http://www.wikidata.org/entity/Q1")) == "http://www.wikidata.org/entity/Q1"


def test_word_level_helpers():
    assert translit_key("Eisa") == translit_key("Issa") == "isa"
    assert translit_key("Zarepour") == translit_key("Zarepur")
    assert similar_word("zarepour", "zarepur") and not similar_word("ivanov", "ivanova") and not similar_word("maher", "bashar")
    assert same_person("Brian E. Nelson", "Brian Nelson") and not same_person("Brian Nelson", "Brian Smith")


def test_the_index_loads_labels_and_aliases_from_the_store(seed_out):
    index = EntityIndex(IriMinter())
    with KnowledgeStore(seed_out / "store", read_only=True) as ks:
        index.load(ks)
    relations = read_jsonl(seed_out / "relations.jsonl")
    with_alias = next(r["object"] for r in relations if r["object"]["aliases"] and r["object"]["type"] == "PublicBody")
    alias = with_alias["aliases"][0]
    assert index.resolve(EntityRef(alias, "PublicBody")) == with_alias["id"]


DOC_A = """Treasury Sanctions Iranian Officials

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Eisa Zarepour, Iran's Minister of Information and Communications Technology, under Executive Order 13553 for censorship.
"""
DOC_B = """EU Adds Iranian Minister to Sanctions List

The European Union today imposed an asset freeze and a travel ban on Issa Zarepur, Iran's Minister of Communications, for his role in internet shutdowns. The EU also sanctioned Nicolas Maduro.
"""
DOC_C = """Lukashenko Brothers

The European Union sanctioned Alexander Lukashenko, President of Belarus. Viktor Lukashenko, the national security adviser, was also designated by the European Union. Nicolás Maduro, president of Venezuela, was designated by OFAC.
"""


@pytest.mark.slow
def test_across_documents_and_across_builds(tmp_path):
    """Real extraction: doc a is built first; b and c arrive in a later build and resolve against the store."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(DOC_A, encoding="utf-8")
    out = tmp_path / "out"
    build([docs], BuildOptions(out=out))
    (docs / "b.txt").write_text(DOC_B, encoding="utf-8")
    (docs / "c.txt").write_text(DOC_C, encoding="utf-8")
    report = build([docs], BuildOptions(out=out))
    assert (report.processed, report.unchanged) == (2, 1)
    ids: dict[str, set[str]] = {}
    for record in read_jsonl(out / "relations.jsonl"):
        for end in ("subject", "object"):
            ids.setdefault(record[end]["name"], set()).add(record[end]["id"])
    assert all(len(v) == 1 for v in ids.values()), ids
    one = {name: next(iter(v)) for name, v in ids.items()}
    assert one["Issa Zarepur"] == one["Eisa Zarepour"]
    assert one["Nicolas Maduro"] == one["Nicolás Maduro"]
    assert one["Alexander Lukashenko"] != one["Viktor Lukashenko"]
    with KnowledgeStore(out / "store", read_only=True) as ks:  # every spelling stays on the one entity
        names = {str(r[0]) for r in ks.query(f"SELECT ?n WHERE {{ <{one['Eisa Zarepour']}> rdfs:label|skos:altLabel ?n }}")}
    assert {"Eisa Zarepour", "Issa Zarepur"} <= names
