"""Bounded model checking: the shortest path into a bad state.

The system is unrolled one frame at a time on one incremental solver, and
at each depth `k` the solver is asked whether frame `k` can be bad. The
first depth that answers `sat` is the length of a shortest counterexample,
because every smaller depth was already shown `unsat`.
"""

from __future__ import annotations

import z3

from spec.engine.deadline import Deadline
from spec.engine.results import Counterexample, Inconclusive
from spec.engine.system import TransitionSystem, read_frame


def shortest_counterexample(
    system: TransitionSystem, max_depth: int | None = None, deadline: Deadline | None = None
) -> Counterexample | Inconclusive | None:
    """A shortest counterexample, or `None` if there is none up to `max_depth`.

    With `max_depth=None` the search goes on until it finds one: call it so
    only when a counterexample is known to exist (or with a deadline).
    """
    deadline = deadline or Deadline(None)
    solver = z3.Solver()
    states = [system.state_frame("0")]
    inputs = []
    solver.add(system.init(states[0]))
    depth = 0
    while max_depth is None or depth <= max_depth:
        if deadline.expired():
            return Inconclusive(f"time-out during bounded search at depth {depth}")
        timeout = deadline.milliseconds()
        if timeout is not None:
            solver.set("timeout", timeout)
        answer = solver.check(system.bad(states[depth]))
        if answer == z3.sat:
            model = solver.model()
            return Counterexample(
                states=tuple(read_frame(model, frame) for frame in states),
                inputs=tuple(read_frame(model, frame) for frame in inputs),
            )
        if answer == z3.unknown:
            return Inconclusive(f"solver unknown at depth {depth}: {solver.reason_unknown()}")
        inputs.append(system.input_frame(str(depth)))
        states.append(system.state_frame(str(depth + 1)))
        solver.add(system.trans(states[depth], inputs[depth], states[depth + 1]))
        depth += 1
    return None
