"""The topology picture: calls, routing, sites with their servers, and the backup, at the failing step.

Calls enter at the top and reach the servers through routing, whose health
check the picture names. Each site is a box holding its servers; a lost
site is drawn dashed and red. Each server and the backup is coloured and
labelled by its status when the service property fails; an edge from
routing is solid while the server is routed, thick and dark when a failed
server is still routed (a black hole), and absent once it is dropped. The
backup hangs off the calls by its own path, solid while it carries the
calls, labelled with its trigger, whether it has taken over, and its
capacity when that is below the demand.

A design of more than twelve servers gets a box per class of
interchangeable servers in its site instead: its version and size, a bar
of its servers by status in proportion, and their counts, with a thick
dark border while any of them is a black hole. Where messages can set off
bugs, the signalling links join the boxes on their right, red where the
trigger travelled. Routing has one edge per
site, drawn while any server there is routed, thick and dark while any is
a black hole; the picture's size depends on the classes, not on the number
of servers.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from spec.platform import Platform
from spec.report.svg import (
    FAINT,
    HATCH,
    INK,
    STATUS_FILL,
    STATUS_LEGEND_WIDTH,
    Drawing,
    class_bar,
    class_lines,
    status_legend,
    text_width,
    title_width,
)
from spec.report.words import class_names, grouped, count, member_label, per_class
from spec.report.table import ClassTally, class_tallies
from spec.semantics import ServerView, StateView, backup_carries_demand
from spec.trace import Trace

BOX_HEIGHT = 40
COMPONENT_LINE = 14  # a component's line under a member's label
NODE_WIDTH = 320
CLASS_BOX_HEIGHT = 62
SITE_GAP = 24
SITES_TOP = 190
_WORD = {"up": "up", "looping": "restarting in a loop", "down": "down"}
_HEALTH = {"liveness": "liveness check", "end_to_end": "end-to-end check"}


@dataclass(frozen=True)
class _ServerBox:
    """A server at the failing step: its label and what the semantics' view says of it."""

    site: int | None
    label: str
    server: ServerView
    components: tuple[str, ...] = ()  # stacked under its label, one line each
    height: float = BOX_HEIGHT

    @property
    def edge(self) -> tuple[str, float] | None:
        """The stroke and width of its edge from routing; None once it is dropped."""
        if not self.server.routed:
            return None
        return (INK, 3) if self.server.black_hole else (FAINT, 1)

    def draw(self, drawing: Drawing, x: float, y: float, width: float) -> None:
        server = self.server
        _member(drawing, x, y, width, self.label, server.status, black_hole=server.black_hole, dropped=not server.routed,
                components=self.components)


@dataclass(frozen=True)
class _ClassBox:
    """A class of interchangeable servers at the failing step: its label and its servers counted."""

    site: int | None
    label: str
    tally: ClassTally
    height: float = CLASS_BOX_HEIGHT

    @property
    def edge(self) -> tuple[str, float] | None:
        """Thick and dark while any server is a black hole, thin while any is routed, None once all are dropped.

        Drawn once per site, the strongest of its classes' (`_site_edge`).
        """
        if self.tally.black_holes:
            return INK, 3
        return (FAINT, 1) if self.tally.servers(routed=True) else None

    def draw(self, drawing: Drawing, x: float, y: float, width: float) -> None:
        tally = self.tally
        drawing.rect(x, y, width, self.height, "#f4f4f4", stroke=INK if tally.black_holes else FAINT,
                     stroke_width=3 if tally.black_holes else 1, radius=4)
        drawing.text(x + 8, y + 16, self.label, size=12, bold=True)
        class_bar(drawing, x + 8, y + 22, width - 16, tally)
        statuses, notes = class_lines(tally)
        drawing.text(x + 8, y + 48, statuses, size=11, bold=tally.servers("up") < tally.size)
        if notes:
            drawing.text(x + 8, y + 59, notes, size=10)


_Box = _ServerBox | _ClassBox


def topology_svg(trace: Trace, title: str) -> str:
    """The platform of `trace` as it stands at the run's last step."""
    return _TopologyPicture(trace, title).draw()


