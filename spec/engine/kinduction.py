"""Proofs at every depth by k-induction with simple-path constraints.

The property "no bad state" is k-inductive when (base) no path of fewer
than k steps from an initial state reaches a bad state, and (step) no path
of k + 1 pairwise distinct states, the first k of them good, ends in a bad
one. For a finite system some k always works, because simple paths are
finite; the system's `lemmas` (checked inductive here before they are
used) keep every variable in its finite range and cut away states no run
can reach, so that small k suffice.
"""

from __future__ import annotations

import z3

from spec.engine.deadline import Deadline
from spec.engine.results import UNSAFE, Inconclusive, Proof
from spec.engine.system import Frame, TransitionSystem

def _lemma_obligations(system: TransitionSystem) -> dict[str, z3.BoolRef]:
    """The lemmas hold initially and are kept by every step (each formula must be unsat)."""
    current, inputs, following = system.state_frame("x"), system.input_frame("i"), system.state_frame("y")
    return {
        "lemmas-init": z3.And(system.init(current), z3.Not(system.lemmas(current))),
        "lemmas-step": z3.And(
            system.lemmas(current), system.trans(current, inputs, following), z3.Not(system.lemmas(following))
        ),
    }


def _answers(obligations: dict[str, z3.BoolRef], deadline: Deadline) -> dict[str, str]:
    """Each formula on its own fresh solver."""
    answers = {}
    for name, formula in obligations.items():
        solver = _solver(deadline)
        solver.add(formula)
        answers[name] = str(solver.check())
    return answers


def prove(system: TransitionSystem, max_k: int, deadline: Deadline | None = None) -> Proof | Inconclusive | str:
    """A proof with the smallest k up to `max_k`, `UNSAFE`, or `Inconclusive`."""
    deadline = deadline or Deadline(None)
    if deadline.expired():
        return Inconclusive("time-out before k-induction started")
    lemma_answers = _answers(_lemma_obligations(system), deadline)
    if any(answer != "unsat" for answer in lemma_answers.values()):
        return Inconclusive(f"k-induction: the lemmas are not shown inductive ({lemma_answers})")
    base, step = _solver(deadline), _solver(deadline)
    base_states: list[Frame] = [system.state_frame("b0")]
    step_states: list[Frame] = [system.state_frame("s0")]
    base.add(system.init(base_states[0]))
    step.add(system.lemmas(step_states[0]))
    for k in range(max_k + 1):
        if deadline.expired():
            return Inconclusive(f"k-induction: time-out at k = {k}")
        for solver in (base, step):
            timeout = deadline.milliseconds()
            if timeout is not None:
                solver.set("timeout", timeout)
        answer = base.check(system.bad(base_states[k]))
        if answer == z3.sat:
            return UNSAFE
        if answer == z3.unknown:
            return Inconclusive(f"k-induction base case at k = {k}: {base.reason_unknown()}")
        answer = step.check(system.bad(step_states[k]))
        if answer == z3.unsat:
            return Proof(method="kind", invariant=system.lemmas(system.state_frame("x")), depth=k)
        if answer == z3.unknown:
            return Inconclusive(f"k-induction step case at k = {k}: {step.reason_unknown()}")
        _extend(system, base, base_states, "b")
        _extend(system, step, step_states, "s")
        step.add(z3.Not(system.bad(step_states[k])), system.lemmas(step_states[k + 1]))
        step.add(*(_differ(step_states[k + 1], earlier) for earlier in step_states[: k + 1]))
    return Inconclusive(f"k-induction: not {max_k}-inductive")


def recheck(system: TransitionSystem, k: int, deadline: Deadline | None = None) -> dict[str, str]:
    """The whole k-induction argument once more, on fresh solvers: each answer must be `unsat`.

    `lemmas-init` and `lemmas-step`: the lemmas are inductive; `base`: no
    path of at most k steps from an initial state ends in a bad state;
    `step`: no simple path of k good states, lemmas holding, is followed by
    a bad one.
    """
    deadline = deadline or Deadline(None)
    path = [system.state_frame(f"p{depth}") for depth in range(k + 1)]
    chain = [system.trans(path[depth], system.input_frame(f"p{depth}"), path[depth + 1]) for depth in range(k)]
    obligations = {
        **_lemma_obligations(system),
        "base": z3.And(system.init(path[0]), *chain, z3.Or(*(system.bad(state) for state in path))),
        "step": z3.And(
            *(system.lemmas(state) for state in path),
            *chain,
            *(z3.Not(system.bad(state)) for state in path[:-1]),
            system.bad(path[-1]),
            *(_differ(path[later], path[earlier]) for later in range(k + 1) for earlier in range(later)),
        ),
    }
    return _answers(obligations, deadline)


def _extend(system: TransitionSystem, solver: z3.Solver, states: list[Frame], prefix: str) -> None:
    depth = len(states) - 1
    states.append(system.state_frame(f"{prefix}{depth + 1}"))
    solver.add(system.trans(states[depth], system.input_frame(f"{prefix}{depth}"), states[depth + 1]))


def _differ(one: Frame, other: Frame) -> z3.BoolRef:
    return z3.Or(*(one[name] != other[name] for name in one))


def _solver(deadline: Deadline) -> z3.Solver:
    solver = z3.Solver()
    timeout = deadline.milliseconds()
    if timeout is not None:
        solver.set("timeout", timeout)
    return solver
