"""The timeline picture: a row per server and the backup, a column per step.

Each cell is coloured and labelled by the member's status at that step (up,
loop, down). A black diamond marks a server that has applied the change (with
`[[changes]]`, a diamond per change it has applied, and a row of marks per
change below the servers); a
hatched cell, one dropped from routing; a thick dark border, a failed
server still routed, which swallows the calls sent to it. Below the
servers, the cluster's capacity, the share of calls lost (a band filled in
proportion) and whether calls were served; below the grid, the faults the
run uses and a legend.

A design of more than twelve servers gets a row per class of
interchangeable servers instead: a cell holds a bar of the class's servers
by status, in proportion (hatched where dropped), and their counts in
words; a thick dark border marks a class with servers failed but still
routed. The picture's size depends on the classes and steps, not on the
number of servers.

Where links carry messages, a ring marks a server restarted at that step
and a small arrow a server that received its first message (in a class
row, their numbers), so a cascade can be followed hop by hop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from spec import semantics
from spec.platform import Platform
from spec.report.story import faults_used
from spec.report.svg import (
    FAINT,
    HATCH,
    INK,
    LOST_FILL,
    SERVED_FILL,
    STATUS_FILL,
    Drawing,
    class_bar,
    class_lines,
    status_legend,
    text_width,
    title_width,
)
from spec.report.words import class_names, grouped, count, member_label, per_class, percent
from spec.report.table import CELL_WORDS, ClassTally, class_tallies, lost_words
from spec.semantics import StateView
from spec.trace import Trace

CELL_WIDTH, CELL_HEIGHT = 58, 34
CLASS_ROW_HEIGHT = 52
TOP = 74


@dataclass(frozen=True)
class _Grid:
    """Where the cells go: the x of the first column, a column's width, a member row's height."""

    left: float
    cell_width: float = CELL_WIDTH
    row_height: float = CELL_HEIGHT

    def column(self, step: int) -> float:
        return self.left + step * self.cell_width

    def row(self, row: int) -> float:
        return TOP + row * self.row_height


def timeline_svg(trace: Trace, title: str) -> str:
    """The run of `trace` as an SVG timeline: a row per server, or per class of servers in a large design."""
    platform, views = grouped(trace.platform), trace.views
    steps = len(views)
    by_class = per_class(platform)
    tallies = [class_tallies(platform, shown) for shown in trace.views] if by_class else []
    rows = (len(platform.classes) if by_class else len(platform.servers)) + (platform.backup is not None) + len(platform.roll_outs)
    signalling = _Signalling.of(trace)
    grid = _class_grid(platform, tallies, signalling) if by_class else _Grid(_label_width(platform))
    grid_bottom = grid.row(rows) + 3 * CELL_HEIGHT + 6
    faults = [str(fault) for fault in faults_used(trace)]
    widest_fault = max((text_width(fault) for fault in faults), default=0)
    width = max(grid.column(steps) + 20, 720, title_width(title), 24 + widest_fault + 12)
    marks = 22 if platform.cascades and not by_class else 0
    height = grid_bottom + 30 + 18 * max(len(faults), 1) + (140 if by_class else 110) + marks
    drawing = Drawing(width, height, title)
    drawing.define(HATCH)
    drawing.text(12, 24, title, size=15, bold=True)
    drawing.text(12, 44, f"{trace.length} step{'s' if trace.length != 1 else ''}"
                 + (f" of {platform.design.step_length}" if platform.design.step_length else "") + "; state 0 is before any step",
                 size=12, fill=FAINT)
    for step in range(steps):
        x = grid.column(step) + grid.cell_width / 2
        drawing.text(x, TOP - 8, f"step {step}", size=11, anchor="middle", fill=FAINT)

    if by_class:
        row = _class_rows(drawing, grid, platform, tallies, signalling)
    else:
        row = _server_rows(drawing, grid, platform, views, signalling)
    backup = platform.backup
    if backup is not None:
        _label(drawing, grid, row, "backup " + member_label(platform, backup))
        for step, shown in enumerate(views):
            if shown.backup is not None:
                _cell(drawing, grid, step, row, shown.backup.status, note="active" if shown.backup.active else "standby")
        row += 1
    row += _change_rows(drawing, grid, row, platform, views)

    _totals(drawing, grid, grid.row(row) + 6, views, platform)
    y = grid_bottom + 30
    drawing.text(12, y, "Faults the run uses", size=12, bold=True)
    for fault in faults or ["none: the design fails on its own"]:
        y += 18
        drawing.text(24, y, fault, size=12)
    _legend(drawing, y + 28, by_class, platform.cascades, platform.several_changes)
    return drawing.render()


@dataclass(frozen=True)
class _Signalling:
    """Per step, the servers (indices) restarted by the adversary and those that received their first message."""

    restarted: tuple[frozenset[int], ...]
    received: tuple[frozenset[int], ...]

    @staticmethod
    def of(trace: Trace) -> _Signalling:
        index_of = {member.name: index for index, member in enumerate(grouped(trace.platform).servers)}
        steps = range(1, trace.length + 1)
        restarted = [frozenset(index_of[move.name] for move in trace.moves(step) if move.fault is semantics.RESTART) for step in steps]
        received = [frozenset(trace.first_receipts(step)) if grouped(trace.platform).cascades else frozenset() for step in steps]
        return _Signalling((frozenset(), *restarted), (frozenset(), *received))

    def in_class(self, platform: Platform, class_index: int, step: int) -> str:
        """`2 restarted · 37 received` for the servers of class `class_index` at `step`; empty if none."""
        def of_class(indices: frozenset[int]) -> int:
            return sum(1 for index in indices if platform.servers[index].class_index == class_index)

        numbers = [(of_class(self.restarted[step]), "restarted"), (of_class(self.received[step]), "received")]
        return " · ".join(f"{number:,} {words}" for number, words in numbers if number)


def _server_rows(drawing: Drawing, grid: _Grid, platform: Platform, views: Sequence[StateView], signalling: _Signalling) -> int:
    """A row per server; the number of rows drawn."""
    for row, member in enumerate(platform.servers):
        _label(drawing, grid, row, member_label(platform, member))
        for step, shown in enumerate(views):
            server = shown.servers[row]
            _cell(drawing, grid, step, row, server.status, applied=len(server.changes) if platform.several_changes else int(server.applied),
                  dropped=not server.routed, black_hole=server.black_hole)
            _signal_marks(drawing, grid, step, row, row in signalling.restarted[step], row in signalling.received[step])
    return len(platform.servers)


def _class_rows(drawing: Drawing, grid: _Grid, platform: Platform, tallies: list[list[ClassTally]],
                signalling: _Signalling) -> int:
    """A row per class of interchangeable servers, labelled with its name and size; the number of rows drawn."""
    for row, name in enumerate(class_names(platform)):
        y = grid.row(row) + grid.row_height / 2
        drawing.text(12, y - 2, str(name), size=12, bold=True)
        drawing.text(12, y + 14, count(platform.classes[row].size, "server"), size=11, fill=FAINT)
        for step, by_kind in enumerate(tallies):
            _class_cell(drawing, grid, step, row, by_kind[row], signalling.in_class(platform, row, step))
    return len(platform.classes)


def _change_rows(drawing: Drawing, grid: _Grid, first: int, platform: Platform, views: Sequence[StateView]) -> int:
    """With `[[changes]]`, a row of marks per change: at each step, how many servers took it (a diamond), or `halted`
    where its gate stopped a batch that was due; the number of rows drawn."""
    for number, roll_out in enumerate(platform.roll_outs):
        row = first + number
        _label(drawing, grid, row, _change_labels(platform)[number])
        for step in range(1, len(views)):
            done = semantics.change_step(platform, number, step, views[step - 1], views[step])
            x, y = grid.column(step) + 1, grid.row(row) + 1
            middle = y + (grid.row_height - 2) / 2
            took = len(done.took) + done.backup_took
            if took:
                drawing.polygon([(x + 3, middle), (x + 8, middle - 5), (x + 13, middle), (x + 8, middle + 5)], INK)
                drawing.text(x + 17, middle + 4, f"{took:,}", size=11)
            if done.halts:
                drawing.text(x + grid.cell_width / 2, middle + 4, "halted", size=11, anchor="middle", bold=True)
    return len(platform.roll_outs)


def _change_labels(platform: Platform) -> list[str]:
    return [f"change {roll_out.name}" for roll_out in platform.roll_outs]


def _label(drawing: Drawing, grid: _Grid, row: int, label: str) -> None:
    drawing.text(12, grid.row(row) + grid.row_height / 2 + 4, label, size=12)


def _totals(drawing: Drawing, grid: _Grid, top: float, views: Sequence[StateView], platform: Platform) -> None:
    """Below the members, per step: capacity against demand, the share of calls lost as a band, and whether calls were served."""
    demand, threshold = platform.demand, platform.max_lost_share
    drawing.line(12, top - 3, grid.column(len(views)), top - 3, FAINT)
    for line, label in enumerate(_totals_labels(platform)):
        drawing.text(12, top + CELL_HEIGHT * (line + 0.5) + 4, label, size=12, bold=True)
    middle = grid.cell_width / 2
    for step, shown in enumerate(views):
        x = grid.column(step)
        drawing.text(x + middle, top + CELL_HEIGHT / 2 + 4, f"{shown.capacity}/{demand}", anchor="middle")
        _lost_band(drawing, x, top + CELL_HEIGHT, grid.cell_width, shown, threshold)
        served = shown.served
        drawing.rect(x + 1, top + 2 * CELL_HEIGHT + 1, grid.cell_width - 2, CELL_HEIGHT - 2, SERVED_FILL[served], radius=3)
        words = "yes" if served else "NO"
        drawing.text(x + middle, top + CELL_HEIGHT * 2.5 + 4, words, anchor="middle", bold=not served)


def _totals_labels(platform: Platform) -> list[str]:
    """The labels of the rows below the members: capacity, calls lost (with the threshold, if any), calls served."""
    threshold = platform.max_lost_share
    lost = f"calls lost (at most {percent(threshold)})" if threshold else "calls lost"
    return [f"capacity (demand {platform.demand})", lost, "calls served"]


def _lost_band(drawing: Drawing, x: float, top: float, width: float, shown: StateView, threshold: Fraction) -> None:
    """A cell's band: an outline the cell wide, filled from the left in proportion to the share lost, a tick at the
    threshold when there is one, and the share in figures; empty, and `backup`, while the backup carries the calls."""
    inner = width - 2
    share = Fraction(0) if shown.backup_carrying else shown.lost_share
    drawing.rect(x + 1, top + 1, inner, CELL_HEIGHT - 2, "none", radius=3, stroke=FAINT)
    if share:
        drawing.rect(x + 1, top + 1, max(float(share) * inner, 2), CELL_HEIGHT - 2, LOST_FILL, radius=3)
    if threshold:
        tick = x + 1 + max(float(threshold) * inner, 2)
        drawing.line(tick, top + 1, tick, top + CELL_HEIGHT - 1, INK, 2)
    drawing.text(x + width / 2, top + CELL_HEIGHT / 2 + 4, lost_words(shown), anchor="middle")


def _label_width(platform: Platform) -> float:
    """Room for the longest row label at 12 px."""
    labels = [member_label(platform, member) for member in platform.servers]
    if platform.backup is not None:
        labels.append("backup " + member_label(platform, platform.backup))
    labels += _totals_labels(platform) + _change_labels(platform)
    return max(7.2 * max(len(label) for label in labels) + 28, 150)


def _class_grid(platform: Platform, tallies: list[list[ClassTally]], signalling: _Signalling) -> _Grid:
    """Room for the longest class name in bold 12 px, and columns wide enough for the longest count in a cell."""
    labels = _totals_labels(platform) + _change_labels(platform)
    if platform.backup is not None:
        labels.append("backup " + member_label(platform, platform.backup))
    names = [str(name) for name in class_names(platform)]
    left = max(7.2 * max(len(label) for label in labels) + 28, 7.8 * max(len(name) for name in names) + 28, 150)
    longest = max(
        (
            len(line)
            for step, by_kind in enumerate(tallies)
            for tally in by_kind
            for line in _class_text(tally, signalling.in_class(platform, tally.class_index, step))
        ),
        default=0,
    )
    return _Grid(left, cell_width=max(CELL_WIDTH, 6.6 * longest + 20), row_height=CLASS_ROW_HEIGHT)


def _cell(
    drawing: Drawing,
    grid: _Grid,
    step: int,
    row: int,
    status: str,
    applied: int = 0,
    dropped: bool = False,
    black_hole: bool = False,
    note: str = "",
) -> None:
    x, y = grid.column(step) + 1, grid.row(row) + 1
    width, height = grid.cell_width - 2, grid.row_height - 2
    drawing.rect(x, y, width, height, STATUS_FILL[status], stroke=INK if black_hole else "none", stroke_width=3, radius=3)
    if dropped:
        drawing.rect(x, y, width, height, "url(#dropped)", radius=3)
    for mark in range(applied):  # a diamond per change applied
        left = x + 3 + 11 * mark
        drawing.polygon([(left, y + 8), (left + 5, y + 3), (left + 10, y + 8), (left + 5, y + 13)], INK)
    word_y = y + height / 2 + (0 if note else 4)
    if dropped:
        drawing.rect(x + width / 2 - 17, word_y - 10, 34, 13, "white", radius=2)
    drawing.text(x + width / 2, word_y, CELL_WORDS[status], anchor="middle", bold=status != "up")
    if note:
        drawing.text(x + width / 2, word_y + 12, note, size=9, anchor="middle")


def _signal_marks(drawing: Drawing, grid: _Grid, step: int, row: int, restarted: bool, received: bool) -> None:
    """A ring in the top right corner for a restart at this step, an arrow in the bottom left for a first message."""
    x, y = grid.column(step) + 1, grid.row(row) + 1
    width, height = grid.cell_width - 2, grid.row_height - 2
    if restarted:
        _restart_ring(drawing, x + width - 12, y + 3)
    if received:
        _receipt_arrow(drawing, x + 3, y + height - 11)


def _restart_ring(drawing: Drawing, x: float, y: float) -> None:
    drawing.rect(x, y, 9, 9, "none", stroke=INK, stroke_width=2, radius=4.5)


def _receipt_arrow(drawing: Drawing, x: float, y: float) -> None:
    drawing.polygon([(x, y), (x + 9, y + 4), (x, y + 8)], INK)


def _class_cell(drawing: Drawing, grid: _Grid, step: int, row: int, tally: ClassTally, signals: str) -> None:
    """A class's servers at one step: its bar over its counts and restarts and first messages; a thick
    dark border if some are black holes."""
    x, y = grid.column(step) + 1, grid.row(row) + 1
    width, height = grid.cell_width - 2, grid.row_height - 2
    drawing.rect(x, y, width, height, "#f4f4f4", stroke=INK if tally.black_holes else "none", stroke_width=3, radius=3)
    class_bar(drawing, x + 5, y + 5, width - 10, tally)
    statuses, notes = _class_text(tally, signals)
    drawing.text(x + width / 2, y + 33, statuses, size=11, anchor="middle", bold=tally.servers("up") < tally.size)
    if notes:
        drawing.text(x + width / 2, y + 45, notes, size=10, anchor="middle")


def _class_text(tally: ClassTally, signals: str) -> tuple[str, str]:
    """A class cell's two lines: its servers by status, then applied, dropped, still routed, restarted, received."""
    statuses, notes = class_lines(tally)
    return statuses, " · ".join(part for part in (notes, signals) if part)


