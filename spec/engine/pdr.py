"""Proofs at every depth with PDR/IC3, through Z3's Spacer engine.

The system becomes three constrained Horn clauses over one predicate `Inv`
of the state variables:

    Inv(x)          <- init(x)
    Inv(y)          <- Inv(x), trans(x, i, y)
    Err             <- Inv(x), bad(x)

`Err` unreachable (`unsat`) means safe, and Spacer's solution for `Inv` is an
inductive invariant that excludes the bad states: the certificate.

The system's lemmas, once checked inductive, are conjoined on both sides of
the step, `lemmas(x)` and `lemmas(y)`: that is sound, since every reachable
state satisfies them, and it hands Spacer for free the counter ranges and
budgets it would otherwise learn one level at a time (the staged roll-outs
and recommended.toml proved two to four times faster). The invariant is
then Spacer's solution and the lemmas, and it is inductive for the plain
step.

Slicing and inlining are turned off. They drop or merge arguments of
`Inv`, while the invariant must speak of every argument in its place; and
on staged roll-outs of seven to ten servers Spacer proved the claims in one
to forty seconds without them, and timed out after minutes with them.
"""

from __future__ import annotations

import z3

from spec.engine.deadline import Deadline
from spec.engine.results import UNSAFE, Inconclusive, Proof
from spec.engine.system import TransitionSystem

def prove(system: TransitionSystem, deadline: Deadline | None = None) -> Proof | Inconclusive | str:
    """A `Proof` with its invariant, `UNSAFE` if a bad state is reachable, or `Inconclusive`."""
    deadline = deadline or Deadline(None)
    if deadline.expired():
        return Inconclusive("time-out before PDR started")
    current = system.state_frame("x")
    inputs = system.input_frame("i")
    following = system.state_frame("y")
    sorts = [constant.sort() for constant in current.values()]
    invariant = z3.Function("Inv", *sorts, z3.BoolSort())
    error = z3.Function("Err", z3.BoolSort())

    engine = z3.Fixedpoint()
    engine.set(engine="spacer")
    engine.set("xform.slice", False)
    engine.set("xform.inline_linear", False)
    engine.set("xform.inline_eager", False)
    deadline.limit(engine)
    engine.register_relation(invariant, error)
    engine.declare_var(*current.values(), *inputs.values(), *following.values())
    engine.rule(invariant(*current.values()), system.init(current))
    step = [invariant(*current.values()), system.trans(current, inputs, following)]
    use_lemmas = all(answer == "unsat" for answer in system.lemma_answers(deadline).values())
    if use_lemmas:
        step += [system.lemmas(current), system.lemmas(following)]
    engine.rule(invariant(*following.values()), step)
    engine.rule(error(), [invariant(*current.values()), system.bad(current)])

    try:
        answer = engine.query(error())
    except z3.Z3Exception as raised:  # Spacer reports its time-out as a cancellation
        return Inconclusive(f"PDR (Spacer) gave no answer: {z3_message(raised)}")
    if answer == z3.sat:
        return UNSAFE
    if answer == z3.unknown:
        return Inconclusive(f"PDR (Spacer) gave no answer: {engine.reason_unknown()}")
    cover = z3.substitute_vars(engine.get_cover_delta(-1, invariant), *current.values())
    return Proof(method="pdr", invariant=z3.And(cover, system.lemmas(current)) if use_lemmas else cover)


def z3_message(raised: z3.Z3Exception) -> str:
    """Z3's message, which the Python API may carry as bytes (`b'canceled'`), as text."""
    value = raised.value
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value)
