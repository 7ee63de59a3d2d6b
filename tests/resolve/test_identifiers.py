"""P4 (eleventh session): two people of one name whose documents state different birth dates, nationalities or
passports stay two entities. Invented names and texts."""
from __future__ import annotations

from graphbuild.rdf.mapping import IriMinter
from graphbuild.records import Document, EntityRef, Evidence, Relation
from graphbuild.resolve.identifiers import attach_identifiers, conflicting, stated_identifiers
from graphbuild.resolve.index import EntityIndex

ENTRY = ("Today, OFAC designated Tomas Halvik, a procurement agent, pursuant to E.O. 13382.\n\n"
         "HALVIK, Tomas (a.k.a. HALVIK, Tomas Ari); DOB 12 Mar 1971; POB Tabriz, Iran; nationality Iran; "
         "Passport K1234567 (Iran) (individual).\n\n"
         "Its manager, Ardo Vesk, a Russian national born in 1962, signed the contracts. Vesk worked with Halvik.")


def test_an_entry_and_prose_state_each_persons_identifiers():
    found = stated_identifiers(ENTRY, {"Tomas Halvik": ["Tomas Halvik", "Halvik"], "Ardo Vesk": ["Ardo Vesk", "Vesk"]})
    assert found == {
        "Tomas Halvik": {"birthDate": {"1971-03-12"}, "nationality": {"IR"}, "passportNumber": {"K1234567"}},
        "Ardo Vesk": {"birthDate": {"1962"}, "nationality": {"RU"}},
    }


def test_another_persons_name_ends_what_is_said_about_one():
    text = "Tomas Halvik met Ardo Vesk (born 4 November 1985) in Dubai."
    assert stated_identifiers(text, {"Tomas Halvik": ["Tomas Halvik"], "Ardo Vesk": ["Ardo Vesk"]}) == {
        "Ardo Vesk": {"birthDate": {"1985-11-04"}}}


def test_a_birth_date_range_and_a_bare_number_state_nothing():
    text = "Tomas Halvik (born 1970 to 1972) holds a card 12345."
    assert stated_identifiers(text, {"Tomas Halvik": ["Tomas Halvik"]}) == {}


def test_what_conflicts():
    assert conflicting({"birthDate": ["1971-03-12"]}, {"birthDate": ["1985-11-04"]})
    assert not conflicting({"birthDate": ["1971"]}, {"birthDate": ["1971-03-12"]})
    assert conflicting({"nationality": ["IR"]}, {"nationality": ["CA"]})
    assert not conflicting({"nationality": ["IR", "CA"]}, {"nationality": ["CA"]})
    assert conflicting({"passportNumber": ["A1"]}, {"passportNumber": ["B2"]})
    # a second passport of the same man, born the same day
    assert not conflicting({"birthDate": ["1971"], "passportNumber": ["A1"]}, {"birthDate": ["1971"], "passportNumber": ["B2"]})
    assert not conflicting({"birthDate": ["1971"]}, {})
    assert not conflicting(None, {"nationality": ["IR"]})


def _person(name: str, **identifiers: list[str]) -> EntityRef:
    return EntityRef(name, "Person", identifiers=dict(identifiers))


def test_namesakes_with_other_identifiers_stay_two_people():
    index = EntityIndex(IriMinter())
    iranian = index.resolve(_person("Tomas Halvik", birthDate=["1971-03-12"], nationality=["IR"]))
    canadian = index.resolve(_person("Tomas Halvik", birthDate=["1985-11-04"], nationality=["CA"]))
    assert canadian != iranian and canadian.startswith(iranian + "-")
    assert index.resolve(_person("Tomas Halvik", birthDate=["1985"])) == canadian  # agrees with the second only
    assert index.resolve(_person("Tomas Halvik", nationality=["IR"])) == iranian
    assert index.resolve(_person("Tomas Halvik")) == iranian  # states nothing: the name's first entity, as before
    assert index.resolve(_person("Tomas Halvikk", birthDate=["1985-11-04"])) == canadian  # a spelling variant too
    assert index.resolve(_person("Tomas Halvik", nationality=["DE"])) not in {iranian, canadian}


