"""The topology picture: calls, routing, sites with their servers, and the backup, at the failing step.

Calls enter at the top and reach the servers through routing, whose health
check the picture names. Each site is a box holding its servers; a lost
site is drawn dashed and red. Each server and the backup is coloured and
labelled by its status when the service property fails; an edge from
routing is solid while the server is routed, thick and dark when a failed
server is still routed (a black hole), and absent once it is dropped. The
backup hangs off the calls by its own path, labelled with its trigger and
whether it has taken over.
"""

from __future__ import annotations

from spec.platform import Member, Platform
from spec.report.svg import FAINT, INK, STATUS_FILL, Drawing, status_legend, title_width
from spec.report.words import member_label
from spec.trace import Trace

BOX_HEIGHT = 40
SITE_GAP = 24
SITES_TOP = 190
_WORD = {"up": "up", "looping": "restarting in a loop", "down": "down"}
_HEALTH = {"liveness": "liveness check", "end_to_end": "end-to-end check"}


def topology_svg(trace: Trace, title: str) -> str:
    """The platform of `trace` as it stands at the run's last step."""
    platform = trace.platform
    last = trace.to_json()[-1]
    groups = _groups(platform)
    box_width = _box_width(platform)
    site_height = max(len(members) for _, members in groups) * (BOX_HEIGHT + 12) + 34
    backup_width = 0 if platform.backup is None else box_width + 3 * SITE_GAP
    width = max(len(groups) * (box_width + 20 + SITE_GAP) + SITE_GAP + backup_width, 560, title_width(title))
    height = SITES_TOP + site_height + 90
    drawing = Drawing(width, height, title)
    drawing.text(12, 24, title, size=15, bold=True)
    drawing.text(12, 44, f"at step {trace.length}, when the claim fails", size=12, fill=FAINT)

    cluster_width = len(groups) * (box_width + 20 + SITE_GAP) - SITE_GAP
    middle = SITE_GAP + cluster_width / 2
    served = "calls served" if last["served"] else "calls NOT served"
    _node(drawing, middle, 62, f"calls: demand {platform.demand}", served, "#dddddd" if last["served"] else "#f3c4c2")
    health = _HEALTH[platform.design.routing.health_check]
    detect = platform.detect
    when = "at once" if detect == 0 else f"after {detect} step{'s' if detect > 1 else ''}"
    _node(drawing, middle, 124, "routing", f"{health}; drops what it sees failed {when}", "#eeeeee")
    drawing.line(middle, 102, middle, 124, INK, 2)

    x = SITE_GAP
    for site, members in groups:
        lost = site is not None and _site_lost(trace, site)
        group_width = box_width + 20
        drawing.rect(x, SITES_TOP, group_width, site_height, "#fafafa", stroke="#d9534f" if lost else FAINT,
                     stroke_width=2 if lost else 1, dash="6,4" if lost or site is None else None, radius=6)
        label = "no site" if site is None else f"site {site}" + (": LOST" if lost else "")
        drawing.text(x + 10, SITES_TOP + site_height - 10, label, size=12, bold=lost, fill="#b52b27" if lost else INK)
        for position, member in enumerate(members):
            server = last["servers"][member.name]
            box_x, box_y = x + 10, SITES_TOP + 12 + position * (BOX_HEIGHT + 12)
            failed, routed = server["state"] != "up", server["routed"]
            if routed:
                drawing.line(middle, 164, box_x + box_width / 2, box_y, INK if failed else FAINT, 3 if failed else 1)
            label = member_label(platform, member, with_site=False)
            _member(drawing, box_x, box_y, box_width, label, server["state"], black_hole=failed and routed, dropped=not routed)
        x += group_width + SITE_GAP

    backup = platform.backup
    if backup is not None and last["backup"] is not None:
        status = last["backup"]
        box_x = x + SITE_GAP
        drawing.line(middle + 160, 82, box_x + box_width / 2, SITES_TOP + 12, INK if status["active"] else FAINT,
                     2, dash=None if status["active"] else "5,4")
        drawing.text(box_x, SITES_TOP - 6, f"backup ({platform.backup_trigger} trigger)", size=12, bold=True)
        label = member_label(platform, backup, with_site=False)
        _member(drawing, box_x, SITES_TOP + 12, box_width, label, status["state"], black_hole=False, dropped=False)
        notes = ["has taken over" if status["active"] else "not started"]
        if backup.site is not None:
            site = platform.sites[backup.site]
            notes.append(f"site {site}: LOST" if _site_lost(trace, site) else f"site {site}")
        for line, note in enumerate(notes):
            drawing.text(box_x, SITES_TOP + 12 + BOX_HEIGHT + 16 + 15 * line, note, size=11)

    _legend(drawing, height - 40)
    return drawing.render()


def _groups(platform: Platform) -> list[tuple[str | None, list[Member]]]:
    """Servers by site, in the order of `platform.sites`; servers without a site last."""
    groups: list[tuple[str | None, list[Member]]] = []
    for index, site in enumerate(platform.sites):
        members = [member for member in platform.servers if member.site == index]
        if members:
            groups.append((site, members))
    unsited = [member for member in platform.servers if member.site is None]
    if unsited:
        groups.append((None, unsited))
    return groups


def _site_lost(trace: Trace, site: str) -> bool:
    return bool(trace.states[-1].lost[trace.platform.sites.index(site)])


def _node(drawing: Drawing, middle: float, y: float, heading: str, detail: str, fill: str) -> None:
    drawing.rect(middle - 160, y, 320, 40, fill, stroke=INK, radius=6)
    drawing.text(middle, y + 17, heading, anchor="middle", bold=True)
    drawing.text(middle, y + 32, detail, size=11, anchor="middle")


def _box_width(platform: Platform) -> float:
    """Wide enough for the longest `name · unit` label in bold 12 px."""
    members = [*platform.servers, *([] if platform.backup is None else [platform.backup])]
    longest = max(len(member_label(platform, member, with_site=False)) for member in members)
    return max(200.0, 7.6 * longest + 36)


def _member(
    drawing: Drawing,
    x: float,
    y: float,
    box_width: float,
    label: str,
    status: str,
    black_hole: bool,
    dropped: bool,
) -> None:
    drawing.rect(x, y, box_width, BOX_HEIGHT, STATUS_FILL[status], stroke=INK if black_hole else "none",
                 stroke_width=3, radius=4)
    drawing.text(x + 8, y + 16, label, size=12, bold=True)
    drawing.text(x + 8, y + 32, _WORD[status] + (", dropped" if dropped else ""), size=11)
    if status != "up":
        drawing.line(x + box_width - 22, y + 6, x + box_width - 8, y + 20, INK, 3)
        drawing.line(x + box_width - 8, y + 6, x + box_width - 22, y + 20, INK, 3)


def _legend(drawing: Drawing, y: float) -> None:
    x = status_legend(drawing, 12, y)
    drawing.line(x, y + 7, x + 30, y + 7, INK, 3)
    drawing.text(x + 36, y + 11, "routed to a failed server: calls lost", size=11)
    drawing.line(x, y + 27, x + 30, y + 27, FAINT, 1)
    drawing.text(x + 36, y + 31, "routed to a working server", size=11)
