"""The designation scorer's country lookup answers as `countrynames.to_code` without building the library's
table in the model worker (graphbuild/extract/country_codes.py, issue 18)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.extract import country_codes

ROOT = Path(__file__).resolve().parents[2]

#: Invented names and spellings: countries, a code, the library's "FAIL" marker, a demonym, names that are none.
NAMES = ("Islamic Republic of Iran", "BURMA", "burma", " Côte d'Ivoire ", "U.S.", "us", "ir", "FAIL", "fail", "Iranian",
         "Ruritania", "Acme Widget Holdings Ltd", "Novi Sad", "", " ", "-", "Korea, Democratic People's Republic of")


def _setup_difference() -> str | None:
    """How the installed libraries differ from those the shipped table records, or None where they match."""
    here = country_codes.made_with()
    recorded = json.loads(country_codes.table_path(here).read_text(encoding="utf-8"))["made_with"]
    if recorded == here:
        return None
    keys = sorted(set(recorded) | set(here))
    return ", ".join(f"{key} {recorded.get(key)!r} here {here.get(key)!r}" for key in keys
                     if recorded.get(key) != here.get(key))


def _skip_unless_table_setup() -> None:
    """The table is meant for one setup only (country_codes' docstring): elsewhere the library answers, rightly."""
    difference = _setup_difference()
    if difference is not None:
        pytest.skip(f"shipped table made with other libraries ({difference}); the library answers here")


@pytest.fixture()
def fresh_caches():
    country_codes.shipped_table.cache_clear()
    country_codes.to_code.cache_clear()
    yield
    country_codes.shipped_table.cache_clear()
    country_codes.to_code.cache_clear()


def test_shipped_table_is_the_librarys(fresh_caches) -> None:
    """Fails when the installed countrynames, normality or text-unidecode differ from the table's: refresh it
    with `python -m graphbuild.extract.country_codes`. Skips where the setup is not the table's (made_with())."""
    _skip_unless_table_setup()
    shipped = country_codes.shipped_table()
    assert shipped is not None, f"table made with other libraries than {country_codes.made_with()}"
    table, codes = shipped
    assert table == country_codes.library_table()
    assert codes == frozenset(table.values())


@pytest.mark.parametrize("name", NAMES)
def test_same_answer_as_countrynames(fresh_caches, name: str) -> None:
    import countrynames

    assert country_codes.to_code(name) == countrynames.to_code(name)


def test_a_setup_with_pyicu_has_its_own_table() -> None:
    """normality transliterates through ICU where PyICU is installed, and its table differs (issue 18, S24): a setup
    with PyICU reads `country_codes_icu.json`, made with the PyICU and ICU versions it records; one without reads
    `country_codes.json`, made without."""
    with_icu = json.loads(country_codes.ICU_TABLE_PATH.read_text(encoding="utf-8"))["made_with"]
    without = json.loads(country_codes.TABLE_PATH.read_text(encoding="utf-8"))["made_with"]
    assert isinstance(with_icu["icu"], str) and "ICU" in with_icu["icu"]
    assert without["icu"] is False
    assert country_codes.table_path(with_icu) == country_codes.ICU_TABLE_PATH
    assert country_codes.table_path(without) == country_codes.TABLE_PATH


def test_other_libraries_ask_countrynames(fresh_caches, monkeypatch: pytest.MonkeyPatch) -> None:
    import countrynames

    monkeypatch.setattr(country_codes, "made_with", lambda: {"countrynames": "0.0"})
    assert country_codes.shipped_table() is None
    assert [country_codes.to_code(n) for n in NAMES] == [countrynames.to_code(n) for n in NAMES]


def test_scorer_lookup_leaves_the_library_table_unbuilt() -> None:
    """In a fresh process (a model worker): the scorer's lookup answers, and countrynames never normalised its
    ~27,000 names (its `COUNTRY_NAMES` stays empty, if it was imported at all). Skips where the setup is not the
    table's (there the library answers and builds its table, as meant)."""
    _skip_unless_table_setup()
    code = ("import sys\n"
            "from graphbuild.extract.designations_learned import _country_code\n"
            "print(_country_code('Islamic Republic of Iran'), _country_code('Acme Widget Holdings Ltd'))\n"
            "module = sys.modules.get('countrynames')\n"
            "print(0 if module is None else len(module.COUNTRY_NAMES))\n")
    done = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split() == ["IR", "None", "0"]


@pytest.mark.parametrize("code", [
    "import graphbuild.extract.country_codes as c; c.to_code.cache_clear(); print(c.to_code('Islamic Republic of Iran'))",
    "from graphbuild.link.names import _ascii; print(_ascii('Лукашенко'))",
])
def test_no_pyicu_warning_reaches_the_terminal(code: str) -> None:
    """normality's "Install 'pyicu'" warning (PyICU has no wheels; the table is made without it) is not shown, even
    with every warning switched on."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "pyicu" not in done.stderr.lower()
    assert done.stdout.strip()
