"""Review RN of NS's names (294a3f5), thirtieth session; invented texts:

- "A B the younger of the two" compares, it names no second man: the post stays with the one "A B" the text
  designates (`nlp.name_generations`);
- "**A B Company, Known Assets Division**": a capitalised word after the comma goes on the name; only a lower-case
  "also known as" / "formerly" opens another name (`nlp.name_bold_aliases`);
- "the A and B firms": one plural noun after both names shares its head between two names (`nlp.name_joins`)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

HR, DB = "holds_role", "designated_by"
OFAC = "Office of Foreign Assets Control"
LEAD = "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) "


def test_the_younger_of_the_two_is_a_comparison(extract):
    text = LEAD + ("designated Dorin Kalev and Marek Kalev. Dorin Kalev, the older brother, is the director of Lumen "
                   "Port Services. Marek Kalev the younger of the two is the chairman of Vasko Group.")
    got = extract(text)
    assert relation_pairs(got, DB) == {("Dorin Kalev", OFAC), ("Marek Kalev", OFAC)}
    assert relation_pairs(got, HR) == {("Dorin Kalev", "Lumen Port Services"), ("Marek Kalev", "Vasko Group")}


def test_a_capitalised_word_after_a_bold_comma_stays_in_the_name(extract):
    text = ("# Treasury Sanctions Procurement Agents\n\n" + LEAD + "designated the following entity pursuant to "
            "Executive Order 13382:\n\n- **Nexor Trading Company, Known Assets Division** is a front company for "
            "Meridal Industrial Group.\n")
    assert relation_pairs(extract_markdown(extract, text), DB) == {
        ("Nexor Trading Company, Known Assets Division", OFAC)}


def test_two_names_sharing_a_plural_noun_stay_two(nlp):
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    doc = nlp("Dorin Kalev is the director of the Kestrel Shipping and Marlow Trading firms in Varna.")
    texts = [m.text for m in collect_mentions(doc, load_gazetteers())]
    assert "Kestrel Shipping" in texts and "Marlow Trading" in texts
    assert not [t for t in texts if " and " in t]


def _mention_texts(nlp, text: str) -> list[str]:
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    return [m.text for m in collect_mentions(nlp(text), load_gazetteers())]


def test_a_first_name_written_apart_stays_its_own(nlp):
    """Guard of NS's written-apart test, which NS's own negative did not reach (it passed with the test removed)."""
    texts = _mention_texts(nlp, "Dorin Kalev met the Kestrel Shipping and Marlow Trading in Varna. The Kestrel "
                                "Shipping later sold two tankers.")
    assert not [t for t in texts if " and " in t]


def test_a_first_name_headed_by_a_kind_noun_stays_its_own(nlp):
    """Guard of NS's kind-noun test: "the X Agency and Y" names two bodies."""
    texts = _mention_texts(nlp, "Dorin Kalev is a director of the Verel Energy Agency and Kestrel Petroleum.")
    assert not [t for t in texts if " and " in t]
