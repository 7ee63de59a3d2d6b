"""Wrong and lost facts a hostile tester found (P17, twenty-first session; docs/robustness.md "P17"). Invented texts,
exact relations; each test but the guards fails on main 1220736.

- "X is not among those designated today" (a denial by the copula, no progressive) left X's designation told
  elsewhere in the release, and the learned scorer added X where no rule did.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, designees

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}


@pytest.mark.parametrize("text, left", [
    ("Today, OFAC designated Darko Melnik and Lena Vosk. Lena Vosk is not among those designated today.",
     {("Darko Melnik", OFAC)}),
    ("Today, OFAC designated Darko Melnik and Lena Vosk. Vosk, a banker in Kessa, is not among the individuals "
     "sanctioned today.", {("Darko Melnik", OFAC)}),
    # guards: a denial by another body, or of an earlier action, leaves today's designation
    ("Today, OFAC designated Darko Melnik and Lena Vosk. Lena Vosk is not among those designated by the Department of "
     "State today.", {("Darko Melnik", OFAC), ("Lena Vosk", OFAC)}),
    ("Today, OFAC designated Darko Melnik and Lena Vosk. Lena Vosk was not among those designated in 2019.",
     {("Darko Melnik", OFAC), ("Lena Vosk", OFAC)}),
])
def test_not_among_those_designated_today_is_a_denial(extract, text, left):
    assert designees(extract(text, TODAY)) == left