def test_the_same_identifiers_or_none_keep_one_person():
    index = EntityIndex(IriMinter())
    first = index.resolve(_person("Tomas Halvik", birthDate=["1971-03-12"]))
    assert index.resolve(_person("Tomas Halvik", birthDate=["1971"], passportNumber=["K1234567"])) == first
    assert index.resolve(_person("Tomas Halvik", passportNumber=["K1234567"])) == first


def test_a_stored_namesake_is_found_again():
    """The index filled from the store (`EntityIndex.load`): names first, then the identifiers."""
    index = EntityIndex(IriMinter())
    iranian = index.resolve(_person("Tomas Halvik", birthDate=["1971-03-12"]))
    canadian = index.resolve(_person("Tomas Halvik", birthDate=["1985-11-04"]))
    again = EntityIndex(IriMinter())
    for iri, born in ((iranian, "1971-03-12"), (canadian, "1985-11-04")):
        again.add(iri, "Person", ["Tomas Halvik"])
        again.identifiers[iri] = {"birthDate": [born]}
    assert again.resolve(_person("Tomas Halvik", birthDate=["1985-11-04"])) == canadian
    assert again.resolve(_person("Tomas Halvik", birthDate=["1971"])) == iranian


def test_refine_gives_every_mention_of_the_person_the_identifiers():
    doc = Document("d1", ENTRY, "0", "d1")
    ev = [Evidence("s", 0, 1, "x")]
    rels = [Relation("designated_by", EntityRef("Tomas Halvik", "Person", ["Halvik"]), EntityRef("OFAC", "PublicBody"), ev, 0.9),
            Relation("holds_role", EntityRef("Ardo Vesk", "Person"), EntityRef("Halvik Trading", "Company"), ev, 0.9, role="manager"),
            Relation("designated_by", EntityRef("Halvik Trading", "Company"), EntityRef("OFAC", "PublicBody"), ev, 0.9)]
    attach_identifiers(doc, rels)
    assert rels[0].subject.identifiers == {"birthDate": ["1971-03-12"], "nationality": ["IR"], "passportNumber": ["K1234567"]}
    assert rels[1].subject.identifiers == {"birthDate": ["1962"], "nationality": ["RU"]}
    assert rels[2].subject.identifiers == {} and rels[0].to_json()["subject"]["identifiers"]["nationality"] == ["IR"]
    assert "identifiers" not in rels[2].to_json()["subject"]


def test_a_vessels_imo_number_is_the_one_right_after_its_name():
    text = ("OFAC identified the Panama-flagged **NORTH WIND** (IMO: 9187655), the **SEA LARK** (IMO 9246803) and "
            "the tanker OSPREY, which the network also chartered (the osprey fleet's vessel, IMO 9135793, was not).")
    names = {"NORTH WIND": ["NORTH WIND"], "SEA LARK": ["SEA LARK"], "OSPREY": ["OSPREY"]}
    types = {name: "Vessel" for name in names}
    assert stated_identifiers(text, names, types) == {"NORTH WIND": {"imoNumber": {"9187655"}},
                                                      "SEA LARK": {"imoNumber": {"9246803"}}}


def test_two_vessels_of_one_name_with_other_imo_numbers_stay_two():
    index = EntityIndex(IriMinter())
    first = index.resolve(EntityRef("NORTH WIND", "Vessel", identifiers={"imoNumber": ["9187655"]}))
    other = index.resolve(EntityRef("NORTH WIND", "Vessel", identifiers={"imoNumber": ["9135793"]}))
    assert other != first and other.startswith(first + "-")
    assert index.resolve(EntityRef("NORTH WIND", "Vessel", identifiers={"imoNumber": ["9135793"]})) == other
    assert index.resolve(EntityRef("NORTH WIND", "Vessel")) == first


PEOPLE = {"Tomas Halvik": ["Tomas Halvik", "Halvik"], "Ari Halvik": ["Ari Halvik"]}


