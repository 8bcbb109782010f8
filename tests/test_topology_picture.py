"""The topology picture read back from its SVG: every server, its edge from routing and its marks.

The picture is parsed, not searched for words: each server's box is found
by its label, and its status line, its cross (failed) and its edge from
routing (none once dropped; thick and dark while a failed server is still
routed) must say what the counterexample's last state says. Sites lost
in that state are drawn lost, and no other: a site box labelled
`site NAME: LOST`, or, for a site that holds only the backup (and so has
no box), the backup's note `at site NAME: LOST`.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree

from hypothesis import assume, example, given, settings

from spec.check import check_claim
from spec.design import Claim, design_from_dict, faults_from_dict
from spec.report.topology import topology_svg
from strategies import raw_designs, raw_faults
from spec.trace import Trace

SVG = "{http://www.w3.org/2000/svg}"
ROUTING_BOTTOM = 164.0


@dataclass(frozen=True)
class ServerDrawn:
    """What the picture shows of one server."""

    status: str
    crossed: bool
    edge: tuple[str, float] | None  # stroke and width of the line from routing to the box


def read_topology(svg: str, names: list[str]) -> tuple[dict[str, ServerDrawn], list[str]]:
    """Each named server as drawn, and the texts that name a site: the site boxes' labels and the backup's note."""
    root = ElementTree.fromstring(svg)
    texts = [(float(t.get("x", 0)), float(t.get("y", 0)), t.text or "") for t in root.iter(f"{SVG}text")]
    lines = [
        {key: line.get(key) for key in ("x1", "y1", "x2", "y2", "stroke", "stroke-width")} for line in root.iter(f"{SVG}line")
    ]
    rects = {(float(r.get("x", -1)), float(r.get("y", -1))): r for r in root.iter(f"{SVG}rect") if r.get("height") == "40"}
    drawn = {}
    for name in names:
        (x, y) = next((tx - 8, ty - 16) for tx, ty, text in texts if text.split(" · ")[0] == name)
        width = float(rects[(x, y)].get("width", 0))
        status = next(text for tx, ty, text in texts if (tx, ty) == (x + 8, y + 32))
        inside = [line for line in lines if x <= float(line["x1"]) <= x + width and y < float(line["y1"]) < y + 40]
        edges = [
            (line["stroke"], float(line["stroke-width"]))
            for line in lines
            if float(line["y1"]) == ROUTING_BOTTOM and float(line["y2"]) == y and x <= float(line["x2"]) <= x + width
        ]
        assert len(edges) <= 1, f"{name}: {len(edges)} edges from routing"
        drawn[name] = ServerDrawn(status, crossed=len(inside) == 2, edge=edges[0] if edges else None)
    sites = [text for _, _, text in texts if text.startswith(("site ", "at site ")) or text == "no site"]
    return drawn, sites


def lost_sites(site_texts: list[str]) -> list[str]:
    """The sites these texts call lost, sorted; no site has two boxes, and a box and the backup's note agree."""
    boxes = [text.removesuffix(": LOST") for text in site_texts if not text.startswith("at ")]
    assert len(boxes) == len(set(boxes)), boxes
    said: dict[str, set[bool]] = {}
    for text in site_texts:
        site = text.removeprefix("at ").removeprefix("site ").removesuffix(": LOST")
        said.setdefault(site, set()).add(text.endswith(": LOST"))
    assert all(len(lost) == 1 for lost in said.values()), said
    return sorted(site for site, lost in said.items() if lost == {True})


def expected_status(record: dict) -> str:
    word = {"up": "up", "looping": "restarting in a loop", "down": "down"}[record["state"]]
    return word + ("" if record["routed"] else ", dropped")


@settings(max_examples=30, deadline=None)
@given(raw_designs(max_servers=4), raw_faults())
@example(
    raw={
        "name": "random",
        "service": {"demand": 1, "max_outage": 1},
        "routing": {"health_check": "liveness", "detect": 0},
        "versions": [{"name": "v0", "codebase": "a"}],
        "servers": [{"name": "s0", "version": "v0", "capacity": 0}],
        "backup": {
            "name": "bypass", "version": "v0", "trigger": "observed", "capacity": 1, "delay": 0, "site": "north"
        },
    },
    faults={
        "crashes": 0, "site_losses": 1, "bugs": 0, "bug_scope": "version",
        "trigger": "change", "latency": 0, "restarts": 0,
    },
)
def test_the_topology_picture_shows_each_server_as_the_last_state_has_it(raw: dict, faults: dict) -> None:
    verdict = check_claim(design_from_dict(raw), Claim(name="random", expect="holds", faults=faults_from_dict(faults)))
    assume(verdict.trace is not None)
    trace: Trace = verdict.trace
    last = trace.to_json()[-1]
    names = [member.name for member in trace.platform.servers]
    drawn, sites = read_topology(topology_svg(trace, "random"), names)
    for name in names:
        record, picture = last["servers"][name], drawn[name]
        assert picture.status == expected_status(record), name
        assert picture.crossed == (record["state"] != "up"), name
        failed = record["state"] != "up"
        if not record["routed"]:
            assert picture.edge is None, name
        else:
            assert picture.edge is not None and (picture.edge[1] == 3) == failed, name
    lost = {site for index, site in enumerate(trace.platform.sites) if trace.states[-1].lost[index]}
    assert lost_sites(sites) == sorted(lost)
