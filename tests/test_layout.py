"""The package layout: every module imports, and no two graphbuild modules import each other, even indirectly.

An import cycle ties two stages together so that neither can be read, tested or
replaced alone (issue 12 removed `pipeline` <-> `dask_engine` and `rdf.store` <->
`rdf.remote`). Every import statement counts, wherever it is: at the top, inside a
function (a lazy import is still a dependency, it only runs later) and under
`TYPE_CHECKING` (the modules still know each other). Nothing is exempt; a cycle that
must stay would be listed in `ALLOWED` with its reason.
"""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "graphbuild"
#: (importer, imported) edges allowed to close a cycle, each with its reason.
ALLOWED: dict[tuple[str, str], str] = {}


def module_files(package: Path) -> dict[str, Path]:
    """{dotted module name: file} for every .py file of the package (a package is its __init__)."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    """{module: the package's modules it imports}, read from the source (every import statement, at any depth).

    ``from . import x`` depends on the submodule ``x`` when there is one, else on the package
    itself; the implicit import of a parent package is not counted (every module has it).
    """
    files = module_files(package)
    edges: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = here.split(".")
                    base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
                else:
                    base = node.module or ""
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base for alias in node.names]
            else:
                continue
            edges[name].update(t for t in targets if t in files and t != name)
    return edges


def cycles(edges: dict[str, set[str]], allowed: dict[tuple[str, str], str] | None = None) -> list[list[str]]:
    """The groups of modules that import each other (strongly connected components of more than one module)."""
    graph = {a: {b for b in targets if (a, b) not in (allowed or {})} for a, targets in edges.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:  # Tarjan's algorithm, iterative (no recursion limit on deep chains)
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return sorted(found)


def test_the_cycle_finder_finds_a_lazy_cycle_and_ignores_a_chain(tmp_path):
    pkg = tmp_path / "toy"
    (pkg / "stage").mkdir(parents=True)
    (pkg / "__init__.py").write_text('"""toy"""\n')
    (pkg / "stage" / "__init__.py").write_text("from . import a\n")
    (pkg / "stage" / "a.py").write_text("from .b import thing\n")
    (pkg / "stage" / "b.py").write_text("def thing():\n    from ..top import run\n    return run\n")
    (pkg / "top.py").write_text("from .stage import a\nimport json\n\ndef run():\n    return json\n")
    (pkg / "leaf.py").write_text("from toy.stage.b import thing\n")
    edges = import_graph(pkg)
    assert edges == {"toy": set(), "toy.stage": {"toy.stage.a"}, "toy.stage.a": {"toy.stage.b"},
                     "toy.stage.b": {"toy.top"}, "toy.top": {"toy.stage.a"}, "toy.leaf": {"toy.stage.b"}}
    assert cycles(edges) == [["toy.stage.a", "toy.stage.b", "toy.top"]]
    assert cycles(edges, {("toy.stage.b", "toy.top"): "the toy allows it"}) == []


def test_graphbuild_modules_import_each_other_in_one_direction_only():
    edges = import_graph(PACKAGE)
    found = cycles(edges, ALLOWED)
    assert found == [], "import cycles among graphbuild modules: " + "; ".join(" <-> ".join(c) for c in found)
    for importer, imported in ALLOWED:  # an allowance that no longer closes a cycle goes
        others = {edge: why for edge, why in ALLOWED.items() if edge != (importer, imported)}
        assert cycles(edges, others), f"{importer} -> {imported} no longer closes an import cycle; remove it from ALLOWED"


@pytest.mark.parametrize("name", sorted(set(module_files(PACKAGE)) - {"graphbuild.__main__"}))  # __main__ runs the CLI
def test_every_module_imports(name):
    importlib.import_module(name)


@pytest.mark.parametrize("init", sorted(PACKAGE.glob("*/__init__.py")), ids=lambda p: p.parent.name)
def test_every_stage_package_says_what_enters_and_what_leaves(init):
    doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    first, second = (doc.splitlines() + ["", ""])[:2]
    assert " in" in first and " out" in first, f"{init}: the docstring's first line should say what enters and what leaves"
    assert second.strip(), f"{init}: the docstring's second line should say what the package holds"
