"""Explore the property-based tests with new random examples, round after round; print what fails and how to keep it.

    python3 benchmarks/fuzz.py [--rounds N] [--seconds S] [--workers N]

The suite's default run and CI are derandomized (conftest.py): they meet
the same examples every time, so that a commit that changed nothing
cannot fail. New examples are drawn here, on purpose, before work stops:
every test of tests/ and proofs/ that uses `@given` runs under the
"explore" profile (random draws, 500 examples where a test does not fix
its own number, failing examples kept in .hypothesis/ and replayed first
on the next run). A round is one pytest run of those tests; rounds go on
until `--rounds` are done or `--seconds` have passed (a round that has
started finishes), and stop at the first round with a failure, whose
falsifying examples are printed with what to do next. Exit status 0 when
nothing failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TEST_FOLDERS = ("tests", "proofs")


@dataclass(frozen=True)
class Failure:
    """A test that failed in a round: its pytest id, the exception's message and pytest's whole report."""

    test: str
    message: str
    report: str

    @property
    def falsifying_examples(self) -> str:
        """Each of Hypothesis' `Falsifying example: test(...)` calls; the report's end when there is none."""
        lines = self.message.splitlines()
        starts = [i for i, line in enumerate(lines) if line.startswith("Falsifying example:")]
        if not starts:
            return "\n".join(self.report.splitlines()[-15:])
        ends = [next((j for j in range(i, len(lines)) if lines[j] == ")"), len(lines) - 1) for i in starts]
        return "\n".join("\n".join(lines[i : j + 1]) for i, j in zip(starts, ends, strict=True))


@dataclass(frozen=True)
class Round:
    """What one pytest run of the property tests gave."""

    ran: int
    failures: list[Failure]
    seconds: float


def property_tests() -> list[str]:
    """The pytest ids of the test functions decorated with `@given`, read from the test files' syntax trees."""
    found = []
    for folder in TEST_FOLDERS:
        for path in sorted((ROOT / folder).glob("test_*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            found += [
                f"{folder}/{path.name}::{node.name}"
                for node in tree.body
                if isinstance(node, ast.FunctionDef)
                and node.name.startswith("test")
                and any(map(_is_given, node.decorator_list))
            ]
    return found


def _is_given(decorator: ast.expr) -> bool:
    """Whether a decorator is `given(...)` or `hypothesis.given(...)`."""
    called = decorator.func if isinstance(decorator, ast.Call) else decorator
    return (isinstance(called, ast.Name) and called.id == "given") or (
        isinstance(called, ast.Attribute) and called.attr == "given"
    )


def explore_environment() -> dict[str, str]:
    """This process's environment with the explore profile chosen; without CI, which would force the "ci" profile."""
    environment = {key: value for key, value in os.environ.items() if key != "CI"}
    environment["HYPOTHESIS_PROFILE"] = "explore"
    return environment


def run_round(tests: list[str], workers: str) -> Round:
    """One pytest run of `tests` under the explore profile, read back from its JUnit XML report.

    pytest's exit status other than 0 (all passed) or 1 (some failed), such
    as a test id it could not find, is a failure of the round too.
    """
    with tempfile.TemporaryDirectory(prefix="callspec-fuzz-") as folder:
        report = Path(folder) / "round.xml"
        command = [sys.executable, "-m", "pytest", "-q", "-n", workers, f"--junitxml={report}", *tests]
        started = time.perf_counter()
        run = subprocess.run(command, cwd=ROOT, env=explore_environment(), capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        ran, failures = read_report(report) if report.exists() else (0, [])
    if run.returncode not in (0, 1):
        output = "\n".join((run.stdout + run.stderr).splitlines()[-15:])
        failures.append(Failure("pytest", "", f"pytest exited with status {run.returncode}:\n{output}"))
    return Round(ran, failures, seconds)


def read_report(report: Path) -> tuple[int, list[Failure]]:
    """The number of tests run (not skipped) and the failures and errors, from a JUnit XML report."""
    ran, failures = 0, []
    for case in ElementTree.parse(report).iter("testcase"):
        if case.find("skipped") is not None:
            continue
        ran += 1
        problem = case.find("failure") if case.find("failure") is not None else case.find("error")
        if problem is not None:
            test = f"{case.get('classname', '').replace('.', '/')}.py::{case.get('name')}"
            failures.append(Failure(test, problem.get("message", ""), problem.text or ""))
    return ran, failures


def print_failure(failure: Failure) -> None:
    """The failing test, its falsifying example and what to do with it."""
    print(f"\nFAILED {failure.test}")
    print(failure.falsifying_examples)
    print(
        "Find whether the code or the test is wrong and fix the cause; then add this example to the test as "
        "@example(...) (from hypothesis), so that every run, CI's included, meets it from now on."
    )


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--rounds", type=int, default=1, help="pytest runs of the property tests, at most")
    arguments.add_argument("--seconds", type=float, default=None, help="start no round after this many seconds")
    arguments.add_argument("--workers", default="auto", help="pytest-xdist workers (-n), 'auto' for one per core")
    options = arguments.parse_args()
    tests = property_tests()
    print(f"{len(tests)} property-based tests, under the explore profile")
    started = time.perf_counter()
    for number in range(1, options.rounds + 1):
        if options.seconds is not None and time.perf_counter() - started >= options.seconds:
            spent = time.perf_counter() - started
            print(f"stopped after {number - 1} rounds: {spent:.0f} s spent of {options.seconds:.0f}")
            break
        result = run_round(tests, options.workers)
        print(f"round {number}: {result.ran} ran, {len(result.failures)} failed, {result.seconds:.1f} s", flush=True)
        if result.failures:
            for failure in result.failures:
                print_failure(failure)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
