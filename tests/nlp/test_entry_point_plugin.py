"""A spaCy plugin registered through entry points is still found once the model load memoized them (issue 18).

catalogue reads every installed package's entry points once, when it is imported, so the
plugin must be installed before that: the check runs in a fresh interpreter with a made-up
distribution (a `.dist-info` folder with `entry_points.txt`) on its path.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

PLUGIN = '''
from spacy.language import Language


def make_setting():
    return "plugin setting"


@Language.factory("gb_test_marker")
def make_marker(nlp, name):
    def marker(doc):
        doc.user_data["marked"] = True
        return doc
    return marker
'''

CHECK = '''
import catalogue
import spacy
from graphbuild.nlp.entry_points import EntryPointGroups, memoize_entry_point_groups

assert memoize_entry_point_groups() is True
assert isinstance(catalogue.AVAILABLE_ENTRY_POINTS, EntryPointGroups)
print(spacy.registry.misc.get("gb_test_setting")())
nlp = spacy.blank("en")
nlp.add_pipe("gb_test_marker")
print(nlp.pipe_names, nlp("Some words.").user_data.get("marked"))
'''


def _install_plugin(root: Path) -> None:
    (root / "gb_test_plugin").mkdir()
    (root / "gb_test_plugin" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    info = root / "gb_test_plugin-0.1.dist-info"
    info.mkdir()
    info.joinpath("METADATA").write_text("Metadata-Version: 2.1\nName: gb-test-plugin\nVersion: 0.1\n", encoding="utf-8")
    info.joinpath("entry_points.txt").write_text(textwrap.dedent("""\
        [spacy_misc]
        gb_test_setting = gb_test_plugin:make_setting

        [spacy_factories]
        gb_test_marker = gb_test_plugin:make_marker
        """), encoding="utf-8")


def test_a_plugin_registered_through_entry_points_is_found_after_memoizing(tmp_path):
    _install_plugin(tmp_path)
    run = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["plugin setting", "['gb_test_marker'] True"]
