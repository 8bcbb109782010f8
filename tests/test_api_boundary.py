"""Public functions check their arguments and say what to fix, instead of running something else."""

from __future__ import annotations

import subprocess
import sys

import pytest
import z3

from spec.check import check_claim
from spec.design import Claim, Faults, load_design
from spec.engine import bmc
from spec.engine.deadline import Deadline
from spec.engine.system import TransitionSystem, Variable


def test_an_unknown_proof_method_is_refused_not_replaced_by_pdr() -> None:
    design = load_design("models/orange_2021.toml")
    with pytest.raises(ValueError, match="method must be one of auto, pdr, kind, not 'kid'"):
        check_claim(design, design.claims[0], method="kid")


@pytest.mark.parametrize("field, value", [("trigger", "inputs"), ("trigger", "Change"), ("bug_scope", "site")])
def test_a_fault_hypothesis_with_an_unknown_word_is_refused(field: str, value: str) -> None:
    with pytest.raises(ValueError, match=f"Faults.{field} must be one of .*, not '{value}'"):
        Faults(bugs=1, **{field: value})


@pytest.mark.parametrize("seconds", [float("nan"), float("inf"), 1e300, -1.0])
def test_a_time_limit_that_is_no_number_of_seconds_is_refused(seconds: float) -> None:
    with pytest.raises(ValueError, match="a time limit is a number of seconds"):
        Deadline(seconds)
    design = load_design("models/orange_2021.toml")
    with pytest.raises(ValueError, match="a time limit is a number of seconds"):
        check_claim(design, Claim(name="c", expect="holds"), timeout=seconds)


def _two_counters(forget: bool) -> TransitionSystem:
    """m and n start at 0 and stay there; a successor that forgets n would let n jump to anything."""
    return TransitionSystem(
        state=(Variable("m", "int"), Variable("n", "int")),
        inputs=(),
        init=lambda s: z3.And(s["m"] == 0, s["n"] == 0),
        successor=lambda s, i: ({"m": s["m"]} if forget else {"m": s["m"], "n": s["n"]}, z3.BoolVal(True)),
        bad=lambda s: s["n"] == 7,
    )


def test_a_successor_that_forgets_a_variable_is_refused_before_any_search() -> None:
    with pytest.raises(ValueError, match="no next value for n"):
        bmc.shortest_counterexample(_two_counters(forget=True), 3)
    assert bmc.shortest_counterexample(_two_counters(forget=False), 3) is None


def test_importing_the_engine_does_not_load_the_checker_the_reports_or_the_command_line() -> None:
    """Run in a fresh interpreter: this process has loaded everything already."""
    probe = "import sys, spec.engine.bmc; print(sorted(m for m in sys.modules if m.startswith('spec')))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "spec.engine.bmc" in loaded
    for heavy in ("spec.check", "spec.cli", "spec.report", "spec.semantics", "spec.design"):
        assert f"'{heavy}'" not in loaded, loaded


def test_the_public_names_still_come_from_the_package() -> None:
    import spec

    assert spec.check_claim is check_claim and spec.load_design is load_design
    assert "check_design" in dir(spec)
    with pytest.raises(AttributeError):
        spec.no_such_name  # noqa: B018
