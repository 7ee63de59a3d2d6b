"""Posts whose body the text implies but never names as a body, lost at the mention stage (issue 13, twenty-third
session, G; `benchmarks/roles_recall_diag.py --unread readable`, stage `org_fallback_only`): the government's own
speaker ("the government's chief spokesman"), a head of government in a release that names a second country, a
designated former head in a sentence citing an Executive Order, a minister's field closed by "of <country>", a
field word read as a judge's title ("Justice Minister"), a rank between a post and its holder, and the warden of a
prison named by its place. Invented releases (markdown read as a build reads them); exact relations."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

SPEAKERS = ('# Treasury Sanctions Judges Who Sold Rulings in Gabon\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two judges in Gabon who sold rulings to timber traders.\n"
    '\n'
    '"These measures rest on rumours," Anatole Bessé Koumba, the government\'s chief spokesman, told reporters in Libreville.\n'
    '\n'
    "The government's spokeswoman, Clarisse Ndong Mavoungou, said Gabon would ask for the evidence.\n"
    '\n'
    'Gabon has been accused of selling timber concessions. Two of the traders shipped logs through Cameroon.\n'
    '\n'
    "Gabon's courts have long been criticised, and Gabon says it will reform them.\n")

TWO_COUNTRIES = ('# Treasury Targets Financiers of Armed Groups in Velland\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated three financiers who moved money from Georgia to Armenia.\n"
    '\n'
    'Officials said the money reached Armenian groups opposed to Prime Minister Arman Hovsep Tevosyan\'s government.\n'
    '\n'
    'Armenia is a landlocked state of about three million people. President Levon Sarkis Hovakimian took office in 2022.\n'
    '\n'
    'Georgia has denied any role. President Irakli Tamaz Berdzeni said the funds had not crossed its border.\n'
    '\n'
    'Armenia has asked for the records, and Armenia says it will freeze the accounts. Armenia and the Armenian banks named are cooperating.\n')

SANCTIONING_COUNTRY = ('# Canada sanctions relatives of a ruling family over stolen oil revenues\n'
    '\n'
    'Canada has today sanctioned two relatives of the President of Equatorial Guinea.\n'
    '\n'
    '**Marcos Ndong Esono**, a nephew of President Pedro Mikue Ela, ran the state oil company. Canada has evidence that he hid the bonuses abroad. Canada will freeze his assets.\n'
    '\n'
    'Canada acts under its Special Economic Measures Act, and Canada may add more names.\n')

DESIGNATED_HEAD = ('# Treasury Sanctions Former Officials of Paraguay\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two former officials of Paraguay for corruption.\n"
    '\n'
    'Former Vice President **Rodrigo Abente Lezcano** was designated by OFAC in January 2021 under E.O. 13818.\n'
    '\n'
    '**Teodoro Aslan Benítez** (Benítez), a former Minister of Finance of Paraguay, moved public funds into accounts abroad.\n'
    '\n'
    'Benítez is being designated pursuant to E.O. 13818.\n'
    '\n'
    '**Lucía Ferrer Oviedo**, a former Deputy Minister of Industry of the Republic of Paraguay, approved the contracts.\n')

MINISTERS = ('# Treasury Sanctions Ministers of the Niger Junta\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned two ministers of Niger who steered uranium contracts.\n"
    '\n'
    'OFAC designated Defence Minister Brigadier General Ousman Tade Korro, who signed the contracts.\n'
    '\n'
    'Also targeted was Justice Minister Idrissa Kelmo Varda, who ordered the arrest of the contracts\' critics.\n')

WARDENS = ('# Treasury Sanctions Prison Officials in Turkmenistan\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two prison officials in Turkmenistan.\n"
    '\n'
    '**Dovlet Orazov Annaberdi** is the warden of Gyzylgaya prison, where inmates were tortured.\n'
    '\n'
    'Before that, **Myrat Annaguly Hojayev** was the warden of Gulnara Sapar prison, where he ordered beatings.\n')


AMBASSADORS = ('# Treasury Sanctions Officials of Nicaragua\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two officials of Nicaragua.\n"
    '\n'
    "Nicaragua's Ambassador to the UK, **Ernesto Vado Larios**, denied the charges in a statement.\n"
    '\n'
    'Last year, **Horacio Mena Zuniga**, a former police officer, was named ambassador to Venezuela. Nicaragua has moved other officials abroad.\n'
    '\n'
    'Nicaragua says the sanctions are illegal, and Nicaragua will appeal.\n')


def test_an_ambassador_to_another_state_serves_his_own_government(extract, facts):
    """"Nicaragua's Ambassador to the UK, X,": the state he is sent to closes the title's phrase, so X is its
    apposition; "was named ambassador to Venezuela" in a release about Nicaragua: Nicaragua's government."""
    facts(extract_markdown(extract, AMBASSADORS), {
        (HR, "Ernesto Vado Larios", "Government of Nicaragua", "Ambassador"),
        (HR, "Horacio Mena Zuniga", "Government of Nicaragua", "ambassador")}, kinds=(HR,))


def test_the_governments_speaker_holds_a_post_at_the_government(extract, facts):
    """"X, the government's chief spokesman," / "The government's spokeswoman, X,": the government of the state the
    release is about (named far more often than the other), which the text never names as a body."""
    facts(extract_markdown(extract, SPEAKERS), {
        (HR, "Anatole Bessé Koumba", "Government of Gabon", "chief spokesman"),
        (HR, "Clarisse Ndong Mavoungou", "Government of Gabon", "spokeswoman")}, kinds=(HR,))


