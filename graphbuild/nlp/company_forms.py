"""The legal-form lexicon of `ontology/gazetteers/company_forms.yaml`, without spaCy.

Name repair (`name_spans`) reads it inside the model worker; the build's driver reads it too when it types
entities (`resolve/types.py`: a legal form after a name's first word makes a Company). The driver must not import
spaCy (tests/pipeline/test_rerun_imports.py), so the lexicon lives here, apart from the repair.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import GazetteerError
from ..paths import gazetteer_dir
from .gazetteers import read_yaml


@dataclass(frozen=True)
class CompanyForms:
    """The legal-form lexicon (see company_forms.yaml)."""

    forms: frozenset[str]
    prefix_forms: frozenset[str]
    joiners: frozenset[str]
    parenthesised: frozenset[str]


@lru_cache(maxsize=4)
def company_forms(directory: str | None = None) -> CompanyForms:
    path = Path(directory) if directory else gazetteer_dir()
    path = path / "company_forms.yaml"
    data = read_yaml(path) or {}
    def words(key: str) -> frozenset[str]:
        value = data.get(key) or []
        if not isinstance(value, list):
            raise GazetteerError(f"{path}: '{key}' must be a list of words; got {type(value).__name__}")
        return frozenset(str(w).rstrip(".") for w in value)
    return CompanyForms(words("forms"), words("prefix_forms"), words("joiners"), words("parenthesised"))


#: The English legal forms written with a point of their own after which a sentence may start ("X Ltd. Treasury also
#: designated Y"). Not the dotted ones: "A.S." and "S.A." are initials too ("named after A.S. Yakovlev"), and "X
#: d.o.o. Beograd" is a name that goes on with its city.
POINTED_FORMS = frozenset({"co", "ltd", "inc", "corp"})


def form_point_starts_sentence(form: str, following: str) -> bool:
    """"X Ltd. Treasury ...": after the pointed legal form `form` (its word, with or without its point) the word
    `following` opens a new sentence when it is capitalised, alphabetic and no further form ("Co. Ltd.", "Ltd. Sti."
    are one name). The one decider of nlp/model.form_sentence_starts (a start marked before the parser) and
    extract/context (a cut of the parser's kept); M45, where each had its own words for it."""
    return (form.rstrip(".").lower() in POINTED_FORMS and following[:1].isupper() and following.isalpha()
            and following.rstrip(".") not in company_forms().forms)


def form_point_runs_on(form: str, following: str) -> bool:
    """"X Cía. Ltda.", "X Sdn. Bhd.", "X Sh.p.k. is": after the legal form `form` (its word without its point) the word
    `following` (as written, with any punctuation glued to it) goes on in the same sentence when it is a further
    abbreviated form of the name (no English word such as "Company" or "Limited", which may open a sentence) or a
    lower-case word, which opens none. The one decider of nlp/model.form_point_joins (BN, thirty-second session)."""
    forms = company_forms().forms
    if form not in forms:
        return False
    word = following.rstrip(".,;:)")
    if word[:1].islower() and word.isalpha():
        return True
    return word in forms and not (word.isalpha() and word.istitle() and len(word) > 4)


@lru_cache(maxsize=4)
def forms_alone(forms: CompanyForms) -> frozenset[str]:
    """The legal forms that are never a name's word on their own, made once per lexicon (issue 18: the set difference
    ran on each `DocResolver.entity` call, ~220k per 400 documents)."""
    return forms.forms - {"Joint", "Stock", "Liability", "S", "z", "Ticaret", "Sanayi"}


def legal_forms() -> frozenset[str]:
    """The installed gazetteer's legal forms that are never a name's word alone ("LLC", "d.o.o", "OOO"): the one set
    `coref.org_type` and `name_cues.body_evidence` read a company's legal form from (each wrote this out)."""
    return forms_alone(company_forms())


@lru_cache(maxsize=4)
def _folded(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(form.casefold() for form in forms)


def folded_legal_forms() -> frozenset[str]:
    """`legal_forms()` case-folded, for a test on case-folded words: "LLC" is "llc" there (G, twenty-fifth session:
    `roles_doc_filters.body_named` compared folded words with the forms as written, so only lower-case forms matched)."""
    return _folded(legal_forms())
