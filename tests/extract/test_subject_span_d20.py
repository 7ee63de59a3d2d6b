"""`authority.subject_span` stops at the root (issue 13, D20): a verb inside the span of a subject it does not hang
under (a crossing arc) made its climb to the subject run forever, as `Token.head` gives a new object each time and
the root test compared objects. A hand-built parse with a crossing arc; the alarm fails the test instead of hanging."""
from __future__ import annotations

import signal

import spacy
from spacy.tokens import Doc

from graphbuild.extract.acting_subject import subject_span


def _timeout(signum, frame):  # noqa: ARG001
    raise TimeoutError("subject_span did not stop")


def test_subject_span_stops_at_the_root():
    nlp = spacy.blank("en")
    # "Varnstad listed Ostrel": the subject "Varnstad" holds "Ostrel" across the root verb "listed" (index 1)
    doc = Doc(nlp.vocab, words=["Varnstad", "listed", "Ostrel"], heads=[1, 1, 0], deps=["nsubj", "ROOT", "dep"])
    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(5)
    try:
        first, last = subject_span(doc[0], doc[1])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert (first, last) == (0, 1)
