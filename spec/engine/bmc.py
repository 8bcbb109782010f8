"""Bounded model checking: the shortest path into a bad state, told simply.

The system is unrolled one frame at a time on one incremental solver, and
at each depth `k` the solver is asked whether frame `k` can be bad. The
first depth that answers `sat` is the length of a shortest counterexample,
because every smaller depth was already shown `unsat`.

Among the shortest counterexamples, the one returned is the simplest: it
ends with the fewest faults recorded (`TransitionSystem.faults`), then the
smallest fleet (`TransitionSystem.sizes`), and then every free choice
(state 0, each step's inputs) takes its least value, false before true,
from the last declared input of the last step back to the first variable
of state 0: a step keeps only the moves the run cannot
make earlier, and they go to the first-named elements that can take them. That choice depends on the
system alone, not on which model the solver happened to find, so the same
design gives the same counterexample on every run. The choice takes at most
`SIMPLEST_SECONDS`; a counterexample whose faults it could not show fewest
in that time says so (`Counterexample.fewest_faults`), and so does one
whose remaining choices it could not all settle (`Counterexample.settled`).
"""

from __future__ import annotations

from typing import Any

import z3

from spec.engine.deadline import Deadline
from spec.engine.results import Counterexample, Inconclusive
from spec.engine.system import Frame, TransitionSystem, read_frame, rename


LEMMAS_FROM_DEPTH = 3
"""The depth from which the search uses the system's lemmas: most violations show within two steps, and those
need neither the lemmas nor their check, which was most of a shallow violation's time (docs/decisions.md,
"Performance history")."""


SIMPLEST_SECONDS = 10.0
"""The longest the choice of the simplest counterexample may take, so the shortest one found is never lost to it.

It is far above what the choice takes on any shipped claim
(`benchmarks/reports.py`). Past it the model in hand is returned, a
shortest counterexample all the same. The fewest faults can
be a hard question for per-server flags: at 48 interchangeable servers,
"no run of length 1 with 10 crashes is bad" is a pigeonhole problem, on
which the search for them once took the whole time limit of a claim whose
counterexample had been found in a fraction of a second, and left none to
replay it."""


def shortest_counterexample(
    system: TransitionSystem, max_depth: int | None = None, deadline: Deadline | None = None
) -> Counterexample | Inconclusive | None:
    """The simplest of the shortest counterexamples, or `None` if there is none up to `max_depth`.

    With `max_depth=None` the search goes on until it finds one: call it so
    only when a counterexample is known to exist (or with a deadline).

    Two facts prune the search without changing its answers: the system's
    lemmas hold in every frame once they are checked inductive (checked,
    and added to every frame, when the search reaches `LEMMAS_FROM_DEPTH`),
    and a frame already shown unable to be bad is good on any path to a
    later bad state. On the staged roll-outs they halve the time of the
    deepest unrollings.
    """
    deadline = deadline or Deadline(None)
    solver = z3.Solver()
    current = system.state_frame("x")
    bad = system.bad(current)
    lemmas = system.lemmas(current)
    use_lemmas = False
    states = [system.state_frame("0")]
    inputs: list[Frame] = []
    solver.add(system.init(states[0]))
    depth = 0
    while max_depth is None or depth <= max_depth:
        if deadline.expired():
            return Inconclusive(f"time-out during bounded search at depth {depth}")
        if depth == LEMMAS_FROM_DEPTH:
            use_lemmas = all(answer == "unsat" for answer in system.lemma_answers(deadline).values())
            if use_lemmas:
                solver.add(*(rename(lemmas, (current, frame)) for frame in states[:depth]))
        if use_lemmas:
            solver.add(rename(lemmas, (current, states[depth])))
        deadline.limit(solver)
        bad_now = rename(bad, (current, states[depth]))
        answer = solver.check(bad_now)
        if answer == z3.sat:
            model, fewest_faults, settled = _Simplest(solver, deadline.capped(SIMPLEST_SECONDS)).choose(system, states, inputs)
            return Counterexample(
                states=tuple(read_frame(model, frame) for frame in states),
                inputs=tuple(read_frame(model, frame) for frame in inputs),
                fewest_faults=fewest_faults,
                settled=settled,
            )
        if answer == z3.unknown:
            return Inconclusive(f"solver unknown at depth {depth}: {solver.reason_unknown()}")
        solver.add(z3.Not(bad_now))
        inputs.append(system.input_frame(str(depth)))
        states.append(system.state_frame(str(depth + 1)))
        solver.add(system.trans(states[depth], inputs[depth], states[depth + 1]))
        depth += 1
    return None


