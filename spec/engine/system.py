"""A transition system over named Z3 variables, and its unrolling into frames."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Literal, Sequence

import z3
from z3 import z3core

from spec.engine.deadline import Deadline
from spec.z3_terms import ast_array

Frame = dict[str, z3.ExprRef]
Valuation = dict[str, bool | int]

VARIABLES_PER_CHECK = 1024
"""How many variables a frame is made of between two reads of the system's deadline."""

LEMMA_SECONDS = 20.0
"""The longest the check of a system's lemmas may take, well above what it takes on the shipped designs."""


@dataclass(frozen=True)
class Variable:
    name: str
    sort: Literal["bool", "int"]

    def constant(self, label: str) -> z3.ExprRef:
        """This variable's copy in frame `label` (`clock@3`)."""
        return _constant(f"{self.name}@{label}", self.sort)


@lru_cache(maxsize=None)
def _constant(name: str, sort: Literal["bool", "int"]) -> z3.ExprRef:
    """A Z3 constant, made once: frames are asked for again and again (24,000 constants over the shipped claims),
    and `z3.Int` and `z3.Bool` spend most of their time in Python."""
    return z3.Bool(name) if sort == "bool" else z3.Int(name)


@dataclass(frozen=True)
class TransitionSystem:
    """State variables, inputs, and the three formulas that define the system.

    `init(s)` and `bad(s)` build Z3 formulas over frames; `successor(s, i)`
    gives the next state's values as terms over `s` and `i`, with the
    condition under which that step is allowed (the system is deterministic
    given its inputs). So the system can be unrolled to any depth, put into
    Horn clauses, or followed symbolically for a few steps.
    `lemmas(s)` is an optional claim about every reachable state (ranges of
    counters, say) that a method may use once it has checked it inductive
    (`lemma_answers`). `facts(s)` is another, true of every state the start
    makes, or a step from any state within the lemmas, reachable or not (a
    timer and the condition it times): an invariant may hold them without anything to learn (the
    cut-set search's does), and its re-check shows them kept. PDR is not
    given them: as lemmas they made Spacer ten to a hundred times slower on
    a staged roll-out's cut sets.
    `faults(s)` lists what a state records of the faults used so far, as
    integer terms that never decrease along a path; among shortest
    counterexamples, bounded model checking returns one whose last state has
    the least sum of them, then the least `sizes`.
    """

    state: tuple[Variable, ...]
    inputs: tuple[Variable, ...]
    init: Callable[[Frame], z3.BoolRef]
    successor: Callable[[Frame, Frame], tuple[Frame, z3.BoolRef]]
    bad: Callable[[Frame], z3.BoolRef]
    lemmas: Callable[[Frame], z3.BoolRef] = lambda frame: z3.BoolVal(True)
    facts: Callable[[Frame], z3.BoolRef] = lambda frame: z3.BoolVal(True)
    faults: Callable[[Frame], Sequence[z3.ArithRef]] = lambda frame: ()
    sizes: Callable[[Frame], Sequence[z3.ArithRef]] = lambda frame: ()
    """The sizes of the pools of any size in a range, fixed over a path: among shortest counterexamples with the
    fewest faults, bounded model checking returns one with the least sizes, in this order."""
    deadline: Deadline | None = None
    """Past it, making a frame raises `TimedOut` (checked every `VARIABLES_PER_CHECK` variables)."""

    def __post_init__(self) -> None:
        """`init`, `bad`, `lemmas` and `facts` build their formula once and rename it into each frame asked for, like `trans`.

        Their own frame is made on the first call, not here: on a fleet of 100,000 servers a frame is
        seconds of work, which belongs to the method that asks for it, within its deadline.
        """
        for name in ("init", "bad", "lemmas", "facts"):
            object.__setattr__(self, name, _built_once(getattr(self, name), lambda: self.state_frame("@s")))

    def trans(self, current: Frame, inputs: Frame, following: Frame) -> z3.BoolRef:
        """The transition relation: `following` is the successor, and the step is allowed.

        The formula is built once, over frames of its own, and renamed into
        the frames asked for: building it walks the semantics in Python,
        renaming is one call into Z3, and an unrolling asks for it at
        every depth.
        """
        template, (x, i, y) = self._trans_template
        return rename(template, (x, current), (i, inputs), (y, following))

    @cached_property
    def _trans_template(self) -> tuple[z3.BoolRef, tuple[Frame, Frame, Frame]]:
        current, inputs, following = self.state_frame("@x"), self.input_frame("@i"), self.state_frame("@y")
        values, allowed = self.successor(current, inputs)
        _check_successor(values, current)
        formula = z3.And(allowed, *(following[name] == value for name, value in values.items()))
        return formula, (current, inputs, following)

    def lemma_answers(self, deadline: Deadline, longest: float = LEMMA_SECONDS) -> dict[str, str]:
        """The lemmas hold initially and are kept by every step: each answer must be `unsat`.

        The check takes at most `longest` seconds of the deadline: lemmas
        only speed a method up, and a method whose lemmas are not shown
        inductive goes on without them rather than spend its whole time on
        them. (Tests of the lemmas themselves give it as long as they wait.)
        """
        deadline = deadline.capped(longest)
        current, inputs, following = self.state_frame("x"), self.input_frame("i"), self.state_frame("y")
        obligations = {
            "lemmas-init": z3.And(self.init(current), z3.Not(self.lemmas(current))),
            "lemmas-step": z3.And(self.lemmas(current), self.trans(current, inputs, following), z3.Not(self.lemmas(following))),
        }
        answers = {}
        for name, formula in obligations.items():
            solver = z3.Solver()
            deadline.limit(solver)
            solver.add(formula)
            answers[name] = str(solver.check())
        return answers

    def state_frame(self, label: str) -> Frame:
        return self._frame(self.state, label)

    def input_frame(self, label: str) -> Frame:
        return self._frame(self.inputs, label)

    def _frame(self, variables: tuple[Variable, ...], label: str) -> Frame:
        if self.deadline is None:
            return {variable.name: variable.constant(label) for variable in variables}
        frame = {}
        for start in range(0, len(variables), VARIABLES_PER_CHECK):
            self.deadline.check("the variables were being made")
            frame.update((variable.name, variable.constant(label)) for variable in variables[start : start + VARIABLES_PER_CHECK])
        return frame


