"""Bounded model checking: the shortest path into a bad state, told simply.

The system is unrolled one frame at a time on one incremental solver, and
at each depth `k` the solver is asked whether frame `k` can be bad. The
first depth that answers `sat` is the length of a shortest counterexample,
because every smaller depth was already shown `unsat`.

Among the shortest counterexamples, the one returned is the simplest: it
ends with the fewest faults recorded (`TransitionSystem.faults`), and then
every free choice (state 0, each step's inputs) takes its least value,
false before true, from the last declared input of the last step back to
the first variable of state 0: a step keeps only the moves the run cannot
make earlier, and they go to the first-named elements that can take them. That choice depends on the
system alone, not on which model the solver happened to find, so the same
design gives the same counterexample on every run.
"""

from __future__ import annotations

import z3

from spec.engine.deadline import Deadline
from spec.engine.results import Counterexample, Inconclusive
from spec.engine.system import Frame, TransitionSystem, read_frame, rename


def shortest_counterexample(
    system: TransitionSystem, max_depth: int | None = None, deadline: Deadline | None = None
) -> Counterexample | Inconclusive | None:
    """The simplest of the shortest counterexamples, or `None` if there is none up to `max_depth`.

    With `max_depth=None` the search goes on until it finds one: call it so
    only when a counterexample is known to exist (or with a deadline).

    Two facts prune the search without changing its answers: the system's
    lemmas hold in every frame once they are checked inductive, and a frame
    already shown unable to be bad is good on any path to a later bad state.
    On the staged roll-outs they halve the time of the deepest unrollings.
    """
    deadline = deadline or Deadline(None)
    solver = z3.Solver()
    current, step_inputs, following = system.state_frame("x"), system.input_frame("i"), system.state_frame("y")
    step = system.trans(current, step_inputs, following)
    bad = system.bad(current)
    lemmas = system.lemmas(current)
    use_lemmas = all(answer == "unsat" for answer in system.lemma_answers(deadline).values())
    states = [system.state_frame("0")]
    inputs: list[Frame] = []
    solver.add(system.init(states[0]))
    depth = 0
    while max_depth is None or depth <= max_depth:
        if deadline.expired():
            return Inconclusive(f"time-out during bounded search at depth {depth}")
        if use_lemmas:
            solver.add(rename(lemmas, (current, states[depth])))
        deadline.limit(solver)
        bad_now = rename(bad, (current, states[depth]))
        answer = solver.check(bad_now)
        if answer == z3.sat:
            model = _simplest(solver, system, states, inputs, deadline)
            return Counterexample(
                states=tuple(read_frame(model, frame) for frame in states),
                inputs=tuple(read_frame(model, frame) for frame in inputs),
            )
        if answer == z3.unknown:
            return Inconclusive(f"solver unknown at depth {depth}: {solver.reason_unknown()}")
        solver.add(z3.Not(bad_now))
        inputs.append(system.input_frame(str(depth)))
        states.append(system.state_frame(str(depth + 1)))
        solver.add(rename(step, (current, states[depth]), (step_inputs, inputs[depth]), (following, states[depth + 1])))
        depth += 1
    return None


def _simplest(
    solver: z3.Solver, system: TransitionSystem, states: list[Frame], inputs: list[Frame], deadline: Deadline
) -> z3.ModelRef:
    """A model of the satisfiable `solver` with the fewest faults, then the least free choices.

    Each refinement keeps the solver satisfiable, so the model in hand is a
    counterexample all along; if the deadline runs out on the way, that
    model is returned as it is, still one of the shortest.
    """
    model = solver.model()
    solver.add(system.bad(states[-1]))
    faults = list(system.faults(states[-1]))

    def better(condition: z3.BoolRef) -> bool:
        nonlocal model
        if deadline.expired():
            return False
        deadline.limit(solver)
        if solver.check(condition) != z3.sat:
            return False
        model = solver.model()
        return True

    if faults:
        used = sum(z3.is_true(model.eval(flag, model_completion=True)) for flag in faults)
        while used > 0 and better(z3.AtMost(*faults, used - 1)):
            used -= 1
        solver.add(z3.AtMost(*faults, used))
    for frame in reversed([states[0], *inputs]):
        for variable in reversed(frame.values()):
            if z3.is_bool(variable):
                if z3.is_true(model.eval(variable, model_completion=True)):
                    better(z3.Not(variable))
            else:
                while better(variable < model.eval(variable, model_completion=True)):
                    pass
            solver.add(variable == model.eval(variable, model_completion=True))
    return model
