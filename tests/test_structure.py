"""The package's shape: its import graph has no circle, modules stay small, the top stays short.

The graph is read from the source with :mod:`ast`, not by importing it: every
``import`` of a module of the package, at the top of a module or inside a function
(a lazy import is still a dependency), except those under ``if TYPE_CHECKING:``,
which never run. A module's *floor* is the length of the longest chain of imports
from it down to a module that imports nothing of the package (floor 1); in a graph
without a circle every import goes down at least one floor, so no import runs back
up. Folders are held to the same rule: with each subpackage (``batch``, ``rules``...)
or top-level module taken as one unit, the units' imports have no circle either.

Run as a script to print the figures: ``python tests/test_structure.py``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "classifier"
MAX_LINES = 700  # a module is a few hundred lines at most (STYLE.md)
MAX_TOP_LEVEL = 14  # modules loose at the top of classifier/: the data flow, readable in `ls`


@dataclass(frozen=True)
class Graph:
    """The package's modules, their sizes and their imports of each other."""

    lines: dict[str, int]  # module → lines
    arrows: frozenset[tuple[str, str]]  # (importer, imported)

    @property
    def modules(self) -> list[str]:
        return sorted(self.lines)

    def imports(self, module: str) -> list[str]:
        return sorted(b for a, b in self.arrows if a == module)

    def circles(self, unit=lambda m: m) -> list[list[str]]:
        """Groups of units that import each other, directly or through others (Tarjan)."""
        arrows = {(unit(a), unit(b)) for a, b in self.arrows if unit(a) != unit(b)}
        nodes = sorted({unit(m) for m in self.modules})
        following = {n: sorted(b for a, b in arrows if a == n) for n in nodes}
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        stack: list[str] = []
        found: list[list[str]] = []

        def visit(node: str) -> None:
            index[node] = low[node] = len(index)
            stack.append(node)
            for after in following[node]:
                if after not in index:
                    visit(after)
                    low[node] = min(low[node], low[after])
                elif after in stack:
                    low[node] = min(low[node], index[after])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

        for node in nodes:
            if node not in index:
                visit(node)
        return found

    def floors(self) -> dict[str, int]:
        """Each module's floor; only defined for a graph without a circle."""

        @cache
        def floor(module: str) -> int:
            return 1 + max((floor(m) for m in self.imports(module)), default=0)

        return {m: floor(m) for m in self.modules}


def _name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def read_graph(package: Path = PACKAGE) -> Graph:
    """The import graph of the package's source."""
    found = sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    paths = {_name(p, package): p for p in found}
    arrows = set()
    for module, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        unused = set()  # nodes under `if TYPE_CHECKING:`
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                unused |= {id(n) for statement in node.body for n in ast.walk(statement)}
        for node in ast.walk(tree):
            if id(node) in unused:
                continue
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                # `from a.b import c` imports the module a.b.c if there is one, else a.b
                targets = [
                    f"{node.module}.{alias.name}"
                    if f"{node.module}.{alias.name}" in paths
                    else node.module
                    for alias in node.names
                ]
            else:
                continue
            for target in targets:
                while target and target not in paths:
                    target = target.rpartition(".")[0]
                if target and target != module:
                    arrows.add((module, target))
    lines = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in paths.items()}
    return Graph(lines, frozenset(arrows))


def _unit(module: str) -> str:
    """A top-level module, or the subpackage a module is in."""
    return ".".join(module.split(".")[:2])


def top_level(graph: Graph) -> list[str]:
    return [m for m in graph.modules if m.count(".") == 1 and (PACKAGE / f"{m[11:]}.py").is_file()]


def figures(graph: Graph) -> str:
    floors = graph.floors() if not graph.circles() else {}
    units = sorted({_unit(m) for m in graph.modules})
    return (
        f"{len(graph.modules)} modules ({len(top_level(graph))} at the top, "
        f"{len(units) - len(top_level(graph)) - 1} subpackages), "
        f"{max(floors.values(), default=0)} floors, {len(graph.arrows)} import arrows, "
        f"{len(graph.circles())} circles, largest module {max(graph.lines.values())} lines"
    )


def test_the_import_graph_has_no_circle_and_prints_its_figures():
    graph = read_graph()
    print(figures(graph))
    assert graph.circles() == []
    floors = graph.floors()
    assert all(floors[a] > floors[b] for a, b in graph.arrows)  # every import goes down


def test_subpackages_import_each_other_without_a_circle():
    """A stage never reaches up into the subsystems built on it (``reports``, ``cli``...)."""
    assert read_graph().circles(_unit) == []


def test_only_the_entry_points_import_the_command_line():
    graph = read_graph()
    importers = {a for a, b in graph.arrows if _unit(b) == "classifier.cli"}
    assert {_unit(a) for a in importers} <= {"classifier.cli", "classifier.__main__"}


def test_no_module_is_over_700_lines():
    long = {m: n for m, n in read_graph().lines.items() if n > MAX_LINES}
    assert long == {}, f"split these modules: {long}"


def test_at_most_14_modules_at_the_top_of_the_package():
    found = top_level(read_graph())
    assert len(found) <= MAX_TOP_LEVEL, f"{len(found)} modules at the top: {found}"


if __name__ == "__main__":
    graph = read_graph()
    print(figures(graph))
    for module, floor in sorted(graph.floors().items(), key=lambda item: (-item[1], item[0])):
        print(f"{floor:3}  {module}  ({graph.lines[module]} lines)")
