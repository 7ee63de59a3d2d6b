"""Where the seventh session's designation-body rules (D7) over-fired on Treasury-style releases (issue 13, eighth
session, D8), each narrowed as a class.

- A bare "The Department" subject is the department the sentence before named as its subject ("Concurrently, the
  Department of State designated A. The Department also designated B" in a Treasury release: B is the State
  Department's), and the release's own department only otherwise.
- A designee the rules gave only to other governments ("The European Union and the United Kingdom have imposed sanctions
  on X") is added with the U.S. body of its own item or paragraph (its section's: "Treasury Designations" then "OFAC is
  designating the following individuals:" in a State Department note), not with the release's.
- Such an addition needs a mention of the name that opens its line or is the subject of its sentence, and not in a
  sentence stating an earlier designation: a company named as another's parent or owner ("It is controlled by
  businessman X"), or one "designated by the State Department in 2021", is background.
- A rule designee that is a place, a people or a lower-case word is dropped whatever the scorer says.
- "C.A.", "S.C.", "d.o.o.", "EOOD" end a company's name like "S.A. de C.V.".
- A run of proper nouns "A and B" whose sides the release writes on their own (surnames, short forms) is two names.
- An active verb's targets end at a coordinated clause only when that clause's verb is finite and does not modify a
  target: a participle parsed with the targets as its subject ("A and B, both owned by X, and is identifying ...") or a
  relative clause that more targets follow ("A, a firm that X founded, and B") does not end them.

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"
EU = "European Union"

run = partial(extract_markdown, date="2026-05-12")  # run(extract, markdown text)


THE_DEPARTMENT_AFTER_STATE = """Treasury and State Target Estovian Security Officials

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Brannoc Velt Harrow, the director of the Kessel prison, for serious human rights abuse.

Concurrently, the Department of State designated Marten Oskar Pell, the commander of the Kessel garrison. The Department also designated Isolde Kraven Tarr, his deputy, pursuant to Section 7031(c).
"""


def test_the_department_after_another_department_is_that_department(extract, facts):
    facts(run(extract, THE_DEPARTMENT_AFTER_STATE), {(DB, "Brannoc Velt Harrow", OFAC, None), (DB, "Marten Oskar Pell", STATE, None),
                                                     (DB, "Isolde Kraven Tarr", STATE, None)}, kinds=(DB,))


OWN_SECTION = """# Designating Estovian Regime Cronies Supplying Jet Fuel

Press Statement

U.S. Department of State

May 12, 2026

The United States is today taking action against the suppliers of jet fuel to the Estovian air force. The Department of State is designating two officials of the regime.

State Department Designations

The Department of State is designating the following persons:

1. ORSIN VALDEK, a general who commands the regime's air defense.

2. JAREK TOMSIN, a deputy minister of energy.

Treasury Designations

OFAC is designating the following individuals:

Pavel Ostrik Marrow is the founder and chairman of Kessel Fuels Ltd., the main importer of jet fuel for the air force.

Ilsa Korvin Dunn manages the company's storage terminal at Orsk.

Earlier Actions and Partners

The European Union and the United Kingdom have imposed sanctions on Pavel Ostrik Marrow and Ilsa Korvin Dunn.
"""


def test_an_addition_takes_the_body_of_its_own_section(extract):
    """Whether the scorer adds Dunn depends on the fitted model; when it does, the body is the Treasury section's."""
    relations = run(extract, OWN_SECTION)
    bodies = {r["object"]["name"] for r in relations if r["relation"] == DB and r["subject"]["name"] == "Ilsa Korvin Dunn"}
    assert STATE not in bodies, bodies
    assert bodies <= {EU, "United Kingdom", OFAC, "U.S. Department of the Treasury"}, bodies


BACKGROUND = """# Treasury Sanctions Estovian Fuel Network

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two companies that supply jet fuel to the Estovian air force.

**Lorn Aviation Fuels Ltd.** imports jet fuel for the air force. It is a subsidiary of the **Kessel Petroleum Group** (KPG), the state-owned holding company. KPG is a subsidiary of the Estovian energy ministry and was designated by the State Department in 2021.

**Varnel Tankers LLC** carries the fuel from Orsk to Kessel. It is controlled by businessman Teodor Vasch Lumin.

The European Union and the United Kingdom have also sanctioned KPG and Teodor Vasch Lumin.
"""


