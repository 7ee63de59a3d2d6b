"""The mapping's literals made once per value (`mapping._typed`, `mapping._text`) are the literals rdflib makes, type for type."""
from __future__ import annotations

from rdflib import XSD, Literal

from graphbuild.rdf.mapping import _typed


def test_equal_values_of_other_types_keep_their_own_literal():
    cases = [(1, XSD.decimal), (1.0, XSD.decimal), (True, None), (1, None), (0.875, XSD.decimal), (17, XSD.integer),
             ("test.v1", None)]
    for value, datatype in cases + cases:  # the second round is answered from the cache
        made = _typed(value, datatype)
        expected = Literal(value, datatype=datatype)
        assert (str(made), made.datatype) == (str(expected), expected.datatype), (value, datatype)
    assert str(_typed(1.0, XSD.decimal)) == "1.0" and str(_typed(1, XSD.decimal)) == "1"
    assert _typed(True, None).datatype == XSD.boolean and _typed(1, None).datatype == XSD.integer


def test_plain_text_literals_made_once_are_rdflibs_own():
    """`mapping._text` (S10): one Literal per string, equal to rdflib's, no datatype or language, "" included."""
    from graphbuild.rdf.mapping import _text

    for value in ["Ministry of Quiet Waters", "ministry of quiet waters", "", "Ministry of Quiet Waters"]:
        made, expected = _text(value), Literal(value)
        assert made == expected and str(made) == value and made.datatype is None and made.language is None
    assert _text("Harbour Board") is _text("Harbour Board")
