"""The package's layout is its pipeline: these checks keep it from drifting back (read with ``ast``, no imports).

- no ``from .x import _private`` across modules;
- ``parse/`` imports nothing from ``index/``, ``answer/``, ``reports/``, ``render/``, ``server/``;
- ``answer/`` imports nothing from ``reports/``; nothing below ``api`` imports ``api``;
- no import circle between modules (lazy imports inside functions included);
- no module over 500 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "src" / "minutes_rag"
#: what each layer must not import
FORBIDDEN = {
    "parse": ("index", "answer", "reports", "render", "server", "sources", "api", "retrieve"),
    "answer": ("reports", "render", "server", "api"),
    "index": ("answer", "reports", "render", "server", "api", "retrieve"),
    "reports": ("render", "server", "api"),
    "render": ("server", "api"),
    "sources": ("api", "index", "answer", "reports", "render", "server"),
}
SHELLS = {"api", "cli", "mcp_server", "server.app", "langchain", "__init__"}
#: packages whose every module is a shell (the CLI's commands, split by kind)
SHELL_PACKAGES = ("cli",)


def _is_shell(module: str) -> bool:
    return module in SHELLS or module.split(".")[0] in SHELL_PACKAGES


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG).with_suffix("")
    return ".".join(rel.parts)


def _resolve(module: str, node: ast.ImportFrom) -> list[str]:
    """The minutes_rag modules an import statement names (without the package prefix)."""
    if node.level == 0:
        if not (node.module or "").startswith("minutes_rag"):
            return []
        base = (node.module or "").removeprefix("minutes_rag").lstrip(".")
    else:
        parts = module.split(".")[:-1] if not module.endswith("__init__") else module.split(".")[:-1]
        parts = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
        base = ".".join([*parts, node.module] if node.module else parts)
    out = []
    for alias in node.names:
        full = f"{base}.{alias.name}" if base else alias.name
        out.append(full if (PKG / (full.replace(".", "/") + ".py")).exists() or (PKG / full.replace(".", "/")).is_dir()
                   else base)
    return [m for m in out if m]


def _imports() -> dict[str, list[tuple[str, ast.ImportFrom]]]:
    found: dict[str, list[tuple[str, ast.ImportFrom]]] = {}
    for path in sorted(PKG.rglob("*.py")):
        mod = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found[mod] = [(target, node) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                      for target in _resolve(mod, node)]
    return found


IMPORTS = _imports()


def test_no_private_names_imported_across_modules() -> None:
    bad = [f"{mod}: from {node.module or '.'} import {a.name}" for mod, imps in IMPORTS.items() for _, node in imps
           if (node.level or (node.module or "").startswith("minutes_rag"))
           for a in node.names if a.name.startswith("_") and a.name != "__version__"]
    assert not bad, bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(layer: str) -> None:
    bad = []
    for mod, imps in IMPORTS.items():
        if not mod.startswith(layer + "."):
            continue
        for target, _ in imps:
            top = target.split(".")[0]
            if top in FORBIDDEN[layer]:
                bad.append(f"{mod} imports {target}")
    assert not bad, bad


def test_nothing_below_api_imports_api() -> None:
    bad = [f"{mod} imports api" for mod, imps in IMPORTS.items() if not _is_shell(mod)
           for target, _ in imps if target == "api"]
    assert not bad, bad


def test_no_import_circle() -> None:
    graph = {mod: {t for t, _ in imps if t in IMPORTS and t != mod} for mod, imps in IMPORTS.items()}
    # a package's __init__ is not an edge to its modules
    graph = {m: {t for t in ts if not t.endswith("__init__")} for m, ts in graph.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt):], nxt] if nxt in stack else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for mod in sorted(graph):
        if mod not in state:
            visit(mod, [mod])
    # the shells import each other lazily by design (cli -> api, server -> api); a circle anywhere else is a defect
    cycles = [c for c in cycles if not all(_is_shell(m) for m in c)]
    assert not cycles, cycles


def test_modules_stay_small() -> None:
    big = {p.relative_to(PKG).as_posix(): n for p in PKG.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert not big, big
