"""Generic public bodies belong to a country (graphbuild.resolve.country)."""
from __future__ import annotations

import json

import pytest

from graphbuild.records import Document, EntityRef, Evidence, Relation
from graphbuild.rdf.mapping import IriMinter
from graphbuild.resolve.country import document_country, is_generic, scope_public_bodies, strip_country
from graphbuild.resolve.index import EntityIndex


@pytest.mark.parametrize("name, generic", [
    ("Ministry of Defense", True), ("Ministry of Intelligence and Security", True), ("Central Bank", True),
    ("National Guard", True), ("Federal Security Service", True), ("Russia's Ministry of Interior", True),
    ("Office of Foreign Assets Control", False),  # a gazetteer authority: its own name
    ("Islamic Revolutionary Guard Corps", False), ("Fourth Armoured Division", False), ("Public Prosecutor", False),
    # every country has these courts (P4: "Guatemala's Court of Appeals" and Nicaragua's were one node)
    ("Court of Appeals", True), ("Constitutional Court", True), ("Criminal Court of First Instance", True),
    ("Leninski District Court", False), ("Islamic Revolutionary Court", False),
])
def test_which_bodies_are_generic(name, generic):
    assert is_generic(EntityRef(name, "PublicBody")) is generic


def test_generic_answers_come_from_the_cache_unchanged_and_only_for_organizations():
    from graphbuild.resolve.country import _generic_name

    names = ["Ministry of Defense", "Office of Foreign Assets Control", "Central Bank", "Harbour Licensing Board",
             "Russia's Ministry of Interior"]
    plain = [_generic_name.__wrapped__(name, None) for name in names]  # the uncached computation
    assert plain == [True, False, True, False, True]
    for _ in range(2):
        assert [is_generic(EntityRef(name, "PublicBody")) for name in names] == plain
    assert [is_generic(EntityRef(name, "Person")) for name in names] == [False] * len(names)


@pytest.mark.parametrize("name, bare", [
    ("Russia's Ministry of Defense", "Ministry of Defense"),
    ("Ministry of Defense of the Russian Federation", "Ministry of Defense"),
    ("Central Bank of Nicaragua", "Central Bank"),
    ("Burmese Ministry of Border Affairs", "Ministry of Border Affairs"),
])
def test_country_words_leave_the_name(name, bare):
    assert strip_country(name) == bare


def test_the_document_country_must_clearly_lead():
    assert document_country("Russia said ... Russian officials ... Moscow and Russia's army; the United States said") == "Russia"
    assert document_country("Russia and Belarus; Belarusian and Russian officials") is None
    assert document_country("Only one mention of Cambodia.") is None


def _post(person: str, body: str, sentence: str, role: str = "Minister of Defense") -> Relation:
    return Relation("holds_role", EntityRef(person, "Person"), EntityRef(body, "PublicBody"),
                    [Evidence(sentence, 0, len(sentence), "roles.v1")], 0.9, role=role)


def test_country_from_the_name_the_sentence_the_holder_and_the_document():
    text = "Notes on Ruritania. Ruritania's cabinet met. Ruritanian officials spoke."
    rels = [
        _post("Ana Pol", "Ministry of Defense of the Russian Federation", "Ana Pol heads it."),
        _post("Bo Rek", "Ministry of Interior", "Bo Rek, the Belarusian Minister of Interior, spoke.", "Minister of Interior"),
        _post("Bo Rek", "State Security Committee", "Bo Rek also chairs the State Security Committee.", "Chairman"),
        _post("Cy Dun", "National Guard", "Cy Dun commands the National Guard.", "Commander"),
    ]
    doc = Document("x.txt", text.replace("Ruritania", "Cambodia").replace("Cambodian", "Cambodian"), "0", "x.txt")
    scope_public_bodies(doc, rels)
    assert [r.object.country for r in rels] == ["Russia", "Belarus", "Belarus", "Cambodia"]
    assert all(r.object.id is None for r in rels)


def test_two_countries_courts_of_appeals_stay_apart():
    """P4: a court every country has, named in two releases about two countries, is two bodies."""
    index = EntityIndex(IriMinter())
    iris = []
    for text, sentence in (("Guatemala's judges. Guatemala.", "Ana Pol has been a judge of Guatemala's Court of Appeals since 2018."),
                           ("Managua. Nicaragua's regime. Nicaragua.", "Bo Rek, a judge of the Court of Appeals, ruled for the regime.")):
        rels = [_post(sentence.split(",")[0].split(" has")[0], "Court of Appeals", sentence, "judge")]
        scope_public_bodies(Document("d.txt", text, "0", "d.txt"), rels)
        iris.append((rels[0].object.country, index.resolve(rels[0].object)))
    assert [country for country, _ in iris] == ["Guatemala", "Nicaragua"] and iris[0][1] != iris[1][1]


