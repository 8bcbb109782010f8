"""Reports of a cascade: the story hop by hop, the faults named as cut sets name them, the links in the picture."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import spec
from spec.analysis.cutsets import minimal_cut_sets
from spec.design import Claim, Faults, design_from_dict
from spec.report.story import faults_used, story
from spec.report.timeline import timeline_svg
from spec.report.topology import LINK, TRIGGER, topology_svg

MODELS = Path(__file__).resolve().parent.parent / "models"
SVG = "{http://www.w3.org/2000/svg}"
CASCADE = Faults(bugs=1, trigger="message", restarts=1)


def chain(servers: int) -> dict:
    """Servers n0 - n1 - ... in a line, any one enough to serve, failures seen at once."""
    return {
        "name": "chain",
        "service": {"demand": 1},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "v"}],
        "servers": [{"name": f"n{index}", "version": "v"} for index in range(servers)],
        "links": [{"between": [f"n{index}", f"n{index + 1}"]} for index in range(servers - 1)],
    }


def _trace(raw: dict) -> spec.Trace:
    verdict = spec.check_claim(design_from_dict(raw), Claim(name="cascade", expect="violated", faults=CASCADE))
    assert verdict.outcome == spec.VIOLATED and verdict.trace is not None
    return verdict.trace


def test_the_story_tells_a_cascade_hop_by_hop() -> None:
    lines = story(_trace(chain(3)))
    assert lines[1] == "Step 1: n0 restarts and is back within the step."
    assert lines[2].startswith("Step 2: n1 receives the messages n0 sent at the step before, the first to reach it")
    assert lines[3].startswith("Step 3: n0 and n2 receive the messages n1 sent at the step before, the first to reach them")


def test_the_picture_draws_every_link_and_marks_those_the_trigger_travelled() -> None:
    svg = topology_svg(_trace(chain(3)), "chain")
    red = re.findall(rf'<line [^>]*stroke="{TRIGGER}"', svg)
    plain = re.findall(rf'<line [^>]*stroke="{LINK}"', svg)
    assert len(red) == 2 * 3 and not plain  # both links carried the trigger, each drawn as three segments


def test_a_pooled_cascade_names_its_restart_up_to_symmetry() -> None:
    design = spec.load_design(MODELS / "att_1990.toml")
    claim = next(claim for claim in design.claims if claim.expect == "violated")
    trace = spec.check_claim(design, claim).trace
    assert [str(fault.event) for fault in faults_used(trace)] == ["bug:4ess-1989-12", "restart:switch*1"]


def _step_of(x: float, columns: dict[int, float]) -> int:
    """The step whose column (centred on `columns[step]`) holds `x`."""
    return min(columns, key=lambda step: abs(columns[step] - x))


def test_the_timeline_marks_each_restart_and_each_first_message_in_its_cell() -> None:
    picture = ElementTree.fromstring(timeline_svg(_trace(chain(3)), "chain"))
    texts = [(element.text or "", element) for element in picture.iter(f"{SVG}text")]
    columns = {int(text.split()[1]): float(element.get("x")) for text, element in texts if re.fullmatch(r"step \d+", text)}
    rows = {text: float(element.get("y")) for text, element in texts if re.fullmatch(r"n\d · v", text)}
    legend = max(rows.values()) + 100  # marks below the grid belong to the legend

    def marks(elements: list[ElementTree.Element], x: str, y: str) -> set[tuple[int, str]]:
        found = set()
        for element in elements:
            left, top = float(element.get(x)), float(element.get(y))
            if top < legend:
                row = min(rows, key=lambda name: abs(rows[name] - top))
                found.add((_step_of(left, columns), row.split()[0]))
        return found

    rings = [element for element in picture.iter(f"{SVG}rect") if element.get("fill") == "none" and element.get("rx") == "4.5"]
    arrows = [element for element in picture.iter(f"{SVG}polygon") if element.get("points", "").count(" ") == 2]
    for arrow in arrows:
        first = arrow.get("points").split()[0].split(",")
        arrow.set("x", first[0])
        arrow.set("y", first[1])
    assert marks(rings, "x", "y") == {(1, "n0")}
    assert marks(arrows, "x", "y") == {(2, "n1"), (3, "n0"), (3, "n2")}
    assert "restarted at this step" in {text for text, _ in texts}


def test_the_class_timeline_counts_restarts_and_first_messages() -> None:
    design = spec.load_design(MODELS / "att_1990.toml")
    claim = next(claim for claim in design.claims if claim.expect == "violated")
    svg = timeline_svg(spec.check_claim(design, claim).trace, "att")
    assert "1 restarted" in svg and "113 received" in svg


def _split_pools() -> dict:
    """Twenty proxies in three pools, rolled out one at a time: every class is one server of a pool."""
    pools = [("east", 8, "east"), ("west", 8, "west"), ("north", 4, "north")]
    return {
        "name": "regional",
        "service": {"demand": 12, "max_outage": 0},
        "routing": {"health_check": "end_to_end", "detect": 0},
        "versions": [{"name": "kamailio"}],
        "servers": [{"name": name, "version": "kamailio", "site": site, "count": count} for name, count, site in pools],
        "change": {"strategy": "staged", "batch": 1, "bake": 0},
    }


def test_a_crash_in_a_pool_split_over_roll_out_slots_is_named_by_pool_as_cut_sets_name_it() -> None:
    """Cut sets count the crashes of a pool whose members differ only in their roll-out slot by pool
    (`crash:east*7`), so the page's faults do too; and step 0 speaks of the classes the reports group servers in: a
    pool each, its roll-out slots joined."""
    design = spec.design_from_dict(_split_pools())
    claim = Claim(name="nine crashes", expect="holds", faults=Faults(crashes=9))
    verdict = spec.check_claim(design, claim)
    assert verdict.trace is not None
    events = [fault.event for fault in faults_used(verdict.trace)]
    assert events and {event.name for event in events} <= {"east", "west", "north"}
    assert sum(event.count or 0 for event in events) == 9
    assert "(three classes of interchangeable servers)" in story(verdict.trace)[0]


def test_a_pool_is_named_up_to_symmetry_exactly_where_cut_sets_name_it_so() -> None:
    """Pool `a` is one class for cut sets, but a server of pool `b` shares its roll-out slot, and in the claim's own
    platform (not split by entry) they form one class: the page's faults still follow the cut sets' naming."""
    raw = {
        "name": "mixed",
        "service": {"demand": 13},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "v"}],
        "servers": [{"name": "a", "version": "v", "count": 11}, {"name": "b", "version": "v", "count": 2}, {"name": "c", "version": "v"}],
        "change": {"strategy": "staged", "batch": 12, "order": ["a", "b-1", "c", "b-2"]},
    }
    design = spec.design_from_dict(raw)
    claim = Claim(name="two crashes", expect="holds", faults=Faults(crashes=2))
    verdict = spec.check_claim(design, claim)
    assert verdict.trace is not None
    named = {str(event) for cut in minimal_cut_sets(design, claim, max_order=2) for event in cut.events}
    assert {"crash:a*2", "crash:b*1", "crash:c"} <= named
    events = [str(fault.event) for fault in faults_used(verdict.trace)]
    assert len(events) == 2 and set(events) <= named
