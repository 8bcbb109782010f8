"""Minimal cut sets of a claim, computed on the state machine.

Basic events are `crash:<server>` (the backup too), `site:<site>` and
`bug:<unit>`. A set of events is a cut set when some run that uses only
those faults, as often as it likes, violates the service property; timing
counts (roll-out order, latency, detection), because the question is asked
of the transition system, not of a static structure function.

The search is one bounded model-checking unrolling with an "enabled"
literal per event. Its depth is complete
(`semantics.completeness_depth`): a run with m faults that violates the
property does so within a depth that grows with m, because after the
clock saturates a later fault could be moved earlier without changing
anything.
Every run found is replayed through the concrete semantics.

Enumeration is by increasing order on that one solver: it is asked for a
violating run whose enabled events number at most k and include no cut set
found so far (each found set is blocked with one clause). The events such a
run really uses form a minimal cut set, because every smaller order was
exhausted first: a smaller cut set inside it would have been found and
blocked. When the solver answers `unsat`, order k is complete. No subset is
tried blindly; the solver's search does the enumeration.
"""

from __future__ import annotations

from dataclasses import dataclass

import z3

from spec import semantics
from spec.design import Claim, Design, Faults
from spec.encoding import adversary_of, event_flags, transition_system
from spec.engine import pdr
from spec.engine.results import UNSAFE, Inconclusive
from spec.engine.system import read_frame, with_flags_kept_false
from spec.platform import Platform, build_platform
from spec.errors import InternalError
from spec.trace import confirmed_trace


@dataclass(frozen=True)
class CutSet:
    """A minimal cut set; a run that uses only its events was found and replayed concretely."""

    events: tuple[str, ...]

    @property
    def order(self) -> int:
        return len(self.events)


def unlimited(claim: Claim) -> Faults:
    """The claim's bug scope, trigger and latency, with every budget unlimited."""
    faults = claim.faults
    return Faults(
        crashes=None, site_losses=None, bugs=None, bug_scope=faults.bug_scope, trigger=faults.trigger, latency=faults.latency
    )


class _Search:
    """One incremental unrolling in which the adversary may only use enabled events."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.system = transition_system(platform)
        self.flags = event_flags(platform)
        self.enabled = {event: z3.Bool(f"enabled:{event}") for event in self.flags}
        self.solver = z3.Solver()
        self.states = [self.system.state_frame("0")]
        self.inputs: list[dict] = []
        self.solver.add(self.system.init(self.states[0]))
        self._restrict(self.states[0])

    def deepen(self, depth: int) -> None:
        """Unroll up to `depth` steps."""
        while len(self.states) <= depth:
            step = len(self.states) - 1
            self.inputs.append(self.system.input_frame(str(step)))
            self.states.append(self.system.state_frame(str(step + 1)))
            self.solver.add(self.system.trans(self.states[step], self.inputs[step], self.states[step + 1]))
            self._restrict(self.states[-1])

    def _restrict(self, state: dict) -> None:
        self.solver.add(*(z3.Implies(state[flag], self.enabled[event]) for event, flag in self.flags.items()))

    def next_cut(self, order: int, depth: int) -> CutSet | None:
        """A violating run within `depth` steps using at most `order` enabled events, or `None`."""
        self.deepen(depth)
        bad = [self.system.bad(state) for state in self.states[: depth + 1]]
        answer = self.solver.check(z3.AtMost(*self.enabled.values(), order), z3.Or(*bad))
        if answer == z3.unsat:
            return None
        if answer != z3.sat:
            raise InternalError(f"cut-set search: solver answered {answer}: {self.solver.reason_unknown()}")
        model = self.solver.model()
        length = next(step for step, formula in enumerate(bad) if z3.is_true(model.eval(formula, model_completion=True)))
        final = self.states[length]
        used = tuple(sorted(e for e, flag in self.flags.items() if z3.is_true(model.eval(final[flag], model_completion=True))))
        inputs = [read_frame(model, frame) for frame in self.inputs[:length]]
        confirmed_trace(self.platform, adversary_of(self.platform, read_frame(model, self.states[0]), inputs))
        return CutSet(events=used)

    def block_supersets(self, cut: CutSet) -> None:
        self.solver.add(z3.Or(*(z3.Not(self.enabled[event]) for event in cut.events)))


def is_cut_set(design: Design, claim: Claim, events: frozenset[str]) -> bool:
    """Whether `events` is a cut set, decided at every depth by PDR (no depth bound involved)."""
    platform = build_platform(design, unlimited(claim))
    disabled = [flag for event, flag in event_flags(platform).items() if event not in events]
    system = with_flags_kept_false(transition_system(platform, pseudo_boolean=False), disabled)
    outcome = pdr.prove(system)
    if isinstance(outcome, Inconclusive):
        raise InternalError(f"cut-set check: {outcome.reason}")
    return outcome == UNSAFE


def minimal_cut_sets(
    design: Design, claim: Claim, max_order: int | None = None, smallest_only: bool = False
) -> list[CutSet]:
    """Every minimal cut set of order at most `max_order` (all if `None`), sorted by order then name.

    With `smallest_only`, the search stops after the first order that has any.
    """
    platform = build_platform(design, unlimited(claim))
    search = _Search(platform)
    events = len(search.flags)
    found: list[CutSet] = []
    for order in range(min(events, events if max_order is None else max_order) + 1):
        depth = semantics.completeness_depth(platform, order + platform.input_triggered)
        while (cut := search.next_cut(order, depth)) is not None:
            if cut.order != order:
                raise InternalError(f"cut-set search: {cut.events} found at order {order} is not minimal")
            found.append(cut)
            search.block_supersets(cut)
        if smallest_only and found:
            break
    return sorted(found, key=lambda cut: (cut.order, cut.events))