def test_no_country_keeps_the_body_local_to_its_document():
    rels = [_post("Di Fen", "Ministry of Defense", "Di Fen is the Minister of Defense.")]
    scope_public_bodies(Document("y.txt", "No country named here.", "0", "y.txt"), rels)
    assert rels[0].object.country is None
    index = EntityIndex(IriMinter())
    first = index.resolve(rels[0].object)
    other = EntityIndex(IriMinter()).resolve(EntityRef("Ministry of Defense", "PublicBody"))
    assert first != other  # a kept-apart IRI scoped to y.txt


def test_the_index_keeps_two_countries_apart_and_joins_one_country():
    index = EntityIndex(IriMinter())
    russia = index.resolve(EntityRef("Ministry of Defense", "PublicBody", country="Russia"))
    burma = index.resolve(EntityRef("Ministry of Defense", "PublicBody", country="Burma"))
    again = index.resolve(EntityRef("Russia's Ministry of Defense", "PublicBody", country="Russia"))
    assert russia != burma and again == russia
    assert russia.endswith(str(IriMinter().entity(EntityRef("Ministry of Defense", "PublicBody", country="Russia")).rsplit("/", 1)[1]))


DOC_RU = """Treasury Sanctions Defense Officials

May 4, 2022

The Treasury Department on Friday designated Ivan Petrovsky, Russia's Minister of Defense, for his role in the war.
Officials in Moscow said Russia would respond. Russian forces continued to advance.
"""
DOC_KH = """Treasury Targets Graft at a Naval Base

November 10, 2021

The Treasury Department designated Sok Dara, Cambodia's Minister of Defense, over a scheme at a naval base.
Cambodian officials denied the charges, and Cambodia said the base was not for foreign use.
"""
DOC_RU2 = """More Designations

June 1, 2022

Pavel Orlov is a deputy minister at the Russian Ministry of Defense.
"""


