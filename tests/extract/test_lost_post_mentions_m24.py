"""Posts lost at the mention stage, twenty-fourth session (issue 13, M; `benchmarks/roles_recall_diag.py --unread
readable`, stages `org_partial` and `person_typed:Company`): a body's name that holds a country's "and" ("Court of
Bosnia and Herzegovina") or goes on with "of the Republic (of Y)" and "for the ...", an ambassador whose post names a
country the lists had missed, a Tuareg patronymic "Ag" read as the legal form "AG", and a U.S. release's quoted
ambassador, who is no envoy of the state the release is about. Invented releases (markdown read as a build reads
them); exact relations."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

COURTS = ('# Treasury Sanctions Officials Who Sold Rulings\n'
    '\n'
    "**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two officials for taking bribes.\n"
    '\n'
    '**Vesna Karaulac-Dedić** (Karaulac-Dedić), a judge of the Court of Bosnia and Herzegovina, delayed a fraud case in exchange for cash.\n'
    '\n'
    '**Bernardo Ixcot Sical** (Ixcot), a former deputy in the Congress of the Republic of Guatemala, steered public contracts to his relatives.\n'
    '\n'
    'Karaulac-Dedić and Ixcot are being designated pursuant to E.O. 13818.\n')

FORCES = ('# Former Police Commander Convicted of Cocaine Conspiracy\n'
    '\n'
    "Colonel Anselmo Tarqui Poma, who led Bolivia's Special Force for the Fight Against Drug Trafficking (FELCN) from 2018 to 2020, was convicted on Monday of conspiring to import cocaine.\n"
    '\n'
    "**Remigio Ulloa Bazán** is a deputy in Peru's Congress of the Republic, where he sits on the budget committee.\n")

ENVOYS = ('# Treasury Sanctions Smuggling Clans on the Adriatic Coast\n'
    '\n'
    "**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two clan leaders who smuggle cigarettes through the port of Bar.\n"
    '\n'
    '"The clans will find no safe harbor," said U.S. Ambassador to Montenegro Harriet Dunmore-Pace. "We stand with the port police."\n'
    '\n'
    '**Slavko Ivanović** (Ivanović) leads the Bar clan. Ivanović is being designated pursuant to E.O. 14033.\n')

PATRONYMICS = ('# Treasury Designates Commanders of a Sahel Armed Group\n'
    '\n'
    "**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two individuals for their roles in attacks on civilians in Mali.\n"
    '\n'
    "- **Mahmoud Ag Intalla**, Katiba Tin Erkar's deputy emir, collects taxes from gold miners.\n"
    '\n'
    "- **Ibrahim Ag Wanasnat**, Katiba Tin Erkar's military commander, led the attack on the garrison.\n"
    '\n'
    'Both are being designated pursuant to E.O. 13224.\n')

POST_NOUNS = ('# Treasury Sanctions Suppliers of Russia\'s Military Industry\n'
    '\n'
    "**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned Laotian businessman and senator **Bounmy Sisavath**, three entities that he owns or controls, and two suppliers of machine tools.\n"
    '\n'
    'Sisavath is the chairman of **Mekong Jade Group Co., Ltd.**, which runs a casino on the border.\n'
    '\n'
    '- **Kestrel Steppe Trading LLP** (Kestrel Steppe), an Almaty-based trading company headed by general director **Yerlan Tokbayev** (Tokbayev), which ships machine tools across the border; and\n'
    '\n'
    '- **Miron Vasilache** (Vasilache) chairs **Asociația Obștească Calea Nouă** (Calea Nouă), a Chișinău-registered public association that pays voters to attend rallies.\n'
    '\n'
    'Kestrel Steppe, Tokbayev, Calea Nouă and Vasilache are being designated pursuant to E.O. 14024.\n')

SURNAME_COUNTRY = ('# Treasury Sanctions Officials of the Zamora Government\n'
    '\n'
    "**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated three police officials in Nicaragua.\n"
    '\n'
    'These officials serve a government in which President Aurelio Zamora Ríos has concentrated all power since 2021.\n'
    '\n'
    'Lucía Ibarra Montenegro, the founder of a human rights group, said Nicaragua had jailed her colleagues.\n'
    '\n'
    'Nicaragua has denied the charges.\n')

QUOTED_ENVOY = ('# Treasury Sanctions Procurement Network Supplying Iran\'s Drone Program\n'
    '\n'
    "**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated one company and one individual in Iran for buying drone engines.\n"
    '\n'
    '"We will keep exposing these networks," said Marla Quenby, ambassador to Belarus, who joined the announcement.\n'
    '\n'
    '**Tavren Kooshesh Company** is an Iran-based firm that buys engine parts. Its managing director, **Dariush Pelvani**, arranged the purchases.\n')


def test_a_body_holding_a_countrys_and_or_of_the_republic(extract, facts):
    """"the Court of Bosnia and | Herzegovina": the model stops the body at the country's "and" (the name went on only
    after a field body's "and"); "Congress | of the Republic of Guatemala": a legislature's name goes on with "of"."""
    facts(extract_markdown(extract, COURTS), {
        (HR, "Vesna Karaulac-Dedić", "Court of Bosnia and Herzegovina", "judge"),
        (HR, "Bernardo Ixcot Sical", "Congress of the Republic of Guatemala", "deputy")}, kinds=(HR,))


def test_a_force_named_for_its_mission_and_a_congress_of_the_republic(extract, facts):
    """"Special Force | for the Fight Against Drug Trafficking" is one body (a force's name goes on with "for", never
    with "of": "<Unit> Force of the <Corps>" is a unit); "Peru's Congress of the Republic" is its whole name."""
    facts(extract_markdown(extract, FORCES), {
        (HR, "Anselmo Tarqui Poma", "Special Force for the Fight Against Drug Trafficking", "leader"),
        (HR, "Remigio Ulloa Bazán", "Congress of the Republic", "deputy")}, kinds=(HR,))


def test_a_us_ambassador_to_a_state_the_lists_had_missed(extract, facts):
    """"U.S. Ambassador to Montenegro A B-C": Montenegro was no country of the lists, so it opened the ambassador's
    name ("Montenegro A B-C") and the post was lost."""
    facts(extract_markdown(extract, ENVOYS), {
        (HR, "Harriet Dunmore-Pace", "U.S. Department of State", "U.S. Ambassador to Montenegro"),
        (HR, "Slavko Ivanović", "Bar clan", "leader")}, kinds=(HR,))


def test_a_tuareg_patronymic_is_no_legal_form(extract, facts):
    """"Mahmoud Ag Intalla": "Ag" (son of) is no "AG" company; the person holds the group's posts."""
    facts(extract_markdown(extract, PATRONYMICS), {
        (HR, "Mahmoud Ag Intalla", "Katiba Tin Erkar", "deputy emir"),
        (HR, "Ibrahim Ag Wanasnat", "Katiba Tin Erkar", "military commander")}, kinds=(HR,))


