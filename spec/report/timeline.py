"""The timeline picture: a row per server and the backup, a column per step.

Each cell is coloured and labelled by the member's status at that step (up,
loop, down). A black diamond marks a server that has applied the change; a
hatched cell, one dropped from routing; a thick dark border, a failed
server still routed, which swallows the calls sent to it. Below the
servers, the cluster's capacity and whether calls were served; below the
grid, the faults the run uses and a legend.
"""

from __future__ import annotations

from spec.platform import Platform
from spec.report.story import faults_used
from spec.report.svg import FAINT, HATCH, INK, SERVED_FILL, STATUS_FILL, Drawing, status_legend, title_width
from spec.report.words import member_label
from spec.trace import CELL_WORDS, Trace

CELL_WIDTH, CELL_HEIGHT = 58, 34
TOP = 74


def timeline_svg(trace: Trace, title: str) -> str:
    """The run of `trace` as an SVG timeline."""
    platform, records = trace.platform, trace.to_json()
    steps = len(records)
    members = len(platform.servers) + (platform.backup is not None)
    grid_bottom = TOP + (members + 2) * CELL_HEIGHT + 6
    faults = [str(fault) for fault in faults_used(trace)]
    left = _label_width(platform)
    width = max(left + steps * CELL_WIDTH + 20, 720, title_width(title))
    height = grid_bottom + 30 + 18 * max(len(faults), 1) + 110
    drawing = Drawing(width, height, title)
    drawing.define(HATCH)
    drawing.text(12, 24, title, size=15, bold=True)
    drawing.text(12, 44, f"{trace.length} step{'s' if trace.length != 1 else ''}"
                 + (f" of {platform.design.step}" if platform.design.step else "") + "; state 0 is before any step",
                 size=12, fill=FAINT)
    for step in range(steps):
        drawing.text(_column(left, step) + CELL_WIDTH / 2, TOP - 8, f"step {step}", size=11, anchor="middle", fill=FAINT)

    row = 0
    for index, member in enumerate(platform.servers):
        label = member_label(platform, member)
        drawing.text(12, _row(row) + CELL_HEIGHT / 2 + 4, label, size=12)
        for step, record in enumerate(records):
            server = record["servers"][member.name]
            failed = server["state"] != "up"
            _cell(drawing, left, step, row, server["state"], applied=server["applied"],
                  dropped=not server["routed"], black_hole=failed and server["routed"])
        row += 1
    backup = platform.backup
    if backup is not None:
        drawing.text(12, _row(row) + CELL_HEIGHT / 2 + 4, "backup " + member_label(platform, backup), size=12)
        for step, record in enumerate(records):
            state = record["backup"]
            _cell(drawing, left, step, row, state["state"], note="active" if state["active"] else "standby")
        row += 1

    top_of_totals = _row(row) + 6
    drawing.line(12, top_of_totals - 3, _column(left, steps), top_of_totals - 3, FAINT)
    drawing.text(12, top_of_totals + CELL_HEIGHT / 2 + 4, f"capacity (demand {platform.demand})", size=12, bold=True)
    drawing.text(12, top_of_totals + CELL_HEIGHT * 1.5 + 4, "calls served", size=12, bold=True)
    for step, record in enumerate(records):
        x = _column(left, step)
        drawing.text(x + CELL_WIDTH / 2, top_of_totals + CELL_HEIGHT / 2 + 4, f"{record['capacity']}/{platform.demand}", anchor="middle")
        served = record["served"]
        drawing.rect(x + 1, top_of_totals + CELL_HEIGHT + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2, SERVED_FILL[served], radius=3)
        drawing.text(x + CELL_WIDTH / 2, top_of_totals + CELL_HEIGHT * 1.5 + 4, "yes" if served else "NO", anchor="middle", bold=not served)

    y = grid_bottom + 30
    drawing.text(12, y, "Faults the run uses", size=12, bold=True)
    for fault in faults or ["none: the design fails on its own"]:
        y += 18
        drawing.text(24, y, fault, size=12)
    _legend(drawing, y + 28)
    return drawing.render()


def _label_width(platform: Platform) -> float:
    """Room for the longest row label at 12 px."""
    labels = [member_label(platform, member) for member in platform.servers]
    if platform.backup is not None:
        labels.append("backup " + member_label(platform, platform.backup))
    labels.append(f"capacity (demand {platform.demand})")
    return max(7.2 * max(len(label) for label in labels) + 28, 150)


def _column(left: float, step: int) -> float:
    return left + step * CELL_WIDTH


def _row(row: int) -> float:
    return TOP + row * CELL_HEIGHT


def _cell(
    drawing: Drawing,
    left: float,
    step: int,
    row: int,
    status: str,
    applied: bool = False,
    dropped: bool = False,
    black_hole: bool = False,
    note: str = "",
) -> None:
    x, y = _column(left, step) + 1, _row(row) + 1
    width, height = CELL_WIDTH - 2, CELL_HEIGHT - 2
    drawing.rect(x, y, width, height, STATUS_FILL[status], stroke=INK if black_hole else "none", stroke_width=3, radius=3)
    if dropped:
        drawing.rect(x, y, width, height, "url(#dropped)", radius=3)
    if applied:
        drawing.polygon([(x + 3, y + 8), (x + 8, y + 3), (x + 13, y + 8), (x + 8, y + 13)], INK)
    word_y = y + height / 2 + (0 if note else 4)
    if dropped:
        drawing.rect(x + width / 2 - 17, word_y - 10, 34, 13, "white", radius=2)
    drawing.text(x + width / 2, word_y, CELL_WORDS[status], anchor="middle", bold=status != "up")
    if note:
        drawing.text(x + width / 2, word_y + 12, note, size=9, anchor="middle")


def _legend(drawing: Drawing, y: float) -> None:
    drawing.text(12, y, "Legend", size=12, bold=True)
    status_legend(drawing, 12, y + 8)
    y += 30
    drawing.polygon([(12, y + 8), (17, y + 3), (22, y + 8), (17, y + 13)], INK)
    drawing.text(30, y + 12, "has applied the change", size=11)
    drawing.rect(190, y, 18, 14, STATUS_FILL["down"], radius=2)
    drawing.rect(190, y, 18, 14, "url(#dropped)", radius=2)
    drawing.text(214, y + 12, "dropped from routing", size=11)
    drawing.rect(360, y, 18, 14, STATUS_FILL["looping"], stroke=INK, stroke_width=3, radius=2)
    drawing.text(384, y + 12, "failed but still routed: calls sent there are lost", size=11)
