"""Wrong facts a hostile tester found in invented releases (P13, seventeenth session): a post taken up in the past
read as ended, a father's name inside his son's made one person with the son, a country's ministry put under a bureau, a company's name run
across a sentence's end. Invented texts, exact relations; each test fails on main e2df427."""
from __future__ import annotations

import pytest

from relation_views import posts_with_current

pytestmark = pytest.mark.slow

META = {"date": "2026-03-20"}


def posts(extract, text: str) -> set[tuple[str, str, str | None, bool]]:
    return posts_with_current(extract(text, META))


def parts(extract, text: str) -> set[tuple[str, str]]:
    return {(r["subject"]["name"], r["object"]["name"]) for r in extract(text, META) if r["relation"] == "part_of"}


def test_a_post_taken_up_in_the_past_is_held(extract):
    # main: "became" / "took over as" in the past tense made the post former (the tense of a copula that ends a post)
    assert posts(extract, "Tomas Velkor, the former treasurer of the Varnel Foundation, became its president in 2025.") \
        == {("Tomas Velkor", "Varnel Foundation", "treasurer", False),
            ("Tomas Velkor", "Varnel Foundation", "president", True)}
    assert posts(extract, "Tomas Velkor, the treasurer of the Varnel Foundation, took over as its president in 2025.") \
        == {("Tomas Velkor", "Varnel Foundation", "treasurer", True),
            ("Tomas Velkor", "Varnel Foundation", "president", True)}
    # a post served in the past stays former
    assert ("Tomas Velkor", "Varnel Foundation", "president", False) in posts(
        extract, "Tomas Velkor founded the Varnel Foundation in 2015 and served as its president.")


def test_the_name_after_bin_is_the_parents(extract):
    # main: "Ali Al-Mansouri" (the father, the name after "bin") was read as "Hassan bin Ali Al-Mansouri": the son
    # got the father's post
    assert posts(extract, "Hassan bin Ali Al-Mansouri is the owner of Oceanic Star Ship Management LLC. His father, "
                          "Ali Al-Mansouri, chairs the Al-Mansouri Charitable Foundation.") \
        == {("Hassan bin Ali Al-Mansouri", "Oceanic Star Ship Management LLC", "owner", True),
            ("Ali Al-Mansouri", "Al-Mansouri Charitable Foundation", "chairman", True)}
    # the family name alone still refers back to the full name
    assert posts(extract, "Hassan bin Ali Al-Mansouri is the owner of Oceanic Star Ship Management LLC. Al-Mansouri "
                          "also chairs the Varnel Foundation.") \
        == {("Hassan bin Ali Al-Mansouri", "Oceanic Star Ship Management LLC", "owner", True),
            ("Hassan bin Ali Al-Mansouri", "Varnel Foundation", "chairman", True)}


def test_a_countrys_ministry_is_no_unit_of_the_bureau_before_it(extract):
    # main: "Ministry of Commerce" part_of "Export Control Bureau of China" (the country's "'s" read as the bureau's)
    assert parts(extract, "Zhou Lanfeng is the deputy director of the Export Control Bureau of China's Ministry of "
                          "Commerce.") == set()
    assert parts(extract, "The Central Bank of Iran's Monetary Policy Department is led by Darius Velmani.") \
        == {("Monetary Policy Department", "Central Bank of Iran")}


def test_a_company_name_ends_with_its_sentence(extract):
    # main: the form's point was passed over, "Kestrel Holdings Ltd. Kestrel Holdings Ltd" made one parent company
    assert parts(extract, "OFAC designated Kestrel Marine Services FZE, a subsidiary of Kestrel Holdings Ltd. Kestrel "
                          "Holdings Ltd was not designated today.") \
        == {("Kestrel Marine Services FZE", "Kestrel Holdings Ltd.")}


def test_no_longer_ends_only_the_post_of_its_own_clause(extract):
    # main: the second clause's post was read against the body named in the first ("its" = that body), whose clause
    # says "no longer": the deputy directorship was made former too
    text = ("Kim Yong Dal is no longer a representative of Korea Tangun Trading Corporation; he now serves as its "
            "deputy director.")
    assert posts(extract, text) == {("Kim Yong Dal", "Korea Tangun Trading Corporation", "representative", False),
                                    ("Kim Yong Dal", "Korea Tangun Trading Corporation", "deputy director", True)}
    assert posts(extract, "Kim Yong Dal is no longer Korea Tangun Trading Corporation's chairman.") \
        == {("Kim Yong Dal", "Korea Tangun Trading Corporation", "chairman", False)}
