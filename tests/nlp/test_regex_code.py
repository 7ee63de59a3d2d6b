"""The shipped regular-expression code (graphbuild/data/regex_code.json) is what `re` compiles, and a model worker's
start builds its patterns from it instead of compiling them (graphbuild/nlp/regex_code.py, issue 18, S15)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.nlp import regex_code

ROOT = Path(__file__).resolve().parents[2]


def _file_made_here() -> dict:
    data = json.loads(regex_code.CODE_PATH.read_text(encoding="utf-8"))
    if data["made_with"] != regex_code.made_with():
        pytest.skip(f"regex_code.json made under {data['made_with']}, here {regex_code.made_with()}: re compiles every pattern")
    return data


def _compiled_afresh(pattern: str | bytes, flags: int) -> tuple:
    """What `re`'s own compiler passes to `_sre.compile` for this pattern now."""
    compiler = re._compiler  # type: ignore[attr-defined]
    real = compiler._sre
    seen: list[tuple] = []

    class Spy:
        def __getattr__(self, name):
            return getattr(real, name)

        @staticmethod
        def compile(text, *arguments):
            seen.append(arguments)
            return real.compile(text, *arguments)

    compiler._sre = Spy()
    try:
        compiler.compile(pattern, flags)
    finally:
        compiler._sre = real
    flags_out, code, groups, groupindex, indexgroup = seen[-1]
    return int(flags_out), [int(word) for word in code], groups, dict(groupindex), tuple(indexgroup)


def test_every_shipped_entry_is_what_re_compiles():
    """Fails while the file is stale (another Python build): refresh with python -m graphbuild.nlp.regex_code_writer."""
    _file_made_here()
    table = regex_code.load_table()
    assert len(table) > 100
    for (is_bytes, text, flags), entry in table.items():
        pattern = text.encode("latin-1") if is_bytes else text
        flags_out, code, groups, groupindex, indexgroup = entry
        assert (flags_out, code, groups, groupindex, indexgroup) == _compiled_afresh(pattern, flags), text[:80]


def test_a_shipped_pattern_is_built_without_compiling(monkeypatch):
    _file_made_here()
    (is_bytes, text, flags), _ = max(regex_code.load_table().items(), key=lambda item: len(item[1][1]))  # the longest code
    pattern = text.encode("latin-1") if is_bytes else text
    expected = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
    parsed: list[object] = []
    parse = re._parser.parse  # type: ignore[attr-defined]
    monkeypatch.setattr(re._parser, "parse", lambda *a, **k: parsed.append(a) or parse(*a, **k))  # type: ignore[attr-defined]
    with regex_code.shipped_regex_code() as shipped:
        assert shipped > 100
        built = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
        other = re._compiler.compile(r"\bqorvel(?P<tail>\d+)\b", 0)  # type: ignore[attr-defined]  # never shipped
    assert built == expected  # `_sre` patterns are equal only with the same flags and code
    assert built.groupindex == expected.groupindex and built.groups == expected.groups
    assert len(parsed) == 1  # only the unshipped pattern was parsed
    assert other.match("qorvel42").group("tail") == "42"
    assert re._compiler.compile is not None and re._compiler.compile.__name__ == "compile"  # type: ignore[attr-defined]


def test_a_file_made_elsewhere_changes_nothing(tmp_path):
    data = json.loads(regex_code.CODE_PATH.read_text(encoding="utf-8"))
    data["made_with"]["python"] = "2.7.18 (another build)"
    other = tmp_path / "regex_code.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    original = re._compiler.compile  # type: ignore[attr-defined]
    with regex_code.shipped_regex_code(other) as shipped:
        assert shipped == 0
        assert re._compiler.compile is original  # type: ignore[attr-defined]
    assert regex_code.load_table(tmp_path / "missing.json") == {}


def test_locale_and_debug_patterns_are_never_taken_from_the_table():
    assert regex_code.key(b"[a-z]+", re.LOCALE) is None
    assert regex_code.key("x", re.DEBUG) is None
    assert regex_code.key(b"\xe9t\xe9", 0) == (True, "\xe9t\xe9", 0)


WORKER_START = r"""
import json, re
import graphbuild.pipeline.workers  # what the build process holds when it forks its model worker
from graphbuild.nlp.regex_code import shipped_regex_code
parsed = []
parse = re._parser.parse
re._parser.parse = lambda p, *a, **k: parsed.append(p) or parse(p, *a, **k)
with shipped_regex_code() as shipped:
    from graphbuild.nlp.spacy_import import import_spacy_without_cli
    import_spacy_without_cli()
    from graphbuild.nlp import model
    nlp = model.load_pipeline()
tokenizer = nlp.tokenizer
own = [r.pattern for r in (tokenizer.prefix_search.__self__, tokenizer.suffix_search.__self__, tokenizer.infix_finditer.__self__)]
print(json.dumps({"shipped": shipped, "parsed": [p if isinstance(p, str) else None for p in parsed], "tokenizer": own}))
"""


def test_a_model_workers_start_compiles_few_patterns_itself():
    """A worker's start as `_worker_init` runs it: the tokenizer's affix patterns (the longest to compile) come from
    the file, and most other patterns too. Fails while the file misses many (refresh: regex_code_writer)."""
    _file_made_here()
    done = subprocess.run([sys.executable, "-c", WORKER_START], capture_output=True, text=True, cwd=ROOT, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["shipped"] > 100
    assert not set(result["tokenizer"]) & set(result["parsed"]), "the tokenizer's patterns were compiled afresh"
    assert len(result["parsed"]) <= result["shipped"] // 10, result["parsed"][:20]
