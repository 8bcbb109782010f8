"""What a model-checking run can conclude."""

from __future__ import annotations

from dataclasses import dataclass

import z3

from spec.engine.system import Valuation


@dataclass(frozen=True)
class Proof:
    """No bad state is reachable at any depth, with the invariant that shows it.

    `invariant` is an ordinary inductive invariant that excludes the bad
    states, whichever method found it, so `certificate.recheck` treats every
    proof alike: PDR's is the cover of its frames (with the system's lemmas
    when it used them); k-induction's is built from the k-step argument
    (`kinduction.k_step_invariant`), and `depth` is that k.
    """

    method: str
    invariant: z3.BoolRef  # over the state frame labelled "x"
    depth: int | None = None


@dataclass(frozen=True)
class Counterexample:
    """A shortest path into a bad state: states 0..length and the inputs between them."""

    states: tuple[Valuation, ...]
    inputs: tuple[Valuation, ...]
    fewest_faults: bool = True  # False: the search for the fewest faults ended before it showed them fewest
    settled: bool = True  # False: the choice among the shortest ended before it settled every move at its least

    @property
    def length(self) -> int:
        return len(self.states) - 1


@dataclass(frozen=True)
class Inconclusive:
    """The solver could not decide (time-out or unknown); never a verdict."""

    reason: str


UNSAFE = "unsafe"  # a proof method's answer when a bad state is reachable
