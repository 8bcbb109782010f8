"""The step table: a counterexample as fixed-width text, a column per server or a row per class.

A design of more than twelve servers (`spec.report.words.per_class`) is
shown a row per class of interchangeable servers, its servers counted by
what the semantics' view of each state says of each (`semantics.view`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from spec import semantics
from spec.platform import Platform
from spec.report.words import backup_too_small, class_names, grouped, count, number_word, per_class, percent, servers_of_classes
from spec.semantics import StateView
from spec.trace import Trace


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

    class_index: int  # index into Platform.classes
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


def class_tallies(platform: Platform, shown: StateView) -> list[ClassTally]:
    """Each class of `platform` in a state's view, its servers counted by status, applied, routed and black holes."""
    tallies = []
    for class_index, server_class in enumerate(platform.classes):
        cells: Counter[ServerCell] = Counter()
        black_holes = 0
        for index in server_class.members:
            server = shown.servers[index]
            cells[ServerCell(server.status, server.applied, server.routed)] += 1
            black_holes += server.black_hole
        ordered = sorted(cells.items(), key=lambda item: _cell_order(item[0]))
        tallies.append(ClassTally(class_index, tuple(ordered), black_holes))
    return tallies


def _cell_order(cell: ServerCell) -> tuple[int, bool, bool]:
    """Up before loop before down; applied first, then routed first."""
    return _STATUS_ORDER.index(cell.status), not cell.applied, not cell.routed


def class_events(trace: Trace, step: int) -> list[str]:
    """The adversary's moves at `step` (>= 1), in words, the moves made on servers (crashes, restarts) counted per class."""
    platform = grouped(trace.platform)
    index_of = {member.name: index for index, member in enumerate(platform.servers)}
    on_servers: dict[tuple[int, int], list[int]] = {}
    others = []
    for move in trace.moves(step):
        if move.fault.server_move is not None and move.name in index_of:
            index = index_of[move.name]
            kind_order = semantics.FAULT_KINDS.index(move.fault)
            on_servers.setdefault((kind_order, platform.servers[index].class_index), []).append(index)
        else:
            others.append(move.words())
    counted = [
        f"{semantics.FAULT_KINDS[kind_order].event} {servers_of_classes(platform, indices)}"
        for (kind_order, _), indices in sorted(on_servers.items())
    ]
    return counted + others


def step_table(trace: Trace) -> str:
    """The run as a fixed-width table: a row per state, a column per server.

    A cell reads `up`, `loop` or `down`; `+` marks a server that has applied
    the change, `-` one dropped from routing. A failed server still routed is
    a black hole. A design of more than twelve servers gets `class_table`.
    """
    if per_class(grouped(trace.platform)):
        return class_table(trace)
    platform = grouped(trace.platform)
    header = ["step", *(member.name for member in platform.servers)]
    if platform.backup is not None:
        header.append(platform.backup.name)
    header += ["capacity", "lost", "served", "events"]
    rows = [header]
    for step, (record, shown) in enumerate(zip(trace.to_json(), trace.views, strict=True)):
        row = [str(step)]
        for server in record["servers"].values():
            row.append(ServerCell(server["state"], server["applied"], server["routed"]).words())
        if record["backup"] is not None:
            row.append(_backup_cell(record["backup"]["state"], record["backup"]["active"]))
        row += [_capacity_cell(platform, shown), lost_words(shown), _served_cell(shown), ", ".join(trace.events(step)) if step else ""]
        rows.append(row)
    return "\n".join([_aligned(rows), *_notes(platform)])


def class_table(trace: Trace) -> str:
    """The run as a fixed-width table: a row per class of interchangeable servers, a column per state.

    A cell counts the class's servers by what the per-server table would
    write for each: `57 up+, 3 down+-`. The backup has a row of its own;
    capacity and service close the table, and the adversary's moves follow
    it, a line per step, crashes counted per class.
    """
    platform = grouped(trace.platform)
    steps = range(len(trace.states))
    rows = [["class", "servers", *(f"step {step}" for step in steps)]]
    tallies = [class_tallies(platform, shown) for shown in trace.views]
    for class_index, name in enumerate(class_names(platform)):
        cells = [tallies[step][class_index].table_cell() for step in steps]
        rows.append([str(name), f"{platform.classes[class_index].size:,}", *cells])
    views = trace.views
    if platform.backup is not None:
        backup = [_backup_cell(shown.backup.status, shown.backup.active) for shown in views if shown.backup is not None]
        rows.append([f"backup {platform.backup.name}", "1", *backup])
    rows.append(["capacity", "", *(_capacity_cell(platform, shown) for shown in views)])
    rows.append(["lost", "", *(lost_words(shown) for shown in views)])
    rows.append(["served", "", *(_served_cell(shown) for shown in views)])
    events = [f"step {step}: {', '.join(class_events(trace, step))}" for step in steps if step and trace.moves(step)]
    listed = ["", "events:", *(f"  {line}" for line in events)] if events else []
    return "\n".join([_aligned(rows), *_notes(platform), *listed])


def _notes(platform: Platform) -> list[str]:
    """Lines under a table: the backup's capacity, when it cannot carry the demand alone."""
    note = backup_too_small(platform.design)
    return [note] if note else []


def lost_words(shown: StateView) -> str:
    """The share of calls the cluster loses, or `backup` while the backup carries the calls."""
    return "backup" if shown.backup_carrying else percent(shown.lost_share)


def _capacity_cell(platform: Platform, shown: StateView) -> str:
    """The up capacity over the demand."""
    return f"{shown.capacity}/{platform.demand}"


def _served_cell(shown: StateView) -> str:
    return "yes" if shown.served else "NO"


def _backup_cell(status: str, active: bool) -> str:
    """The backup's cell: `up`, `loop` or `down`, and `active` once it has taken over."""
    return CELL_WORDS[status] + (" active" if active else "")


def _aligned(rows: list[list[str]]) -> str:
    """Rows of cells as fixed-width text, each column as wide as its widest cell."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows)
