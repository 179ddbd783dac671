"""The package's shape: no new import cycle, no new oversized module or function.

Issue 19 asks for no import cycle inside ``tengrai/`` (every import counted: deferred ones inside functions and those
under ``TYPE_CHECKING`` too), no hand-written module over 500 lines and no function over 60. The package does not
meet that yet, so the exceptions are listed here, and the lists may only shrink: a module that joins a cycle, or a
module or function that grows past its limit, fails the test; so does an entry that no longer needs to be listed
(remove it, and the ratchet holds the gain).

Files whose first line marks them as generated are left out of the size limits (they are checked for drift instead).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tengrai"
MODULE_LINES = 500
FUNCTION_LINES = 60

KNOWN_CYCLES: frozenset[str] = frozenset()
"""Modules that are in an import cycle today (none: keep it so)."""

KNOWN_LONG_MODULES: dict[str, int] = {}
"""Hand-written modules over the limit today, with the length they may not exceed."""

KNOWN_LONG_FUNCTIONS: dict[str, int] = {}
"""``module:qualified.name`` of functions over the limit today, with the length they may not exceed."""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_generated(path: Path) -> bool:
    with path.open(encoding="utf-8") as file:
        first = file.readline().lower()
    return first.startswith("#") and "generated" in first and "do not edit" in first


def _imports(name: str, path: Path, modules: set[str]) -> Iterator[str]:
    """Every module of the package that ``name`` imports, wherever the import statement stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
        else:
            continue
        yield from (target for target in targets if target in modules and target != name)


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
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
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def _functions(tree: ast.Module) -> Iterator[tuple[str, int]]:
    def visit(node: ast.AST, prefix: str) -> Iterator[tuple[str, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                qualified = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    start = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                    yield qualified, (child.end_lineno or child.lineno) - start + 1
                yield from visit(child, f"{qualified}.")

    yield from visit(tree, "")


def test_the_cycle_finder_sees_a_deferred_import_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [{"a", "b", "c"}]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_joins_an_import_cycle() -> None:
    sources = _sources()
    names = set(sources)
    graph = {name: set(_imports(name, path, names)) for name, path in sources.items()}
    in_cycles = set().union(*_cycles(graph))
    assert not in_cycles - KNOWN_CYCLES, f"new import cycle members: {sorted(in_cycles - KNOWN_CYCLES)}"
    assert not KNOWN_CYCLES - in_cycles, (
        f"no longer in a cycle, remove from KNOWN_CYCLES: {sorted(KNOWN_CYCLES - in_cycles)}"
    )


def test_no_hand_written_module_grows_past_the_limit() -> None:
    lengths = {
        name: len(path.read_text(encoding="utf-8").splitlines())
        for name, path in _sources().items()
        if not _is_generated(path)
    }
    over = {name: length for name, length in lengths.items() if length > MODULE_LINES}
    grown = {name: length for name, length in over.items() if length > KNOWN_LONG_MODULES.get(name, MODULE_LINES)}
    assert not grown, f"modules over {MODULE_LINES} lines (split them): {grown}"
    fixed = sorted(set(KNOWN_LONG_MODULES) - set(over))
    assert not fixed, f"within the limit now, remove from KNOWN_LONG_MODULES: {fixed}"


def test_no_function_grows_past_the_limit() -> None:
    over: dict[str, int] = {}
    for name, path in _sources().items():
        if _is_generated(path):
            continue
        for function, length in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            if length > FUNCTION_LINES:
                over[f"{name}:{function}"] = length
    grown = {key: length for key, length in over.items() if length > KNOWN_LONG_FUNCTIONS.get(key, FUNCTION_LINES)}
    assert not grown, f"functions over {FUNCTION_LINES} lines (split them): {grown}"
    fixed = sorted(set(KNOWN_LONG_FUNCTIONS) - set(over))
    assert not fixed, f"within the limit now, remove from KNOWN_LONG_FUNCTIONS: {fixed}"
