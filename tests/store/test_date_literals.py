"""Dates as RDF terms: only a real ISO date gets an XSD date type; anything else stays the text it was."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from graphbuild.rdf.mapping import date_literal


@pytest.mark.parametrize(("value", "datatype"), [("2024-02-29", XSD.date), ("2024-02", XSD.gYearMonth), ("2024", XSD.gYear)])
def test_iso_dates_are_typed(value, datatype):
    assert date_literal(value) == Literal(value, datatype=datatype)


@pytest.mark.parametrize("value", ["2023-02-29", "2024-13-01", "Friday, 3", "2024-00", "12345", "abcd"])
def test_a_document_date_that_is_no_real_date_stays_a_plain_literal(value):
    """A .jsonl `date` field such as '2023-02-29' once became an ill-typed xsd:date that rdflib refused to load."""
    assert date_literal(value) == Literal(value)
