"""A counterexample people can trust: replayed concretely, then described.

The solver's path is never shown as it is. `replay` runs the adversary's
choices through the concrete interpretation of the one semantics, and
`confirmed_trace` insists that the concrete run stays within the fault
budget and fails the service property exactly at the reported step and not
before. Only then is the run decoded into the contract's JSON trace and the
terminal's step table: a column per server, or for a design of more than
twelve servers a row per class of interchangeable servers, its servers
counted by what the semantics says of each.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, NamedTuple

from spec import semantics
from spec.encoding import Adversary, concrete_initial_state
from spec.engine.deadline import Deadline
from spec.errors import InternalError
from spec.events import Event
from spec.ops import CONCRETE
from spec.platform import Platform
from spec.report.words import class_names, count, number_word, per_class, servers_of_classes
from spec.semantics import State


class ReplayError(InternalError):
    """The concrete semantics disagrees with a solver's counterexample."""


class ReplayTimedOut(TimeoutError):
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
        return [describe_state(self.platform, step, state) for step, state in enumerate(self.states)]

    def moves(self, step: int) -> list[Move]:
        """The adversary's moves at `step` (>= 1): the servers' kind by kind (crashes, restarts), then the others
        (the backup's crash, site losses, the bad input), in the order of `semantics.FAULT_KINDS`."""
        moves = self.adversary.moves[step - 1]
        made = [(kind, kind.made_at(self.platform, moves)) for kind in semantics.FAULT_KINDS]
        on_servers = [Move(kind, name) for kind, (servers, _) in made for name in servers]
        return on_servers + [Move(kind, name) for kind, (_, others) in made for name in others]

    def first_receipts(self, step: int) -> list[int]:
        """The servers (indices) that receive a message for the first time at `step` (>= 1)."""
        before, after = self.states[step - 1], self.states[step]
        return [
            index
            for index, (was, now) in enumerate(zip(before.servers, after.servers, strict=True))
            if semantics.first_receipt(was, now)
        ]

    def signalling(self, step: int) -> list[int]:
        """The servers (indices) that signal their linked servers in state `step`."""
        state, platform = self.states[step], self.platform
        return [
            index
            for index, record in enumerate(state.servers)
            if semantics.signals(CONCRETE, state, platform.server_class(index), record)
        ]

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
STATUS_WORDS = {"down": "down", "looping": "looping", "up": "up"}  # in words, failures first
_STATUS_ORDER = ("up", "looping", "down")  # the order of a class's cells


class ServerCell(NamedTuple):
    """What the step table says of one server in one state: its status, whether it has applied the change, is routed."""

    status: str  # up, looping or down
    applied: bool
    routed: bool

    def words(self) -> str:
        """`up`, `loop+`, `down+-`: the status, `+` for applied, `-` for dropped from routing."""
        return CELL_WORDS[self.status] + ("+" if self.applied else "") + ("" if self.routed else "-")


@dataclass(frozen=True)
class ClassTally:
    """A class of interchangeable servers in one state: how many of its servers are in each `ServerCell`."""

    kind: int  # index into Platform.classes
    cells: tuple[tuple[ServerCell, int], ...]  # each cell that occurs and its servers, up before loop before down
    black_holes: int  # servers failed but still routed: the calls sent to them are lost

    @property
    def size(self) -> int:
        return sum(number for _, number in self.cells)

    def servers(self, status: str | None = None, applied: bool | None = None, routed: bool | None = None) -> int:
        """How many of its servers have `status`, `applied` and `routed` (None: any)."""
        return sum(
            number
            for cell, number in self.cells
            if status in (None, cell.status) and applied in (None, cell.applied) and routed in (None, cell.routed)
        )

    def words(self) -> str:
        """`60 servers, 3 down, 57 up, 3 dropped from routing, 60 applied the change`: the non-zero counts."""
        parts = [count(self.size, "server")]
        statuses = [(self.servers(status), word) for status, word in STATUS_WORDS.items()]
        parts += [f"{number_word(number)} {word}" for number, word in statuses if number]
        dropped, applied = self.servers(routed=False), self.servers(applied=True)
        if dropped:
            parts.append(f"{number_word(dropped)} dropped from routing")
        if self.black_holes:
            parts.append(f"{number_word(self.black_holes)} still routed (black holes)")
        if applied:
            parts.append(f"{number_word(applied)} applied the change")
        return ", ".join(parts)

    def table_cell(self) -> str:
        """`57 up+, 3 down+-`: each cell that occurs in the class, with its number of servers."""
        return ", ".join(f"{number:,} {cell.words()}" for cell, number in self.cells)