def test_a_head_of_government_in_a_release_naming_two_countries(extract, facts):
    """The release names Armenia most (but not twice as often as Georgia): "Prime Minister X's government" in a
    sentence naming Armenia, and "President Y took office" in a paragraph naming Armenia alone, are Armenia's; the
    President in the paragraph about Georgia gets no government (Georgia is not the release's top country)."""
    facts(extract_markdown(extract, TWO_COUNTRIES), {
        (HR, "Arman Hovsep Tevosyan", "Government of Armenia", "Prime Minister"),
        (HR, "Levon Sarkis Hovakimian", "Government of Armenia", "President")}, kinds=(HR,))


def test_no_government_of_the_sanctioning_country(extract, facts):
    """The release names Canada, which sanctions, most: "a nephew of President X" in a paragraph that names only Canada
    is no post of X at Canada's government (a country that sanctions in the release is not counted as its subject)."""
    facts(extract_markdown(extract, SANCTIONING_COUNTRY), set(), kinds=(HR,))


def test_a_designated_former_head_and_a_minister_of_a_named_country(extract, facts):
    """"Former Vice President X was designated ... under E.O. 13818": a designee is no U.S. President, though the
    sentence names an Executive Order; "a former Minister of Finance of Paraguay" is at the Ministry of Finance (the
    body "Ministry of Finance of Paraguay" matched no name a reader writes), "of the Republic of Paraguay" likewise."""
    facts(extract_markdown(extract, DESIGNATED_HEAD), {
        (HR, "Rodrigo Abente Lezcano", "Government of Paraguay", "Vice President"),
        (HR, "Teodoro Aslan Benítez", "Ministry of Finance", "Minister of Finance"),
        (HR, "Lucía Ferrer Oviedo", "Ministry of Industry", "Deputy Minister of Industry")}, kinds=(HR,))


def test_a_field_word_and_a_rank_before_the_ministers_name(extract, facts):
    """"Justice Minister X" (the field read as a judge's title "Justice") and "Defence Minister Brigadier General X"
    (the rank between the post and its holder): each minister holds the ministry of the field."""
    facts(extract_markdown(extract, MINISTERS), {
        (HR, "Ousman Tade Korro", "Ministry of Defence", "Defence Minister"),
        (HR, "Idrissa Kelmo Varda", "Ministry of Justice", "Justice Minister")}, kinds=(HR,))


def test_the_warden_of_a_prison_named_by_its_place(extract, facts):
    """"the warden of Gyzylgaya prison": the prison is the body, whether the model read its name as a place or a
    person."""
    facts(extract_markdown(extract, WARDENS), {
        (HR, "Dovlet Orazov Annaberdi", "Gyzylgaya prison", "warden"),
        (HR, "Myrat Annaguly Hojayev", "Gulnara Sapar prison", "warden")}, kinds=(HR,))


# ---- body spans cut short (stage `org_partial`)

ROMANCE_PARTIES = ('# Treasury Sanctions Leaders of an Armed Group in Ovalie\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated a commander of an armed group in Ovalie.\n"
    '\n'
    '**Hamid Sako Damboula**, the former chief of staff of the Union pour le Renouveau en Ovalie (UJO), directed attacks on displaced persons.\n'
    '\n'
    'Rene Obiang Tsiba, who now leads the small opposition party Rassemblement pour la Concorde Civique, said he had been threatened.\n')

COURT_POSTS = ('A former police commander of Velmora was sentenced on Tuesday in Miami to 12 years in prison for laundering cartel money. '
    'U.S. District Judge Marta Quillon Reyes said he had sold his badge. Assistant U.S. Attorney Dorian Felk Amsel told the court '
    'that the commander had also passed police files to the cartel.\n'
    '\n'
    "The case was brought by the Department of Justice's Joint Task Force Kestrel, whose director, Assistant U.S. Attorney "
    'Selma Ruiz Okonjo, has led the prosecution of more than 100 gang members.\n')


def test_a_french_body_name_with_en_and_a_rassemblement(extract, facts):
    """"the Union pour le Renouveau en Ovalie": "en" continues the name (the model cut it into "Union" and a person
    "Justice en Ovalie"); "Rassemblement pour la ..." opens a party's name as "Parti" and "Mouvement" do."""
    facts(extract_markdown(extract, ROMANCE_PARTIES), {
        (HR, "Hamid Sako Damboula", "Union pour le Renouveau en Ovalie", "chief of staff"),
        (HR, "Rene Obiang Tsiba", "Rassemblement pour la Concorde Civique", "leader")}, kinds=(HR,))


def test_a_federal_judge_and_prosecutor_named_before_their_names(extract, facts):
    """"U.S. District Judge X", "Assistant U.S. Attorney Y": the court and the U.S. Attorney's Office, which the text
    never names; "whose director, Assistant U.S. Attorney Z," skips the fixed title to the name as it skips a rank,
    so Z is also the task force's director."""
    facts(extract(COURT_POSTS), {
        (HR, "Marta Quillon Reyes", "U.S. District Court", "U.S. District Judge"),
        (HR, "Dorian Felk Amsel", "U.S. Attorney's Office", "Assistant U.S. Attorney"),
        (HR, "Selma Ruiz Okonjo", "U.S. Attorney's Office", "Assistant U.S. Attorney"),
        (HR, "Selma Ruiz Okonjo", "Joint Task Force Kestrel", "director")}, kinds=(HR,))