class _TopologyPicture:
    """The picture's layout, worked out once; `draw` lays its parts down from the top: calls and routing, the sites
    with their boxes, the links, the backup, the legend."""

    def __init__(self, trace: Trace, title: str) -> None:
        self.trace, self.title = trace, title
        self.platform = platform = grouped(trace.platform)
        self.last = trace.views[-1]
        self.by_class = per_class(platform)
        self.boxes = _class_boxes(trace) if self.by_class else _server_boxes(platform, self.last)
        self.groups = _groups(platform, self.boxes)
        self.box_width = _box_width(platform, self.boxes)
        self.site_height = max(len(members) * (members[0].height + 12) for _, members in self.groups) + 34
        cluster_width = len(self.groups) * (self.box_width + 20 + SITE_GAP) - SITE_GAP
        self.routing = _routing_words(platform)
        self.node_width = max(NODE_WIDTH, text_width(self.routing, 11) + 24)
        self.middle = max(SITE_GAP + cluster_width / 2, 12 + self.node_width / 2)
        backup_width = 0 if platform.backup is None else self.box_width + 3 * SITE_GAP
        self.width = max(cluster_width + 2 * SITE_GAP + backup_width, _LEGEND_WIDTH, title_width(title), self.middle + self.node_width / 2 + 12)
        self.height = SITES_TOP + self.site_height + (125 if self.by_class else 90)

    def draw(self) -> str:
        drawing = Drawing(self.width, self.height, self.title)
        if self.by_class:
            drawing.define(HATCH)
        drawing.text(12, 24, self.title, size=15, bold=True)
        drawing.text(12, 44, f"at step {self.trace.length}, when the claim fails", size=12, fill=FAINT)
        self.calls_and_routing(drawing)
        anchors, right = self.sites(drawing)
        _links(drawing, self.trace, anchors)
        self.backup(drawing, right + SITE_GAP)
        _legend(drawing, self.height - 40 - (35 if self.by_class else 0), self.by_class)
        return drawing.render()

    def calls_and_routing(self, drawing: Drawing) -> None:
        """The calls, served or not, and routing with its health check, above the sites."""
        served = self.last.served
        demand = f"calls: demand {self.platform.demand}"
        _node(drawing, self.middle, 62, self.node_width, demand, "calls served" if served else "calls NOT served",
              "#dddddd" if served else "#f3c4c2")
        _node(drawing, self.middle, 124, self.node_width, "routing", self.routing, "#eeeeee")
        drawing.line(self.middle, 102, self.middle, 124, INK, 2)

    def sites(self, drawing: Drawing) -> tuple[dict[int, _Anchor], float]:
        """Each site a box holding its members, with the edges from routing; the members' anchors for the links, and
        the right edge of the last site."""
        anchors: dict[int, _Anchor] = {}
        placed: list[tuple[_Box, float, float]] = []
        x = SITE_GAP
        for site, members in self.groups:
            group_width = self.box_width + 20
            self.site_box(drawing, x, group_width, site)
            site_edge = _site_edge(members) if self.by_class else None
            if site_edge is not None:
                drawing.line(self.middle, 164, x + group_width / 2, SITES_TOP, *site_edge)
            placed += [(member, x + 10, SITES_TOP + 12 + position * (member.height + 12)) for position, member in enumerate(members)]
            x += group_width + SITE_GAP
        for member, box_x, box_y in placed:  # every edge from routing first, so that the boxes lie over them
            if not self.by_class and member.edge is not None:
                drawing.line(self.middle, 164, box_x + self.box_width / 2, box_y, *member.edge)
        for member, box_x, box_y in placed:
            member.draw(drawing, box_x, box_y, self.box_width)
            anchors[self.boxes.index(member)] = _Anchor(box_x - 2, box_x + self.box_width + 2, box_y, box_y + member.height / 2)
        return anchors, x

    def site_box(self, drawing: Drawing, x: float, width: float, site: str | None) -> None:
        """A site's box and label, dashed and red once lost; dashed for the servers without a site."""
        lost = site is not None and _site_lost(self.trace, site)
        drawing.rect(x, SITES_TOP, width, self.site_height, "#fafafa", stroke="#d9534f" if lost else FAINT,
                     stroke_width=2 if lost else 1, dash="6,4" if lost or site is None else None, radius=6)
        label = "no site" if site is None else f"site {site}" + (": LOST" if lost else "")
        drawing.text(x + 10, SITES_TOP + self.site_height - 10, label, size=12, bold=lost, fill="#b52b27" if lost else INK)

    def backup(self, drawing: Drawing, box_x: float) -> None:
        """The backup on its own path from the calls, with its trigger, whether it took over, and its site."""
        backup, status = self.platform.backup, self.last.backup
        if backup is None or status is None:
            return
        drawing.line(self.middle + self.node_width / 2, 82, box_x + self.box_width / 2, SITES_TOP + 12, INK if status.active else FAINT,
                     2, dash=None if status.carrying else "5,4")
        drawing.text(box_x, SITES_TOP - 6, f"backup ({self.platform.backup_trigger} trigger)", size=12, bold=True)
        label = member_label(self.platform, backup, with_site=False)
        _member(drawing, box_x, SITES_TOP + 12, self.box_width, label, status.status, black_hole=False, dropped=False)
        notes = ["has taken over" if status.active else "not started"]
        if not backup_carries_demand(self.platform.design):
            notes += [f"capacity {backup.capacity} < demand {self.platform.demand}:", "cannot carry the calls"]
        if backup.site is not None:
            site = self.platform.sites[backup.site]
            notes.append(f"at site {site}: LOST" if _site_lost(self.trace, site) else f"at site {site}")
        for line, note in enumerate(notes):
            drawing.text(box_x, SITES_TOP + 12 + BOX_HEIGHT + 16 + 15 * line, note, size=11)


