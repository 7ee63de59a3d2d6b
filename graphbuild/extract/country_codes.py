"""`countrynames.to_code` answered from a table the package ships, not from the library's first call.

WHY (issue 18): `countrynames.to_code` normalises all of its library's ~27,000 names (`normality.normalize`,
transliteration included) on its first call: ~0.17 CPU-s, plus ~0.04 for importing it. The designation scorer
asks it once a document has a rule designee the model tagged a place (`designations_learned.junk_designee`),
so nearly every model worker paid it with its first such document: on the 1-worker build's critical path, and
once per worker in a 2-worker build. `graphbuild/data/country_codes.json` holds what that first call builds
(normalised name -> code, grouped by code) for the library versions it names; a lookup then normalises only the
name asked about, with the same `normality` call. Where the installed libraries are not the ones the table was
made with (another version, ICU transliteration installed, another Unicode database), the library itself
answers, so the answer is always the library's. Refresh the table with `python -m graphbuild.extract.country_codes`
(tests/extract/test_country_codes.py fails while it is stale).

The table is used only where `made_with()` matches exactly: `country_codes.json` for countrynames 1.16.10, normality
2.6.1, text-unidecode 1.3, no PyICU and Unicode 14.0.0 (`unicodedata` of Python 3.11); `country_codes_icu.json` for the
same with PyICU 2.17 on ICU 72.1 installed (normality then transliterates through ICU, and its answers can differ:
issue 18, S24 found the development machine of the twentieth session with PyICU, so every model worker and the build
process paid the library's first call, ~0.27 CPU-s, again). Elsewhere (another Python, another version) the answers
stay right but the first lookup pays the library's cost again, and the two tests that check the table itself
(`test_shipped_table_is_the_librarys`, `test_scorer_lookup_leaves_the_library_table_unbuilt`) skip, naming the
difference. pyproject.toml pins `countrynames<1.17` (1.17.0 needs PyICU built from source).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

TABLE_PATH = Path(__file__).resolve().parent.parent / "data" / "country_codes.json"
#: The table for a setup with PyICU (normality transliterates through ICU there, not text-unidecode).
ICU_TABLE_PATH = TABLE_PATH.with_name("country_codes_icu.json")
#: The distributions whose code decides the table's content (countrynames' data, normality's normalisation,
#: text_unidecode's transliteration).
SOURCES = ("countrynames", "normality", "text-unidecode")


def made_with() -> dict[str, Any]:
    """What the table depends on, as installed here: the distributions' versions, whether normality would
    transliterate with ICU (`pyicu`: False, or PyICU's version and the ICU library's, whose data decide the
    transliteration), and the Unicode database Python's `unicodedata` follows."""
    import unicodedata

    versions: dict[str, Any] = {}
    for name in SOURCES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    versions["icu"] = _icu_version() if importlib.util.find_spec("icu") is not None else False
    versions["unicode"] = unicodedata.unidata_version
    return versions


def _icu_version() -> str:
    """PyICU's version and the ICU library's it runs on ("2.17 / ICU 72.1"); importing it is ~0.006 CPU-s, and
    normality imports it at its first transliteration anyway."""
    import icu

    return f"{icu.VERSION} / ICU {icu.ICU_VERSION}"


def table_path(setup: dict[str, Any] | None = None) -> Path:
    """The shipped table meant for `setup` (default: this one): with PyICU or without."""
    setup = made_with() if setup is None else setup
    return ICU_TABLE_PATH if setup.get("icu") else TABLE_PATH


def library_table() -> dict[str, str]:
    """The library's own table, as its first `to_code` call builds it (normalised name -> code)."""
    import countrynames

    return dict(countrynames._load_data())  # noqa: SLF001 - the very function to_code fills its table with


@lru_cache(maxsize=1)
def shipped_table() -> tuple[dict[str, str], frozenset[str]] | None:
    """The shipped table (normalised name -> code) and its codes, or None where it does not hold for the
    installed libraries."""
    setup = made_with()
    try:
        data = json.loads(table_path(setup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("made_with") != setup:
        return None
    codes = data["codes"]
    return {name: code for code, names in codes.items() for name in names}, frozenset(codes)


@lru_cache(maxsize=None)
def to_code(name: str) -> str | None:
    """`countrynames.to_code(name)` (not fuzzy, no default): a two-letter code, or None."""
    shipped = shipped_table()
    if shipped is None:
        import countrynames

        return countrynames.to_code(name)
    from normality import normalize  # countrynames.util.normalize_name's one call, without countrynames' own imports

    table, codes = shipped
    upper = name.upper().strip()
    if upper in codes:  # the name is one of the codes (to_code's shortcut)
        return upper
    normalised = normalize(upper, latinize=True)
    if normalised is None:
        return None
    code = table.get(normalised)
    return None if code == "FAIL" else code


def write_table(path: Path | None = None) -> int:
    """Write the table for the installed libraries (by default to the file for this setup, `table_path`); returns
    the number of names."""
    path = table_path() if path is None else path
    table = library_table()
    codes: dict[str, list[str]] = {}
    for name, code in sorted(table.items()):
        codes.setdefault(code, []).append(name)
    lines = [f"{json.dumps(code)}: {json.dumps(names, ensure_ascii=False)}" for code, names in sorted(codes.items())]
    path.write_text(f'{{"made_with": {json.dumps(made_with())},\n"codes": {{\n' + ",\n".join(lines) + "\n}}\n",
                    encoding="utf-8")  # one line per code: a refresh shows as the codes whose names changed
    return len(table)


if __name__ == "__main__":
    print(f"{write_table()} names -> {table_path()}", file=sys.stderr)
