"""No module imports one above it (the layers drawn in ``followup/commands/__init__.py``).

Every ``import`` statement of every module under ``src/followup`` is read with ``ast`` — the
lazy ones inside functions too, since those are where a cycle usually hides — and each import
of another part of followup must point to the same layer or one below. Packages that share a
layer may not import each other, except for the pairs listed in ``SIDEWAYS`` with a reason.
A module listed in ``LEAVES`` imports nothing of ours, so any layer may import it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import followup
from followup.commands import LAYERS, LEAVES

SRC = Path(followup.__file__).parent

# Sideways imports between packages of one layer, each with its reason. Nothing else may.
# (The secrets ↔ adapters cycle is gone: followup.backends resolves the secrets and hands the
# adapters plain values; secrets sits in its own layer above the adapters.)
SIDEWAYS: dict[tuple[str, str], str] = {}


def _part(module: str) -> str:
    """``followup.engine.tracker`` → ``engine``; ``followup.cli`` → ``cli``."""
    bits = module.split(".")
    return bits[1] if len(bits) > 1 else ""


def _rank() -> dict[str, int]:
    return {part: i for i, layer in enumerate(LAYERS) for part in layer}


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out.append((".".join(parts), path))
    return out


def _imports(module: str, path: Path) -> list[tuple[int, str]]:
    """(line, imported module) for every import of followup in ``path``, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the package
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.append((node.lineno, target))
    return sorted((line, name) for line, name in found if name == "followup" or name.startswith("followup."))


def _is_leaf(target: str) -> bool:
    return any(target == leaf or target.startswith(leaf + ".") for leaf in LEAVES)


def upward_imports() -> list[str]:
    rank = _rank()
    problems = []
    for module, path in _modules():
        here = _part(module)
        for line, target in _imports(module, path):
            there = _part(target)
            if _is_leaf(target):
                continue
            if there == here or there == "":  # inside one package, or `followup.__version__`
                continue
            if here not in rank or there not in rank:
                problems.append(f"{path.name}:{line}: {module} → {target}: "
                                f"{here if here not in rank else there!r} is in no layer")
            elif rank[there] < rank[here]:
                problems.append(f"{module}:{line} imports {target}, a layer above it")
            elif rank[there] == rank[here] and (here, there) not in SIDEWAYS:
                problems.append(f"{module}:{line} imports {target}, beside it in one layer")
    return problems


def test_every_part_is_in_a_layer() -> None:
    parts = {_part(m) for m, _ in _modules()} - {""}
    assert parts <= set(_rank()), f"parts in no layer: {sorted(parts - set(_rank()))}"


def test_no_module_imports_one_above_it() -> None:
    assert upward_imports() == []


def test_leaves_import_nothing_of_ours() -> None:
    """A leaf may be imported from any layer only because it imports no part of followup."""
    modules = dict(_modules())
    assert set(LEAVES) <= set(modules), sorted(set(LEAVES) - set(modules))
    assert {leaf: _imports(leaf, modules[leaf]) for leaf in LEAVES} == {leaf: [] for leaf in LEAVES}


def test_parsers_know_no_config_engine_or_daemon() -> None:
    """The pure package takes bytes and values: never the config, the engine or the daemon."""
    bad = [f"{m}:{line} → {t}" for m, p in _modules() if _part(m) == "parsers"
           for line, t in _imports(m, p) if _part(t) in ("config", "engine", "daemon", "commands", "cli")]
    assert bad == []


def test_only_the_cli_imports_click() -> None:
    bad = []
    for module, path in _modules():
        if module == "followup.cli":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            bad += [f"{module}:{node.lineno}" for n in names if n == "click" or n.startswith("click.")]
    assert bad == []


def test_the_checker_sees_an_upward_import(tmp_path: Path) -> None:
    """The walk itself: a lazy import inside a function is found, and relative imports resolve."""
    src = tmp_path / "followup" / "parsers"
    src.mkdir(parents=True)
    (src / "x.py").write_text("def f():\n    from followup.engine import planner\n"
                              "from ..config import Config\n", encoding="utf-8")
    assert _imports("followup.parsers.x", src / "x.py") == [(2, "followup.engine"), (3, "followup.config")]


def test_the_cli_calls_only_commands() -> None:
    """cli.py is wiring: every body it runs is in followup.commands (plus the error tree)."""
    path = SRC / "cli.py"
    used = {_part(t) for _, t in _imports("followup.cli", path)}
    assert used <= {"commands", "errors", ""}, sorted(used)
