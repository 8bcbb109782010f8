"""The Hypothesis profiles of conftest.py: deterministic by default and in CI, random only when asked for.

A property test's own `@settings(...)` inherits what it does not set from
the profile loaded when its module is imported, so the suite is only as
deterministic as its tests let it be: every test Hypothesis runs must take
`derandomize` and `database` from the loaded profile. What a derandomized
test draws also depends on the project's modules loaded (Hypothesis draws
constants written in them), so every module of `spec` is loaded before
any test runs.
"""

from __future__ import annotations

import importlib.util
import pkgutil
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from conftest import EXAMPLES_DATABASE, LOADED_BEFORE_ANY_TEST, profile_for
from hypothesis import settings
from hypothesis.database import DirectoryBasedExampleDatabase

import spec

ROOT = Path(__file__).parents[1]


def test_the_default_and_ci_profiles_are_one_deterministic_profile() -> None:
    default, ci = settings.get_profile("callspec"), settings.get_profile("ci")
    assert repr(default) == repr(ci)
    assert (default.derandomize, default.database, default.deadline, default.max_examples) == (True, None, None, 60)


def test_the_explore_profile_draws_anew_and_keeps_what_fails() -> None:
    explore = settings.get_profile("explore")
    assert (explore.derandomize, explore.deadline, explore.max_examples) == (False, None, 500)
    assert explore.database == DirectoryBasedExampleDatabase(EXAMPLES_DATABASE)
    assert EXAMPLES_DATABASE == ROOT / ".hypothesis" / "examples"


def test_ci_is_deterministic_whatever_else_the_environment_asks() -> None:
    assert profile_for({}) == "callspec"
    assert profile_for({"HYPOTHESIS_PROFILE": "explore"}) == "explore"
    assert profile_for({"CI": "true"}) == "ci"
    assert profile_for({"CI": "true", "HYPOTHESIS_PROFILE": "explore"}) == "ci"


def test_every_property_test_takes_its_randomness_and_database_from_the_loaded_profile() -> None:
    tests = property_tests()
    assert "test_topology_picture::test_the_topology_picture_shows_each_server_as_the_last_state_has_it" in tests
    loaded = settings.default
    for name, test in tests.items():
        own = test._hypothesis_internal_use_settings  # what @settings and the profile make of it, as Hypothesis runs it
        assert (own.derandomize, own.database) == (loaded.derandomize, loaded.database), name


def test_every_module_of_spec_is_loaded_before_any_test() -> None:
    modules = {module.name for module in pkgutil.walk_packages(spec.__path__, "spec.")} - {"spec.__main__"}
    assert {"spec.check", "spec.report.topology", "spec.semantics"} <= modules
    assert modules <= LOADED_BEFORE_ANY_TEST


def property_tests() -> dict[str, Callable[..., None]]:
    """Every test function of tests/ and proofs/ that Hypothesis runs, by `module::name`."""
    paths = sorted([*ROOT.glob("tests/test_*.py"), *ROOT.glob("proofs/test_*.py")])
    return {
        f"{path.stem}::{name}": value
        for path in paths
        for name, value in vars(imported_module(path)).items()
        if name.startswith("test") and getattr(value, "is_hypothesis_test", False)
    }


def imported_module(path: Path) -> ModuleType:
    """The module of a test file as pytest names it (its file's stem), imported here if pytest has not."""
    loaded = sys.modules.get(path.stem)
    if loaded is not None and Path(loaded.__file__ or "") == path:
        return loaded
    found = importlib.util.spec_from_file_location(path.stem, path)
    assert found is not None and found.loader is not None, path
    module = importlib.util.module_from_spec(found)
    sys.modules[path.stem] = module
    found.loader.exec_module(module)
    return module