def test_a_quoted_ambassador_in_a_us_release_serves_no_foreign_government(extract, facts):
    """"'...,' said X, ambassador to Belarus," in a Treasury release about Iran: the release quotes the U.S. envoy, so
    X holds no post at the Government of Iran (the release's country); the designee's post stays."""
    facts(extract_markdown(extract, QUOTED_ENVOY), {
        (HR, "Dariush Pelvani", "Tavren Kooshesh Company", "managing director")}, kinds=(HR,))


def test_a_post_noun_before_the_name_outweighs_a_bodys_cue_after_it(extract, facts):
    """"sanctioned <demonym> businessman and senator A B, three entities that he owns ...": the list's next item is
    no apposition saying A B is a body; "headed by general director A B (B), which ships ...": the relative clause is
    the firm's, and the post noun right before the name says A B is a person; "A B chairs X": the verb "chairs" (lemma "chair") is no post noun, so
    the association stays a body."""
    facts(extract_markdown(extract, POST_NOUNS), {
        (HR, "Bounmy Sisavath", "Mekong Jade Group Co., Ltd.", "chairman"),
        (HR, "Yerlan Tokbayev", "Kestrel Steppe Trading LLP", "general director"),
        (HR, "Miron Vasilache", "Asociația Obștească Calea Nouă", "chairman")}, kinds=(HR,))


def test_a_surname_that_spells_a_country_is_not_counted(extract, facts):
    """"Lucía Ibarra Montenegro" names no second country: the release is about Nicaragua alone, whose President the
    head is (the count of countries skipped a word inside a person's name only from this session)."""
    facts(extract_markdown(extract, SURNAME_COUNTRY), {
        (HR, "Aurelio Zamora Ríos", "Government of Nicaragua", "President")}, kinds=(HR,))


@pytest.mark.parametrize("text, name, expected", [
    pytest.param("The firm is headed by general director Yerlan Tokbayev, which ships tools.", "Yerlan Tokbayev", True,
                 id="post-noun"),
    pytest.param("OFAC sanctioned Laotian senator and businessman Bounmy Sisavath today.", "Bounmy Sisavath", True,
                 id="person-noun-and-post"),
    pytest.param("Miron Vasilache chairs Calea Noua Association in Chisinau.", "Calea Noua Association", False,
                 id="verb-not-noun"),
    pytest.param("OFAC designated the trading company Kestrel Steppe today.", "Kestrel Steppe", False, id="firm-noun"),
    pytest.param("The ships were sold by general director Kestrel Steppe Trading.", "Kestrel Steppe Trading", False,
                 id="company-word-in-name"),
])
def test_the_post_noun_before_a_name(nlp, text, name, expected):
    """`name_cues.post_noun_before`: a post's (or a person's) lower-case noun right before a name with no company,
    body or group word; the cue that outweighs a body's cue read after the name in `retype_mentions` (the readable
    releases' cases hang on their parses, which invented one-sentence texts do not reproduce)."""
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mention import Mention
    from graphbuild.nlp.name_cues import post_noun_before

    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    doc = nlp(doc)
    start = next(t.i for t in doc if doc[t.i:t.i + len(name.split())].text == name)
    m = Mention(start, start + len(name.split()), name, "ORG")
    assert post_noun_before(doc, m, load_gazetteers()) is expected
