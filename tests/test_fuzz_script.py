"""benchmarks/fuzz.py: it explores every property test, under the explore profile, and reads a round's failures right.

The script finds the tests from the files' syntax, without importing them;
the ids it finds must be the functions Hypothesis runs, as the modules
define them. A round's JUnit report is read back into the number of tests
run and each failure's falsifying example.
"""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest
from test_hypothesis_profiles import property_tests as run_by_hypothesis

ROOT = Path(__file__).parents[1]

MESSAGE = ["AssertionError: assert 100 &lt; 100", "Falsifying example: test_fails(", "    x=100,", ")", "Explanation:"]
FAILURE = "&#10;".join(MESSAGE)  # a line end in an XML attribute
ROUND = f"""<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="4">
<testcase classname="tests.test_a" name="test_passes" time="0.1" />
<testcase classname="tests.test_a" name="test_external" time="0.0"><skipped message="deselected" /></testcase>
<testcase classname="proofs.test_b" name="test_fails" time="0.2">
<failure message="{FAILURE}">traceback</failure></testcase>
<testcase classname="tests.test_c" name="test_errs" time="0.0">
<error message="fixture not found">E   fixture 'nope' not found</error></testcase>
</testsuite></testsuites>
"""

def fuzz_script() -> dict[str, Any]:
    """The names benchmarks/fuzz.py defines, run as a script is: not left among the loaded modules (see conftest.py)."""
    return runpy.run_path(str(ROOT / "benchmarks" / "fuzz.py"))


def test_it_explores_exactly_the_tests_hypothesis_runs() -> None:
    found = fuzz_script()["property_tests"]()
    assert len(found) == len(set(found))
    as_modules = {test.split("/", 1)[1].replace(".py::", "::") for test in found}
    assert as_modules == set(run_by_hypothesis())
    assert all((ROOT / test.split("::")[0]).is_file() for test in found)


def test_its_rounds_run_under_explore_whatever_ci_says(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("HYPOTHESIS_PROFILE", "callspec")
    environment = fuzz_script()["explore_environment"]()
    assert "CI" not in environment and environment["HYPOTHESIS_PROFILE"] == "explore"


def test_a_round_is_read_back_with_each_falsifying_example(tmp_path: Path) -> None:
    report = tmp_path / "round.xml"
    report.write_text(ROUND, encoding="utf-8")
    ran, failures = fuzz_script()["read_report"](report)
    assert ran == 3
    assert [failure.test for failure in failures] == ["proofs/test_b.py::test_fails", "tests/test_c.py::test_errs"]
    assert failures[0].falsifying_examples == "Falsifying example: test_fails(\n    x=100,\n)"
    assert failures[1].falsifying_examples == "E   fixture 'nope' not found"
