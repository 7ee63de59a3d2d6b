"""benchmarks/facts.py: issue 14's acceptance figures, on texts written here and on the shared documents."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from benchmarks import facts  # noqa: E402
from test_country import DOC_KH, DOC_RU, DOC_RU2  # noqa: E402


@pytest.mark.slow
def test_figures_on_written_documents(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("ru.txt", DOC_RU), ("kh.txt", DOC_KH), ("ru2.txt", DOC_RU2)):
        (docs / name).write_text(text, encoding="utf-8")
    assert facts.main(["--build", str(tmp_path / "out"), str(docs)]) == 0
    figures = facts.measure(tmp_path / "out")
    assert figures["documents"] == 3
    assert figures["bodies_two_countries"] == 0
    assert figures["designations_iso_date"] == 1.0
    assert figures["documents_without_title"] == [] and figures["documents_without_date"] == []
    assert figures["validate_conforms"] and figures["validate_warnings"] == []
    assert "holding posts the text places in two countries: 0" in capsys.readouterr().out


def test_a_post_takes_the_country_named_next_to_it():
    record = {"role": "Minister of Defense", "object": {"name": "Ministry of Defense"},
              "evidence": [{"sentence": "Sok Dara, Cambodia's Minister of Defense, met Russian officials."}]}
    assert facts.post_countries(record, None) == {"Cambodia"}
    record["evidence"] = [{"sentence": "He is the Minister of Defense of the Russian Federation."}]
    assert facts.post_countries(record, "Cambodia") == {"Russia"}
    record["evidence"] = [{"sentence": "He is the Minister of Defense."}]
    assert facts.post_countries(record, "Burma") == {"Burma"}  # nothing next to it: the document's country


@pytest.mark.slow
def test_acceptance_on_the_sample_and_shared_documents(tmp_path):
    if not SHARED.exists():
        pytest.skip("../shared is not present")
    out = tmp_path / "out"
    facts.main(["--build", str(out), str(ROOT / "seeds"), str(SHARED / "dev" / "docs"), str(SHARED / "train" / "docs")])
    figures = facts.measure(out)
    assert figures["bodies_two_countries"] == 0, figures["bodies_two_countries_list"]
    assert figures["designations_iso_date"] >= 0.95
    assert figures["documents_without_title"] == [] and figures["documents_without_date"] == []
    assert figures["validate_conforms"]
