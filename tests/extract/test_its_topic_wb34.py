"""WB (thirty-fourth session, issue 13): the body "Its director, X" refers back to is the one the text is about.

Invented names. "Its <title>, X" opening a sentence is the post at the body the sentence before is about
(`titles_orgs.previous_topic`); when that sentence named no body, or was about "the group", the post went to the last
body named anywhere before, most often a place the model read as an organization ("registered in the canton of
Zell") or a body named inside a description. Now the topic is looked for past sentences of the same paragraph that
name no body ("The group was designated by the Department in 2018."), a body inside a phrase that only modifies the
subject's common noun ("Payments for A and B passed through Y") is not the subject's, and "; its director" goes back
to the clause before the semicolon. Close texts keep the subject's body; an authority is never the topic, even of a
sentence naming no other body ("OFAC said the company hid ... . Its director, X": review RWB, thirty-fourth session).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Among the new listings are several companies based in Switzerland. The most prominent is Kestrel Grain "
        "Trading AG, a commodity trader registered in the canton of Zell, which arranged sales of crude above the "
        "price cap.\n\nThe company's chairman, Pavel Ilyich Dorin, a Russian national, is also listed. Dorin was "
        "formerly head of trading at a Moscow subsidiary of a Russian oil major. Its chief financial officer, Maren "
        "Ulla Stoffel, is not listed.",
        {(HR, "Pavel Ilyich Dorin", "Kestrel Grain Trading AG", "chairman"),
         (HR, "Maren Ulla Stoffel", "Kestrel Grain Trading AG", "chief financial officer")},
        id="past-sentences-naming-no-body"),
    pytest.param(
        "Valtor Front has entrenched itself in the hills of Ostrava and has become a hub for fighters across the "
        "Sahel Brigade's networks in Africa. The group was designated by the Department as an SDGT in 2018. Its emir, "
        "Idris Kamal Warsame, was designated in 2019.",
        {(HR, "Idris Kamal Warsame", "Valtor Front", "emir")},
        id="past-the-group-as-subject"),
    pytest.param(
        "Payments for both Arkon Machinery Co., Ltd. and Belvedere Labs Ltd. passed through Goldmere Trading "
        "Limited, a Hong Kong company with no real operations. Its sole director, Chen Liwei, opened the company's "
        "bank accounts.",
        {(HR, "Chen Liwei", "Goldmere Trading Limited", "sole director")},
        id="bodies-modifying-the-subject-noun"),
    pytest.param(
        "In May the Federal Customs Directorate searched the offices of Varnel Technik GmbH in Lindow; its "
        "director, Anke Marie Holzer, said the case was serious.",
        {(HR, "Anke Marie Holzer", "Federal Customs Directorate", "director")},
        id="the-clause-before-a-semicolon"),
])
def test_its_is_the_topic(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Arkon Machinery Co., Ltd. shipped lathes to Goldmere Trading Limited. Its sole director, Chen Liwei, signed "
        "the contracts.",
        {(HR, "Chen Liwei", "Arkon Machinery Co., Ltd.", "sole director")},
        id="the-subject-not-the-object"),
    pytest.param(
        "OFAC designated Corvan Shipping LLC, a shipping firm, on Monday. Its director, Nadia Corrin Vellamy, signed "
        "the charters.",
        {(HR, "Nadia Corrin Vellamy", "Corvan Shipping LLC", "director")},
        id="a-designated-body-not-the-authority"),
    pytest.param(
        "Kestrel Holdings Ltd. was designated today for shipping Iranian oil. OFAC said the company hid the cargo's "
        "origin. Its director, Marko Velin, signed the charters.",
        {(HR, "Marko Velin", "Kestrel Holdings Ltd.", "director")},
        id="an-authority-that-speaks-is-no-topic"),
    pytest.param(
        "Kestrel Holdings Ltd. ships Iranian oil to Asia.\n\nOFAC is taking this action pursuant to Executive Order "
        "13846. Its director, Marko Velin, signed the charters.",
        {(HR, "Marko Velin", "Kestrel Holdings Ltd.", "director")},
        id="an-authority-that-acts-is-no-topic"),
    pytest.param(
        "Pelion Trading LLC supplied rifles to the Red Ridge Militia. The militia has attacked villages in the north "
        "since 2019. It recruits children. Its commander, Baro Tesh, ordered the attacks.",
        {(HR, "Baro Tesh", "Red Ridge Militia", "commander")},
        id="the-noun-subject-names-an-object-body"),
    pytest.param(
        "Arvo Tech LLC moved money for the Zelen Network. The network smuggles fuel across the border. Its leader, "
        "Pavel Mirov, lives in Minsk.",
        {(HR, "Pavel Mirov", "Zelen Network", "leader")},
        id="the-noun-subject-the-parse-hangs-low"),
    pytest.param(
        "Pelion Trading LLC was designated today, together with the Red Ridge Militia. The company has shipped rifles "
        "to the north since 2019. Its director, Baro Tesh, signed the contracts.",
        {(HR, "Baro Tesh", "Pelion Trading LLC", "director")},
        id="the-noun-subject-names-the-company"),
    pytest.param(
        "Today, OFAC designated the Ortega Lanz Organization, a drug trafficking organization based in Bolivia, and "
        "its leader.\n\n\"Drug flights have become a key supply line for cocaine,\" said Under Secretary of the "
        "Treasury for Terrorism and Financial Intelligence Mara J. Quill.\n\nThe organization is led by Rufino Ortega "
        "Lanz, who has shipped cocaine base from the Chapare region since 2016.",
        {(HR, "Mara J. Quill", "U.S. Department of the Treasury",
          "Under Secretary of the Treasury for Terrorism and Financial Intelligence"),
         (HR, "Rufino Ortega Lanz", "Ortega Lanz Organization", "leader")},
        id="a-new-paragraph-after-a-quote"),
])
def test_its_keeps_the_subject(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
