"""Name normalisation shared by resolution, entity ids and evaluation.

Ids are hashes of (type, normalised name), so the same entity named the same way
in two documents or two builds gets the same IRI (merging twice is a no-op).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})
_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_STOP = {"the", "of", "and", "for", "a", "an"}
_ABBREVIATIONS = {"company": "co", "limited": "ltd", "corporation": "corp", "incorporated": "inc"}
#: Lower-case particles inside a person's name ("de la", "van der", "bin", "al", "ould", "ogly"): a name goes on over
#: them. One set for every reader of names (nlp.name_hyphens, nlp.coref, nlp.type_evidence, extract.roles_lists).
NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den", "ter",
                            "le", "y", "e", "al", "el", "bin", "bint", "ibn", "ben", "abu", "ag", "ould", "ogly", "kyzy"})
#: Of those, the links that make the name after them a parent's: "X bin Y Z", "X ould Y", "X ag Y" is X, child of Y.
#: One set for nlp.coref (the parent's name is another person) and nlp.name_spans (a surname goes on over them), M45.
PARENT_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "ould", "ag"})
#: Turkic and Malay filial words, written after the parent's name ("X Y oglu Z", "X Y qizi Z", "X binti Y"): the family
#: name after them closes the name, no parent's (so not in `PARENT_PARTICLES`; twenty-eighth session, BX).
FILIAL_AFTER_PARENT = frozenset({"oglu", "ogly", "qizi", "kyzy", "binti"})


def clean_text(text: str) -> str:
    """Typographic quotes and dashes to ASCII, whitespace collapsed; keeps case and punctuation."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES).translate(_DASHES)).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Unicode-fold (strip diacritics) and casefold."""
    cleaned = clean_text(text)
    if cleaned.isascii():  # nothing to decompose or strip (NFKD leaves ASCII as it is): whole releases are folded too
        return cleaned.casefold()
    decomposed = unicodedata.normalize("NFKD", cleaned)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def name_key(name: str, type_: str = "") -> str:
    """The normalised form used for ids and matching.

    Folds case and diacritics, drops possessive 's, punctuation, parenthesised
    acronyms, stop words, and turns "SURNAME, Given" into "given surname" for people.
    """
    text = fold(name)
    text = re.sub(r"\([^)]*\)", " ", text)
    if type_ == "Person" and text.count(",") == 1:
        last, first = (part.strip() for part in text.split(","))
        if last and first:
            text = f"{first} {last}"
    text = re.sub(r"'s\b", "", text)
    text = _PUNCT.sub(" ", text)
    words = [_ABBREVIATIONS.get(w, w) for w in text.split() if w not in _STOP]
    return " ".join(words)


def stable_hash(*parts: str, length: int = 16) -> str:
    """A short hex digest of the parts; stable across runs and machines."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def slug(text: str, limit: int = 40) -> str:
    """A readable ASCII fragment for IRIs."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return words[:limit].rstrip("-") or "x"
