"""Review of NM's name passes (RN, thirty-first session; invented names and texts).

- `nlp.name_patronymics` cuts a list item's " - Post" off a "Given Patronymic SURNAME" name, but the model often stops
  such a name at the patronymic ("Oleg Ivanovich | TARKOV - Head"): the surname in capitals after it is put back, and
  the post is no longer read as "TARKOV - Head";
- `nlp.name_ranks` took a place after a rank word for a person ("General Tavares City": "Tavares City" a person)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _mentions(nlp, text: str) -> list[tuple[str, str]]:  # noqa: ANN001 - the spaCy pipeline fixture
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    return [(m.text, m.label) for m in collect_mentions(nlp(text), load_gazetteers())]


LIST = ("OFAC designated the following individuals:\n"
        "1. Ivan Petrovich SOROKIN - Director of Kestrel Polymer LLC;\n"
        "2. Dmitry Olegovich MELNIK - Manager of Kestrel Polymer LLC;\n"
        "3. Anna Sergeyevna BELOVA - Chief Accountant of Kestrel Polymer LLC;\n"
        "4. Oleg Ivanovich TARKOV - Head of Security of Kestrel Polymer LLC.")


def _after_rank(nlp, text: str, name: str, label: str) -> tuple[str, str]:  # noqa: ANN001 - the spaCy pipeline fixture
    """`name` as the model's `label` mention, after `people_after_ranks`."""
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mention import Mention
    from graphbuild.nlp.name_ranks import people_after_ranks

    doc = nlp(text)
    span = doc.char_span(text.index(name), text.index(name) + len(name))
    mentions = [Mention(span.start, span.end, span.text, label)]
    people_after_ranks(doc, mentions, load_gazetteers())
    return mentions[0].text, mentions[0].label


def test_a_place_after_a_rank_word_stays_a_place(nlp):
    text = "Harun Velasi, a financier based in General Tavares City, funds the group."
    assert _after_rank(nlp, text, "Tavares City", "GPE") == ("Tavares City", "GPE")
    assert _after_rank(nlp, text, "General Tavares City", "GPE") == ("General Tavares City", "GPE")
    assert _after_rank(nlp, "The depot is on Marshal Oskarov Avenue in Tavra.", "Marshal Oskarov Avenue", "ORG") == (
        "Marshal Oskarov Avenue", "ORG")


def test_a_person_after_a_rank_word_is_still_a_person(nlp):
    text = "Funds went to Colonel Tavo Renskar, who commands the unit."
    assert _after_rank(nlp, text, "Tavo Renskar", "GPE") == ("Tavo Renskar", "PERSON")


def test_a_surname_in_capitals_the_model_left_after_the_patronymic_is_put_back(nlp):
    """The model stopped "Oleg Ivanovich TARKOV - Head" at the patronymic: the surname is the name's, the post is not."""
    got = _mentions(nlp, LIST)
    assert [m for m in got if m[1] == "PERSON"] == [
        ("Ivan Petrovich SOROKIN", "PERSON"), ("Dmitry Olegovich MELNIK", "PERSON"), ("Anna Sergeyevna BELOVA", "PERSON"),
        ("Oleg Ivanovich TARKOV", "PERSON")]
    got = _mentions(nlp, "Treasury designated Dmitry Olegovich VOL-SKIY - Manager of Kestrel Polymer LLC.")
    assert got == [("Treasury", "ORG"), ("Dmitry Olegovich VOL-SKIY", "PERSON"), ("Kestrel Polymer LLC", "ORG")]


def test_no_word_in_capitals_but_a_surname_is_put_back(nlp):
    """Negative: an acronym or a body's word after a patronymic is no surname."""
    got = _mentions(nlp, "Treasury designated Dmitry Olegovich, CEO of Kestrel Polymer LLC.")
    assert ("Dmitry Olegovich", "PERSON") in got
