"""The model's attribute_ruler, answered with array operations instead of a Matcher over every token.

`en_core_web_sm`'s attribute_ruler maps the tagger's fine tags (and a few words and
dependency labels) to POS, MORPH and LEMMA with 179 Matcher patterns. Nearly every token
matches one of them, so the ruler builds a Span and sets attributes in Python for nearly
every token: 10.7% of the pipeline's CPU in the issue-18 profile. All but a handful of its
patterns test one token for equality or set membership of a few attributes, which numpy
answers for a whole document at once. The others (several tokens, regular expressions,
operators) still go through a Matcher that holds only them.

Same result by construction: the ruler applies its matches in pattern order, so each
attribute of a token takes its value from the last pattern that matched it; here every
pattern's mask is computed on the values before any change (as the ruler's matching is),
and the last matching pattern per attribute wins. Checked token for token against the
ruler (tests/nlp/test_attribute_table.py, and docs/benchmarks.md for the corpora).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import DEP, IDS, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .stand_in import StandIn

#: Token attributes a one-token pattern may test here (others go to the fallback Matcher).
_TESTABLE = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "NORM": NORM, "DEP": DEP, "IS_SPACE": IS_SPACE, "POS": POS}
#: Attributes the ruler may set, in the order they are written back.
_WRITABLE = (POS, MORPH, LEMMA, TAG, DEP)
#: Distinct rows of read values whose winners are kept (a process's build sees a few thousand; bounds memory).
ROW_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class _Test:
    """One condition of a one-token pattern: the attribute's column equals / is in / is not in `values`."""

    column: int
    values: numpy.ndarray
    negate: bool
    items: tuple[int, ...] = ()  # the same values as Python ints, for set lookups

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.values.tolist()))


def _value_id(nlp_vocab: Any, key: str, value: Any) -> int:
    """The integer a token stores for `value` of attribute `key` (what the Matcher compares)."""
    if key == "IS_SPACE":
        return int(bool(value))
    if key == "POS" and isinstance(value, str):
        return int(IDS[value]) if value else 0
    return int(nlp_vocab.strings.add(value)) if isinstance(value, str) and value else 0 if value == "" else int(value)


def _tests(vocab: Any, spec: dict[str, Any], columns: dict[int, int]) -> list[_Test] | None:
    """The conditions of one token spec, or None when it needs the Matcher (regex, operators, other keys)."""
    tests: list[_Test] = []
    for key, value in spec.items():
        if key not in _TESTABLE:
            return None
        column = columns.setdefault(_TESTABLE[key], len(columns))
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in {"IN", "NOT_IN"}:
                return None
            op, items = next(iter(value.items()))
            ids = numpy.array(sorted({_value_id(vocab, key, v) for v in items}), dtype=numpy.uint64)
            tests.append(_Test(column, ids, op == "NOT_IN"))
        elif isinstance(value, (str, bool, int)):
            tests.append(_Test(column, numpy.array([_value_id(vocab, key, value)], dtype=numpy.uint64), False))
        else:
            return None
    return tests


@dataclass
class _Rare:
    """A pattern left to a Matcher, with what a document must hold for it to match at all.

    Tried only on documents that hold, for each of its token specs, a token meeting the
    spec's equality / set / regular-expression tests: most of these patterns are for
    words a press release never uses ("gon na", "ai n't"), and a Matcher costs a pass over
    every token (with a Python call per token for a regular expression).
    """

    number: int
    matcher: Matcher
    present: list[_Test]
    regexes: list[tuple[int, re.Pattern[str]]]  # (column, expression that some token's string must match)
    seen: dict[int, bool] = field(default_factory=dict)  # string hash -> matched, per regex (patterns here have few)


