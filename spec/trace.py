"""A counterexample people can trust: replayed concretely, then described.

The solver's path is never shown as it is. `replay` runs the adversary's
choices through the concrete interpretation of the one semantics, and
`confirmed_trace` insists that the concrete run stays within the fault
budget and fails the service property exactly at the reported step and not
before. Only then is the run decoded into the contract's JSON trace and the
terminal's step table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from spec import semantics
from spec.encoding import Adversary, concrete_initial_state
from spec.errors import InternalError
from spec.ops import CONCRETE
from spec.platform import Platform
from spec.semantics import State


class ReplayError(InternalError):
    """The concrete semantics disagrees with a solver's counterexample."""


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
        return [describe_state(self.platform, step, state) for step, state in enumerate(self.states)]

    def moves(self, step: int) -> list[Move]:
        """The adversary's moves at `step` (>= 1): crashes, then site losses, then the bad input."""
        moves = self.adversary.moves[step - 1]
        platform = self.platform
        made = [Move("crash", member.name) for member, move in zip(platform.servers, moves.servers, strict=True) if move.crash]
        if platform.backup is not None and moves.crash_backup:
            made.append(Move("crash", platform.backup.name))
        made += [Move("site", site) for site, lost in zip(platform.sites, moves.lose, strict=True) if lost]
        if platform.input_triggered and moves.bad_input:
            made.append(Move("input"))
        return made

    def events(self, step: int) -> list[str]:
        """The adversary's moves at `step` (>= 1), in words."""
        return [move.words() for move in self.moves(step)]


@dataclass(frozen=True)
class Move:
    """One move of the adversary: a crash of a member, the loss of a site, or the bad input."""

    kind: Literal["crash", "site", "input"]
    name: str = ""  # the member crashed or the site lost

    @property
    def event(self) -> str:
        """The move as a fault event, named as cut sets name them: `crash:cs1`, `site:lille`, `input`."""
        return f"{self.kind}:{self.name}" if self.name else self.kind

    def words(self) -> str:
        return {"crash": f"crash {self.name}", "site": f"site {self.name} lost", "input": "bad input arrives"}[self.kind]


def replay(platform: Platform, adversary: Adversary) -> tuple[State[Any], ...]:
    """The concrete run of the adversary's choices: states 0..len(moves)."""
    faulty, latency = adversary.choice(platform)
    if not semantics.valid_choice(CONCRETE, platform, faulty, latency):
        raise ReplayError(f"the adversary's bug choice {adversary.faulty} {adversary.latency} exceeds the hypothesis")
    states = [concrete_initial_state(platform, faulty, latency)]
    for step, moves in enumerate(adversary.moves, start=1):
        following = semantics.next_state(CONCRETE, platform, states[-1], moves)
        if not semantics.within_budget(CONCRETE, platform, following):
            raise ReplayError(f"the run exceeds the fault budget at step {step}")
        states.append(following)
    return tuple(states)


def confirmed_trace(platform: Platform, adversary: Adversary) -> Trace:
    """Replay, and insist that the service property fails at the last state and at no earlier one."""
    states = replay(platform, adversary)
    failing = [step for step, state in enumerate(states) if semantics.service_failed(CONCRETE, platform, state)]
    if failing != [len(states) - 1]:
        raise ReplayError(
            f"the counterexample of length {len(states) - 1} fails the service property "
            f"at steps {failing} when replayed concretely"
        )
    return Trace(platform=platform, adversary=adversary, states=states)


def server_status(platform: Platform, state: State[Any], index: int) -> str:
    if semantics.is_down(CONCRETE, state, platform.server_class(index), state.servers[index]):
        return "down"
    return "looping" if state.servers[index].looping else "up"


def is_routed(platform: Platform, state: State[Any], index: int) -> bool:
    """Server `index` still receives calls in a concrete state."""
    return semantics.is_routed(CONCRETE, platform, state, platform.server_class(index), state.servers[index])


def backup_status(platform: Platform, state: State[Any]) -> str:
    if semantics.backup_is_down(CONCRETE, platform, state):
        return "down"
    return "looping" if state.backup_looping else "up"


def describe_state(platform: Platform, step: int, state: State[Any]) -> dict[str, Any]:
    """One state in the contract's JSON shape."""
    return {
        "step": step,
        "served": semantics.serves(CONCRETE, platform, state),
        "capacity": semantics.capacity(CONCRETE, platform, state),
        "backup": None
        if platform.backup is None
        else {"state": backup_status(platform, state), "active": state.backup_active},
        "servers": {
            member.name: {
                "state": server_status(platform, state, index),
                "applied": state.servers[index].applied,
                "routed": is_routed(platform, state, index),
            }
            for index, member in enumerate(platform.servers)
        },
    }


CELL_WORDS = {"up": "up", "looping": "loop", "down": "down"}


def step_table(trace: Trace) -> str:
    """The run as a fixed-width table: a row per state, a column per server.

    A cell reads `up`, `loop` or `down`; `+` marks a server that has applied
    the change, `-` one dropped from routing. A failed server still routed is
    a black hole.
    """
    platform = trace.platform
    header = ["step", *(member.name for member in platform.servers)]
    if platform.backup is not None:
        header.append(platform.backup.name)
    header += ["capacity", "served", "events"]
    rows = [header]
    for step, record in enumerate(trace.to_json()):
        row = [str(step)]
        for server in record["servers"].values():
            cell = CELL_WORDS[server["state"]]
            row.append(cell + ("+" if server["applied"] else "") + ("" if server["routed"] else "-"))
        if record["backup"] is not None:
            backup = record["backup"]
            row.append(CELL_WORDS[backup["state"]] + (" active" if backup["active"] else ""))
        row += [f"{record['capacity']}/{platform.demand}", "yes" if record["served"] else "NO", ", ".join(trace.events(step)) if step else ""]
        rows.append(row)
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows)