def _check_successor(values: Frame, state: Frame) -> None:
    """A successor must give every state variable its next value, and nothing else.

    A variable it forgot would be unconstrained in the next state: the
    solver could pick any value, and a "counterexample" could rest on it.
    """
    missing = [name for name in state if name not in values]
    unknown = [name for name in values if name not in state]
    if missing or unknown:
        problems = [f"no next value for {', '.join(missing)}"] if missing else []
        problems += [f"values for unknown variables {', '.join(unknown)}"] if unknown else []
        raise ValueError(f"TransitionSystem.successor gives {'; '.join(problems)}: it must give one per state variable")


def with_conditions_kept_false(system: TransitionSystem, conditions: Iterable[Callable[[Frame], z3.BoolRef]]) -> TransitionSystem:
    """The same system, restricted to runs in which every condition (a formula over a state's frame) stays false."""
    conditions = tuple(conditions)

    def init(frame: Frame) -> z3.BoolRef:
        return z3.And(system.init(frame), *(z3.Not(condition(frame)) for condition in conditions))

    def successor(frame: Frame, inputs: Frame) -> tuple[Frame, z3.BoolRef]:
        values, allowed = system.successor(frame, inputs)
        return values, z3.And(allowed, *(z3.Not(condition(values)) for condition in conditions))

    return replace(system, init=init, successor=successor)


def _built_once(formula_of: Callable[[Frame], z3.BoolRef], own_frame: Callable[[], Frame]) -> Callable[[Frame], z3.BoolRef]:
    """`formula_of`, built on the first call over the frame `own_frame()` makes, and renamed into every frame asked for."""
    built: list[tuple[Frame, z3.BoolRef]] = []

    def renamed(frame: Frame) -> z3.BoolRef:
        if not built:
            own = own_frame()
            built.append((own, formula_of(own)))
        own, formula = built[0]
        return rename(formula, (own, frame))

    return renamed


def rename(formula: z3.BoolRef, *pairs: tuple[Frame, Frame]) -> z3.BoolRef:
    """`formula` with every variable of the first frame of each pair replaced by its copy in the second.

    Renaming a formula built once is done inside Z3; building it again for
    each frame of an unrolling runs the semantics in Python every time.
    It is Z3's own substitution, called without `z3.substitute`'s checks
    in Python, which took nine tenths of its time: every pair here renames
    a variable to its copy, of the same sort by construction.
    """
    olds = [old[name] for old, new in pairs for name in old]
    news = [new[name] for old, new in pairs for name in old]
    context = formula.ctx
    renamed = z3core.Z3_substitute(context.ref(), formula.as_ast(), len(olds), ast_array(olds), ast_array(news))
    return z3.BoolRef(renamed, context)


def read_frame(model: z3.ModelRef, frame: Frame) -> Valuation:
    """The values a model gives to a frame, as Python values."""
    values: Valuation = {}
    for name, constant in frame.items():
        value = model.eval(constant, model_completion=True)
        values[name] = z3.is_true(value) if z3.is_bool(value) else value.as_long()
    return values
