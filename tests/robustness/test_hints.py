"""A "did you mean" offers names as the documents wrote them, not normalised (issue 15)."""
from __future__ import annotations

import pytest

from graphbuild.views.select import find_entities


def test_did_you_mean_offers_names_as_written():
    relations = [{"subject": {"id": "p1", "name": "Esmaeil Khatib", "aliases": ["KHATIB, Esmaeil"]},
                  "object": {"id": "o1", "name": "Ministry of Intelligence and Security", "aliases": []}}]
    with pytest.raises(Exception) as info:
        find_entities(relations, "Esmail Katib")
    assert str(info.value) == "--focus 'Esmail Katib': no entity has that name; did you mean 'Esmaeil Khatib'?"