def class_tallies(platform: Platform, state: State[Any]) -> list[ClassTally]:
    """Each class of `platform` in `state`, its servers counted by `server_status`, `is_routed` and black holes."""
    tallies = []
    for kind, server_class in enumerate(platform.classes):
        cells: Counter[ServerCell] = Counter()
        black_holes = 0
        for index in server_class.members:
            record = state.servers[index]
            status, routed = server_status(platform, state, index), is_routed(platform, state, index)
            cells[ServerCell(status, bool(record.applied), routed)] += 1
            black_holes += bool(semantics.is_black_hole(CONCRETE, platform, state, server_class, record))
        ordered = sorted(cells.items(), key=lambda item: _cell_order(item[0]))
        tallies.append(ClassTally(kind, tuple(ordered), black_holes))
    return tallies


def _cell_order(cell: ServerCell) -> tuple[int, bool, bool]:
    """Up before loop before down; applied first, then routed first."""
    return _STATUS_ORDER.index(cell.status), not cell.applied, not cell.routed


def class_events(trace: Trace, step: int) -> list[str]:
    """The adversary's moves at `step` (>= 1), in words, the crashes of servers counted per class."""
    platform = trace.platform
    index_of = {member.name: index for index, member in enumerate(platform.servers)}
    crashed: dict[int, list[int]] = {}
    others = []
    for move in trace.moves(step):
        if move.fault is semantics.CRASH and move.name in index_of:
            index = index_of[move.name]
            crashed.setdefault(platform.servers[index].kind, []).append(index)
        else:
            others.append(move.words())
    return [f"crash {servers_of_classes(platform, indices)}" for _, indices in sorted(crashed.items())] + others


def step_table(trace: Trace) -> str:
    """The run as a fixed-width table: a row per state, a column per server.

    A cell reads `up`, `loop` or `down`; `+` marks a server that has applied
    the change, `-` one dropped from routing. A failed server still routed is
    a black hole. A design of more than twelve servers gets `class_table`.
    """
    if per_class(trace.platform):
        return class_table(trace)
    platform = trace.platform
    header = ["step", *(member.name for member in platform.servers)]
    if platform.backup is not None:
        header.append(platform.backup.name)
    header += ["capacity", "served", "events"]
    rows = [header]
    for step, record in enumerate(trace.to_json()):
        row = [str(step)]
        for server in record["servers"].values():
            row.append(ServerCell(server["state"], server["applied"], server["routed"]).words())
        if record["backup"] is not None:
            row.append(_backup_cell(record["backup"]["state"], record["backup"]["active"]))
        row += [f"{record['capacity']}/{platform.demand}", "yes" if record["served"] else "NO", ", ".join(trace.events(step)) if step else ""]
        rows.append(row)
    return _aligned(rows)


def class_table(trace: Trace) -> str:
    """The run as a fixed-width table: a row per class of interchangeable servers, a column per state.

    A cell counts the class's servers by what the per-server table would
    write for each: `57 up+, 3 down+-`. The backup has a row of its own;
    capacity and service close the table, and the adversary's moves follow
    it, a line per step, crashes counted per class.
    """
    platform = trace.platform
    steps = range(len(trace.states))
    rows = [["class", "servers", *(f"step {step}" for step in steps)]]
    tallies = [class_tallies(platform, state) for state in trace.states]
    for kind, name in enumerate(class_names(platform)):
        cells = [tallies[step][kind].table_cell() for step in steps]
        rows.append([str(name), f"{platform.classes[kind].size:,}", *cells])
    states = trace.states
    if platform.backup is not None:
        backup = [_backup_cell(backup_status(platform, state), state.backup_active) for state in states]
        rows.append([f"backup {platform.backup.name}", "1", *backup])
    capacities = [semantics.capacity(CONCRETE, platform, state) for state in states]
    rows.append(["capacity", "", *(f"{capacity}/{platform.demand}" for capacity in capacities)])
    rows.append(["served", "", *("yes" if semantics.serves(CONCRETE, platform, state) else "NO" for state in states)])
    events = [f"step {step}: {', '.join(class_events(trace, step))}" for step in steps if step and trace.moves(step)]
    if not events:
        return _aligned(rows)
    return "\n".join([_aligned(rows), "", "events:", *(f"  {line}" for line in events)])


def _backup_cell(status: str, active: bool) -> str:
    """The backup's cell: `up`, `loop` or `down`, and `active` once it has taken over."""
    return CELL_WORDS[status] + (" active" if active else "")


def _aligned(rows: list[list[str]]) -> str:
    """Rows of cells as fixed-width text, each column as wide as its widest cell."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows)
