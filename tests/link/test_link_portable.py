"""Every matcher test again on the portable analyser: the path taken where rigour 2's Rust analyser is not
installed (followthemoney 3.8 brings an older rigour; PyICU, which rigour 2 needs, has no wheels)."""
from __future__ import annotations

import pytest

from graphbuild.link import names, score

from .test_link_matcher import *  # noqa: F401,F403 - the same tests, collected again under this module


@pytest.fixture(autouse=True, scope="module")
def portable_analyser():
    saved = names.analyze_names
    names.analyze_names = None
    names.analyse.cache_clear()
    score._SEEN.clear()
    yield
    names.analyze_names = saved
    names.analyse.cache_clear()
    score._SEEN.clear()


def test_the_portable_analyser_is_the_one_in_use():
    assert names.analyze_names is None
    form = names.analyse("Limited Liability Company Northern Light Shipping Co., Ltd.", "Organization")
    assert [p.text for p in form.parts] == ["northern", "light", "shipping"]
    assert all(not p.symbols for p in form.parts)  # rigour 2 would have tagged symbols