def _presence(vocab: Any, specs: list[dict[str, Any]], columns: dict[int, int]) -> tuple[list[_Test], list[tuple[int, re.Pattern[str]]]]:
    """The tests of a multi-token or regex pattern that some token of a matching document must pass."""
    present: list[_Test] = []
    regexes: list[tuple[int, re.Pattern[str]]] = []
    for spec in specs:
        if spec.get("OP", "1") not in {"1", "+"}:
            continue  # optional or negated token: nothing it guarantees
        for key, value in spec.items():
            if key == "OP" or key not in _TESTABLE:
                continue
            if isinstance(value, dict) and set(value) == {"REGEX"} and key in {"LOWER", "ORTH", "NORM"}:
                regexes.append((columns.setdefault(_TESTABLE[key], len(columns)), re.compile(value["REGEX"])))
            elif not (isinstance(value, dict) and set(value) == {"NOT_IN"}):
                tests = _tests(vocab, {key: value}, columns)
                present.extend(tests or [])
    return present, regexes


def _held(present: dict[int, set[int]], data: numpy.ndarray, test: _Test) -> list[int]:
    """The test's values that some token of the document has (each column's values cached per document)."""
    values = present.get(test.column)
    if values is None:
        values = present[test.column] = set(numpy.unique(data[:, test.column]).tolist())
    return [v for v in test.items if v in values]


def _mask(present: dict[int, set[int]], data: numpy.ndarray, tests: list[_Test]) -> numpy.ndarray | None:
    """The tokens passing all `tests`, or None when none does.

    Only the values a document holds are compared (set lookups first, then one `==` per value):
    most patterns name a word or tag the document lacks and cost no pass over its tokens.
    """
    held = [_held(present, data, test) for test in tests]
    if any(not values and not test.negate for test, values in zip(tests, held)):
        return None
    mask = None
    for test, values in zip(tests, held):
        if not values:
            continue  # a NOT_IN test none of whose values occurs: every token passes
        column = data[:, test.column]
        hit = column == values[0]
        for value in values[1:]:
            hit |= column == value
        if test.negate:
            hit = ~hit
        mask = hit if mask is None else mask & hit
        if not mask.any():
            return None
    return mask if mask is not None else numpy.ones(len(data), dtype=bool)


