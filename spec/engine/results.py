"""What a model-checking run can conclude."""

from __future__ import annotations

from dataclasses import dataclass

import z3

from spec.engine.system import Valuation


@dataclass(frozen=True)
class Proof:
    """No bad state is reachable at any depth.

    With PDR, `invariant` is an inductive invariant excluding the bad states.
    With k-induction, `depth` is the k for which the property is k-inductive
    and `invariant` the lemmas the argument assumed (themselves inductive).
    """

    method: str
    invariant: z3.BoolRef  # over the state frame labelled "x"
    depth: int | None = None


@dataclass(frozen=True)
class Counterexample:
    """A shortest path into a bad state: states 0..length and the inputs between them."""

    states: tuple[Valuation, ...]
    inputs: tuple[Valuation, ...]

    @property
    def length(self) -> int:
        return len(self.states) - 1


@dataclass(frozen=True)
class Inconclusive:
    """The solver could not decide (time-out or unknown); never a verdict."""

    reason: str


UNSAFE = "unsafe"  # a proof method's answer when a bad state is reachable
