"""Proofs at every depth by k-induction with simple-path constraints.

The property "no bad state" is k-inductive when (base) no path of at most k
steps from an initial state reaches a bad state, and (step) no path of
k + 1 pairwise distinct states, the first k of them good, ends in a bad
one. For a finite system some k always works, because simple paths are
finite; the system's `lemmas` (checked inductive here before they are used)
keep every variable in its finite range and cut away states no run can
reach, so that small k suffice.

A k-induction proof is turned into an ordinary inductive invariant, so that
it can be re-checked like any other certificate:

    I(x) = lemmas(x) and not bad(x) and
           for every path x, q1, ..., qj with j < k whose states before qj are good: qj is good

I holds initially (base case) and excludes bad states. It is preserved by a
step x -> y: a path of fewer than k steps from y, prefixed by x, is either
shorter than k (covered by I(x)), simple (covered by the step case), or has
a loop whose removal leaves a path from x shorter than k (covered by I(x)).
The invariant quantifies over the inputs of those paths only: their states
are the successor terms. A system without inputs (a claim that leaves the
adversary no move after its choice at Init) has one path from each state,
and the invariant needs no quantifier.
"""

from __future__ import annotations

import itertools

import z3

from spec.engine.deadline import Deadline
from spec.engine.results import UNSAFE, Inconclusive, Proof
from spec.engine.system import Frame, TransitionSystem


def prove(system: TransitionSystem, max_k: int | None = None, deadline: Deadline | None = None) -> Proof | Inconclusive | str:
    """A proof with the smallest k (up to `max_k`, or unbounded), `UNSAFE`, or `Inconclusive`."""
    deadline = deadline or Deadline(None)
    if deadline.expired():
        return Inconclusive("time-out before k-induction started")
    lemma_answers = system.lemma_answers(deadline)
    if any(answer != "unsat" for answer in lemma_answers.values()):
        return Inconclusive(f"k-induction: the lemmas are not shown inductive ({lemma_answers})")
    base, step = _solver(deadline), _solver(deadline)
    base_states: list[Frame] = [system.state_frame("b0")]
    step_states: list[Frame] = [system.state_frame("s0")]
    base.add(system.init(base_states[0]))
    step.add(system.lemmas(step_states[0]))
    for k in itertools.count() if max_k is None else range(max_k + 1):
        if deadline.expired():
            return Inconclusive(f"k-induction: time-out at k = {k}")
        for solver in (base, step):
            deadline.limit(solver)
        answer = base.check(system.bad(base_states[k]))
        if answer == z3.sat:
            return UNSAFE
        if answer == z3.unknown:
            return Inconclusive(f"k-induction base case at k = {k}: {base.reason_unknown()}")
        answer = step.check(system.bad(step_states[k]))
        if answer == z3.unsat:
            return Proof(method="kind", invariant=k_step_invariant(system, k), depth=k)
        if answer == z3.unknown:
            return Inconclusive(f"k-induction step case at k = {k}: {step.reason_unknown()}")
        _extend(system, base, base_states, "b")
        _extend(system, step, step_states, "s")
        step.add(z3.Not(system.bad(step_states[k])), system.lemmas(step_states[k + 1]))
        step.add(*(_differ(step_states[k + 1], earlier) for earlier in step_states[: k + 1]))
    return Inconclusive(f"k-induction: not {max_k}-inductive")


def k_step_invariant(system: TransitionSystem, k: int) -> z3.BoolRef:
    """The inductive invariant of a k-induction proof at depth `k` (over frame "x")."""
    current = system.state_frame("x")
    path = [current]
    bound: list[z3.ExprRef] = []
    steps, promises = [], []
    for depth in range(1, k):
        inputs = system.input_frame(f"q{depth}")
        following, allowed = system.successor(path[-1], inputs)
        bound += inputs.values()
        steps.append(allowed)
        path.append(following)
        good_before = [z3.Not(system.bad(state)) for state in path[:-1]]
        promises.append(z3.Implies(z3.And(*steps, *good_before), z3.Not(system.bad(following))))
    parts = [system.lemmas(current), z3.Not(system.bad(current))]
    if promises:
        parts.append(z3.ForAll(bound, z3.And(*promises)) if bound else z3.And(*promises))
    return z3.And(*parts)


def _extend(system: TransitionSystem, solver: z3.Solver, states: list[Frame], prefix: str) -> None:
    depth = len(states) - 1
    states.append(system.state_frame(f"{prefix}{depth + 1}"))
    solver.add(system.trans(states[depth], system.input_frame(f"{prefix}{depth}"), states[depth + 1]))


def _differ(one: Frame, other: Frame) -> z3.BoolRef:
    return z3.Or(*(one[name] != other[name] for name in one))


def _solver(deadline: Deadline) -> z3.Solver:
    solver = z3.Solver()
    deadline.limit(solver)
    return solver