def test_background_names_another_government_sanctioned_are_not_added(extract):
    relations = run(extract, BACKGROUND)
    home = {(r["subject"]["name"], r["object"]["name"]) for r in relations
            if r["relation"] == DB and r["object"]["name"] in {OFAC, "U.S. Department of the Treasury"}}
    assert home == {("Lorn Aviation Fuels Ltd.", OFAC), ("Varnel Tankers LLC", OFAC)}, home


def _parsed(vocab: Vocab, words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    pos = ["VERB" if t.startswith("VB") else "PUNCT" if t in {",", "."} else "CCONJ" if t == "CC" else "PROPN" if t == "NNP" else "X" for t in tags]
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))


def test_a_participle_parsed_with_the_targets_as_subject_does_not_end_them(nlp):
    """"OFAC is designating Varlo S.A. and Brennic S.A., both owned by Vasch, and Orsk S.A.": the parser made the two
    companies the subject of "owned"; a participle is no clause with a subject of its own."""
    from graphbuild.extract.designation_windows import clause_end

    words = ["OFAC", "is", "designating", "Varlo", "S.A.", "and", "Brennic", "S.A.", ",", "both", "owned", "by", "Vasch", ",", "and", "Orsk", "S.A.", "."]
    heads = [2, 2, 2, 4, 10, 4, 7, 4, 7, 10, 2, 10, 11, 10, 2, 16, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "compound", "nsubj", "cc", "compound", "conj", "punct", "preconj", "ccomp", "agent", "pobj", "punct", "cc", "compound", "dobj", "punct"]
    tags = ["NNP", "VBZ", "VBG", "NNP", "NNP", "CC", "NNP", "NNP", ",", "DT", "VBN", "IN", "NNP", ",", "CC", "NNP", "NNP", "."]
    doc = _parsed(nlp.vocab, words, heads, deps, tags)
    sent = doc[0:len(doc)]
    assert clause_end(None, sent, doc[2], len(doc)) == len(doc)  # type: ignore[arg-type]


def test_a_relative_clause_that_more_targets_follow_does_not_end_them(nlp):
    """"OFAC designated Orsk Ltd., a firm that Varga founded, and Kessel LLC": Varga is the relative clause's subject,
    and Kessel LLC is still a target."""
    from graphbuild.extract.designation_windows import clause_end

    words = ["OFAC", "designated", "Orsk", "Ltd.", ",", "a", "firm", "that", "Varga", "founded", ",", "and", "Kessel", "LLC", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 9, 9, 6, 3, 3, 13, 3, 1]
    deps = ["nsubj", "ROOT", "compound", "dobj", "punct", "det", "appos", "dobj", "nsubj", "relcl", "punct", "cc", "compound", "conj", "punct"]
    tags = ["NNP", "VBD", "NNP", "NNP", ",", "DT", "NN", "WDT", "NNP", "VBD", ",", "CC", "NNP", "NNP", "."]
    doc = _parsed(nlp.vocab, words, heads, deps, tags)
    assert clause_end(None, doc[0:len(doc)], doc[1], len(doc)) == len(doc)  # type: ignore[arg-type]



def test_two_short_names_joined_by_and_are_two_names(nlp):
    """"Vastillo and Ixcal are being designated" where the model tagged neither: a run of proper nouns over "and" whose
    sides the release writes on their own (here the surnames of two named people) is two names, not one designee
    "Vastillo and Ixcal"; "Kessel Oil and Gas Enterprise" (no side written alone) stays one name."""
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mention import Mention
    from graphbuild.nlp.name_runs import add_proper_noun_runs

    words = ["Tomas", "Vastillo", "met", "Marta", "Ixcal", ".", "Vastillo", "and", "Ixcal", "are", "designated", ".",
             "Kessel", "Oil", "and", "Gas", "Enterprise", "is", "not", "."]
    tags = ["NNP", "NNP", "VBD", "NNP", "NNP", ".", "NNP", "CC", "NNP", "VBP", "VBN", ".", "NNP", "NNP", "CC", "NNP", "NNP", "VBZ", "RB", "."]
    doc = Doc(nlp.vocab, words=words, tags=tags)
    mentions = [Mention(0, 2, "Tomas Vastillo", "PERSON"), Mention(3, 5, "Marta Ixcal", "PERSON")]
    taken = [i < 5 and i != 2 for i in range(len(doc))]
    add_proper_noun_runs(doc, mentions, taken, load_gazetteers())
    found = {m.text for m in mentions[2:]}
    assert found == {"Vastillo", "Ixcal", "Kessel Oil and Gas Enterprise"}, found