LINK = "#8a6d3b"
TRIGGER = "#b52b27"


class _Anchor(NamedTuple):
    """Where links meet a box: its left and right edges (a little outside them), its top, and its middle's height."""

    left: float
    right: float
    top: float
    middle: float


def _links(drawing: Drawing, trace: Trace, anchors: dict[int, _Anchor]) -> None:
    """The signalling links where messages can set off bugs, drawn between the boxes they join, never across a box.

    A box is a server, or a class in the per-class view (a class linked with
    itself gets a loop). Boxes of one site are joined by an arc out of
    their right edges; boxes of two sites by a path along the gap above
    the left box, from its right edge to the right box's left edge, so it
    runs between the rows of boxes, not over them. A link that carried the
    trigger, from a signalling server to one that first received at the
    next step, is thick and red.
    """
    platform = grouped(trace.platform)
    if not platform.cascades:
        return
    linked = _linked_boxes(platform)
    carried = _trigger_hops(trace, linked)
    pairs = sorted({tuple(sorted((box, other))) for box, others in linked.items() for other in others})
    for first, second in pairs:
        hot = (first, second) in carried or (second, first) in carried
        stroke, width, dash = (TRIGGER, 2.5, None) if hot else (LINK, 1, "3,3")
        for start, end in itertools.pairwise(_link_path(anchors[first], anchors[second], first == second)):
            drawing.line(*start, *end, stroke, width, dash)


def _link_path(one: _Anchor, other: _Anchor, itself: bool) -> list[tuple[float, float]]:
    """The corners of a link's path between two boxes (`itself`: a class linked with itself, a loop)."""
    if one.left == other.left:
        bend = 14 if itself else 14 + abs(other.middle - one.middle) / 8
        top, bottom = (one.middle - 8, one.middle + 8) if itself else (one.middle, other.middle)
        return [(one.right, top), (one.right + bend, top), (one.right + bend, bottom), (one.right, bottom)]
    left, right = (one, other) if one.left < other.left else (other, one)
    lane = left.top - 6
    return [
        (left.right, left.middle),
        (left.right + 4, left.middle),
        (left.right + 4, lane),
        (right.left - 4, lane),
        (right.left - 4, right.middle),
        (right.left, right.middle),
    ]


def _linked_boxes(platform: Platform) -> dict[int, frozenset[int]]:
    """Per box (a server, or a class in the per-class view), the boxes linked with it; a class may be linked with itself."""
    return platform.class_neighbours if per_class(platform) else platform.server_neighbours


def _trigger_hops(trace: Trace, linked: dict[int, frozenset[int]]) -> set[tuple[int, int]]:
    """The (sender, receiver) boxes of the messages that were a server's first: the links the trigger travelled."""
    platform = grouped(trace.platform)
    of_box = (lambda index: platform.servers[index].class_index) if per_class(platform) else (lambda index: index)
    hops = set()
    for step in range(1, trace.length + 1):
        signalling = {of_box(index) for index in trace.signalling(step - 1)}
        receiving = {of_box(index) for index in trace.first_receipts(step)}
        hops |= {(sender, box) for box in receiving for sender in linked.get(box, frozenset()) & signalling}
    return hops


def _server_boxes(platform: Platform, last: StateView) -> list[_Box]:
    """A box per server, labelled `name · unit`, its components' units stacked under it."""
    boxes = []
    for member, server in zip(platform.servers, last.servers, strict=True):
        components = tuple(platform.units[unit] for unit in member.other_units)
        label = f"{member.name} · {platform.units[member.unit]}"
        boxes.append(_ServerBox(member.site, label, server, components, BOX_HEIGHT + COMPONENT_LINE * len(components)))
    return boxes


def _class_boxes(trace: Trace) -> list[_Box]:
    """A box per class of interchangeable servers at the last step, labelled `version · size` (a class of one by its server)."""
    platform = grouped(trace.platform)
    tallies = class_tallies(platform, trace.views[-1])
    boxes: list[_Box] = []
    for class_index, name in enumerate(class_names(platform)):
        size = "" if name.member is not None else f" · {count(platform.classes[class_index].size, 'server')}"
        boxes.append(_ClassBox(platform.classes[class_index].site, name.in_site() + size, tallies[class_index]))
    return boxes