@pytest.mark.slow
def test_two_countries_defence_ministers_stay_apart_in_a_real_build(tmp_path):
    from graphbuild.pipeline.run import BuildOptions, build
    from graphbuild.rdf.validate import validate_store

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("ru.txt", DOC_RU), ("kh.txt", DOC_KH)):
        (docs / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([docs], BuildOptions(out=out))
    (docs / "ru2.txt").write_text(DOC_RU2, encoding="utf-8")  # a later build resolves against the store's index
    assert build([docs], BuildOptions(out=out)).processed == 1
    posts = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    bodies = {r["subject"]["name"]: r["object"] for r in posts if r["relation"] == "holds_role"}
    assert bodies["Ivan Petrovsky"]["country"] == "Russia" and bodies["Sok Dara"]["country"] == "Cambodia"
    assert bodies["Ivan Petrovsky"]["id"] != bodies["Sok Dara"]["id"]
    assert bodies["Pavel Orlov"]["id"] == bodies["Ivan Petrovsky"]["id"]  # one country's ministry in two documents
    conforms, message = validate_store(str(out / "store"))
    assert conforms and "warning" not in message, message


def test_validate_warns_about_a_country_less_body_shared_by_documents(tmp_path):
    """As an older build (or a curation merge) left it: one "Ministry of Interior" in two documents, no country."""
    from graphbuild.rdf.mapping import relation_quads
    from graphbuild.rdf.store import KnowledgeStore
    from graphbuild.rdf.validate import validate_store
    from graphbuild.paths import ontology_dir

    with KnowledgeStore(tmp_path / "store") as ks:
        ks.load_ontology(ontology_dir() / "graphbuild.ttl")
        for doc_id, person in (("a.txt", "Ana Pol"), ("b.txt", "Bo Rek")):
            doc = Document(doc_id, "text", doc_id, doc_id)
            rel = _post(person, "Ministry of Interior", f"{person} is the Minister of Interior.", "Minister of Interior")
            ks.replace_document(doc_id, relation_quads(doc, [rel], ks.minter))
        ministry = _post("Cy Dun", "Ministry of Interior", "x", "Minister of Interior")
        ministry.object.country = "Belarus"  # scoped ones are fine
        ks.replace_document("c.txt", relation_quads(Document("c.txt", "t", "c", "c.txt"), [ministry], ks.minter))
        ks.replace_document("d.txt", relation_quads(Document("d.txt", "t", "d", "d.txt"), [ministry], ks.minter))
    conforms, message = validate_store(str(tmp_path / "store"))
    warnings = [line for line in message.splitlines() if line.startswith("warning:")]
    assert conforms
    assert len(warnings) == 1
    assert "'Ministry of Interior'" in warnings[0] and "2 documents" in warnings[0]
    assert "a.txt" in warnings[0] and "b.txt" in warnings[0] and "c.txt" not in warnings[0]


def test_public_body_gazetteer_not_a_mapping_names_the_file(tmp_path):
    from graphbuild.errors import GazetteerError
    from graphbuild.resolve.country import public_body_gazetteer

    (tmp_path / "public_bodies.yaml").write_text("- Ministry\n- Bureau\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as caught:
        public_body_gazetteer(str(tmp_path))
    assert str(caught.value) == (f"{tmp_path / 'public_bodies.yaml'}: expected a mapping of lists "
                                 "(country_aliases, generic_words, ...), got list")


@pytest.mark.parametrize("text, countries", [
    ("the U.S.-designated Ministry of Defense", []),
    ("the U.S.- and UN-designated Ministry of Defense", []),
    ("the EU-sanctioned Central Bank", []),
    ("the Iran-based Ministry of Defense", ["Iran"]),
    ("the United States and Iran", ["United States", "Iran"]),
])
def test_a_country_that_only_listed_the_body_is_not_its_country(text, countries):
    """"the U.S.-designated Ministry of Defense" says who designated the ministry, not whose it is."""
    from graphbuild.resolve.country import country_words

    assert [c for _, _, c in country_words().find(text)] == countries


@pytest.mark.slow
def test_a_designation_modifier_is_neither_name_nor_country_in_a_real_build(tmp_path):
    """The body is "Ministry of Defense" (not "U.S.-designated Ministry of Defense") and Iran's, the country the
    document is about, not the designating one's."""
    from graphbuild.pipeline.run import BuildOptions, build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ir.txt").write_text(
        "The Office of Foreign Assets Control (OFAC) today designated Reza Kamrani, an Iranian national.\n\n"
        "Reza Kamrani is a senior official of the U.S.-designated Ministry of Defense. Iran has used the network "
        "to move funds.\n", encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out"))
    posts = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["subject"]["name"], r["object"]["name"], r["object"]["country"], r["role"]) for r in posts
            if r["relation"] == "holds_role"] == [("Reza Kamrani", "Ministry of Defense", "Iran", "senior official")]


def test_each_sentence_is_searched_once_and_the_whole_text_only_when_a_body_needs_it(monkeypatch):
    """Issue 18: one evidence sentence backs several relations; the document's text is read for its country only
    when a body found none nearer. The answers are those of the plain search."""
    import graphbuild.resolve.country as country

    searched: list[str] = []
    words = country.country_words()

    class Spy:
        def __getattr__(self, name):
            return getattr(words, name)

        def find(self, text):
            searched.append(text)
            return words.find(text)

    monkeypatch.setattr(country, "country_words", lambda: Spy())
    sentence = "Ana Pol, the Moldovan Minister of Defense, and Bo Rek, the Moldovan Minister of Interior, met."
    rels = [_post("Ana Pol", "Ministry of Defense", sentence),
            _post("Bo Rek", "Ministry of Interior", sentence, "Minister of Interior")]
    text = "Moldova and Moldova again. " + sentence
    scope_public_bodies(Document("m.txt", text, "0", "m.txt"), rels)
    assert [r.object.country for r in rels] == ["Moldova", "Moldova"]
    assert searched.count(sentence) == 1 and text not in searched

    searched.clear()
    rels = [_post("Cy Dun", "National Guard", "Cy Dun commands the National Guard.", "Commander")]
    scope_public_bodies(Document("n.txt", text, "0", "n.txt"), rels)
    assert rels[0].object.country == "Moldova"  # from the document: read once, for this body
    assert searched.count(text) == 1


