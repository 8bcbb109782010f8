"""The package's layers point one way: no module imports from a layer above its own.

From the bottom: the base (errors, words echoed back, events, files); what a
design means (design, platform, the operations, the fleet, the semantics);
the machinery that checks a transition system (the concrete run, the Z3
encoding, the engine, symmetry and folding); the checker; the analyses and
exports built on it; what people read (`spec.report`); and the two front
ends, the command line and the pytest plugin (with `spec.ranges`: ranged
pools at the sizes `--count` gives, and the refusal of one without a
size). docs/architecture.md draws them. Imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "spec"

LAYERS: tuple[tuple[str, ...], ...] = (
    ("spec.errors", "spec.echo", "spec.events", "spec.source_lines", "spec.files", "spec.z3_terms", "spec.progress", "spec.manifests"),
    ("spec.kubernetes", "spec.design", "spec.platform", "spec.ops", "spec.fleet", "spec.semantics"),
    ("spec.trace", "spec.encoding", "spec.engine", "spec.symmetry", "spec.folding", "spec.free_sizes"),
    ("spec.check", "spec.jobs"),
    ("spec.analysis", "spec.synthesis", "spec.promela", "spec.spin"),
    ("spec.report",),
    ("spec.cli", "spec.pytest_plugin", "spec.ranges", "spec.__main__"),
)
"""Modules (or packages, for all their modules) by layer, from the bottom."""


def layer_of(module: str) -> int:
    """The layer a module of the package is in; a package's modules are in the package's layer."""
    for number, members in enumerate(LAYERS):
        if any(module == member or module.startswith(member + ".") for member in members):
            return number
    raise AssertionError(f"{module} is in no layer: add it to LAYERS and to docs/architecture.md")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """The package's modules a file imports, wherever in the file (`from spec import semantics` is `spec.semantics`)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names if alias.name.startswith("spec.")}
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            if node.module == "spec":
                names |= {f"spec.{alias.name}" for alias in node.names if (PACKAGE / f"{alias.name}.py").exists() or (PACKAGE / alias.name).is_dir()}
            elif node.module.startswith("spec."):
                names.add(node.module)
    return names


def modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if module_name(path) != "spec")


def test_every_module_is_in_a_layer() -> None:
    assert [module_name(path) for path in modules() if not any(module_name(path).startswith(m) for ms in LAYERS for m in ms)] == []


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    upward = [
        f"{module_name(path)} (layer {layer_of(module_name(path))}) imports {name} (layer {layer_of(name)})"
        for path in modules()
        for name in sorted(imported(path))
        if layer_of(name) > layer_of(module_name(path))
    ]
    assert upward == []


def test_the_reader_finds_imports_inside_functions_too() -> None:
    cli = imported(PACKAGE / "cli.py")
    assert "spec.report.risk_plot" in cli and "spec.check" in cli


def test_the_shipped_package_does_not_import_test_libraries() -> None:
    for path in modules():
        tree = ast.parse(path.read_text())
        roots = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        roots |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        assert not roots & {"hypothesis", "pytest"} or module_name(path) == "spec.pytest_plugin", module_name(path)