def _site_edge(members: Sequence[_Box]) -> tuple[str, float] | None:
    """The strongest edge of a site's boxes: to a black hole, else to a routed server, else none."""
    edges = [member.edge for member in members if member.edge is not None]
    return max(edges, key=lambda edge: edge[1], default=None)


def _groups(platform: Platform, boxes: Sequence[_Box]) -> list[tuple[str | None, list[_Box]]]:
    """Boxes by site, in the order of `platform.sites`; boxes without a site last."""
    groups: list[tuple[str | None, list[_Box]]] = []
    for index, site in enumerate(platform.sites):
        members = [box for box in boxes if box.site == index]
        if members:
            groups.append((site, members))
    unsited = [box for box in boxes if box.site is None]
    if unsited:
        groups.append((None, unsited))
    return groups


def _site_lost(trace: Trace, site: str) -> bool:
    return trace.views[-1].lost[grouped(trace.platform).sites.index(site)]


def _routing_words(platform: Platform) -> str:
    """What the routing box says: its health check, and when it drops what it sees failed."""
    detect = platform.detect
    when = "at once" if detect == 0 else f"after {detect} step{'s' if detect > 1 else ''}"
    return f"{_HEALTH[platform.design.routing.health_check]}; drops what it sees failed {when}"


def _node(drawing: Drawing, middle: float, y: float, width: float, heading: str, detail: str, fill: str) -> None:
    """A box of `width` centred on `middle`: a heading in bold over a detail line."""
    drawing.rect(middle - width / 2, y, width, 40, fill, stroke=INK, radius=6)
    drawing.text(middle, y + 17, heading, anchor="middle", bold=True)
    drawing.text(middle, y + 32, detail, size=11, anchor="middle")


def _box_width(platform: Platform, boxes: Sequence[_Box]) -> float:
    """Wide enough for the longest label in bold 12 px (the backup's too), and a class's counts at 11 px."""
    labels = [box.label for box in boxes]
    if platform.backup is not None:
        labels.append(member_label(platform, platform.backup, with_site=False))
    lines = [line for box in boxes if isinstance(box, _ClassBox) for line in class_lines(box.tally)]
    return max(200.0, 7.6 * max(len(label) for label in labels) + 36, *(6.6 * len(line) + 24 for line in lines))


def _member(
    drawing: Drawing,
    x: float,
    y: float,
    box_width: float,
    label: str,
    status: str,
    black_hole: bool,
    dropped: bool,
    components: Sequence[str] = (),
) -> None:
    """A member's box: its label, each of its components' units stacked under it (`+ falcon`), and its status."""
    stacked = COMPONENT_LINE * len(components)
    drawing.rect(x, y, box_width, BOX_HEIGHT + stacked, STATUS_FILL[status], stroke=INK if black_hole else "none",
                 stroke_width=3, radius=4)
    drawing.text(x + 8, y + 16, label, size=12, bold=True)
    for line, component in enumerate(components):
        drawing.text(x + 8, y + 30 + COMPONENT_LINE * line, f"+ {component}", size=11)
    drawing.text(x + 8, y + 32 + stacked, _WORD[status] + (", dropped" if dropped else ""), size=11)
    if status != "up":
        drawing.line(x + box_width - 22, y + 6, x + box_width - 8, y + 20, INK, 3)
        drawing.line(x + box_width - 8, y + 6, x + box_width - 22, y + 20, INK, 3)


_BLACK_HOLE_EDGE = "routed to a failed server: calls lost"
_LEGEND_WIDTH = 12 + STATUS_LEGEND_WIDTH + 36 + text_width(_BLACK_HOLE_EDGE, 11) + 12
"""Room for the legend's first line, the widest, with margins: the picture is at least this wide."""


def _legend(drawing: Drawing, y: float, by_class: bool) -> None:
    """The statuses and the edges; in a class view, what a class box shows."""
    x = status_legend(drawing, 12, y)
    drawing.line(x, y + 7, x + 30, y + 7, INK, 3)
    drawing.text(x + 36, y + 11, _BLACK_HOLE_EDGE, size=11)
    drawing.line(x, y + 27, x + 30, y + 27, FAINT, 1)
    drawing.text(x + 36, y + 31, "routed to a working server", size=11)
    if by_class:
        drawing.rect(12, y + 40, 18, 14, STATUS_FILL["up"])
        drawing.rect(30, y + 40, 6, 14, STATUS_FILL["down"])
        drawing.rect(30, y + 40, 6, 14, "url(#dropped)")
        drawing.text(44, y + 52, "a box per class of interchangeable servers: its servers by status, in proportion,",
                     size=11)
        drawing.text(44, y + 67, "hatched where dropped from routing; a thick border while some are failed "
                     "but still routed", size=11)
