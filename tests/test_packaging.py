"""What to install: the command line needs no test runner, and the `pytest` extra holds what the plugin imports.

The plain install is the checker and its command line; "claims as tests"
is `callspec[pytest]` (docs/decisions.md, "Installing claims as tests").
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
INSTALL = re.compile(r"pip install (?:-e )?'?\.?(?:callspec)?\[(\w+)\]'?")


def _distribution(requirement: str) -> str:
    """The distribution a requirement names, normalised: `pytest-xdist>=3.5` -> `pytest-xdist`."""
    name = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert name is not None, requirement
    return re.sub(r"[-_.]+", "-", name.group(0)).lower()


def _third_party_imports(module: Path) -> set[str]:
    """The top-level modules `module` imports that are neither the standard library's nor callspec's."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module and not node.level}
    tops = {name.split(".")[0] for name in imported}
    return {top for top in tops if top not in sys.stdlib_module_names and top not in ("__future__", "spec")}


def test_the_pytest_extra_holds_every_package_the_plugin_imports() -> None:
    assert PROJECT["entry-points"]["pytest11"] == {"callspec": "spec.pytest_plugin"}
    extra = {_distribution(requirement) for requirement in PROJECT["optional-dependencies"]["pytest"]}
    owners = importlib.metadata.packages_distributions()
    imports = _third_party_imports(ROOT / "spec" / "pytest_plugin.py")
    assert imports == {"pytest"}
    assert {_distribution(owner) for module in imports for owner in owners[module]} <= extra
    assert "pytest-xdist" in extra, "docs/ci.md spreads the claims with -n auto and --tx"


def test_the_plain_install_leaves_pytest_out() -> None:
    plain = {_distribution(requirement) for requirement in PROJECT["dependencies"]}
    assert not plain & {"pytest", "pytest-xdist", "hypothesis"}


def test_the_docs_install_the_pytest_extra_wherever_they_run_claims_as_tests() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Claims as tests", 1)[1].split("\n## ", 1)[0]
    assert set(INSTALL.findall(section)) == {"pytest"}, "the README's 'Claims as tests' says what to install"
    ci = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    commands = re.findall(r"pip install[^\n`]*", ci)
    assert len(commands) >= 3 and all(INSTALL.search(command) for command in commands), commands
    assert {INSTALL.search(command).group(1) for command in commands} == {"pytest"}  # type: ignore[union-attr]


def test_the_command_line_runs_without_pytest_or_hypothesis() -> None:
    """Neither is part of the plain install: importing either would break `callspec check` there."""
    absent = "import sys; sys.modules.update(pytest=None, hypothesis=None, xdist=None)"
    code = f"{absent}; from spec.cli import main; sys.exit(main(sys.argv[1:]))"
    claim = "one common-mode bug defeats 3-of-6"
    run = subprocess.run(
        [sys.executable, "-c", code, "check", "models/orange_2021.toml", "--claim", claim],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert f"ok   {claim}: violated" in run.stdout