JUNK = """Treasury Sanctions Smuggling Network

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two businessmen who support a smuggling network.

Paraguayan businessman **Doran Velt Askar** (Askar) is being designated for having materially assisted the network. Askar owns its trucks.
"""


class _SureModel:
    """A scorer sure of every candidate (0.9): above reject_below, below nothing."""

    reject_below = 0.05
    threshold = 0.95

    @staticmethod
    def probability(features: list[str]) -> float:
        return 0.9


def test_a_place_read_as_a_target_is_dropped_at_any_score(nlp):
    """A rule designee that is a place, a people or a lower-case word ("Paraguayan businessman X" read as two targets)
    is no designee whatever the scorer says; before, only one scored under reject_below was dropped."""
    from graphbuild.extract.common import ref, relation
    from graphbuild.extract.context import context_of
    from graphbuild.extract.designations_learned import scored_designations
    from markdown_release import parse_markdown

    doc = parse_markdown(nlp, JUNK, "2026-05-12")
    ctx = context_of(doc)
    sent = next(s for s in ctx.sentences if "Paraguayan" in s.text)
    people = next(ctx.entity(m) for m in ctx.resolver.mentions if m.text == "Paraguayan")
    person = next(ctx.entity(m) for m in ctx.resolver.mentions if m.text == "Doran Velt Askar")
    ofac = next(ctx.entity(m) for m in ctx.resolver.mentions if m.authority == OFAC)
    rules = [relation(DB, ref(c), ref(ofac), sent, "designations.v1", 0.85) for c in (people, person)]
    kept = {r.subject.name for r in scored_designations(doc, rules, _SureModel())}  # type: ignore[arg-type]
    assert kept == {"Doran Velt Askar"}, kept


LEGAL_FORMS = """Treasury Sanctions Companies Laundering Gold Proceeds

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Minerales Orinoco Kessel 2021, C.A., a gold trading company, and Consultores Fiscales Varga y Asociados S.C., the accounting firm that hid its profits.
"""


def test_legal_forms_end_the_company_names(extract):
    """"C.A.", "S.C." (and "d.o.o.", "EOOD", "DOO" in the measured releases) are legal forms (ontology/gazetteers/company_forms.yaml): the name runs to
    them, not to the word before ("Minerales Orinoco Kessel" was the designee)."""
    relations = run(extract, LEGAL_FORMS)
    designees = {r["subject"]["name"] for r in relations if r["relation"] == DB}
    assert {"Minerales Orinoco Kessel 2021, C.A.", "Consultores Fiscales Varga y Asociados S.C."} <= designees, designees


@pytest.mark.parametrize("name", ["Sierra Leone", "Gabon", "Togo", "Seychelles", "Comoros", "Palau", "Marshall Islands"])
def test_a_country_tagged_only_as_an_organisation_is_no_designee(name):
    """A country the model tagged only as an organisation (a list of "front companies registered in Sierra Leone"
    gave the designee "Sierra Leone" at 0.85) is junk by the gazetteers' one lookup: the scorer asks `countrynames` only for a name
    the model once tagged a place, so the countries must be in ontology/gazetteers/countries.yaml (D10 added the
    sovereign states it lacked, D12 the flag states still missing: "the Comoros-flagged tanker")."""
    from graphbuild.extract.designations_learned import junk_designee
    from graphbuild.nlp.gazetteers import load_gazetteers

    assert junk_designee(name, "Organization", {"ORG"}, [], load_gazetteers(), lookup=False)
    assert not junk_designee("Sierra Leone Marine Holdings", "Organization", {"ORG"}, [], load_gazetteers(), lookup=False)


PROGRAM_PIECE = """# Treasury Sanctions Leaders of Cartel

WASHINGTON -- Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned **Ramiro Teluz Varga** and **Inés Corvalán Prat**, two leaders of the Corvane Cartel (CCV).

Gran Tesoro is part of the Corvane Cartel, which the Department of State designated CCV as a Foreign Terrorist Organization and a Specially Designated Global Terrorist.

CARTEL LEADERS

Ramiro Teluz Varga leads the cartel.
"""


def test_a_piece_of_a_program_name_is_no_designee(extract):
    """"designated CCV as a Foreign Terrorist Organization and a Specially Designated Global Terrorist": the model's
    name span "Global Terrorist" lies inside the program name the gazetteer knows (`program_piece`, D12); it was a
    State designee at 0.85."""
    got = {r["subject"]["name"] for r in run(extract, PROGRAM_PIECE) if r["relation"] == DB}
    assert got == {"Ramiro Teluz Varga", "Inés Corvalán Prat", "Corvane Cartel"}