def test_a_relatives_birth_date_is_not_the_persons():
    """V2's finding 3: the words after "X's" or after a kinship word are about someone else."""
    assert stated_identifiers("Tomas Halvik's son, Ari, was born in 1999.", PEOPLE) == {}
    assert stated_identifiers("Tomas Halvik's son, Ari Halvik, was born in 1999.", PEOPLE) == {"Ari Halvik": {"birthDate": {"1999"}}}
    assert stated_identifiers("Tomas Halvik\u2019s wife, born 1980, owns the firm.", PEOPLE) == {}
    assert stated_identifiers("Tomas Halvik, born in 1962, whose son was born in 1990, runs the firm.", PEOPLE) == {
        "Tomas Halvik": {"birthDate": {"1962"}}}
    assert stated_identifiers("Tomas Halvik and his brother, born 1975 in Tabriz, ran the network.", PEOPLE) == {}


def test_citizenship_in_a_clause_is_no_nationality():
    text = "Tomas Halvik helped clients acquire citizenship of Dominica through a shell firm."
    assert stated_identifiers(text, PEOPLE) == {}
    # a field still is: after the name, a list's ";" or "(", or ", a citizen of"
    assert stated_identifiers("Tomas Halvik, a citizen of Dominica, ran the scheme.", PEOPLE) == {"Tomas Halvik": {"nationality": {"DM"}}}
    assert stated_identifiers("HALVIK, Tomas (nationality: Dominica) ran the scheme.", PEOPLE) == {"Tomas Halvik": {"nationality": {"DM"}}}


def test_a_nationality_on_businessman_tells_namesakes_apart():
    """P6: "X, a Belarusian businessman" in one release and "X, a Venezuelan businessman" in another are two people.
    M9: the businessman's adjective is a described nationality (weak: see the next test)."""
    by = stated_identifiers("Tomas Halvik, a Belarusian businessman, buys drones.", PEOPLE)
    assert by == {"Tomas Halvik": {"describedNationality": {"BY"}}}
    ve = stated_identifiers("Venezuelan businesswoman Tomas Halvik supplies the ministry.", PEOPLE)
    assert ve == {"Tomas Halvik": {"describedNationality": {"VE"}}}
    assert conflicting(by["Tomas Halvik"], ve["Tomas Halvik"])
    assert stated_identifiers("Tomas Halvik, a Dubai-based businessman, buys drones.", PEOPLE) == {}


def test_a_businessmans_adjective_never_splits_against_a_stated_nationality():
    """Review v5, finding 9 (M9): "X, a Turkish businessman based in Istanbul" in one release and "X, an Iranian
    national who also holds Turkish citizenship" (or only "an Iranian national") in another are one man; two stated
    nationalities of two countries ("a Belarusian national" / "a Venezuelan national") still split."""
    trader = stated_identifiers("OFAC designated Tomas Halvik, a Latvian businessman based in Riga, for selling drones.",
                                PEOPLE)["Tomas Halvik"]
    assert trader == {"describedNationality": {"LV"}}
    dual = stated_identifiers("OFAC designated Tomas Halvik, an Estonian national who also holds Latvian citizenship.",
                              PEOPLE)["Tomas Halvik"]
    assert dual == {"nationality": {"EE", "LV"}}
    single = stated_identifiers("OFAC designated Tomas Halvik, an Estonian national.", PEOPLE)["Tomas Halvik"]
    assert not conflicting(trader, dual) and not conflicting(trader, single)
    assert conflicting(stated_identifiers("Tomas Halvik, a Belarusian national, buys drones.", PEOPLE)["Tomas Halvik"],
                       stated_identifiers("Tomas Halvik, a Venezuelan national, buys drones.", PEOPLE)["Tomas Halvik"])
    index = EntityIndex(IriMinter())
    first = index.resolve(_person("Tomas Halvik", **{k: sorted(v) for k, v in trader.items()}))
    assert index.resolve(_person("Tomas Halvik", **{k: sorted(v) for k, v in single.items()})) == first
    assert index.resolve(_person("Tomas Halvik", **{k: sorted(v) for k, v in dual.items()})) == first