class AttributeTable:
    """Does what a given AttributeRuler does, the one-token patterns as numpy masks."""

    def __init__(self, ruler: Any) -> None:
        self.vocab = ruler.vocab
        self.columns: dict[int, int] = {}  # attribute id -> column of the array read from a doc
        self.simple: list[tuple[int, list[list[_Test]]]] = []  # (pattern number, alternatives of conditions), in order
        self.rare: list[_Rare] = []
        for number, entry in enumerate(ruler.patterns):
            specs = entry["patterns"]
            alternatives = [_tests(self.vocab, pattern[0], self.columns) if len(pattern) == 1 else None for pattern in specs]
            if all(tests is not None for tests in alternatives) and entry["index"] in (0, -1):
                self.simple.append((number, alternatives))  # type: ignore[arg-type]
            else:
                matcher = Matcher(self.vocab)
                matcher.add(str(number), specs)
                present, regexes = _presence(self.vocab, specs[0], self.columns) if len(specs) == 1 else ([], [])
                self.rare.append(_Rare(number, matcher, present, regexes))
        self.indices = list(ruler.indices)
        self.attrs = [dict(a) for a in ruler.attrs]
        unknown = {a for attrs in self.attrs for a in attrs} - set(_WRITABLE)
        if unknown:
            raise ValueError(f"attribute_ruler sets attributes this table does not write: {sorted(unknown)}")
        self.read = sorted(self.columns, key=self.columns.get)  # type: ignore[arg-type]
        self.values = {a: numpy.array([attrs.get(a, 0) for attrs in self.attrs] + [0], dtype=numpy.uint64) for a in _WRITABLE}
        self._row_winners: dict[tuple[int, ...], tuple[int, ...]] = {}  # a row of read values -> its winners (_simple_winners)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        data = doc.to_array(self.read)
        winner = self._simple_winners(data)
        rows = {a: k for k, a in enumerate(_WRITABLE)}
        uniques: dict[Any, Any] = {}  # per column: its distinct values (numpy), and as a set
        for rare in self.rare:
            if not self._may_match(rare, data, uniques):
                continue
            for _, start, end in rare.matcher(doc, allow_missing=True):
                i = range(start, end)[self.indices[rare.number]]
                for attr in self.attrs[rare.number]:
                    winner[rows[attr], i] = max(winner[rows[attr], i], rare.number)
        current = doc.to_array(list(_WRITABLE))
        for attr, row in rows.items():
            chosen = winner[row] >= 0
            if chosen.any():
                current[chosen, row] = self.values[attr][winner[row, chosen]]
        doc.from_array(list(_WRITABLE), current)
        return doc

    def _simple_winners(self, data: numpy.ndarray) -> numpy.ndarray:
        """Per attribute and token, the last one-token pattern that matched it (-1: none).

        A token's winners depend on its own values in the columns read (tag, word, ...) and nothing
        else, so they are worked out once per distinct row of values and kept: the 400 benchmark
        documents hold 1,460 distinct rows, and 235 of them no row not seen before; the pattern
        loop (170 masks a document, 3% of the model worker's CPU) now runs on new rows only (issue 18).
        """
        rows = list(map(tuple, data.tolist()))
        cache = self._row_winners
        missing = [row for row in dict.fromkeys(rows) if row not in cache]
        if missing:
            if len(cache) + len(missing) > ROW_CACHE_LIMIT:
                cache.clear()
                missing = list(dict.fromkeys(rows))
            found = self._pattern_winners(numpy.array(missing, dtype=data.dtype).reshape(len(missing), data.shape[1]))
            cache.update(zip(missing, map(tuple, found.T.tolist())))
        return numpy.array([cache[row] for row in rows], dtype=numpy.int64).reshape(len(rows), len(_WRITABLE)).T.copy()

    def _pattern_winners(self, data: numpy.ndarray) -> numpy.ndarray:
        """`_simple_winners` worked out pattern by pattern over the rows of `data` (numpy masks)."""
        winner = numpy.full((len(_WRITABLE), len(data)), -1, dtype=numpy.int64)
        rows = {a: k for k, a in enumerate(_WRITABLE)}
        present: dict[int, set[int]] = {}  # column -> the values the rows hold
        for number, alternatives in self.simple:
            mask = None
            for tests in alternatives:
                hit = _mask(present, data, tests)
                if hit is not None:
                    mask = hit if mask is None else mask | hit
            if mask is not None:
                for attr in self.attrs[number]:
                    winner[rows[attr], mask] = number
        return winner

    @staticmethod
    def _held_set(data: numpy.ndarray, column: int, uniques: dict[Any, Any]) -> set[int]:
        """The values some token holds in `column`, as a set made once per document."""
        key = ("set", column)
        if key not in uniques:
            uniques[key] = set(data[:, column].tolist())
        return uniques[key]

    def _may_match(self, rare: _Rare, data: numpy.ndarray, uniques: dict[Any, Any]) -> bool:
        """False when the document lacks a token some spec of the pattern requires."""
        def values(column: int) -> numpy.ndarray:
            if column not in uniques:
                uniques[column] = numpy.unique(data[:, column])
            return uniques[column]

        for test in rare.present:  # a required value no token holds (set lookups: numpy.isin cost ~40 us a call here)
            if not test.negate and self._held_set(data, test.column, uniques).isdisjoint(test.items):
                return False
        for column, regex in rare.regexes:
            strings = self.vocab.strings
            found = False
            for value in values(column).tolist():
                known = rare.seen.get(value)
                if known is None:
                    known = rare.seen[value] = bool(regex.search(strings[value])) if value in strings else False
                if known:
                    found = True
                    break
            if not found:
                return False
        return True


@Language.factory("gb_attribute_table", assigns=["token.pos", "token.morph", "token.lemma"])
def make_attribute_table(nlp: Language, name: str) -> StandIn:
    return StandIn("gb_attribute_table", "attribute_ruler", "replace_attribute_ruler")


def replace_attribute_ruler(nlp: Language) -> None:
    """Swap the model's attribute_ruler for the table that gives the same attributes."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        table = AttributeTable(ruler)
    except ValueError:
        return  # a model whose ruler sets other attributes (extensions, ...): keep its own ruler
    component = nlp.add_pipe("gb_attribute_table", before="attribute_ruler")
    component.table = table  # type: ignore[attr-defined]
    nlp.remove_pipe("attribute_ruler")