TWO_MINISTRIES_ONE_SENTENCE = ("OFAC designated Boris Ulm, a deputy minister at Russia's Ministry of Defense, and Arash "
                               "Pezeshk, a procurement official at Iran's Ministry of Defense.")


def test_two_countries_ministries_of_one_name_in_one_sentence():
    """P11: each holder's ministry is the one named after the holder, not the sentence's first (Iran's official was
    placed at Russia's ministry)."""
    rels = [_post("Boris Ulm", "Ministry of Defense", TWO_MINISTRIES_ONE_SENTENCE, "deputy minister"),
            _post("Arash Pezeshk", "Ministry of Defense", TWO_MINISTRIES_ONE_SENTENCE, "procurement official")]
    scope_public_bodies(Document("x.txt", TWO_MINISTRIES_ONE_SENTENCE, "0", "x.txt"), rels)
    assert [r.object.country for r in rels] == ["Russia", "Iran"]


def test_two_countries_ministries_of_one_name_in_one_release_in_a_real_build(tmp_path):
    """P11: the document's coreference kept one "Ministry of Defense" for Russia's and Iran's; now two bodies."""
    from graphbuild.pipeline.run import BuildOptions, build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "two.txt").write_text("Treasury Targets Defense Officials of Two Countries\n\nDecember 2, 2024\n\n"
                                  + TWO_MINISTRIES_ONE_SENTENCE + "\n", encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out"))
    posts = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    bodies = {r["subject"]["name"]: r["object"] for r in posts if r["relation"] == "holds_role"}
    assert bodies["Boris Ulm"]["country"] == "Russia" and bodies["Arash Pezeshk"]["country"] == "Iran"
    assert bodies["Boris Ulm"]["id"] != bodies["Arash Pezeshk"]["id"]


def _countries(sentence: str, holders: list[tuple[str, str]]) -> list[str | None]:
    """The country each (holder, title) post at "Ministry of Defense" in `sentence` is scoped to, in order."""
    rels = [_post(name, "Ministry of Defense", sentence, title) for name, title in holders]
    scope_public_bodies(Document("m29.txt", sentence, "0", "m29.txt"), rels)
    return [r.object.country for r in rels]


def test_post_written_before_the_holder_takes_the_body_named_before():
    """M29 (V8 item 0): "the head of Iran's Ministry of Defense, A, and the head of Russia's Ministry of Defense, B"
    put A at Russia's ministry (the search looked only after the holder's name)."""
    sentence = ("OFAC designated the head of Iran's Ministry of Defense, Karl Dunn, and the head of Russia's Ministry of "
                "Defense, Ivo Sand.")
    assert _countries(sentence, [("Karl Dunn", "head"), ("Ivo Sand", "head")]) == ["Iran", "Russia"]


def test_body_as_a_modifier_before_each_holder():
    """M29 (V8 item 0): "Iran's Ministry of Defense official A and Russia's Ministry of Defense official B" gave A
    Russia and B Iran."""
    sentence = ("OFAC designated Iran's Ministry of Defense official Karl Dunn and Russia's Ministry of Defense official "
                "Ivo Sand.")
    assert _countries(sentence, [("Ivo Sand", "official"), ("Karl Dunn", "official")]) == ["Russia", "Iran"]


def test_one_holder_of_a_body_named_twice_keeps_the_body_after_the_name():
    """M29: with one holder and two occurrences the P11 reading stays: the occurrence after the holder's name."""
    sentence = ("Russia's Ministry of Defense supplied drones; Karl Dunn, an official at Iran's Ministry of Defense, "
                "bought them.")
    assert _countries(sentence, [("Karl Dunn", "official")]) == ["Iran"]


def test_the_one_holder_found_of_two_takes_the_body_on_its_side_of_the_list():
    """M29 (V8 item 0): when the other holder's post was not found, the body the list's "and" parts from the holder's
    name is the other item's ("the head of Iran's Ministry of Defense, A, and the head of Russia's ...")."""
    sentence = ("OFAC designated the head of Iran's Ministry of Defense, Karl Dunn, and the head of Russia's Ministry of "
                "Defense, Ivo Sand.")
    assert _countries(sentence, [("Karl Dunn", "head")]) == ["Iran"]
    other = TWO_MINISTRIES_ONE_SENTENCE.replace("Boris Ulm", "Ivo Sand").replace("Arash Pezeshk", "Karl Dunn")
    assert _countries(other, [("Ivo Sand", "deputy minister")]) == ["Russia"]
