"""The semantics of a platform as a transition system over Z3 variables, in the chosen layout."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import z3

from spec import semantics
from spec.encoding.layouts import layout
from spec.encoding.naming import plain_flat, plain_values, plain_variables, sort_of
from spec.engine.deadline import Deadline
from spec.engine.system import Frame, TransitionSystem
from spec.ops import SymbolicOps
from spec.platform import Platform
from spec.semantics import Moves, ServerMoves, ServerState, State


def _move_fields(platform: Platform) -> tuple[str, ...]:
    """The inputs the adversary really has under this claim: the move fields whose domain is not false alone."""
    return tuple(
        declared.name for declared in fields(Moves) if sort_of(declared) == "fleet" or semantics.move_possible(platform, Moves, declared.name)
    )


def transition_system(
    platform: Platform,
    pseudo_boolean: bool = True,
    encoding: str = "servers",
    for_proofs: bool = False,
    deadline: Deadline | None = None,
) -> TransitionSystem:
    """The semantics of `platform` as a transition system over Z3 variables, in the chosen encoding.

    A system `for_proofs` carries, besides the ranges of `semantics.in_range`
    that every method takes as lemmas, the facts only proofs are helped by
    (`semantics.silent_without_restarts`).

    Its formulas are built when an engine asks for them, frame by frame;
    with a `deadline`, the building stops with `TimedOut` once it has
    passed, naming what was being built (`SymbolicOps`).
    """
    ops = SymbolicOps(pseudo_boolean, None if deadline is None else deadline.check)
    servers = layout(platform, encoding)
    state_fields = tuple(declared.name for declared in fields(State))

    def as_state(frame: Frame) -> State:
        return State(servers=servers.fleet(frame), **plain_values(platform, State, frame, None))

    def flat(state: State) -> dict[str, Any]:
        return {**plain_flat(platform, state), **servers.flat(state.servers)}

    def equal(frame: Frame, state: State) -> z3.BoolRef:
        return z3.And(*(frame[name] == value for name, value in flat(state).items()))

    def init(frame: Frame) -> z3.BoolRef:
        ops.building = "the initial states were being built"
        current = as_state(frame)
        return z3.And(
            semantics.valid_choice(ops, platform, current.faulty, current.latency),
            *(current.servers.size_in_range(ops, free.class_index) for free in platform.free_sizes),
            equal(frame, semantics.initial_state(ops, platform, current.faulty, current.latency, servers.initial(ops, frame))),
        )

    def successor(frame: Frame, inputs: Frame) -> tuple[Frame, z3.BoolRef]:
        ops.building = "the transition relation was being built"
        current = as_state(frame)
        moves = Moves(servers=servers.moves(inputs), **plain_values(platform, Moves, inputs, z3.BoolVal(False)))
        after = semantics.next_state(ops, platform, current, moves)
        allowed = z3.And(
            servers.moves_possible(ops, current.servers, moves.servers),
            semantics.within_budget(ops, platform, after),
            semantics.roll_out_on_schedule(ops, platform, current, after),
        )
        return flat(after), allowed

    def bad(frame: Frame) -> z3.BoolRef:
        ops.building = "the claim's bad states were being built"
        return semantics.service_failed(ops, platform, as_state(frame))

    def lemmas(frame: Frame) -> z3.BoolRef:
        ops.building = "the lemmas were being built"
        current = as_state(frame)
        proofs_only = [semantics.silent_without_restarts(ops, platform, current)] if for_proofs else []
        return z3.And(servers.lemmas(ops, current.servers), semantics.in_range(ops, platform, current), *proofs_only)

    def facts(frame: Frame) -> z3.BoolRef:
        ops.building = "the facts were being built"
        return semantics.timers_agree(ops, platform, as_state(frame))

    def faults(frame: Frame) -> list[z3.ArithRef]:
        ops.building = "the fault counts were being built"
        return semantics.faults_used(ops, platform, as_state(frame))

    return TransitionSystem(
        state=(*plain_variables(platform, State, state_fields), *servers.variables(ServerState)),
        inputs=(*plain_variables(platform, Moves, _move_fields(platform)), *servers.variables(ServerMoves)),
        init=init,
        successor=successor,
        bad=bad,
        lemmas=lemmas,
        facts=facts,
        faults=faults,
        sizes=servers.sizes,
        deadline=deadline,
    )