def test_a_name_kept_in_a_lists_inverted_form_gets_its_identifiers():
    """C3 (twelfth session): a person whose entity is named "SURNAME, Given" (a list line the extractor kept inverted)
    got no identifiers, though "Given Surname" did: the name's words were read as given names and one surname."""
    text = ("The following individuals are being designated:\n\n"
            "VARESK, Ilmo Tavian; DOB 03 Feb 1966; nationality Finland; Passport P7654321 (Finland).\n\n"
            "Ilmo Tavian Varesk, a Finnish national, owns the firm.")
    stated = {"birthDate": {"1966-02-03"}, "nationality": {"FI"}, "passportNumber": {"P7654321"}}
    assert stated_identifiers(text, {"VARESK, Ilmo Tavian": ["VARESK, Ilmo Tavian"]}) == {"VARESK, Ilmo Tavian": stated}
    assert stated_identifiers(text, {"Ilmo Tavian Varesk": ["Ilmo Tavian Varesk"]}) == {"Ilmo Tavian Varesk": stated}
    prose = "Ilmo Tavian Varesk, born 3 February 1966, owns the firm."
    assert stated_identifiers(prose, {"VARESK, Ilmo Tavian": ["VARESK, Ilmo Tavian"]}) == {
        "VARESK, Ilmo Tavian": {"birthDate": {"1966-02-03"}}}


def test_one_persons_name_and_its_inverted_list_form_share_the_identifiers():
    """C3: a document whose relations name one man both "Vadim Orlek" and (a list line's) "ORLEK, Vadim" with an alias:
    read as two people, each one's mentions cut the words after the other's, and "Vadim Orlek" got nothing."""
    text = ("Today, OFAC designated Vadim Orlek, a courier.\n\n"
            "- ORLEK, Vadim (a.k.a. ORLEKOV, Vadim); DOB 14 Mar 1976; nationality Moldova.\n")
    ev = [Evidence("s", 0, 1, "x")]
    rels = [Relation("designated_by", EntityRef(name, "Person", aliases), EntityRef("OFAC", "PublicBody"), ev, 0.9)
            for name, aliases in (("Vadim Orlek", []), ("ORLEK, Vadim", ["ORLEKOV, Vadim"]))]
    attach_identifiers(Document("d1", text, "0", "d1"), rels)
    assert [r.subject.identifiers for r in rels] == [{"birthDate": ["1976-03-14"], "nationality": ["MD"]}] * 2


def test_a_country_the_list_writes_inverted_is_read_whole():
    text = "CHOE, Ryong Sik; DOB 05 Jan 1968; nationality Korea, North; Passport 927415036 (Korea, North)."
    assert stated_identifiers(text, {"Ryong Sik Choe": ["Ryong Sik Choe"]}) == {
        "Ryong Sik Choe": {"birthDate": {"1968-01-05"}, "nationality": {"KP"}, "passportNumber": {"927415036"}}}


def test_a_hedged_birth_year_states_no_birth_date():
    """ "born circa 1970" compared as exactly 1970 ruled out the list entry of the man born 1971 (M24)."""
    for hedge in ("circa", "about", "in about", "approximately", "c."):
        text = f"OFAC designated Tomas Halvik, born {hedge} 1970, a courier."
        assert stated_identifiers(text, {"Tomas Halvik": ["Tomas Halvik"]}) == {}, hedge
    assert stated_identifiers("Tomas Halvik, born in 1970, a courier.", {"Tomas Halvik": ["Tomas Halvik"]}) == {
        "Tomas Halvik": {"birthDate": {"1970"}}}


def test_imo_numbers_given_respectively_state_none():
    """ "A and B (IMO n1 and n2, respectively)": the nearest number after B is A's; which is whose is not read (M24)."""
    text = "OFAC identified the vessels BRAVO STAR and KELP RUNNER (IMO 7400001 and 7200002, respectively) as blocked."
    names = {"BRAVO STAR": ["BRAVO STAR"], "KELP RUNNER": ["KELP RUNNER"]}
    assert stated_identifiers(text, names, {name: "Vessel" for name in names}) == {}
    text = "the KELP RUNNER (IMO 7200002; flag Panama) and the BRAVO STAR (IMO: 7400001, built 1990)."
    assert stated_identifiers(text, names, {name: "Vessel" for name in names}) == {
        "KELP RUNNER": {"imoNumber": {"7200002"}}, "BRAVO STAR": {"imoNumber": {"7400001"}}}