class _Simplest:
    """The simplest model of a satisfiable solver: the fewest faults, then the least free choices.

    The faults are the integer terms of `TransitionSystem.faults`; their sum
    is what "fewest" minimizes (`minimize`), then every free choice is fixed
    at its least value in turn (`settle`). Each refinement keeps the solver
    satisfiable, so `model` is a counterexample all along; if the deadline
    runs out on the way, it is returned as it is, still one of the
    shortest. A question the solver left open counts as one answered no for
    the search, never as a proof that the faults are fewest, nor that a
    choice is at its least (`undecided`): a model returned so may be
    another on another run.
    """

    def __init__(self, solver: z3.Solver, deadline: Deadline) -> None:
        self.solver = solver
        self.deadline = deadline
        self.model = solver.model()
        self.undecided = False

    def choose(self, system: TransitionSystem, states: list[Frame], inputs: list[Frame]) -> tuple[z3.ModelRef, bool, bool]:
        """The simplest model, whether its faults were shown to be the fewest, and whether it is shown the simplest."""
        self.solver.add(system.bad(states[-1]))
        faults = list(system.faults(states[-1]))
        if faults:
            self.minimize(z3.Sum(faults) if len(faults) > 1 else faults[0])
        fewest_faults = not self.undecided
        for size in system.sizes(states[0]):
            self.minimize(size)
        self.settle([variable for frame in reversed([states[0], *inputs]) for variable in reversed(frame.values())])
        return self.model, fewest_faults, not self.undecided

    def value(self, term: z3.ExprRef) -> Any:
        """`term`'s value in the model in hand: an integer, or a Boolean term."""
        evaluated = self.model.eval(term, model_completion=True)
        return evaluated.as_long() if z3.is_int(term) else evaluated

    def better(self, condition: z3.BoolRef) -> bool:
        """Whether some model also meets `condition` (within the deadline); if so, it becomes the model in hand."""
        answer = z3.unknown
        if not self.deadline.expired():
            self.deadline.limit(self.solver)
            answer = self.solver.check(condition)
        if answer != z3.sat:
            self.undecided = self.undecided or answer == z3.unknown
            return False
        self.model = self.solver.model()
        return True

    def minimize(self, term: z3.ArithRef) -> None:
        """Lower `term` to its least value among the remaining models, then fix it there.

        The search gallops down (1, 2, 4, ... below the best value so far)
        and then halves the gap, so a count of thousands costs a few dozen
        solver calls, not thousands.
        """
        best, gap = self.value(term), 1
        while self.better(term <= best - gap):
            best, gap = self.value(term), gap * 2
        low = best - gap + 1
        while low < best:
            middle = (low + best) // 2
            if self.better(term <= middle):
                best = self.value(term)
            else:
                low = middle + 1
        self.solver.add(term == best)

    def settle(self, variables: list[z3.ExprRef]) -> None:
        """Fix `variables`, in this order, each at its least value given those fixed before it.

        When none of them can go below its value in the model in hand, that
        model already gives every one of them its least value, and one
        solver call fixes them all; otherwise the list is halved. So the
        cost follows the number of variables that do change, not the number
        of variables. A list of flags only, some set, is first asked to be
        all false, each flag's least value: a move the run needs once, which
        the solver places on any of many servers, then goes to the
        first-named in a few halvings, instead of wandering from server to
        server one call at a time.
        """
        if not variables:
            return
        lower = [
            z3.Not(v) if z3.is_bool(v) else v < self.value(v)
            for v in variables
            if not (z3.is_bool(v) and z3.is_false(self.value(v)))
        ]
        if len(variables) > 1 and lower and all(z3.is_bool(v) for v in variables):
            if self.better(z3.And(*(z3.Not(v) for v in variables))):
                self.solver.add(*(z3.Not(v) for v in variables))
                return
        elif len(variables) > 1 and (not lower or not self.better(z3.Or(*lower))):
            self.solver.add(*(v == self.value(v) for v in variables))
            return
        if len(variables) > 1:
            middle = len(variables) // 2
            self.settle(variables[:middle])
            self.settle(variables[middle:])
            return
        variable = variables[0]
        if z3.is_bool(variable):
            if z3.is_true(self.value(variable)):
                self.better(z3.Not(variable))
            self.solver.add(variable == self.value(variable))
        else:
            self.minimize(variable)
