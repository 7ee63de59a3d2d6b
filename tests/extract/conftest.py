"""Helpers for the extraction tests: project relations to comparable facts and explain mismatches."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from relation_views import designees

SCORED = ("holds_role", "designated_by")
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def project(relations: list[dict], kinds: tuple[str, ...] = SCORED) -> set[tuple]:
    """(relation, subject name, object name, role) for every relation of the given kinds."""
    return {(r["relation"], r["subject"]["name"], r["object"]["name"], r["role"]) for r in relations if r["relation"] in kinds}


def compact(relations: list[dict]) -> str:
    """One line per relation, for assertion messages."""
    lines = []
    for r in relations:
        extra = []
        if r.get("role"):
            extra.append(f"role={r['role']!r}")
        if r["relation"] == "designated_by":
            extra += [f"program={r.get('program')!r}", f"date={r.get('date')!r}", f"measures={r.get('measures')}"]
        extra.append(f"current={r.get('current')}")
        lines.append(f"  {r['relation']}: {r['subject']['name']!r} ({r['subject']['type']}) -> "
                     f"{r['object']['name']!r} ({r['object']['type']}) {' '.join(extra)}")
    return "\n".join(lines) or "  (no relations)"


def _matches(fact: tuple, wanted: tuple) -> bool:
    """A role given as a tuple lists accepted variants of one post (as the seeds' gold does)."""
    *head, role = wanted
    return tuple(fact[:3]) == tuple(head) and (fact[3] in role if isinstance(role, tuple) else fact[3] == role)


def assert_facts(relations: list[dict], expected: set[tuple], kinds: tuple[str, ...] = SCORED) -> None:
    """Exactly the expected facts of the given kinds, nothing missing and nothing extra."""
    actual = project(relations, kinds)
    missing = {w for w in expected if not any(_matches(f, w) for f in actual)}
    unexpected = {f for f in actual if not any(_matches(f, w) for w in expected)}
    # one post stated once is one fact: two variants of the same expected role count as a duplicate
    unexpected |= {f for w in expected for f in sorted(f for f in actual if _matches(f, w))[1:]}
    assert not missing and not unexpected, (
        f"missing: {sorted(missing, key=str)}\nunexpected: {sorted(unexpected, key=str)}\nall relations:\n{compact(relations)}"
    )


def only(relations: list[dict], kind: str, subject: str, obj: str) -> dict:
    """The single relation of a kind between two names (fails with the full list otherwise)."""
    found = [r for r in relations if r["relation"] == kind and r["subject"]["name"] == subject and r["object"]["name"] == obj]
    assert len(found) == 1, f"expected one {kind} {subject!r} -> {obj!r}; got:\n{compact(relations)}"
    return found[0]


def load_benchmark_script(name: str) -> ModuleType:
    """benchmarks/<name>.py run afresh as module `name`, with benchmarks/ on sys.path for the scripts it imports."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def designated():
    """designated(relations): the (designee, body) pairs of the designations."""
    return designees


@pytest.fixture(scope="session")
def benchmark_script():
    """benchmark_script(name): the module of benchmarks/<name>.py, loaded afresh at each call."""
    return load_benchmark_script


@pytest.fixture(scope="session")
def cluster_types(nlp):
    """cluster_types(text): each entity's name -> its type, as coreference and the type evidence leave them."""
    from graphbuild.extract.context import context_of

    def types(text: str) -> dict[str, str]:
        doc = nlp.make_doc(text)
        doc.user_data["gb_meta"] = {}
        return {c.name: c.type for c in context_of(nlp(doc)).resolver.clusters}

    return types


@pytest.fixture(scope="session")
def facts():
    """assert_facts(relations, expected, kinds=SCORED): the exact set of (relation, subject, object, role)."""
    return assert_facts


@pytest.fixture(scope="session")
def accept_all_roles(nlp):
    """accept_all_roles(text): (the rules' posts, the pairs a learned role scorer accepting every candidate adds), each
    sorted (subject, object, role): a pair the scorer adds appears unless a filter of `learned_pairs` stops it."""
    from graphbuild.extract.roles import extract_roles
    from graphbuild.extract.roles_learned import RoleModel, learned_pairs

    accept_all = RoleModel({"bias": 5.0}, 0.5)

    def rows(relations) -> list[tuple[str, str, str]]:
        return sorted((r.subject.name, r.object.name, r.role) for r in relations)

    def relations(text: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
        doc = nlp.make_doc(text)
        doc.user_data["gb_meta"] = {}
        doc = nlp(doc)
        rules = [r for r in extract_roles(doc) if r.relation == "holds_role"]
        return rows(rules), rows(learned_pairs(doc, rules, accept_all))

    return relations


@pytest.fixture(scope="session")
def pick():
    """pick(relations, kind, subject, object): the one relation between two names."""
    return only


@pytest.fixture(scope="session")
def mentions_of(nlp):
    """mentions_of(text): (text, label) of each mention `collect_mentions` finds in a text with markdown bold, the
    names stage's output before any extractor (shared by the name-span tests of several sessions)."""
    from graphbuild.ingest.markup import strip_markup
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    def mentions(text: str) -> list[tuple[str, str]]:
        plain, bold, _ = strip_markup(text)
        return [(m.text, m.label) for m in collect_mentions(nlp(plain), load_gazetteers(), [tuple(b) for b in bold])]
    return mentions


@pytest.fixture(scope="session")
def show():
    """show(relations): compact text of relations for assertion messages."""
    return compact


# Texts where en_core_web_sm misses or mislabels the name itself, so no rule sees it. They stay as
# strict expected failures: when a better model or a new rule finds them, the test turns red (XPASS)
# and the mark must be removed. Measured with en_core_web_sm 3.8.0.
KNOWN_MODEL_MISSES = {
    "test_active_designation_with_program": "model tags the one-word company 'Sovcomflot' as a PERSON",
    "test_visa_restrictions_imposed_on[Ramzan Kadyrov]": "model tags 'Ramzan Kadyrov under Section 7031(c' as one ORG",
    "test_member_list_after_the_commission_was_named": "model tags 'Marta Kowal' as ORG and splits 'Irina Sokol'",
}


def pytest_collection_modifyitems(config, items):
    import pytest

    for item in items:
        reason = KNOWN_MODEL_MISSES.get(item.name)
        if reason:
            item.add_marker(pytest.mark.xfail(strict=True, reason=f"small-model miss: {reason}"))
