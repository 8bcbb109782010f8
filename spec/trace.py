"""A counterexample people can trust: replayed concretely, then described.

The solver's path is never shown as it is. `replay` runs the adversary's
choices through the concrete interpretation of the one semantics, and
`confirmed_trace` insists that the concrete run stays within the fault
budget and fails the service property exactly at the reported step and not
before. Only then is the run decoded into the contract's JSON trace, from
what the semantics' view of each state shows (`semantics.view`), which
every reader (`spec.report`) shows too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Sequence

from spec import semantics
from spec.engine.deadline import Deadline, TimedOut
from spec.errors import InternalError
from spec.events import Event
from spec.fleet import EachServer
from spec.ops import CONCRETE
from spec.platform import Platform
from spec.semantics import Moves, State, StateView


@dataclass(frozen=True)
class Adversary:
    """Everything the adversary chose in a run, by name, free of solver artefacts."""

    faulty: tuple[str, ...]  # bug units chosen faulty
    latency: dict[str, int]  # per faulty unit
    moves: tuple[Moves[bool], ...]  # per step 1, 2, ...; `servers` holds one ServerMoves per server

    def choice(self, platform: Platform) -> tuple[tuple[bool, ...], tuple[int, ...]]:
        """The frozen part of state 0 (faulty flags and latencies, per unit); a sound unit takes the least latency."""
        least, _ = semantics.latency_bounds(platform)
        return (
            tuple(unit in self.faulty for unit in platform.units),
            tuple(self.latency.get(unit, least) for unit in platform.units),
        )


def concrete_initial_state(platform: Platform, faulty: Sequence[bool], latency: Sequence[int]) -> State[Any]:
    """State 0 on Python values, one record per server."""
    fleet = EachServer(platform, (semantics.fresh_server(CONCRETE),) * len(platform.servers))
    return semantics.initial_state(CONCRETE, platform, faulty, latency, fleet)


class ReplayError(InternalError):
    """The concrete semantics disagrees with a solver's counterexample."""


class ReplayTimedOut(TimedOut):
    """The time limit passed while a counterexample was replayed: it is not yet confirmed, so it is no verdict."""


@dataclass(frozen=True)
class Trace:
    """A confirmed counterexample: the adversary's choices and the concrete states 0..length."""

    platform: Platform
    adversary: Adversary
    states: tuple[State[Any], ...]

    @property
    def length(self) -> int:
        return len(self.states) - 1

    def to_json(self) -> list[dict[str, Any]]:
        """The contract's `trace`: one record per state, from state 0 to state `length`."""
        return [describe_state(self.platform, step, shown) for step, shown in enumerate(self.views)]

    @cached_property
    def views(self) -> tuple[StateView, ...]:
        """What each state shows (`semantics.view`): what tables, stories, pictures and JSON read."""
        return tuple(semantics.view(self.platform, state) for state in self.states)

    def moves(self, step: int) -> list[Move]:
        """The adversary's moves at `step` (>= 1): the servers' kind by kind (crashes, restarts), then the others
        (the backup's crash, site losses, the bad input), in the order of `semantics.FAULT_KINDS`."""
        moves = self.adversary.moves[step - 1]
        made = [(fault, fault.made_at(self.platform, moves)) for fault in semantics.FAULT_KINDS]
        on_servers = [Move(fault, name) for fault, (servers, _) in made for name in servers]
        return on_servers + [Move(fault, name) for fault, (_, others) in made for name in others]

    def first_receipts(self, step: int) -> list[int]:
        """The servers (indices) that receive a message for the first time at `step` (>= 1)."""
        return semantics.first_receipts(self.views[step - 1], self.views[step])

    def signalling(self, step: int) -> list[int]:
        """The servers (indices) that signal their linked servers in state `step`."""
        return [index for index, server in enumerate(self.views[step].servers) if server.signalling]

    def events(self, step: int) -> list[str]:
        """The adversary's moves at `step` (>= 1), in words."""
        return [move.words() for move in self.moves(step)]


@dataclass(frozen=True)
class Move:
    """One move of the adversary: a fault of some kind (a crash or restart of a member, a site's loss, the bad input)."""

    fault: semantics.FaultKind
    name: str = ""  # the member crashed or restarted, or the site lost

    @property
    def event(self) -> Event:
        """The move as a fault event, named as cut sets name them: `crash:cs1`, `restart:sw-1`, `site:lille`, `input`."""
        return Event(self.fault.event, self.name)

    def words(self) -> str:
        """`crash cs1`, `site lille lost`, `bad input arrives`: the kind's words for a move."""
        return self.fault.made.format(self.name)


def replay(platform: Platform, adversary: Adversary, deadline: Deadline | None = None) -> tuple[State[Any], ...]:
    """The concrete run of the adversary's choices: states 0..len(moves), within `deadline` (`ReplayTimedOut`)."""
    deadline = deadline or Deadline(None)
    faulty, latency = adversary.choice(platform)
    if not semantics.valid_choice(CONCRETE, platform, faulty, latency):
        raise ReplayError(f"the adversary's bug choice {adversary.faulty} {adversary.latency} exceeds the hypothesis")
    states = [concrete_initial_state(platform, faulty, latency)]
    for step, moves in enumerate(adversary.moves, start=1):
        if deadline.expired():
            raise ReplayTimedOut(f"the time limit passed while the counterexample was replayed, at step {step}")
        following = semantics.next_state(CONCRETE, platform, states[-1], moves)
        if not semantics.within_budget(CONCRETE, platform, following):
            raise ReplayError(f"the run exceeds the fault budget at step {step}")
        states.append(following)
    return tuple(states)


def confirmed_trace(platform: Platform, adversary: Adversary, deadline: Deadline | None = None) -> Trace:
    """Replay within `deadline`, and insist that the service property fails at the last state and at no earlier one."""
    states = replay(platform, adversary, deadline)
    failing = [step for step, state in enumerate(states) if semantics.service_failed(CONCRETE, platform, state)]
    if failing != [len(states) - 1]:
        raise ReplayError(
            f"the counterexample of length {len(states) - 1} fails the service property "
            f"at steps {failing} when replayed concretely"
        )
    return Trace(platform=platform, adversary=adversary, states=states)


def describe_state(platform: Platform, step: int, shown: StateView) -> dict[str, Any]:
    """One state in the contract's JSON shape, from its view."""
    backup = shown.backup
    return {
        "step": step,
        "served": shown.served,
        "capacity": shown.capacity,
        "lost_share": float(shown.lost_share),
        "backup": None if backup is None else {"state": backup.status, "active": backup.active},
        "servers": {
            member.name: {"state": server.status, "applied": list(server.changes) if platform.several_changes else server.applied, "routed": server.routed}
            for member, server in zip(platform.servers, shown.servers, strict=True)
        },
    }
