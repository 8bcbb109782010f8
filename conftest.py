"""Shared settings for the test suite: Hypothesis profiles, deterministic unless exploration is asked for.

The default profile, "callspec", is derandomized: every property test draws
the same examples on every run and every machine, so a commit that changed
nothing cannot fail, and a failure is reproduced by running the test again.
"ci" is the same profile under its own name, loaded whenever the CI
environment variable is set, so that CI stays deterministic whatever the
default becomes. Neither keeps an example database: a derandomized run
draws nothing new to replay. Solver calls vary in time from run to run; a
deadline would make tests flaky without making them stronger. The number
of examples is fixed so the suite's duration is predictable.

Hypothesis now and then draws a constant written in one of the project's
loaded modules instead of a random value, so what a derandomized test
draws also depends on which modules are loaded when it runs. Every module
of `spec` is therefore imported here, before any test: a test draws the
same examples alone, in the whole suite, and on whichever xdist worker
runs it. A test must not leave another module of the project loaded
(test files do not count: Hypothesis skips files under tests/ and files
named test_*.py).

"explore" (`HYPOTHESIS_PROFILE=explore`, which `benchmarks/fuzz.py` sets)
draws new examples on every run, 500 for a test that does not fix its own
number, and keeps each failing example in `.hypothesis/examples` so that
the next run replays it first. A find is kept for good as an `@example` on
its test, which every profile runs.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

import spec

ROOT = Path(__file__).resolve().parent
SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large]
EXAMPLES_DATABASE = ROOT / ".hypothesis" / "examples"

deterministic = settings(derandomize=True, database=None, deadline=None, max_examples=60,
                         suppress_health_check=SLOW_IS_FINE)
settings.register_profile("callspec", deterministic)
settings.register_profile("ci", deterministic)
settings.register_profile(
    "explore",
    derandomize=False,
    database=DirectoryBasedExampleDatabase(EXAMPLES_DATABASE),
    deadline=None,
    max_examples=500,
    suppress_health_check=SLOW_IS_FINE,
)


def profile_for(environment: Mapping[str, str]) -> str:
    """The profile to load: "ci" whenever CI is set, whatever else is; else HYPOTHESIS_PROFILE; else "callspec"."""
    if "CI" in environment:
        return "ci"
    return environment.get("HYPOTHESIS_PROFILE", "callspec")


def import_every_module(package: ModuleType) -> None:
    """Import each module of `package` but its `__main__`, which would run the command line."""
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        if not module.name.endswith(".__main__"):
            importlib.import_module(module.name)


def project_modules() -> set[str]:
    """The loaded modules whose constants Hypothesis may draw: the project's files but test files."""
    inside = f"{ROOT}{os.sep}"
    return {
        name
        for name, module in list(sys.modules.items())
        if (file := getattr(module, "__file__", None) or "").startswith(inside)
        and "tests" not in Path(file).relative_to(ROOT).parts
        and not Path(file).stem.startswith("test_")
    }


import_every_module(spec)
LOADED_BEFORE_ANY_TEST = project_modules()
REPORTED: set[str] = set()  # modules loaded since, each reported once
settings.load_profile(profile_for(os.environ))


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Fail on a module of the project loaded since this file ran: the tests after it would draw from its constants.

    Seen after the test that loaded it, or after the first test when a test
    file imports it. Such a module is better run as a script
    (`runpy.run_path`, as tests/test_fuzz_script.py does with
    benchmarks/fuzz.py), which leaves nothing loaded.
    """
    left = project_modules() - LOADED_BEFORE_ANY_TEST - REPORTED
    REPORTED.update(left)
    assert not left, f"{sorted(left)} loaded since conftest.py ran, seen after {item.nodeid}"