def test_a_person_typed_organization_gets_a_persons_fields():
    """P10 left it: "OFAC also designated X (DOB ...; nationality ...)" with X typed Organization carried no identifiers,
    so X linked at 0.97 to a list entry of its name with another birth date (P12, sixteenth session)."""
    text = ("OFAC also designated Varkov Ilmar Stepanovich (DOB 18 Nov 1975; nationality Peru). "
            "Tomas Halvik, director of Brenmoor Holding Group, DOB 12 Mar 1971, was designated. "
            "Kessel Anders Vilmar; Passport K7654321 (Chile).")
    ev = [Evidence("s", 0, 1, "x")]
    ofac = EntityRef("OFAC", "PublicBody")
    rels = [Relation("designated_by", EntityRef("Varkov Ilmar Stepanovich", "Organization"), ofac, ev, 0.9),
            Relation("designated_by", EntityRef("Tomas Halvik", "Person"), ofac, ev, 0.9),
            Relation("holds_role", EntityRef("Tomas Halvik", "Person"), EntityRef("Brenmoor Holding Group", "Organization"), ev, 0.9,
                     role="director"),
            Relation("designated_by", EntityRef("Kessel Anders Vilmar", "Organization"), ofac, ev, 0.9),
            Relation("designated_by", EntityRef("Brenmoor Trading Company", "Company"), ofac, ev, 0.9)]
    attach_identifiers(Document("d1", text, "0", "d1"), rels)
    assert rels[0].subject.identifiers == {"birthDate": ["1975-11-18"], "nationality": ["PE"]}
    assert rels[1].subject.identifiers == {"birthDate": ["1971-03-12"]}  # the organization's name does not cut his
    assert rels[2].object.identifiers == {}  # named after "of": the employer, not the one born in 1971
    assert rels[3].subject.identifiers == {"passportNumber": ["K7654321"]}
    assert rels[4].subject.identifiers == {}  # a company is never given a person's fields


def test_an_organizations_fields_are_only_those_right_after_its_name():
    """V8's item 5: a person's fields found anywhere in the 400 characters after an Organization's name gave a cartel
    or a militia the birth date of a person named later in the sentence who is in no relation. Only fields that open
    right after the name ("X (DOB ...)", "X, DOB ...; nationality ...") are its own (M30, sixteenth session)."""
    text = ("OFAC designated the Brenmoor Cartel, which Tomas Halvik (born 1950) started in 1990. "
            "OFAC designated the Kessel Liberation Front, a militia that receives funds from Ardo Vesk, DOB 12 May 1970, "
            "nationality Oman. OFAC designated the Varkov Defense Front, which pays Ilmar Sten, an Omani national born "
            "12 May 1971, for weapons. OFAC designated the Orlan People's Front (DOB 14 June 1969), which pays Ilmar "
            "Dask, born 1980. OFAC also designated Perova Anna Ilinichna, DOB 3 Feb 1962; nationality Peru.")
    ev = [Evidence("s", 0, 1, "x")]
    ofac = EntityRef("OFAC", "PublicBody")
    names = ("Brenmoor Cartel", "Kessel Liberation Front", "Varkov Defense Front", "Orlan People's Front",
             "Perova Anna Ilinichna")
    rels = [Relation("designated_by", EntityRef(name, "Organization"), ofac, ev, 0.9) for name in names]
    attach_identifiers(Document("d1", text, "0", "d1"), rels)
    assert [rel.subject.identifiers for rel in rels] == [
        {}, {}, {}, {"birthDate": ["1969-06-14"]}, {"birthDate": ["1962-02-03"], "nationality": ["PE"]}]
