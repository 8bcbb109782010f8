"""Re-checking a proof's invariant from scratch, with a fresh solver.

An invariant proves safety at every depth when three obligations are
unsatisfiable: a state that is initial but outside it (`init`); a step from
inside it to outside it (`step`); a state inside it that is bad (`safe`).
This module states the obligations once, so that every solver that
re-checks a certificate checks the same three formulas.
"""

from __future__ import annotations

from dataclasses import dataclass

import z3

from spec.engine.deadline import Deadline
from spec.engine.system import TransitionSystem

@dataclass(frozen=True)
class Recheck:
    """The answer of one solver on each obligation; `valid` only if all are `unsat`."""

    answers: dict[str, str]

    @property
    def valid(self) -> bool:
        return all(answer == "unsat" for answer in self.answers.values())


def obligations(system: TransitionSystem, invariant: z3.BoolRef) -> dict[str, z3.BoolRef]:
    """The three formulas that must be unsatisfiable for `invariant` (over frame "x")."""
    current = system.state_frame("x")
    inputs = system.input_frame("i")
    following = system.state_frame("y")
    renamed = z3.substitute(invariant, *[(current[name], following[name]) for name in current])
    return {
        "init": z3.And(system.init(current), z3.Not(invariant)),
        "step": z3.And(invariant, system.trans(current, inputs, following), z3.Not(renamed)),
        "safe": z3.And(invariant, system.bad(current)),
    }


def recheck_with_z3(system: TransitionSystem, invariant: z3.BoolRef, deadline: Deadline | None = None) -> Recheck:
    """Each obligation on a new Z3 solver that has never seen the proof."""
    deadline = deadline or Deadline(None)
    answers = {}
    for name, formula in obligations(system, invariant).items():
        solver = z3.Solver()
        timeout = deadline.milliseconds()
        if timeout is not None:
            solver.set("timeout", timeout)
        solver.add(formula)
        answers[name] = str(solver.check())
    return Recheck(answers)