def _legend(drawing: Drawing, y: float, by_class: bool, cascades: bool, several_changes: bool = False) -> None:
    """The statuses, then the marks; a class view has no diamonds or rings, and says what a class row shows.

    With `[[changes]]` a server's cell has a diamond per change it has applied, and each change its row of marks.
    """
    drawing.text(12, y, "Legend", size=12, bold=True)
    status_legend(drawing, 12, y + 8)
    y += 30
    x = 12 if by_class else 190
    if not by_class:
        drawing.polygon([(12, y + 8), (17, y + 3), (22, y + 8), (17, y + 13)], INK)
        drawing.text(30, y + 12, "one per change applied" if several_changes else "has applied the change", size=11)
    drawing.rect(x, y, 18, 14, STATUS_FILL["down"], radius=2)
    drawing.rect(x, y, 18, 14, "url(#dropped)", radius=2)
    drawing.text(x + 24, y + 12, "dropped from routing", size=11)
    drawing.rect(x + 170, y, 18, 14, STATUS_FILL["looping"], stroke=INK, stroke_width=3, radius=2)
    drawing.text(x + 194, y + 12, "failed but still routed: calls sent there are lost", size=11)
    if cascades and not by_class:
        y += 22
        _restart_ring(drawing, 14, y + 2)
        drawing.text(30, y + 11, "restarted at this step", size=11)
        _receipt_arrow(drawing, 190, y + 2)
        drawing.text(206, y + 11, "received its first message at this step", size=11)
    if by_class:
        y += 26
        drawing.rect(12, y, 18, 14, STATUS_FILL["up"])
        drawing.rect(30, y, 6, 14, STATUS_FILL["down"])
        drawing.rect(30, y, 6, 14, "url(#dropped)")
        drawing.text(44, y + 12, "a row per class of interchangeable servers: the bar shows its servers by status, "
                     "in proportion;", size=11)
        drawing.text(44, y + 27, "under it, their counts: applied the change, dropped from routing, "
                     "failed but still routed", size=11)
