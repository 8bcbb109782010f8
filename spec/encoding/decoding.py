"""From a solver's path back to the adversary's choices, and from a concrete state to the variables' values.

A counterexample is never trusted as the solver gave it: `adversary_of` keeps
only the adversary's choices, per server (a counting path is concretized by
following it concretely), so the run can be replayed on the concrete semantics.
"""

from __future__ import annotations

from typing import Any, Sequence

from spec import semantics
from spec.encoding.layouts import layout
from spec.encoding.naming import plain_flat, plain_values
from spec.engine.system import Valuation
from spec.ops import CONCRETE
from spec.platform import Platform
from spec.semantics import Moves, State
from spec.trace import Adversary, concrete_initial_state


def adversary_of(
    platform: Platform, first_state: Valuation, inputs: Sequence[Valuation], encoding: str = "servers"
) -> Adversary:
    """The adversary's choices in a solver's path, per server, read from its state 0 and its inputs.

    In the counting encoding the path says how many members of a class move,
    not which: the run is followed concretely, and the first members in
    declaration order of the local state named make the move.
    """
    servers = layout(platform, encoding)
    first = plain_values(platform, State, first_state, None)
    faulty = tuple(unit for unit, chosen in zip(platform.units, first["faulty"], strict=True) if chosen)
    latency = {unit: first["latency"][platform.units.index(unit)] for unit in faulty}
    adversary = Adversary(faulty=faulty, latency=latency, moves=())
    state = concrete_initial_state(platform, *adversary.choice(platform))
    moves = []
    for step in inputs:
        move = Moves(servers=servers.concrete_moves(step, state), **plain_values(platform, Moves, step, False))
        moves.append(move)
        state = semantics.next_state(CONCRETE, platform, state, move)
    return Adversary(faulty=faulty, latency=latency, moves=tuple(moves))


def valuation(platform: Platform, state: State, encoding: str = "servers") -> dict[str, Any]:
    """A concrete state (a record per server) under the chosen encoding's variable names."""
    return {**plain_flat(platform, state), **layout(platform, encoding).abstract(state)}


def moves_valuation(platform: Platform, state: State, moves: Moves, encoding: str = "servers") -> dict[str, Any]:
    """Concrete moves (per server) made from `state`, under the chosen encoding's input names."""
    return {**plain_flat(platform, moves), **layout(platform, encoding).abstract_moves(state, moves.servers)}
