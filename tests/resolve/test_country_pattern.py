"""The country pattern grouped by first letter (a speed-up, issue 18) finds exactly what the plain alternation found."""
from __future__ import annotations

import re

from graphbuild.resolve.country import _alternation, country_words

TEXT = ("Officials of the Russian Federation met Iranian and Iraqi envoys; RUSSIA's delegation and the "
        "North Korean side left. The U.S. and the United States Treasury, Burma (Myanmar), burmese troops, "
        "Korea, and pre-Russia era notes (xRussia, Russia2) stay unmatched.")


def _plain(names: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])(?:" + "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True)) + r")(?![\w])", re.I)


def test_grouped_pattern_matches_like_the_plain_alternation():
    words = country_words()
    plain = _plain(list(words.names))
    for text in (TEXT, TEXT.upper(), TEXT.lower()):
        assert [m.span() for m in words.pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    found = [TEXT[s:e] for s, e, _ in words.find(TEXT)]
    assert found[:5] == ["the Russian Federation", "Iranian", "Iraqi", "RUSSIA", "North Korean"]  # the longest name at each place
    assert "Russia" not in [TEXT[m.start():m.end()] for m in words.pattern.finditer("xRussia Russia2")]


def test_longest_name_wins_within_a_group_and_odd_names_keep_the_plain_form():
    pattern = re.compile(r"(?:" + _alternation(["iran", "iranian", "iraq"]) + r")(?![\w])", re.I)
    assert [m.group(0) for m in pattern.finditer("Iranian Iran Iraqi IRAQ")] == ["Iranian", "Iran", "IRAQ"]
    assert _alternation(["iran", "iraq"]) == "i(?:ran|raq)"
    assert _alternation(["iran", "'s land"]) == "'s\\ land|iran"
